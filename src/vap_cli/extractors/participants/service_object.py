"""The object of a Russian active verb of a medical service ("Врачи осмотрели 400
жителей"): who were served, no one taking part (inside participants.service_received;
round 52, narrowed by revfix52)."""

from __future__ import annotations

from .negation import own_clause_before
from .phrase import Phrase, qualifier_before
from .words import (
    HIRED_STAFF,
    LEX,
    RUSSIAN_GENITIVE_PLURAL,
    Token,
    Tokens,
    noun_ending_case,
    who_at,
)

_SERVICE = LEX["service_received"]
_SERVICE_ACTIVE = frozenset(w.casefold() for w in _SERVICE["active_verbs_ru"])
_FRONTED_OBJECT_ENDINGS = RUSSIAN_GENITIVE_PLURAL + tuple(
    _SERVICE["fronted_object_adjective_endings"]
)
_PLURAL_VERB_ENDINGS = tuple(_SERVICE["plural_verb_endings"])
_SERVICE_ACTIVE_KY = tuple(w.casefold() for w in _SERVICE["active_verb_stems_ky"])
_KY_VERB_REACH: int = _SERVICE["active_verb_reach_ky"]
_OBJECT_CASE = "accusative"


def object_of_kyrgyz_service_verb(tokens: Tokens, p: Phrase) -> bool:
    """The count's noun is in the accusative and a Kyrgyz verb of the service
    (`active_verb_stems_ky`) follows it in the same clause, at most `active_verb_reach_ky`
    words between ("140 тургунду текшерди", "300 баланы грипптен эмдешти"): the verb's
    object, who were served (round 57). The nominative is the verb's subject, who served
    ("5 дарыгер текшерди"). Another word in the accusative between is the verb's own
    object, the count's noun another verb's ("60 тургунду бейтаптарды текшерген
    дарыгерлер менен жолугушууга чакырды": invited; revfix57)."""
    if p.head.ending.case != _OBJECT_CASE or p.head.entry.lemma in HIRED_STAFF:
        return False
    words = 0
    # the loop reads at most the reach and one word more: no copy of the rest of the text
    for tok in tokens[p.end : p.end + _KY_VERB_REACH + 1]:
        if tok.kind != "word":
            return False  # a comma or a full stop closes the clause
        if tok.low.startswith(_SERVICE_ACTIVE_KY):
            return True
        if noun_ending_case(tok.low) == _OBJECT_CASE:
            return False  # the verb's own object stands between
        words += 1
        if words > _KY_VERB_REACH:
            return False
    return False


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
    before, verb = _service_verb_before(tokens, p)
    if verb < 0:
        return False
    if fronted_object(before, verb):
        return False  # "Пациентов осмотрели 15 волонтеров": the count is who examined
    # (the object of people before the verb: the genitive-accusative plural)
    return not any(
        tok.low.endswith(RUSSIAN_GENITIVE_PLURAL) and who_at(before, n) is not None
        for n, tok in enumerate(before[:verb])
    )


def _service_verb_before(tokens: Tokens, p: Phrase) -> tuple[list[Token], int]:
    """The count's own clause before it and the index there of a Russian active verb of
    the service right before the count (its qualifier between), or -1."""
    before = own_clause_before(tokens, p.start)
    verb = len(before) - 1 - qualifier_before(before, len(before))[1]
    if verb < 0 or before[verb].low not in _SERVICE_ACTIVE:
        return before, -1
    return before, verb


def agent_after_fronted_object(tokens: Tokens, p: Phrase) -> bool:
    """The count is who served, after a plural verb of the service whose object opens the
    clause (`fronted_object`): the words before the verb are the object's, so a word of an
    outcome there ("Пострадавших осмотрели 7 врачей": the injured) says nothing of the
    count (recipients.beneficiaries; revfixl52)."""
    before, verb = _service_verb_before(tokens, p)
    return verb >= 0 and fronted_object(before, verb)


def fronted_object(before: list[Token], verb: int) -> bool:
    """The object fronted, the agent after the verb: the clause opens with words in the
    genitive-accusative plural (a noun's `russian_genitive_plural_endings`, an adjective's
    or participle's `fronted_object_adjective_endings`) right up to the verb, and the verb
    is plural (`plural_verb_endings`), so the count after it is its subject ("Пациентов
    осмотрели 15 волонтеров", "Пожилых пациентов обследовали 9 студентов"), whatever the
    object's noun. A nominative before the verb ("Врачи районов осмотрели ...") or a
    singular verb ("Андрей осмотрел ...": a given name in -ей) keeps the count its
    object (left52)."""
    if verb < 1 or not before[verb].low.endswith(_PLURAL_VERB_ENDINGS):
        return False
    return all(
        tok.kind == "word" and tok.low.endswith(_FRONTED_OBJECT_ENDINGS) for tok in before[:verb]
    )
