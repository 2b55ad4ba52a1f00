"""A pasture named like the village or district near it: "Ак-Кыя жайыты", "Сары-Булак
жайлоосуна" name the pasture, not the unit (places.named_pasture); "Ат-Башы
жайыттарында", "Кочкор жайлоолоруна" (the plural) are the district's pastures."""

from __future__ import annotations

from ... import morph
from .mention import Mention, Token
from .tokens import gap_between
from .vocabulary import NOT_PLACE_BEFORE_BARE, SPACES

# A pasture's name takes the noun's singular possessive, in any case after it
# ("жайыты", "жайлоосуна"); the plural ("жайыттары") is the unit's pastures.
_NAMED_FORM = "possessive"


def named_pasture(tokens: list[Token], m: Mention, text: str) -> bool:
    """A name with no case ending right before a pasture's noun (`not_place_before_bare`)
    in its singular possessive: the pasture's own name."""
    nxt = m.last + 1
    if m.ending or nxt >= len(tokens):
        return False
    if gap_between(text, tokens[m.last], tokens[nxt]) not in SPACES:
        return False
    for reading in morph.candidate_stems(tokens[nxt].low):
        if reading.stem not in NOT_PLACE_BEFORE_BARE:
            continue
        names = morph.suffix_names(reading.stem, reading.ending) or ()
        if names[:1] == (_NAMED_FORM,):
            return True
    return False
