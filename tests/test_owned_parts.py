"""Parts owned by "алардын"/"анын" with a possessive on their number ("..., алардын 35и
аялдар, 25и эркектер") are parts of the total before them (part_of, not counted again in
the people total), as after "алардын ичинен"; "Алардын" may open the next sentence. Found
by an analyst whose sex split doubled the people of a seminar (120 for 60)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text
from vap_cli.resolve.headcount import people_total


@pytest.mark.parametrize(
    ("text", "total", "parts"),
    [
        ("Семинарга 60 депутат катышты, алардын 35и аялдар, 25и эркектер.", 60, [35, 25]),
        ("Окууга 50 адам катышты, алардын 30у аялдар.", 50, [30]),
        ("Курултайга 420 делегат катышты. Алардын 260ы эркек.", 420, [260]),
    ],
)
def test_owned_parts_belong_to_the_total_before_them(
    text: str, total: int, parts: list[int]
) -> None:
    doc = parse_text(text)
    rows = [(p.count, p.part_of, p.in_total) for p in doc.participants]
    assert rows == [(total, None, True), *((n, 0, False) for n in parts)]
    assert people_total(doc) == total


def test_a_part_two_sentences_away_is_no_row_of_it() -> None:
    # near miss: another sentence stands between the total and "Алардын"
    doc = parse_text("Курултайга 420 делегат катышты. Жыйын эки күн өттү. Алардын 260ы эркек.")
    assert all(p.part_of is None for p in doc.participants)
    assert people_total(doc) == 420
