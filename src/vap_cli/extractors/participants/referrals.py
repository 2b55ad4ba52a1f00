"""People sent to a hospital (after an examination, a check-up): patients referred for
treatment, who receive a service, not who take part in anything (participants.
service_received). The count's own clause holds a verb of sending (lexicon
`service_received.sending_stems`) and a hospital's noun (`hospital_stems`) in the Kyrgyz
dative or after a Russian preposition of direction ("12 бала райондук ооруканага
жиберилди", "9 пациентов направлены в областную больницу"). Not the staff sent to work
there (`hired_staff_lemmas`: doctors, nurses), nor people sent elsewhere, nor a sentence with
a word of taking part ("Акцияга катышуу үчүн ооруканага 20 студент жөнөтүлдү": sent to take
part), the guard of the rule's other readings (recipients.says_taking_part; revfixl56)."""

from __future__ import annotations

from .negation import own_clause
from .phrase import Phrase
from .recipients import says_taking_part
from .words import HIRED_STAFF, LEX, Tokens, noun_ending_case

_REFERRAL = LEX["service_received"]
_HOSPITALS = tuple(w.casefold() for w in _REFERRAL["hospital_stems"])
_CASES_KY = frozenset(_REFERRAL["hospital_cases_ky"])
_PREPOSITIONS_RU = frozenset(w.casefold() for w in _REFERRAL["hospital_prepositions_ru"])
_SENDING = tuple(w.casefold() for w in _REFERRAL["sending_stems"])
# A Russian hospital's noun after its preposition, an adjective or two between ("в
# областную больницу", "в районную центральную больницу").
_PREPOSITION_REACH = 3


def sent_to_hospital(tokens: Tokens, p: Phrase) -> bool:
    """The count's own clause sends them to a hospital."""
    if p.head.entry.lemma in HIRED_STAFF:
        return False
    words = [tok.low for tok in own_clause(tokens, p) if tok.kind == "word"]
    # the word of sending first: most clauses have none, and the guard reads the sentence
    if not any(w.startswith(_SENDING) for w in words) or says_taking_part(tokens, p):
        return False
    return any(_hospital_at(words, k) for k, w in enumerate(words) if w.startswith(_HOSPITALS))


def _hospital_at(words: list[str], k: int) -> bool:
    """The hospital's noun at words[k] is where they go: in the Kyrgyz dative, or after a
    Russian preposition of direction a few words before it."""
    if noun_ending_case(words[k]) in _CASES_KY:
        return True
    return any(w in _PREPOSITIONS_RU for w in words[max(0, k - _PREPOSITION_REACH) : k])
