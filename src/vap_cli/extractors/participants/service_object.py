"""The object of a Russian active verb of a medical service ("Врачи осмотрели 400
жителей"): who were served, no one taking part (inside participants.service_received;
round 52, narrowed by revfix52)."""

from __future__ import annotations

from .negation import own_clause_before
from .phrase import Phrase, qualifier_before
from .words import HIRED_STAFF, LEX, RUSSIAN_GENITIVE_PLURAL, Tokens, who_at

_SERVICE_ACTIVE = frozenset(w.casefold() for w in LEX["service_received"]["active_verbs_ru"])


def object_of_service_verb(tokens: Tokens, p: Phrase) -> bool:
    """A Russian active verb of the service (`active_verbs_ru`) stands right before the
    count (its qualifier between: "обследовала более 900 сельчан"), and the count is of no
    staff who serve (`hired_staff_lemmas`: "Детей осмотрели 12 врачей", the verb's subject
    after it). Not when the verb's object of people stands before it, in the genitive-
    accusative plural ("Жителей обследовали 8 специалистов": the count is who examined);
    a verb further back is another phrase's ("осмотрели детей и провели беседу для 40
    родителей"; revfix52)."""
    if p.head.entry.lemma in HIRED_STAFF:
        return False
    before = own_clause_before(tokens, p.start)
    verb = len(before) - 1 - qualifier_before(before, len(before))[1]
    if verb < 0 or before[verb].low not in _SERVICE_ACTIVE:
        return False
    # (the object of people before the verb: the genitive-accusative plural)
    return not any(
        tok.low.endswith(RUSSIAN_GENITIVE_PLURAL) and who_at(before, n) is not None
        for n, tok in enumerate(before[:verb])
    )
