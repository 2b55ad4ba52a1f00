"""A table laid out right under a total's colon is that total's breakdown: its people
column's counts are parts of the total (part_of, not in the people total), each with its
row's place, as a list of lines under the colon is ("... 56 депутат катышты, алардын
ичинен:" over "Бакай-Ата<TAB>31"). Found by an analyst whose table of districts doubled
the people of an event (112 for 56)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text
from vap_cli.resolve.headcount import people_total


def _rows(text: str) -> list[tuple[int, int | None, bool]]:
    return [(p.count, p.part_of, p.in_total) for p in parse_text(text).participants]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        (
            "Талас облусунда семинар өттү. Семинарга жалпысынан 56 депутат катышты, "
            "алардын ичинен:\nРайон\tКатышуучулар\nБакай-Ата\t31\nМанас\t25\n"
            "Семинар эки күнгө созулду.\n",
            56,
        ),
        (
            "В Оше прошло совещание. В нём приняли участие 40 специалистов:\n"
            "Район\tУчастники\nКара-Суйский район\t22\nНоокатский район\t18\n",
            40,
        ),
    ],
)
def test_a_table_under_a_totals_colon_is_its_breakdown(text: str, total: int) -> None:
    rows = _rows(text)
    assert rows[0] == (total, None, True)
    assert all(part_of == 0 and not in_total for _, part_of, in_total in rows[1:])
    assert len(rows) == 3
    assert people_total(parse_text(text)) == total


def test_the_rows_take_their_places() -> None:
    text = (
        "Семинарга жалпысынан 56 депутат катышты, алардын ичинен:\n"
        "Район\tКатышуучулар\nБакай-Ата\t31\nМанас\t25\n"
    )
    places = [p.place.name if p.place else None for p in parse_text(text).participants]
    assert places[1:] == ["Бакай-Ата", "Манас"]


@pytest.mark.parametrize(
    "text",
    [
        # the total's sentence ends with a full stop: the table is a table of its own
        "Семинарга жалпысынан 56 депутат катышты.\nРайон\tКатышуучулар\nБакай-Ата\t31\nМанас\t25\n",
        # a paragraph stands between the colon's line and the table
        "Семинарга жалпысынан 56 депутат катышты, алардын ичинен:\nСеминар эки күн өттү.\n"
        "Район\tКатышуучулар\nБакай-Ата\t31\nМанас\t25\n",
    ],
)
def test_a_table_not_right_under_the_colon_is_no_breakdown(text: str) -> None:
    assert all(part_of is None for _, part_of, _ in _rows(text))


# A table's total row ("Итого", "Жыйынтыгы"): the table's total, never one more row of
# the breakdown of the count above the table (an analyst's walkthrough: "the breakdown of
# 185 sums to 370"). Written for these tests.
KY_TOTAL_UNDER_COLON = (
    "Айылдарда коомдук угуулар өттү, аларга жалпысынан 185 тургун катышты:\n"
    "Айыл\tУгуунун күнү\tКатышуучулар\nКара-Кулжа\t05.09.2022\t70\n"
    "Бий-Мырза\t06.09.2022\t45\nСары-Камыш\t07.09.2022\t40\nКызыл-Жар\t08.09.2022\t30\n"
    "Жыйынтыгы\t\t185\n\nСессия кечинде жабылды.\n"
)
RU_TOTAL_UNDER_COLON = (
    "В Оше прошел семинар. В семинаре участвовали 96 глав айыл окмоту:\n"
    "Область\tКоличество участников\nОшская\t40\nДжалал-Абадская\t36\nБаткенская\t20\n"
    "Итого\t96\nСледующий семинар пройдет в ноябре.\n"
)


@pytest.mark.parametrize(
    ("text", "total", "parts"),
    [(KY_TOTAL_UNDER_COLON, 185, [70, 45, 40, 30]), (RU_TOTAL_UNDER_COLON, 96, [40, 36, 20])],
)
def test_a_total_row_under_a_counts_colon_is_no_row_of_its_breakdown(text, total, parts):
    doc = parse_text(text)
    assert not doc.warnings  # no "breakdown of 185 sums to 370"
    rows = _rows(text)
    assert rows[0] == (total, None, True)
    assert [(c, p) for c, p, _ in rows[1:-1]] == [(c, 0) for c in parts]
    assert rows[-1] == (total, None, False)  # the table's total restates the count
    assert people_total(doc) == total


@pytest.mark.parametrize(
    ("label", "rows_sum"), [("Итого", 96), ("ИТОГО:", 96), ("Всего", 96), ("Бардыгы", 96)]
)
def test_a_table_with_no_other_total_has_its_total_row_for_total(label, rows_sum):
    text = f"Район\tКатышуучулар\nКочкор\t40\nАт-Башы\t36\nЖумгал\t20\n{label}\t{rows_sum}\n"
    doc = parse_text(text)
    assert [(p.count, p.part_of) for p in doc.participants] == [
        (40, 3),
        (36, 3),
        (20, 3),
        (96, None),
    ]
    assert not doc.warnings and people_total(doc) == 96


def test_a_count_the_rows_do_not_make_is_warned_of_once_with_the_rows_sum():
    text = RU_TOTAL_UNDER_COLON.replace("участвовали 96", "участвовали 100")
    messages = [w.message for w in parse_text(text).warnings]
    assert messages == ["participants: the breakdown of 100 ('100 глав') sums to 96"]
