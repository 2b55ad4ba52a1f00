"""Persons paradigm sweep: every name shape in every case the templates put it in
(tests/sweeps/persons_cells.py), measured as the share of cells that give exactly
the expected names; near misses must give no one. The floors sit a little below the
measured share; the cells that fail are listed by class as known failures."""

from __future__ import annotations

import persons_mentions
import pytest
from persons_cells import (
    IN_SURNAMES,
    LONE_NEGATIVE,
    NAMESAKE_TYPE_PERSONS,
    NEGATIVE,
    ROLE_NEGATIVE,
    foreign_cells,
    genitive_noun_cells,
    given_name_cells,
    kyrgyz_cells,
    lone_cells,
    male_in_a_cells,
    namesake_negative_cells,
    namesake_type_cells,
    opener_cells,
    role_cells,
    russian_cells,
    russian_role_cells,
    unit_adjective_cells,
    unit_cells,
)

from vap_cli import parse_text
from vap_cli.extractors.persons.tables import KNOWN_GIVEN
from vap_cli.fold import fold

# Measured: Kyrgyz 294/294, Russian 126/126.
KYRGYZ_FLOOR = 0.98
RUSSIAN_FLOOR = 0.98


def _keys(names: list[str]) -> list[str]:
    return [fold(name) for name in names]


def _passes(text: str, expected: list[str]) -> bool:
    return _keys([p.name for p in parse_text(text).persons]) == _keys(expected)


def _share(cells: list[tuple[str, str, list[str]]]) -> tuple[float, list[str]]:
    failed = [cell_id for cell_id, text, expected in cells if not _passes(text, expected)]
    return 1 - len(failed) / len(cells), failed


def test_kyrgyz_name_shapes_in_every_case() -> None:
    share, failed = _share(kyrgyz_cells())
    assert share >= KYRGYZ_FLOOR, failed


def test_russian_name_shapes_in_every_case() -> None:
    share, failed = _share(russian_cells())
    assert share >= RUSSIAN_FLOOR, failed


@pytest.mark.parametrize("text", NEGATIVE)
def test_a_near_miss_names_no_one(text: str) -> None:
    assert [p.name for p in parse_text(text).persons] == []


@pytest.mark.parametrize("text", namesake_type_cells())
def test_a_name_by_a_type_word_is_a_namesake(text: str) -> None:
    assert [p.name for p in parse_text(text).persons] == []


@pytest.mark.parametrize(("text", "name"), NAMESAKE_TYPE_PERSONS)
def test_a_type_word_before_a_person_keeps_the_person(text: str, name: str) -> None:
    assert [p.name for p in parse_text(text).persons] == [name]


@pytest.mark.parametrize("text", genitive_noun_cells())
def test_a_kyrgyz_genitive_noun_is_no_surname_in_in(text: str) -> None:
    assert [p.name for p in parse_text(text).persons] == []


@pytest.mark.parametrize("surname", IN_SURNAMES)
def test_a_surname_in_in_that_no_genitive_reads_stays(surname: str) -> None:
    text = f"Семинар открыл Андрей {surname}."
    assert [p.name for p in parse_text(text).persons] == [f"Андрей {surname}"]


def test_a_unit_named_like_a_surname_names_no_one() -> None:
    cells = unit_cells()
    named = [
        (text, names) for text in cells if (names := [p.name for p in parse_text(text).persons])
    ]
    assert len(cells) > 100
    assert named == []


def test_a_word_opening_the_sentence_is_no_given_name() -> None:
    wrong = []
    for lone, full, name in opener_cells():
        if [p.name for p in parse_text(lone).persons] != ["Асанов"]:
            wrong.append(lone)
        if [p.name for p in parse_text(full).persons] != [name]:
            wrong.append(full)
    assert wrong == []


def test_every_given_name_of_the_lexicon_in_the_genitive() -> None:
    share, failed = _share(given_name_cells())
    assert share == 1.0, failed


def test_a_mans_name_in_a_in_every_case() -> None:
    share, failed = _share(male_in_a_cells())
    assert share == 1.0, failed


def test_a_surname_alone_where_it_plainly_names_one() -> None:
    share, failed = _share(lone_cells())
    assert share == 1.0, failed


@pytest.mark.parametrize("text", LONE_NEGATIVE)
def test_a_plural_noun_in_a_surname_shape_names_no_one(text: str) -> None:
    assert [p.name for p in parse_text(text).persons] == []


@pytest.mark.parametrize(
    ("text", "surname"), [c[1:] for c in role_cells()], ids=[c[0] for c in role_cells()]
)
def test_a_lone_surname_after_each_role(text: str, surname: str) -> None:
    assert _keys([p.name for p in parse_text(text).persons]) == _keys([surname])


@pytest.mark.parametrize("text", ROLE_NEGATIVE)
def test_a_role_before_no_surname_names_no_one(text: str) -> None:
    assert parse_text(text).persons == []


# Measured: 384/384 (every case, a man and a woman, a role before and after, Kyrgyz
# names in Russian text, уулу/кызы).
def test_russian_names_with_a_role_before_and_after_in_every_case() -> None:
    share, failed = _share(russian_role_cells())
    assert share == 1.0, failed


@pytest.mark.parametrize("text", namesake_negative_cells())
def test_a_name_inside_an_institutions_name_names_no_one(text: str) -> None:
    assert [p.name for p in parse_text(text).persons] == []


def test_a_units_adjective_shaped_like_a_surname_names_no_one() -> None:
    cells = unit_adjective_cells()
    named = [
        (text, names) for text in cells if (names := [p.name for p in parse_text(text).persons])
    ]
    assert len(cells) > 20
    assert named == []


def test_a_foreign_name_of_no_suffix_in_every_case() -> None:
    share, failed = _share(foreign_cells())
    assert share == 1.0, failed


# --- round 5: one person, one entry; Kyrgyz name forms; namesakes (persons_mentions.py) -------
# Measured: one person named again 60/60, short form first 10/10, two shapes of one
# person 46/46, Russian 56/56, уулу/кызы forms 84/84, initials 24/24, relatives 11/11,
# related news 4/4, namesakes 61/61, Russian father-first names and decrees 35/35,
# openers (a preposition, two words, a comma, a dative, a noun before a genitive, the object first, a place
# in a case after a lone surname, a phrase before the verb, a person's noun) 70/70;
# a Kyrgyz surname of no suffix 7/7, unlisted given names in a Russian case 11/11.
MENTION_GROUPS = {
    "one_person": persons_mentions.one_person_cells,
    "short_first": persons_mentions.short_first_cells,
    "shape_pairs": persons_mentions.shape_pair_cells,
    "russian": persons_mentions.russian_cells,
    "father_forms": persons_mentions.father_form_cells,
    "initials": persons_mentions.initials_cells,
    "russian_father_first": persons_mentions.russian_father_first_cells,
    "openers": persons_mentions.opener_cells,
    "unlisted_given": persons_mentions.unlisted_given_cells,
    "related": persons_mentions.related_cells,
}


@pytest.mark.parametrize("group", list(MENTION_GROUPS))
def test_one_person_named_in_several_forms_is_one_entry(group: str) -> None:
    share, failed = _share(MENTION_GROUPS[group]())
    assert share == 1.0, failed


def test_the_unlisted_given_names_of_the_sweep_are_unlisted() -> None:
    names = [*persons_mentions.UNLISTED_MEN, *persons_mentions.UNLISTED_WOMEN]
    assert [n for n in names if n.casefold() in KNOWN_GIVEN] == []


def test_relatives_who_share_a_surname_stay_apart() -> None:
    share, failed = _share(persons_mentions.RELATIVES)
    assert share == 1.0, failed


def test_a_unit_named_like_a_surname_after_an_opener_names_no_one() -> None:
    cells = persons_mentions.unit_opener_cells()
    named = [(t, names) for t in cells if (names := [p.name for p in parse_text(t).persons])]
    assert len(cells) > 100
    assert named == []


@pytest.mark.parametrize("text", persons_mentions.named_after_cells())
def test_a_name_inside_what_is_named_after_a_person_names_no_one(text: str) -> None:
    assert [p.name for p in parse_text(text).persons] == []


def test_a_kyrgyz_surname_of_no_suffix_in_every_case() -> None:
    share, failed = _share(persons_mentions.bare_surname_cells())
    assert share == 1.0, failed


KNOWN = pytest.mark.xfail(strict=True, reason="known failure of the sweep, see the test's name")


def test_sweep_class_a_foreign_surname_of_no_suffix_in_a_kyrgyz_case() -> None:
    # "элчи Петер Шмидтке": a foreign surname of no suffix takes the Kyrgyz case ending;
    # read after a foreign given name only (a place abroad after a Kyrgyz one is a trip:
    # "аким Бакыт Стамбулга барды"), see tests/test_persons_classes.py
    assert _passes("Тургундар элчи Петер Шмидтке ыраазычылык билдиришти.", ["Петер Шмидт"])


@KNOWN
def test_sweep_class_a_listed_given_name_standing_as_a_surname() -> None:
    # "аким Бакыт Асан ачты": a forefather's name of the list as the surname, no suffix;
    # many such names are common words too ("Эксперт Нурлан Эркин шайлоо жөнүндө
    # айтты": free elections; "Темир жол": the railway), so two given names in a row
    # are left alone unless the second is built with -бек/-бай
    assert _passes("Жыйынды айыл өкмөтүнүн башчысы Бакыт Асан ачты.", ["Бакыт Асан"])
