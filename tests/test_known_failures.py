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
# (tests/sweeps/test_*_paradigm.py); the last, a day "before that" a clause's year, moved to
# tests/test_dates_sweep_classes.py (acc47). A new class found on team-written text goes here, as
#
#     @KNOWN
#     def test_<field>_class_<what_fails>():
#         assert <what the parser should give>
