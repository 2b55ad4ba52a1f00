"""Births and deaths (vital statistics): a count whose own clause says its people were
born or died ("облуста 900 бала жарык дүйнөгө келди", "родились 1 200 детей, умерли 400
человек") counts no one taking part, whatever verb of coming the idiom uses (round 63).
The phrases are the lexicon's `vital_event_phrases` (stems, word by word)."""

from __future__ import annotations

from .negation import own_clause
from .phrase import Phrase
from .words import Tokens, first_words, folded_phrases, has_phrase

_VITAL = folded_phrases("vital_event_phrases")
_VITAL_FIRST = first_words(_VITAL)


def born_or_died(tokens: Tokens, p: Phrase) -> bool:
    """The count's own clause, before or after it, holds a phrase of being born or of
    dying (`vital_event_phrases`): the people are a birth or death statistic."""
    return has_phrase(own_clause(tokens, p), _VITAL, _VITAL_FIRST)
