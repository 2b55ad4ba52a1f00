"""Where a person lives, was born or comes from: a bare name in the locative right before
a participle of living or being born ("Кабакта жашаган мугалим", "Арашанда туулган
акын"), or in the ablative right before one of coming ("Кабактан келген мугалим"). Such a
name is a place even where it opens its sentence, whose capital proves nothing
(bare_names._by_document_unit reads the mark). In Russian, a city's noun after "из" says
where people come from (`mark_russian_origins`)."""

from __future__ import annotations

from ... import morph
from .mention import Mention, Token
from .tokens import gap_between
from .vocabulary import (
    FROM_CITY_PARTICIPLES,
    FROM_CITY_PREPOSITIONS_RU,
    HOME_PARTICIPLES,
    JOINERS,
    WORD_GAP,
)

# The participles that say a person's home, by the case of the name before them.
_PARTICIPLES_AFTER_CASE: dict[str, frozenset[str]] = {
    "locative": HOME_PARTICIPLES,
    "ablative": FROM_CITY_PARTICIPLES,
}


def mark_homes(mentions: list[Mention], tokens: list[Token], text: str) -> None:
    """Mark the bare inflected names right before a participle of their case's list."""
    for m in mentions:
        if m.type_word is not None or not m.ending:
            continue
        nxt = m.last + 1
        if nxt >= len(tokens) or gap_between(text, tokens[m.last], tokens[nxt]) not in WORD_GAP:
            continue
        participles = _PARTICIPLES_AFTER_CASE.get(morph.case_of(m.name, m.ending) or "")
        m.home = participles is not None and tokens[nxt].low in participles


# The levels of a name whose Russian noun after "из" is the city people come from.
_ORIGIN_LEVELS = frozenset({"city", "oblast"})


def mark_russian_origins(mentions: list[Mention], tokens: list[Token], text: str) -> None:
    """A bare Russian noun of a name both a city and an oblast right after "из", in its
    sentence and with no list of places after it ("волонтеры из Оша", "из Нарына прибыли
    медики"): where people come from, the city (GOLD-FORMAT; read as an office's city by
    bare_names._by_office; round 52). "из Нарына и Таласа" lists oblasts."""
    for m in mentions:
        if not m.russian_noun or m.type_word is not None or m.first < 1:
            continue
        if not _ORIGIN_LEVELS <= {u.level for u in m.units}:
            continue
        prep = tokens[m.first - 1]
        if prep.low not in FROM_CITY_PREPOSITIONS_RU or prep.sentence != m.sentence:
            continue
        nxt = m.last + 1
        if nxt < len(tokens) and tokens[nxt].sentence == m.sentence and tokens[nxt].low in JOINERS:
            continue
        m.office = True
