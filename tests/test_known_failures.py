"""Known failures on team-written text, one example per failure class.

Each example is what the parser SHOULD give and does not yet: marked
xfail(strict=True), so a change that fixes one turns it XPASS and fails the
run. Then move the example to the behaviour tests of its extractor. The
classes are those of docs/EVALUATION.md ("issued on web layouts", "places", "persons",
"dates", "phones"); each was seen on real pages and is written here in our
own words.
"""

from __future__ import annotations

import pytest

KNOWN = pytest.mark.xfail(strict=True, reason="known failure, see the test's name")

# Every class listed here so far is fixed: its example moved to the behaviour tests of
# its extractor (tests/test_persons_classes.py, tests/test_places_resolution.py,
# tests/test_place_homes.py, tests/sweeps/test_participants_counts.py). The known
# failures left are cells of the sweeps, each sweep's KNOWN list
# (tests/sweeps/test_*_paradigm.py). A new class found on team-written text goes here, as
#
#     @KNOWN
#     def test_<field>_class_<what_fails>():
#         assert <what the parser should give>


# A year in one clause and "before that" ("буга чейин", "андан мурун") a yearless day in
# the next: the day is before the year, so it takes the page's year, and the year is a
# period. Today the day takes the clause's year and the year gives no period (held-out
# round 21's gold reads it so; the surface sweep met it when round 47 changed its sample).
BEFORE_THAT_PAGES = [
    (
        "Айыл өкмөтүндө жыйын өттү\n\nТалас, 2023-жылдын 5-майы /Кабар/. Айыл өкмөтүнүн "
        "башчысы жаңы бала бакча тууралуу айтты. «2024-жылы курулуш башталат, буга чейин "
        "долбоор 1-октябрга чейин даярдалышы керек», – деди ал.\n",
        "2023-10-01",
        2024,
    ),
    (
        "Мектеп тууралуу маалымат\n\nОш, 2022-жылдын 14-марты /Кабар/. Райондук акимчилик "
        "жаңы мектеп курула турганын билдирди. «2023-жылы иш башталат, андан мурун долбоор "
        "15-ноябрга чейин бекитилиши керек», – деди аким.\n",
        "2022-11-15",
        2023,
    ),
]


@KNOWN
@pytest.mark.parametrize(("text", "day", "year"), BEFORE_THAT_PAGES)
def test_dates_class_a_day_before_that_year_takes_the_pages_year(
    text: str, day: str, year: int
) -> None:
    from vap_cli import parse_text

    record = parse_text(text)
    assert day in [str(d.start) for d in record.dates]
    assert year in [p.start for p in record.periods]
