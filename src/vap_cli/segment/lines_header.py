"""The header's lines (lines.py classifies them): a document's type ("ПРЕСС-РЕЛИЗ"), a
dateline ("Кыргызстан, Бишкек", "Бишкек, 12-март"), a date line ("12.03.2020 09:50",
"2017-жылдын 25-октябры"), a site's menu cells over the headline. The words and limits
are data: lexicon/structure.yaml (date lines, the header) and lexicon/dates.yaml.
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

import regex

from .. import morph, rx
from ..dategrammar import MONTH_NAME_STEMS
from ..lexicon import load

if TYPE_CHECKING:
    from . import Line

_DATES = load("dates")
WEEKDAY_WORDS: list[str] = _DATES["weekdays"]
_STRUCTURE = load("structure")
_DIGIT = rx.compile(r"\d")
# The marks that end a sentence: a line ended by one is prose, no header line, banner
# or title (the segmenters' test; sentences.yaml's end_marks also has "…").
SENTENCE_END_MARKS = (".", "!", "?")

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
# The longest line _DATELINE matches (its parts at their longest: the country, the
# affixes, the city, the rest, every run of blanks, the signs, and a line break `$` may
# stand before): a longer line is no dateline, and is not matched.
_DATELINE_MAX = (
    max(map(len, _STRUCTURE["dateline_countries"]))
    + 2 * max(map(len, _STRUCTURE["dateline_city_prefixes"]))
    + 41
    + 60
    + 6 * 3
    + 2
    + 1
)
# A bare name opening a dateline: before it the line's start, perhaps the country and
# a comma; after it the line's end (trailing blanks are no content: `vap clean` drops
# them), a date, or the country closing the line ("Нарын, Кыргызстан").
_NAME_DATELINE_BEFORE = rx.compile(rf"[ \t]{{0,20}}(?:(?:{_COUNTRIES})[ ]{{0,3}},[ ]{{0,3}})?")
_NAME_DATELINE_AFTER = rx.compile(
    rf"[ \t]{{0,5}}(?:$|,[ ]{{0,3}}\d|,[ ]{{0,3}}(?:{_COUNTRIES})[ \t]{{0,3}}$)"
)
# An agency's date line puts its city after the time and the date and before the
# agency's host: "17:40, 18-сентябрь 2024, Бишкек – 24.kg, <author>" (a clock, a comma,
# a date with its digits, a comma; then a dash and a host name with its dot).
_AGENCY_DATELINE_BEFORE = rx.compile(
    r"[ \t]{0,5}[0-2]?\d:[0-5]\d,[ ]{1,3}[\p{L}\d. -]{4,30}\d,[ ]{1,3}"
)
_AGENCY_DATELINE_AFTER = rx.compile(r"[ ]{1,3}[-–—][ ]{1,3}[\p{L}\d-]{1,40}\.\p{L}{2,10}\b")
# ... and with no time or date before it, opening a paragraph ("Ош — 24.kg, ..."), the
# host in Latin letters under a top-level domain of web.yaml `bare_host_tlds`: a word and
# a dot of ordinary prose with no space after it ("Нарын — борбор.Ал жерде") is no host.
_HOST_TLDS = "|".join(
    sorted(map(regex.escape, load("web")["bare_host_tlds"]), key=len, reverse=True)
)
_AGENCY_HOST_OPENING = rx.compile(
    rf"[ ]{{1,3}}[-–—][ ]{{1,3}}[A-Za-z\d-]{{1,40}}\.(?:{_HOST_TLDS})(?![\p{{L}}\d])"
)
# After a dateline's city in capitals: a dot or a dash, then the story ("НАРЫН. Бүгүн").
_CAPS_DATELINE_AFTER = rx.compile(r"[ ]{0,2}(?:\.|[ ][-–—])[ ]{1,3}\p{L}")
# ... or in small letters after its capital, a dot, then the story's first sentence
# ("Ош. Жители села ...", "Нарын. Бүгүн ..."): a one-word sentence opening a paragraph;
# or an agency's date after the dot, its day then its month's name in small letters
# ("Нарын. 3 мая. КирТАГ — ...", "Талас. 14-июнь."; accv49).
_TITLE_DATELINE_AFTER = rx.compile(
    r"\.[ ]{1,3}(?:\p{Lu}\p{Ll}|[0-3]?\d[ -](?:"
    + "|".join(map(regex.escape, MONTH_NAME_STEMS))
    + "))",
    regex.IGNORECASE,
)
# Words of a date line besides its dates: month and weekday names, year words, chrome
# (the months' stems from the date grammar: a prefix of each of their forms).
_DATE_WORDS: tuple[str, ...] = (*MONTH_NAME_STEMS, *(w.casefold() for w in WEEKDAY_WORDS))
# A day and its month's name, as a date line writes it: "12 марта", "12-март", "12-марты".
# The day is `(?<![\d.,])[0-3]?\d` with its look-behind after its first digit (`.`: that
# digit): a search skips to a digit, where the optional first one gave it nothing to
# skip to (half the instructions of a line's search).
WRITTEN_DATE = rx.compile(
    r"(?:[0-3](?<![\d.,].)\d|\d(?<![\d.,].))(?:[ ]{1,2}|[ ]?-[ ]?)(?:"
    + "|".join(MONTH_NAME_STEMS)
    + ")",
    regex.IGNORECASE,
)
_DATE_LINE_WORDS = frozenset(w.casefold() for w in _STRUCTURE["date_line_words"])
_HEADER_WORD = rx.compile(r"(?<![\p{L}\d-])\p{L}{1,40}")
_CHROME_PIPES: int = _STRUCTURE["chrome_min_pipes"]
_CHROME_SEPARATORS: tuple[str, ...] = tuple(_STRUCTURE["chrome_separators"])
HEADER_LINES: int = _STRUCTURE["header_lines"]
_DATE_LINE_LENGTH: int = _STRUCTURE["date_line_max_length"]
_DATE_LINE_WORDS_MAX: int = _STRUCTURE["date_line_max_words"]
# A sender's line: the stems of its first or last word (structure.yaml `sender_heads` and
# the organisations' heads), its most words, and a year in it when it is an agency's
# line with the date.
_SENDER_HEADS: tuple[str, ...] = tuple(
    w.casefold()
    for w in (*_STRUCTURE["sender_heads"], *load("organizations")["organization_heads"])
)
# ... a Kyrgyz sender's last word (or two) is its head as it is or with a possessive
# ending ("администрациясы", "айыл өкмөтү"), not a Russian headline's genitive ("советов")
_SENDER_LAST: frozenset[str] = frozenset(
    head + ending for head in _SENDER_HEADS for ending in ("", *morph.variants("possessive"))
)
_SENDER_WORDS: int = _STRUCTURE["sender_line_max_words"]
_SENDER_WORD = rx.compile(r"\p{L}[\p{L}-]*")
_YEAR = rx.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# An upper-case line has at least this many letters (not a bare "ОШ").
# any letter: what is left of a line once its furniture is taken out says whether it
# was only furniture (lines_chrome.py, lines_social.py)
LETTER = rx.compile(r"\p{L}")
_UPPER_CASE_LETTERS = 3


# A line's last word before its full stop: a sentence's verb ("Жыйын шаршемби, 5-мартта
# өттү."), or a date line's own word ("..., 2024 г.", "..., среда.").
_LAST_WORD = rx.compile(r"(?<!\p{L})(\p{L}{3,})\.$")


def sentence_line(stripped: str) -> bool:
    """A short line that ends as a sentence does, with a word that is no date's: prose
    naming the day of the week, not a site's date banner."""
    last = _LAST_WORD.search(stripped)
    if last is None:
        return False
    word = last.group(1).casefold()
    return word not in _DATE_LINE_WORDS and not word.startswith(_DATE_WORDS)


def sender_line(stripped: str) -> tuple[bool, bool]:
    """Whether the line names the body that sends a release (its first or last word a
    body's head: "Министерство финансов ...", "... мамлекеттик администрациясы", "ИА
    «...»"), and whether it holds a year too (an agency's line with the date)."""
    if stripped.endswith(SENTENCE_END_MARKS):
        return False, False
    # one word more than a sender's line has is enough to say no (a header line may be
    # a paragraph long: its other words neither searched nor folded)
    found = islice(
        _SENDER_WORD.finditer(stripped, None, None, False, rx.NOT_CONCURRENT), _SENDER_WORDS + 1
    )
    words = [m.group().casefold() for m in found]
    if not words or len(words) > _SENDER_WORDS:
        return False, False
    named = (
        words[0].startswith(_SENDER_HEADS)
        or words[-1] in _SENDER_LAST
        or " ".join(words[-2:]) in _SENDER_LAST
    )
    return named, named and _YEAR.search(stripped) is not None


def date_line(line: str) -> bool:
    """A short line with a date and hardly another word: "12.03.2020 09:50",
    "2017-жылдын 25-октябры", "Кабар.кг, 19 января 2025", a site's clock banner."""
    if len(line) > _DATE_LINE_LENGTH or not _DIGIT.search(line, None, None, rx.NOT_CONCURRENT):
        return False
    words = [
        w
        for w in (
            m.group().casefold()
            for m in _HEADER_WORD.finditer(line, None, None, False, rx.NOT_CONCURRENT)
        )
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
    m = (
        _DATELINE.match(stripped, None, None, rx.NOT_CONCURRENT)
        if len(stripped) <= _DATELINE_MAX
        else None
    )
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
    agency's "14:25, 7 апреля 2023, Баткен - 24.kg" (agency_dateline) or its city and host
    opening a paragraph with no time or date before ("Ош — 24.kg, ...", round 58), an
    agency's city in capitals before a dot or dash ("НАРЫН. Бүгүн ..."), or a city
    opening its paragraph before a dot ("Ош. Жители ...")."""
    if _NAME_DATELINE_BEFORE.fullmatch(
        before, None, None, rx.NOT_CONCURRENT
    ) and _NAME_DATELINE_AFTER.match(after, None, None, rx.NOT_CONCURRENT):
        return True
    if agency_dateline(before, after):
        return True
    if before.strip():
        return False
    if _AGENCY_HOST_OPENING.match(after, None, None, rx.NOT_CONCURRENT):
        return True  # "Баткен — 24.kg, ...": the agency's city and host opening a paragraph
    if name.isupper():
        return bool(_CAPS_DATELINE_AFTER.match(after))
    return name[:1].isupper() and bool(_TITLE_DATELINE_AFTER.match(after))


def agency_dateline(before: str, after: str) -> bool:
    """A name between an agency's time and date and its host ("14:25, 7 апреля 2023,
    Баткен - 24.kg, ...", "17:40, 18-сентябрь 2024, Бишкек – 24.kg"): the dateline's
    city, though the text names the oblast of that name."""
    return bool(_AGENCY_DATELINE_BEFORE.fullmatch(before) and _AGENCY_DATELINE_AFTER.match(after))


def upper_case(line: str) -> bool:
    """Three letters or more, each upper case ("ЖАҢЫ МЕКТЕП"). The letters are read as
    they are asked for, never a list of them (a release with its line breaks lost is
    one line: a string a letter held 760 MB at 16 MB)."""
    enough = len(list(islice(filter(str.isalpha, line), _UPPER_CASE_LETTERS)))
    return enough == _UPPER_CASE_LETTERS and all(map(str.isupper, filter(str.isalpha, line)))
