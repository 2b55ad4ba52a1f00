"""A day written by its number alone with the word for a day of the month ("А 26-го
числа пройдет финал", "до 20-го числа"): the month of the nearest date written before
it, close by; a day of every month ("ежемесячно, 15-го числа") is no date."""

from __future__ import annotations

import bisect
from collections.abc import Callable

import regex

from ... import rx
from ...dategrammar import LEX, alternation
from ...explain import Rule
from .atoms import Atom, InvalidDate, checked_date

DAY_OF_MONTH = Rule(
    "dates.day_of_month",
    "a day by its number alone ('26-го числа') takes the month of the nearest date before it",
)
NO_MONTH_OF_DAY = Rule(
    "dates.no_month_of_day",
    "a day by its number alone with no date shortly before it, or of every month "
    "('ежемесячно, 15-го числа'), is no date",
)

_REACH: int = LEX["day_of_month_reach"]
_EVERY_MONTH_REACH: int = LEX["every_month_reach"]
_DAY_NUMBER = rx.compile(
    rf"(?<![\d\p{{L}}.,-])(?P<d>[0-3]?\d)\s?-?\s?{alternation(LEX['day_of_month_endings_ru'])}"
    rf"\s{{1,3}}{alternation(LEX['day_of_month_words'])}(?!\p{{L}})",
    regex.IGNORECASE,
)
_EVERY_MONTH = rx.compile(rf"(?<!\p{{L}}){alternation(LEX['every_month_words'])}", regex.IGNORECASE)
_EVERY_MONTH_AFTER = rx.compile(
    rf"\s{{1,3}}{alternation(LEX['every_month_after'])}(?!\p{{L}})", regex.IGNORECASE
)
_BLANK_LINE = rx.compile(r"\n[ \t]*\n")

Decide = Callable[[Rule, bool, int, int], bool]


def with_month_days(text: str, atoms: list[Atom], decide: Decide) -> list[Atom]:
    """The atoms with the days written by their number alone added (in text order),
    each with the month and year of the nearest atom ending before it within reach."""
    ends = [a.end for a in atoms]
    found: list[Atom] = []
    for m in _DAY_NUMBER.finditer(text, None, None, False, rx.NOT_CONCURRENT):
        k = bisect.bisect_right(ends, m.start()) - 1
        before = atoms[k] if k >= 0 else None
        if before is None or not _month_applies(text, before, m.start(), m.end()):
            decide(NO_MONTH_OF_DAY, False, m.start(), m.end())
            continue
        year, month, _ = before.last
        try:
            day = checked_date(year, month, int(m["d"]))
        except InvalidDate:
            decide(NO_MONTH_OF_DAY, False, m.start(), m.end())
            continue  # "31-го числа" after a date of a 30-day month: no day of it
        decide(DAY_OF_MONTH, True, m.start(), m.end())
        found.append(Atom(m.start(), m.end(), day, day))
    return sorted([*atoms, *found], key=lambda a: (a.start, a.end)) if found else atoms


def _month_applies(text: str, before: Atom, start: int, end: int) -> bool:
    """The date `before` gives its month to the day at text[start:end]: close before it,
    in its paragraph, and the day is no day of every month."""
    return (
        start - before.end <= _REACH
        and _BLANK_LINE.search(text, before.end, start) is None
        and _EVERY_MONTH.search(text, max(0, start - _EVERY_MONTH_REACH), start) is None
        and _EVERY_MONTH_AFTER.match(text, end) is None
    )
