"""Days written by their day and month in digits with no year, whose year the resolve
step settles (years.py): one before a day's word or a clock ("05.03 күнү", atoms.py's
DAY_MONTH_DIGITS), and two joined by a dash ("25.04-10.05", a schedule table's cell
"Период | 11.05–25.05"; round 47): one range of days, when each is typed with two digits
("1.5-2.5" is an amount), the first day is not after the last, and no amount's word
follows ("10.05-12.08 сом", lexicon dates.yaml `numeric_range_amounts`) nor an hour's mark."""

from __future__ import annotations

import regex

from ... import rx
from ...dategrammar import LEX, alternation
from . import atoms  # (atoms.py reads this module's forms: its Atom is read when called)

# (a clock's range, "саат 09.10-11.10", "09.10-11.10 ч.", is none: lexicon hour_words,
# hour_marks)
_NOT_AFTER = rf"(?<!(?<!\p{{L}}){alternation(LEX['hour_words'])}\s{{1,3}})"
# (amounts' and measures' word beginnings, "сомго", "метрге"; an hour's mark a whole word:
# "ч" begins "чейин")
_NOT_BEFORE = (
    rf"{alternation(LEX['numeric_range_amounts'])}"
    rf"|(?:{alternation(LEX['hour_marks'])})(?!\p{{L}})"
)
DAY_MONTH_RANGE_DIGITS = rx.compile(
    rf"(?=\d)(?<![\d.,/:№]){_NOT_AFTER}"
    r"(?P<d>[0-3]\d)\.(?P<m>[01]\d)[ ]?-[ ]?(?P<d2>[0-3]\d)\.(?P<m2>[01]\d)"
    rf"(?![\d,/-]|\.\d)(?![ ]{{0,3}}(?:{_NOT_BEFORE}))",
    regex.IGNORECASE,
)


def day_month_atoms(m: regex.Match[str]) -> list[atoms.Atom]:
    """ "05.03 күнү": the year is the resolve step's (fill_missing_years)."""
    day = atoms.checked_date(None, int(m["m"]), int(m["d"]))
    return [atoms.Atom(m.start(), m.end(), day, day)]


def day_month_range_atoms(m: regex.Match[str]) -> list[atoms.Atom]:
    """ "25.04-10.05": --04-25 to --05-10; none when the first day comes after the last,
    or when either is no day (a clock's "14.00-17.00": no date, and no warning)."""
    try:
        first = atoms.checked_date(None, int(m["m"]), int(m["d"]))
        last = atoms.checked_date(None, int(m["m2"]), int(m["d2"]))
    except atoms.InvalidDate:
        return []
    return [atoms.Atom(m.start(), m.end(), first, last)] if first[1:] <= last[1:] else []
