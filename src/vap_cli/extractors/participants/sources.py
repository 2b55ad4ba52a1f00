"""Units named as where people came from ("из 9 районов двух областей")."""

from __future__ import annotations

from collections.abc import Sequence

from ...numbers import Token
from .words import LEX

_FROM_PREPOSITIONS = frozenset(w.casefold() for w in LEX["source_prepositions"])


def units_of_a_source(tokens: Sequence[Token], k: int, start: int) -> bool:
    """ "64 заявки из 9 районов двух областей": the count at `start` follows a count of
    units people came from ("из" at k - 1, its number at k, its noun between): it names
    the wider units those belong to, as a source too."""
    return (
        k == start - 2
        and k > 0
        and tokens[k].kind == "num"
        and tokens[k - 1].low in _FROM_PREPOSITIONS
        and tokens[k + 1].kind == "word"
    )
