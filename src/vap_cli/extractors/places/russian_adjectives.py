"""A unit's Russian adjective as a candidate: before its type noun ("Нарынская
область"), in lower case ("в чуйской области"), the rest of a hyphenated name typed with a
space ("Чон Алайском районе"), or before a Kyrgyz type word ("Сумбулинском АА")."""

from __future__ import annotations

from ... import morph
from .index import PlaceIndex
from .mention import Mention, Token
from .rules import PLURAL_ADJECTIVE_HOLDER
from .tokens import gap_between, russian_after
from .unknown_names import unknown_with_type
from .vocabulary import NAME_DASH, RU_ADJ_ENDINGS, SPACES, TypeWord, fold

# A unit's adjective in the plural (-ские, -ских, -скими) and the small units' levels it
# may stand before; the levels that hold them, nearest first.
_PLURAL_ENDINGS = morph.russian_unit_adjective_endings("plural")
_SMALL_LEVELS = ("ayil_aimak", "village")
_HOLDER_LEVELS = ("district", "oblast")


def russian_adjective_at(
    tokens: list[Token], i: int, idx: PlaceIndex, lower: bool = False
) -> Mention | None:
    """A Russian adjective of a unit's name ("Нарынская"); `lower`: in lower case too."""
    tok = tokens[i]
    if not tok.capital and not lower:
        return None
    low = tok.low
    if not low.endswith(RU_ADJ_ENDINGS):
        return None
    for ending in RU_ADJ_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            stem = tok.text[: -len(ending)]
            return Mention.of_token(tok, i, stem, low[len(stem) :], idx.adjective_units(stem))
    return None


def official_plain_adjective(tokens: list[Token], i: int, idx: PlaceIndex) -> Mention | None:
    """An official adjective of another ending than -ск- ("Пригородном" of Пригородный
    айылный аймак), capitalised: only the gazetteer's own are read, before their noun."""
    tok = tokens[i]
    stem = morph.russian_plain_adjective_stem(tok.text) if tok.capital else None
    if stem is None:
        return None
    units = idx.plain_adjective_units(stem)
    if not units:
        return None
    return Mention.of_token(tok, i, stem, tok.low[len(stem) :], units)


def adjective_with_noun(
    tokens: list[Token], i: int, text: str, idx: PlaceIndex, lower: bool = False
) -> Mention | None:
    """A Russian adjective at token i with its type noun after it, typed by the noun."""
    # The noun first: most words have none after them.
    ru = russian_after(tokens, i + 1)
    if ru is None or gap_between(text, tokens[i], tokens[i + 1]) not in SPACES:
        return None
    adj = russian_adjective_at(tokens, i, idx, lower) or official_plain_adjective(tokens, i, idx)
    if adj is None:
        return None
    adj.type_word, adj.type_end = ru
    adj.end = tokens[adj.type_end - 1].end
    return adj


def spaced_adjective(tokens: list[Token], i: int, text: str, idx: PlaceIndex) -> Mention | None:
    """The first part of a hyphenated name, a space (or a dash spaced on one side), the
    rest as a Russian adjective before its type noun ("Чон Алайском районе", "Кара
    Суйского района", "Кара -Суйском районе"): the unit of the whole name, not of the
    adjective's part."""
    if i + 2 >= len(tokens) or fold(tokens[i].text) not in idx.first_words:
        return None
    gap = gap_between(text, tokens[i], tokens[i + 1])
    if gap not in SPACES and gap not in NAME_DASH:
        return None
    # the rest in lower case too ("Чон алайском районе": not Алай's adjective)
    adj = adjective_with_noun(tokens, i + 1, text, idx, lower=True)
    if adj is None:
        return None
    whole = f"{tokens[i].text}-{adj.name}"
    units = idx.adjective_units(whole)
    if not units:
        return None
    adj.name, adj.units, adj.start, adj.first = whole, units, tokens[i].start, i
    return adj


def lower_russian_adjective(
    tokens: list[Token], i: int, text: str, idx: PlaceIndex
) -> Mention | None:
    """A unit's Russian adjective in lower case before its type noun ("в чуйской
    области"): only the gazetteer's adjective keys, the noun right after it."""
    adj = adjective_with_noun(tokens, i, text, idx, lower=True)
    if adj is None or not adj.units:
        return None
    adj.name = adj.name[:1].upper() + adj.name[1:]
    return adj


def adjective_with_kyrgyz_type(
    tokens: list[Token], i: int, text: str, idx: PlaceIndex
) -> Mention | None:
    """A unit's Russian adjective before a Kyrgyz type word or abbreviation ("в
    Сумбулинском АА", "Лебединовского айыл окмоту"): typed by it, the unit's own name."""
    adj = russian_adjective_at(tokens, i, idx)
    if adj is None or not adj.units:
        return None
    typed = unknown_with_type(tokens, i, text)
    if typed is None or typed.type_word is None:
        return None
    units = [u for u in adj.units if u.level in typed.type_word.units]
    if not units:
        return None
    typed.units, typed.name, typed.ending = units, adj.name, adj.ending
    return typed


def plural_adjective_holders(mentions: list[Mention], tokens: list[Token], idx: PlaceIndex) -> None:
    """A unit's Russian adjective in the plural before a small unit's type word ("главы
    тюпских и тонских айыл окмоту", "кеминских айыл окмоту"): several ayil aimaks or villages,
    not one of that name; the adjective names the district (else the oblast) holding
    them (round 28). "Тонского айыл окмоту", in the singular, stays the ayil aimak."""
    for m in mentions:
        tw = m.type_word
        if tw is None or tw.level not in _SMALL_LEVELS or m.type_before:
            continue
        if not tokens[m.first].low.endswith(_PLURAL_ENDINGS):
            continue
        units = idx.adjective_units(m.name)
        for level in _HOLDER_LEVELS:
            held = [u for u in units if u.level == level]
            if held:
                m.type_word, m.units, m.rule = (
                    TypeWord(level, (level,)),
                    held,
                    PLURAL_ADJECTIVE_HOLDER,
                )
                break
