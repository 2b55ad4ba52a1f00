"""A foreign surname of no suffix in a Kyrgyz case, after a role word and a foreign
given name ("элчи Петер Шмидтке" -> Петер Шмидт; persons.yaml foreign_surname_cases):
read by matching._given_then_surname when no surname with a suffix follows."""

from __future__ import annotations

from collections.abc import Callable

from ... import morph
from .roles import role_before
from .tables import (
    COUNTRIES,
    FOREIGN_GIVEN,
    FOREIGN_SURNAME_CASES,
    KYRGYZ_CASE_ENDINGS,
    MOTION_VERB_STEMS,
)
from .words import Token, bare_surname, space_after

_DATIVE = "dative"


def foreign_surname(
    text: str, tokens: list[Token], i: int, nxt: str, is_unit: Callable[[str], bool] | None
) -> str | None:
    """After a role word and the foreign given name at token i, the surname of no suffix
    in a Kyrgyz case `nxt` is (foreign_surname_in_kyrgyz_case), unless the gazetteer has
    a place of that name ("директор Эрик Кочкордун фермерлерине", as _bare_in_a_case)."""
    if tokens[i].low not in FOREIGN_GIVEN or role_before(text, tokens, i) is None:
        return None
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
