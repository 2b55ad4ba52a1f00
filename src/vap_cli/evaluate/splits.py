"""The fixed tune/check split (the rule is written in docs/EVALUATION.md), languages and subsets."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from .keys import LAST_DIGIT

SPLITS = ("tune", "check", "all")
CHECK_DIGITS = "789"  # the last digit of a document's id puts it in the check part


def split_of(doc: str) -> str:
    """ "tune" or "check": the last digit of the document's name (its numeric id,
    "h017.txt" -> 7 -> check), 0-6 tune and 7-9 check; a name without a digit is tune."""
    stem = os.path.splitext(os.path.basename(doc))[0]
    match = LAST_DIGIT.search(stem)
    return "check" if match and match.group(1) in CHECK_DIGITS else "tune"


# A gold file of the real corpus names the stored public page it was cut from (`url:`,
# its README); the tune/check split is that corpus's rule (docs/EVALUATION.md). A
# document of another folder (the team's, an analyst's own) is in no split part.
REAL_PAGE_KEY = "url"
NO_SPLIT = "-"


def split_part(doc: str, gold: Mapping[str, Any]) -> str:
    """The split part --per-doc shows: split_of for a real page (its gold names its
    `url`), NO_SPLIT for any other document."""
    return split_of(doc) if gold.get(REAL_PAGE_KEY) else NO_SPLIT


def in_split(doc: str, split: str) -> bool:
    return split == "all" or split_of(doc) == split


def lang_of(gold: Mapping[str, Any], record: Mapping[str, Any] | None) -> str | None:
    """The gold file's `lang:`; without one, the language the parser found."""
    return gold.get("lang") or (record or {}).get("language")


def select(gold: Mapping[str, dict], prefix: str) -> dict[str, dict]:
    """The gold documents whose file name starts with `prefix` (a topic's subset)."""
    return {name: g for name, g in gold.items() if name.startswith(prefix)}
