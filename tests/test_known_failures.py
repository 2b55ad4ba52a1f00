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

from vap_cli import parse_text

KNOWN = pytest.mark.xfail(strict=True, reason="known failure, see the test's name")


def _names(text: str) -> list[str]:
    return [p.name for p in parse_text(text).persons]


# --- class 4: persons -------------------------------------------------------------------------


# --- class 2: places --------------------------------------------------------------------------


def _places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places if p.level != "country"}


@KNOWN
def test_places_class_a_city_written_in_lower_case():
    # a city's name in lower case with its ending is no candidate: names start capitalised
    assert _places("Жыйын бишкекте өттү.") == {"city:Бишкек"}
