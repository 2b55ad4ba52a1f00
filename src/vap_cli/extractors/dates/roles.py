"""The role of a date in its sentence: event, deadline or other."""

from __future__ import annotations

import bisect

from ... import morph
from ...context import Context
from ...models import DateRole
from .atoms import Atom
from .patterns import (
    DEADLINE_BEFORE_RU,
    DEADLINE_CUE,
    DEADLINE_LABEL_BEFORE,
    OTHER_AFTER,
    OTHER_BEFORE_RU,
    ROLE_WINDOW,
    TO_WORD_AFTER,
)


def _sentence(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """The sentence (or clause) around [start, end), from the segment stage's ends, at
    most ROLE_WINDOW characters each side."""
    left = max(0, start - ROLE_WINDOW)
    ends = ctx.segments.clause_ends
    k = bisect.bisect_left(ends, start)
    s = max(ends[k - 1] + 1 if k else 0, left)
    right = min(len(ctx.text), end + ROLE_WINDOW)
    after = ctx.segments.sentence_break(end, right, clauses=True)
    return s, (after + 1 if after is not None else right)


# The words that make a date something other than the event's (a law's date, a
# founding) stand this close before it or after it, in characters.
_OTHER_BEFORE_REACH = 20
_OTHER_AFTER_REACH = 60


def date_role(atom: Atom, ctx: Context) -> DateRole:
    text = ctx.text
    s, e = _sentence(ctx, atom.start, atom.end)
    before = text[max(s, atom.start - _OTHER_BEFORE_REACH) : atom.start]
    after_end = min(e + 1, atom.end + _OTHER_AFTER_REACH)
    if OTHER_AFTER.match(text, atom.end, after_end) or OTHER_BEFORE_RU.search(before):
        return "other"
    if atom.first != atom.last:
        return "event"
    # "15-ноябрга чейин тапшыруу": by a day, and the sentence says what is due, or
    # orders it done ("1-декабрга чейин берип турушсун": a resolution's point).
    if TO_WORD_AFTER.match(text, atom.end) and (
        DEADLINE_CUE.search(text, s, e) or _ordered(ctx, atom.end, e)
    ):
        return "deadline"
    if DEADLINE_BEFORE_RU.search(before) or DEADLINE_LABEL_BEFORE.search(before):
        return "deadline"  # "до 20 ноября", "Акыркы мөөнөт: 15-ноябрь"
    return "event"


# The endings of the 3rd person's order: "берсин", "аякталсын", "турушсун" (morphology.yaml).
_JUSSIVE_ENDINGS = morph.variants("jussive")


def _ordered(ctx: Context, start: int, end: int) -> bool:
    """The clause after the date (up to `end`) ends in a Kyrgyz verb of the 3rd person's
    order: "... 1-декабрга чейин райондук администрацияга берип турушсун", a resolution's
    point, is a deadline. After a consonant only: "программасын" (a possessive's
    accusative after its vowel) is no order."""
    words = [tok.low for tok in ctx.segments.tokens.between(start, end) if tok.kind == "word"]
    if not words:
        return False
    last = words[-1]
    return any(
        last.endswith(ending)
        and len(last) > len(ending) + 1
        and morph.sound_class(last[-len(ending) - 1]) != "vowel"
        for ending in _JUSSIVE_ENDINGS
    )
