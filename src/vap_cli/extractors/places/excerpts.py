"""An excerpt cut off in the middle of a line: its last name may be cut short too
(places.cut_off; moved out of rules.py, parse output identical)."""

from __future__ import annotations

from ...segment.lines import HEADLINE_MAX_LENGTH
from .mention import Mention


def cut_off(m: Mention, text: str) -> bool:
    """The text stops right after this name, in the middle of a line: an excerpt cut
    off there ("... Миң-Булак жана Самарканд" of "Самаркандек"), so the name may be
    cut short too. A name alone on the last line (a signature's city), in a table's
    last cell, or ending a short phrase (not a page) is whole. Blanks after it count
    for nothing: a file's final newline, which `vap clean` adds, changes no fact."""
    if m.type_end is not None or _first_non_blank(text, m.end, len(text)) < len(text):
        return False
    # A page, not a phrase: a line before this one, or more text than a headline.
    # Blank lines before it count for nothing either (`vap clean` drops them).
    # Positions, not slices: a slice of the whole text per name is quadratic.
    first = _first_non_blank(text, 0, m.start)
    page = text.find("\n", first, m.start) >= 0 or m.start - first > HEADLINE_MAX_LENGTH
    return page and text[m.start - 1 : m.start] == " "


def _first_non_blank(text: str, start: int, end: int) -> int:
    """The first position in text[start:end] that is not blank (str.isspace), or end."""
    while start < end and text[start].isspace():
        start += 1
    return start
