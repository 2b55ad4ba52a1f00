"""Year-level periods: "2018-2022-жылдарга", "2020-2025 - жж.", "2021-жылы",
"2021-жылдагы", "2018-жылдан 2022-жылга чейин", "на 2018-2022 годы", "2021-го",
a decade ("в 1970-х годах", "1960-жылдары": 1970-1979, 1960-1969);
the year of a page's month-only date line (" date 2021-12"); and the year that
closes an event's name ("Форум аймаков – 2023", "Аймактар форуму-2023").

A year needs a year word (жыл and its forms, ж., жж., год, г.); a bare number is
a count, a page or a phone. A year inside a day-level date or a date range is
part of that date, not a period, so this extractor runs after dates.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

import regex

from .. import morph, rx
from ..context import Context
from ..dategrammar import (
    LEX,
    MONTH_FORMS,
    MONTH_RE,
    YEAR4,
    YEAR4_CENTURIES,
    YEAR_MAX,
    YEAR_MIN,
    YEAR_WORD_RE,
    YEAR_WORDS,
    alternation,
)
from ..explain import Rule
from ..models import Period
from ..segment.cover import Cover
from .dates import PAGE_MONTH, chrome_lines
from .dates.patterns import RANGE_OPEN_BEGINS
from .event_name_years import event_name_years
from .word_starts import starts

_NOT_BEFORE = r"(?=\d)(?<![\d.,/:])(?<!\d\s{0,2}-\s{0,2})"
_QUALIFIER = rf"(?:{alternation(LEX['period_qualifiers'])}\s{{1,3}})?"
_WORD = rf"\s{{0,3}}-?\s{{0,3}}{_QUALIFIER}{YEAR_WORD_RE}(?!\p{{L}})"
_ABLATIVE = alternation([w for w, case in YEAR_WORDS.items() if case == "ablative"])
_DATIVE = alternation([w for w, case in YEAR_WORDS.items() if case == "dative"])
_FROM_WORDS = alternation(LEX["range_from_words"])
_TO_WORDS = alternation(LEX["range_to_words"])
_OPEN_RU = alternation(LEX["range_open_ru"])
_JOIN_RU = alternation(LEX["range_join_ru"])
_YEAR_WORD_RU = alternation(LEX["range_year_words_ru"])
# A month before a year of a range ("с января 2020 по март 2022 года", "Сен. 2021 –
# Сен. 2025"): the format has no month field, so the range is one of years.
_MONTH = rf"(?:{MONTH_RE}\.?\s{{1,3}})?"
# A bare range with no year word closes on neither a digit nor a letter: "(USAID,
# 2021 - 2025)"; "2021-2025-жылдары" is the form above it.
_GENITIVE = alternation([w for w, case in YEAR_WORDS.items() if case == "genitive"])
_MONTH_FROM = alternation([w for w, f in MONTH_FORMS.items() if f.case == "ablative"])
_MONTH_TO = alternation([w for w, f in MONTH_FORMS.items() if f.case == "dative"])
# "март айынан" ... "май айына": the month in the nominative, then the word "ай" (month).
_MONTH_NOMINATIVE = alternation([w for w, f in MONTH_FORMS.items() if f.case == "nominative"])
_MONTH_WORD_FROM = rf"{_MONTH_NOMINATIVE}\s{{1,3}}{alternation(LEX['month_word_ablative'])}"
# An end of a range of months joined by a dash ("сентябры", "март айы"), and its dash.
_RANGE_MONTH = rf"{_MONTH_NOMINATIVE}(?:\s{{1,3}}{alternation(LEX['month_word_nominative'])})?"
_RANGE_DASH = "[-–—]"
_MONTH_WORD_TO = rf"{_MONTH_NOMINATIVE}\s{{1,3}}{alternation(LEX['month_word_dative'])}"
# An end of a range by months names its month by the month's own case ending
# ("январынан", "мартына") or by the word "ай" after it in that case ("март айынан").
_MONTHS_FROM = rf"(?:{_MONTH_FROM}|{_MONTH_WORD_FROM})"
_MONTHS_TO = rf"(?:{_MONTH_TO}|{_MONTH_WORD_TO})"
_BARE_END = r"(?![\d\p{L}])(?!\s{0,2}-\s{0,2}\p{L})"
# Nor does it follow a number sign or another group of digits (a phone, "№ 2019-2020").
_BARE_START = r"(?<!№\s{0,2})(?<!\d\s{1,2})"
# A month before a bare year (not one that is an ordinary word too, "май" oil).
_MONTHS_OF_YEAR = [
    w for w, f in MONTH_FORMS.items() if f.spaced and f.case in ("nominative", "ru_genitive")
] + LEX["month_prepositional_ru"]
_MONTH_OF_YEAR = alternation(_MONTHS_OF_YEAR)
# a month, or a range of months, and a bare year: "сентябрь 2021", "Январь-март 2024",
# "в марте 2024 прошёл"
MONTH_BEFORE_YEAR = rx.compile(
    rf"(?<![\p{{L}}\d]){_MONTH_OF_YEAR}\.?(?:\s{{0,2}}-\s{{0,2}}{_MONTH_OF_YEAR}\.?)?"
    + rf",?\s{{1,3}}(?P<y1>{YEAR4}){_BARE_END}",
    regex.IGNORECASE,
)
# How far before its year MONTH_BEFORE_YEAR may start: two months, each with its dot,
# the dash between them with its spaces (5), a comma and the spaces before the year (4).
_MONTH_BEFORE_YEAR_REACH = 2 * (max(map(len, _MONTHS_OF_YEAR)) + 1) + 5 + 4
_WORD_START = rx.compile(r"(?<![\p{L}\d])\p{L}")
# The Kyrgyz year word in the plural ("жылдары", "жылдарда"), after one year: a decade.
# Not after the years of a list, whose last year carries the plural for all of them
# ("2010 жана 2020-жылдары", "2010, 2020-жылдары": two years).
_PLURAL_YEAR_KY = alternation(
    w for w in YEAR_WORDS if w.startswith(morph.inflect(LEX["year_stem"], "plural"))
)
_NOT_LISTED = (
    rf"(?<!\d-?\s{{0,2}}(?:,|,?\s{{1,3}}{alternation(LEX['day_list_words'])})\s{{0,3}}\d{{4}})"
)

# A year said relative to the document's ("өткөн жылы", "в прошлом году": dates.yaml).
_RELATIVE_YEAR = alternation(w for words in LEX["relative_years"].values() for w in words)

# Longest forms first; every quantifier bounded (linear on hostile input).
# "с 2018 по 2022 год": opens with a Russian range's opener before its blank (tried
# where one stands: dates.patterns.RANGE_OPEN_BEGINS).
OPENED_RANGE_RU = rx.compile(
    rf"(?<!\p{{L}}){_OPEN_RU}\s{{1,3}}{_MONTH}(?P<y1>{YEAR4})(?:\s{{1,3}}{_YEAR_WORD_RU})?\s{{1,3}}"
    + rf"{_JOIN_RU}\s{{1,3}}{_MONTH}(?P<y2>{YEAR4}){_WORD}",
    regex.IGNORECASE,
)
PERIOD_FORMS = [
    # "2018-жылдан 2022-жылга чейин"
    rx.compile(
        _NOT_BEFORE
        + rf"(?P<y1>{YEAR4})\s{{0,2}}-?\s{{0,2}}{_ABLATIVE}\s{{1,3}}(?:{_FROM_WORDS}\s{{1,3}})?"
        + rf"(?P<y2>{YEAR4})\s{{0,2}}-?\s{{0,2}}{_DATIVE}(?:\s{{1,3}}{_TO_WORDS})?(?!\p{{L}})",
        regex.IGNORECASE,
    ),
    # "2020-жылдын январынан 2022-жылдын мартына чейин", "2020-жылдын март айынан
    # 2022-жылдын май айына чейин", and either end in either way ("2016-жылдын июль
    # айынан 2017-жылдын мартына чейин": writers mix them; round 58)
    rx.compile(
        _NOT_BEFORE
        + rf"(?P<y1>{YEAR4})\s{{0,2}}-?\s{{0,2}}{_GENITIVE}\s{{1,3}}{_MONTHS_FROM}"
        + rf"(?:\s{{1,3}}{_FROM_WORDS})?\s{{1,3}}(?P<y2>{YEAR4})\s{{0,2}}-?\s{{0,2}}{_GENITIVE}"
        + rf"\s{{1,3}}{_MONTHS_TO}(?:\s{{1,3}}{_TO_WORDS})?(?!\p{{L}})",
        regex.IGNORECASE,
    ),
    # "2014-жылдын сентябры – 2018-жылдын августу": two months of stated years joined by
    # a dash, each in the nominative (a project's term on its page; round 46)
    rx.compile(
        _NOT_BEFORE
        + rf"(?P<y1>{YEAR4})\s{{0,2}}-?\s{{0,2}}{_GENITIVE}\s{{1,3}}{_RANGE_MONTH}"
        + rf"\s{{0,3}}{_RANGE_DASH}\s{{0,3}}(?P<y2>{YEAR4})\s{{0,2}}-?\s{{0,2}}{_GENITIVE}"
        + rf"\s{{1,3}}{_RANGE_MONTH}(?!\p{{L}})",
        regex.IGNORECASE,
    ),
    # "с 2018 по 2022 год", "с января 2020 по март 2022 года"
    OPENED_RANGE_RU,
    # "2018-2022-жылдарга", "2020-2025 - жж.", and the second year cut to its last two
    # digits: "2021-25-жылдары", "в 2021-25 гг." (a year word must follow)
    rx.compile(
        _NOT_BEFORE + rf"(?P<y1>{YEAR4})\s{{0,2}}[-/]\s{{0,2}}(?P<y2>{YEAR4}|\d{{2}}(?!\d)){_WORD}",
        regex.IGNORECASE,
    ),
    # a bare range: "(SDC, 2015-2023)", "Сен. 2021 – Сен. 2025"
    rx.compile(
        _NOT_BEFORE
        + _BARE_START
        + rf"(?P<y1>{YEAR4})\s{{0,2}}-\s{{0,2}}{_MONTH}(?P<y2>{YEAR4}){_BARE_END}",
        regex.IGNORECASE,
    ),
    # "за шесть месяцев 2022-го", "в 2020-м", "2021-го года"
    rx.compile(
        _NOT_BEFORE
        + rf"(?P<y1>{YEAR4})-{alternation(LEX['year_ordinal_endings_ru'])}(?!\p{{L}})"
        + rf"(?:\s{{1,3}}{YEAR_WORD_RE}(?!\p{{L}}))?",
        regex.IGNORECASE,
    ),
    # a decade: "в 1970-х годах", "в 1990-е годы" (y1 ends in 0: its ten years)
    rx.compile(
        _NOT_BEFORE
        + rf"(?P<y1>{YEAR4})(?P<decade>-{alternation(LEX['decade_endings_ru'])})(?!\p{{L}})"
        + rf"(?:\s{{1,3}}{YEAR_WORD_RE}(?!\p{{L}}))?",
        regex.IGNORECASE,
    ),
    # a Kyrgyz decade: "1960-жылдары", "1990-жылдардын аягында" (y1 ends in 0: its ten
    # years; a year ending otherwise is read as one year by the next form)
    rx.compile(
        _NOT_BEFORE
        + rf"(?P<y1>{YEAR4}){_NOT_LISTED}\s{{0,2}}-?\s{{0,2}}(?P<decade>{_PLURAL_YEAR_KY})(?!\p{{L}})",
        regex.IGNORECASE,
    ),
    # "2021-жылы", "2021-жылдагы", "2018-жылга"
    rx.compile(_NOT_BEFORE + rf"(?P<y1>{YEAR4})(?!\d){_WORD}", regex.IGNORECASE),
    # a relative year glossed by its year in brackets: "өткөн жылы (2024)", "в прошлом
    # году (2023)" (the year is stated; round 37)
    rx.compile(
        _NOT_BEFORE
        + rf"(?P<y1>{YEAR4})(?<=(?<!\p{{L}}){_RELATIVE_YEAR}\s{{0,3}}\(\s{{0,2}}\d{{4}})"
        + r"(?=\s{0,2}\))",
        regex.IGNORECASE,
    ),
    MONTH_BEFORE_YEAR,
]
# Years listed before the one that carries the year word: "в 2021 и 2022 годах",
# "2019, 2020 жана 2021-жылдары" (each year a period; the last is read by the forms above),
# maybe keeping the hyphen the year word is left to the last year for: "2022- жана
# 2023-жылдары", "2022-, 2023-жылдары". A comma alone may close the list when the years
# rise ("2022, 2023-жылдары"; not "№ 2024, 2019-жылы").
_LIST_WORDS = alternation(LEX["day_list_words"])
_LISTED_YEAR = rf"{YEAR4}(?:-(?!\d))?"
LISTED_YEARS = rx.compile(
    _NOT_BEFORE
    + rf"(?P<list>{_LISTED_YEAR}(?:\s{{0,2}},\s{{0,2}}{_LISTED_YEAR}){{0,5}})"
    + rf"(?:\s{{0,2}},?\s{{1,3}}{_LIST_WORDS}\s{{1,3}}|\s{{0,2}}(?P<comma>,)\s{{0,2}})"
    + rf"(?=(?P<last>{YEAR4})(?!\d){_WORD})",
    regex.IGNORECASE,
)
_YEAR_IN_LIST = rx.compile(YEAR4)
# The forms that open with a year after _NOT_BEFORE (the first digit of a run, no
# letters consumed before it) are tried only where a year starts (`rx.matches_at`): a
# page has a few, and the forms' search would try every character.
_YEAR_OPENING = regex.compile(
    regex.escape(_NOT_BEFORE)
    + f"(?:{regex.escape(_BARE_START)})?"
    + r"\(\?P<\w+>"
    + regex.escape(YEAR4)
)
_YEAR_FIRST = frozenset(p for p in (*PERIOD_FORMS, LISTED_YEARS) if _YEAR_OPENING.match(p.pattern))
_YEAR_START = rx.compile(r"(?<!\d)" + YEAR4)
# Every form of _YEAR_FIRST opens with _NOT_BEFORE (_YEAR_OPENING): none matches at a
# year its lookbehinds reject ("2018-2022": not at 2022), so they are tried at the years
# it lets open a form (`YearStarts.free`): one try a year for all of them.
_FREE_YEAR = rx.compile(_NOT_BEFORE)
# What MONTH_BEFORE_YEAR reads right before its year (a month, its dot, maybe a comma,
# the blanks), read backwards: matched at the year in the reversed text, each month's
# atoms reversed (a lookbehind of the months' trie, matched backwards, cost 7.9 ms on
# the 1 MB document's 1,352 years against 2.1). Its words are looked for only before
# the years it allows: one try a year, not one a word within its reach.
_BLANKS_THEN_MONTH = rx.compile(
    r"\s{1,3},?\.?(?:" + rx.union(list(reversed(rx.atoms(w))) for w in _MONTHS_OF_YEAR) + ")",
    regex.IGNORECASE,
)


class YearStarts(NamedTuple):
    """Where a year may start in a text (`every`: four digits of a year, no digit
    before), and those of them where _NOT_BEFORE lets a form open (`free`)."""

    every: list[int]
    free: list[int]


# A year's digits.
_YEAR_DIGITS = 4


def year_starts(text: str, runs: Iterable[tuple[int, int]] | None = None) -> YearStarts:
    """Where a year may start in `text` (YearStarts). `runs`: the text's runs of digits
    (TokenStream.digit_runs) when the caller has them: _YEAR_START matches where one
    opens with a century's two digits and holds four or more (its lookbehind: no
    digit before), so they are read from the runs instead of a search of the text."""
    if runs is None:
        found = _YEAR_START.finditer(text, None, None, False, rx.NOT_CONCURRENT)
        every = [m.start() for m in found]
    else:
        every = [a for a, b in runs if b - a >= _YEAR_DIGITS and text[a : a + 2] in YEAR4_CENTURIES]
    return YearStarts(every, [k for k in every if _FREE_YEAR.match(text, k)])


def form_matches(
    pattern: regex.Pattern[str], text: str, years: YearStarts, openers: list[int] | None = None
) -> Iterator[regex.Match[str]]:
    """`pattern.finditer(text)`, tried only at `years` when the form opens with one
    (those _NOT_BEFORE allows), the month before a year only at the words within
    its reach before a year that has a month and blanks before it, and the Russian
    range at `openers` (RANGE_OPEN_BEGINS' places) when given."""
    if pattern in _YEAR_FIRST:
        return rx.matches_at(pattern, text, years.free)
    if pattern is OPENED_RANGE_RU and openers is not None:
        return rx.matches_at(pattern, text, openers)
    if pattern is MONTH_BEFORE_YEAR:
        return rx.matches_at(pattern, text, _words_before(text, _after_month(text, years.every)))
    return pattern.finditer(text)


def _after_month(text: str, years: list[int]) -> list[int]:
    """The `years` with a month and blanks right before them (_BLANKS_THEN_MONTH)."""
    if not years:
        return years
    backwards, last = text[::-1], len(text)
    return [k for k in years if _BLANKS_THEN_MONTH.match(backwards, last - k)]


def _words_before(text: str, years: list[int]) -> list[int]:
    """The starts of the words within MONTH_BEFORE_YEAR's reach before each year."""
    starts: set[int] = set()
    for year in years:
        window = max(0, year - _MONTH_BEFORE_YEAR_REACH)
        starts.update(m.start() for m in _WORD_START.finditer(text, window, year))
    return sorted(starts)


NOT_PERIOD_AFTER = rx.compile(
    rf"\s{{1,3}}{alternation(LEX['not_period_after'])}(?![\p{{L}}-])", regex.IGNORECASE
)
# The year words a count of years ends with ("2000 жылдан ашык"), not "2019-жылы көп".
COUNT_YEAR_WORD_END = rx.compile(
    rf"(?<![\p{{L}}]){alternation(LEX['count_year_words'])}$", regex.IGNORECASE
)
COPYRIGHT_BEFORE = rx.compile(
    rf"(?<!\p{{L}}){alternation(LEX['copyright_marks'])}\s{{0,3}}$", regex.IGNORECASE
)
# How far before a year its copyright mark may stand ("Copyright © 2015-2024").
_COPYRIGHT_REACH = 16
# ... or a line opens with the mark and the site owner's name before the years, in the
# notice's first sentence ("© Айыл өкмөттөрүнүн ассоциациясы, 2012-2022. Бишкек ...").
COPYRIGHT_OPENS_LINE = rx.compile(
    rf"[ \t]{{0,3}}{alternation(LEX['copyright_marks'])}", regex.IGNORECASE
)
COPYRIGHT_YEAR = Rule(
    "periods.copyright_year",
    "a year after a copyright mark ('© 2015-2024'), or in the first sentence of a line the"
    " mark opens ('© Талас шаардык мэриясы, 2015-2024.'), is the site's footer",
)
COUNT_OF_YEARS = Rule(
    "periods.count_of_years",
    "a count's cue ('ашык', 'мурун') after a count's year word ('2000 жылдан ашык') makes a"
    " duration, not a year; after another year word ('2019-жылы көп иш') the year stands",
)


PAGE_MONTH_YEAR = Rule(
    "periods.page_month_year",
    "a page's date line with a month and no day (' date 2021-12') says the year the page is"
    " about: a period",
)
LISTED_YEAR = Rule(
    "periods.listed_year",
    "a year listed before the last of a list, which alone has the year word ('2019, 2020"
    " жана 2021-жылдары'), is a period",
)
YEAR_WRITTEN = Rule(
    "periods.year_written",
    "a year with its year word ('2019-жылы', 'в 2020 году', '2021-ж.') is a period of one year",
)
YEARS_RANGE = Rule(
    "periods.years_range",
    "two years written as a range ('2018-жылдан 2022-жылга чейин', '2018-2022-жылдары')"
    " or a decade ('1970-х') are one period",
)


def extract(ctx: Context) -> None:
    text = ctx.text
    taken = Cover()  # original-text spans of dates and of periods already found
    for d in ctx.dates:
        taken.add(d.span.start, d.span.end)
    # the issued date again, listed once (dates.issued_repeat), and today's banners
    for span in [*ctx.issued_repeats, *ctx.banner_dates]:
        taken.add(span.start, span.end)
    # related-news lines are chrome too, and a banner of today's date (dates.today_banner)
    for start, end in [*chrome_lines(ctx), *ctx.segments.line_classes.today]:
        span = ctx.span(start, end)
        taken.add(span.start, span.end)
    stream = ctx.segments.tokens
    shared = stream.text is text
    years = year_starts(text, stream.digit_runs() if shared else None)
    openers = starts(stream, RANGE_OPEN_BEGINS) if shared else None
    page = page_month_year(ctx)
    listed = listed_years(ctx, taken, years)
    periods: list[Period] = page + listed
    for pattern in PERIOD_FORMS:
        for m in form_matches(pattern, text, years, openers):
            quote, span = ctx.quote(m.start(), m.end())
            if taken.overlaps(span.start, span.end):
                continue
            if _count_of_years(ctx, m) or _copyright(ctx, m.start(), m.end()):
                continue
            first = int(m["y1"])
            last = _last_year(first, m.groupdict())
            if not (_year_min(text, m) <= first <= last <= YEAR_MAX):
                continue
            periods.append(Period.model_construct(start=first, end=last, text=quote, span=span))
            taken.add(span.start, span.end)
    if ctx.decisions is not None:
        _explain_kept(ctx, page, listed, periods[len(page) + len(listed) :])
    periods += event_name_years(ctx, taken, years)  # each decided by its own rule
    ctx.periods = distinct(periods)


def _explain_kept(
    ctx: Context, page: list[Period], listed: list[Period], written: list[Period]
) -> None:
    """A keep decision for each period read before the events' names (those decide as
    they read): the page's month line, a listed year, a year or a range written so."""
    for rule, found in ((PAGE_MONTH_YEAR, page), (LISTED_YEAR, listed)):
        for period in found:
            ctx.decide_at(rule, True, period.span, str(period.start))
    for period in written:
        if period.start == period.end:
            ctx.decide_at(YEAR_WRITTEN, True, period.span, str(period.start))
        else:
            ctx.decide_at(YEARS_RANGE, True, period.span, f"{period.start}-{period.end}")


# "2021-25": the second year of a range written with its last two digits only.
_SHORT_YEAR_DIGITS = 2
_CENTURY = 100
DECADE = 10


def _last_year(first: int, groups: dict[str, str | None]) -> int:
    """The period's last year: a decade's ninth after its first ("1970-х": 1979; a year
    not ending in 0 names no decade: an empty range, dropped by the caller), else the
    range's second year (_second_year)."""
    if groups.get("decade"):
        return first + DECADE - 1 if first % DECADE == 0 else first - 1
    return _second_year(first, groups.get("y2"))


def _second_year(first: int, written: str | None) -> int:
    """The range's last year: the first when there is none; "25" after 2021 is 2025
    (a value not after the first gives an empty range, dropped by the caller)."""
    if not written:
        return first
    if len(written) == _SHORT_YEAR_DIGITS:
        return first - first % _CENTURY + int(written)
    return int(written)


def _copyright(ctx: Context, start: int, end: int) -> bool:
    """ "© 2015-2024", "© Талас шаардык мэриясы, 2015-2024.": the footer's copyright
    years, right after the mark or in the first sentence of a line the mark opens."""
    text = ctx.text
    mark = COPYRIGHT_BEFORE.search(text, max(0, start - _COPYRIGHT_REACH), start)
    if mark is None:
        line = text.rfind("\n", 0, start) + 1
        opens = COPYRIGHT_OPENS_LINE.match(text, line, start)
        if opens is not None and ctx.segments.sentence_break(opens.end(), start) is None:
            mark = opens
    return mark is not None and not ctx.decide(COPYRIGHT_YEAR, False, start, end)


# A year with its year word right after it ("1868-жылы", "1868 году").
_WITH_YEAR_WORD = rx.compile(rf"\d\s{{0,2}}-?\s{{0,2}}{YEAR_WORD_RE}(?!\p{{L}})", regex.IGNORECASE)
_YEAR_WITH_WORD_MIN: int = LEX["year_with_word_min"]
# The brackets a life's years fill ("(1894–1971)").
_OPENING_BRACKET = "("
_CLOSING_BRACKET = ")"


def _year_min(text: str, m: regex.Match[str]) -> int:
    """The earliest year a period form may give: earlier with its year word, or as a
    range of two years in full that fills a pair of brackets ("манасчы Саякбай
    Каралаев (1894–1971)", a life's or a reign's years; acc64)."""
    if _WITH_YEAR_WORD.search(m.group()) or _bracketed_years(text, m):
        return _YEAR_WITH_WORD_MIN
    return YEAR_MIN


def _bracketed_years(text: str, m: regex.Match[str]) -> bool:
    """The match is a range of two years written with as many digits each (the second
    as long as the first: "(1941-1945)", not "(1941-45)") alone in its brackets, the
    bracket opening right before it and closing right after it."""
    second = m.groupdict().get("y2")
    return (
        second is not None
        and len(second) == len(m["y1"])
        and text[m.start() - 1 : m.start()] == _OPENING_BRACKET
        and text[m.end() : m.end() + 1] == _CLOSING_BRACKET
    )


def _count_of_years(ctx: Context, m: regex.Match[str]) -> bool:
    """ "2000 жылдан ашык тарыхы": a cue of a count after a count's year word."""
    text = ctx.text
    if not NOT_PERIOD_AFTER.match(text, m.end()):
        return False
    count = COUNT_YEAR_WORD_END.search(text, m.start(), m.end()) is not None
    return not ctx.decide(COUNT_OF_YEARS, not count, m.start(), m.end(), m.group())


def listed_years(ctx: Context, taken: Cover, years: YearStarts) -> list[Period]:
    """The years listed before the last of a list, which alone has the year word
    (`years`: where a year starts in the text, `year_starts`)."""
    periods: list[Period] = []
    for m in form_matches(LISTED_YEARS, ctx.text, years):
        listed = [int(y) for y in _YEAR_IN_LIST.findall(m["list"])]
        if m["comma"] and not _rising([*listed, int(m["last"])]):
            continue
        for y in _YEAR_IN_LIST.finditer(ctx.text, m.start("list"), m.end("list")):
            quote, span = ctx.quote(y.start(), y.end())
            if taken.overlaps(span.start, span.end) or not YEAR_MIN <= int(y.group()) <= YEAR_MAX:
                continue
            year = int(y.group())
            periods.append(Period.model_construct(start=year, end=year, text=quote, span=span))
            taken.add(span.start, span.end)
    return periods


def _rising(years: list[int]) -> bool:
    return all(a < b for a, b in zip(years, years[1:], strict=False))


def page_month_year(ctx: Context) -> list[Period]:
    """A page date line with a month but no day (" date 2021-12") dates no day,
    but says the year the page is about: a period (2021)."""
    m = PAGE_MONTH.match(ctx.text)
    if m is None or not 1 <= int(m["m"]) <= 12 or not YEAR_MIN <= int(m["y"]) <= YEAR_MAX:
        return []
    quote, span = ctx.quote(m.start("y"), m.end("y"))
    return [Period.model_construct(start=int(m["y"]), end=int(m["y"]), text=quote, span=span)]


def distinct(periods: list[Period]) -> list[Period]:
    """One entry per (start, end), at its first mention, with every mention kept
    (as places keep theirs): "2021-жылы ... 2021-жылдагы" is one period."""
    by_years: dict[tuple[int, int], Period] = {}
    for period in sorted(periods, key=lambda p: p.span.start):
        first = by_years.setdefault((period.start, period.end), period)
        first.mentions.append(period.span)
    return list(by_years.values())
