"""Rows of a total that a resolution orders: "Курултайга 45 делегат шайлансын: Ак-Талаа
айылынан 20, Сары-Булак айылынан 25 делегат". The verb in the imperative of the third
person before the colon orders how the total is to be made up: its rows are quotas, not
counts of their own (GOLD-FORMAT: quotas beside a total are none); the total counts.
Asked once the counts of the text are found (`extract`), as the quotas beside totals."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

import regex

from ... import rx
from ...context import Context
from .phrase import Found
from .words import LEX, UNIT_NOUNS

# The letters of a word and the spaces after it up to a text's end, read backwards from
# the end: one try at each colon (a search of "word, spaces, colon" over the whole text
# tries every letter of every word: half a second of a 1 MB text).
_WORD_AT_END = regex.compile(r"(?r)(\p{L}*)\s*\Z")
_DECREE_ENDINGS = tuple(w.casefold() for w in LEX["decree_endings"])


def words_before_colons(text: str) -> Iterator[tuple[str, int, int]]:
    """Each word right before a colon, spaces between allowed ("шайлансын :"): the word,
    its start and the colon's offset; a colon after no letter gives none."""
    colon = text.find(":")
    while colon >= 0:
        m = _WORD_AT_END.search(text, 0, colon, rx.NOT_CONCURRENT)
        if m is not None and m.group(1):
            yield m.group(1), m.start(1), colon
        colon = text.find(":", colon + 1)


def decreed_colons(text: str, counts: list[Found]) -> list[tuple[int, int]]:
    """(total's start, colon's offset) of each colon after a verb that orders, with a
    count of people before the verb."""
    out: list[tuple[int, int]] = []
    if not counts:
        return out
    for word, start, colon in words_before_colons(text):
        if not word.casefold().endswith(_DECREE_ENDINGS):
            continue
        before = [f.start for f in counts if f.end <= start and f.who not in UNIT_NOUNS]
        if before:
            out.append((before[-1], colon))
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
