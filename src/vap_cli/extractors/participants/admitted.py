"""People admitted to a programme they take part in ("Жайкы лагерге 50 окуучу кабыл
алынат"): a count, no roster of a school (recipients.enrolled_pupils) and no noun left
without its verb (kept_anyway: participants.admitted_to_programme). Found by held-out
round 54 (left54b); the programme read as the events lexicon's kinds, the phrase of
admitting as `enrolment_phrases` (revfixl54b)."""

from __future__ import annotations

from collections.abc import Sequence

from ... import morph
from ...numbers import Token
from .constants import STATUS_REACH
from .event_words import event_words
from .phrase import Phrase
from .words import Tokens, first_words, folded_phrases, folded_stems, has_phrase

# Programmes the events lexicon names no kind of, by stem ("лагерге": a camp).
_PROGRAMMES = folded_stems("admitted_to_stems")
# The phrases of admitting (stems, word by word: "кабыл алын-", "зачисл-").
ADMITTING = folded_phrases("enrolment_phrases")
ADMITTING_FIRST = first_words(ADMITTING)
# The dative's endings: an event's word in the dative names where the people go or are
# admitted (read by kept_anyway.going_to_event too).
DATIVE_ENDINGS: tuple[str, ...] = morph.variants("dative")


def admitted_to_programme(tokens: Tokens, p: Phrase) -> bool:
    """ "Жайкы лагерге 50 окуучу кабыл алынат", "Курска 25 жаш кабыл алынды": a programme
    (a kind word of the events lexicon, or `admitted_to_stems`) in the dative before the
    count in its clause, and a phrase of admitting after it. Not a school or a grade
    ("Мектепке 120 окуучу кабыл алынды": recipients.enrolled_pupils), nor a programme
    that is not where they are admitted ("Курстун жыйынтыгында 25 токтом кабыл алынды"
    has no dative)."""
    # the phrase of admitting first: the events lexicon's search costs more
    if not has_phrase(tokens.clause_after(p.end, STATUS_REACH), ADMITTING, ADMITTING_FIRST):
        return False
    return _programme_in_dative(tokens.clause_before(p.start, STATUS_REACH))


def _programme_in_dative(span: Sequence[Token]) -> bool:
    """A kind word of the events lexicon ("курска", "семинарга") or a programme of
    `admitted_to_stems` ("лагерге") in the dative in `span`."""
    named = [span[k] for k, _ in event_words(span)]
    named += [tok for tok in span if tok.kind == "word" and tok.low.startswith(_PROGRAMMES)]
    return any(tok.low.endswith(DATIVE_ENDINGS) for tok in named)
