"""Stage 3: cut a normalised document into lines, paragraphs, sentences, tables and
tokens (tokens.py).

Extractors use the segments to know where the title, the dateline and the
contact block are, and where sentences end (computed once here, sentences.py);
every segment is a [start, end) range of the normalised text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from .. import rx
from ..normalise import NormalisedText
from ..plain import Fields
from .lines import LineClasses, classify
from .sentences import clause_ends, sentence_ends, sentences_of
from .tables import Table, find_tables
from .tokens import TokenStream

# The rest of a line after a sentence's mark: a closing quote or bracket, spaces.
_LINE_END = rx.compile(r"[\"'»”)]?[ \t\u00a0]*(?:\n|$)")


class Line(Fields):
    """A line of the text, [start, end), never changed once made."""

    __slots__ = ("start", "end", "text", "stripped")
    compared = ("start", "end", "text")
    start: int
    end: int
    text: str
    # The text without the blanks around it, made once (every line class reads it).
    stripped: str

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.stripped = text.strip()


@dataclass
class Segments:
    lines: list[Line] = field(default_factory=list)
    # (start, end) ranges of paragraphs: runs of non-blank lines.
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    # Tables laid out in the text (tables.py): rows of cells with offsets.
    tables: list[Table] = field(default_factory=list)
    # Sorted offsets of the characters that end a sentence (sentences.sentence_ends),
    # and the [start, end) range of each sentence.
    sentence_ends: list[int] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    # The sentence ends and the clause marks (";"): where a clause ends.
    clause_ends: list[int] = field(default_factory=list)
    # The tokens of the text and its word views (tokens.py), made on first use.
    tokens: TokenStream = field(default_factory=lambda: TokenStream(""))
    # A line's text before normalisation (a menu's "»" separators), for line classes.
    original: Callable[[Line], str] | None = None

    @cached_property
    def line_classes(self) -> LineClasses:
        """Each line's class (content, title, date line, chrome: lines.py)."""
        return classify(self.lines, self.original, self.tokens.text)

    def ends_sentence(self, pos: int) -> bool:
        """Whether the character at `pos` ends a sentence."""
        k = bisect_left(self.sentence_ends, pos)
        return k < len(self.sentence_ends) and self.sentence_ends[k] == pos

    def sentence_break(self, start: int, end: int, clauses: bool = False) -> int | None:
        """The first sentence end (or clause end) in [start, end), or None: O(log n)."""
        ends = self.clause_ends if clauses else self.sentence_ends
        k = bisect_left(ends, start)
        return ends[k] if k < len(ends) and ends[k] < end else None

    def sentence_mark(self, start: int, end: int, text: str) -> int | None:
        """The first sentence end in [start, end) with more of its line after it, in
        the normalised `text`: for blocks laid out on lines ("Name\nTel.: ..."), where
        the lines go on and only a sentence ending inside a line ends the block."""
        k = bisect_left(self.sentence_ends, start)
        while k < len(self.sentence_ends) and self.sentence_ends[k] < end:
            pos = self.sentence_ends[k]
            if not _LINE_END.match(text, pos + 1) and text[pos] != "\n":
                return pos
            k += 1
        return None

    def sentence_start(self, pos: int) -> int:
        """Where the sentence holding `pos` starts (after the previous end)."""
        k = bisect_right(self.sentence_ends, pos - 1)
        return self.sentence_ends[k - 1] + 1 if k else 0


def segment(text: str, norm: NormalisedText | None = None) -> Segments:
    """The segments of the normalised `text`; `norm`, its NormalisedText, gives the
    original text of a line (line classes read a menu's separators there)."""
    lines: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    paragraphs: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    for line in lines:
        if line.stripped:
            if start is None:
                start = line.start
            end = line.end
        elif start is not None:
            paragraphs.append((start, end))
            start = None
    if start is not None:
        paragraphs.append((start, end))
    ends = sentence_ends(text)
    return Segments(
        lines=lines,
        paragraphs=paragraphs,
        tables=find_tables(lines),
        sentence_ends=ends,
        sentences=sentences_of(text, ends),
        clause_ends=clause_ends(text, ends),
        tokens=TokenStream(text, ends),
        original=_original_lines(norm) if norm is not None else None,
    )


def _original_lines(norm: NormalisedText) -> Callable[[Line], str]:
    def original(line: Line) -> str:
        start, end = norm.to_original(line.start, line.end)
        return norm.original[start:end]

    return original
