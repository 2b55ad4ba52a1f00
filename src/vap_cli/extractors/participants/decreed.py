"""Rows of a total that a resolution orders: "Курултайга 45 делегат шайлансын: Ак-Талаа
айылынан 20, Сары-Булак айылынан 25 делегат". The verb in the imperative of the third
person before the colon orders how the total is to be made up: its rows are quotas, not
counts of their own (GOLD-FORMAT: quotas beside a total are none); the total counts.
Asked once the counts of the text are found (`extract`), as the quotas beside totals."""

from __future__ import annotations

from bisect import bisect_left

import regex

from ...context import Context
from .phrase import UNITS, Found
from .words import LEX

# the word before a colon, and the colon's offset
_WORD_BEFORE_COLON = regex.compile(r"(\p{L}+)\s*:")
_DECREE_ENDINGS = tuple(w.casefold() for w in LEX["decree_endings"])


def decreed_colons(text: str, counts: list[Found]) -> list[tuple[int, int]]:
    """(total's start, colon's offset) of each colon after a verb that orders, with a
    count of people before the verb."""
    out = []
    for m in _WORD_BEFORE_COLON.finditer(text):
        if not m.group(1).casefold().endswith(_DECREE_ENDINGS):
            continue
        before = [f.start for f in counts if f.end <= m.start(1) and f.who not in UNITS]
        if before:
            out.append((before[-1], m.end() - 1))
    return out


def decreed_row(ctx: Context, found: Found, colons: list[tuple[int, int]]) -> bool:
    """The count stands after an ordering colon, in the colon's sentence, and its total
    stands in that sentence too."""
    for total, colon in colons:
        if not total < colon < found.start:
            continue
        ends = ctx.segments.sentence_ends
        k = bisect_left(ends, total)
        end = ends[k] if k < len(ends) else len(ctx.text)
        if found.start <= end:
            return True
    return False
