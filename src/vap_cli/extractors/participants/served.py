"""People a service or a facility is for ("вывоз мусора для 8 тысяч жителей", "1 500 тургун
үчүн ичүүчү суу түтүгү салынды"): the population it covers, no one taking part (the drop
rule participants.service_population). Whom an event is for ("Для 40 учителей провели
семинар") still count: an event's noun in the clause keeps them."""

from __future__ import annotations

from .negation import own_clause
from .phrase import Phrase, status_after, status_before
from .words import LEX, Tokens, folded_stems

_SERVICE = LEX["service_population"]
_PREPOSITIONS = frozenset(w.casefold() for w in _SERVICE["prepositions"])
_POSTPOSITIONS = frozenset(w.casefold() for w in _SERVICE["postpositions"])
_SERVICE_STEMS = tuple(w.casefold() for w in _SERVICE["noun_stems"])
_SERVICE_WORDS = frozenset(w.casefold() for w in _SERVICE["noun_words"])
_EVENT_STEMS = folded_stems("events_counted_stems") + folded_stems("voters_met_event_stems")
# A verb of holding or organising: whom an activity is for, whatever its noun (revfix48b).
_HELD_STEMS = folded_stems("held_activity_stems")


def _for_whom(tokens: Tokens, p: Phrase) -> bool:
    """The count right after "для" or its people right before "үчүн"."""
    before = p.reading.start - 1
    if before >= 0 and tokens[before].low in _PREPOSITIONS:
        return True
    return p.end < len(tokens) and tokens[p.end].low in _POSTPOSITIONS


def service_population(tokens: Tokens, p: Phrase) -> bool:
    """ "вывоз мусора для 8 тысяч жителей", "1 500 тургун үчүн ичүүчү суу түтүгү
    салынды": people after a preposition of purpose (or before a postposition), a
    service's or a facility's noun in their own clause, no event's noun and no verb of
    taking part there: the population a service covers. Not "Для 40 учителей провели
    семинар", nor "30 мугалим үчүн семинар өткөрүлдү" (whom an event is for), nor "Для 50
    школьников организовали экскурсию по дороге" (a verb of holding or organising:
    whom an activity is for, whatever its noun)."""
    if not _for_whom(tokens, p):
        return False
    words = [tok.low for tok in own_clause(tokens, p) if tok.kind == "word"]
    if not any(w in _SERVICE_WORDS or w.startswith(_SERVICE_STEMS) for w in words):
        return False
    if any(w.startswith(_EVENT_STEMS) or w.startswith(_HELD_STEMS) for w in words):
        return False
    return status_before(tokens, p.reading.start) is None and status_after(tokens, p.end) is None
