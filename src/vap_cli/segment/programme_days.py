"""A programme's day headings: a weekday date line under the text's prose whose next
line is a timetable row, its clock time and a dash first ("22-август, жума" over "10:00 —
Жаңы залдын ачылышы"; "12 мая, понедельник" over "09:30 – регистрация"), is the day of the
programme the text announces, no site's date banner (lines.classify reads a weekday set
off by a comma on a short date line as one; acc64). A related block's lines and a news
feed's (its headlines after their clock with no dash) stay chrome. The lines are content
lines, listed in LineClasses.programme_days, whose dates the rule dates.programme_day
keeps (printed by --explain) and never takes for the page's issued date (revfix64)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .. import rx
from .lines_chrome import banner_date_line
from .lines_related import prose_line

if TYPE_CHECKING:
    from . import Line

# A timetable row opens with its clock time (perhaps a span of two), then a dash.
_ROW_OPENING = rx.compile(r"\d{1,2}[:.]\d{2}(?:\s{0,2}[-–—]\s{0,2}\d{1,2}[:.]\d{2})?\s{0,2}[-–—]\s")


def programme_days(lines: Sequence[Line], chrome_lines: set[int], related: set[int]) -> list[int]:
    """The indices of the chrome lines (`chrome_lines`, outside the `related` blocks)
    that are a programme's day headings."""
    filled = [k for k, line in enumerate(lines) if line.stripped]
    days: list[int] = []
    prose_above = False
    for n, k in enumerate(filled):
        stripped = lines[k].stripped
        if not prose_above:
            prose_above = prose_line(stripped)
            continue
        if k not in chrome_lines or k in related or not banner_date_line(stripped):
            continue
        if n + 1 < len(filled) and _ROW_OPENING.match(lines[filled[n + 1]].stripped):
            days.append(k)
    return days
