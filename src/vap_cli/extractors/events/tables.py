"""Table events: each row of a schedule table is one event, its place looked up under
the oblast of its column group, its kind from the caption above the table."""

from __future__ import annotations

from ... import gazetteer
from ...context import Context
from ...explain import Rule
from ...lexicon import load
from ...models import Event, Place, PlaceRef
from ...segment.tables import Table, TableRecord
from .kinds import EVENTS_LEX, kinds_in
from .prose import ProseFacts, orig
from .rules import TABLE_PLACE_CELL, TABLE_ROW

_COLUMNS = EVENTS_LEX["table_columns"]
# A row's kind when nothing names one ("иш-чара").
FALLBACK_KIND: str = EVENTS_LEX["table_fallback_kind"]
_DATE_COLUMN: list[str] = _COLUMNS["date"]
_VENUE_COLUMN: list[str] = _COLUMNS["venue"]
_KIND_COLUMN: list[str] = _COLUMNS["kind"]
_PLACE_COLUMNS: dict[str, str] = _COLUMNS["places"]
_PLACE_NOUN_COLUMN: list[str] = _COLUMNS["place_nouns"]
# The marks that end a sentence: a line above a table ending in one is prose, no caption.
_SENTENCE_END_MARKS: tuple[str, ...] = tuple(load("sentences")["end_marks"])
_GROUP_TYPE_WORDS: tuple[str, ...] = tuple(w.casefold() for w in EVENTS_LEX["group_type_words"])
CAPTION_REACH = 300  # how far above a table its caption may stand, in characters


def _strip_type_word(label: str) -> str:
    words = label.split()
    if len(words) > 1 and words[-1].casefold().startswith(_GROUP_TYPE_WORDS):
        words = words[:-1]
    return " ".join(words)


def _place_column(table: Table) -> tuple[int, str] | None:
    for i, cell in enumerate(table.header):
        name = cell.text.casefold()
        for stem, level in _PLACE_COLUMNS.items():
            if name.startswith(stem):
                return i, level
    return None


def _oblast_of_group(ctx: Context, record: TableRecord) -> gazetteer.Unit | None:
    if record.group is None:
        return None
    units = ctx.resources.gazetteer.lookup(_strip_type_word(record.group.text), level="oblast")
    return units[0] if len(units) == 1 else None


def _resolve_cell(
    facts: ProseFacts, text: str, level: str, oblast: gazetteer.Unit | None, bounds: tuple[int, int]
) -> PlaceRef | None:
    units = facts.place_index.units_named(text, level)
    if oblast is not None:
        units = [u for u in units if u.oblast == oblast.id]
    if len(units) == 1:
        return PlaceRef.model_construct(level=units[0].level, name=units[0].name, soate=units[0].id)  # type: ignore[arg-type]
    found = facts.places_in(bounds)  # what the places extractor made of the cell
    return found[0] if found else None


PLACE_COLUMN_CELL = Rule(
    "places.event_table_cell",
    "a unit of the gazetteer in the place column of an events table (its header a type"
    " word: 'Район', 'Айыл') is a place of the document, its level the column's",
)


class _DocumentPlaces:
    """The document's places by gazetteer id, to add the units a table names."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.by_id: dict[str, tuple[Place, set[tuple[int, int]]]] = {}
        for place in ctx.places:
            if place.soate is not None and place.soate not in self.by_id:
                spans = {(m.start, m.end) for m in [place.span, *place.mentions]}
                self.by_id[place.soate] = (place, spans)

    def add(self, ref: PlaceRef, start: int, end: int) -> None:
        """A unit named in a place column is a place of the document; its column
        header told its level when the places extractor could not ("Манас", "Талас")."""
        if ref.soate is None:
            return
        quote, span = self.ctx.quote(start, end)
        known = self.by_id.get(ref.soate)
        if known is not None:
            place, spans = known
            if (span.start, span.end) not in spans:
                spans.add((span.start, span.end))
                place.mentions.append(span)
                if self.ctx.decisions is not None:
                    self.ctx.decide(PLACE_COLUMN_CELL, True, start, end, f"{ref.level} {ref.name}")
            return
        gaz = self.ctx.resources.gazetteer
        unit = gaz.get(ref.soate)
        place = Place.model_construct(
            level=ref.level,
            name=ref.name,
            soate=ref.soate,
            oblast=gaz.oblast_name(unit) if unit else None,
            district=gaz.district_name(unit) if unit else None,
            text=quote,
            span=span,
            mentions=[span],
        )
        self.ctx.places.append(place)
        self.by_id[ref.soate] = (place, {(span.start, span.end)})
        if self.ctx.decisions is not None:
            self.ctx.decide(PLACE_COLUMN_CELL, True, start, end, f"{ref.level} {ref.name}")


def _caption_kind(ctx: Context, table: Table) -> tuple[str | None, str]:
    """The last kind named in the text right above the table, and whence it comes for
    events.table_row: "the caption's" when it stands on the line right above the table
    and that line ends in no sentence's mark (a heading, or a line ending in ':':
    "Семинарлардын графиги:"), else "the text above's" (a sentence of the prose)."""
    text = ctx.text
    reach = max(0, table.start - CAPTION_REACH)
    found = kinds_in(text, reach, table.start, ctx.segments.tokens)
    if not found:
        return None, ""
    above = text[reach : table.start].rstrip()  # the reach only: linear in the tables
    line_start = reach + above.rfind("\n") + 1
    kind, start, _ = found[-1]
    caption = start >= line_start and not above.endswith(_SENTENCE_END_MARKS)
    return kind, "the caption's" if caption else "the text above's"


def _noun_column_places(
    ctx: Context, facts: ProseFacts, table: Table, record: TableRecord
) -> list[PlaceRef]:
    """The places the places extractor read in the row's cell of a column a place noun
    names ("Жери": "Кадамжай району"; events.table_place_cell). None of the document's
    places is added here: the cell's are already its."""
    column = table.column(_PLACE_NOUN_COLUMN)
    cell = record.get(column) if column is not None else None
    if cell is None or not cell.text:
        return []
    found = facts.places_in(orig(ctx, cell.start, cell.end))
    if found:
        detail = ", ".join(f"{p.level} {p.name}" for p in found)
        ctx.decide(TABLE_PLACE_CELL, True, cell.start, cell.end, detail)
    return found


def table_events(ctx: Context, facts: ProseFacts, fallback_kind: str | None) -> list[Event]:
    events: list[Event] = []
    document_places = _DocumentPlaces(ctx)
    for table in ctx.segments.tables:
        date_col = table.column(_DATE_COLUMN)
        if date_col is None:
            continue
        venue_col = table.column(_VENUE_COLUMN)
        kind_col = table.column(_KIND_COLUMN)
        place_col = _place_column(table)
        captioned, above = _caption_kind(ctx, table)
        caption = captioned or fallback_kind
        told = above if captioned else "the prose's commonest" if caption else "none:"
        for record in table.records:
            date_cell = record.get(date_col)
            if date_cell is None or not date_cell.text:
                continue
            dates = facts.dates_in(orig(ctx, date_cell.start, date_cell.end))
            if not dates:
                continue
            kind, source = caption, told
            if kind_col is not None and (cell := record.get(kind_col)) and cell.text:
                own = kinds_in(cell.text)
                kind, source = (own[0][0], "its kind column's") if own else (kind, source)
            places: list[PlaceRef] = []
            oblast = _oblast_of_group(ctx, record)
            if place_col is not None and (cell := record.get(place_col[0])) and cell.text:
                ref = _resolve_cell(
                    facts, cell.text, place_col[1], oblast, orig(ctx, cell.start, cell.end)
                )
                if ref is not None:
                    places.append(ref)
                    document_places.add(ref, cell.start, cell.end)
            if place_col is None:
                places += _noun_column_places(ctx, facts, table, record)
            if oblast is not None and not any(p.soate == oblast.id for p in places):
                places.append(
                    PlaceRef.model_construct(level="oblast", name=oblast.name, soate=oblast.id)
                )
            venue_cell = record.get(venue_col) if venue_col is not None else None
            start, end = min(d.start for d in dates), max(d.end for d in dates)
            detail = f"{source} {kind or FALLBACK_KIND}, {start}..{end}"
            ctx.decide(TABLE_ROW, True, record.start, record.end, detail)
            quote, span = ctx.quote(record.start, record.end)
            events.append(
                Event.model_construct(
                    kind=kind or FALLBACK_KIND,
                    source="table",
                    start=start,
                    end=end,
                    places=places,
                    venue=venue_cell.text if venue_cell and venue_cell.text else None,
                    text=quote,
                    span=span,
                )
            )
    return events
