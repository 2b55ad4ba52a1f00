"""Rows of a list, one a line, each opening with a list marker and a name and giving its
count after a dash ("- Ак-Суу айыл аймагы — 120;\\n- Кара-Суу — 95;"): the rows are one
list, so a row that types its name types the bare rows too (resolve._resolve_lists), as
a plural type word types the members of a list in a sentence."""

from __future__ import annotations

import regex

from ... import rx
from ...lexicon import load
from .mention import Mention

_MARKERS = "".join(regex.escape(m) for m in load("participation")["list_markers"])
# A row's opening: the line's start, a list marker, spaces.
_ROW_OPENING = rx.compile(rf"(?:^|\n)[ \t]*[{_MARKERS}][ \t]*")
# After a row's name: a spaced dash, then its count.
_ROW_COUNT = rx.compile(r"[ \t]+[-–—][ \t]*\d")
# A row's name opens its line this many characters after the line's start at most.
_OPENING_MAX = 8
# A list of rows has at least this many rows.
_MIN_ROWS = 2


def group_rows(mentions: list[Mention], text: str) -> None:
    """Give the names opening consecutive rows of a dash list one list group, when one
    of them is typed (not by a plural type word: that one types its own list)."""
    rows = [m for m in mentions if m.group is None and _opens_row(m, text)]
    group = max((m.group for m in mentions if m.group is not None), default=0)
    run: list[Mention] = []
    for m in rows:
        if run and not _next_line(run[-1], m, text):
            group = _close(run, group)
            run = []
        run.append(m)
    _close(run, group)


def _close(run: list[Mention], group: int) -> int:
    """Group the run's names if it is a list of rows with a typed row; the last group."""
    typed = [m for m in run if m.type_word is not None and not m.plural_type]
    if len(run) < _MIN_ROWS or not typed:
        return group
    group += 1
    for m in run:
        m.group = group
    return group


def _opens_row(m: Mention, text: str) -> bool:
    line_start = max(0, m.start - _OPENING_MAX)
    opening = _ROW_OPENING.search(text, line_start, m.start, rx.NOT_CONCURRENT)
    return (
        opening is not None
        and opening.end() == m.start
        and _ROW_COUNT.match(text, m.end) is not None
    )


def _next_line(a: Mention, b: Mention, text: str) -> bool:
    """b's row is on the line right after a's, or after one blank line (a page that
    sets each row in a paragraph of its own: "- Ак-Суу — 120;" / "" / "- Кара-Суу — 95;")."""
    between = text[a.end : b.start]
    breaks = between.count("\n")
    return breaks == 1 or (breaks == 2 and not between.split("\n")[1].strip())
