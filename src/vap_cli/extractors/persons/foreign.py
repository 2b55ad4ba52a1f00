"""A foreign surname of no suffix in a Kyrgyz case, after a role word and a foreign
given name ("элчи Петер Шмидтке" -> Петер Шмидт; persons.yaml foreign_surname_cases):
read by matching._given_then_surname when no surname with a suffix follows."""

from __future__ import annotations

from collections.abc import Callable

from ... import morph
from ...lexicon import load
from .roles import role_before
from .tables import (
    COUNTRIES,
    FOREIGN_GIVEN,
    FOREIGN_SURNAME_CASES,
    KNOWN_GIVEN,
    KYRGYZ_CASE_ENDINGS,
    MOTION_VERB_STEMS,
)
from .words import NameMatch, Token, bare_surname, space_after

# The particles of a foreign surname, one word each (persons.yaml `surname_particles`).
_PARTICLES = frozenset(
    word for phrase in load("persons")["surname_particles"] for word in phrase.casefold().split()
)
# "Ван дер": two particles at most before the surname's own word.
_MAX_PARTICLES = 2

_DATIVE = "dative"


def foreign_surname(
    text: str, tokens: list[Token], i: int, nxt: str, is_unit: Callable[[str], bool] | None
) -> str | None:
    """After a role word and the foreign given name at token i, the surname of no suffix
    in a Kyrgyz case `nxt` is (foreign_surname_in_kyrgyz_case), unless the gazetteer has
    a place of that name ("директор Эрик Кочкордун фермерлерине", as _bare_in_a_case);
    also another foreign given name as it stands, a Western surname that is also a given
    name ("туруктуу өкүлү Луи Марк", "директор Джеймс Мартин"; round 44)."""
    if tokens[i].low not in FOREIGN_GIVEN or role_before(text, tokens, i) is None:
        return None
    if nxt.casefold() in FOREIGN_GIVEN and nxt[1:].islower() and nxt[:1].isupper():
        return nxt  # "өкүлү Луи Марк": a surname that is also a given name (round 44)
    foreign = foreign_surname_in_kyrgyz_case(nxt, word_after(text, tokens, i + 1))
    if foreign is None or (is_unit is not None and is_unit(foreign)):
        return None
    return foreign


def foreign_surname_in_kyrgyz_case(word: str, after: str) -> str | None:
    """A surname of no suffix (words.bare_surname) with a Kyrgyz case ending of the
    vowel harmony of its last syllable, without it: "Шмидтке" -> "Шмидт", "Миллердин"
    -> "Миллер"; read after a role word and a foreign given name only (a Kyrgyz one
    before a place in a case is a trip: "аким Бакыт Стамбулга барды"; with no role,
    "Роберт Боштун фондунун" names a fund), in the cases of persons.yaml
    `foreign_surname_cases`, a dative not before a verb of motion (`after`, the next
    word in lower case: "Петер Берлинге барды" is a trip too); never a country of
    places.yaml ("элчи Томас Германиянын атынан": on Germany's behalf)."""
    low = word.casefold()
    for ending in KYRGYZ_CASE_ENDINGS:
        stem = word[: -len(ending)]
        if not low.endswith(ending) or len(ending) >= len(word):
            continue
        case = morph.case_of(stem, ending)
        if case not in FOREIGN_SURNAME_CASES or not bare_surname(stem):
            continue
        if stem.casefold() in COUNTRIES:
            return None
        if case == _DATIVE and after.startswith(MOTION_VERB_STEMS):
            return None
        return stem
    return None


def word_after(text: str, tokens: list[Token], j: int) -> str:
    """The word after token j, in lower case, if a space parts them; else ""."""
    if j + 1 < len(tokens) and space_after(text, tokens, j):
        return tokens[j + 1].text.casefold()
    return ""


def particle_surname(text: str, tokens: list[Token], i: int, given: str) -> NameMatch | None:
    """After the known given name at token i, a foreign surname opened by its particles,
    then its own capitalised word ("Эрик Ван дер Берг", "Анна де Вос"): the particles
    and the word are the surname, written as the text writes them."""
    if tokens[i].low not in KNOWN_GIVEN:
        return None
    k = i + 1
    while k < len(tokens) and k - i - 1 < _MAX_PARTICLES and tokens[k].low in _PARTICLES:
        if not space_after(text, tokens, k - 1):
            return None
        k += 1
    if k == i + 1 or k >= len(tokens) or not space_after(text, tokens, k - 1):
        return None
    if not bare_surname(tokens[k].text):
        return None
    surname = text[tokens[i + 1].start : tokens[k].end]
    if "\n" in surname:
        return None
    surname = " ".join(surname.split())
    return NameMatch(f"{given} {surname}", surname, given, i, k, tokens[i].start, tokens[k].end)
