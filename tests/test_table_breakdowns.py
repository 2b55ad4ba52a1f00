"""A table laid out right under a total's colon is that total's breakdown: its people
column's counts are parts of the total (part_of, not in the people total), each with its
row's place, as a list of lines under the colon is ("... 56 депутат катышты, алардын
ичинен:" over "Бакай-Ата<TAB>31"). Found by an analyst whose table of districts doubled
the people of an event (112 for 56)."""

from __future__ import annotations

import pytest

from vap_cli.headcount import people_total
from vap_cli.pipeline import parse_text


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
