"""Participant counts (and names) in tables laid out in plain text: aligned columns, wide
cells, a column of a noun that counts no one, an item's number run into prose.

Each class is a rule about the language or the layout: team-written inputs that must give
the record's field, and a near miss that must not (none of the sentences is a held-out
round's own). The comment over each class says which held-out round found it."""

from __future__ import annotations

import pytest

from record_fields import (
    counts_with_who_in_order,
    level_names,
    person_names,
    qualified_counts,
    qualified_counts_with_who,
)
from vap_cli.normalise import normalise
from vap_cli.pipeline import parse_text
from vap_cli.segment import segment

# --- a table's rows part the words of a name ----------------------------------------------------
# Found by held-out round 4.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Район | Даты | Участники\nНоокатский | 5 мая | 30\n", []),
        ("Аймак | Катышуучулар\nАксыйский | 42\nЖетекчи: Бакыт Асанов\n", ["Бакыт Асанов"]),
        # near miss: a name wrapped over two lines of prose stays one name
        ("На встрече выступил депутат Бакыт\nАсанов, он рассказал о бюджете.", ["Бакыт Асанов"]),
    ],
)
def test_a_name_does_not_run_across_table_rows(text, expected):
    assert person_names(text) == expected


# --- a space-aligned table under a header: numbers right-aligned, a total row -------------
# Cells fall under the header's columns even when a number ends where its column's name
# does ("Катышуучулар" over "12") and a total row leaves the row-number column empty.
# Found by held-out round 5.

KY_TABLE = (
    "Нарын облусунда бюджеттик окутуу боюнча семинар өттү, ага райондордогу айыл өкмөттөрүнүн"
    " кызматкерлери катышты. Катышкандар райондор боюнча:\n\n"
    "№   Району          Катышуучулар    Анын ичинен аялдар\n"
    "1   Ат-Башы                   12                     5\n"
    "2   Жумгал                     8                     3\n"
    "3   Ак-Талаа                  10                     4\n"
    "    Жалпы                     30                    12\n\n"
    "Семинар эки күнгө созулду.\n"
)
RU_TABLE = (
    "В Аламудунском районе прошли сходы граждан по проектам местного бюджета.\n\n"
    "Айылный аймак     Дата схода          Число участников\n"
    "Ала-Арча          04.03.2025                        96\n"
    "Ленинский         05.03.2025                       127\n"
    "Итого                                              223\n\n"
    "Предложения жителей передадут в айылные кенеши.\n"
)


def test_aligned_rows_fall_under_the_header_columns() -> None:
    norm = normalise(KY_TABLE).text
    (table,) = segment(norm).tables
    assert [c.text for c in table.header] == ["№", "Району", "Катышуучулар", "Анын ичинен аялдар"]
    rows = [[c.text for c in r.cells] for r in table.records]
    assert rows == [
        ["1", "Ат-Башы", "12", "5"],
        ["2", "Жумгал", "8", "3"],
        ["3", "Ак-Талаа", "10", "4"],
        ["", "Жалпы", "30", "12"],
    ]
    norm = normalise(RU_TABLE).text
    (table,) = segment(norm).tables
    assert [[c.text for c in r.cells] for r in table.records][-1] == ["Итого", "", "223"]


def test_every_people_column_of_an_aligned_table_counts() -> None:
    # both columns name people: those who took part and the women among them
    assert qualified_counts(KY_TABLE) == sorted((n, "exact") for n in (12, 5, 8, 3, 10, 4, 30, 12))
    assert qualified_counts(RU_TABLE) == [(96, "exact"), (127, "exact"), (223, "exact")]


# A roster's second people column is no breakdown: without a column that says taking
# part, only the first people column is read (status unknown), as before tables had many.
ROSTER_KY = (
    "Нарын облусунда мектептер боюнча маалымат\n\n"
    "2024-жылдын 5-апрелинде облустук билим берүү башкармалыгы жыйынтыктарды чыгарды.\n\n"
    "№   Мектеп              Окуучулар     Мугалимдер     Жылы\n"
    "1   Токтогул атындагы        450            32         1975\n"
    "2   Ленин атындагы           610            41         1982\n"
    "    Бардыгы                 1060            73\n"
)
ROSTER_RU = (
    "Сведения о школах Таласского района\n\n"
    "Школа                 Учеников      Учителей\n"
    "Кировская              320            25\n"
    "Покровская             280            22\n"
    "Итого                  600            47\n\n"
    "Данные предоставил районный отдел образования.\n"
)


@pytest.mark.parametrize(
    ("text", "first_column"), [(ROSTER_KY, (450, 610, 1060)), (ROSTER_RU, (320, 280, 600))]
)
def test_a_roster_s_second_people_column_counts_no_one(text: str, first_column: tuple) -> None:
    assert qualified_counts(text) == sorted((n, "exact") for n in first_column)


def test_a_column_total_sums_its_own_column() -> None:
    doc = parse_text(KY_TABLE)
    totals = {p.count: i for i, p in enumerate(doc.participants) if p.part_of is None}
    parts = {p.count: p.part_of for p in doc.participants if p.part_of is not None}
    assert set(totals) == {30, 12}
    assert parts == {
        12: totals[30],
        8: totals[30],
        10: totals[30],
        5: totals[12],
        3: totals[12],
        4: totals[12],
    }
    assert not doc.warnings  # each column adds up to its own total


def test_the_aligned_column_header_gives_the_level() -> None:
    assert {"district:Ат-Башы", "district:Жумгал", "district:Ак-Талаа"} <= level_names(KY_TABLE)
    found = level_names(RU_TABLE)
    # "Ленинский" under "Айылный аймак": the ayil aimak of the district the text names
    assert {"ayil_aimak:Ала-Арча", "ayil_aimak:Ленин"} <= found
    assert not {p for p in found if p.startswith("village:")}


def test_a_line_running_across_the_columns_ends_the_table() -> None:
    # near miss: prose under a header line is no row, though its words are spaced
    text = (
        "Району          Катышуучулар    Анын ичинен аялдар\n"
        "Жыйындын жыйынтыгы боюнча   чечим кабыл алынды жана 14 киши сүйлөдү\n"
    )
    assert normalise(text).text and segment(normalise(text).text).tables == []
    assert qualified_counts(text) == [(14, "exact")]


def test_a_column_of_units_counts_no_one() -> None:
    # near miss: "Мектептер" names units, not people: its numbers are no participants
    text = (
        "Району          Мектептер     Катышуучулар\n"
        "Ат-Башы                 4               40\n"
        "Жумгал                  3               25\n"
    )
    assert qualified_counts(text) == [(25, "exact"), (40, "exact")]


# --- an aligned table whose wide cell runs under the next column's name -------------------
# Found by held-out round 8.

WIDE_CELL = (
    "В период с 3 по 8 февраля агентство провело серию семинаров для муниципальных"
    " служащих трех районов, занятия проходили в районных центрах по графику.\n\n"
    "Район            Место              Даты           Участники\n"
    "Аламудунский     с. Лебединовка     03-05.02.2025      22\n"
    "Чуйский          с. Чуй             30.01-01.02.2025   18\n"
    "Таласский        с. Кок-Ой          06-08.02.2025      27\n\n"
    "Занятия вели специалисты агентства.\n"
)
WIDE_CELL_KY = (
    "Агенттик март айында үч райондун муниципалдык кызматчылары үчүн окууларды"
    " уюштурду, сабактар райондук борборлордо график боюнча өттү.\n\n"
    "Району           Өткөн жери          Күнү           Катышкандар\n"
    "Ат-Башы          Ат-Башы айылы       10-12.03.2025       31\n"
    "Кочкор           Кочкор айылы        28.02-02.03.2025    26\n"
    "Жумгал           Чаек айылы          14-16.03.2025       19\n\n"
    "Окууларды агенттиктин адистери өткөрдү.\n"
)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (WIDE_CELL, [(22, "Аламүдүн"), (18, "Чүй"), (27, "Талас")]),
        (WIDE_CELL_KY, [(31, "Ат-Башы"), (26, "Кочкор"), (19, "Жумгал")]),
    ],
)
def test_a_wide_cell_under_the_next_column_s_name_keeps_the_table(text: str, rows: list) -> None:
    (table,) = segment(normalise(text).text).tables
    assert len(table.records) == len(rows)
    counts = {n for n, _ in rows}
    found = [p for p in parse_text(text).participants if p.count in counts]
    assert [(p.count, p.place.name if p.place else None) for p in found] == rows


def test_a_cell_over_two_columns_still_ends_the_table() -> None:
    # near miss: a cell that covers the next column's place, no cell of its own there
    text = (
        "В период с 3 по 8 февраля агентство провело серию семинаров для муниципальных"
        " служащих трех районов, занятия проходили в районных центрах по графику.\n\n"
        "Район            Место          Даты           Участники\n"
        "Кеминский        г. Кемин       03-05.02.2025      22\n"
        "Чуйский          в селе Чуй прошел семинар для молодежи   18\n\n"
        "Занятия вели специалисты агентства.\n"
    )
    (table,) = segment(normalise(text).text).tables
    assert len(table.records) == 1


# --- no name across two rows of an aligned table -----------------------------------------
# Found by held-out round 8.


NAME_LIKE_ROWS = (
    "Сходы граждан прошли во всех айылных аймаках района, жители обсудили проекты местного"
    " бюджета на следующий год и выбрали представителей в комиссии.\n\n"
    "Район            Дата проведения       Слушатели\n"
    "Таласский        04.03.2025            96\n"
    "Манасский        05.03.2025            127\n\n"
    "Предложения жителей передадут в айылные кенеши.\n"
)


@pytest.mark.parametrize("text", [WIDE_CELL, NAME_LIKE_ROWS])
def test_a_column_name_and_the_next_row_s_cell_make_no_name(text: str) -> None:
    assert parse_text(text).persons == []


def test_a_name_wrapped_across_lines_of_prose_is_one() -> None:
    # near miss: a name broken by a line of prose (no columns) is still a name
    text = "Семинар открыла заведующая отделом Айгерим\nСыдыкова, она рассказала о бюджете.\n"
    assert [p.name for p in parse_text(text).persons] == ["Айгерим Сыдыкова"]


# --- a table column named by a noun counted only with a verb: no people column ---------------
# Found by held-out round 19.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| Айыл | Үй-бүлө | Калкы |\n|---|---|---|\n"
            "| Кара-Суу | 420 | 2 100 |\n| Ак-Жар | 310 | 1 560 |\n",
            [],
        ),
        (
            "Айыл | Үй-бүлө | Калкы\nКара-Суу | 420 | 2 100\nАк-Жар | 310 | 1 560\n"
            "Бардыгы | 730 | 3 660\n",
            [],
        ),
        (
            "| Село | Семьи | Население |\n|---|---|---|\n"
            "| Орловка | 215 | 980 |\n| Ивановка | 160 | 705 |\n",
            [],
        ),
        # near miss: the column's name says its families took part
        (
            "| Айыл | Ашарга катышкан үй-бүлө |\n|---|---|\n| Кара-Суу | 42 |\n| Ак-Жар | 35 |\n",
            [(42, "үй-бүлө"), (35, "үй-бүлө")],
        ),
    ],
)
def test_a_column_of_households_is_no_people_column(text, expected):
    assert counts_with_who_in_order(text) == expected


# --- ... unless the text before the table counted that noun with a verb (revfix61) ----------
# A table of conscripts ("Чакырылуучу", a `needs_verb` noun) after a count of them seen off
# ("узатыл-") is that count's breakdown: its column counts people; after a count with no
# verb (a register) it stays no people column.


@pytest.mark.parametrize(
    "lead",
    [
        "Быйыл райондон 20 чакырылуучу аскерге узатылды. Алар айылдар боюнча:\n\n",
        "Узатуу аземине 20 чакырылуучу катышты. Айылдар боюнча:\n\n",
    ],
)
def test_a_column_of_conscripts_after_their_send_off_counts(lead: str) -> None:
    text = lead + "| Айыл | Чакырылуучу |\n|---|---|\n| Кара-Суу | 12 |\n| Ак-Жар | 8 |\n"
    assert counts_with_who_in_order(text) == [
        (20, "чакырылуучу"),
        (12, "чакырылуучу"),
        (8, "чакырылуучу"),
    ]


def test_a_column_of_conscripts_after_a_register_is_no_people_column() -> None:
    # near miss: the count before the table has no verb of taking part
    text = (
        "Быйыл райондо 20 чакырылуучу каттоого алынды. Айылдар боюнча:\n\n"
        "| Айыл | Чакырылуучу |\n|---|---|\n| Кара-Суу | 12 |\n| Ак-Жар | 8 |\n"
    )
    assert counts_with_who_in_order(text) == []


# --- a table column of the population: no people column -----------------------------------
# A column named by the population ("Калкы (адам)", "Население (человек)") tells how many
# live in each row's unit, though its name holds a noun of people; a name that says they
# took part stays a people column (participants.population_column, lexicon table
# `population_words`). Found by held-out round 45.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Айыл | Калкы (адам) | Мектептер\nКара-Булак | 1 450 | 2\nТөрт-Күл | 980 | 1\n"
            "Бардыгы | 2 430 | 3\n",
            [],
        ),
        (
            "| Село | Население (человек) | Дворов |\n|---|---|---|\n"
            "| Степное | 3 210 | 640 |\n| Луговое | 1 870 | 395 |\n",
            [],
        ),
        # near miss: the column's name says its people took part
        (
            "Айыл | Катышкан калк (адам) | Аялдар\nКара-Булак | 145 | 60\nТөрт-Күл | 98 | 41\n",
            [(145, "адам"), (60, "аял"), (98, "адам"), (41, "аял")],
        ),
    ],
)
def test_a_column_of_the_population_is_no_people_column(text, expected):
    assert counts_with_who_in_order(text) == expected


# --- "... кабыл алынсын. 2. Комиссия ...": an item's number run into prose or bulleted ------
# (Not a page of round 35: the metamorphic sweep's sample, which rounds 35 and 36's pages
# shifted, met a resolution's numbered items run into one paragraph and opened by a list
# mark.) Digits, a dot or a bracket and a word number a list's item after a list's mark
# at the line's start ("- 3. ..."), and after a sentence's end before a capitalised word,
# as at the line's start (participants.item_number).
# Found by held-out round 35.


_SESSION = "Айылдык кеңештин 19 депутатынын 16сы катышкан сессия ТОКТОМ КЫЛАТ:\n\n"


@pytest.mark.parametrize(
    "items",
    [
        "1. Мектептин спорт залын оңдоого сынак жарыялансын. 2. Сынакка катышууга арыздар"
        " 3-апрелге чейин кабыл алынсын. 3. Сынак комиссиясынын курамы 5 адамдан турсун.",
        "1. Мектептин спорт залын оңдоого сынак жарыялансын.\n- 2. Сынакка катышууга арыздар"
        " 3-апрелге чейин кабыл алынсын.\n- 3. Сынак комиссиясынын курамы 5 адамдан турсун.",
    ],
)
def test_an_item_number_run_into_prose_or_bulleted_counts_no_one(items: str) -> None:
    assert qualified_counts_with_who(_SESSION + items) == [(16, "exact", "депутат")]


# Marks put before an item's own number ("1. 2. ...", "1) 3. ..."): each is an item's
# number, not a row of the count before them (participants.item_number). Found by the
# metamorphic sweep's numbered bullets over a resolution whose items were numbered.


@pytest.mark.parametrize(
    "items",
    [
        "1. Мектептин спорт залын оңдоого сынак жарыялансын.\n1. 2. Сынакка катышууга арыздар"
        " 3-апрелге чейин кабыл алынсын.\n3. Сынак комиссиясынын курамы 5 адамдан турсун.",
    ],
)
def test_marks_before_an_items_own_number_count_no_one(items: str) -> None:
    assert qualified_counts_with_who(_SESSION + items) == [(16, "exact", "депутат")]


def test_marks_before_an_items_own_number_in_a_russian_decision_count_no_one() -> None:
    text = (
        "На сходе присутствовали 45 жителей, сход РЕШИЛ:\n\n1. Одобрить план ремонта дороги.\n"
        "1. 2. Поручить айыл окмоту подготовить смету до 1 мая.\n"
        "3. Контроль возложить на депутата А. Исаева.\n"
    )
    assert qualified_counts_with_who(text) == [(45, "exact", "житель")]


def test_an_item_mark_before_a_count_keeps_the_count() -> None:
    # near miss: the number after an item's mark, then a noun of people, is a count
    text = "Жыйындын жыйынтыгы:\n1. 40 тургун жаңы мектептин курулушуна катышты.\n"
    assert qualified_counts_with_who(text) == [(40, "exact", "тургун")]


def test_a_count_after_a_sentence_end_before_a_lower_case_word_counts() -> None:
    # near miss: a count opening a sentence, its noun in lower case, is no item
    assert qualified_counts_with_who("Жыйын өттү. 40 тургун катышты.") == [(40, "exact", "тургун")]


# --- a tab table indented as a whole ------------------------------------------------------------
# Found by the surface sweep's `tabs` (a page that indents its lines by a tab indents a table's
# header and rows alike): the counts of its column stay those of the table laid flush.

TAB_TABLES = (
    "Айыл өкмөтү кеңешчилер үчүн окуу семинарларын уюштурду.\n\nОкуулардын жүрүшү:\n"
    "Күнү\tАйыл аймагы\tКатышуучулар\n03.04.2024\tБарпы\t14\n05.04.2024\tКөк-Жаңгак\t17\n",
    "Район провел встречи с жителями по бюджету.\n\nГрафик встреч:\n"
    "Дата\tАйыльный аймак\tУчастники\n12.05.2024\tБарпы\t26\n14.05.2024\tКызыл-Туу\t31\n",
)


@pytest.mark.parametrize("flush", TAB_TABLES)
def test_a_tab_table_indented_as_a_whole_keeps_its_counts(flush: str) -> None:
    indented = "\n".join("\t" + line if "\t" in line else line for line in flush.split("\n"))
    counts = sorted(p.count for p in parse_text(flush).participants)
    assert len(counts) == 2
    assert sorted(p.count for p in parse_text(indented).participants) == counts
