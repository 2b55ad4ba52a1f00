"""A site's calendar widget (an archive calendar in a WordPress sidebar): a month's
heading ("Март 2024"), a row of weekday abbreviations ("Дш Шш Шр Бш Жм Иш Жк",
"Пн Вт Ср Чт Пт Сб Вс"), rows of day numbers. The heading is a month-level reference
(a period) that no text names: the widget is page chrome (lines.py). The
abbreviations are data: lexicon/lines.yaml."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..lexicon import load

_LEX = load("lines")
_ABBREVIATIONS = frozenset(w.casefold() for w in _LEX["calendar_weekdays"])
_LONGEST = max(map(len, _ABBREVIATIONS))
_MIN_WEEKDAYS: int = _LEX["calendar_min_weekdays"]
# The month's heading stands right over the weekday row, a blank line or two between.
_HEADING_REACH = 3


def weekday_row(stripped: str) -> bool:
    """A row of weekday abbreviations and nothing else ("Пн Вт Ср Чт Пт Сб Вс")."""
    first = stripped[: _LONGEST + 1].replace("|", " ").split()[:1]
    if first and len(first[0]) > _LONGEST:
        return False  # its first word is longer than an abbreviation
    words = stripped.replace("|", " ").split()
    return len(words) >= _MIN_WEEKDAYS and all(w.casefold() in _ABBREVIATIONS for w in words)


def calendar_lines(lines: Sequence[str], date_line: Callable[[str], bool]) -> list[int]:
    """The weekday rows of calendar widgets and the month's heading over each (the
    nearest line with text above, when it is a date line: "Март 2024")."""
    found: list[int] = []
    for k, stripped in enumerate(lines):
        if not weekday_row(stripped):
            continue
        found.append(k)
        above = [j for j in range(max(0, k - _HEADING_REACH), k) if lines[j]]
        if above and date_line(lines[above[-1]]):
            found.append(above[-1])
    return found
