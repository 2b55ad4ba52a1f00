"""Where a date stands on its line: alone in its line or cell (the mark of a page's own date
line), or on a journal's masthead with the issue's number (the issue's date, not the
article's). Read by the issued date's layouts (issued.py)."""

from __future__ import annotations

from ...segment import Line
from ...segment.lines import ISSUE_NUMBER
from .atoms import Atom
from .datelines import dateline
from .patterns import (
    ACT_NUMBER,
    CELL_SEPARATOR,
    ISSUED_LINE_WORDS,
    ISSUED_WIDE_GAP,
    SECTION_LABELLED,
    few_other_letters,
)


def alone(text: str, line: Line, atom: Atom, *, gap_cells: bool = True) -> bool:
    """The date is alone in its line or in its "|" cell, or follows a dateline:
    "12.03.2020 09:50", "Новости | 05.10.2021 16:42", "Нарын шаары, 2023-жылдын 6-марты."."""
    before = CELL_SEPARATOR.split(text[line.start : atom.start])[-1]
    after = CELL_SEPARATOR.split(text[atom.end : line.end])[0]
    # A wide gap of spaces parts cells too: "Ак-Суу айылы      7 — март 2021 — жыл".
    cells = [(before, after)]
    if gap_cells:
        cells.append((ISSUED_WIDE_GAP.split(before)[-1], ISSUED_WIDE_GAP.split(after)[0]))
    for before_cell, after_cell in cells:
        # (an act's number is no word: "2021-жылдын 24-февралы № VII-4-12")
        words = ACT_NUMBER.sub(" ", f"{before_cell} {after_cell}")
        rest = ISSUED_LINE_WORDS.sub(" ", SECTION_LABELLED.sub(" ", words))
        if few_other_letters(rest):
            return True
    # (a dateline's date ends its "|" cell: "Нарын шаары, 6-март. | ...", not "Семинар,
    # 14 марта /Кабар/. ..." whose "/" opens an agency's name)
    pipe_end = text.find("|", atom.end, line.end)
    return dateline(text, line, atom, text[atom.end : line.end if pipe_end < 0 else pipe_end])


def masthead_date(text: str, line: Line) -> bool:
    """The date is a journal's or newspaper's issue date: its line carries the issue's
    number and running number ("№ 40 (9812) 11-октябрь, 2024-жыл", "4 (52) 7 Март 2022",
    "бюллетени № 3 (45), 2021-жылдын 31-марты"). A document's bare number is no issue's
    ("№ 45 14 марта 2024 года": the release's or the order's own date line).
    The number may stand alone on the line right above the date ("«Нарын» гезити № 40
    (9812)" / "11-октябрь, 2024-жыл")."""
    if ISSUE_NUMBER.search(text, line.start, line.end) is not None:
        return True
    above_end = line.start - 1
    above_start = text.rfind("\n", 0, max(above_end, 0)) + 1
    if above_end <= above_start:
        return False
    number = ISSUE_NUMBER.search(text, above_start, above_end)
    return number is not None and not any(
        c.isdigit() for c in text[above_start : number.start()] + text[number.end() : above_end]
    )
