"""Each line's class, made once per document by the segment stage (segment.py):
content, the title (the headline), a date line, or page chrome.

- chrome: a saved web page's furniture, no fact of the text: a clock or date banner
  ("Шейшемби, 14-май, 2024 | 10:05", "Бишкек убактысы 09:12", "Бишкек, 14 июля 2021,
  среда"), a weather widget ("+27°"), a currency rate or counter with no word of its
  own ("USD 86.55"), a menu or breadcrumb ("Бишкек | Ош | Баткен | Нарын",
  "Аймактар / Жалал-Абад"), a newspaper's founding line (with the line it wraps
  to), the headlines under a "related news" heading, a calendar widget;
- date: a short line with a date and hardly another word ("19.02.2018 16:27",
  "2017-жылдын 25-октябры", "Кабар.кг, 19 января 2025");
- title: the headline, found among the header lines (extractors/title.py reads it);
- content: every other line.

The words and limits are data: lexicon/lines.yaml (page chrome), lexicon/dates.yaml
(weekdays) and lexicon/structure.yaml (date lines, the header).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Literal

import regex

from . import rx
from .calendar_widget import calendar_lines
from .fold import fold
from .lexicon import load

if TYPE_CHECKING:
    from .segment import Line

LineClass = Literal["content", "title", "date", "chrome"]

_LEX = load("lines")
_SPACE_RUN = "[ \t]{1,3}"
_DATES = load("dates")
_WEEKDAY_WORDS: list[str] = _DATES["weekdays"]
_STRUCTURE = load("structure")


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
_WEEKDAYS = _words(_WEEKDAY_WORDS)
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
_ARTICLE_HEADLINE_WORDS: int = _LEX["article_headline_words"]
_ARTICLE_DATE_REACH: int = _LEX["article_date_reach"]
_MASTHEAD_OPENER = rx.compile(
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
# Compared folded (fold.py): spaces, hyphens and the Kyrgyz letters a Russian
# keyboard lacks make no difference ("Окшош  жанылыктар").
_RELATED_HEADINGS = frozenset(fold(w) for w in _LEX["related_headings"])
# Letters that fold to one letter each and that folding never merges into the letter
# before them (tests/test_segment_stage.py checks both): a line holding more of them
# than the longest folded heading has folds to no heading, so a line of prose is
# not folded to be compared (folding a long line costs more than this scan).
_KEPT_LETTERS = "a-zA-Zа-щыэ-яА-ЩЫЭ-ЯёЁөӨүҮңҢ"  # no ь ъ: folding drops them
HEADLINE_MAX_LENGTH: int = _LEX["headline_max_length"]
_PROSE_MIN_WORDS: int = _LEX["prose_min_words"]
_COMMENT_HEADINGS = frozenset(fold(w) for w in _LEX["comment_headings"])
_NO_HEADING = rx.compile(
    rf"(?:[^{_KEPT_LETTERS}]*+[{_KEPT_LETTERS}])"
    rf"{{{max(map(len, _RELATED_HEADINGS | _COMMENT_HEADINGS)) + 1}}}"
)
# A heading's count or arrows: "Пикирлер: 3", "Окшош жаңылыктар (5) →", "← Мурунку жаңылык".
_COMMENT_COUNT = rx.compile(r"[(:]?\d{1,5}\)?$")
_HEADING_MARKS = ':→»›>… ←«‹<"'
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
    return banner_date_line(stripped) or _chrome_mark(line, stripped)


def _chrome_mark(line: str, stripped: str) -> bool:
    """A short line's chrome besides a weekday banner: a chrome word, a current-date
    label, a temperature, a section's name, furniture, a currency rate, prayer times, a
    menu, a breadcrumb."""
    return bool(
        _MARKED.search(line)
        or _currency_rate(stripped)
        or (_SECTION_WORDS.search(line) and not _DATE_SHAPE.search(line))
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
        and not _sentence(stripped)
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


def _vertical_menus(lines: Sequence[Line]) -> list[tuple[int, int]]:
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


# ------------------------------------------------------------------ the header: title, dates

DOCUMENT_TYPES: dict[str, str] = {k.casefold(): v for k, v in _STRUCTURE["document_types"].items()}
_COUNTRIES = "|".join(map(regex.escape, _STRUCTURE["dateline_countries"]))
_CITY_AFFIXES = "|".join(map(regex.escape, _STRUCTURE["dateline_city_prefixes"]))
# "Кыргызстан, Бишкек" / "Кыргызстан, г. Бишкек" / "г. Бишкек, 12 марта 2020 г." /
# "Бишкек шаары, 2017-жылдын 25-октябры" (a city followed by a date).
_DATELINE = rx.compile(
    rf"^(?:(?P<country>{_COUNTRIES})\s{{0,3}},\s{{0,3}})?"
    rf"(?:(?:{_CITY_AFFIXES})\s{{0,3}})?"
    r"(?P<city>\p{Lu}[\p{L}-]{1,40})"
    rf"(?:\s{{1,3}}(?:{_CITY_AFFIXES}))?"
    r"\s{0,3}(?:[,.]\s{0,3}(?P<rest>.{0,60}))?$",
    regex.IGNORECASE,
)
# A bare name opening a dateline: before it the line's start, perhaps the country and
# a comma; after it the line's end (trailing blanks are no content: `vap clean` drops
# them), a date, or the country closing the line ("Нарын, Кыргызстан").
_NAME_DATELINE_BEFORE = rx.compile(rf"[ \t]{{0,20}}(?:(?:{_COUNTRIES})[ ]{{0,3}},[ ]{{0,3}})?")
_NAME_DATELINE_AFTER = rx.compile(
    rf"[ \t]{{0,5}}(?:$|,[ ]{{0,3}}\d|,[ ]{{0,3}}(?:{_COUNTRIES})[ \t]{{0,3}}$)"
)
# After a dateline's city in capitals: a dot or a dash, then the story ("НАРЫН. Бүгүн").
_CAPS_DATELINE_AFTER = rx.compile(r"[ ]{0,2}(?:\.|[ ][-–—])[ ]{1,3}\p{L}")
# Words of a date line besides its dates: month and weekday names, year words, chrome.
_DATE_WORDS: tuple[str, ...] = tuple(
    w.casefold().rstrip("ь")
    for w in [
        *(m["ky"] for m in _DATES["months"]),
        *(m["ru_genitive"] for m in _DATES["months"]),
        *_WEEKDAY_WORDS,
    ]
)
_DATE_LINE_WORDS = frozenset(w.casefold() for w in _STRUCTURE["date_line_words"])
_HEADER_WORD = rx.compile(r"(?<![\p{L}\d-])\p{L}{1,40}")
_CHROME_PIPES: int = _STRUCTURE["chrome_min_pipes"]
_CHROME_SEPARATORS: tuple[str, ...] = tuple(_STRUCTURE["chrome_separators"])
HEADER_LINES: int = _STRUCTURE["header_lines"]
_DATE_LINE_LENGTH: int = _STRUCTURE["date_line_max_length"]
_DATE_LINE_WORDS_MAX: int = _STRUCTURE["date_line_max_words"]
# An upper-case headline goes on over at most this many more upper-case lines.
_TITLE_MORE_LINES = 3


# A line's last word before its full stop: a sentence's verb ("Жыйын шаршемби, 5-мартта
# өттү."), or a date line's own word ("..., 2024 г.", "..., среда.").
_LAST_WORD = rx.compile(r"(?<!\p{L})(\p{L}{3,})\.$")


def _sentence(stripped: str) -> bool:
    """A short line that ends as a sentence does, with a word that is no date's: prose
    naming the day of the week, not a site's date banner."""
    last = _LAST_WORD.search(stripped)
    if last is None:
        return False
    word = last.group(1).casefold()
    return word not in _DATE_LINE_WORDS and not word.startswith(_DATE_WORDS)


def date_line(line: str) -> bool:
    """A short line with a date and hardly another word: "12.03.2020 09:50",
    "2017-жылдын 25-октябры", "Кабар.кг, 19 января 2025", a site's clock banner."""
    if len(line) > _DATE_LINE_LENGTH or not _DIGIT.search(line):
        return False
    words = [
        w
        for w in (m.group().casefold() for m in _HEADER_WORD.finditer(line))
        if w not in _DATE_LINE_WORDS and not w.startswith(_DATE_WORDS)
    ]
    return len(words) <= _DATE_LINE_WORDS_MAX


def document_type(stripped: str) -> str | None:
    """The document type a header line names: "ПРЕСС-РЕЛИЗ", and a bilingual
    "КУЛАКТАНДЫРУУ / ОБЪЯВЛЕНИЕ"."""
    parts = [type_of(p) for p in stripped.split("/")]
    return parts[0] if parts and all(parts) else None


def type_of(stripped: str) -> str | None:
    return DOCUMENT_TYPES.get(stripped.casefold().strip(" :.-"))


def header_cells(original_line: str) -> list[str] | None:
    """The cells of a site's menu or breadcrumb over the headline ("Кабар | Аймактар |
    2022-..."); a header line, not the headline (its dates may be the document's)."""
    if original_line.count("|") >= _CHROME_PIPES:
        return [c.strip() for c in original_line.split("|")]
    for separator in _CHROME_SEPARATORS:
        if separator in original_line and separator.strip() != "/":
            return [c.strip() for c in original_line.split(separator.strip())]
    if original_line.count("|") == 1:
        cells = [c.strip() for c in original_line.split("|")]
        if any(date_line(c) for c in cells):
            return cells
    return None


def dateline_city(line: Line) -> tuple[int, int] | None:
    """The [start, end) of the city of a dateline line ("Кыргызстан, Бишкек",
    "Бишкек, 12-март"), in normalised offsets."""
    stripped = line.stripped
    m = _DATELINE.match(stripped)
    if not m:
        return None
    rest = (m.group("rest") or "").strip()
    # Without a country, the city must be followed by a date ("Бишкек, 12-март").
    if not m.group("country") and not (rest and rest[0].isdigit()):
        return None
    if m.group("country") and rest:
        return None
    offset = line.start + line.text.index(stripped)
    return offset + m.start("city"), offset + m.end("city")


def dateline_name(before: str, name: str, after: str) -> bool:
    """Does `name` open a dateline, given the text of its line `before` and `after`
    it? "Кыргызстан, Бишкек", "Нарын, 2 декабря 2019 года", "Нарын, Кыргызстан", an
    agency's city in capitals before a dot or dash ("НАРЫН. Бүгүн ...")."""
    if _NAME_DATELINE_BEFORE.fullmatch(before) and _NAME_DATELINE_AFTER.match(after):
        return True
    return before.strip() == "" and name.isupper() and bool(_CAPS_DATELINE_AFTER.match(after))


def upper_case(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def _headline(
    lines: Sequence[Line], classes: list[LineClass], original: Callable[[Line], str]
) -> list[int]:
    """The indexes of the headline's lines: the first header line that is no chrome,
    document type, menu, dateline or date line; an upper-case headline goes on over
    the upper-case lines after it ("ЖӨБ ОРГАНДАРЫНЫН ... АРАКЕТИ:" / "НАТЫЙЖАНЫ ...")."""
    filled = [k for k, line in enumerate(lines) if line.stripped]
    for n, k in enumerate(filled[:HEADER_LINES]):
        stripped = lines[k].stripped
        if (
            classes[k] != "content"
            or document_type(stripped)
            or header_cells(original(lines[k]).strip()) is not None
            or dateline_city(lines[k])
        ):
            continue
        title = [k]
        if upper_case(stripped):
            for j in filled[n + 1 : n + 1 + _TITLE_MORE_LINES]:
                if not upper_case(lines[j].stripped) or type_of(lines[j].stripped):
                    break
                title.append(j)
        return title
    return []


@dataclass
class LineClasses:
    """The class of each line (in the order of Segments.lines) and the [start, end)
    ranges of the chrome lines, sorted."""

    classes: list[LineClass]
    chrome: list[tuple[int, int]]
    # The lines of related-news blocks (a part of chrome): other articles' headlines
    # name other articles' people, places and dates.
    related: list[tuple[int, int]]
    # Indexes of the headline's lines (Segments.lines), in order; empty when none.
    title: list[int]


def _no_headline(stripped: str) -> bool:
    """A line no headline is: too long, or a sentence ended by a full stop."""
    return len(stripped) > HEADLINE_MAX_LENGTH or stripped.endswith(".")


def _related_lines(lines: Sequence[Line]) -> set[int]:
    """The lines of the blocks under a related-news heading or a comments heading
    (`_block_goes_on`). A related-news block over the article (a site's news ticker,
    before any prose) ends with the article's own headline and date line, right over
    its prose: those are no related news."""
    inside: set[int] = set()
    block: Block = None
    members: list[int] = []
    over_article = False
    article_started = False  # a line no headline is (`_no_headline`) above
    prose = False  # a line of prose above (`_prose`): comments open only under it
    for k, line in enumerate(lines):
        stripped = line.stripped
        following = _block_goes_on(block, stripped, after_prose=prose)
        if block == "related" and following != "related" and over_article:
            inside -= _article_head(lines, members)
        if following != block:
            members = []
            over_article = following == "related" and not article_started
        if following is not None:
            members.append(k)
            inside.add(k)
        block = following
        article_started = article_started or _no_headline(stripped)
        prose = prose or _prose(stripped)
    return inside


def _article_head(lines: Sequence[Line], block: list[int]) -> set[int]:
    """The article's date line closing a block (its last line with text) and the
    headline over it."""
    filled = [k for k in block[1:] if lines[k].stripped]
    if len(filled) < 2 or not date_line(lines[filled[-1]].stripped):
        return set()
    return {filled[-2], filled[-1]} if not date_line(lines[filled[-2]].stripped) else set()


def classify(lines: Sequence[Line], original: Callable[[Line], str] | None = None) -> LineClasses:
    """The class of every line: chrome first (a line alone, or in a block: the lines
    under a related-news heading, a founding line with the line it wraps to), then
    date lines, then the headline among the header lines. `original`: a line's text
    before normalisation (a menu's separators: "»"), the line itself by default."""
    classes: list[LineClass] = ["content"] * len(lines)
    chrome: list[tuple[int, int]] = []
    related: list[tuple[int, int]] = []
    in_blocks = _related_lines(lines)
    for k, line in enumerate(lines):
        stripped = line.stripped
        headlines = k in in_blocks
        if headlines:
            related.append((line.start, line.end))
        if headlines or chrome_line(line.text):
            classes[k] = "chrome"
        elif len(stripped) <= SHORT_LINE and _MASTHEAD_OPENER.match(stripped):
            classes[k] = "chrome"
            # A founding line may wrap: "Основана 5 июня" / "1957 года".
            nxt = lines[k + 1] if k + 1 < len(lines) else None
            if nxt is not None and 0 < len(nxt.stripped) <= SHORT_LINE:
                classes[k + 1] = "chrome"
        if classes[k] == "chrome":
            chrome.append((line.start, line.end))
        elif date_line(stripped):
            classes[k] = "date"
    widgets = calendar_lines([line.stripped for line in lines], date_line)
    for k in [*(k for a, b in _vertical_menus(lines) for k in range(a, b)), *widgets]:
        if classes[k] != "chrome":
            classes[k] = "chrome"
            chrome.append((lines[k].start, lines[k].end))
    chrome.sort()
    title = _headline(lines, classes, original or (lambda line: line.text))
    for k in title:
        if classes[k] != "chrome":
            classes[k] = "title"
    _article_date_back(lines, classes, chrome, title)
    return LineClasses(classes, chrome, related, title)


# The block a line stands in: under a related-news heading, under a comments heading.
Block = Literal["related", "comments"] | None


def _prose(stripped: str) -> bool:
    """A line of prose: longer than a widget's, or a sentence of some words."""
    return len(stripped) > SHORT_LINE or (
        stripped.endswith(".") and len(stripped.split()) >= _PROSE_MIN_WORDS
    )


def _block_goes_on(block: Block, stripped: str, *, after_prose: bool) -> Block:
    """The block of this line: a heading opens one; a related-news block holds its
    headlines, with blank and author lines between them, up to a line that is no
    headline (too long, or a sentence ended by a full stop); a comments block holds
    short comments with their authors and dates ("Асан, 15.03.2024" / "Рахмат!"), up to
    a line as long as prose; it opens only under the article's prose (`after_prose`: a
    counter "Комментарии (0)" under a headline opens nothing)."""
    if len(stripped) > HEADLINE_MAX_LENGTH or (block == "related" and _no_headline(stripped)):
        block = None
    raw = stripped.strip(_HEADING_MARKS)
    if _NO_HEADING.match(raw):
        return block  # more letters than any heading has: not folded to be compared
    heading = fold(raw)
    uncounted = _COMMENT_COUNT.sub("", heading)
    if heading in _RELATED_HEADINGS or uncounted in _RELATED_HEADINGS:
        return "related"
    if after_prose and uncounted in _COMMENT_HEADINGS:
        return "comments"
    return block


def _article_date_back(
    lines: Sequence[Line], classes: list[LineClass], chrome: list[tuple[int, int]], title: list[int]
) -> None:
    """A weekday date line under the headline is the article's date line again, no chrome."""
    article = _article_weekday_line(lines, classes, title)
    if article is not None:
        classes[article] = "date"
        chrome.remove((lines[article].start, lines[article].end))


def _article_weekday_line(
    lines: Sequence[Line], classes: list[LineClass], title: list[int]
) -> int | None:
    """The index of a weekday date line under a headline of some words ("В Нарыне
    прошёл семинар по бюджету" / "Вторник, 12 марта 2024"): the article's date, not a
    banner (lexicon/lines.yaml article_headline_words)."""
    if not title or len(lines[title[0]].stripped.split()) < _ARTICLE_HEADLINE_WORDS:
        return None
    filled = (k for k in range(title[-1] + 1, len(lines)) if lines[k].stripped)
    below = list(islice(filled, _ARTICLE_DATE_REACH + 1))
    for n, k in enumerate(below[:_ARTICLE_DATE_REACH]):
        stripped = lines[k].stripped
        if classes[k] != "chrome" or not banner_date_line(stripped):
            continue
        if _chrome_mark(lines[k].text, stripped):
            return None  # a clock's or weather's banner too
        nxt = below[n + 1] if n + 1 < len(below) else None
        if nxt is not None and _over_a_headline(lines[nxt].stripped, classes[nxt]):
            return None  # a banner over the site's menus or over the real headline
        return k
    return None


def _over_a_headline(stripped: str, cls: LineClass) -> bool:
    """The line under a weekday date line shows it a banner: chrome, a menu, or another
    headline (a short line of some words without a full stop: the line over the banner
    was the site's name)."""
    if cls == "chrome" or menu_line(stripped, header=True):
        return True
    return (
        len(stripped) <= HEADLINE_MAX_LENGTH
        and not stripped.endswith(".")
        and len(stripped.split()) >= _ARTICLE_HEADLINE_WORDS
        and not date_line(stripped)
    )
