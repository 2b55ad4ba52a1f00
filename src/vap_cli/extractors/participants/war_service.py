"""People who went to a war or to its front ("согушка айылдан 312 киши аттанган", "на
фронт ушли 200 человек"): the war's soldiers, no event's participants (lexicon
`war_destinations`, `war_going_stems`; participants.went_to_war; acc64). A dative of
dedication with no verb of going ("согушка арналган митингге") and the war's veterans
("согуш ардагери") count as before."""

from __future__ import annotations

from .negation import own_clause
from .phrase import Phrase
from .words import Tokens, first_words, folded_phrases, folded_stems, has_phrase

_DESTINATIONS = folded_phrases("war_destinations")
_DESTINATIONS_FIRST = first_words(_DESTINATIONS)
_GOING = folded_stems("war_going_stems")


def went_to_war(tokens: Tokens, p: Phrase) -> bool:
    """The count's own clause has a war's or the front's word as a destination and a
    verb of going or of being called up."""
    clause = own_clause(tokens, p)
    return any(tok.kind == "word" and tok.low.startswith(_GOING) for tok in clause) and has_phrase(
        clause, _DESTINATIONS, _DESTINATIONS_FIRST
    )
