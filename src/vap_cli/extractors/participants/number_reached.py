"""A count in the dative that a number noun before it reaches: how many people there
are, no one given anything (moved out of recipients.py, acc55)."""

from __future__ import annotations

from .constants import CUE_REACH
from .phrase import Phrase
from .words import Tokens, casefolded, folded_stems

_NUMBER_NOUNS = casefolded("number_nouns")
_REACH_STEMS = folded_stems("number_reach_stems")


def number_reached(tokens: Tokens, p: Phrase) -> bool:
    """A count in the dative that a number noun before it reaches ("жыйналгандардын саны
    80 адамга жетти", "катышуучулардын саны 200 адамга жетти"): how many they are,
    no one given anything (lexicon `number_nouns`, `number_reach_stems`; accv49)."""
    if p.head.ending.case != "dative" or p.end >= len(tokens):
        return False
    if not tokens[p.end].low.startswith(_REACH_STEMS):
        return False
    return tokens.words_before(p.start, CUE_REACH - 1).has(_NUMBER_NOUNS)
