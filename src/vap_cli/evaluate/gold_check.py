"""The checks a gold file passes before it is scored (docs/GOLD-FORMAT.md): each fact
kind's keys and the kinds of their values. A file that fails one is named with the
field, the item, the key and what was expected, in one line, and left out of the
score (`vap eval` exits 1), rather than scored as something else (a mapping where a
place's "level:name" text belongs was scored as its Python spelling) or stopped by
Python's own message. Keys the scorer does not read (`url`, `query`, a fact's `who`
or `place`, an odd key YAML made of a comma) are not checked."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any, get_args

from ..models import UNIT_LEVELS, Qualifier

# A day as the scorer reads it (keys.day): an ISO date, or "--MM-DD" with no year.
_DAY_TEXT = re.compile(r"(\d{4}-\d{2}-\d{2}|--\d{2}-\d{2})")
_YEAR_TEXT = re.compile(r"\d{4}")
_DIGITS = re.compile(r"\d+")
# The units' levels (models.py) but town: the gold format writes a town `city:`.
PLACE_LEVELS = tuple(level for level in UNIT_LEVELS if level != "town")
QUALIFIERS = get_args(Qualifier)
# How much of a wrong value the message quotes.
SHOWN_CHARACTERS = 40

DAY = "a date (YYYY-MM-DD, or --MM-DD when the year is unknown)"
YEAR = "a year (YYYY)"
COUNT = "a whole number"
TEXT = "text"
PLACE = f"text level:name, the level one of {', '.join(PLACE_LEVELS)}"
QUALIFIER = f"one of {', '.join(QUALIFIERS)}"


class GoldProblem(ValueError):
    """What is wrong in a gold file, said in one line."""


def _is_day(value: Any) -> bool:
    if isinstance(value, dt.date):
        return True
    return isinstance(value, str) and _DAY_TEXT.match(value.strip()) is not None


def _is_year(value: Any) -> bool:
    if isinstance(value, int) and not isinstance(value, bool):
        return 1000 <= value <= 9999
    return isinstance(value, str) and _YEAR_TEXT.match(value.strip()) is not None


def _is_count(value: Any) -> bool:
    if isinstance(value, int) and not isinstance(value, bool):
        return value >= 0
    return isinstance(value, str) and _DIGITS.fullmatch(value.strip()) is not None


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _is_phone(value: Any) -> bool:
    return _is_text(value) or (isinstance(value, int) and not isinstance(value, bool))


def _is_place(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    level, colon, name = value.partition(":")
    return bool(colon) and level.strip() in PLACE_LEVELS and bool(name.strip())


def _is_qualifier(value: Any) -> bool:
    return value in QUALIFIERS


# A fact kind given as a mapping: its keys, each (required, check, what is expected).
Check = Callable[[Any], bool]
KeyRule = tuple[bool, Check, str]
MAPPING_FACTS: dict[str, dict[str, KeyRule]] = {
    "dates": {"start": (True, _is_day, DAY), "end": (False, _is_day, DAY)},
    "periods": {"start": (True, _is_year, YEAR), "end": (False, _is_year, YEAR)},
    "participants": {
        "count": (True, _is_count, COUNT),
        "qualifier": (False, _is_qualifier, QUALIFIER),
    },
    "events": {
        "kind": (True, _is_text, TEXT),
        "start": (False, lambda v: v is None or _is_day(v), DAY + " or null"),
    },
}
# A fact kind given as a scalar: its check and what is expected.
SCALAR_FACTS: dict[str, tuple[Check, str]] = {
    "places": (_is_place, PLACE),
    "persons": (_is_text, TEXT),
    "phones": (_is_phone, "a phone number"),
    "emails": (_is_text, TEXT),
    "urls": (_is_text, TEXT),
}


def _shown(value: Any) -> str:
    """A wrong value as the message quotes it: its YAML-like spelling, cut short."""
    text = " ".join(repr(value).split())
    return text if len(text) <= SHOWN_CHARACTERS else text[: SHOWN_CHARACTERS - 3] + "..."


def _check_mapping(field: str, number: int, fact: Any, rules: dict[str, KeyRule]) -> None:
    where = f"{field}, item {number}"
    if not isinstance(fact, Mapping):
        keys = ", ".join(rules)
        raise GoldProblem(f"{where}: expected a mapping with {keys}, got {_shown(fact)}")
    for key, (required, check, expected) in rules.items():
        if key not in fact:
            if required:
                raise GoldProblem(f"{where}: no `{key}` (expected {expected})")
            continue
        if not check(fact[key]):
            raise GoldProblem(f"{where}: `{key}`: expected {expected}, got {_shown(fact[key])}")


def check_gold(gold: Mapping[str, Any]) -> None:
    """Raise GoldProblem when a gold record's facts are not as the format says."""
    issued = gold.get("issued")
    if issued is not None and not _is_day(issued):
        raise GoldProblem(f"`issued`: expected {DAY} or null, got {_shown(issued)}")
    lang = gold.get("lang")
    if lang is not None and not _is_text(lang):
        raise GoldProblem(f"`lang`: expected ky or ru, got {_shown(lang)}")
    for field in (*MAPPING_FACTS, *SCALAR_FACTS):
        facts = gold.get(field)
        if facts is None:
            continue
        if not isinstance(facts, list):
            raise GoldProblem(f"`{field}`: expected a list, got {_shown(facts)}")
        for number, fact in enumerate(facts, start=1):
            if field in MAPPING_FACTS:
                _check_mapping(field, number, fact, MAPPING_FACTS[field])
                continue
            check, expected = SCALAR_FACTS[field]
            if not check(fact):
                raise GoldProblem(
                    f"{field}, item {number}: expected {expected}, got {_shown(fact)}"
                )
