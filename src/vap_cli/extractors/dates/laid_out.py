"""The header's lines as the page laid them out, for the page's own date (issued.py)."""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from ... import rx
from ...context import Context
from ...normalise import ORIGINAL_LINE_BREAK
from ...segment import Line
from .atoms import Atom
from .patterns import ISSUED_HEADER_LINES


def laid_out_lines(ctx: Context, atoms: list[Atom]) -> list[Line]:
    """The non-empty lines, the first of them (the header's) as the page laid them out:
    a line that normalising joined to the one above (normalise/wraps.py: it opens with a
    small letter, "г. Ош, 12 марта 2024 г. - ...") is a line of its own again there;
    but not at a break inside a date, which the width made ("клуба      23" / "октября
    2016 года" is one date line)."""
    lines = [ln for ln in ctx.segments.lines if ln.stripped]
    norm, text = ctx.norm, ctx.text
    # the atoms by where they start, and the farthest end reached so far: a break falls
    # inside a date when an atom starting before it ends after it
    spans = sorted((a.start, a.end) for a in atoms)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))
    laid: list[Line] = []
    for line in lines[:ISSUED_HEADER_LINES]:
        begin, end = norm.to_original(line.start, line.end)
        start = line.start
        # a line break as the original wrote it: "\n", "\r\n" or a lone "\r"
        for brk in rx.finditer_holding(ORIGINAL_LINE_BREAK, ctx.original, begin, end, "\n\r"):
            cut = norm.to_normalised(brk.start())
            if start < cut < line.end and text[cut] == " " and not _inside(starts, reach, cut):
                laid.append(Line(start, cut, text[start:cut]))
                start = cut + 1
        laid.append(Line(start, line.end, text[start : line.end]) if start > line.start else line)
    return [ln for ln in laid if ln.stripped] + lines[ISSUED_HEADER_LINES:]


def _inside(starts: list[int], reach: list[int], position: int) -> bool:
    """Whether `position` falls inside a date: an atom starts before it (`starts`,
    sorted) and the farthest end of those (`reach`) lies after it."""
    k = bisect_left(starts, position) - 1
    return k >= 0 and reach[k] > position
