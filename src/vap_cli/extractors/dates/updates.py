"""A page's update stamp ("Обновлено: 28.12.2024"): page chrome on a short date line, and
the date an update's label stands before (moved out of issued.py by left52; unchanged)."""

from __future__ import annotations

from ...dategrammar import LEX
from ...explain import Rule
from ...segment.lines import SHORT_LINE
from .atoms import Atom
from .patterns import UPDATED_AFTER, UPDATED_BEFORE

UPDATE_STAMP = Rule(
    "dates.update_stamp",
    "a page's update stamp on a short date line is page chrome, no date of the text",
)

# How far before a date its update label may stand (characters).
_UPDATED_REACH = int(LEX["updated_reach"])


def update_stamp(text: str, atom: Atom) -> bool:
    """The date is a page's update stamp: after an update's label on a short line
    ("Опубликовано: 12.03.2024 | Обновлено: 28.12.2024"), not in prose ("список
    обновлен 12 марта 2024 года, когда ...")."""
    if not updated(text, atom):
        return False
    # (bounded look-around: a line longer than SHORT_LINE is no date line anyway)
    window = max(0, atom.start - SHORT_LINE)
    start = text.rfind("\n", window, atom.start) + 1 or window
    end = text.find("\n", atom.end, atom.end + SHORT_LINE + 1)
    end = min(len(text), atom.end + SHORT_LINE + 1) if end < 0 else end
    return end - start <= SHORT_LINE


def updated(text: str, atom: Atom) -> bool:
    """The date follows an update's label ("Обновлено: ", "(обновлено 16:20 "), or its
    Kyrgyz verb follows the date ("28.12.2024 жаңыртылды")."""
    start = max(0, atom.start - _UPDATED_REACH)
    line_start = text.rfind("\n", start, atom.start) + 1 or start
    if UPDATED_BEFORE.search(text, line_start, atom.start) is not None:
        return True
    return UPDATED_AFTER.match(text, atom.end) is not None
