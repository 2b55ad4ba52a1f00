"""Where sentences end: a dot closing an abbreviation ("г.", "с.", "обл.") or an
initial ("А.") is not the end of a sentence (abbreviations.py, shared with the normalise
stage's wraps.py). The abbreviations are data (lexicon/sentences.yaml)."""

from __future__ import annotations

import regex

from .. import rx
from ..abbreviations import abbreviation_dot
from ..lexicon import load

_LEX = load("sentences")


# A mark that ends a sentence when a new one follows: spaces then a capital, a digit, a
# quote, a bracket or a list dash (". в" after "1 млн." is no end), or the end of a line.
# A line break always ends one.
_END = rx.compile(
    "[" + regex.escape(_LEX["end_marks"]) + r"][\"'»”)]?"
    r"(?=[ \t\u00a0]{1,10}[\p{Lu}\d\"«“(\-–—•·]|[ \t\u00a0]*(?:\n|$))"
    r"|\n"
)
CLAUSE_MARKS: frozenset[str] = frozenset(_LEX["clause_marks"])
_CLAUSE = rx.compile("[" + regex.escape("".join(sorted(CLAUSE_MARKS))) + "]")


def sentence_ends(text: str) -> list[int]:
    """Sorted offsets of the characters that end a sentence: a line break, or a mark
    of `end_marks` before a new sentence, unless its dot closes an abbreviation
    ("из г. Ош – 20", "с. Ак-Суу", "Т. Асанов"). One pass over the text."""
    return [
        m.start()
        for m in _END.finditer(text, None, None, False, rx.NOT_CONCURRENT)
        if m.group() == "\n" or not abbreviation_dot(text, m.start())
    ]


def clause_ends(text: str, sentence_ends: list[int]) -> list[int]:
    """The sentence ends and the clause marks (";"), sorted: where a count's clause ends."""
    return sorted(
        [
            *sentence_ends,
            *(m.start() for m in _CLAUSE.finditer(text, None, None, False, rx.NOT_CONCURRENT)),
        ]
    )


def sentences_of(text: str, ends: list[int]) -> list[tuple[int, int]]:
    """[start, end) of each sentence (the end mark included), blank ones left out."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [*ends, len(text)]:
        stop = min(len(text), end + 1)
        piece = text[start:stop]
        lead = len(piece) - len(piece.lstrip())
        trimmed = len(piece.rstrip())
        if trimmed > lead:
            spans.append((start + lead, start + trimmed))
        start = stop
    return spans
