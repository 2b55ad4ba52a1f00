"""Each line's class, made once per document by the segment stage (segment/__init__.py):
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

Each family of line classes is a module of its own: lines_chrome.py (a chrome line by
itself), lines_related.py (related-news and comments blocks), lines_header.py (document
types, datelines, date lines), lines_founding.py (a newspaper's founding line and its
masthead's cells). The words and limits are data: lexicon/lines.yaml (page
chrome), lexicon/dates.yaml (weekdays) and lexicon/structure.yaml (date lines, the header).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Literal

import regex

from .. import morph, rx
from ..lexicon import load
from ..plain import Fields
from .calendar_widget import calendar_lines
from .lines_chrome import (
    HEADLINE_MAX_LENGTH,
    ISSUE_NUMBER,
    SHORT_LINE,
    WIDE_GAP,
    banner_date_line,
    bare_line,
    chrome_line,
    chrome_mark,
    line_marks,
    menu_line,
    related_inline,
    section_name_line,
    vertical_menus,
)
from .lines_footer import footer_address
from .lines_founding import founding_lines, founding_sentence, paper_cells
from .lines_header import (
    DOCUMENT_TYPES,
    HEADER_LINES,
    SENTENCE_END_MARKS,
    date_line,
    dateline_city,
    dateline_name,
    document_type,
    header_cells,
    sender_line,
    type_of,
    upper_case,
)
from .lines_related import prose_line, related_lines
from .lines_social import laid_out_counters, social_line
from .programme_days import programme_days
from .today_banner import today_banners

if TYPE_CHECKING:
    from . import Line

__all__ = [
    "DOCUMENT_TYPES",
    "HEADER_LINES",
    "HEADLINE_MAX_LENGTH",
    "ISSUE_NUMBER",
    "SHORT_LINE",
    "WIDE_GAP",
    "LineClass",
    "LineClasses",
    "banner_date_line",
    "bare_line",
    "chrome_line",
    "classify",
    "date_line",
    "dateline_city",
    "dateline_name",
    "document_type",
    "header_cells",
    "menu_line",
    "type_of",
    "upper_case",
]

LineClass = Literal["content", "title", "date", "chrome"]

_LEX = load("lines")

_ARTICLE_HEADLINE_WORDS: int = _LEX["article_headline_words"]
_ARTICLE_DATE_REACH: int = _LEX["article_date_reach"]
# ... or a shorter headline that ends with its verb in the past, as a Kyrgyz headline
# does ("Нарында семинар өттү"; the endings of morphology.yaml `past`): a site's name
# over its banner is a noun phrase. Its verb has at least a stem of this many letters.
_PAST_VERB_STEM: int = _LEX["article_headline_verb_stem"]
_PAST_VERB_TAIL = 4
_PAST_VERB_END = rx.compile(
    rf"(?<!\p{{L}})\p{{L}}{{{_PAST_VERB_STEM},}}(?:{'|'.join(morph.variants('past'))})"
    # (then at most a few marks, no letter or digit: "Мектеп ачылды!")
    rf"[^\p{{L}}\d]{{0,{_PAST_VERB_TAIL}}}$",
    regex.IGNORECASE,
)
_SHORT_HEADLINE_WORDS: int = _LEX["article_headline_min_words"]
# An upper-case headline goes on over at most this many more upper-case lines.
_TITLE_MORE_LINES = 3


def _headline(
    lines: Sequence[Line], classes: list[LineClass], original: Callable[[Line], str]
) -> list[int]:
    """The indexes of the headline's lines: the first header line that is no chrome,
    document type, menu, dateline, date line, sender's line, letterhead or masthead; an
    upper-case headline goes on over the upper-case lines after it ("ЖӨБ ОРГАНДАРЫНЫН
    ... АРАКЕТИ:" / "НАТЫЙЖАНЫ ..."). Under a newspaper's or journal's masthead (its name
    over its issue's line) the headline is the line over the first paragraph of prose
    (`_headline_under_masthead`): a rubric, the journal's registration or a section's
    name may stand between them."""
    filled = [k for k, line in enumerate(lines) if line.stripped]
    letterhead = _letterhead_end(lines, classes, filled)
    for n, k in enumerate(filled[:HEADER_LINES]):
        if _masthead_name(lines, filled, n):
            under = _headline_under_masthead(lines, classes, filled, n + 2, original)
            if under is not None:
                return [under]
            continue
        if n < letterhead or _no_headline(lines, classes, filled, n, original):
            continue
        title = [k]
        if upper_case(lines[k].stripped):
            for j in filled[n + 1 : n + 1 + _TITLE_MORE_LINES]:
                if not upper_case(lines[j].stripped) or type_of(lines[j].stripped):
                    break
                title.append(j)
        return title
    return []


def _no_headline(
    lines: Sequence[Line],
    classes: list[LineClass],
    filled: list[int],
    n: int,
    original: Callable[[Line], str],
) -> bool:
    """The n-th filled line is chrome, a date line, a document type, a site's menu, a
    dateline or a sender's line over its date: no headline."""
    k = filled[n]
    stripped = lines[k].stripped
    return (
        classes[k] != "content"
        or document_type(stripped) is not None
        or header_cells(original(lines[k]).strip()) is not None
        or dateline_city(lines[k]) is not None
        or _sender_over_date(lines, classes, filled, n)
    )


# Under a masthead, the first paragraph of prose is looked for in this many lines.
_MASTHEAD_REACH = 25


def _paragraph(stripped: str) -> bool:
    """A paragraph of prose: longer than a short line and ended as a sentence is, or
    longer than any headline."""
    return len(stripped) > HEADLINE_MAX_LENGTH or (
        len(stripped) > SHORT_LINE and stripped.endswith((".", "!", "?", "»", '"', ":"))
    )


def _headline_under_masthead(
    lines: Sequence[Line],
    classes: list[LineClass],
    filled: list[int],
    first: int,
    original: Callable[[Line], str],
) -> int | None:
    """The headline under a masthead (from the `first` filled line on): of the lines
    over the first paragraph of prose that may be a headline and end with no full stop
    (a byline's "Авторы: ... ."), the one the page writes twice (a journal's site: the
    headline, the date and section, the headline again), else the last; None when there
    is none."""
    for m in range(first, min(len(filled), first + _MASTHEAD_REACH)):
        if not _paragraph(lines[filled[m]].stripped):
            continue
        above = [
            filled[n]
            for n in range(first, m)
            if not lines[filled[n]].stripped.endswith(".")
            and not _no_headline(lines, classes, filled, n, original)
        ]
        texts = [lines[k].stripped for k in above]
        twice = [k for k, text in zip(above, texts, strict=True) if texts.count(text) > 1]
        return twice[0] if twice else (above[-1] if above else None)
    return None


def _sender_over_date(
    lines: Sequence[Line], classes: list[LineClass], filled: list[int], n: int
) -> bool:
    """The sender's name over the release's date or type, or an agency's name with the
    date (lines_header.sender_line): no headline. A headline over its date names no body
    alone ("Семинар по бюджету прошел в Бишкеке" / "12 марта 2019 г.")."""
    named, dated = sender_line(lines[filled[n]].stripped)
    if not named or dated:
        return dated
    if n + 1 >= len(filled):
        return False
    below = filled[n + 1]
    return classes[below] == "date" or document_type(lines[below].stripped) is not None


# A letterhead's address: a postal code (Kyrgyz ones begin with 7), a phone's label
# before its digits, an e-mail address (`_address`: the e-mail's pattern, whose every
# word character may open it, only searched in a line holding its "@").
_POSTCODE_OR_PHONE = rx.compile(r"(?<!\d)7\d{5}(?!\d)|(?i:тел)\.?[ ]?:?[ ]?[(+\d]")
_EMAIL_AT = rx.compile(r"\w@[\w-]+\.\w")
_YEAR = rx.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A letterhead's other lines (an organisation's name, a unit's) have at most this many
# words, or are in upper case, and end with no sentence's mark.
_LETTERHEAD_WORDS = 8
# A newspaper's name over its issue's line has at most this many words.
_MASTHEAD_NAME_WORDS = 4


def _address(line: str) -> bool:
    """A postal code, a phone's label or an e-mail address stands in the line."""
    return _POSTCODE_OR_PHONE.search(line) is not None or (
        "@" in line and _EMAIL_AT.search(line) is not None
    )


def _letterhead_end(lines: Sequence[Line], classes: list[LineClass], filled: list[int]) -> int:
    """How many header lines a letterhead takes: the lines above the first date line or
    document type (an organisation's name and its address, "БООТЕРЕК АЙЫЛ ӨКМӨТҮ" /
    "724200, Бакай-Ата району, ..., тел.: ..." / "2020-жылдын 20-февралы № 45"), when
    one of them is an address (`_address`) or, over a document type, all are in upper
    case ("ГОСУДАРСТВЕННОЕ АГЕНТСТВО ..." / "ПРЕСС-РЕЛИЗ"); 0 without one. Its lines
    are no headline, as a sender's line is not (`_sender_over_date`)."""
    address = caps = False
    for n, k in enumerate(filled[:HEADER_LINES]):
        stripped = lines[k].stripped
        if n and ((classes[k] == "date" and _YEAR.search(stripped)) or document_type(stripped)):
            return n if address or (caps and document_type(stripped)) else 0
        caps = upper_case(stripped) and (caps or not n)
        if _address(stripped):
            address = True
        elif not upper_case(stripped) and (
            len(stripped.split()) > _LETTERHEAD_WORDS or stripped.endswith(SENTENCE_END_MARKS)
        ):
            return 0
    return 0


def _masthead_name(lines: Sequence[Line], filled: list[int], n: int) -> bool:
    """A newspaper's name over its issue's line ("ВЕЧЕРНИЙ БИШКЕК" / "№ 12 (13245) 24
    января 2026 года"): a few words, no sentence; no headline."""
    stripped = lines[filled[n]].stripped
    if n + 1 >= len(filled) or len(stripped.split()) > _MASTHEAD_NAME_WORDS:
        return False
    below = lines[filled[n + 1]].stripped
    return not stripped.endswith(SENTENCE_END_MARKS) and ISSUE_NUMBER.search(below) is not None


class LineClasses(Fields):
    """The class of each line (in the order of Segments.lines) and the [start, end)
    ranges of the chrome lines, sorted."""

    __slots__ = (
        "classes",
        "chrome",
        "related",
        "title",
        "sections",
        "social",
        "today",
        "programme_days",
    )

    classes: list[LineClass]
    chrome: list[tuple[int, int]]
    # The lines of related-news blocks (a part of chrome): other articles' headlines
    # name other articles' people, places and dates.
    related: list[tuple[int, int]]
    # Indexes of the headline's lines (Segments.lines), in order; empty when none.
    title: list[int]
    # The starts of the header's lines that name the page's section, an item of a menu
    # above them ("Маданият"): chrome, yet lines of the header (dates/issued.py counts
    # them).
    sections: frozenset[int]
    # The [start, end) ranges of a social post's counter and button lines (lines_social.py),
    # in order, whatever else made them chrome: no url on them is a contact (web.py).
    social: list[tuple[int, int]]
    # The [start, end) ranges of the site's banners of the day the page was saved
    # ("Сегодня, 6 декабря 2026, 14:10": today_banner.py), in order: no date, no period.
    today: list[tuple[int, int]]
    # The [start, end) ranges of a programme's day headings, weekday date lines a banner's
    # shape would make chrome (programme_days.py), in order: dates of the text
    # (dates.programme_day).
    programme_days: list[tuple[int, int]]
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(
        self,
        classes: list[LineClass],
        chrome: list[tuple[int, int]],
        related: list[tuple[int, int]],
        title: list[int],
        sections: frozenset[int] = frozenset(),
        social: list[tuple[int, int]] | None = None,
        today: list[tuple[int, int]] | None = None,
        programme_days: list[tuple[int, int]] | None = None,
    ) -> None:
        self.classes = classes
        self.chrome = chrome
        self.related = related
        self.title = title
        self.sections = sections
        self.social = [] if social is None else social
        self.today = [] if today is None else today
        self.programme_days = [] if programme_days is None else programme_days


def classify(
    lines: Sequence[Line], original: Callable[[Line], str] | None, text: str
) -> LineClasses:
    """The class of every line: chrome first (a line alone, or in a block: the lines
    under a related-news heading, a founding line with the line it wraps to), then
    date lines, then the headline among the header lines. `original`: a line's text
    before normalisation (a menu's separators: "»"), the line itself by default.
    `text`: the lines' text, where the banners of today's date are searched."""
    classes: list[LineClass] = ["content"] * len(lines)
    chrome: list[tuple[int, int]] = []
    related: list[tuple[int, int]] = []
    texts = [line.stripped for line in lines]
    social = [k for k, stripped in enumerate(texts) if stripped and social_line(stripped)]
    is_social = set(social)  # read once, for the related blocks' day separators too
    in_blocks = related_lines(lines, is_social)
    marks = line_marks(texts)
    post_end = min(social, default=len(lines))  # a saved post's furniture: its text ends
    head = True  # no line of prose above
    sections: set[str] = set()  # the items of the menus above, in the header
    named: set[int] = set()  # the lines naming the page's section (`_section`)
    last = max((k for k, stripped in enumerate(texts) if stripped), default=-1)
    for k, line in enumerate(lines):
        stripped = texts[k]
        if k in in_blocks:
            related.append((line.start, line.end))
            classes[k] = "chrome"
        elif not stripped:
            continue  # a blank line: chrome only inside a block
        elif (
            chrome_line(line.text, marks[k], under_post=k > post_end)
            or _section(k, stripped, head, sections, named)
            or k in is_social
        ):
            classes[k] = "chrome"
            if related_inline(stripped, marks[k], under_post=k > post_end):  # another headline
                related.append((line.start, line.end))
        elif taken := founding_lines(texts, k, marks[k], head=head, last=last):
            classes[k : k + taken] = ["chrome"] * taken
        elif founded := founding_sentence(line):
            chrome.append((line.start, line.start + founded))  # the rest stays content
        if classes[k] == "chrome":
            chrome.append(_chrome_span(line, in_block=k in in_blocks))
            sections |= _menu_items(stripped, head=head)
        elif date_line(stripped):
            classes[k] = "date"
        head = head and not prose_line(stripped)
    widgets = calendar_lines(texts, date_line)
    for k in [*(k for a, b in vertical_menus(lines, marks) for k in range(a, b)), *widgets]:
        if classes[k] != "chrome":
            classes[k] = "chrome"
            chrome.append((lines[k].start, lines[k].end))
    chrome += paper_cells(lines, texts, classes)
    chrome.sort()
    title = _headline(lines, classes, original or (lambda line: line.text))
    for k in title:
        if classes[k] != "chrome":
            classes[k] = "title"
    _article_date_back(lines, classes, chrome, title)
    days = _programme_days_back(lines, classes, chrome, related)
    named_starts = frozenset(lines[k].start for k in named)
    social_spans = _social_spans(lines, social, original)
    today = today_banners(text)
    return LineClasses(classes, chrome, related, title, named_starts, social_spans, today, days)


def _social_spans(
    lines: Sequence[Line], social: list[int], original: Callable[[Line], str] | None
) -> list[tuple[int, int]]:
    """The spans of a post's counter lines: the `social` lines whole, and in another line
    a counter line as the page laid it out, which normalising joined to its neighbour
    (lines_social.laid_out_counters: a channel's "t.me/... · 2 340 катталгандар" under its
    name; round 65)."""
    spans = [(lines[k].start, lines[k].end) for k in social]
    if original is None:
        return spans
    is_social = set(social)
    for k, line in enumerate(lines):
        if k not in is_social and line.stripped:
            spans += laid_out_counters(line.start, line.text, original(line))
    return sorted(spans)


def _section(k: int, stripped: str, head: bool, items: set[str], named: set[int]) -> bool:
    """Line k of the header is an item of a menu above it alone ("Облус | Райондор |
    Маданият | Спорт" / "Маданият"): the page's section, no village of that name (round
    33); noted in `named`."""
    if head and stripped.casefold() in items:
        named.add(k)
        return True
    return False


# A menu's items: between its separators or gaps of two spaces or more.
_MENU_ITEM_GAP = rx.compile(
    "|".join([*map(regex.escape, _LEX["menu_separators"]), "[ ]{2,}"]), regex.V0
)


def _menu_items(stripped: str, *, head: bool) -> set[str]:
    """The items of a header's menu line ("Облус | Райондор | Маданият | Спорт"): a line
    that is one of them alone, under it and over the headline, is the page's section
    ("Маданият"), no village of that name (round 33); a chrome line of no menu gives
    none, and so does a menu under the article's prose (not `head`)."""
    if not head or not menu_line(stripped):
        return set()
    return {item.strip().casefold() for item in _MENU_ITEM_GAP.split(stripped)} - {""}


def _chrome_span(line: Line, *, in_block: bool) -> tuple[int, int]:
    """A chrome line's [start, end): the whole line, but a footer's line only up to
    the site's address on it ("© 2025 Министерство. г. Бишкек, ул. ..."), content as
    on a line of its own (lines_chrome.footer_address); in a related-news block whole."""
    cut = None if in_block else footer_address(line.text)
    return (line.start, line.end if cut is None else line.start + cut)


def _article_date_back(
    lines: Sequence[Line], classes: list[LineClass], chrome: list[tuple[int, int]], title: list[int]
) -> None:
    """A weekday date line under the headline is the article's date line again, no chrome."""
    article = _article_weekday_line(lines, classes, title)
    if article is not None:
        classes[article] = "date"
        chrome.remove((lines[article].start, lines[article].end))


def _programme_days_back(
    lines: Sequence[Line],
    classes: list[LineClass],
    chrome: list[tuple[int, int]],
    related: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """A programme's day headings ("22-август, жума" over "10:00 — ...") are date lines
    of the text, no chrome (programme_days.py): their [start, end) ranges, in order."""
    in_chrome = {k for k, cls in enumerate(classes) if cls == "chrome"}
    if not in_chrome:
        return []
    starts = {start for start, _ in related}
    in_related = {k for k in in_chrome if lines[k].start in starts}
    days = programme_days(lines, in_chrome, in_related)
    for k in days:
        classes[k] = "content"
        chrome[:] = [span for span in chrome if span[0] != lines[k].start]
    return [(lines[k].start, lines[k].end) for k in days]


def _article_weekday_line(
    lines: Sequence[Line], classes: list[LineClass], title: list[int]
) -> int | None:
    """The index of a weekday date line under a headline of some words ("В Нарыне
    прошёл семинар по бюджету" / "Вторник, 12 марта 2024"): the article's date, not a
    banner (lexicon/lines.yaml article_headline_words); under a shorter headline, only
    right under it and over the article's prose ("Итоги сессии кенеша" / "Вторник, 12
    марта 2024" / a sentence), where a site's name and banner have its headline or
    menus."""
    if not title:
        return None
    headline = _article_headline(lines[title[0]].stripped)
    filled = (k for k in range(title[-1] + 1, len(lines)) if lines[k].stripped)
    below = list(islice(filled, _ARTICLE_DATE_REACH + 1))
    for n, k in enumerate(below[:_ARTICLE_DATE_REACH]):
        stripped = lines[k].stripped
        if classes[k] != "chrome" or not banner_date_line(stripped):
            continue
        if chrome_mark(lines[k].text, stripped):
            return None  # a clock's or weather's banner too
        nxt = below[n + 1] if n + 1 < len(below) else None
        if nxt is not None and _over_a_headline(lines[nxt].stripped, classes[nxt]):
            return None  # a banner over the site's menus or over the real headline
        if headline or (n == 0 and nxt is not None and prose_line(lines[nxt].stripped)):
            return k
        return None
    return None


def _article_headline(stripped: str) -> bool:
    """A headline of some words ("В Нарыне прошёл семинар по бюджету"), or of fewer that
    ends with a verb in the past ("Нарында семинар өттү"), not a site's name."""
    words = len(stripped.split())
    if words >= _ARTICLE_HEADLINE_WORDS:
        return True
    return words >= _SHORT_HEADLINE_WORDS and _PAST_VERB_END.search(stripped) is not None


def _over_a_headline(stripped: str, cls: LineClass) -> bool:
    """The line under a weekday date line shows it a banner: chrome, a menu, a site
    section's name alone (the article's headline and date line come under it: "05.05.2023,
    жума | Бишкек 10:41" / "Аймактар" / the headline; round 28), or another headline (a
    short line of some words without a full stop: the line over the banner was the
    site's name)."""
    if cls == "chrome" or menu_line(stripped, header=True) or section_name_line(stripped):
        return True
    return (
        len(stripped) <= HEADLINE_MAX_LENGTH
        and not stripped.endswith(".")
        and len(stripped.split()) >= _ARTICLE_HEADLINE_WORDS
        and not date_line(stripped)
    )
