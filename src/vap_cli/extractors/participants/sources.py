"""Units named as where people came from ("из 9 районов двух областей"), and nouns
counted only as such ("14 мектебинен", lexicon participation.yaml `source_only`)."""

from __future__ import annotations

from collections.abc import Sequence

from ...numbers import Token
from .headings import under_taking_part_heading
from .phrase import Phrase
from .words import LEX, Tokens

_FROM_PREPOSITIONS = frozenset(w.casefold() for w in LEX["source_prepositions"])
# the cases in which a source's noun says where people came from, or whose they are
_SOURCE_CASES = ("ablative", "genitive")


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


def source_only(tokens: Tokens, p: Phrase) -> bool:
    """ "2 мектеп оңдолот": schools count only as where people came from (or as a row
    under a heading of those taking part: "Катышкандар:" / "- 28 мектеп окуучусу")."""
    if not p.head.entry.source_only or p.head.ending.case in _SOURCE_CASES:
        return False
    return not under_taking_part_heading(tokens, p.start)
