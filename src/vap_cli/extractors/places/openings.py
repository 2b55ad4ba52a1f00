"""Where a place mention may start (the candidates stage reads only there): one pass
over a document's words, so that the many words that open nothing cost a look-up
each."""

from __future__ import annotations

from itertools import compress, count
from operator import and_, itemgetter, not_, or_

from ...tokens import WORD_CAPITAL, WORD_LOW, WORD_TEXT
from .index import PlaceIndex
from .mention import Token
from .tokens import RU_AFTER_STARTS, RU_AFTER_STEM_LETTERS, inflected_abbreviation
from .vocabulary import (
    ABBR_AFTER,
    KY_AFTER,
    KY_BEFORE,
    NAMED_AFTER,
    NAMED_AFTER_KY,
    RU_BEFORE,
    RU_BEFORE_PHRASES,
    TYPE_FORMS,
)

# First words of every type word (all forms), to tell at once whether a word is
# followed by one; and the words a Russian type word before a name may end in.
_TYPE_FIRST: frozenset[str] = frozenset(
    {words[0] for words, _, _ in KY_AFTER if len(words) > 1} | set(TYPE_FORMS)
)
_ABBR_WORDS: frozenset[str] = frozenset(a.rstrip(".") for a in ABBR_AFTER)
_RU_BEFORE_LAST: tuple[str, ...] = tuple(words[-1] for words, _ in RU_BEFORE_PHRASES)
_RU_BEFORE_WORDS: frozenset[str] = frozenset(k.rstrip(".") for k in [*RU_BEFORE, *KY_BEFORE])
# A word's first letters.
_RU_AFTER_STEM = itemgetter(slice(RU_AFTER_STEM_LETTERS))
_TWO_LETTERS = itemgetter(slice(2))


def openings(tokens: list[Token], idx: PlaceIndex) -> list[int]:
    """The tokens a mention may start at, in order: "им."; a word before a Russian type
    noun (its adjective); a capitalised word that may start a known name, or stands
    before a type word or after a Russian one. One pass over the words: the many
    that open nothing cost a look-up each, made in C (map, compress) but for the
    capitalised words."""
    texts = list(map(WORD_TEXT, tokens))
    capitals = list(map(WORD_CAPITAL, tokens))
    lows = list(map(WORD_LOW, tokens))
    # "им." in any letter case
    named = compress(count(), map(NAMED_AFTER.__contains__, lows))
    # Before a word that may be a Russian type noun, by its first three letters.
    before_noun = [*map(RU_AFTER_STARTS.__contains__, map(_RU_AFTER_STEM, lows[1:])), False]
    # (or a republic's city in lower case: "бишкекте")
    city = map(idx.lower_starts.__contains__, map(_TWO_LETTERS, texts))
    lower = compress(count(), map(and_, map(not_, capitals), map(or_, before_noun, city)))
    capital = (i for i in compress(count(), capitals) if _capital_may_open(tokens, i, idx))
    return sorted({*named, *lower, *capital})


def _capital_may_open(tokens: list[Token], i: int, idx: PlaceIndex) -> bool:
    """A capitalised word that may start a known name, or stands before a type word
    or after a Russian one."""
    if idx.may_start(tokens[i].text):
        return True
    if i + 1 < len(tokens):
        nxt, low = tokens[i + 1].text, tokens[i + 1].low
        if low in _TYPE_FIRST or low in NAMED_AFTER_KY or nxt in _ABBR_WORDS:
            return True
        if low[:RU_AFTER_STEM_LETTERS] in RU_AFTER_STARTS:
            return True
        if nxt[:2].isupper() and inflected_abbreviation(nxt) is not None:
            return True
    if i > 0:
        prev = tokens[i - 1].low
        if prev in _RU_BEFORE_WORDS or prev.startswith(_RU_BEFORE_LAST):
            return True
    return False


def before_russian_type_noun(tokens: list[Token], i: int) -> bool:
    """The next word may be a Russian type noun, by its first three letters."""
    return i + 1 < len(tokens) and tokens[i + 1].low[:RU_AFTER_STEM_LETTERS] in RU_AFTER_STARTS
