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

from .. import gazetteer
from ..context import Context
from ..lexicon import load
from ..models import Place
from ..segment import Line

_LEX = load("structure")
_TYPES: dict[str, str] = {k.casefold(): v for k, v in _LEX["document_types"].items()}
_TYPE_PREFIX = regex.compile(
    r"^(?P<type>"
    + "|".join(map(regex.escape, sorted(_TYPES, key=len, reverse=True)))
    + r")\s{0,3}[:.\-]\s{0,3}(?P<rest>\S.{0,400})$",
    regex.IGNORECASE,
)
_COUNTRIES = "|".join(map(regex.escape, _LEX["dateline_countries"]))
_CITY_AFFIXES = "|".join(map(regex.escape, _LEX["dateline_city_prefixes"]))
# "Кыргызстан, Бишкек" / "Кыргызстан, г. Бишкек" / "г. Бишкек, 12 марта 2020 г." /
# "Бишкек шаары, 2017-жылдын 25-октябры" (a city followed by a date).
_DATELINE = regex.compile(
    rf"^(?:(?P<country>{_COUNTRIES})\s{{0,3}},\s{{0,3}})?"
    rf"(?:(?:{_CITY_AFFIXES})\s{{0,3}})?"
    r"(?P<city>\p{Lu}[\p{L}-]{1,40})"
    rf"(?:\s{{1,3}}(?:{_CITY_AFFIXES}))?"
    r"\s{0,3}(?:[,.]\s{0,3}(?P<rest>.{0,60}))?$",
    regex.IGNORECASE,
)
# A line with no letters (12.03.2020 09:50) or a short Kyrgyz date line, when no
# date mention covers it (the dates extractor did not run, as in unit tests).
_DATE_LINE = regex.compile(r"^[\d\s.:/-]{4,40}$|^\d{4}-\S{1,8}\s+\d{1,2}-\p{L}{3,12}\.?$")
_LETTER = regex.compile(r"\p{L}")
_HEADER_LINES: int = _LEX["header_lines"]
_LEFTOVER: int = _LEX["date_line_leftover_letters"]
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


def _is_date_line(ctx: Context, line: Line) -> bool:
    stripped = line.stripped
    if _DATE_LINE.match(stripped):
        return True
    span = ctx.span(line.start, line.end)
    kept = list(ctx.original[span.start : span.end])
    covered = False
    for d in ctx.dates:
        if span.start <= d.span.start and d.span.end <= span.end:
            covered = True
            for i in range(d.span.start - span.start, d.span.end - span.start):
                kept[i] = " "
    return covered and len(_LETTER.findall("".join(kept))) <= _LEFTOVER


def extract(ctx: Context) -> None:
    lines = [line for line in ctx.segments.lines if line.stripped]
    for i, line in enumerate(lines[:_HEADER_LINES]):
        stripped = line.stripped
        doc_type = _type_of(stripped)
        if doc_type:
            ctx.doc_type = ctx.doc_type or doc_type
            continue
        if dateline_city(ctx, line) or _is_date_line(ctx, line):
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
        city = dateline_city(ctx, line)
        if city is None:
            continue
        span = ctx.span(*city)
        for place in ctx.places:
            mentions = [place.span, *place.mentions]
            if any(span.start <= m.start and m.end <= span.end for m in mentions):
                place.role = "dateline"
                return
        units = gazetteer.default().lookup(ctx.text[city[0] : city[1]], level="city")
        if len(units) != 1:
            return
        unit = units[0]
        quote, span = ctx.quote(*city)
        gaz = gazetteer.default()
        ctx.places.insert(
            0,
            Place(
                level="city",
                name=unit.name,
                id=unit.id,
                oblast=gaz.oblast_name(unit),
                district=gaz.district_name(unit),
                text=quote,
                span=span,
                role="dateline",
                mentions=[span],
            ),
        )
        return
