"""Day-level dates and date ranges (Kyrgyz and Russian) and the document's own date.

Forms: "2017-жылдын 25-октябры", "2020-жылдын 9-мартында", "21-ноябрь",
"25-октябрь 2017-ж.", "12.03.2020 09:50", "24.10.17", "2021-05-24",
"20 ноября 2017 года", "20.11.2017-ж.", traditional months ("5-Жетинин айы").
Ranges are one record: "2017-жылдын 20-ноябрынан 25-декабрына чейин" (ablative ...
dative + чейин), "20-25-ноябрь", "с 20 по 25 ноября", "20-25 ноября 2017 г.".

The text is first cut into date atoms (one regex per written form); neighbouring
atoms then join into ranges by the markers of lexicon/dates.yaml. A date without
a year keeps "--MM-DD" here; `fill_missing_years` (a resolve step) settles it.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace

import regex

from .. import gazetteer
from ..context import Context
from ..models import DateMention, DateRole
from ..segment import Line
from .dategrammar import (
    DAY_WORD_RE,
    LEX,
    MONTH_GENITIVE_WORD_RE,
    MONTH_RE,
    YEAR4,
    YEAR_BEFORE_DAY_RE,
    YEAR_MAX,
    YEAR_MIN,
    YEAR_WORD_RE,
    alternation,
    day_word_case,
    month_form,
    year_case,
)

# Bounded quantifiers everywhere: linear on runs of digits, dashes and spaces.
_DAY = r"[0-3]?\d"
_NOT_BEFORE = r"(?<![\p{L}\d.,/:])(?<!\d\s{0,2}-)"

# "2017-жылдын 20-25-ноябрында", "с 20 по 25 ноября 2017 года", "5 Октябрь 2020".
WORD_DATE = regex.compile(
    rf"(?=[\"']?\d|{alternation(LEX['range_open_ru'])}\s)"  # a cheap guard: digit or "с" first
    + _NOT_BEFORE
    + rf"(?:(?P<y1>{YEAR4})\s{{0,2}}-?\s{{0,2}}{YEAR_BEFORE_DAY_RE}(?!\p{{L}}),?\s{{1,3}})?"
    # listed days, "20 жана 21-": atomic, so a run of "1, 1, 1" is read once (linear)
    + rf"(?:(?P<dlist>(?>{_DAY}(?:\s{{0,2}},\s{{0,2}}{_DAY}){{0,6}}))"
    + rf",?\s{{1,3}}{alternation(LEX['day_list_words'])}\s{{1,3}}(?=[\"']?\d))?"
    + rf"(?:(?P<open>{alternation(LEX['range_open_ru'])})\s{{1,3}}(?P<dfrom_ru>{_DAY})\s{{1,3}}"
    + rf"{alternation(LEX['range_join_ru'])}\s{{1,3}}"
    + rf"|(?P<dfrom>{_DAY})\s{{0,2}}-\s{{0,2}}(?=\d))?"
    + rf"[\"']?(?P<d>{_DAY})[\"']?(?P<sep>\s{{0,2}}-\s{{0,2}}|\s{{1,3}})(?P<m>{MONTH_RE})(?!\p{{L}})"
    # a year after the month, unless it opens the next date ("... 2020-жылдын 5-январына")
    # (a resolution's header may pad the year far off: "02-декабрь      2022-жыл")
    + rf"(?:(?:,?\s{{1,3}}|[ \t]{{4,12}}(?={YEAR4}\s{{0,2}}-?\s{{0,2}}{YEAR_WORD_RE}(?!\p{{L}})))"
    + rf"(?P<y2>{YEAR4})(?!\d|\s{{0,2}}-\s{{0,2}}\d)"
    + rf"(?!\s{{0,2}}-?\s{{0,2}}{YEAR_BEFORE_DAY_RE},?\s{{1,3}}\d)"
    + rf"(?:\s{{0,2}}-?\s{{0,2}}(?P<yw2>{YEAR_WORD_RE})(?!\p{{L}}))?)?",
    regex.IGNORECASE,
)
# "Чын куран айынын 25-26-күндөрү", "2017-жылдын ноябрынын 20-күнү": month, then day + "күн".
MONTH_FIRST_DATE = regex.compile(
    r"(?<![\p{L}\d])"
    + rf"(?:(?P<y1>{YEAR4})\s{{0,2}}-?\s{{0,2}}{YEAR_BEFORE_DAY_RE}\s{{1,3}})?"
    + rf"(?P<m>{MONTH_RE})(?:\s{{1,3}}(?P<of>{MONTH_GENITIVE_WORD_RE}))?\s{{1,3}}"
    + rf"(?:(?P<dfrom>{_DAY})\s{{0,2}}-\s{{0,2}})?(?P<d>{_DAY})\s{{0,2}}-\s{{0,2}}"
    + rf"(?P<day_word>{DAY_WORD_RE})(?!\p{{L}})",
    regex.IGNORECASE,
)
# "12.03.2020", "24.10.17", "20.11.2017-ж.", "20-25.11.2017", "20.11.2017 - 25.11.2017".
NUMERIC_DATE = regex.compile(
    r"(?=\d)(?<![\d.,/:])(?<!\d-)"
    r"(?:(?P<dfrom>[0-3]?\d)\s{0,2}-\s{0,2}(?=\d{1,2}[./]))?"
    r"(?P<d>\d{1,2})(?P<s>[./])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?!\d|[.,/]\d)"
    r"(?:\s{0,3}-\s{0,3}(?P<d2>\d{1,2})(?P=s)(?P<m2>\d{1,2})(?P=s)(?P<y2>\d{4}|\d{2})(?!\d|[.,/]\d))?"
    + rf"(?:\s{{0,2}}-?\s{{0,2}}(?P<yw>{YEAR_WORD_RE})(?!\p{{L}}))?",
    regex.IGNORECASE,
)
# "05-07-2025" (a site's date line): with hyphens only with a four-digit year, so
# that a phone's "62-11-45" is never read as a date.
DASHED_DATE = regex.compile(
    rf"(?=\d)(?<![\d.,/:-])(?P<d>[0-3]?\d)-(?P<m>[01]?\d)-(?P<y>{YEAR4})(?!\d|-\d)"
)
# "2021-05-24".
ISO_DATE = regex.compile(
    rf"(?=\d)(?<![\d.,/:-])(?P<y>{YEAR4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d|-\d)",
)
# A time right after a date: "12.03.2020 09:50", "9-мартта саат 10:00".
TIME_AFTER = regex.compile(
    r"(?:,?\s{1,3}(?:саат|в|at)\s{1,3}|,?\s{1,3}|T)(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?!\d)",
    regex.IGNORECASE,
)

_FROM_WORDS = alternation(LEX["range_from_words"])
_TO_WORDS = alternation(LEX["range_to_words"])
# Between an ablative start and its end: spaces, maybe "баштап".
RANGE_GAP_KY = regex.compile(rf"\s{{1,3}}(?:{_FROM_WORDS}\s{{1,3}})?", regex.IGNORECASE)
RANGE_GAP_RU = regex.compile(
    rf"\s{{1,3}}{alternation(LEX['range_join_ru'])}\s{{1,3}}", regex.IGNORECASE
)
RANGE_GAP_DASH = regex.compile(r"\s{0,3}-\s{0,3}")
RANGE_OPEN_RU_BEFORE = regex.compile(
    rf"(?:^|[^\p{{L}}]){alternation(LEX['range_open_ru'])}\s{{1,3}}$", regex.IGNORECASE
)
TO_WORD_AFTER = regex.compile(rf"\s{{1,3}}{_TO_WORDS}(?!\p{{L}})", regex.IGNORECASE)
DEADLINE_BEFORE_RU = regex.compile(
    rf"(?:^|[^\p{{L}}]){alternation(LEX['deadline_before_ru'])}\s{{1,3}}$", regex.IGNORECASE
)
DEADLINE_LABEL_BEFORE = regex.compile(
    rf"(?<!\p{{L}}){alternation(LEX['deadline_labels'])}\s{{0,3}}[:\-]?\s{{0,3}}$", regex.IGNORECASE
)
DEADLINE_CUE = regex.compile(r"(?<!\p{L})" + alternation(LEX["deadline_cues"]), regex.IGNORECASE)
# Within the next two words on the same line: "2011-жылдын 15-июлундагы №101 Мыйзамы".
OTHER_AFTER = regex.compile(
    r"[ \t,)]{0,3}(?:\S{1,30}[ \t]{1,3}){0,2}?" + alternation(LEX["other_cues_after"]),
    regex.IGNORECASE,
)
OTHER_BEFORE_RU = regex.compile(
    rf"(?:^|[^\p{{L}}]){alternation(LEX['other_before_ru'])}\s{{1,3}}$", regex.IGNORECASE
)
CHROME = regex.compile(alternation(LEX["page_chrome_words"]), regex.IGNORECASE)
ISSUED_LINE_WORDS = regex.compile(
    r"(?<!\p{L})" + alternation(LEX["issued_line_words"]) + r"(?!\p{L})", regex.IGNORECASE
)
# A dateline or signature before the date: a short phrase without digits, then a
# comma, from the start of the line ("Нарын шаары, ", "Пресс-служба ГАМСУМО, ").
DATELINE_BEFORE = regex.compile(r"^\s{0,20}\p{L}[^\d\n|,]{0,45}(?:,[^\d\n|,]{1,30}){0,2},\s{0,3}$")
# After a dateline's date: the end of the line or a full stop, dash or colon.
DATELINE_AFTER = regex.compile(r"\s{0,3}(?:$|[.:\-])")
MASTHEAD_BEFORE = regex.compile(r"(?:№|N)\s{0,2}\d{1,5}(?:\s{0,2}\(\d{1,6}\))?[\s,]{0,3}$")
ISSUED_VERB_AFTER = regex.compile(
    rf"\s{{1,3}}{alternation(LEX['issued_verbs_after'])}(?!\p{{L}})", regex.IGNORECASE
)
# A banner's weekday opens the line or stands between commas: "Шейшемби, 14-май".
_WEEKDAYS = alternation(LEX["weekdays"])
WEEKDAY = regex.compile(
    rf"^\s{{0,10}}{_WEEKDAYS}\s{{0,2}},|,\s{{0,2}}{_WEEKDAYS}\s{{0,2}}[,|]", regex.IGNORECASE
)
MASTHEAD_OPENER = regex.compile(
    rf"{alternation(LEX['masthead_openers'])}(?!\p{{L}})", regex.IGNORECASE
)
CLOCK = regex.compile(r"(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")
TODAY_LABEL = regex.compile(
    rf"(?<!\p{{L}}){alternation(LEX['today_labels'])}\s{{0,2}}:", regex.IGNORECASE
)
# " date 2025-08-21 ...": a label, then the date, at the very start of the text.
_CLOCK_BEFORE = r"(?:[01]?\d|2[0-3]):[0-5]\d\s{0,2},?\s{0,3}"
OPENING_LABEL = regex.compile(
    rf"^\s{{0,10}}(?:{alternation(LEX['issued_opening_labels'])}\s{{0,2}}:?\s{{0,3}}"
    rf"(?:{_CLOCK_BEFORE})?|{_CLOCK_BEFORE})$",
    regex.IGNORECASE,
)
# After the date of a posting line: a separator cell or a byline.
_POSTING_SEPARATORS = "|".join(
    regex.escape(s) for s in sorted(LEX["posting_line_separators"], key=len, reverse=True)
)
POSTING_AFTER = regex.compile(
    rf"[ \t,]{{0,3}}(?:(?:{_POSTING_SEPARATORS})[ \t]{{0,3}}\S"
    rf"|{alternation(LEX['byline_labels'])}(?!\p{{L}}))",
    regex.IGNORECASE,
)
# A news dateline's place, then a comma or full stop: "Бишкек, ", "БИШКЕК, ", "Ош. ".
_CITY_WORDS: int = LEX["dateline_max_city_words"]
NEWS_DATELINE_BEFORE = regex.compile(
    rf"^\s{{0,10}}(?P<city>\p{{Lu}}[\p{{L}}-]{{0,30}}(?:\s\p{{L}}[\p{{L}}-]{{0,30}}){{0,{_CITY_WORDS - 1}}})"
    r"\s{0,2}[,.]\s{0,3}$"
)
# After a news dateline's date: the end of the line, a full stop, a dash, the agency "/".
NEWS_DATELINE_AFTER = regex.compile(r"[ \t]{0,3}(?:$|[.:/\-\u2013\u2014])")
_MENU_GAP: int = LEX["issued_menu_gap"]
# Between the items of a menu line: "|", "/", "·", "›", "»" or a wide gap of spaces
# (not a tab: tab-separated lines are table rows).
MENU_SEP = regex.compile(rf"[ ]{{0,3}}[|/·›»][ ]{{0,3}}|[ ]{{{_MENU_GAP},}}")
_MENU_ITEM_MAX: int = LEX["issued_menu_item_max"]
_WIDE_GAP = regex.compile(rf"[ ]{{{_MENU_GAP},}}")
_HEADER_SCAN_LINES: int = LEX["issued_header_scan_lines"]
# Words of page furniture: currency codes of a rate table and the label of a clock.
BARE_WORDS = regex.compile(
    rf"(?<!\p{{L}}){alternation(LEX['furniture_words'])}(?!\p{{L}})", regex.IGNORECASE
)
_LETTER = regex.compile(r"\p{L}")

_PIVOT: int = LEX["two_digit_year_pivot"]
_HEADER_LINES: int = LEX["issued_header_lines"]
_HEADER_LONG_LINE: int = LEX["issued_header_long_line"]
_ISSUED_LINE_MAX: int = LEX["issued_line_max"]
_FOOTER_LINES: int = LEX["issued_footer_lines"]
_BANNER_MAX: int = LEX["banner_max_length"]
_MAX_OTHER_LETTERS: int = LEX["issued_max_other_letters"]
_WINDOW = 200  # characters of context read around a date for its role

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


class InvalidDate(ValueError):
    pass


def _full_year(year: int) -> int:
    if year < 100:
        return 2000 + year if year < _PIVOT else 1900 + year
    return year


def _checked(year: int | None, month: int, day: int) -> Day:
    if year is not None and not YEAR_MIN <= year <= YEAR_MAX:
        raise InvalidDate
    if not 1 <= month <= 12:
        raise InvalidDate
    # Without a year, 29 February is possible.
    if not 1 <= day <= calendar.monthrange(year if year is not None else 2000, month)[1]:
        raise InvalidDate
    return (year, month, day)


_DIGITS = regex.compile(r"\d{1,2}")


def _word_atoms(m: regex.Match[str]) -> list[Atom]:
    """The date of a match and, for "20 жана 21-ноябрда", the listed days before it."""
    main = _word_atom(m)
    if main is None or not m["dlist"]:
        return [main] if main is not None else []
    listed = [
        Atom(
            m.start("dlist") + d.start(),
            m.start("dlist") + d.end(),
            day := _checked(main.first[0], main.first[1], int(d.group())),
            day,
        )
        for d in _DIGITS.finditer(m["dlist"])
    ]
    if not m["y1"]:  # the last day's own text; a year before the list stays in it
        main = replace(main, start=m.start("d"))
    return [*listed, main]


def _word_atom(m: regex.Match[str]) -> Atom | None:
    form = month_form(m["m"])
    year_text = m["y1"] or m["y2"]
    spaced_only = "-" not in m["sep"]
    if spaced_only and not form.spaced and not m["y2"]:
        return None  # "5 май" (5 of oil): only "5-май" or "5 май 2020" is a date
    year = int(year_text) if year_text else None
    day = int(m["d"])
    first_day = m["dfrom_ru"] or m["dfrom"]
    first = _checked(year, form.month, int(first_day) if first_day else day)
    last = _checked(year, form.month, day)
    if m["y1"] and m["y2"]:
        # The year was written before the day: a year after the month is another
        # phrase ("2020-жылдын 20-ноябрында 2021-жылга бюджет", a period).
        return Atom(m.start(), m.end("m"), first, last, form.case)
    case = year_case(m["yw2"]) if m["yw2"] else form.case
    return Atom(m.start(), m.end(), first, last, case)


def _month_first_atoms(m: regex.Match[str]) -> list[Atom]:
    form = month_form(m["m"])
    if form.case == "ru_genitive" or (form.case != "genitive" and not m["of"]):
        return []  # "ноябрдын 20-күнү" or "Чын куран айынын 25-күнү", not "ноябрь 20-күнү"
    year = int(m["y1"]) if m["y1"] else None
    last = _checked(year, form.month, int(m["d"]))
    first = _checked(year, form.month, int(m["dfrom"])) if m["dfrom"] else last
    return [Atom(m.start(), m.end(), first, last, day_word_case(m["day_word"]))]


def _numeric_atoms(m: regex.Match[str]) -> list[Atom]:
    return [_numeric_atom(m)]


def _iso_atoms(m: regex.Match[str]) -> list[Atom]:
    return [_iso_atom(m)]


def _dashed_atoms(m: regex.Match[str]) -> list[Atom]:
    day = _checked(int(m["y"]), int(m["m"]), int(m["d"]))
    return [Atom(m.start(), m.end(), day, day)]


def _numeric_atom(m: regex.Match[str]) -> Atom:
    year = _full_year(int(m["y"]))
    last = _checked(year, int(m["m"]), int(m["d"]))
    first = _checked(year, last[1], int(m["dfrom"])) if m["dfrom"] else last
    if m["d2"]:
        first, last = last, _checked(_full_year(int(m["y2"])), int(m["m2"]), int(m["d2"]))
    case = year_case(m["yw"]) if m["yw"] else "nominative"
    return Atom(m.start(), m.end(), first, last, case)


def _iso_atom(m: regex.Match[str]) -> Atom:
    day = _checked(int(m["y"]), int(m["m"]), int(m["d"]))
    return Atom(m.start(), m.end(), day, day)


_FORMS = (
    (MONTH_FIRST_DATE, _month_first_atoms),
    (WORD_DATE, _word_atoms),
    (NUMERIC_DATE, _numeric_atoms),
    (ISO_DATE, _iso_atoms),
    (DASHED_DATE, _dashed_atoms),
)


class Intervals:
    """Disjoint [start, end) intervals (overlapping ones merge); overlap test in O(log n)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.ends[i - 1] > start:
            return True
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        """Add [start, end), merged with the intervals it overlaps."""
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.ends[i - 1] > start:
            i -= 1
            start = self.starts[i]
        j = i
        while j < len(self.starts) and self.starts[j] < end:
            end = max(end, self.ends[j])
            j += 1
        self.starts[i:j] = [start]
        self.ends[i:j] = [end]


def find_atoms(text: str, warn=None) -> list[Atom]:
    """Every written date of `text`, in text order; invalid ones reported to `warn`."""
    atoms: list[Atom] = []
    taken = Intervals()
    for pattern, build in _FORMS:
        for m in pattern.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            try:
                built = build(m)
            except InvalidDate:
                if warn is not None:
                    warn(f"invalid date ignored: {m.group().strip()!r}")
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
    return atoms


def _before(day: Day, other: Day) -> bool:
    return (day[1], day[2]) < (other[1], other[2])


def _join(a: Atom, b: Atom, text: str) -> Atom | None:
    """The range a..b when the text between and around them makes one."""
    if a.first != a.last or b.first != b.last or b.start - a.end > 40:
        return None
    gap = text[a.end : b.start]
    start = a.start
    if a.case == "ablative" and RANGE_GAP_KY.fullmatch(gap):
        if b.case != "dative" and not TO_WORD_AFTER.match(text, b.end):
            return None
    elif RANGE_GAP_RU.fullmatch(gap):
        opener = RANGE_OPEN_RU_BEFORE.search(text, max(0, a.start - 6), a.start)
        if not opener:
            return None
        start = opener.start() + (0 if opener.group()[0].isalpha() else 1)
    elif not RANGE_GAP_DASH.fullmatch(gap):
        return None
    first, last = a.first, b.last
    # A year written once serves both ends; a range never runs backwards.
    if first[0] is None and last[0] is not None:
        first = (last[0] - 1 if _before(last, first) else last[0], first[1], first[2])
    elif last[0] is None and first[0] is not None:
        last = (first[0] + 1 if _before(last, first) else first[0], last[1], last[2])
    if first[0] is not None and (first[0], first[1], first[2]) > (last[0], last[1], last[2]):
        return None
    end = b.end
    to_word = TO_WORD_AFTER.match(text, end)
    if to_word:
        end = to_word.end()
    return Atom(start, end, first, last, b.case)


def iso(day: Day) -> str:
    year, month, d = day
    return f"{year:04d}-{month:02d}-{d:02d}" if year is not None else f"--{month:02d}-{d:02d}"


def _sentence(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """The sentence (or clause) around [start, end), from the segment stage's ends, at
    most _WINDOW characters each side."""
    left = max(0, start - _WINDOW)
    ends = ctx.segments.clause_ends
    k = bisect.bisect_left(ends, start)
    s = max(ends[k - 1] + 1 if k else 0, left)
    right = min(len(ctx.text), end + _WINDOW)
    after = ctx.segments.sentence_break(end, right, clauses=True)
    return s, (after + 1 if after is not None else right)


def _role(atom: Atom, ctx: Context) -> DateRole:
    text = ctx.text
    s, e = _sentence(ctx, atom.start, atom.end)
    before = text[max(s, atom.start - 20) : atom.start]
    if OTHER_AFTER.match(text, atom.end, min(e + 1, atom.end + 60)) or OTHER_BEFORE_RU.search(
        before
    ):
        return "other"
    if atom.first != atom.last:
        return "event"
    # "15-ноябрга чейин тапшыруу": by a day, and the sentence says what is due.
    if TO_WORD_AFTER.match(text, atom.end) and DEADLINE_CUE.search(text, s, e):
        return "deadline"
    if DEADLINE_BEFORE_RU.search(before) or DEADLINE_LABEL_BEFORE.search(before):
        return "deadline"  # "до 20 ноября", "Акыркы мөөнөт: 15-ноябрь"
    return "event"


def chrome_lines(ctx: Context) -> list[tuple[int, int]]:
    """Lines of page chrome (a site's clock banner, related-news links, a paper's
    founding line): no date or period there is content."""
    lines = ctx.segments.lines
    out: list[tuple[int, int]] = []
    for k, ln in enumerate(lines):
        short = len(ln.stripped) <= _BANNER_MAX
        if CHROME.search(ln.text) or (
            short
            and ((WEEKDAY.search(ln.text) and CLOCK.search(ln.text)) or TODAY_LABEL.search(ln.text))
        ):
            out.append((ln.start, ln.end))
        elif short and MASTHEAD_OPENER.match(ln.stripped):
            # A founding line may wrap: "Основана 23 марта" / "1925 года".
            nxt = lines[k + 1] if k + 1 < len(lines) else None
            wrapped = nxt is not None and 0 < len(nxt.stripped) <= _BANNER_MAX
            out.append((ln.start, nxt.end if wrapped and nxt else ln.end))
    return out


def _menu_line(line: Line) -> bool:
    """A web page's menu or breadcrumb: short items between separators
    ("Бишкек | Ош | Баткен", "Аймактар / Жалал-Абад", "Башкы бет   Жаңылыктар")."""
    if len(line.stripped) > _BANNER_MAX:
        return False
    items = MENU_SEP.split(line.stripped)
    return len(items) >= 2 and all(len(item) <= _MENU_ITEM_MAX for item in items)


def _alone(text: str, line: Line, atom: Atom) -> bool:
    """The date is alone in its line or in its "|" cell, or follows a dateline or
    an issue number: "12.03.2020 09:50", "Новости | 05.10.2021 16:42",
    "Нарын шаары, 2023-жылдын 6-марты.", "бюллетени № 3 (45), 2021-жылдын 31-марты"."""
    cell_start = text.rfind("|", line.start, atom.start) + 1 or line.start
    cell_end = text.find("|", atom.end, line.end)
    cell_end = line.end if cell_end < 0 else cell_end
    before, after = text[cell_start : atom.start], text[atom.end : cell_end]
    # A wide gap of spaces parts cells too: "Баш-Кайыңды айылы      18 — ноябрь 2019 — жыл".
    for before_cell, after_cell in (
        (before, after),
        (_WIDE_GAP.split(before)[-1], _WIDE_GAP.split(after)[0]),
    ):
        rest = ISSUED_LINE_WORDS.sub(" ", before_cell + " " + after_cell)
        if len(_LETTER.findall(rest)) <= _MAX_OTHER_LETTERS:
            return True
    if DATELINE_BEFORE.match(text[line.start : atom.start]) and (
        DATELINE_AFTER.match(after) or text[atom.end - 1] == "."
    ):
        return True
    return bool(MASTHEAD_BEFORE.search(before))


def _issued_index(ctx: Context, atoms: list[Atom]) -> int | None:
    """The atom that is the document's own date (see lexicon/dates.yaml)."""
    text = ctx.text
    full = [i for i, a in enumerate(atoms) if a.first == a.last and a.first[0] is not None]
    lines = [ln for ln in ctx.segments.lines if ln.stripped]
    scan = lines[:_HEADER_SCAN_LINES]
    found = _labelled_opening(text, scan, atoms, full)
    if found is None:
        found = _posting_line(text, scan, atoms, full)
    if found is None and full and lines:
        # the page's posting date, over a resolution's own date line below it
        found = _run_into_title(text, lines[0], atoms, full)
    if found is None and full:
        found = _in_header_or_footer(ctx, lines, atoms, full)
    if found is None:
        found = _news_dateline(text, scan, atoms)
    return found


def _run_into_title(text: str, first: Line, atoms: list[Atom], full: list[int]) -> int | None:
    """ "Айылдык кеңештин токтомдору 18.08.2023": a written-out numeric date ends the
    first line (a page title with its posting date run in)."""
    for i in full:
        atom = atoms[i]
        if not (first.start < atom.start and atom.end <= first.end):
            continue
        if NUMERIC_DATE.match(text, atom.start, atom.end) and not text[atom.end : first.end].strip(
            " .\t"
        ):
            return i
    return None


def _starting(text: str, line: Line, atoms: list[Atom], chosen: list[int]) -> Iterator[int]:
    """The chosen atoms on `line`, in order, whose date lies in its first characters."""
    for i in chosen:
        atom = atoms[i]
        if line.start <= atom.start < min(line.end, line.start + _BANNER_MAX):
            yield i


def _labelled_opening(
    text: str, scan: list[Line], atoms: list[Atom], full: list[int]
) -> int | None:
    """ " date 2025-08-21 <the article>", "Дата: 13:36, 05-07-2025.", "14:31, 10
    февраля 2022, Бишкек": a label or a clock, then the date, open a line."""
    for line in scan:
        for i in _starting(text, line, atoms, full):
            if OPENING_LABEL.match(text[line.start : atoms[i].start]):
                return i
    return None


def _posting_line(text: str, scan: list[Line], atoms: list[Atom], full: list[int]) -> int | None:
    """ "2014-09-11 / Жаңылыктар", "25.04.2019 Выкл. Автор site.kg": a date opens the
    line, a separator or a byline follows it."""
    for line in scan:
        for i in _starting(text, line, atoms, full):
            atom = atoms[i]
            if text[line.start : atom.start].strip():
                break  # the date does not open the line
            if POSTING_AFTER.match(text, atom.end, line.end):
                return i
    return None


def _news_datelines(text: str, scan: list[Line], atoms: list[Atom]) -> Iterator[int]:
    """ "Бишкек, 21.11.22. /Кабар/.", "БИШКЕК, 22 апр — Sputnik.": a city of the
    gazetteer and the day open a line; the year may be left out."""
    single = [i for i, a in enumerate(atoms) if a.first == a.last]
    for line in scan:
        for i in _starting(text, line, atoms, single):
            atom = atoms[i]
            before = NEWS_DATELINE_BEFORE.match(text[line.start : atom.start])
            if not before or not NEWS_DATELINE_AFTER.match(text, atom.end, line.end):
                continue
            if gazetteer.default().lookup(before.group("city"), level="city"):
                yield i


def _news_dateline(text: str, scan: list[Line], atoms: list[Atom]) -> int | None:
    return next(_news_datelines(text, scan, atoms), None)


def _repeats_of_issued(ctx: Context, atoms: list[Atom], issued: int | None) -> set[int]:
    """A news dateline that repeats the day of the issued date ("Дата: 05-07-2025" and
    then "Бишкек. 5 июля. КирТАГ —") is the issued line again, not an event."""
    if issued is None:
        return set()
    year, month, day = atoms[issued].first
    scan = [ln for ln in ctx.segments.lines if ln.stripped][:_HEADER_SCAN_LINES]
    return {
        i
        for i in _news_datelines(ctx.text, scan, atoms)
        if atoms[i].first[1:] == (month, day) and atoms[i].first[0] in (None, year)
    }


def _header(ctx: Context, lines: list[Line]) -> list[Line]:
    """The first lines of the text, past a page's banner, menus and rate tables."""
    chrome = {start for start, _ in chrome_lines(ctx)}
    header: list[Line] = []
    counted = 0
    for line in lines[:_HEADER_SCAN_LINES]:
        if counted >= _HEADER_LINES:
            break
        header.append(line)
        if len(line.stripped) > _HEADER_LONG_LINE:
            break  # prose has begun
        if line.start not in chrome and not _menu_line(line) and not _bare_line(line):
            counted += 1  # a page's banner and menus come before the header proper
    return header


def _bare_line(line: Line) -> bool:
    """A line of page furniture with no word of its own: a currency rate ("86.55",
    "USD"), a counter ("1299"), a clock ("Убакыт: 11:26")."""
    rest = BARE_WORDS.sub(" ", line.stripped)
    return not _LETTER.search(rest)


def _in_header_or_footer(
    ctx: Context, lines: list[Line], atoms: list[Atom], full: list[int]
) -> int | None:
    text = ctx.text
    header = _header(ctx, lines)
    footer = lines[max(len(header), len(lines) - _FOOTER_LINES) :]
    # Long lines are prose; skipping them also keeps this linear in the text's length.
    header = [line for line in header if len(line.text) <= _ISSUED_LINE_MAX]
    footer = [line for line in footer if len(line.text) <= _ISSUED_LINE_MAX]
    for line in header:
        if line.stripped.startswith("|") or line.stripped.endswith("|"):
            continue  # a table row: its dates are schedule rows
        for i in full:
            atom = atoms[i]
            if line.start <= atom.start and atom.end <= line.end and _alone(text, line, atom):
                return i
    for i in full:
        if ISSUED_VERB_AFTER.match(text, atoms[i].end):
            return i
    lone_dates = sum(1 for atom in atoms if _fills_line(text, atom))
    for line in footer:
        for i in full:
            atom = atoms[i]
            if not (line.start <= atom.start and atom.end <= line.end):
                continue
            if text[atom.end : line.end].strip(" .\t"):
                continue
            before = text[line.start : atom.start]
            if DATELINE_BEFORE.match(before):
                return i
            # Alone on its line under a signature: not the value of a label line,
            # not one of a column of dates (a schedule table).
            if lone_dates == 1 and not before.strip() and not _label_line_before(lines, line):
                return i
    return None


def _fills_line(text: str, atom: Atom) -> bool:
    """Whether the date stands alone on its line ("16.02.2015", "30 ноября 2020 г.")."""
    # Bounded look-around: a long line is prose anyway (and this stays linear).
    window_start = max(0, atom.start - _ISSUED_LINE_MAX)
    line_start = text.rfind("\n", window_start, atom.start) + 1 or window_start
    window_end = min(len(text), atom.end + _ISSUED_LINE_MAX)
    line_end = text.find("\n", atom.end, window_end)
    after = text[atom.end : window_end if line_end < 0 else line_end]
    return not text[line_start : atom.start].strip() and not after.strip(" .\t")


def _label_line_before(lines: list[Line], line: Line) -> bool:
    """Whether the non-empty line before `line` ends with a colon ("Мөөнөтү:")."""
    index = next((k for k, ln in enumerate(lines) if ln.start == line.start), 0)
    return index > 0 and lines[index - 1].stripped.endswith(":")


def extract(ctx: Context) -> None:
    text = ctx.text
    chrome = chrome_lines(ctx)
    atoms = [a for a in find_atoms(text, ctx.warn) if not any(s <= a.start < e for s, e in chrome)]
    joined: list[Atom] = []
    i = 0
    while i < len(atoms):
        rng = _join(atoms[i], atoms[i + 1], text) if i + 1 < len(atoms) else None
        if rng is not None:
            joined.append(rng)
            i += 2
        else:
            atom = atoms[i]
            # A single range atom ("20-25-ноябрь") may still close with чейин.
            to_word = TO_WORD_AFTER.match(text, atom.end)
            if to_word and atom.first != atom.last:
                atom = replace(atom, end=to_word.end())
            joined.append(atom)
            i += 1
    issued = _issued_index(ctx, joined)
    repeats = _repeats_of_issued(ctx, joined, issued)
    mentions: list[DateMention] = []
    for i, atom in enumerate(joined):
        role: DateRole = "issued" if i == issued or i in repeats else _role(atom, ctx)
        quote, span = ctx.quote(atom.start, atom.end)
        mentions.append(
            DateMention(
                start=iso(atom.first),
                end=iso(atom.last),
                role=role,
                text=quote,
                span=span,
                time=atom.time,
            )
        )
        if i == issued:
            ctx.issued = iso(atom.first)
    ctx.dates = mentions


# --- resolve step: years of dates written without one ---------------------------------


def _parse_iso(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, ref: dt.date) -> int:
    """The year that puts --MM-DD nearest to the reference date."""
    best: tuple[int, int] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            distance = abs((dt.date(year, month, day) - ref).days)
        except ValueError:  # 29 February of a common year
            continue
        if best is None or distance < best[0]:
            best = (distance, year)
    if best is None:
        raise InvalidDate
    return best[1]


def _next_year(month: int, day: int, ref: dt.date) -> int:
    """The year that puts --MM-DD on or after the reference date."""
    for year in (ref.year, ref.year + 1, ref.year + 4):  # +4: 29 February
        try:
            if dt.date(year, month, day) >= ref:
                return year
        except ValueError:
            continue
    raise InvalidDate


_SENTENCE_YEAR = regex.compile(
    rf"^{YEAR4}\s{{0,2}}-?\s{{0,2}}{alternation(LEX['sentence_year_words'])}$", regex.IGNORECASE
)
_SENTENCE_BREAK = regex.compile(r"[.!?;]\s|\n")


def _sentence_years(ctx: Context) -> list[tuple[int, int]]:
    """(end in the original text, year) of each year said as a time ("2023-жылы")."""
    return sorted(
        (p.span.end, p.start)
        for p in ctx.periods
        if p.start == p.end and _SENTENCE_YEAR.match(p.text)
    )


def _year_of_sentence(
    ctx: Context, years: list[tuple[int, int]], mention: DateMention
) -> int | None:
    """The year named before the day in its sentence ("2023-жылы ... 20-декабрда")."""
    k = bisect.bisect_right(years, (mention.span.start, YEAR_MAX + 1)) - 1
    if k < 0:
        return None
    end, year = years[k]
    if mention.span.start - end > _WINDOW:
        return None
    if _SENTENCE_BREAK.search(ctx.original, end, mention.span.start):
        return None
    return year


# " date 2021-12 ...": a page's date line with the month only gives no issued date,
# but the year (and month) that day-month dates of the text fall near.
PAGE_MONTH = regex.compile(
    rf"^\s{{0,10}}{alternation(LEX['issued_opening_labels'])}\s{{0,2}}:?\s{{0,3}}"
    rf"(?P<y>{YEAR4})-(?P<m>[01]\d)(?![\d.-])",
    regex.IGNORECASE,
)


def _page_month(ctx: Context) -> dt.date | None:
    m = PAGE_MONTH.match(ctx.text)
    if m is None or not 1 <= int(m["m"]) <= 12:
        return None
    return dt.date(int(m["y"]), int(m["m"]), 15)


def fill_missing_years(ctx: Context) -> None:
    """A date without a year takes the year that puts it nearest the document's
    date (a deadline: the next such day after it); with no document date, nearest the closest full date of the text;
    with neither it stays "--MM-DD" (never a guessed year)."""
    issued = _parse_iso(ctx.issued) if ctx.issued else None
    if issued is None:
        issued = _page_month(ctx)
    full = [(d.span.start, date) for d in ctx.dates if (date := _parse_iso(d.start)) is not None]
    years = _sentence_years(ctx)
    resolved: list[DateMention] = []
    for mention in ctx.dates:
        if not mention.start.startswith("--"):
            resolved.append(mention)
            continue
        ref = issued
        if ref is None and full:
            ref = min(full, key=lambda f: abs(f[0] - mention.span.start))[1]
        # A deadline lies ahead of the document: a year said before it is another clause's.
        stated = None if mention.role == "deadline" else _year_of_sentence(ctx, years, mention)
        if ref is None and stated is None:
            resolved.append(mention)
            continue
        first_m, first_d = int(mention.start[2:4]), int(mention.start[5:7])
        last_m, last_d = int(mention.end[2:4]), int(mention.end[5:7])
        try:
            if stated is not None:
                year = stated
            elif ref is None:
                raise InvalidDate
            elif mention.role == "deadline" and issued is not None:
                # A deadline lies ahead of the document that sets it ("до 1 декабря"
                # in a notice of May is this December, not last December).
                year = _next_year(first_m, first_d, issued)
            else:
                year = _nearest_year(first_m, first_d, ref)
            last_year = year + 1 if (last_m, last_d) < (first_m, first_d) else year
            start = iso(_checked(year, first_m, first_d))
            end = iso(_checked(last_year, last_m, last_d))
        except InvalidDate:
            ctx.warn(f"invalid date ignored: {mention.text!r}")
            continue
        resolved.append(mention.model_copy(update={"start": start, "end": end}))
    ctx.dates = resolved
