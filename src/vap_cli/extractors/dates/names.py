"""A day and month that name a street or a settlement ("8-Март көчөсү", "улица 8 Марта",
"село 1 Мая"): read as a date, but no date of the text."""

from __future__ import annotations

import regex

from ... import rx
from ...explain import Rule
from ..dategrammar import LEX, alternation
from .atoms import Atom

DATE_NAMES_A_PLACE = Rule(
    "dates.names_a_place",
    "a day and month without a year beside a street's or a settlement's type word is its name",
)

# The cases of a month that names something: the bare Kyrgyz name, the Russian genitive.
_NAME_CASES = frozenset({"nominative", "ru_genitive"})
_AFTER_KY = rx.compile(
    rf"[»\"']?\s{{1,3}}{alternation(LEX['date_name_after_ky'])}", flags=regex.IGNORECASE
)
_BEFORE_RU = rx.compile(
    rf"(?<![\p{{L}}.])(?:{alternation(LEX['date_name_before_ru'])})\s{{0,3}}[«\"']?$",
    flags=regex.IGNORECASE,
)
# How far before the date a Russian type word may stand ("улица 8 Марта").
_BEFORE_REACH: int = LEX["date_name_before_reach"]


def names_a_place(atom: Atom, text: str) -> bool:
    """Whether the date is a street's or a settlement's name, by the word beside it."""
    if atom.case not in _NAME_CASES or atom.first[0] is not None or atom.first != atom.last:
        return False
    if _AFTER_KY.match(text, atom.end):
        return True
    return _BEFORE_RU.search(text, max(0, atom.start - _BEFORE_REACH), atom.start) is not None
