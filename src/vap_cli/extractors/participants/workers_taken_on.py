"""Workers taken on by an enterprise, the passive of taking on alone in the count's own
clause: a worker is "received" only into a job ("ишканага 20 жаңы жумушчу кабыл алынды",
"на завод приняты 40 рабочих", "наняты 15 работников"): the enterprise's roster, not who
took part (asked by recipients.hired_staff; lexicon `hired_worker_lemmas`,
`worker_hiring_phrases`; acc62). Workers drawn into a work take part ("ашарга 30 жумушчу
тартылды")."""

from __future__ import annotations

from collections.abc import Sequence

from ...numbers import Token
from .words import LEX, folded_phrases, words_at

HIRED_WORKERS = frozenset(LEX["hired_worker_lemmas"])
# Whole words each: a stem would take the participle of adopting a decision and the noun
# of adoption for taking on.
_WORKER_HIRING = folded_phrases("worker_hiring_phrases")
_WORKER_HIRING_FIRST = frozenset(phrase[0] for phrase in _WORKER_HIRING)


def workers_taken_on(clause: Sequence[Token]) -> bool:
    """A phrase of taking on (lexicon `worker_hiring_phrases`, whole words) in the count's
    clause."""
    return any(
        tok.low in _WORKER_HIRING_FIRST
        and any(words_at(clause, k, phrase) for phrase in _WORKER_HIRING)
        for k, tok in enumerate(clause)
    )
