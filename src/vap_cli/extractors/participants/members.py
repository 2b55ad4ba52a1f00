"""A body's members counted after the body in the genitive ("Жюринин 6 мүчөсү
чыгармаларды окуп чыкты", "Комиссиянын 5 мүчөсү актыга кол коюшту"): the body at its own
work, so its size, not who came to an event (the drop rule participants.body_members,
asked of a count no verb says takes part; round 49). With a verb of taking part the
members attend ("Комиссиянын 5 мүчөсү жыйынга катышты" stays a count)."""

from __future__ import annotations

from .phrase import Phrase
from .signing_up import GOVERNANCE_STEMS
from .vetoes import genitive_of
from .words import Tokens, folded_stems

# The member nouns (composition_member_stems, as bodies.py reads them) and the bodies:
# those of governance and the lexicon's member_body_stems (a group, a jury, a board).
_MEMBER_STEMS = folded_stems("composition_member_stems")
_MEMBER_BODY_STEMS = GOVERNANCE_STEMS + folded_stems("member_body_stems")


def body_members(tokens: Tokens, p: Phrase) -> bool:
    """Members (a lemma of `composition_member_stems`) right after a body's noun in the
    genitive (`governance_body_stems`, `member_body_stems`)."""
    if not p.head.entry.lemma.casefold().startswith(_MEMBER_STEMS) or p.start == 0:
        return False
    return genitive_of(tokens[p.start - 1], _MEMBER_BODY_STEMS)
