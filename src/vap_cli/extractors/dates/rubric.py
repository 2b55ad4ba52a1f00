"""A news item's rubric line below a page's header ("ЖАҢЫЛЫК | 14.02.2023" over the
item's headline, under a project site's about-block of prose): the item's own date line,
read when no header or footer line gave the page's date (dates.issued_rubric_line;
left52)."""

from __future__ import annotations

from bisect import bisect_right

from ... import rx
from ...context import Context
from ...dategrammar import LEX
from ...segment import Line
from .atoms import Atom
from .patterns import CELL_SEPARATORS, HEADER_LONG_LINE

_RUBRIC_WORDS_MAX = int(LEX["rubric_words_max"])
# The rubric's words (capitalised or in capitals: its first, then the others), then a
# separator of the date line's cells (the rubric and the date are its two cells), up to
# the date.
_RUBRIC_BEFORE = rx.compile(
    r"^\s{0,10}\p{Lu}[\p{Lu}\p{Ll}-]{1,30}"
    + rf"(?:[ ]\p{{L}}[\p{{L}}-]{{1,30}}){{0,{_RUBRIC_WORDS_MAX - 1}}}"
    + rf"\s{{0,3}}(?:{CELL_SEPARATORS})\s{{0,3}}$"
)


def rubric_line_date(
    ctx: Context, lines: list[Line], atoms: list[Atom], full: list[int]
) -> int | None:
    """The date with a year (`full`) of the page's only rubric line: a rubric before it
    (`_RUBRIC_BEFORE`: one or two words, a separator), nothing after it on its line, and
    under it (`lines`: the non-empty ones) a headline, a short line (HEADER_LONG_LINE at
    most) closed by no full stop, over another line. Two such lines are a feed of items,
    whose dates are theirs: None."""
    starts = [line.start for line in lines]
    found = [i for i in full if _on_rubric_line(ctx, lines, starts, atoms[i])]
    return found[0] if len(found) == 1 else None


def _on_rubric_line(ctx: Context, lines: list[Line], starts: list[int], atom: Atom) -> bool:
    text = ctx.text
    k = bisect_right(starts, atom.start) - 1
    if k < 0 or k + 2 >= len(lines):
        return False  # (a headline and a line under it must follow)
    line = lines[k]
    if text[atom.end : line.end].strip() or not _RUBRIC_BEFORE.match(text[line.start : atom.start]):
        return False
    headline = lines[k + 1]
    # (a headline ends no sentence inside its line: no full stop closes it)
    return (
        len(headline.stripped) <= HEADER_LONG_LINE
        and ctx.segments.sentence_break(headline.start, headline.end) is None
    )
