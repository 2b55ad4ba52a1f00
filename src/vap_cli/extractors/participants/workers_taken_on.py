"""Workers taken on by an enterprise, the passive of taking on alone in the count's own
clause: a worker is "received" only into a job ("ишканага 20 жаңы жумушчу кабыл алынды",
"на завод приняты 40 рабочих", "наняты 15 работников"): the enterprise's roster, not who
took part (asked by recipients.hired_staff; lexicon `hired_worker_lemmas`,
`worker_hiring_phrases`; acc62). Workers drawn into a work take part ("ашарга 30 жумушчу
тартылды")."""

from __future__ import annotations

from collections.abc import Sequence

from ...numbers import Token
from .words import LEX, first_words, folded_phrases, has_phrase

HIRED_WORKERS = frozenset(LEX["hired_worker_lemmas"])
_WORKER_HIRING = folded_phrases("worker_hiring_phrases")
_WORKER_HIRING_FIRST = first_words(_WORKER_HIRING)


def workers_taken_on(clause: Sequence[Token]) -> bool:
    """A phrase of taking on (lexicon `worker_hiring_phrases`) in the count's clause."""
    return has_phrase(clause, _WORKER_HIRING, _WORKER_HIRING_FIRST)
