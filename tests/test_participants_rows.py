"""Participant counts in rows of a breakdown ("По районам:", a dash list one a line,
numbered rows, rows of a resolution): which rows count, and when rows make up a total.

Each class is a rule about the language or the layout: team-written inputs that must give
the record's field, and a near miss that must not (none of the sentences is a held-out
round's own). The comment over each class says which held-out round found it."""

from __future__ import annotations

import pytest

from record_fields import counts, qualified_counts, qualified_counts_in_order
from vap_cli.pipeline import parse_text

# --- a bare row in a unit's locative shares the noun of the next row, whose place may name
# its parent unit ("... а/а караштуу X айылында 35 тургун") -------------------------------
# Found by held-out round 7.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ак-Суу айылында 40, Чоң-Таш айыл аймагына караштуу Кара-Тал айылында 35 тургун"
            " катышты.",
            [(35, "exact"), (40, "exact")],
        ),
        (
            "Кочкор айылында 25, Талды-Суу а/а караштуу Кайыңды менен Ак-Жарда 60ка жакын"
            " тургун ишемберликке чыгышты.",
            [(25, "exact"), (60, "about")],
        ),
        # near miss: the row ends its sentence, no list shares its noun
        (
            "Ак-Суу айылында 40. Чоң-Таш айыл аймагына караштуу Кара-Тал айылында 35 тургун"
            " катышты.",
            [(35, "exact")],
        ),
        # near misses (review13): past six tokens the next number is no row of a place
        # in the locative, and the bare number counts something else (houses, not people)
        (
            "Жаңы үйлөрдүн саны Ак-Суу айылында 40, ошол эле учурда Кара-Суу айылындагы"
            " мектептин жаңы имаратынын ачылышына 35 адам катышты.",
            [(35, "exact")],
        ),
        (
            "Ак-Суу айылында 40, Кара-Суу айылында да жаңы үйлөр курулуп бүттү жана"
            " ачылышына 35 адам катышты.",
            [(35, "exact")],
        ),
    ],
)
def test_a_locative_row_shares_the_noun_of_a_row_named_with_its_parent(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert qualified_counts(text) == expected


# --- "По районам:" / "Райондор боюнча:" opening the sentence after a total -----------------
# The key of a breakdown (a unit's type noun in the plural, after "по" or before
# "боюнча") opens the rows of the total in the sentence before: bare "place – N" rows
# count the total's people and are its parts.
# Found by held-out round 8.

RU_KEY = (
    "Семинар для библиотекарей прошел в Нарыне, всего обучение прошли 90 человек. По"
    " районам: Кочкорский район – 30, Ат-Башинский – 25, Жумгальский – 35.\n"
)
KY_KEY = (
    "Окууга жалпысынан 70 мугалим катышты. Облустар боюнча: Талас облусу – 40, Нарын облусу – 30.\n"
)


@pytest.mark.parametrize(
    ("text", "total", "rows"),
    [
        (RU_KEY, 90, [(30, "Кочкор"), (25, "Ат-Башы"), (35, "Жумгал")]),
        (KY_KEY, 70, [(40, "Талас"), (30, "Нарын")]),
    ],
)
def test_a_breakdown_key_after_a_total_opens_its_rows(text: str, total: int, rows: list) -> None:
    doc = parse_text(text)
    assert sorted(p.count for p in doc.participants) == sorted([total, *(n for n, _ in rows)])
    head = next(i for i, p in enumerate(doc.participants) if p.count == total)
    found = [p for p in doc.participants if p.part_of == head]
    assert [(p.count, p.place.name if p.place else None) for p in found] == rows


def test_a_key_that_is_no_unit_opens_no_rows() -> None:
    # near miss: "По словам ...:" names whose words follow, not the units of a breakdown
    text = (
        "Всего обучение прошли 90 человек. По словам организаторов: Кочкорский район – 30,"
        " Ат-Башинский – 25.\n"
    )
    assert counts(text) == [90]


# --- rows of a list whose last number counts no one -----------------------------------------
# "избраны делегаты: от X – 34, от Y – 21, остальные прислали по 15-20 человек": the bare
# rows share no noun with the list's last number (no count), yet they are rows of the
# subject before the colon.
# Found by held-out round 8.


@pytest.mark.parametrize(
    "text",
    [
        # (not "прислали по 10-12 человек": sending people is taking part since round 34,
        # and the rows then share that count's noun)
        "Как сообщил аким, от каждого района избраны делегаты: от Кочкорского района – 40,"
        " от Жумгальского – 30, остальные районы получили по 10-12 мандатов.\n",
        "По данным полпредства, на слет направлены делегаты: от Таласского района – 40, от"
        " Манасского – 30, прочие районы направили по 5 человек.\n",
    ],
)
def test_rows_before_a_list_end_that_counts_no_one_are_the_subject_s(text: str) -> None:
    doc = parse_text(text)
    assert [(p.count, p.who) for p in doc.participants if p.count in (40, 30)] == [
        (40, "делегат"),
        (30, "делегат"),
    ]


def test_rows_with_no_opener_stay_no_counts() -> None:
    # near miss: no colon opens the rows: "от X – 40" after a plain clause counts no one
    text = (
        "Как сообщил аким, бюджеты распределены от Кочкорского района – 40, от Жумгальского"
        " – 30, остальные районы получили по 10 тысяч сомов.\n"
    )
    assert counts(text) == []


# --- the rows of a total a resolution orders ----------------------------------------------
# "Курултайга 45 делегат шайлансын: ... айылынан 21, ...": the imperative of the third
# person before the colon orders how the total is made up; its rows are quotas.
# Found by held-out round 11.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жыйынга 60 өкүл чакырылсын: Жаңы-Жол айылынан 25, Көк-Жар айылынан 35 өкүл.", [60]),
        (
            "3. Форумга 80 өкүл жиберилсин: Кочкор айыл аймагынан 30, Семиз-Бел айыл аймагынан"
            " 20 жана Шамшы айыл аймагынан 30 өкүл.",
            [80],
        ),
    ],
)
def test_rows_a_resolution_orders_are_quotas(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_rows_of_a_total_reported_count() -> None:
    # near miss: the rows of a total that came
    text = "Семинарга 45 адис келди: Кочкор районунан 25, Жумгал районунан 20 адис."
    assert counts(text) == [20, 25, 45]


# --- the rows of a subject whose own count is no one taking part (elected, not present) -------
# --- count no one either (review14) --------------------------------------------------------
# Found by held-out round 11.


@pytest.mark.parametrize(
    "text",
    [
        "Облустук кеңештин сессиясы өттү. Кеңешке 45 депутат шайланды: Ат-Башыдан 21, Нарындан 24.",
        "Состоялась сессия областного кенеша. На сессию избраны 45 депутатов: от "
        "Ат-Башинского района – 21, от Нарынского – 24.",
        "Айыл кеңешине 21 депутат шайланды: Кочкор айылынан 12, Көк-Жар айылынан 9.",
    ],
)
def test_rows_of_an_elected_count_count_no_one(text):
    assert [(p.count, p.who) for p in parse_text(text).participants] == []


def test_rows_of_a_count_of_people_present_stay_its_rows():
    # near miss: the subject's own count is kept, and so are its rows
    text = (
        "Облустук кеңештин сессиясы өттү. Жыйынга 45 депутат катышты: Ат-Башыдан 21, Нарындан 24."
    )
    assert [p.count for p in parse_text(text).participants] == [45, 21, 24]


# --- an ordinal word opening the next row's name ("Биринчи Май") does not end a list of rows --
# Found by held-out round 12.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Нарын облусунда семинар өттү. Семинарга Ак-Талаа районунан 11, Биринчи Май айыл "
            "аймагынан 6 жана Кочкор районунан 9 адис катышты.",
            [(11, "exact"), (6, "exact"), (9, "exact")],
        ),
        (
            "Жыйынга Кара-Суу айылынан 14, Биринчи Май айылынан 9 жана Ак-Жар айылынан 6 "
            "тургун келишти.",
            [(14, "exact"), (9, "exact"), (6, "exact")],
        ),
        # near miss: the list's last number counts complaints, no one taking part
        ("Кара-Суу айылынан 14, Биринчи Май айылынан 9 арыз келип түштү.", []),
    ],
)
def test_an_ordinal_in_a_rows_name_does_not_end_the_list(text, expected):
    assert qualified_counts_in_order(text) == expected


# --- bare bracketed numbers after a list's members count the people of its first bracket ------
# Found by held-out round 14.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Эң көп жаш Кочкор (35 киши), Жумгал (22) жана Ат-Башы (17) райондорунан чыкты.",
            [(35, "киши"), (22, "киши"), (17, "киши")],
        ),
        (
            "Больше всего слушателей дали Чуйская (40 человек), Таласская (26) и Нарынская (19)"
            " области.",
            [(40, "человек"), (26, "человек"), (19, "человек")],
        ),
    ],
)
def test_bare_brackets_count_the_people_of_the_lists_first_bracket(text, expected):
    assert [(p.count, p.who) for p in parse_text(text).participants] == expected


def test_bare_brackets_after_a_count_of_things_count_no_one():
    # near miss: the first bracket counts saplings, not people
    text = "Эң көп көчөт Кочкор (3500 көчөт), Жумгал (2200) жана Ат-Башы (1700) райондорунда отургузулду."
    assert parse_text(text).participants == []


# --- a row's count before a bracketed aside still ends its row -------------------------------
# Found by held-out round 16.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ат-Башы районунда ашар өттү. Катышуучулар:\n- Ак-Муз айыл аймагы — 40 (үч айыл);\n"
            "- Кара-Коюн — 35;\n- Казыбек — 20.",
            [(40, "exact"), (35, "exact"), (20, "exact")],
        ),
        (
            "В Ат-Башинском районе прошел субботник. Участники:\n"
            "- Ак-Музский айылный аймак — 40 (три села);\n- Кара-Коюн — 35;\n- Казыбек — 20.",
            [(40, "exact"), (35, "exact"), (20, "exact")],
        ),
        # near miss: the aside is followed by a measure's noun: a row of land, no people
        (
            "Ат-Башы районунда ашар өттү. Катышуучулар:\n- Ак-Муз айыл аймагы — 40 (быйыл) "
            "гектар жер.",
            [],
        ),
    ],
)
def test_a_rows_count_before_a_bracketed_aside(text: str, expected: list[tuple[int, str]]):
    assert qualified_counts_in_order(text) == expected


# --- rows "<place> – N" said as the count's clause opens ---------------------------------------
# Found by held-out round 18.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ошскую область представляли 40 делегатов, Нарынскую – 25, Таласскую – 12.",
            [(40, "exact"), (25, "exact"), (12, "exact")],
        ),
        (
            "В Чуйской области в сходах участвовали 40 человек, в Нарынской – 25.",
            [(40, "exact"), (25, "exact")],
        ),
        # near misses: the row's word is no name, or not in the case the clause opens with
        ("В слушаниях участвовали 40 человек, в среднем – 25.", [(40, "exact")]),
        ("В форуме участвовали 40 делегатов, Бишкек – 25.", [(40, "exact")]),
    ],
)
def test_gapped_rows_parallel_to_their_count(text, expected):
    assert qualified_counts_in_order(text) == expected


# --- a row's number with a word of its own after it counts that, not the row's people ----------
# Found by held-out round 18.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Бишкеке участвовали 40 человек, в Оше – 15 автобусов.",
            [(40, "exact")],
        ),
        ("Жыйынга Нарындан 40 киши, Каракол шаарынан 15 автобус келди.", [(40, "exact")]),
        # near misses: a verb of taking part, a list word or a full stop after the row
        ("Жыйынга Нарындан 20 катышуучу, Таластан 15 келди.", [(20, "exact"), (15, "exact")]),
        (
            "Нарындан 20 катышуучу, Таластан 15 жана Ош шаарынан 12 келди.",
            [(20, "exact"), (15, "exact"), (12, "exact")],
        ),
        (
            "Из Чуйской области приехали 25 человек, из Таласской – 15.",
            [(25, "exact"), (15, "exact")],
        ),
    ],
)
def test_a_row_with_a_noun_of_its_own(text, expected):
    assert qualified_counts_in_order(text) == expected


# --- rows of a breakdown are no total a figure per unit makes up --------------------------------
# Found by held-out round 18.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Эң көп өкүл Ак-Суу айыл аймагынан (9) жана Чоң-Таш айыл аймагынан (8) келди, ал эми"
            " калган айыл аймактарынан бештен өкүл катышты.",
            [(9, "exact"), (8, "exact"), (5, "exact")],
        ),
        (
            "Курултайга Нарын районунан (12) жана Ат-Башы районунан (10) өкүл келди, калган"
            " райондордон экиден өкүл катышты.",
            [(12, "exact"), (10, "exact"), (2, "exact")],
        ),
        # near miss: a total of people in the paragraph: the figure per unit is its make-up
        ("Жыйынга 64 өкүл катышты. Ар бир айылдан бештен өкүл келди.", [(64, "exact")]),
    ],
)
def test_a_figure_per_unit_beside_rows_only(text, expected):
    assert qualified_counts_in_order(text) == expected


# --- rows of a list by ayil aimak, one a line, after "Айыл аймактары боюнча ...:" -----------
# Found by held-out round 21.

_ROWS_TOTAL = (
    "Жыйындарга бардыгы 300 тургун катышты. Айыл аймактары боюнча маалымат төмөнкүдөй:\n"
    "- Ак-Суу айыл аймагы (Ак-Суу, Тепке, Жалгыз-Өрүк, Кара-Бакаи, Кең-Суу) – 120 киши;\n"
    "- Теплоключенка айыл аймагы (Теплоключенка, Ак-Булак, Чоң-Жаргылчак) – 95;\n"
    "- Кара-Ой айыл аймагы (Кара-Ой, Ак-Дөбө, Көк-Жар, Тогуз-Булак, Ой-Тал) – 85.\n"
)
_ROWS_OKRUG = (
    "Отчеттук жыйындарга 210 мүчө келди. Айылдык аймактар боюнча көрсөткүчтөр:\n"
    "- Кочкор айылдык аймагы (Кочкор, Кара-Суу, Көк-Жар, Ак-Кыя) – 80 киши;\n"
    "- Семиз-Бел айылдык аймагы (Семиз-Бел, Кызыл-Дөбө, Төмөнкү Жар) – 70;\n"
    "- Ак-Кыя айылдык аймагы (Ак-Кыя, Талаа-Булак, Көк-Сай, Жаңы-Жол) – 60.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_ROWS_TOTAL, [(85, "exact"), (95, "exact"), (120, "exact"), (300, "exact")]),
        (_ROWS_OKRUG, [(60, "exact"), (70, "exact"), (80, "exact"), (210, "exact")]),
        # near miss: the key "Айыл аймактары" opens no breakdown ("боюнча" is not there):
        # the bare rows after the sentence count no one
        (
            _ROWS_TOTAL.replace("Айыл аймактары боюнча маалымат төмөнкүдөй:", "Айыл аймактары:"),
            [(120, "exact"), (300, "exact")],
        ),
    ],
)
def test_rows_by_ayil_aimak_share_the_total_before_their_key(text, expected):
    assert qualified_counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the key's line counts schools: its rows are schools, not the total's people
        (
            _ROWS_TOTAL.replace(
                "Айыл аймактары боюнча маалымат төмөнкүдөй:",
                "Айыл аймактары боюнча мектептердин саны:",
            ),
            [(120, "exact"), (300, "exact")],  # "120 киши": a count by its own noun
        ),
        (
            "В собраниях приняли участие 300 жителей. По районам количество школ:\n"
            "- Кочкорский район – 8;\n- Жумгальский район – 7;\n- Ат-Башинский район – 6.\n",
            [(300, "exact")],
        ),
        # near miss: the key's line counts the people who took part: rows of the total
        (
            _ROWS_TOTAL.replace(
                "Айыл аймактары боюнча маалымат төмөнкүдөй:",
                "Айыл аймактары боюнча катышуучулардын саны:",
            ),
            [(85, "exact"), (95, "exact"), (120, "exact"), (300, "exact")],
        ),
    ],
)
def test_rows_under_a_key_counting_other_things_are_no_rows_of_the_total(text, expected):
    assert qualified_counts(text) == expected


# --- a row "to the meeting in X" before the next row's place and count ---------------------
# Found by held-out round 21.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Кечээ Ак-Жардагы жолугушууга 45, Чолпондо 30 тургун келди.",
            [(30, "exact"), (45, "exact")],
        ),
        (
            "Бешимбайдагы чогулушка 80ден ашуун, Талдыдагы жыйынга 60тай жаш катышты.",
            [(60, "about"), (80, "more_than")],
        ),
        # near miss: the last row counts things, no people: the first counts nothing either
        (
            "Ак-Жардагы мектепке 45, Чолпондогу мектепке 30 компьютер берилди.",
            [],
        ),
    ],
)
def test_a_row_to_a_meeting_in_a_place_shares_the_next_rows_noun(text, expected):
    assert qualified_counts(text) == expected


# --- numbers joined by "и"/"жана" share the noun of the last ("64 и 41 житель") ---------------
# A plain number right before "и"/"жана" and another number is its own count of the
# noun after the last (participants.elliptic_row), also with "соответственно" before it;
# "и" is no noun of the first (participants.generic_noun_after_verb).
# Found by held-out round 43.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На сходах в двух селах присутствовали соответственно 52 и 37 жителей.",
            [(37, "житель"), (52, "житель")],
        ),
        ("Эки жолугушууга 45 жана 30 тургун катышты.", [(30, "тургун"), (45, "тургун")]),
        ("Семинары посетили 18 и 22 специалиста.", [(18, "специалист"), (22, "специалист")]),
    ],
)
def test_numbers_joined_share_the_last_noun(text: str, expected: list[tuple[int, str]]) -> None:
    found = sorted((p.count, p.who) for p in parse_text(text).participants)
    assert found == expected


def test_numbers_joined_before_no_people_count_no_one() -> None:
    # near miss: the joined numbers are articles of a law, the count after them is its own
    assert counts("Согласно пунктам 4 и 9 положения, в слушаниях участвовали 25 жителей.") == [25]


# --- a column of per-place rows, one a line, shares its first row's noun -------------------
# A bare number closing its line after a name and a dash ("📍 Октябрьский район — 9 400"),
# right under a row of the same shape whose count has its noun ("Ленинский район — 11 000
# человек"), counts the same people: the column names its noun in its first row only
# (participants.column_row, extractors/participants/trailing.py). A first row that counts
# things (seedlings) gives the rows under it no people.
# Found by held-out round 50.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ишембиликке 3 000ден ашык тургун чыкты.\n\n📍 Ак-Суу айылы — 1 200 тургун\n"
            "📍 Кара-Суу айылы — 900\n📍 Тоң айылы — 700\n\nИшембилик уюшкандыкта өттү.\n",
            [(700, "exact"), (900, "exact"), (1200, "exact"), (3000, "more_than")],
        ),
        (
            "В акции участвовали жители трёх районов.\nАламудунский район — 850 человек\n"
            "Сокулукский район — 640\nЖайылский район — 410\n\nАкция прошла организованно.\n",
            [(410, "exact"), (640, "exact"), (850, "exact")],
        ),
    ],
)
def test_a_column_of_rows_shares_its_first_rows_noun(
    text: str, expected: list[tuple[int, str]]
) -> None:
    found = qualified_counts(text)
    assert all(row in found for row in expected)


def test_a_column_counting_things_gives_no_people() -> None:
    # near miss: the first row counts seedlings, so the bare row under it counts no one
    text = (
        "Итоги озеленения.\nАламудунский район — 1 500 саженцев\nСокулукский район — 1 200\n\n"
        "Акция прошла организованно.\n"
    )
    assert counts(text) == []


def test_a_column_of_bare_names_shares_its_first_rows_noun() -> None:
    # the labels are names alone, both capitalised: one column's shape
    text = "На форум приехали гости.\nТалас — 40 человек\nНарын — 25\nБаткен — 18\n"
    found = qualified_counts(text)
    assert all(row in found for row in [(40, "exact"), (25, "exact"), (18, "exact")])


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # a line of another kind under the row: its label ends in another word
        ("Итоги сезона.\nФермеры района — 300 человек\nУрожай с гектара — 950\n", 300, 950),
        # the column's total under its rows: no row of it
        ("Итоги встречи.\nТалас — 40 человек\nНарын — 25\nВсего — 65\n", 25, 65),
    ],
)
def test_a_line_of_another_shape_under_a_row_is_no_row(text: str, kept: int, dropped: int) -> None:
    # near miss (revfixr50): a bare number after a dash, right under a row with its noun
    found = [count for count, _ in qualified_counts(text)]
    assert kept in found
    assert dropped not in found


# --- a column's label ending in its unit's type words, and two rows on one line ------------
# A row's label may end in the type words of its unit in lower case after the unit's name
# ("... Жайылского айыл окмоту — 60", "Кок-Жар айыл аймагы — 150"; lexicon
# gazetteer_query.yaml type_word_prefixes): it names a place, as a capitalised name does.
# A bullet line may hold two rows parted by a comma ("Октябрьский район — 250,
# Первомайский район — 200"): both are rows of the column (trailing._next_row_on_line).
# Found by held-out round 54 (left54).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На субботник вышли жители района.\nАк-Башат — 140 человек\n"
            "средняя школа Жайылского айыл окмоту — 60\nКара-Балта — 45\n",
            [(140, "exact"), (60, "exact"), (45, "exact")],
        ),
        (
            "Жыйынга 500дөн ашык адам катышты.\n▪️ Чолпон айылы — 200 адам\n"
            "▪️ Кок-Жар айыл аймагы — 150\n▪️ Суусамыр — 90\n",
            [(200, "exact"), (150, "exact"), (90, "exact")],
        ),
        (
            "Итоги субботника.\n📍 Ленинский район — 300 человек\n"
            "📍 Октябрьский район — 250, Первомайский район — 200\n",
            [(300, "exact"), (250, "exact"), (200, "exact")],
        ),
        (
            "На турнир приехали команды.\n• Талас — 30 спортсменов\n• Нарын — 25, Баткен — 20\n",
            [(30, "exact"), (25, "exact"), (20, "exact")],
        ),
    ],
)
def test_a_column_row_after_a_type_word_or_beside_another_row(
    text: str, expected: list[tuple[int, str]]
) -> None:
    found = qualified_counts(text)
    assert all(row in found for row in expected)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # the type word after no name: people of a district, no row's place
        ("Итоги встречи.\nТалас — 40 человек\nжители соседнего района — 25\n", 40, 25),
        # the second cell of the line counts a thing, no place's row
        (
            "Итоги субботника.\n📍 Ленинский район — 300 человек\n"
            "📍 Октябрьский район — 250, собрано мусора — 20\n",
            300,
            20,
        ),
    ],
)
def test_a_label_with_no_place_is_no_column_row(text: str, kept: int, dropped: int) -> None:
    # near miss (left54): a bare number after a dash under a row, its label no place's
    found = [count for count, _ in qualified_counts(text)]
    assert kept in found
    assert dropped not in found


# --- a column's row names a place (participants.column_row_without_place) ---------------
# A row of a column of per-place counts names its place in its label (a place of the places
# stage, or a name of the gazetteer as written): a label whose only capital opens its line
# or cell ("Бюджет — 250", "Башталышы — 2023") names none, and its figure is of something
# else; so is the row before it on its line that took its noun from it. Found by review
# (revfixl54).


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Итоги субботника.\n📍 Ленинский район — 300 человек\n📍 Бюджет — 250, Расходы — 200\n",
            [300],
            [250, 200],
        ),
        (
            "Жыйынга тургундар келди.\n• Ак-Башат айыл аймагы — 140 адам\n"
            "• Башталышы — 2023, Аягы — 2024\n",
            [140],
            [2023, 2024],
        ),
        # a bare name of the gazetteer no context gave a level is a place's label still
        (
            "Жыйынга тургундар келди.\n• Көк-Жар айыл аймагы — 140 адам\n• Ала-Арча — 90\n",
            [140, 90],
            [],
        ),
        # near miss: the first cell names a district, the second no place
        (
            "Итоги субботника.\n📍 Ленинский район — 300 человек\n"
            "📍 Октябрьский район — 250, Расходы — 200\n",
            [300, 250],
            [200],
        ),
    ],
)
def test_a_column_row_whose_label_names_no_place_is_no_row(
    text: str, kept: list[int], dropped: list[int]
) -> None:
    found = [count for count, _ in qualified_counts(text)]
    assert all(count in found for count in kept)
    assert not any(count in found for count in dropped)


# --- the units the people came from, "in total" before the count ----------------------------
# A word of "in total" (lexicon `source_total_words`) between the units in the ablative
# and the count leaves them the units the people came from (participants.source_units).
# Found by held-out round 62 (acc62).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жыйынга үч айылдан жалпысынан 150 тургун келди.", [(3, "exact"), (150, "exact")]),
        ("Ашарга 5 айыл аймагынан бардыгы 90 жаран чыкты.", [(5, "exact"), (90, "exact")]),
        # near miss: what the total counts is no people
        ("Үч айылдан жалпысынан 12 тонна таштанды чыгарылды.", []),
    ],
)
def test_source_units_before_a_total(text: str, expected: list[tuple[int, str]]) -> None:
    assert qualified_counts(text) == expected
