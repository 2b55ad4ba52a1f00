"""Finding dates: the text cut into date atoms (one regex per written form); ranges.py joins
neighbours into ranges."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, replace

import regex

from ... import rx
from ...dategrammar import (
    MONTH_FORMS,
    YEAR_MAX,
    YEAR_MIN,
    alternation,
    day_word_case,
    misspelt_month,
    month_form,
    month_word_case,
    year_case,
)
from ...segment.cover import Cover
from ...segment.tokens import DIGIT_RUN, Runs
from .digit_days import DAY_MONTH_RANGE_DIGITS, day_month_atoms, day_month_range_atoms
from .form_starts import FormPlaces, form_matches, word_starts
from .patterns import (
    BADGE_MONTH_DAY,
    COMMA_LIST_BEFORE,
    COMMA_LIST_REACH,
    DASHED_DATE,
    DAY_AND_WORD,
    DAY_MONTH_DIGITS,
    DAY_POSSESSIVE_CASES,
    DOTTED_ISO_DATE,
    EN_MONTH_DAY_LINE,
    EN_MONTH_DAY_YEAR,
    ISO_DATE,
    LISTED_ITEM,
    MONTH_FIRST_DATE,
    NAMED_MONTH_DAY_YEAR,
    NUMERIC_DATE,
    OPEN_NUMERIC_RANGE,
    PIVOT,
    QUOTED_DAY_DATE,
    SLASHED_ISO_DATE,
    SPACED_NUMERIC_DATE,
    TIME_AFTER,
    TO_WORD_AFTER,
    WORD_DATE,
)
from .readings import (
    GLUED_BANNER,
    MONTH_FIRST_NOT_GENITIVE,
    ROW_VALUE_OVER_MONTH,
    SPACED_MONTH_ONLY,
    NoDate,
    Rule,
)

Day = tuple[int | None, int, int]  # (year or None, month, day)


@dataclass(frozen=True)
class Atom:
    """One written date (or a range written as one unit, "20-25-ноябрь")."""

    start: int
    end: int
    first: Day
    last: Day
    case: str = "nominative"
    time: str | None = None
    # a badge's month over its day ("МАР" / "12"): a date only as the page's own
    badge: bool = False
    # a day of a list joined by hyphens alone ("5-6-7-июнда"): no range with another
    hyphen_listed: bool = False


# A month typed with two digits ("05"), as a date's is.
_TWO_DIGITS = 2


class InvalidDate(ValueError):
    pass


# A two-digit year ("24.10.17") is of this century below the pivot, else of the last.
_CENTURY = 100
_THIS_CENTURY, _LAST_CENTURY = 2000, 1900


def _full_year(year: int) -> int:
    if year < _CENTURY:
        return _THIS_CENTURY + year if year < PIVOT else _LAST_CENTURY + year
    return year


def checked_date(year: int | None, month: int, day: int) -> Day:
    if year is not None and not YEAR_MIN <= year <= YEAR_MAX:
        raise InvalidDate
    if not 1 <= month <= 12:
        raise InvalidDate
    # Without a year, 29 February is possible.
    if not 1 <= day <= calendar.monthrange(year if year is not None else 2000, month)[1]:
        raise InvalidDate
    return (year, month, day)


_DIGITS = rx.compile(r"\d{1,2}")


def _word_atoms(m: regex.Match[str]) -> list[Atom]:
    """The date of a match and, for "20 жана 21-ноябрда", the listed days before it."""
    main = _word_atom(m)
    if m["hlist"]:
        return _hyphen_listed(m, main)
    if not m["dlist"]:
        return _comma_listed(m, main)
    base, year, month = m.start("dlist"), main.first[0], main.first[1]
    listed = [
        Atom(
            base + item.start(),
            base + item.end(),
            checked_date(year, month, int(item["a"])),
            checked_date(year, month, int(item["b"] or item["a"])),
        )
        for item in LISTED_ITEM.finditer(m["dlist"])
    ]
    if not m["y1"]:  # the last day's own text; a year before the list stays in it
        main = replace(main, start=m.start("d"))
    return [*listed, main]


def _listed(days: list[tuple[int, int, int]], main: Atom) -> list[Atom]:
    """The listed days (start, end, day) in the month and year of `main`."""
    return [
        Atom(start, end, day := checked_date(main.first[0], main.first[1], n), day)
        for start, end, n in days
    ]


def _comma_listed(m: regex.Match[str], main: Atom) -> list[Atom]:
    """ "5, 6, 7-мартта", "2017-жылдын 20, 21-ноябрында": the days listed with commas
    alone before the date (they rise: "30, 5-мартта" is a number, then a date)."""
    if m["open"] or m["dfrom"] or m["y1"] or main.first != main.last:
        return [main]
    text = m.string
    found = COMMA_LIST_BEFORE.search(text, max(0, m.start() - COMMA_LIST_REACH), m.start())
    if found is None:
        return [main]
    start = found.start("clist")
    days = [
        (start + d.start(), start + d.end(), int(d.group()))
        for d in _DIGITS.finditer(found["clist"])
    ]
    if not _rising([n for _, _, n in days] + [main.first[2]]):
        return [main]
    if found["y1"] and main.first[0] is None:
        year = int(found["y1"])
        day = checked_date(year, main.first[1], main.first[2])
        main = replace(main, first=day, last=day)
        # the year's text goes with the first listed day: it is no period of its own
        first, *rest = _listed(days, main)
        return [replace(first, start=found.start()), *rest, main]
    return [*_listed(days, main), main]


def _hyphen_listed(m: regex.Match[str], main: Atom) -> list[Atom]:
    """ "5-6-7-июнда": three days or more joined by hyphens alone are a list of days, each
    a date, when they rise within the month ("5-7-июнда", two days, is a range); a year
    written before them goes with the first."""
    base = m.start("hlist")
    days = [
        (base + d.start(), base + d.end(), int(d.group())) for d in _DIGITS.finditer(m["hlist"])
    ]
    if not _rising([n for _, _, n in days] + [main.first[2]]):
        return []
    first, *rest = (replace(a, hyphen_listed=True) for a in _listed(days, main))
    if m["y1"]:
        first = replace(first, start=m.start())
    return [first, *rest, replace(main, start=m.start("d"), hyphen_listed=True)]


def _rising(days: list[int]) -> bool:
    """Days listed with commas only ("5, 6, 7-мартта") rise within the month."""
    return all(1 <= a < b for a, b in zip(days, days[1:], strict=False))


# A day glued to its month ("5мартында") is read only when the month has a case ending.
_NOT_GLUED_CASES = frozenset({"nominative", "ru_genitive"})


# The Kyrgyz cases a day and month take in a sentence ("5-мартта", "5-марттан"): a
# year after them says when only with its own "when" form ("5-мартта, 2024-жылы");
# "5-мартта 2024-жылдын бюджети" or "5-мартта 2024 тургун" is another phrase's number.
_SENTENCE_CASES = frozenset(
    {"locative", "ablative", "dative", "attributive", "genitive", "accusative"}
)
_WHEN_YEAR_CASES = frozenset({"nominative", "locative"})  # жылы, ж., жылда


def _year_after_inflected_day(month_case: str, year_word: str | None) -> bool:
    """Whether the year written after the month is the date's own."""
    if month_case not in _SENTENCE_CASES:
        return True
    return year_word is not None and year_case(year_word) in _WHEN_YEAR_CASES


def _word_atom(m: regex.Match[str]) -> Atom:
    atom = _word_atom_spanned(m)
    if m["dfrom_abl"] and atom.first == atom.last and not m["y1"]:
        # "5тен 7-июнда": no range, the day with the month alone
        return replace(atom, start=m.start("d"))
    return atom


def _ablative_first_day(m: regex.Match[str], month_case: str) -> str | None:
    """ "5-тен 7-июнга чейин": the first day said by its own ablative, when the last
    day closes the range (its dative, or чейин after it)."""
    if not m["dfrom_abl"]:
        return None
    if month_case == "dative" or TO_WORD_AFTER.match(m.string, m.end()):
        return m["dfrom_abl"]
    return None


def _banner_glued(m: regex.Match[str], case: str) -> bool:
    """A day glued to its month without a case ending, as a site's banner writes it
    ("23Февраль2020"); a Russian genitive glued to its day in prose ("5июня 2024 г.")
    is a date when no digit touches it."""
    if case == "ru_genitive":
        return m.string[m.end("m") : m.end("m") + 1].isdigit()
    return case in _NOT_GLUED_CASES


# A table's or a list's row of months (round 65): a month's label, its separator and its
# value closing the line ("Январь — 14", "март: 15", "май | 14"), and a month's label in the
# nominative opening the next row, its separator after it ("Февраль — 11"). A label that
# is no month ("Срок подачи: 14" / "февраля — последний день") makes no table of months:
# a date the width broke over two lines (revfix65). The separator between a row's label
# and its value: a dash, a colon, a column's bar or a tab.
_ROW_SEPARATOR = r"[ \t]{0,3}[—–:|\t-]"
_ROW_MONTH_LABEL_BEFORE = rx.compile(
    rf"(?<!\p{{L}})(?:{alternation(w for w, f in MONTH_FORMS.items() if f.case == 'nominative')})"
    rf"[.)]?{_ROW_SEPARATOR}[ \t]{{0,3}}$",
    regex.IGNORECASE,
)
_ROW_LABEL_AFTER = rx.compile(_ROW_SEPARATOR)


def _row_value_over_month(m: regex.Match[str]) -> bool:
    """Is the day a month's row's value at its line's end, and the month the next row's
    label (`dates.row_value_over_month`)? A year after the month makes the two lines a
    date broken over them; so does a month in a case no label takes ("14" / "февраля")."""
    if "\n" not in m["sep"] or m["y1"] or m["y2"] or month_form(m["m"]).case != "nominative":
        return False
    text = m.string
    line_start = text.rfind("\n", 0, m.start("d")) + 1
    before = text[line_start : m.start("d")]
    return (
        _ROW_MONTH_LABEL_BEFORE.search(before) is not None
        and _ROW_LABEL_AFTER.match(text, m.end("mword") if m["mword"] else m.end("m")) is not None
    )


def _word_atom_spanned(m: regex.Match[str]) -> Atom:
    form = month_form(m["m"])
    year_text = m["y1"] or m["y2"]
    if _row_value_over_month(m):
        # "Январь — 14" over "Февраль — 11": a table's rows, no date
        raise NoDate(ROW_VALUE_OVER_MONTH)
    glued = m["sep"] == ""
    if glued and _banner_glued(m, form.case):
        # "5мартында" lost its hyphen in prose, where a date takes a case ending, and
        # "5июня 2024 г." the space a Russian date has; "23Февраль2020" is a site's banner
        raise NoDate(GLUED_BANNER)
    spaced_only = "-" not in m["sep"] and not glued
    if spaced_only and not form.spaced and not (m["y1"] or m["y2"]):
        # "5 май" (5 of oil): only "5-май", "5 майында", "5 май 2020" or "2020-жылы 5
        # майда" is a date
        raise NoDate(SPACED_MONTH_ONLY)
    month_case = month_word_case(m["mword"]) if m["mword"] else form.case
    foreign_year = m["y2"] and not _year_after_inflected_day(month_case, m["yw2"])
    if foreign_year:
        year_text = m["y1"]
    year = int(year_text) if year_text else None
    day = int(m["d"])
    first_day = m["dfrom_ru"] or m["dfrom"] or _ablative_first_day(m, month_case)
    first = checked_date(year, form.month, int(first_day) if first_day else day)
    last = checked_date(year, form.month, day)
    if (m["y1"] and m["y2"]) or foreign_year:
        # The year was written before the day: a year after the month is another
        # phrase ("2020-жылдын 20-ноябрында 2021-жылга бюджет", a period).
        return Atom(
            m.start(), m.end("mword") if m["mword"] else m.end("m"), first, last, month_case
        )
    case = year_case(m["yw2"]) if m["yw2"] else month_case
    return Atom(m.start(), m.end(), first, last, case)


def _short_genitive(case: str, m: regex.Match[str]) -> bool:
    """ "мартын 28инде", "апрелин 5инде": the month's possessive with "н" (read as the
    accusative), the genitive "мартынын" shortened as pages write it, before a day that
    takes the possessive itself (its case ending or the possessive alone), not "күнү"."""
    return case == "accusative" and not m["day_word"]


def _month_first_atoms(m: regex.Match[str]) -> list[Atom]:
    form = month_form(m["m"])
    if form.case == "ru_genitive" or (
        form.case != "genitive" and not m["of"] and not _short_genitive(form.case, m)
    ):
        # "ноябрдын 20-күнү" or "Чын куран айынын 25-күнү", not "ноябрь 20-күнү"
        raise NoDate(MONTH_FIRST_NOT_GENITIVE)
    year = int(m["y1"]) if m["y1"] else None
    last = checked_date(year, form.month, int(m["d"]))
    first = checked_date(year, form.month, int(m["dfrom"])) if m["dfrom"] else last
    if m["day_word"]:
        case = day_word_case(m["day_word"])
    elif m["day_case"]:  # "март айынын 5-инде": the day number's own case ending
        case = DAY_POSSESSIVE_CASES[m["day_case"].casefold()]
    else:  # "март айынын 5-и": the day named
        case = "nominative"
    main = Atom(m.start(), m.end(), first, last, case)
    if not m["dlist"]:
        return [main]
    # "март айынын 5 жана 6-күндөрү": each listed day is a date; the month and the
    # year before the list go with the first
    base = m.start("dlist")
    days = [
        (base + d.start(), base + d.end(), int(d.group())) for d in _DIGITS.finditer(m["dlist"])
    ]
    listed = _listed(days, main)
    listed[0] = replace(listed[0], start=m.start())
    return [*listed, replace(main, start=m.start("d"))]


def _en_month_day_year_atoms(m: regex.Match[str]) -> list[Atom]:
    day = checked_date(int(m["y"]), month_form(m["m"]).month, int(m["d"]))
    return [Atom(m.start(), m.end(), day, day)]


def _en_month_day_line_atoms(m: regex.Match[str]) -> list[Atom]:
    """ "September 7" alone on its line: a day with no year."""
    day = checked_date(None, month_form(m["m"]).month, int(m["d"]))
    return [Atom(m.start(), m.end(), day, day)]


def _badge_atoms(m: regex.Match[str]) -> list[Atom]:
    day = checked_date(int(m["y"]) if m["y"] else None, month_form(m["m"]).month, int(m["d"]))
    return [Atom(m.start(), m.end(), day, day, badge=True)]


def _misspelt_atoms(m: regex.Match[str]) -> list[Atom]:
    """ "7-декбарда": a day and a month name one slip away from its spelling."""
    form = misspelt_month(m["w"])
    if form is None:
        return []
    if m["y1"] or not m["y2"] or not _year_after_inflected_day(form.case, m["yw2"]):
        # (a year after a day in a case is the next phrase's, as for a month spelt right)
        day = checked_date(int(m["y1"]) if m["y1"] else None, form.month, int(m["d"]))
        return [Atom(m.start(), m.end("w"), day, day, form.case)]
    day = checked_date(int(m["y2"]), form.month, int(m["d"]))
    case = year_case(m["yw2"]) if m["yw2"] else form.case
    return [Atom(m.start(), m.end(), day, day, case)]


def _numeric_atoms(m: regex.Match[str]) -> list[Atom]:
    return [_numeric_atom(m)]


def _open_numeric_range_atoms(m: regex.Match[str]) -> list[Atom]:
    """ "с 5.03 по 7.03.2024": the year written once serves both days ("с 28.05 по 02.06":
    none, both keep "--MM-DD")."""
    month, day = int(m["mfrom"]), int(m["dfrom"])
    if m["y"] is None:
        if len(m["mfrom"]) < _TWO_DIGITS:
            return []
        return [
            Atom(
                m.start(),
                m.end(),
                checked_date(None, month, day),
                checked_date(None, int(m["m"]), int(m["d"])),
            )
        ]
    year = int(m["y"])
    last = checked_date(year, int(m["m"]), int(m["d"]))
    first = checked_date(year - 1 if (month, day) > last[1:] else year, month, day)
    return [Atom(m.start(), m.end(), first, last)]


def _quoted_day_atoms(m: regex.Match[str]) -> list[Atom]:
    day = checked_date(int(m["y"]), int(m["m"]), int(m["d"]))
    case = year_case(m["yw"]) if m["yw"] else "nominative"
    return [Atom(m.start(), m.end(), day, day, case)]


def _iso_atoms(m: regex.Match[str]) -> list[Atom]:
    return [_iso_atom(m)]


def _dashed_atoms(m: regex.Match[str]) -> list[Atom]:
    day = checked_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return [Atom(m.start(), m.end(), day, day)]


def _numeric_atom(m: regex.Match[str]) -> Atom:
    year = _full_year(int(m["y"]))
    last = checked_date(year, int(m["m"]), int(m["d"]))
    first = last
    if m["dfrom"]:
        month = int(m["mfrom"]) if m["mfrom"] else last[1]
        # "28.12 - 03.01.2020": the first day falls in the year before
        first_year = year - 1 if (month, int(m["dfrom"])) > last[1:] else year
        first = checked_date(first_year, month, int(m["dfrom"]))
    if m["d2"]:
        first, last = last, checked_date(_full_year(int(m["y2"])), int(m["m2"]), int(m["d2"]))
    case = year_case(m["yw"]) if m["yw"] else "nominative"
    return Atom(m.start(), m.end(), first, last, case)


def _iso_atom(m: regex.Match[str]) -> Atom:
    day = checked_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return Atom(m.start(), m.end(), day, day)


FORMS = (
    (MONTH_FIRST_DATE, _month_first_atoms),
    (WORD_DATE, _word_atoms),
    (EN_MONTH_DAY_YEAR, _en_month_day_year_atoms),
    (NAMED_MONTH_DAY_YEAR, _en_month_day_year_atoms),
    (EN_MONTH_DAY_LINE, _en_month_day_line_atoms),
    (BADGE_MONTH_DAY, _badge_atoms),
    (OPEN_NUMERIC_RANGE, _open_numeric_range_atoms),
    (NUMERIC_DATE, _numeric_atoms),
    (SPACED_NUMERIC_DATE, _quoted_day_atoms),
    (QUOTED_DAY_DATE, _quoted_day_atoms),
    (ISO_DATE, _iso_atoms),
    (DOTTED_ISO_DATE, _iso_atoms),
    (SLASHED_ISO_DATE, _iso_atoms),
    (DASHED_DATE, _dashed_atoms),
    (DAY_AND_WORD, _misspelt_atoms),
    (DAY_MONTH_RANGE_DIGITS, day_month_range_atoms),
    (DAY_MONTH_DIGITS, day_month_atoms),
)


def find_atoms(
    text: str,
    warn: Callable[[str, int, int], None] | None = None,
    words: FormPlaces | None = None,
    runs: Runs | None = None,
    drop: Callable[[Rule, int, int], object] | None = None,
) -> list[Atom]:
    """Every written date of `text`, in text order; invalid ones reported to `warn`
    (the message, and the start and end of the date in `text`). `words`: where the
    forms' words begin (`word_starts`), or each form's own (`form_places`: from the
    document's token stream, word_starts.starts), when the caller has them; searched
    here when not given. `runs`: the text's runs of digits (TokenStream.digit_runs), read
    here when not given. `drop`: told the rule, start and end of each form read as no
    date where no date was found."""
    atoms: list[Atom] = []
    dropped: list[tuple[Rule, int, int]] = []
    taken = Cover()
    if runs is None:
        runs = [m.span() for m in DIGIT_RUN.finditer(text, None, None, False, rx.NOT_CONCURRENT)]
    words = word_starts(text) if words is None else words
    for pattern, build in FORMS:
        for m in form_matches(pattern, text, runs, words):
            if taken.overlaps(m.start(), m.end()):
                continue
            try:
                built = build(m)
            except InvalidDate:
                if warn is not None:
                    written = m.group()
                    start = m.start() + len(written) - len(written.lstrip())
                    end = m.end() - len(written) + len(written.rstrip())
                    warn(f"invalid date ignored: {written.strip()!r}", start, end)
                continue
            except NoDate as no:
                dropped.append((no.rule, m.start(), m.end()))
                continue
            if not built:
                continue
            *listed, atom = built
            time = TIME_AFTER.match(text, atom.end)
            if time and atom.first == atom.last:
                atom = replace(atom, end=time.end(), time=f"{int(time['h']):02d}:{time['mi']}")
            atoms.extend([*listed, atom])
            taken.add(m.start(), atom.end)
    atoms.sort(key=lambda a: (a.start, a.end))
    for rule, start, end in dropped:
        if drop is not None and not taken.overlaps(start, end):
            drop(rule, start, end)
    return atoms


def iso(day: Day) -> str:
    year, month, d = day
    return f"{year:04d}-{month:02d}-{d:02d}" if year is not None else f"--{month:02d}-{d:02d}"


def month_day(value: str) -> tuple[int, int]:
    """The month and day of a "--MM-DD" value, a date without its year (`iso` of a day
    with no year)."""
    return int(value[2:4]), int(value[5:7])
