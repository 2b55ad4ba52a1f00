"""The headline, the document type (пресс-релиз, маалымат, ...) and the dateline.

The headline's lines are the segment stage's (segment/lines.py, the line class "title"):
header lines above it are skipped, a document type ("ПРЕСС-РЕЛИЗ", which sets
doc_type), a site's menu ("Кабар | Аймактар | ...", whose root may name the
type), a dateline ("Кыргызстан, Бишкек"), a date line ("12.03.2020 09:50"), page
chrome. "ПРЕСС-РЕЛИЗ: <headline>" gives both at once.

The dateline's city becomes a Place with role "dateline" in `mark_dateline`,
a resolve step (it needs the places extractor's result).
"""

from __future__ import annotations

from itertools import islice

import regex

from .. import rx
from ..context import Context
from ..explain import Rule
from ..models import Place
from ..segment import Line
from ..segment.lines import (
    DOCUMENT_TYPES,
    HEADER_LINES,
    dateline_city,
    document_type,
    header_cells,
    type_of,
)

_TYPES = DOCUMENT_TYPES
_TYPE_PREFIX = rx.compile(
    r"^(?P<type>"
    + "|".join(map(regex.escape, sorted(_TYPES, key=len, reverse=True)))
    + r")\s{0,3}[:.\-]\s{0,3}(?P<rest>\S.{0,400})$",
    regex.IGNORECASE,
)
MAX_TITLE = 300


HEADLINE = Rule(
    "title.headline_line",
    "the first header line that is no page chrome, date line, document type, menu, dateline,"
    " sender's line, letterhead or masthead (under a masthead: the line over the first"
    " paragraph of prose) is the headline",
)
CAPITALS_LINES = Rule(
    "title.capitals_lines",
    "a headline in capitals goes on over the lines in capitals under it ('ЖӨБ ОРГАНДАРЫНЫН"
    " ... АРАКЕТИ:' / 'НАТЫЙЖАНЫ ...'): one title",
)
TYPE_PREFIXED = Rule(
    "title.type_prefixed",
    "a headline after a document's type and its colon ('ПРЕСС-РЕЛИЗ: ...') is the title;"
    " the type is the doc_type",
)


def extract(ctx: Context) -> None:
    classes = ctx.segments.line_classes
    lines = ctx.segments.lines
    first = classes.title[0] if classes.title else len(lines)
    header = list(islice((k for k, line in enumerate(lines) if line.stripped), HEADER_LINES))
    for k in (k for k in header if k < first):
        stripped = lines[k].stripped
        doc_type = document_type(stripped)
        if doc_type is None:
            cells = header_cells(ctx.quote(lines[k].start, lines[k].end)[0].strip())
            doc_type = type_of(cells[0]) if cells is not None else None
        # A breadcrumb's root names the section: "Кабар | Аймактар | ...".
        ctx.doc_type = ctx.doc_type or doc_type
    if not classes.title:
        return
    line = lines[first]
    stripped = line.stripped
    start = line.start + line.text.index(stripped)
    prefixed = _TYPE_PREFIX.match(stripped)
    if prefixed:
        ctx.doc_type = ctx.doc_type or _TYPES[prefixed.group("type").casefold()]
        start += prefixed.start("rest")
    last = lines[classes.title[-1]]
    end = last.start + len(last.text.rstrip())
    quote, _ = ctx.quote(start, end)
    ctx.title = " ".join(quote.split())[:MAX_TITLE] or None
    if ctx.decisions is not None and ctx.title is not None:
        rule = TYPE_PREFIXED if prefixed else CAPITALS_LINES if len(classes.title) > 1 else HEADLINE
        ctx.decide(rule, True, start, end, _skipped(ctx, first))


def _skipped(ctx: Context, first: int) -> str:
    """The filled lines above the headline, by their line class: why they are not it."""
    classes = ctx.segments.line_classes.classes
    above = [
        _why_not(ctx, line, classes[k])
        for k, line in enumerate(ctx.segments.lines[:first])
        if line.stripped
    ]
    if not above:
        return "the first line"
    return f"under {len(above)} line(s): {', '.join(above)}"


def _why_not(ctx: Context, line: Line, line_class: str) -> str:
    """What a filled line above the headline is: its class, or for a content line the
    header's kind of line that it is (a document type, a menu, a dateline, else a
    letterhead's, a masthead's or a sender's line)."""
    if line_class != "content":
        return line_class
    if document_type(line.stripped) is not None:
        return "document type"
    if header_cells(ctx.quote(line.start, line.end)[0].strip()) is not None:
        return "menu"
    if dateline_city(line) is not None:
        return "dateline"
    return "letterhead, masthead or sender"


def mark_dateline(ctx: Context) -> None:
    """Resolve step: the dateline's city is a place with role "dateline"."""
    classes = ctx.segments.line_classes.classes
    # the first filled lines only: a long document's other lines are not read
    filled = (k for k, ln in enumerate(ctx.segments.lines) if ln.stripped)
    header = list(islice(filled, HEADER_LINES))
    # (a date banner is no dateline: chrome lines are left out)
    for line in [ctx.segments.lines[k] for k in header if classes[k] != "chrome"]:
        city = dateline_city(line)
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
