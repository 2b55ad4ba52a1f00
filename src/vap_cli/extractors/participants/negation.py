"""Taking part denied: "Из 12 айылных аймаков 5 не участвовали", "Сессияга 3 депутат
катышкан жок", "2 депутат катышпады". A count whose clause says so is no count of who
took part (lexicon `negation`)."""

from __future__ import annotations

from .constants import CUE_REACH, STATUS_REACH
from .phrase import STATUS_BLOCKERS, Phrase
from .words import LEX, STATUS, Tokens, ends_sentence_at

_NEGATION = LEX["negation"]
_BEFORE = frozenset(_NEGATION["before"])
_AFTER = frozenset(_NEGATION["after"])
_FORMS = frozenset(_NEGATION["forms"])


def _status_length(tokens: Tokens, j: int) -> int:
    """The length of the status phrase at token j, read even after "не" (0 if none)."""
    for phrase, _ in STATUS.get(tokens[j].low, ()):
        n = len(phrase)
        if j + n <= len(tokens) and all(tokens[j + a].low == phrase[a] for a in range(n)):
            return n
    return 0


def negated_after(tokens: Tokens, k: int) -> bool:
    """The first verb of taking part in the clause from token k on is denied."""
    for j in range(k, min(len(tokens), k + STATUS_REACH)):
        if ends_sentence_at(tokens, j) or tokens[j].text in (",", ";"):
            return False
        if tokens[j].low in _FORMS:
            return True
        n = _status_length(tokens, j)
        if n and not (j and tokens[j - 1].low in STATUS_BLOCKERS - _BEFORE):
            after = j + n
            return tokens[j - 1].low in _BEFORE or (
                after < len(tokens) and tokens[after].low in _AFTER
            )
    return False


def negated(tokens: Tokens, p: Phrase) -> bool:
    """ "5 депутат катышкан жок", "не приняли участие 5 депутатов": the count's verb of
    taking part, after it or shortly before it in Russian, is denied."""
    if negated_after(tokens, p.end):
        return True
    for j in range(p.start - 1, max(-1, p.start - CUE_REACH), -1):
        if ends_sentence_at(tokens, j):
            return False
        if tokens[j].low in _BEFORE and _status_length(tokens, j + 1):
            return True
    return False
