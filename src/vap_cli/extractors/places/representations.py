"""The state's representation in an oblast ("Министрлер кабинетинин Баткендеги
өкүлчүлүгү", "Өкмөттүн Таластагы өкүлчүлүгү"): the plenipotentiary's office of the
oblast, as "Полпред Нарына" names the oblast (places.head_title); a body's or a
bank's office there ("ЮНИСЕФтин Оштогу өкүлчүлүгү") is the city's (places.office_city)."""

from __future__ import annotations

from ... import morph
from ...lexicon import load
from .mention import Mention, Token
from .tokens import gap_between
from .vocabulary import WORD_GAP

_LEX = load("places")["state_representation"]
# The state's bodies in the genitive before the name (stems), the noun of a
# representation after it (stems), and the cases of the name between them.
_OWNERS = tuple(w.casefold() for w in _LEX["owners"])
_NOUNS = tuple(w.casefold() for w in _LEX["nouns"])
_CASES = frozenset(_LEX["name_cases"])


def mark_state_representations(mentions: list[Mention], tokens: list[Token], text: str) -> None:
    """A bare name both a city and an oblast, in the locative or attributive between the
    state's body in the genitive and the noun of its representation: the oblast
    (`Mention.head`); another body's representation there is the city's office
    (`Mention.office`), as "Ош кеңсеси" is (revfix48)."""
    for m in mentions:
        if m.type_word is not None or m.head is not None or not m.ending:
            continue
        prev, nxt = m.first - 1, m.last + 1
        if prev < 0 or nxt >= len(tokens):
            continue
        if not tokens[nxt].low.startswith(_NOUNS) or not _owner(tokens[prev].low):
            continue
        if gap_between(text, tokens[m.last], tokens[nxt]) not in WORD_GAP:
            continue
        levels = {u.level for u in m.units}
        if {"city", "oblast"} <= levels and morph.case_of(m.name, m.ending) in _CASES:
            state = tokens[prev].low.startswith(_OWNERS)
            m.head, m.office = ("oblast", False) if state else (None, True)


def _owner(word: str) -> bool:
    """A word in the genitive: the owner of the representation (the state's or another
    body's: "ЮНИСЕФтин Оштогу өкүлчүлүгү" is the city's office, places.office_city)."""
    if word.startswith(_OWNERS):
        return True
    reading = morph.strip_ending(word)
    return bool(reading.ending) and morph.case_of(reading.stem, reading.ending) == "genitive"
