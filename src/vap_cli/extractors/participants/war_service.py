"""People who went to a war or to its front ("согушка айылдан 312 киши аттанган", "на
фронт ушли 200 человек"): the war's soldiers, no event's participants (lexicon
`war_destinations`, `war_going_stems`; participants.went_to_war; acc64). A dative of
dedication with no verb of going ("согушка арналган митингге") and the war's veterans
("согуш ардагери") count as before; so does a count whose own clause has a verb of
taking part, the words of going then naming those the event remembers ("Фронтко
кеткендерди эскерүү иш-чарасына 120 тургун катышты", "На вечер памяти о призванных на
фронт земляках пришли 70 жителей"; revfix64)."""

from __future__ import annotations

from .negation import own_clause, own_clause_bounds
from .phrase import Phrase, status_at
from .words import STATUS, Tokens, first_words, folded_phrases, folded_stems, has_phrase

_DESTINATIONS = folded_phrases("war_destinations")
_DESTINATIONS_FIRST = first_words(_DESTINATIONS)
_GOING = folded_stems("war_going_stems")


def went_to_war(tokens: Tokens, p: Phrase) -> bool:
    """The count's own clause has a war's or the front's word as a destination and a
    verb of going or of being called up, and no verb of taking part."""
    clause = own_clause(tokens, p)
    return (
        any(tok.kind == "word" and tok.low.startswith(_GOING) for tok in clause)
        and has_phrase(clause, _DESTINATIONS, _DESTINATIONS_FIRST)
        and not _taking_part_in_clause(tokens, p)
    )


def _taking_part_in_clause(tokens: Tokens, p: Phrase) -> bool:
    """A verb of taking part in the count's own clause, before or after the count ("...
    120 тургун катышты", "... пришли 70 жителей")."""
    first, last = own_clause_bounds(tokens, p)
    return any(
        tokens[j].low in STATUS and status_at(tokens, j) is not None
        for j in [*range(first, p.start), *range(p.end, min(len(tokens), last))]
    )
