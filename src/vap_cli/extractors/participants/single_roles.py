"""A role named alone in a breakdown is one person: "Жыйынга тогуз киши катышты: айыл
өкмөтүнүн башчысы, эки депутат жана алты тургун", "девять человек: глава айыл окмоту,
два депутата и шесть жителей". An item of the list after the total's colon with no
number of its own, whose role word (persons.yaml `role_words`) is in the nominative
singular of the text's language, counts one in the sum check (breakdowns.check_sum); it
makes no count of its own: the text writes no number for it.

Offsets: the items are read from the segment stage's tokens (normalised offsets); the
rows' spans, the original text's, are mapped to them."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ...context import Context
from ...lexicon import load
from ...models import Participation
from ...segment.tokens import Token
from ..persons.words import is_role_nominative
from .constants import INTRO_REACH, QUOTE_MARK
from .words import ROW_JOINERS

_KYRGYZ_LETTERS = frozenset(load("language")["ky"]["letters"])
# What parts the items of a list: a comma, a semicolon, a line break, "жана", "и".
_ITEM_MARKS = frozenset(",;")
# How far past its last row a list may go on with roles alone (characters): a few
# items ("..., алты тургун жана айыл өкмөтүнүн башчысы").
_TAIL_REACH = INTRO_REACH


def single_roles(ctx: Context, total: Participation, rows: Sequence[Participation]) -> int:
    """How many items of the list after the total's colon are a role alone (one person
    each): items with no number of their own (none of the rows, no number token)."""
    if not rows:
        return 0
    norm = ctx.norm.to_normalised
    start, last = norm(total.span.end), norm(rows[-1].span.end)
    end = _list_end(ctx, last)
    tokens = ctx.segments.tokens.between(start, end)
    colon = next((k for k, tok in enumerate(tokens) if tok.text == ":"), None)
    if colon is None:
        return 0
    row_starts = sorted(norm(r.span.start) for r in rows)
    kyrgyz = _kyrgyz(ctx, start, end)
    singles = 0
    item: list[Token] = []
    joined = numbered_before = False
    for tok in [*tokens[colon + 1 :], None]:
        if tok is not None and tok.text == QUOTE_MARK:
            tok = None  # a quotation closes the list ("... келет", - деп айтты жетекчиси)
        if tok is None or tok.kind == "nl" or tok.text in _ITEM_MARKS or tok.low in ROW_JOINERS:
            numbered = any(t.kind == "num" or _row_at(row_starts, t.start, t.end) for t in item)
            # a bare role joined to a counted item shares its number ("11 айыл
            # өкмөтүнүн башчысы жана адиси": heads and specialists, 11 in all)
            shared = joined and numbered_before and len(item) == 1
            singles += not numbered and not shared and any(_role(t, kyrgyz) for t in item)
            if tok is None:
                break
            joined, numbered_before, item = tok.kind == "word", numbered, []
            continue
        item.append(tok)
    return singles


def _role(tok: Token, kyrgyz: bool) -> bool:
    return tok.kind == "word" and is_role_nominative(tok.low, kyrgyz)


def _kyrgyz(ctx: Context, start: int, end: int) -> bool:
    """The list is Kyrgyz: the text's language, or, in a text of no one language, a
    Kyrgyz letter in the list ("глава айыл окмоту" is Russian)."""
    if ctx.language in ("ky", "ru"):
        return ctx.language == "ky"
    return not _KYRGYZ_LETTERS.isdisjoint(ctx.text[start:end].casefold())


def _list_end(ctx: Context, last: int) -> int:
    """Where the list ends: the end of the sentence holding its last row (within
    _TAIL_REACH characters of it)."""
    found = ctx.segments.sentence_break(last, last + _TAIL_REACH)
    return found if found is not None else min(len(ctx.text), last + _TAIL_REACH)


def _row_at(row_starts: list[int], start: int, end: int) -> bool:
    """A row of the breakdown starts inside [start, end): the token is its number."""
    k = bisect_left(row_starts, start)
    return k < len(row_starts) and row_starts[k] < end
