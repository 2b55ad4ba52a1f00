"""People admitted to a programme they take part in ("Жайкы лагерге 50 окуучу кабыл
алынат"): a count, no roster of a school (recipients.enrolled_pupils) and no noun left
without its verb (kept_anyway: participants.admitted_to_programme). Found by held-out
round 54 (left54b)."""

from __future__ import annotations

from ... import morph
from .constants import STATUS_REACH
from .phrase import Phrase
from .words import LEX, Tokens, folded_stems

# The programmes people are admitted to, by stem ("лагерге", "курска").
_PROGRAMMES = folded_stems("admitted_to_stems")
# The phrase of admitting, word by word (stems): the first of `enrolment_phrases`.
_ADMITTING: tuple[str, ...] = tuple(w.casefold() for w in LEX["enrolment_phrases"][0])
_DATIVES: tuple[str, ...] = morph.variants("dative")


def admitted_to_programme(tokens: Tokens, p: Phrase) -> bool:
    """ "Жайкы лагерге 50 окуучу кабыл алынат", "Курска 25 жаш кабыл алынды": a programme
    of `admitted_to_stems` in the dative before the count in its sentence, and the phrase
    of admitting after it in its sentence. Not a school or a grade ("Мектепке 120 окуучу
    кабыл алынды": recipients.enrolled_pupils), nor a programme that is not where they are
    admitted ("Курстун жыйынтыгында 25 токтом кабыл алынды" has no dative)."""
    before = tokens.clause_before(p.start, STATUS_REACH)
    if not any(
        tok.kind == "word" and tok.low.startswith(_PROGRAMMES) and tok.low.endswith(_DATIVES)
        for tok in before
    ):
        return False
    after = tokens.clause_after(p.end, STATUS_REACH)
    return any(
        all(
            k + n < len(after) and after[k + n].low.startswith(stem)
            for n, stem in enumerate(_ADMITTING)
        )
        for k in range(len(after))
    )
