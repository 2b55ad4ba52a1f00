"""Produce named after a place: a Kyrgyz bare name in the genitive right before a noun of
produce in its possessive ("Баткендин өрүгү", "Таластын буурчагы") names the produce of
that name, the place's brand, no place the text tells of, as "нарынская баранина" is
none (docs/GOLD-FORMAT.md; places.produce_of_place; acc60), when its paragraph trades it
(a word of `produce_trade_stems`: sold, exported, a market, a fair, a brand). Elsewhere
the text tells of the place's orchards ("Баткендин өрүгү үшүктөн жабыр тартты": the
place is kept; fix59)."""

from __future__ import annotations

from ... import morph
from .landforms import in_the_genitive
from .mention import Mention, Token
from .tokens import gap_between
from .vocabulary import PRODUCE_NOUNS_KY, PRODUCE_TRADE_STEMS, SPACES

# The produce's noun takes the possessive, in any case after it ("күрүчү", "өрүгүн").
_POSSESSIVE = "possessive"
# How far from the mention, in tokens each way, its paragraph is searched for a word of
# trade (a press release's paragraph is shorter; a text of one long line has no end).
_PARAGRAPH_REACH = 100


def produce_of_place(m: Mention, tokens: list[Token], text: str) -> bool:
    """A Kyrgyz bare name (no type word) in the genitive, only spaces between it and the
    next word, a noun of produce (lexicon `produce_nouns_ky`) in its possessive
    ("Баткендин өрүгү", "Таластын буурчагын"), a word of trade in its paragraph: the
    produce named after the place; not the place's people or bodies ("Баткендин
    дыйкандары": no produce noun), nor its produce where nothing is traded (fix59)."""
    nxt = m.last + 1
    if m.type_word is not None or m.russian_noun or nxt >= len(tokens):
        return False
    if gap_between(text, tokens[m.last], tokens[nxt]) not in SPACES:
        return False
    if not in_the_genitive(tokens[m.last].text, m.name):
        return False
    return any(
        reading.stem in PRODUCE_NOUNS_KY
        and (morph.suffix_names(reading.stem, reading.ending) or ())[:1] == (_POSSESSIVE,)
        for reading in morph.candidate_stems(tokens[nxt].low)
    ) and _traded_in_paragraph(m, tokens, text)


def _traded_in_paragraph(m: Mention, tokens: list[Token], text: str) -> bool:
    """The mention's paragraph (its line) holds a word of trade (lexicon
    `produce_trade_stems`: "сатылды", "жарманкеде", "экспорттолот", "бренди"): the
    produce is sold or shown as the place's brand. Read outward from the mention, word by
    word up to a line break between two, at most `_PARAGRAPH_REACH` tokens each way, so
    that a text of one long line stays linear."""
    before = range(m.first - 1, max(-1, m.first - 1 - _PARAGRAPH_REACH), -1)
    after = range(m.last + 1, min(len(tokens), m.last + 1 + _PARAGRAPH_REACH))
    return _trade_word_in(tokens, before, text, 1) or _trade_word_in(tokens, after, text, -1)


def _trade_word_in(tokens: list[Token], indexes: range, text: str, back: int) -> bool:
    """A word of trade among the tokens at `indexes`, up to a line break between one and
    the token `back` of it (the one read before it, nearer the mention)."""
    for k in indexes:
        tok, nearer = tokens[k], tokens[k + back]
        gap = text[tok.end : nearer.start] if back > 0 else text[nearer.end : tok.start]
        if "\n" in gap:
            return False
        if tok.low.startswith(PRODUCE_TRADE_STEMS):
            return True
    return False
