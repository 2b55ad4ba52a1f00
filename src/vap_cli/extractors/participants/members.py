"""A body's members counted after the body in the genitive ("Калыстар тобунун 5 мүчөсү
долбоорлорду баалашты", "Комиссиянын 5 мүчөсү актыга кол коюшту"): the body at its own
work, so its size, not who came to an event (the drop rule participants.body_members,
asked of a count no verb says takes part; round 49). With a verb of taking part the
members attend ("Комиссиянын 5 мүчөсү жыйынга катышты" stays a count)."""

from __future__ import annotations

from .phrase import Phrase
from .vetoes import genitive_of
from .words import LEX, Tokens, folded_stems

_MEMBER_LEMMAS = frozenset(LEX["body_member_lemmas"])
_MEMBER_BODY_STEMS = folded_stems("member_body_stems")


def body_members(tokens: Tokens, p: Phrase) -> bool:
    """Members of the lexicon's `body_member_lemmas` right after a body's noun of
    `member_body_stems` in the genitive."""
    if p.head.entry.lemma not in _MEMBER_LEMMAS or p.start == 0:
        return False
    return genitive_of(tokens[p.start - 1], _MEMBER_BODY_STEMS)
