"""Stage 3: cut a normalised document into lines and blocks.

Extractors use the segments to know where the title, the dateline and the
contact block are; every segment is a [start, end) range of the normalised text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .segment_tables import Table, find_tables

_LINE = regex.compile(r"[^\n]*")
_BLANK = regex.compile(r"\s*")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass
class Segments:
    lines: list[Line] = field(default_factory=list)
    # (start, end) ranges of paragraphs: runs of non-blank lines.
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    # Tables laid out in the text (segment_tables.py): rows of cells with offsets.
    tables: list[Table] = field(default_factory=list)


def segment(text: str) -> Segments:
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
    return Segments(lines=lines, paragraphs=paragraphs, tables=find_tables(lines))
