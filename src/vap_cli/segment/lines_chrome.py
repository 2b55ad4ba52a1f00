"""Page chrome, a line at a time (lines.py classifies the lines): a clock or date banner
("Шейшемби, 14-май, 2024 | 10:05"), a weather widget ("+27°"), a currency rate or counter
with no word of its own ("USD 86.55"), a menu or breadcrumb ("Бишкек | Ош | Баткен |
Нарын", "Аймактар / Жалал-Абад"), a section's name, prayer times. The words and limits are
data: lexicon/lines.yaml, and lexicon/dates.yaml (weekdays).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import TYPE_CHECKING

import regex

from .. import fold, rx
from ..lexicon import load
from .archive_links import archive_link_line
from .clock_widget import place_clocks, prayer_widget
from .language_switch import language_switch as switch
from .lines_header import LETTER, WEEKDAY_WORDS, WRITTEN_DATE, date_line, sentence_line
from .lines_headings import (
    LEADING_ARROWS,
    RELATED_DATED_INLINE,
    RELATED_HEADINGS,
    RELATED_INLINE,
    SPACE_RUN,
    heading_words_in_prose,
)

if TYPE_CHECKING:
    from . import Line

_LEX = load("lines")

# A short line: a banner, a widget, a menu; prose is longer.
SHORT_LINE: int = _LEX["short_line"]
# The chrome words and "today" labels also as a Russian keyboard types the Kyrgyz ones
# ("Бугун:", "Мурунку жанылык:"), as the events' kind words are (fold.typed_too).
_CHROME_LIST = fold.typed_too([*_LEX["chrome_words"], *_LEX["footer_marks"]])
TODAY_LABELS = fold.typed_too(_LEX["today_labels"])
_CHROME_WORDS = rx.compile(rx.alternation(_CHROME_LIST, space=SPACE_RUN), regex.IGNORECASE)
_SECTION_WORDS = rx.compile(
    rx.alternation(_LEX["section_chrome_words"], space=SPACE_RUN), regex.IGNORECASE
)
_REGION_FIELD_LABEL = rx.compile(
    rx.alternation(_LEX["region_field_labels"], space=SPACE_RUN), regex.IGNORECASE
)
_REGION_TYPE_WORD = rx.compile(
    rf"(?<!\p{{L}})(?:{rx.alternation(_LEX['region_field_type_stems'], space=SPACE_RUN)})",
    regex.IGNORECASE,
)
_WEEKDAYS = rx.alternation(WEEKDAY_WORDS, space=SPACE_RUN)
# A weekday set off by a comma on a date line: a site's date or clock banner ("Бишкек, 14 июля
# 2021, среда", "Шейшемби, 14-май, 2024 | 10:05"); not "жума сайын саат 10:00дө", "үч жума бою",
# a sentence ("Жыйын дүйшөмбү, 5-мартта өттү"), a yearless schedule row ("Дүйшөмбү, 5-июнь - Ош").
_BANNER_WEEKDAY = rx.compile(
    rf"(?:,[ ]{{0,3}}(?:{_WEEKDAYS})(?!\p{{L}})|(?<!\p{{L}})(?:{_WEEKDAYS})[ ]{{0,3}},)"
    r"(?:(?!.{0,80}[ ][-–—][ ]{0,3}\p{L})|(?=.{0,80}(?<!\d)\d{4}(?!\d))|(?<=\d{4}\D.{0,80}))",
    regex.IGNORECASE,
)
_TODAY = rx.alternation(TODAY_LABELS, space=SPACE_RUN)
_TODAY_LABEL = rx.compile(rf"(?<!\p{{L}})(?:{_TODAY})\s{{0,2}}:", regex.IGNORECASE)
# ... or a visitors' counter, its label, its colon and a number (`visitor_counter_labels`);
# a number that goes on after a date's or a time's mark ("На сайте: 12.05.2019 размещен
# отчет", "Сайтта: 15:00дө") is a date the line tells of, no count (revfix53).
_VISITORS = rx.alternation(_LEX["visitor_counter_labels"], space=SPACE_RUN)
_DATE_OR_TIME_MARKS = "./:-"
_VISITOR_COUNTER = rx.compile(
    rf"(?<!\p{{L}})(?:{_VISITORS})\s{{0,2}}:\s{{0,2}}\d++(?![{regex.escape(_DATE_OR_TIME_MARKS)}]\d)",
    regex.IGNORECASE,
)
# ... or a range of signed numbers without it ("Бишкек: +5...+7"); a phone's "+996" has
# no second number after dots or a dash.
_TEMPERATURE = rx.compile(
    r"(?<!\d)\d{1,2}[ ]?"
    + regex.escape(_LEX["weather_sign"])
    + r"|(?<![\d\p{L}])[+\-−]\d{1,2}[ ]?(?:\.{2,3}|…|[-–])[ ]?[+\-−]\d{1,2}(?!\d)"
)
# A posting label and its colon open a CMS's date line ("Создано: Вторник, 12 марта 2024").
_DIGIT_IN = rx.compile(r"\d")
_POSTING_LABEL = rx.compile(
    rf"^(?:{rx.alternation(_LEX['posting_labels'], space=SPACE_RUN)})\s{{0,2}}:", regex.IGNORECASE
)
# A journal's or newspaper's issue number with its running number in brackets, after "№"
# or opening the line: "№ 40 (9812) 11-октябрь, 2024-жыл", "4 (52) 7 Март 2022". Its date
# line is the issue's masthead, not a site's current-date banner; a resolution's "№ 5"
# has no running number. A phone's trunk code and area code are none either: an issue's
# number never opens with 0, nor do a subscriber's digit groups follow its bracket
# ("0 (3222) 5-12-34", "996 (312) 62-34-56").
ISSUE_NUMBER = rx.compile(
    r"(?:(?:№|(?<!\p{L})N)[ ]{0,2}|^[ \t]{0,3})[1-9]\d{0,4}[ ]{0,2}\(\d[\d ]{0,8}\)"
    r"(?![ ]{0,2}\d{1,3}[- ]\d{2})",
    regex.MULTILINE,
)
_PAPER_WORDS: list[str] = _LEX["masthead_paper_words"]
# (or its noun alone: "Газета основана ...")
_PAPER = rx.alternation(_PAPER_WORDS, space=SPACE_RUN)
MASTHEAD_OPENER = rx.compile(
    rf"(?:[^.\n]{{0,60}}{rx.whole_words(_PAPER_WORDS, space=SPACE_RUN)}"
    rf"[^.\n]{{0,60}}\.[ \t]{{1,3}}"
    rf"|(?:{_PAPER})[ \t]{{1,3}})?(?:{rx.alternation(_LEX['masthead_openers'], space=SPACE_RUN)})(?!\p{{L}})",
    regex.IGNORECASE,
)
# ... or says, verb last, since when the paper comes out ("Гезит 1932-жылдан бери чыгат"),
# anywhere in a short line of the page's head (above its prose)
MASTHEAD_SINCE = rx.compile(
    rx.whole_words(_LEX["masthead_since"], space=SPACE_RUN), regex.IGNORECASE
)
# ... or in the paper's imprint, beside the editors' address or the circulation
IMPRINT_MARK = rx.compile(rx.whole_words(_LEX["imprint_marks"], space=SPACE_RUN), regex.IGNORECASE)
# ... and names the year it was founded ("1932-жылдан", "с 1938 года"): how long it has
# come out ("Гезит 90 жылдан бери чыгат") is a headline's news, no founding line.
FOUNDING_YEAR = rx.compile(r"(?<!\d)\d{4}(?!\d)")
# One scan for a short chrome line's words: a chrome word, a current-date label (a
# temperature is searched apart, only on a line with its sign or two signed numbers).
_MARKED = rx.compile(
    "|".join(p.pattern for p in (_CHROME_WORDS, _TODAY_LABEL, _VISITOR_COUNTER)), regex.IGNORECASE
)
_WEATHER_SIGN: str = _LEX["weather_sign"]
_NUMBER_SIGNS = "+-−"  # a temperature range has two of them ("+5...+7")
_RANGE_SIGNS = 2
_CURRENCY_CODES: list[str] = _LEX["currency_codes"]
_CURRENCY = rx.compile(
    rx.whole_words([*_CURRENCY_CODES, *_LEX["currency_names"]], space=SPACE_RUN),
    regex.IGNORECASE,
)
_CURRENCY_SIGNS: tuple[str, ...] = tuple(_LEX["currency_signs"])
_CURRENCY_WIDGET_SIGNS: int = _LEX["currency_widget_min_signs"]
_CURRENCY_SIGN = rx.compile("|".join(regex.escape(sign) for sign in _CURRENCY_SIGNS))
# A rate: digits, a point or a comma, two to four decimals (not a date's "12.03.2024").
_RATE = rx.compile(r"(?<![\d.,])\d{1,4}[.,]\d{2,4}(?:[.,/-]\d{1,4})?(?![\d.,])")
_FURNITURE_WORDS = rx.compile(
    rx.whole_words([*_CURRENCY_CODES, *_LEX["furniture_words"]], space=SPACE_RUN),
    regex.IGNORECASE,
)
# Three groups of digits: a date ("12.03.2020", "2020-03-12"), never a rate.
_DATE_SHAPE = rx.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")
_DIGIT = rx.compile(r"\d")
_MENU_SEPARATORS: list[str] = _LEX["menu_separators"]
_MENU_SEPARATOR = rx.compile(rx.spaced_separator(_MENU_SEPARATORS))
_MENU_MIN_ITEMS: int = _LEX["menu_min_items"]
if _MENU_MIN_ITEMS < 2:  # (a line without a separator or gap is then no menu: not split)
    raise ValueError("lines.yaml menu_min_items: a menu has two items or more")
_MENU_MAX_WORDS: int = _LEX["menu_max_words"]
_HEADER_MENU_ITEM_MAX: int = _LEX["header_menu_item_max"]
# This many spaces in a row part a header's menu items, or the cells of a line.
WIDE_GAP: int = _LEX["wide_gap"]
_HEADER_MENU_SEPARATOR = rx.compile(
    r"[ ]{0,3}["
    + "".join(regex.escape(s) for s in _LEX["header_menu_separators"])
    + rf"][ ]{{0,3}}|[ ]{{{WIDE_GAP},}}"
)
_WIDE_GAP_SPLIT = rx.compile(rf"[ ]{{{WIDE_GAP},}}")
_NARROW_GAP_SPLIT = rx.compile(rf"[ ]{{{int(_LEX['narrow_gap'])},}}")
# the gaps themselves: a line without one is one item (`_MENU_MIN_ITEMS` > 1)
_WIDE_GAP = " " * WIDE_GAP
_NARROW_GAP = " " * int(_LEX["narrow_gap"])
# What no menu item holds: the signs of a clause, quotes and brackets (a full stop
# ends a sentence: `_narrow_gap_menu` asks the line's end).
_CLAUSE_SIGNS = rx.compile(r"[,:;«»\"()]")
# A search box's placeholder closing a menu: a word and an ellipsis ("Поиск...", "Издөө…").
_ELLIPSIS_END = rx.compile(r"\w(?:\.{3}|…)$")
_CLOCK = rx.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_CRUMB_SEPARATORS: list[str] = _LEX["breadcrumb_separators"]
_CRUMB_SEPARATOR = rx.compile(rx.spaced_separator(_CRUMB_SEPARATORS))
_CRUMB_SECTIONS = frozenset(w.casefold() for w in _LEX["breadcrumb_sections"])
# (a name longer than the longest is none: not case-folded to be looked up)
_CRUMB_SECTION_LENGTH = max(map(len, _CRUMB_SECTIONS))
_ARCHIVE_MIN_ITEMS: int = _LEX["breadcrumb_archive_min_items"]
_ARCHIVE_YEAR = rx.compile(
    rf"(?:19|20)\d\d(?:[ ]?-?[ ]?(?:{rx.alternation(_LEX['breadcrumb_archive_year_words'], space=SPACE_RUN)}))?",
    regex.IGNORECASE,
)
HEADLINE_MAX_LENGTH: int = _LEX["headline_max_length"]


# --- where the lines' word patterns may match: one search of the document's lines ---------

# The families of words the chrome patterns start with. A line's marks (`line_marks`)
# say which families have a word beginning on it: a family's pattern is tried only
# on a line with its mark (a line without marks is searched for every family).
MARK_CHROME = 1  # chrome words, current-date labels (_MARKED)
MARK_SECTION = 2  # a site section's name (_SECTION_WORDS)
MARK_CURRENCY = 4  # a currency's code or name (_CURRENCY)
MARK_FURNITURE = 8  # furniture words (_FURNITURE_WORDS)
MARK_PRAYER = 16  # a prayer's name (clock_widget.prayer_widget)
MARK_WEEKDAY = 32  # a weekday (_BANNER_WEEKDAY)
# ... and those whose pattern matches at the line's start only (the words must begin there)
MARK_RELATED = 64  # a related-news heading (RELATED_INLINE)
MARK_POSTING = 128  # a posting label (_POSTING_LABEL)
MARK_MASTHEAD = 256  # a masthead's opener (MASTHEAD_OPENER)
MARK_SECTION_NAME = 512  # a site section's name opening a breadcrumb or menu (_CRUMB_SECTIONS)
ALL_MARKS = 1023
_ANYWHERE_FAMILIES: dict[int, list[str]] = {
    MARK_CHROME: [*_CHROME_LIST, *TODAY_LABELS, *_LEX["visitor_counter_labels"]],
    MARK_SECTION: _LEX["section_chrome_words"],
    MARK_CURRENCY: [*_CURRENCY_CODES, *_LEX["currency_names"]],
    MARK_FURNITURE: [*_CURRENCY_CODES, *_LEX["furniture_words"]],
    MARK_PRAYER: _LEX["prayer_names"],
    MARK_WEEKDAY: WEEKDAY_WORDS,
    # (anywhere: the opener may follow the paper's description, MASTHEAD_OPENER)
    MARK_MASTHEAD: _LEX["masthead_openers"],
}
_START_FAMILIES: dict[int, list[str]] = {
    MARK_RELATED: RELATED_HEADINGS,
    MARK_POSTING: _LEX["posting_labels"],
    MARK_SECTION_NAME: _LEX["breadcrumb_sections"],
}


def _beginning(word: str) -> str:
    """A lexicon word's literal beginning, case-folded: up to its first space (the
    patterns read a space as a run of spaces or tabs, `SPACE_RUN`)."""
    return word.split(" ")[0].casefold()


# Where a word of one of the families begins (its literal beginning, case-folded).
LINE_WORD_BEGINS = rx.Beginnings(
    _beginning(w)
    for families in (_ANYWHERE_FAMILIES, _START_FAMILIES)
    for words in families.values()
    for w in words
)


def _family_marks(families: dict[int, list[str]]) -> dict[str, int]:
    """The marks a beginning found by LINE_WORD_BEGINS stands for: the families of every
    word that starts with it (it finds a word's shortest beginning among its words)."""
    begins = {mark: {_beginning(w) for w in words} for mark, words in families.items()}
    marks: dict[str, int] = {}
    shortest = ""
    for begin in LINE_WORD_BEGINS.words:  # sorted: a word's beginnings come just before it
        if not (shortest and begin.startswith(shortest)):
            shortest = begin
        for mark, family in begins.items():
            if begin in family:
                marks[shortest] = marks.get(shortest, 0) | mark
    return marks


_MARKS_ANYWHERE = _family_marks(_ANYWHERE_FAMILIES)
_MARKS_AT_START = _family_marks(_START_FAMILIES)


def line_marks(stripped: Sequence[str]) -> list[int]:
    """The marks of each line (`stripped`: the lines' stripped texts), from one search of
    the lines up to a headline's length, case-folded and joined: the families with a
    word beginning on the line (anywhere, or at its start for those matched there).
    Longer lines, and all lines when folding changes a length (ß -> ss), get
    ALL_MARKS: every pattern is tried on them (a blank line gets none)."""
    marks = [ALL_MARKS] * len(stripped)
    scanned = [k for k, line in enumerate(stripped) if len(line) <= HEADLINE_MAX_LENGTH]
    joined = "\n".join([stripped[k] for k in scanned])
    folded = joined.casefold()
    if len(folded) != len(joined):
        return marks
    starts = [0, *accumulate(len(stripped[k]) + 1 for k in scanned)]
    for k in scanned:
        marks[k] = 0
    found = LINE_WORD_BEGINS.find(folded)
    while found is not None:
        at, begin = found.start(), found.group()
        n = bisect_right(starts, at) - 1
        marks[scanned[n]] |= _MARKS_ANYWHERE.get(begin, 0) | (
            _MARKS_AT_START.get(begin, 0) if _at_start(folded, at, starts[n]) else 0
        )
        found = LINE_WORD_BEGINS.find(folded, at + 1)
    return marks


def _at_start(folded: str, at: int, line_start: int) -> bool:
    """A word at its line's start, or behind an arrow and a space there."""
    return at == line_start or (at - line_start <= 2 and folded[line_start] in LEADING_ARROWS)


def _may_be_temperature(line: str) -> bool:
    """A temperature's sign, or two signs of numbers (a range: "+5...+7")."""
    return _WEATHER_SIGN in line or _written(line, _NUMBER_SIGNS) >= _RANGE_SIGNS


def chrome_line(line: str, marks: int = ALL_MARKS, *, under_post: bool = False) -> bool:
    """Is this line page chrome by itself (a banner, widget, menu, breadcrumb, related
    link)? `marks`: the line's `line_marks` (families that may match), all by default;
    `under_post`: the line is under a saved post's furniture (`related_inline`)."""
    stripped = line.strip()
    if not stripped or related_inline(stripped, marks, under_post=under_post):
        return bool(stripped)
    if len(stripped) > SHORT_LINE:
        return _is_menu(stripped) or _is_breadcrumb(stripped, marks) or archive_link_line(stripped)
    if marks & MARK_POSTING and _POSTING_LABEL.match(stripped):
        return False  # a page's own date line: "Жарыяланган убактысы: 12.03.2024 14:35"
    return banner_date_line(stripped, marks) or chrome_mark(line, stripped, marks)


def posting_line(stripped: str) -> bool:
    """A page's own date line opened by a posting label and its colon ("Жарыяланды:
    27.05.2019 17:40 | Көрүүлөр: 312"), whatever else it holds: a views counter, an author."""
    return _POSTING_LABEL.match(stripped) is not None and _DIGIT_IN.search(stripped) is not None


def section_name_line(stripped: str) -> bool:
    """A line that is a site section's name alone ("Аймактар", "Новости"; lexicon
    `breadcrumb_sections`): the page's section, over its headline."""
    return len(stripped) <= _CRUMB_SECTION_LENGTH and stripped.casefold() in _CRUMB_SECTIONS


def related_inline(stripped: str, marks: int = ALL_MARKS, *, under_post: bool = False) -> bool:
    """A related-news heading and its colon run into another article's headline on one
    line ("Дагы окуңуз: Таласта ...", "Окшош: Баткенде ..."), or, `under_post` (below a
    saved post's counters or buttons: the post's text has ended), a word of "also"
    before a post's headline and its bracketed date ("Ошондой эле: ... (31 марта)"); in
    a text's body that line is its own announcement ("Также: выставка ... (14 марта)",
    revfixl55)."""
    return len(stripped) <= HEADLINE_MAX_LENGTH and bool(
        (marks & MARK_RELATED and RELATED_INLINE.match(stripped))
        or (under_post and RELATED_DATED_INLINE.match(stripped))
    )


def chrome_mark(line: str, stripped: str, marks: int = ALL_MARKS) -> bool:
    """A short line's chrome besides a weekday banner: a chrome word, a current-date
    label, a temperature, a section's name, furniture, a currency rate, prayer times or
    places' clocks, a menu, a breadcrumb. `marks`: the line's `line_marks`, all by default."""
    return bool(
        (
            marks & MARK_CHROME
            and any(not heading_words_in_prose(line, m) for m in _MARKED.finditer(line))
        )
        or (_may_be_temperature(line) and _TEMPERATURE.search(line))
        or (marks & MARK_CURRENCY and _currency_rate(stripped))
        or (
            _written(line, _CURRENCY_SIGNS) >= _CURRENCY_WIDGET_SIGNS
            and _currency_rate(stripped, _CURRENCY_SIGN)
        )
        or (marks & MARK_SECTION and _section_line(line))
        or (marks & MARK_FURNITURE and _is_furniture(stripped))
        or (marks & MARK_PRAYER and prayer_widget(stripped))
        or place_clocks(stripped)
        or _is_menu(stripped)
        or _is_breadcrumb(stripped, marks)
        or _year_archive_crumb(stripped)
    )


def _year_archive_crumb(stripped: str) -> bool:
    """A site's path ending in a year's archive ("Айыл өкмөтү | Токтомдор | 2025-жыл"):
    short items without digits between breadcrumb separators, the last a year alone."""
    if stripped.startswith("|") or not _written(stripped, _CRUMB_SEPARATORS):
        return False
    *path, last = _CRUMB_SEPARATOR.split(stripped)
    return (
        len(path) + 1 >= _ARCHIVE_MIN_ITEMS
        and _ARCHIVE_YEAR.fullmatch(last) is not None
        and all(
            0 < len(item.split()) <= _MENU_MAX_WORDS
            and not _DIGIT.search(item)
            and not _CLAUSE_SIGNS.search(item)
            for item in path
        )
    )


def _section_line(line: str) -> bool:
    """A site section's name on a line with no date (else it is a posting line's
    category), and no region field naming a unit by its type word ("Аймактар: Жалал-Абад
    облусу (Аксы ... райондору)": where a project works; a menu lists bare names)."""
    return bool(
        _SECTION_WORDS.search(line)
        and not _DATE_SHAPE.search(line)
        and not WRITTEN_DATE.search(line)
        and not (_REGION_FIELD_LABEL.match(line.strip()) and _REGION_TYPE_WORD.search(line))
    )


def banner_date_line(stripped: str, marks: int = ALL_MARKS) -> bool:
    """A date line with a weekday set off by a comma: a site's date banner ("Шейшемби,
    14-май, 2024 | 10:05"), not a labelled posting line ("Создано: Вторник, 12 марта
    2024 14:35", a CMS's) nor a newspaper's issue line ("№ 21 (3418) 24-май, 2013-жыл,
    жума": ISSUE_NUMBER). `marks`: the line's `line_marks`, all by default."""
    return (
        bool(marks & MARK_WEEKDAY)
        and _BANNER_WEEKDAY.search(stripped) is not None
        and date_line(stripped)
        and not (marks & MARK_POSTING and _POSTING_LABEL.match(stripped))
        and not sentence_line(stripped)
        and ISSUE_NUMBER.search(stripped) is None
    )


def _currency_rate(stripped: str, currency: regex.Pattern[str] = _CURRENCY) -> bool:
    """A currency widget's line, its date and all: a currency's name (or, `currency`, its
    sign) and a rate with decimals ("12.03.2024 USD 89.30 EUR 97.10", "Доллар 89.30 |
    Евро 97.10 | 12.03.2024", "Бишкек 06:44   $ 87.45   € 101.20")."""
    return currency.search(stripped) is not None and any(
        not _DATE_SHAPE.fullmatch(m.group()) for m in _RATE.finditer(stripped)
    )


def bare_line(stripped: str) -> bool:
    """A line with no word of its own besides furniture words: a currency rate
    ("86.55", "USD"), a counter ("1299"), a clock ("Убакыт: 11:26"), a date alone."""
    # Every furniture word opens with a letter: when none opens at the line's first
    # letter, that letter stays (most lines: none is looked for in the rest of the line).
    first = LETTER.search(stripped, None, None, rx.NOT_CONCURRENT)
    if (
        first is not None
        and _FURNITURE_WORDS.match(stripped, first.start(), None, rx.NOT_CONCURRENT) is None
    ):
        return False
    return not LETTER.search(_FURNITURE_WORDS.sub(" ", stripped))


def _is_furniture(stripped: str) -> bool:
    """A currency rate or a clock with no word of its own ("USD 86.55", "Убакыт: 11:26"),
    not a date ("Время: 12.03.2020")."""
    return (
        _FURNITURE_WORDS.search(stripped) is not None
        and bare_line(stripped)
        and not _DATE_SHAPE.search(stripped)
    )


def menu_line(stripped: str, *, header: bool = False) -> bool:
    """A site menu. As chrome (header=False): four or more items of a few words, no
    digits ("Бишкек | Ош | Баткен | Нарын"). Among the header lines (header=True, for
    the document's own date): a short line of two or more short items, between
    separators or wide gaps ("Башкы бет   Жаңылыктар", "Аймактар / Жалал-Абад")."""
    if not header:
        return _is_menu(stripped)
    if len(stripped) > SHORT_LINE:
        return False
    items = _HEADER_MENU_SEPARATOR.split(stripped, 0, rx.NOT_CONCURRENT)
    return len(items) >= 2 and all(len(item) <= _HEADER_MENU_ITEM_MAX for item in items)


def _is_menu(stripped: str) -> bool:
    """A site menu: short items without digits between separators, not a table row."""
    if stripped.startswith("|") or "\t" in stripped:
        return False
    if _WIDE_GAP in stripped:
        stripped = _without_widget(stripped)
    if _written(stripped, _MENU_SEPARATORS) < _MENU_MIN_ITEMS - 1:
        menu = _wide_gap_menu(stripped)
    else:
        items = _MENU_SEPARATOR.split(stripped)
        menu = len(items) >= _MENU_MIN_ITEMS and all(
            0 < len(item.split()) <= _MENU_MAX_WORDS for item in items
        )
    # the digits asked last: most lines have no menu's items, and are not read for one
    return menu and not _DIGIT.search(stripped)


def _without_widget(stripped: str) -> str:
    """A menu's line without the widget a wide gap parts from it: a currency rate
    ("Башкы | Коом | Спорт      USD 69,27"), a clock ("... Маданият      Бишкек убактысы
    11:47"), today's date with its clock ("... Общество      15:22, 15 сентября 2017") or
    weekday ("... Спорт      Пятница, 15 февраля 2013": banner_date_line; round 46), a
    language switcher ("... СПОРТ      Кыргызча | Русский": round 48); else the line."""
    gap = _WIDE_GAP_SPLIT.search(stripped)
    if gap is None:
        return stripped
    tail = stripped[gap.end() :]
    short = len(tail) <= _HEADER_MENU_ITEM_MAX
    clock = short and _CLOCK.search(tail) is not None
    banner = clock and (_MARKED.search(tail) or date_line(tail))
    widget = _currency_rate(tail) or banner or (short and (banner_date_line(tail) or switch(tail)))
    return stripped[: gap.start()] if widget else stripped


def _wide_gap_menu(stripped: str) -> bool:
    """A site menu with its items parted by wide gaps, no separator ("Башкы бет
    Жаңылыктар   Документтер   Аймактар   Байланыш"): as many short items as a menu's,
    one a site section's name (a row of a table of names names none)."""
    if _WIDE_GAP not in stripped:  # one item: no menu of this kind (not split)
        return _narrow_gap_menu(stripped)
    items = _WIDE_GAP_SPLIT.split(stripped)
    return (
        len(items) >= _MENU_MIN_ITEMS
        and all(0 < len(item.split()) <= _MENU_MAX_WORDS for item in items)
        and (any(_section_name(item) for item in items) or _search_box(items[-1]))
    ) or _narrow_gap_menu(stripped)


def _narrow_gap_menu(stripped: str) -> bool:
    """A site menu with its items parted by gaps of two spaces: a line no longer than a
    headline with no clause's signs and no full stop at its end, its first item a site
    section's name ("Жаңылыктар  Райондун тарыхы  Айыл аймактар  Байланыш"; a site's
    menu of eight items runs past a short line: "Главная  О нас  Совет  Новости  ...");
    an ellipsis at its end is a search box's placeholder, no full stop ("Главная  Новости
    Контакты  Поиск...": `_ELLIPSIS_END`)."""
    # (an ellipsis asked only of a line that ends in three dots: prose ends in one)
    full_stop = stripped.endswith(".") and not (
        stripped.endswith("...") and _ELLIPSIS_END.search(stripped)
    )
    if len(stripped) > HEADLINE_MAX_LENGTH or full_stop or _NARROW_GAP not in stripped:
        return False  # (no gap: one item)
    # its first item (the text before the first gap) a section's name, asked before the
    # whole line is searched: most lines with a double space are prose
    if not _section_name(stripped.split(_NARROW_GAP, 1)[0]) or _CLAUSE_SIGNS.search(stripped):
        return False
    items = _NARROW_GAP_SPLIT.split(stripped)
    return (
        len(items) >= _MENU_MIN_ITEMS
        and all(0 < len(item.split()) <= _MENU_MAX_WORDS for item in items)
        and _section_name(items[0])
    )


def _search_box(item: str) -> bool:
    """A search box's placeholder, one word and an ellipsis ("Издөө...", "Поиск…"): it
    ends a menu as a section's name opens one (round 33)."""
    return len(item.split()) == 1 and _ELLIPSIS_END.search(item) is not None


def _menu_item(stripped: str) -> bool:
    """A line that may be a menu item: a few words, no digits, no full stop."""
    return (
        0 < len(stripped.split()) <= _MENU_MAX_WORDS
        and not _DIGIT.search(stripped)
        and not stripped.endswith(".")
    )


def vertical_menus(
    lines: Sequence[Line], marks: Sequence[int] | None = None
) -> list[tuple[int, int]]:
    """Menus written one item a line: runs [first, last) of at least menu_min_items
    item lines (blank lines end a run) with a site section's name among them.
    `marks`: the lines' `line_marks`, when known."""
    runs: list[tuple[int, int]] = []
    named = (
        (line.stripped for line in lines)
        if marks is None
        else (
            line.stripped
            for line, mark in zip(lines, marks, strict=True)
            if mark & MARK_SECTION_NAME
        )
    )
    if not any(map(_section_name, named)):
        return runs  # no run holds a section's name
    first = 0
    for k in range(len(lines) + 1):
        if k < len(lines) and _menu_item(lines[k].stripped):
            continue
        run = lines[first:k]
        if len(run) >= _MENU_MIN_ITEMS and any(_section_name(line.stripped) for line in run):
            runs.append((first, k))
        first = k + 1
    return runs


def _section_name(stripped: str) -> bool:
    """A site section's name alone, maybe with a colon ("Жаңылыктар:")."""
    name = stripped.rstrip(":")
    return len(name) <= _CRUMB_SECTION_LENGTH and name.casefold() in _CRUMB_SECTIONS


def _written(stripped: str, signs: Sequence[str]) -> int:
    """How many times the signs are written in the line (split at separators, its
    items are at most one more)."""
    return sum(map(stripped.count, signs))


def _is_breadcrumb(stripped: str, marks: int = ALL_MARKS) -> bool:
    """A breadcrumb: a site section, then short items between separators, no digits
    ("Аймактар / Жалал-Абад"). `marks`: the line's `line_marks`, all by default."""
    if (
        len(stripped) > SHORT_LINE
        or not marks & MARK_SECTION_NAME
        or not _written(stripped, _CRUMB_SEPARATORS)
        or _DIGIT.search(stripped)
    ):
        return False
    items = _CRUMB_SEPARATOR.split(stripped)
    return (
        len(items) >= 2
        and items[0].casefold() in _CRUMB_SECTIONS
        and all(0 < len(item.split()) <= _MENU_MAX_WORDS for item in items)
    )
