"""A city's people named in Russian by a noun made of its name ("нарынцы",
"каракольцы", "бишкекчане", "ошане", "карабалтинцы", "жители-таласцы"): the city, as
a Kyrgyz demonym (Нарындыктар) names it; the annotation conventions
(docs/EVALUATION.md) count a demonym that plainly names a unit. Read in Russian text, for city names only: the suffixes
end common nouns too (отцы, горожане), whose stems are no city's name."""

from __future__ import annotations

from itertools import compress, count
from operator import methodcaller

from ... import gazetteer as gz
from ...segment.tokens import WORD_LOW
from .index import PlaceIndex
from .mention import Mention, Token
from .tokens import opens_sentence
from .vocabulary import LEX, fold

_DEMONYM = LEX["russian_demonym"]
LEVELS: tuple[str, ...] = tuple(_DEMONYM["levels"])
# Longest first: -чане is cut whole, not as -ане after a stem in -ч.
SUFFIXES: tuple[str, ...] = tuple(sorted(_DEMONYM["suffixes"], key=len, reverse=True))
LINKS: tuple[str, ...] = ("", *_DEMONYM["links"])
FINALS: tuple[str, ...] = ("", *_DEMONYM["stem_finals"])
HEADS: tuple[str, ...] = tuple(_DEMONYM["heads"])
# A stem shorter than this names no city (Ош, the shortest, has two letters).
MIN_STEM = 2
HYPHEN = "-"


def _city_units(idx: PlaceIndex, folded: str) -> list[gz.Unit]:
    return [u for level in LEVELS for u in idx.buckets.get((level, folded[:2]), {}).get(folded, [])]


def demonym_units(word: str, idx: PlaceIndex) -> tuple[list[gz.Unit], str]:
    """The cities a word names as their people ("каракольцы" -> Каракол), and the
    ending after the name's stem (-ьцы), or no units."""
    low = word.casefold().replace(HYPHEN, "")
    for suffix in SUFFIXES:
        if not low.endswith(suffix):
            continue
        base = low[: -len(suffix)]
        for link in LINKS:
            stem = base[: len(base) - len(link)]
            if not base.endswith(link) or len(stem) < MIN_STEM:
                continue
            for final in FINALS:
                units = _city_units(idx, fold(stem + final))
                if units:
                    return units, low[len(stem) :]
    return [], ""


def _demonym_part(tok: Token) -> tuple[int, str]:
    """The offset and text of the demonym in a word: after a noun of people joined by
    a hyphen ("жители-каракольцы"), else the whole word."""
    head, dash, tail = tok.text.partition(HYPHEN)
    if dash and tail and head.casefold().startswith(HEADS):
        return len(head) + len(dash), tail
    return 0, tok.text


def _demonym_at(tokens: list[Token], i: int, idx: PlaceIndex) -> Mention | None:
    tok = tokens[i]
    offset, word = _demonym_part(tok)
    # Its ending set: the name is not bare, so no rule reads it as a common word or a
    # person's name (Талас, Кемин, Балыкчы are those too).
    units, ending = demonym_units(word, idx)
    if not units:
        return None
    return Mention(
        start=tok.start + offset,
        end=tok.end,
        first=i,
        last=i,
        name=units[0].name,
        ending=ending,
        units=units,
        sentence=tok.sentence,
        opens_sentence=opens_sentence(tokens, i),
    )


def add_russian_demonyms(
    mentions: list[Mention], tokens: list[Token], idx: PlaceIndex
) -> list[Mention]:
    """Cities named by their people's noun in a Russian text."""
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    # the words ending as a people's noun, found in C (most words end otherwise)
    ending_so = compress(count(), map(methodcaller("endswith", SUFFIXES), map(WORD_LOW, tokens)))
    found = (_demonym_at(tokens, i, idx) for i in ending_so if i not in taken)
    added = [m for m in found if m is not None]
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions
