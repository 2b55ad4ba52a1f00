"""Units a count names as what something else belongs to: "райондун 12 айыл аймагына
караштуу 70 айыл" (the villages belong to the 12 units), the drop rule
participants.belonging_to. The words of belonging are the places lexicon's
(`belonging_after_dative`: after a unit in the dative they tell whose a thing is)."""

from __future__ import annotations

from ...lexicon import belonging_words
from .phrase import Phrase
from .words import Tokens

_BELONGING_WORDS = belonging_words()
# The case of the owner a word of belonging follows ("районуна караштуу").
_BELONGING_CASE = "dative"


def belonging_to(tokens: Tokens, p: Phrase) -> bool:
    """The counted noun in the dative right before a word of belonging ("12 мектепке
    караштуу", "5 айыл аймагына тиешелүү"): the owners of what follows, not who takes
    part."""
    return (
        p.end < len(tokens)
        and tokens[p.end].low in _BELONGING_WORDS
        and p.head.ending.case == _BELONGING_CASE
    )
