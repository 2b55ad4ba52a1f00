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


# Found by Hypothesis (test_properties.py's clean-then-parse property, in a helper's run
# on 6 December): a header line whose first date runs into a dateline's city
# ("...12-мартыБишкек,") and whose second date stands after a space and two no-break
# spaces. With that three-wide gap the parse gives the line's date as issued; `vap clean`
# drops no-break spaces beside a space, and with the one-space gap left the parse gives no
# issued date (why the gap decides is not yet traced). Natural lines ("Бишкек, \xa0\xa0DATE" on a line of
# its own) keep it both ways (tests/test_properties.py).
@KNOWN
def test_issued_class_a_no_break_gap_after_a_glued_dateline_survives_the_clean() -> None:
    from vap_cli.clean import clean_text
    from vap_cli.pipeline import parse_text

    text = "2019-жылдын 12-мартыБишкек, \xa0\xa02019-жылдын 12-марты"
    cleaned, _ = clean_text(text)
    assert parse_text(text).issued == parse_text(cleaned).issued
