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


@KNOWN
def test_persons_class_two_surnames_in_a_headline_are_two_people():
    assert _names("Төрага Асанов Бекиевдин айкелине гүл койду") == ["Асанов", "Бекиев"]


@KNOWN
def test_persons_class_a_lone_patronymic_after_a_role_or_initials():
    # "Асан уулу" (the father's name and уулу) stands for the surname: after a role
    # word or initials it names a person (tried: it lowered the held-out persons score)
    assert _names("Жыйынды депутат Асан уулу ачты. Ж.Токтор уулу сүйлөдү.") == [
        "Асан уулу",
        "Ж. Токтор уулу",
    ]


@KNOWN
def test_persons_class_initials_and_a_surname_in_the_accusative():
    # a man's accusative and a woman's nominative are spelt alike after initials
    # ("С. Лебедева"); only a cue before the name tells them apart, and a verb is none
    assert _names("Участники поблагодарили С. Лебедева за поддержку.") == ["С. Лебедев"]


@KNOWN
def test_persons_class_an_adjectival_surname_in_an_oblique_case():
    # -ский/-ская surnames decline as adjectives (Ковальского, Ковальской): no table
    # puts them back in the nominative
    assert _names("По словам Андрея Ковальского, работы завершены.") == ["Андрей Ковальский"]


@KNOWN
def test_persons_class_a_double_surname_with_a_hyphen():
    assert _names("Жыйынга Айгүл Асанова-Бекиева катышты.") == ["Айгүл Асанова-Бекиева"]


@KNOWN
def test_persons_class_a_russian_genitive_plural_in_a_title_cased_name():
    # an event's or a body's name in title case: the people noun in the genitive plural
    # (-ов, -ин) reads as a surname after the capitalised word before it
    assert _names("Фестиваль Кочевников открыт. Совет Старейшин собрался.") == []


@KNOWN
def test_persons_class_a_given_name_in_a_genitive_no_lexicon_lists():
    # "Алины" (Алина) gives no one: a woman's genitive of a listed name
    assert _names("По словам Алины Бекиевой, работы идут.") == ["Алина Бекиева"]


# --- class 2: places --------------------------------------------------------------------------
# (none left: a city in lower case and an ayil aimak several share are in
# tests/test_places_resolution.py; the sweep's own in tests/sweeps/test_places_paradigm.py)


# --- class 3: participants --------------------------------------------------------------------


def _counts(text: str) -> list[tuple[int, str]]:
    return [(p.count, p.qualifier) for p in parse_text(text).participants]


@KNOWN
def test_participants_class_contest_entries_named_by_the_thing_entered():
    # entries named by what is entered (a felt carpet), not by an entry noun
    assert _counts("Сынакка 300дөн ашуун шырдак тартууланды.") == [(300, "more_than")]
