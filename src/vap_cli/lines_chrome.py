"""Page chrome, a line at a time (lines.py classifies the lines): a clock or date banner
("Шейшемби, 14-май, 2024 | 10:05"), a weather widget ("+27°"), a currency rate or counter
with no word of its own ("USD 86.55"), a menu or breadcrumb ("Бишкек | Ош | Баткен |
Нарын", "Аймактар / Жалал-Абад"), a section's name, prayer times. The words and limits are
data: lexicon/lines.yaml, and lexicon/dates.yaml (weekdays).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import regex

from . import rx
from .lexicon import load
from .lines_header import WEEKDAY_WORDS, WRITTEN_DATE, date_line, sentence_line

if TYPE_CHECKING:
    from .segment import Line

_LEX = load("lines")
_SPACE_RUN = "[ \t]{1,3}"


def _words(*lists: Sequence[str]) -> str:
    """An alternation of words, longest first; a phrase's space stands for a run of
    a few spaces or tabs (a page's "Аба  ырайы")."""
    words = {w for items in lists for w in items}
    return "|".join(
        regex.escape(w).replace("\\ ", _SPACE_RUN)
        for w in sorted(words, key=lambda w: (-len(w), w))
    )


# A short line: a banner, a widget, a menu; prose is longer.
SHORT_LINE: int = _LEX["short_line"]
_CHROME_WORDS = rx.compile(_words(_LEX["chrome_words"]), regex.IGNORECASE)
_SECTION_WORDS = rx.compile(_words(_LEX["section_chrome_words"]), regex.IGNORECASE)
_WEEKDAYS = _words(WEEKDAY_WORDS)
# A weekday set off by a comma on a date line: a site's date or clock banner ("Бишкек, 14 июля
# 2021, среда", "Шейшемби, 14-май, 2024 | 10:05"); not "жума сайын саат 10:00дө", "үч жума бою",
# a sentence ("Жыйын дүйшөмбү, 5-мартта өттү"), a yearless schedule row ("Дүйшөмбү, 5-июнь - Ош").
_BANNER_WEEKDAY = rx.compile(
    rf"(?:,[ ]{{0,3}}(?:{_WEEKDAYS})(?!\p{{L}})|(?<!\p{{L}})(?:{_WEEKDAYS})[ ]{{0,3}},)"
    r"(?:(?!.{0,80}[ ][-–—][ ]{0,3}\p{L})|(?=.{0,80}(?<!\d)\d{4}(?!\d))|(?<=\d{4}\D.{0,80}))",
    regex.IGNORECASE,
)
_TODAY_LABEL = rx.compile(
    rf"(?<!\p{{L}})(?:{_words(_LEX['today_labels'])})\s{{0,2}}:", regex.IGNORECASE
)
# ... or a range of signed numbers without it ("Бишкек: +5...+7"); a phone's "+996" has
# no second number after dots or a dash.
_TEMPERATURE = rx.compile(
    r"(?<!\d)\d{1,2}[ ]?"
    + regex.escape(_LEX["weather_sign"])
    + r"|(?<![\d\p{L}])[+\-−]\d{1,2}[ ]?(?:\.{2,3}|…|[-–])[ ]?[+\-−]\d{1,2}(?!\d)"
)
# A posting label and its colon open a CMS's date line ("Создано: Вторник, 12 марта 2024").
_POSTING_LABEL = rx.compile(rf"^(?:{_words(_LEX['posting_labels'])})\s{{0,2}}:", regex.IGNORECASE)
MASTHEAD_OPENER = rx.compile(
    rf"(?:{_words(_LEX['masthead_openers'])})(?!\p{{L}})", regex.IGNORECASE
)
# One scan for a short chrome line's marks: a chrome word, a current-date label, a temperature.
_MARKED = rx.compile(
    "|".join(p.pattern for p in (_CHROME_WORDS, _TODAY_LABEL, _TEMPERATURE)), regex.IGNORECASE
)
_CURRENCY_CODES: list[str] = _LEX["currency_codes"]
_CURRENCY = rx.compile(
    rf"(?<!\p{{L}})(?:{_words(_CURRENCY_CODES, _LEX['currency_names'])})(?!\p{{L}})",
    regex.IGNORECASE,
)
# A rate: digits, a point or a comma, two to four decimals (not a date's "12.03.2024").
_RATE = rx.compile(r"(?<![\d.,])\d{1,4}[.,]\d{2,4}(?:[.,/-]\d{1,4})?(?![\d.,])")
_FURNITURE_WORDS = rx.compile(
    rf"(?<!\p{{L}})(?:{_words(_CURRENCY_CODES, _LEX['furniture_words'])})(?!\p{{L}})",
    regex.IGNORECASE,
)
_LETTER = rx.compile(r"\p{L}")
# Three groups of digits: a date ("12.03.2020", "2020-03-12"), never a rate.
_DATE_SHAPE = rx.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}")
_DIGIT = rx.compile(r"\d")
_PRAYER_TIME = rx.compile(  # a prayer's name and its clock time ("Бешим 12:40", "Аср: 15:50")
    rf"(?<!\p{{L}})(?:{_words(_LEX['prayer_names'])})[ ]{{0,3}}:?[ ]{{0,3}}\d{{1,2}}:\d{{2}}(?!\d)",
    regex.IGNORECASE,
)
_PRAYER_WIDGET_TIMES: int = _LEX["prayer_widget_min_times"]
_MENU_SEPARATOR = rx.compile(
    r"[ ]{1,3}(?:" + "|".join(regex.escape(s) for s in _LEX["menu_separators"]) + r")[ ]{1,3}"
)
_MENU_MIN_ITEMS: int = _LEX["menu_min_items"]
_MENU_MAX_WORDS: int = _LEX["menu_max_words"]
_HEADER_MENU_ITEM_MAX: int = _LEX["header_menu_item_max"]
# This many spaces in a row part a header's menu items, or the cells of a line.
WIDE_GAP: int = _LEX["wide_gap"]
_HEADER_MENU_SEPARATOR = rx.compile(
    r"[ ]{0,3}["
    + "".join(regex.escape(s) for s in _LEX["header_menu_separators"])
    + rf"][ ]{{0,3}}|[ ]{{{WIDE_GAP},}}"
)
_CRUMB_SEPARATOR = rx.compile(
    r"[ ]{1,3}(?:" + "|".join(regex.escape(s) for s in _LEX["breadcrumb_separators"]) + r")[ ]{1,3}"
)
_CRUMB_SECTIONS = frozenset(w.casefold() for w in _LEX["breadcrumb_sections"])
HEADLINE_MAX_LENGTH: int = _LEX["headline_max_length"]
# A related-news heading, a colon, another article's headline ("Дагы окуңуз: Таласта ...").
_RELATED_INLINE = rx.compile(rf"(?:{_words(_LEX['related_headings'])}) ?:[ ]{{0,3}}\S", regex.I)


def chrome_line(line: str) -> bool:
    """Is this line page chrome by itself (a banner, widget, menu, breadcrumb, related link)?"""
    stripped = line.strip()
    if not stripped or (len(stripped) <= HEADLINE_MAX_LENGTH and _RELATED_INLINE.match(stripped)):
        return bool(stripped)
    if len(stripped) > SHORT_LINE:
        return _is_menu(stripped) or _is_breadcrumb(stripped)
    if _POSTING_LABEL.match(stripped):
        return False  # a page's own date line: "Жарыяланган убактысы: 12.03.2024 14:35"
    return banner_date_line(stripped) or chrome_mark(line, stripped)


def chrome_mark(line: str, stripped: str) -> bool:
    """A short line's chrome besides a weekday banner: a chrome word, a current-date
    label, a temperature, a section's name, furniture, a currency rate, prayer times, a
    menu, a breadcrumb."""
    return bool(
        _MARKED.search(line)
        or _currency_rate(stripped)
        or (
            _SECTION_WORDS.search(line)
            and not _DATE_SHAPE.search(line)
            and not WRITTEN_DATE.search(line)
        )
        or _is_furniture(stripped)
        or len(_PRAYER_TIME.findall(stripped)) >= _PRAYER_WIDGET_TIMES
        or _is_menu(stripped)
        or _is_breadcrumb(stripped)
    )


def banner_date_line(stripped: str) -> bool:
    """A date line with a weekday set off by a comma: a site's date banner ("Шейшемби,
    14-май, 2024 | 10:05"), not a labelled posting line ("Создано: Вторник, 12 марта
    2024 14:35", a CMS's)."""
    return (
        _BANNER_WEEKDAY.search(stripped) is not None
        and date_line(stripped)
        and not _POSTING_LABEL.match(stripped)
        and not sentence_line(stripped)
    )


def _currency_rate(stripped: str) -> bool:
    """A currency widget's line, its date and all: a currency's name and a rate with
    decimals ("12.03.2024 USD 89.30 EUR 97.10", "Доллар 89.30 | Евро 97.10 | 12.03.2024")."""
    return _CURRENCY.search(stripped) is not None and any(
        not _DATE_SHAPE.fullmatch(m.group()) for m in _RATE.finditer(stripped)
    )


def bare_line(stripped: str) -> bool:
    """A line with no word of its own besides furniture words: a currency rate
    ("86.55", "USD"), a counter ("1299"), a clock ("Убакыт: 11:26"), a date alone."""
    return not _LETTER.search(_FURNITURE_WORDS.sub(" ", stripped))


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
    items = _HEADER_MENU_SEPARATOR.split(stripped)
    return len(items) >= 2 and all(len(item) <= _HEADER_MENU_ITEM_MAX for item in items)


def _is_menu(stripped: str) -> bool:
    """A site menu: short items without digits between separators, not a table row."""
    if stripped.startswith("|") or "\t" in stripped or _DIGIT.search(stripped):
        return False
    items = _MENU_SEPARATOR.split(stripped)
    return len(items) >= _MENU_MIN_ITEMS and all(
        0 < len(item.split()) <= _MENU_MAX_WORDS for item in items
    )


def _menu_item(stripped: str) -> bool:
    """A line that may be a menu item: a few words, no digits, no full stop."""
    return (
        0 < len(stripped.split()) <= _MENU_MAX_WORDS
        and not _DIGIT.search(stripped)
        and not stripped.endswith(".")
    )


def vertical_menus(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """Menus written one item a line: runs [first, last) of at least menu_min_items
    item lines (blank lines end a run) with a site section's name among them."""
    runs: list[tuple[int, int]] = []
    first = 0
    for k in range(len(lines) + 1):
        if k < len(lines) and _menu_item(lines[k].stripped):
            continue
        run = lines[first:k]
        if len(run) >= _MENU_MIN_ITEMS and any(
            line.stripped.rstrip(":").casefold() in _CRUMB_SECTIONS for line in run
        ):
            runs.append((first, k))
        first = k + 1
    return runs


def _is_breadcrumb(stripped: str) -> bool:
    """A breadcrumb: a site section, then short items between separators, no digits
    ("Аймактар / Жалал-Абад")."""
    if len(stripped) > SHORT_LINE or _DIGIT.search(stripped):
        return False
    items = _CRUMB_SEPARATOR.split(stripped)
    return (
        len(items) >= 2
        and items[0].casefold() in _CRUMB_SECTIONS
        and all(0 < len(item.split()) <= _MENU_MAX_WORDS for item in items)
    )
