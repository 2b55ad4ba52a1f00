"""Names joined by a slash ("Ат-Башы/Кочкор райондорунда", "Нарын/Ысык-Көл облустары"):
the token stream keeps a word with an inner slash whole (for the abbreviations а/а,
с/о), so the names in one would be a single word no gazetteer name. A word whose
slash-parts are all capitalised gazetteer names (the last with any ending) is read as
those names, one word each, a list (SLASH_LIST): the slash is a list's comma here. An
abbreviation (а/а, А/а), a part the gazetteer lacks ("Кочкор/Жаңы") or a part in lower
case ("Нарын/шаар") keeps the word whole."""

from __future__ import annotations

from itertools import compress, count, repeat
from operator import contains

from ...context import Context
from ...segment.tokens import WORD_TEXT
from .index import PlaceIndex
from .mention import Token
from .rules import SLASH_LIST

SLASH = "/"


def split_slashed_names(ctx: Context, tokens: list[Token], idx: PlaceIndex) -> list[Token]:
    """`tokens` with each word of names joined by a slash read as those names' words."""
    if SLASH not in ctx.text:
        return tokens  # most texts: one search, in C
    out: list[Token] = []
    done = 0  # the tokens before this one are in `out`
    # only the words with a slash are read (found in C: map, compress)
    for i in compress(count(), map(contains, map(WORD_TEXT, tokens), repeat(SLASH))):
        parts = _name_parts(tokens[i], idx)
        if parts is None:
            continue
        out += tokens[done:i]
        for part in parts:
            ctx.decide(SLASH_LIST, True, part.start, part.end, part.text)
        out.extend(parts)
        done = i + 1
    out += tokens[done:]
    return out


def _name_parts(tok: Token, idx: PlaceIndex) -> list[Token] | None:
    """The words of the names joined by slashes in `tok`, or None when some part is
    no capitalised gazetteer name (the last may have an ending)."""
    texts = tok.text.split(SLASH)
    parts: list[Token] = []
    start = tok.start
    for k, part in enumerate(texts):
        last = k == len(texts) - 1
        if not part[:1].isupper() or not _known(part, idx, whole=not last):
            return None
        parts.append(tok._replace(start=start, end=start + len(part), text=part, low=part.lower()))
        start += len(part) + len(SLASH)
    return parts


def _known(part: str, idx: PlaceIndex, whole: bool) -> bool:
    """Is `part` a gazetteer name (as written if `whole`, else with any ending)?"""
    found = idx.reading("", part)
    return found is not None and (not whole or not found[1])
