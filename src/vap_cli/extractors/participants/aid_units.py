"""Units named as where aid's recipients come from: "помощь получили многодетные семьи,
дети-сироты и одинокие пенсионеры из пяти айыл окмоту" counts the units whose people
received the aid, no units whose people take part (participants.units_of_aid_recipients;
round 63). The units' count has no verb of its own; the people before the source
preposition are a list with no number, whose word of aid stands too far back for
`participants.beneficiaries` (its cue's reach). A verb of receiving (`aid_receiving_stems`:
"получили") must say the people got the aid: those who give it ("Помощь развозили
волонтеры, студенты и учителя из пяти айыл окмоту") take part (revfix63p)."""

from __future__ import annotations

from .constants import AID_LIST_REACH
from .cues import aid_as_means
from .phrase import Phrase, status_at
from .vetoes import AID_STEMS
from .words import (
    PARTICIPATION_STEMS,
    SOURCE_PREPOSITIONS,
    UNIT_NOUNS,
    Tokens,
    folded_stems,
    who_at,
)

_RECEIVING_STEMS = folded_stems("aid_receiving_stems")
# The source preposition right before the count, and the people's noun right before it.
_PEOPLE_BEFORE_SOURCE = 2


def units_of_aid_recipients(tokens: Tokens, p: Phrase) -> bool:
    """A count of units right after a preposition of source (`source_prepositions`: "из",
    "от") that a noun of people stands right before, in a sentence whose word of aid
    (`aid_stems`, not as a means: "с помощью") stands before the people with no verb of
    taking part between, and a verb of receiving (`aid_receiving_stems`) says they got
    it, before or after the word of aid ("Помощь семьям собирали студенты из трех
    колледжей" keeps its units: the students took part)."""
    source = p.start - 1
    if p.head.entry.lemma not in UNIT_NOUNS or source < _PEOPLE_BEFORE_SOURCE - 1:
        return False
    if tokens[source].low not in SOURCE_PREPOSITIONS:
        return False
    if who_at(tokens, p.start - _PEOPLE_BEFORE_SOURCE) is None:
        return False
    before = tokens.clause_before(source, AID_LIST_REACH)
    first = source - len(before)
    for k in range(source - 1, first - 1, -1):
        tok = tokens[k]
        if tok.kind != "word":
            continue
        if tok.low.startswith(PARTICIPATION_STEMS) or status_at(tokens, k) is not None:
            return False
        if tok.low.startswith(AID_STEMS) and not aid_as_means(tokens, k):
            return any(t.low.startswith(_RECEIVING_STEMS) for t in before)
    return False
