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


@KNOWN
def test_places_class_an_ayil_aimak_several_share_told_apart_by_its_village():
    # several ayil aimaks are named Кызыл-Туу; the one holding a village Бостон is meant,
    # but the ayil aimak is chosen before its village and without it
    text = "Кызыл-Туу айыл аймагынын Бостон айылында жыйын өттү."
    village = next(p for p in parse_text(text).places if p.level == "village")
    assert village.ayil_aimak == "Кызыл-Туу"


# --- class 3: participants --------------------------------------------------------------------


def _counts(text: str) -> list[tuple[int, str]]:
    return [(p.count, p.qualifier) for p in parse_text(text).participants]


@KNOWN
def test_participants_class_contest_entries_named_by_the_thing_entered():
    # entries named by what is entered (a felt carpet), not by an entry noun
    assert _counts("Сынакка 300дөн ашуун шырдак тартууланды.") == [(300, "more_than")]
