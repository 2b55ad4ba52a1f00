"""People who went to a war or to its front ("согушка айылдан 312 киши аттанган", "на
фронт ушли 200 человек"): the war's soldiers, no event's participants (lexicon
`war_destinations`, `war_going_stems`; participants.went_to_war; acc64). A dative of
dedication with no verb of going ("согушка арналган митингге") and the war's veterans
("согуш ардагери") count as before; so does a count whose own clause has a verb of
taking part, the words of going then naming those the event remembers ("Фронтко
кеткендерди эскерүү иш-чарасына 120 тургун катышты", "На вечер памяти о призванных на
фронт земляках пришли 70 жителей"; revfix64). A Kyrgyz verb of going counts as the
count's predicate or as a participle right before the count, not a participle naming
others ("Согушка кеткен ата-бабаларды эскерип 200 окуучу гүл койду"); a Russian verb of
sending or of calling up only reflexive or passive ("отправились", "призваны"), not
active ("30 волонтеров отправили на фронт посылки"; fix65)."""

from __future__ import annotations

from .negation import own_clause, own_clause_bounds
from .phrase import Phrase, status_at
from .words import STATUS, Tokens, first_words, folded_phrases, folded_stems, has_phrase

_DESTINATIONS = folded_phrases("war_destinations")
_DESTINATIONS_FIRST = first_words(_DESTINATIONS)
_GOING = folded_stems("war_going_stems")
_GOING_RU = folded_stems("war_going_stems_ru")
_SENT_RU = folded_stems("war_sent_stems_ru")
_SENT_ENDINGS_RU = folded_stems("war_sent_endings_ru")


def went_to_war(tokens: Tokens, p: Phrase) -> bool:
    """The count's own clause has a war's or the front's word as a destination and a
    verb of going or of being called up, and no verb of taking part."""
    clause = own_clause(tokens, p)
    return (
        _going_in_clause(tokens, p)
        and has_phrase(clause, _DESTINATIONS, _DESTINATIONS_FIRST)
        and not _taking_part_in_clause(tokens, p)
    )


def _going_in_clause(tokens: Tokens, p: Phrase) -> bool:
    """A verb of going of the count's own: a Russian one of going anywhere in its clause,
    one of sending or calling up there in a reflexive or a passive form, a Kyrgyz one as
    the clause's last word after the count (its predicate) or right before the count."""
    first, last = own_clause_bounds(tokens, p)
    words = [j for j in range(first, min(len(tokens), last)) if tokens[j].kind == "word"]
    for j in words:
        low = tokens[j].low
        if low.startswith(_GOING_RU) or (
            low.startswith(_SENT_RU) and low.endswith(_SENT_ENDINGS_RU)
        ):
            return True
        predicate = j >= p.end and j == words[-1]
        if low.startswith(_GOING) and (predicate or j == p.start - 1):
            return True
    return False


def _taking_part_in_clause(tokens: Tokens, p: Phrase) -> bool:
    """A verb of taking part in the count's own clause, before or after the count ("...
    120 тургун катышты", "... пришли 70 жителей")."""
    first, last = own_clause_bounds(tokens, p)
    return any(
        tokens[j].low in STATUS and status_at(tokens, j) is not None
        for j in [*range(first, p.start), *range(p.end, min(len(tokens), last))]
    )
