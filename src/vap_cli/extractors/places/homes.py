"""Where a person lives, was born or comes from: a bare name in the locative right before
a participle of living or being born ("Кабакта жашаган мугалим", "Арашанда туулган
акын"), or in the ablative right before one of coming ("Кабактан келген мугалим"). Such a
name is a place even where it opens its sentence, whose capital proves nothing
(bare_names._by_document_unit reads the mark)."""

from __future__ import annotations

from ... import morph
from .mention import Mention, Token
from .tokens import gap_between
from .vocabulary import FROM_CITY_PARTICIPLES, HOME_PARTICIPLES, WORD_GAP

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
