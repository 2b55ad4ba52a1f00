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
# tests/sweeps/test_participants_counts.py). The known failures left are cells
# of the sweeps, each sweep's KNOWN list (tests/sweeps/test_*_paradigm.py). A new
# class found on team-written text goes here, as
#
#     @KNOWN
#     def test_<field>_class_<what_fails>():
#         assert <what the parser should give>


@KNOWN
def test_places_class_bare_small_unit_name_opening_its_sentence() -> None:
    # A bare ayil aimak or village name of the document's district read as such inside
    # a sentence (places.inside_named_unit) is not read where it opens its sentence with a
    # case ending: the capital says nothing there, and many small units are named by
    # common words ("Майданда 200 жаш катышты"). Held-out round 3 (round3_02) expects the
    # ayil aimak.
    from vap_cli.pipeline import parse_text

    doc = parse_text("Жумгал районунда жыйын болду. Кабакта жашаган мугалим сөз сүйлөдү.")
    assert "ayil_aimak:Кабак" in {f"{p.level}:{p.name}" for p in doc.places}
