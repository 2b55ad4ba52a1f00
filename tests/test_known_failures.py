"""Known failures on team-written text, one example per failure class.

Each example is what the parser SHOULD give and does not yet: marked
xfail(strict=True), so a change that fixes one turns it XPASS and fails the
run. Then move the example to the behaviour tests of its extractor. The
classes are those of docs/EVALUATION.md ("issued on web layouts", "persons",
"dates", "phones"); each was seen on real pages and is written here in our
own words.
"""

from __future__ import annotations

import pytest

from vap_cli import parse_text

KNOWN = pytest.mark.xfail(strict=True, reason="known failure, see the test's name")


def _dates(text: str) -> list[str]:
    return [d.start for d in parse_text(text).dates if d.role != "issued"]


def _names(text: str) -> list[str]:
    return [p.name for p in parse_text(text).persons]


# --- class 4: persons -------------------------------------------------------------------------


@KNOWN
def test_persons_class_two_surnames_in_a_headline_are_two_people():
    assert _names("Төрага Асанов Бекиевдин айкелине гүл койду") == ["Асанов", "Бекиев"]


@KNOWN
def test_persons_class_a_father_first_name_whose_given_name_ends_like_a_case():
    # "Нурдин" ends like a genitive ("-дин"): taken for a noun in a case, it is left out
    assert _names("Мүчөлөр:\nМамбет уулу Нурдин |") == ["Мамбет уулу Нурдин"]


# --- class 3: participants --------------------------------------------------------------------


def _counts(text: str) -> list[tuple[int, str]]:
    return [(p.count, p.qualifier) for p in parse_text(text).participants]


@KNOWN
def test_participants_class_letters_lost_as_question_marks():
    # a page saved in a code page without ө, ү, ң: "150гө жакын жергиликтүү"
    assert _counts("Угууга 150г? жакын жергиликт?? тургундар катышты.") == [(150, "about")]


@KNOWN
def test_participants_class_residents_who_appeal_together():
    # residents of a settlement with a verb of acting together, not of taking part
    assert _counts("Айылдын 80дей тургуну айыл өкмөтүнө кайрылышкан.") == [(80, "about")]


@KNOWN
def test_participants_class_contest_entries_named_by_the_thing_entered():
    # entries named by what is entered (a felt carpet), not by an entry noun
    assert _counts("Сынакка 300дөн ашуун шырдак тартууланды.") == [(300, "more_than")]
