"""The headline, the document type (пресс-релиз, маалымат, ...) and the dateline.

Header lines above the headline are skipped: a document type ("ПРЕСС-РЕЛИЗ",
which sets doc_type), a dateline ("Кыргызстан, Бишкек"), a date line (a line
that is all dates: "2017-жылдын 25-октябры", "12.03.2020 09:50"). The headline
is the first other line; "ПРЕСС-РЕЛИЗ: <headline>" gives both at once. An
upper-case headline continues over the following upper-case lines
("ЖӨБ ОРГАНДАРЫНЫН ... АРАКЕТИ:" / "НАТЫЙЖАНЫ КАНТИП ЖАКШЫРТСА БОЛОТ?").

Runs after the dates extractor, whose mentions tell a date line in any language.
The dateline's city becomes a Place with role "dateline" in `mark_dateline`,
a resolve step (it needs the places extractor's result).
"""

from __future__ import annotations

import regex

from .. import rx
from ..context import Context
from ..lexicon import load
from ..models import Place
from ..segment import Line
from .places import chrome_line

_LEX = load("structure")
_TYPES: dict[str, str] = {k.casefold(): v for k, v in _LEX["document_types"].items()}
_TYPE_PREFIX = rx.compile(
    r"^(?P<type>"
    + "|".join(map(regex.escape, sorted(_TYPES, key=len, reverse=True)))
    + r")\s{0,3}[:.\-]\s{0,3}(?P<rest>\S.{0,400})$",
    regex.IGNORECASE,
)
_COUNTRIES = "|".join(map(regex.escape, _LEX["dateline_countries"]))
_CITY_AFFIXES = "|".join(map(regex.escape, _LEX["dateline_city_prefixes"]))
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
_DATES = load("dates")
# Words of a date line besides its dates: month and weekday names, year words, chrome.
_DATE_WORDS: tuple[str, ...] = tuple(
    w.casefold().rstrip("ь")
    for w in [
        *(m["ky"] for m in _DATES["months"]),
        *(m["ru_genitive"] for m in _DATES["months"]),
        *_DATES["weekdays"],
    ]
)
_DATE_LINE_WORDS = frozenset(w.casefold() for w in _LEX["date_line_words"])
_HEADER_WORD = rx.compile(r"(?<![\p{L}\d-])\p{L}{1,40}")
_DIGIT = rx.compile(r"\d")
_CHROME_PIPES: int = _LEX["chrome_min_pipes"]
_CHROME_SEPARATORS: tuple[str, ...] = tuple(_LEX["chrome_separators"])
_HEADER_LINES: int = _LEX["header_lines"]
_DATE_LINE_LENGTH: int = _LEX["date_line_max_length"]
_DATE_LINE_WORDS_MAX: int = _LEX["date_line_max_words"]
MAX_TITLE = 300


def _is_upper(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def _type_of(stripped: str) -> str | None:
    return _TYPES.get(stripped.casefold().strip(" :.-"))


def dateline_city(ctx: Context, line: Line) -> tuple[int, int] | None:
    """The [start, end) of the city of a dateline line, in normalised offsets."""
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


def _is_date_line(line: str) -> bool:
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


def _chrome_cells(original_line: str) -> list[str] | None:
    """The cells of a menu or breadcrumb line ("Кабар | Аймактар | 2022-...")."""
    if original_line.count("|") >= _CHROME_PIPES:
        return [c.strip() for c in original_line.split("|")]
    for separator in _CHROME_SEPARATORS:
        if separator in original_line and separator.strip() != "/":
            return [c.strip() for c in original_line.split(separator.strip())]
    if original_line.count("|") == 1:
        cells = [c.strip() for c in original_line.split("|")]
        if any(_is_date_line(c) for c in cells):
            return cells
    return None


def _types_of(stripped: str) -> str | None:
    """ "ПРЕСС-РЕЛИЗ", and a bilingual "КУЛАКТАНДЫРУУ / ОБЪЯВЛЕНИЕ"."""
    parts = [_type_of(p) for p in stripped.split("/")]
    return parts[0] if parts and all(parts) else None


def extract(ctx: Context) -> None:
    lines = [line for line in ctx.segments.lines if line.stripped]
    for i, line in enumerate(lines[:_HEADER_LINES]):
        stripped = line.stripped
        doc_type = _types_of(stripped)
        if doc_type:
            ctx.doc_type = ctx.doc_type or doc_type
            continue
        original = ctx.quote(line.start, line.end)[0].strip()
        cells = _chrome_cells(original)
        if cells is not None:
            # A breadcrumb's root names the section: "Кабар | Аймактар | ...".
            ctx.doc_type = ctx.doc_type or _type_of(cells[0])
            continue
        if dateline_city(ctx, line) or _is_date_line(stripped):
            continue
        start = line.start + line.text.index(stripped)
        prefixed = _TYPE_PREFIX.match(stripped)
        if prefixed:
            ctx.doc_type = ctx.doc_type or _TYPES[prefixed.group("type").casefold()]
            start += prefixed.start("rest")
        end = line.start + len(line.text.rstrip())
        if _is_upper(stripped):
            for nxt in lines[i + 1 : i + 4]:
                if not _is_upper(nxt.stripped) or _type_of(nxt.stripped):
                    break
                end = nxt.start + len(nxt.text.rstrip())
        quote, _ = ctx.quote(start, end)
        ctx.title = " ".join(quote.split())[:MAX_TITLE] or None
        return


def mark_dateline(ctx: Context) -> None:
    """Resolve step: the dateline's city is a place with role "dateline"."""
    for line in [ln for ln in ctx.segments.lines if ln.stripped][:_HEADER_LINES]:
        if chrome_line(line.text):  # a date banner is no dateline
            continue
        city = dateline_city(ctx, line)
        if city is None:
            continue
        span = ctx.span(*city)
        for place in ctx.places:
            mentions = [place.span, *place.mentions]
            # The place may span more than the city ("Ош шаары, 24.10.2016"): overlap.
            if any(m.start < span.end and span.start < m.end for m in mentions):
                place.role = "dateline"
                return
        units = ctx.resources.gazetteer.lookup(ctx.text[city[0] : city[1]], level="city")
        if len(units) != 1:
            return
        unit = units[0]
        quote, span = ctx.quote(*city)
        gaz = ctx.resources.gazetteer
        ctx.places.insert(
            0,
            Place.model_construct(
                level="city",
                name=unit.name,
                soate=unit.id,
                oblast=gaz.oblast_name(unit),
                district=gaz.district_name(unit),
                text=quote,
                span=span,
                role="dateline",
                mentions=[span],
            ),
        )
        return
