"""A page's update stamp ("Обновлено: 28.12.2024"): page chrome on a short date line, and
the date an update's label stands before (moved out of issued.py by left52); its year
still dates a yearless issued dateline (`date_issued_from_stamp`, acc56)."""

from __future__ import annotations

from ... import rx
from ...context import Context
from ...dategrammar import LEX
from ...explain import Rule
from ...segment.lines import SHORT_LINE
from .atoms import Atom, InvalidDate, checked_date, iso, month_day
from .patterns import UPDATED_AFTER, UPDATED_BEFORE

UPDATE_STAMP = Rule(
    "dates.update_stamp",
    "a page's update stamp on a short date line is page chrome, no date of the text",
)

YEAR_FROM_UPDATE_STAMP = Rule(
    "dates.year_from_update_stamp",
    "an issued dateline with no year takes the year of the page's own update stamp: the "
    "latest year that puts the day on or before the update (the stamp stays chrome); "
    "stamps that give it different years (a site's and the page's) give none",
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


# What may follow a stamp's date on its line: a clock, then the line's end or a separator
# ("Обновлено: 04.03.2024 10:15 | Просмотры: 90"); prose goes on with words.
_STAMP_TAIL = rx.compile(r"[ \t]*(?:\d{1,2}:\d{2})?[ \t]*(?:[|•·]|\n|$)")


def _stamp_with_year(text: str, atom: Atom) -> str | None:
    """The stamp's day as "YYYY-MM-DD" when it has a year and ends its line or stands
    before a separator (a stamp, not an update told in a short sentence), else None."""
    value = iso(atom.first)
    if value.startswith("--") or _STAMP_TAIL.match(text, atom.end) is None:
        return None
    return value


def note_update_stamp(ctx: Context, text: str, atom: Atom) -> None:
    """Keep the update stamp's day with its year (`_stamp_with_year`) for the dateline's year."""
    stamp = _stamp_with_year(text, atom)
    if stamp is not None:
        ctx.update_stamps.append(stamp)


def _year_by_stamp(stamp: str, day: tuple[int, int]) -> int:
    """The latest year that puts the day (month, day) on or before the stamp's day."""
    stamp_year, stamp_day = int(stamp[:4]), (int(stamp[5:7]), int(stamp[8:10]))
    return stamp_year if day <= stamp_day else stamp_year - 1


def date_issued_from_stamp(ctx: Context) -> None:
    """A yearless issued date ("Талас, 3 марта.") under or over the page's update stamp
    ("Обновлено: 04.03.2024") gets the stamp's year, or the year before when its day
    comes after the stamp's (a page is updated after it is posted). Its mentions in the
    dates get the same year. Several stamps that give it different years (a site's
    "Сайт обновлен: 01.12.2019" over the page's own) leave it unknown: which is the
    page's own is not told."""
    issued = ctx.issued
    if issued is None or not ctx.update_stamps or not issued.startswith("--"):
        return
    month, day = month_day(issued)
    years = {_year_by_stamp(stamp, (month, day)) for stamp in ctx.update_stamps}
    if len(years) != 1:
        return
    year = years.pop()
    try:
        dated = iso(checked_date(year, month, day))
    except InvalidDate:
        return  # 29 February of a common year: the year stays unknown
    for k, mention in enumerate(ctx.dates):
        if mention.role == "issued" and mention.start == issued and mention.end == issued:
            ctx.dates[k] = mention.model_copy(update={"start": dated, "end": dated})
            ctx.decide_at(YEAR_FROM_UPDATE_STAMP, True, mention.span, dated)
    ctx.issued = dated
