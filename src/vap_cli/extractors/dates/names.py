"""A day and month that name a street or a settlement ("8-Март көчөсү", "улица 8 Марта",
"село 1 Мая"), and digits grouped by dots after a phone's code ("+996 (312) 12.03.19"):
read as a date, but no date of the text."""

from __future__ import annotations

import regex

from ... import rx
from ...dategrammar import LEX, alternation
from ...explain import Rule
from ..phones import AFTER_LABEL_GAP, CODE, COUNTRY_CODE, PHONE_LABEL
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


DATE_IS_A_QUOTED_NAME = Rule(
    "dates.quoted_name",
    "a day and month without a year in quotation marks is a name ('\"1-Май\" ишканасы',"
    " 'фабрика \"8 Марта\"'), no date",
)
# Quotation marks (normalising makes every one '"'; the apostrophe too, as pages type it).
_QUOTES = "\"'"


def quoted_name(atom: Atom, text: str) -> bool:
    """The date stands in quotation marks of its own: an enterprise's, a farm's or a
    cafe's name after a holiday ("1-Май", "8 Марта")."""
    if atom.case not in _NAME_CASES or atom.first[0] is not None or atom.first != atom.last:
        return False
    opened = _quote_at(text, atom.start) or _quote_at(text, atom.start - 1)
    return opened and _quote_at(text, atom.end)


def _quote_at(text: str, k: int) -> bool:
    return 0 <= k < len(text) and text[k] in _QUOTES


DATE_IS_A_PHONE = Rule(
    "dates.is_a_phone",
    "digits grouped by dots right after a phone's code or label ('(312) 12.03.19'): "
    "the end of its number, not a date",
)
# A date in digits with a two-digit year: a phone's last six digits look the same.
_SHORT_NUMERIC = rx.compile(r"\d{1,2}\.\d{1,2}\.\d{2}")
# Right before it: an area code in brackets, maybe after the country code, or a phone's
# label and perhaps its code ("+996 (312) ", "Тел.: 0312 ").
_PHONE_CODE_BEFORE = rx.compile(rf"(?:{COUNTRY_CODE}[ ]{{0,2}})?\({CODE}\)[ ]{{0,2}}$")
_LABEL_BEFORE = rx.compile(rf"{AFTER_LABEL_GAP}(?:\+?{CODE}[ ]{{0,2}})?$")
# How far before the digits a phone's label may stand.
_PHONE_REACH = 24


def is_a_phone(atom: Atom, text: str) -> bool:
    """Whether the date's digits are the end of a phone number."""
    if not _SHORT_NUMERIC.fullmatch(text, atom.start, atom.end):
        return False
    window = max(0, atom.start - _PHONE_REACH)
    if _PHONE_CODE_BEFORE.search(text, window, atom.start):
        return True
    return any(
        _LABEL_BEFORE.fullmatch(text, label.end(), atom.start)
        for label in PHONE_LABEL.finditer(text, window, atom.start)
    )
