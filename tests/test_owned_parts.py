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


# --- each part's noun after a spaced dash: "алардын 27си – аялдар, 18и – эркектер" ------------
# A later part of the list is read back over its dash to the part before it, as over a noun
# with no dash ("35и аялдар, 25и эркектер"): every part is a row of the total
# (counts_without_who._part_start). Found by held-out round 45.


@pytest.mark.parametrize(
    ("text", "total", "parts"),
    [
        ("Жыйынга 52 тургун катышты, алардын 30у – аялдар, 22си – эркектер.", 52, [30, 22]),
        ("Курска 40 мугалим келди. Алардын 25и — кыз-келиндер, 15и — жигиттер.", 40, [25, 15]),
    ],
)
def test_parts_with_their_nouns_after_a_dash_belong_to_the_total(
    text: str, total: int, parts: list[int]
) -> None:
    doc = parse_text(text)
    rows = [(p.count, p.part_of, p.in_total) for p in doc.participants]
    assert rows == [(total, None, True), *((n, 0, False) for n in parts)]


def test_a_number_after_a_dash_that_is_no_part_stays_out() -> None:
    # near miss: a dash before a bare number with no possessive: no part of the list
    doc = parse_text("Жыйынга 52 тургун катышты, алардын 30у – аялдар, залда – 22 орун.")
    assert [p.count for p in doc.participants] == [52, 30]


# --- the owner is those who came: "Келгендердин 40ы аял" ------------------------------------
# The genitive plural of a participle of coming or gathering owns the parts as "алардын"
# does (lexicon `partitive_owners`; accv49).


@pytest.mark.parametrize(
    ("text", "total", "parts"),
    [
        ("Жыйынга 90 тургун келди. Келгендердин 40ы аял, 50ү эркек.", 90, [40, 50]),
        ("Жыйынга 80 тургун чогулду. Чогулгандардын 50и аял.", 80, [50]),
        # (gathered, "жыйнал-", as "чогул-"; revfix49)
        ("Аянтка 90 тургун жыйналды. Жыйналгандардын 40ы аял.", 90, [40]),
    ],
)
def test_parts_of_those_who_came_belong_to_the_total(
    text: str, total: int, parts: list[int]
) -> None:
    doc = parse_text(text)
    rows = [(p.count, p.part_of, p.in_total) for p in doc.participants]
    assert rows == [(total, None, True), *((n, 0, False) for n in parts)]


def test_parts_of_those_who_live_are_no_rows() -> None:
    # near miss: the owner is residents, no participle of taking part
    assert parse_text("Айылда 900 тургун жашайт. Тургундардын 500ү аял.").participants == []
