"""The parts of the words of the token stream's views (tokens.py): runs of letters
joined by a hyphen or a slash, cut as bounded word patterns would cut them (place
words), and the name words of a run joined by hyphens."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .tokens import Token

# A place word (TokenStream.words): at most this many parts joined by a hyphen or a
# slash, each at most this long, as the places lexicon's longest names need; a longer
# run is cut into words (bounded work per word on hostile runs).
WORD_MAX_PARTS = 5
WORD_PART_MAX = 61
# A name word (TokenStream.name_words): at most this long, hyphens included.
NAME_WORD_MAX = 61
APOSTROPHES = frozenset("'’")
PLACE_JOINERS = ("-", "/")
NAME_JOINERS = ("-",)

Span = tuple[int, int]


def compounds(
    tokens: Sequence[Token], joiners: tuple[str, ...], apostrophes: bool
) -> list[list[Span]]:
    """Runs of letters joined by a one-character joiner, as lists of their parts:
    a part is letters side by side (and apostrophes inside, if `apostrophes`)."""
    out: list[list[Span]] = []
    parts: list[Span] = []
    end = -1  # where the last part ends, if there are parts
    joint = -1  # where the next part must start after a joiner, else -1
    for tok in tokens:
        # the letters of a token: a word, or the letters glued to a number ("20дан")
        kind = tok.kind
        if kind == "word":
            start = tok.start
        elif kind == "num" and tok.ending:
            # after the digits (and hyphen) as written: the folded ending may be longer
            start = tok.start + len(tok.digits) + tok.hyphen
        else:
            if parts and joint < 0 and tok.start == end and kind == "punct":
                if tok.text in joiners:
                    joint = tok.end
                elif apostrophes and APOSTROPHES.issuperset(tok.text):
                    parts[-1] = (parts[-1][0], tok.end)
                    end = tok.end
                else:
                    out.append(parts)
                    parts = []
            elif parts:
                out.append(parts)
                parts, joint = [], -1
            continue
        if parts and joint == start:
            parts.append((start, tok.end))
        elif parts and joint < 0 and start == end:
            parts[-1] = (parts[-1][0], tok.end)
        else:
            if parts:
                out.append(parts)
            parts = [(start, tok.end)]
        end = tok.end
        joint = -1
    if parts:
        out.append(parts)
    return out


def bounded(parts: list[Span], text: str) -> list[list[Span]]:
    """A place word's parts cut as a bounded word pattern would: parts of at most
    WORD_PART_MAX characters, words of at most WORD_MAX_PARTS parts."""
    words: list[list[Span]] = []
    current: list[Span] = []
    for start, end in parts:
        while end - start > WORD_PART_MAX:
            words.append([*current, (start, start + WORD_PART_MAX)])
            current = []
            start += WORD_PART_MAX
            while start < end and text[start] in APOSTROPHES:
                start += 1  # a word starts with a letter
        if start < end:
            current.append((start, end))
        if len(current) == WORD_MAX_PARTS:
            words.append(current)
            current = []
    if current:
        words.append(current)
    return words


def name_spans(parts: list[Span], text: str) -> list[Span]:
    """The name words of one run of parts joined by hyphens: from a part's start, at
    most NAME_WORD_MAX characters; one that ends inside a part is none, and the next
    starts at the next part."""
    spans: list[Span] = []
    i = 0
    while i < len(parts):
        start = parts[i][0]
        end = min(start + NAME_WORD_MAX, parts[-1][1])
        if end == len(text) or not text[end].isalpha():
            spans.append((start, end))
        while i < len(parts) and parts[i][0] < end:
            i += 1
    return spans
