"""Events: what happens, when, where, for how long and with whom.

Runs last: it reads the dates, places and participants the other extractors
found, and the schedule tables of segment_tables.py.

- Table events: each row of a schedule table (a date column) is one event: its
  date, the unit named in its place column (looked up in the gazetteer under the
  oblast of its column group), its venue; the kind comes from the caption above
  the table ("Семинар-тренингдердин өткөрүү графиги:").
- Prose events: a sentence naming a kind (тренинг, тажрыйба алмашуу сапары, ...)
  with a date is an event; items of a list opened by such a sentence
  ("... сапары ... камтыйт:" then "· Жазы АА ..., 21-ноябрь: ...") are one event
  each. Undated sentences of the same kind add their duration and participants
  to the kind's only event; an undated kind with an event verb (өтөт,
  уюштурулат) is an event without a date.
- A prose event whose range covers table rows of its kind, or an undated one of
  a kind the table lists, announces the series the table lists: it is not an
  event of its own (its duration goes to the rows).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

import regex

from .. import gazetteer
from ..context import Context
from ..lexicon import load
from ..models import DateMention, Event, KindGroup, Place, PlaceRef, Span
from ..numbers import read_words
from ..segment import Segments
from ..segment_tables import Table, TableRecord

_LEX = load("events")
_EXTRA: int = _LEX["stem_extra_letters"]


def _phrase(stem: str) -> str:
    words = stem.split()
    return r"\s{1,3}".join(regex.escape(w) + rf"\p{{L}}{{0,{_EXTRA}}}" for w in words)


_KIND_OF_STEM: dict[str, str] = {}
for _kind, _stems in _LEX["kinds"].items():
    for _stem in _stems:
        _KIND_OF_STEM[_stem.casefold()] = _kind
# Longest stems first, so the alternation prefers "семинар-тренинг" to "семинар".
_STEMS = sorted(_KIND_OF_STEM, key=len, reverse=True)
_KIND = regex.compile(
    r"(?<![\p{L}\d-])(?:"
    + "|".join(rf"(?P<k{i}>{_phrase(s)})" for i, s in enumerate(_STEMS))
    + r")(?![\p{L}\d])",
    regex.IGNORECASE,
)
_VERB = regex.compile(
    r"(?<![\p{L}\d])(?:" + "|".join(_phrase(v) for v in _LEX["event_verbs"]) + r")(?![\p{L}\d])",
    regex.IGNORECASE,
)
_UNITS: dict[str, int] = {k.casefold(): v for k, v in _LEX["duration_units"].items()}
_DURATION_UNIT = regex.compile(
    r"(?<![\p{L}\d])(?:" + "|".join(map(regex.escape, _UNITS)) + r")(?![\p{L}\d])",
    regex.IGNORECASE,
)
_DURATION_WORD = regex.compile(
    r"(?<![\p{L}\d])(?P<stem>"
    + "|".join(map(regex.escape, _LEX["duration_words"]))
    + r")\p{L}{0,6}(?![\p{L}\d])",
    regex.IGNORECASE,
)
_DURATION_WORDS: dict[str, int] = {k.casefold(): v for k, v in _LEX["duration_words"].items()}
_DURATION_DIGITS = regex.compile(
    r"(?<![\p{L}\d])(?P<n>\d{1,3})\s{0,2}-?\s{0,2}(?:"
    + "|".join(map(regex.escape, _LEX["duration_digit_suffixes"]))
    + r")\p{L}{0,6}(?![\p{L}\d])",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"\p{L}{1,30}")
_BULLETS: str = _LEX["list_bullets"]
_ITEM = regex.compile(r"[ \t]{0,8}(?:[" + regex.escape(_BULLETS) + r"]|\d{1,2}[.)])[ \t]")

_COLUMNS = _LEX["table_columns"]
_DATE_COLUMN: list[str] = _COLUMNS["date"]
_VENUE_COLUMN: list[str] = _COLUMNS["venue"]
_KIND_COLUMN: list[str] = _COLUMNS["kind"]
_PLACE_COLUMNS: dict[str, str] = _COLUMNS["places"]
_GROUP_TYPE_WORDS: tuple[str, ...] = tuple(w.casefold() for w in _LEX["group_type_words"])
CAPTION_REACH = 300  # how far above a table its caption may stand, in characters


@dataclass
class _Unit:
    """A sentence or a list item of the prose, in normalised offsets."""

    start: int
    end: int
    head_end: int  # where an item's head ("Жазы АА (Өзгөн району), 21-ноябрь") ends
    kind: str | None = None
    inherited: bool = False


@dataclass
class _Draft:
    event: Event
    units: list[_Unit] = field(default_factory=list)


# --------------------------------------------------------------------- text pieces


def kinds_in(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """(kind, start, end) of every kind word in text[start:end]."""
    out = []
    for m in _KIND.finditer(text, start, len(text) if end is None else end):
        out.append((_KIND_OF_STEM[_STEMS[int(m.lastgroup[1:])]], m.start(), m.end()))
    return out


def duration_in(text: str, start: int = 0, end: int | None = None) -> int | None:
    """Days of a duration phrase: "үч күндүк" -> 3, "бир күндүк" -> 1, "трехдневный" -> 3."""
    stop = len(text) if end is None else end
    for m in _DURATION_UNIT.finditer(text, start, stop):
        words = list(_WORD.finditer(text, max(start, m.start() - 60), m.start()))
        for k in range(max(0, len(words) - 4), len(words)):
            run = words[k:]
            if text[run[-1].end() : m.start()].strip():
                continue
            phrase = read_words([w.group() for w in run])
            if phrase and phrase.length == len(run):
                return phrase.value * _UNITS[m.group().casefold()]
    m = _DURATION_DIGITS.search(text, start, stop)
    if m:
        return int(m.group("n"))
    m = _DURATION_WORD.search(text, start, stop)
    if m:
        return _DURATION_WORDS[m.group("stem").casefold()]
    return None


def units_of(text: str, segments: Segments) -> list[_Unit]:
    """Sentences (the segment stage's) and list items of the prose, outside tables;
    items inherit the kind of the sentence that opens their list with a colon."""
    skip = [(t.start, t.end) for t in segments.tables]
    units: list[_Unit] = []
    opener: str | None = None
    line_start = searched = 0
    for s, e in segments.sentences:
        newline = text.rfind("\n", searched, s)  # sentences come in order: linear
        line_start, searched = (newline + 1 if newline >= 0 else line_start), s
        if any(a <= s < b for a, b in skip):
            continue
        bullet = _ITEM.match(text, line_start)
        is_item = bullet is not None and s < bullet.end()
        if is_item:
            colon = text.find(":", s, e)
            unit = _Unit(s, e, colon if colon > 0 else e)
            if opener:
                unit.kind, unit.inherited = opener, True
            units.append(unit)
            continue
        unit = _Unit(s, e, e)
        units.append(unit)
        found = kinds_in(text, s, e)
        opener = found[0][0] if found and text[s:e].rstrip().endswith(":") else None
    return units


# --------------------------------------------------------------------- prose events


def _orig(ctx: Context, start: int, end: int) -> tuple[int, int]:
    span = ctx.span(start, end)
    return span.start, span.end


def _inside(span: Span, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= span.start and span.end <= bounds[1]


class _Facts:
    """The dates, place mentions and participants of a document, sorted by their
    start in the original text, so a sentence finds its own by bisection (a long
    document of many sentences stays linear)."""

    def __init__(self, ctx: Context) -> None:
        self.dates = sorted(
            ((d.span.start, d.span.end, d) for d in ctx.dates if d.role != "issued"),
            key=lambda t: t[:2],
        )
        self.date_starts = [t[0] for t in self.dates]
        places = []
        for place in ctx.places:
            if place.level == "country":
                continue
            ref = PlaceRef(level=place.level, name=place.name, soate=place.soate)
            for m in {(m.start, m.end) for m in [place.span, *place.mentions]}:
                places.append((m[0], m[1], ref))
        self.places = sorted(places, key=lambda t: t[:2])
        self.place_starts = [t[0] for t in self.places]
        self.participants = sorted(
            ((p.span.start, p.span.end, i) for i, p in enumerate(ctx.participants)),
            key=lambda t: t[:2],
        )
        self.participant_starts = [t[0] for t in self.participants]
        self.place_index = ctx.resources.place_index

    @staticmethod
    def _within(items: list, starts: list[int], bounds: tuple[int, int]) -> list:
        lo, hi = bounds
        first = bisect_left(starts, lo)
        last = bisect_left(starts, hi)
        return [item[2] for item in items[first:last] if item[1] <= hi]

    def dates_in(self, bounds: tuple[int, int]) -> list[DateMention]:
        return self._within(self.dates, self.date_starts, bounds)

    def places_in(self, bounds: tuple[int, int]) -> list[PlaceRef]:
        out: list[PlaceRef] = []
        for ref in self._within(self.places, self.place_starts, bounds):
            if ref not in out:
                out.append(ref)
        return out

    def participants_in(self, bounds: tuple[int, int]) -> list[int]:
        return sorted(self._within(self.participants, self.participant_starts, bounds))


def _main_kind(text: str, unit: _Unit) -> str | None:
    """The kind a sentence is about: the kind word nearest before its event verb
    ("Семинарлардан кийин ... онлайн окуулар уюштурулат" -> онлайн окуу), else the first."""
    found = kinds_in(text, unit.start, unit.end)
    if not found:
        return None
    verb = _VERB.search(text, unit.start, unit.end)
    if verb:
        before = [k for k in found if k[2] <= verb.start()]
        if before:
            return before[-1][0]
    return found[0][0]


def _prose_events(ctx: Context, facts: _Facts, durations: dict[str, int]) -> list[_Draft]:
    """Events of the prose; `durations` gets the first duration said of each kind
    ("однодневные семинары"), for the table rows of that kind."""
    text = ctx.text
    units = units_of(text, ctx.segments)
    drafts: list[_Draft] = []
    undated: list[tuple[_Unit, str]] = []
    for unit in units:
        own = _main_kind(text, unit)
        kind = own if own and not unit.inherited else unit.kind
        if kind is None:
            continue
        if kind not in durations and (days := duration_in(text, unit.start, unit.end)):
            durations[kind] = days
        bounds = _orig(ctx, unit.start, unit.end)
        dates = facts.dates_in(bounds)
        if not dates:
            undated.append((unit, kind))
            continue
        head = _orig(ctx, unit.start, unit.head_end)
        quote, span = ctx.quote(unit.start, unit.end)
        event = Event(
            kind=kind,
            source="prose",
            start=min(d.start for d in dates),
            end=max(d.end for d in dates),
            duration_days=duration_in(text, unit.start, unit.end),
            places=facts.places_in(head),
            participants=facts.participants_in(bounds),
            text=quote,
            span=span,
        )
        drafts.append(_Draft(event, [unit]))
    by_kind: dict[str, list[_Draft]] = {}
    for draft in drafts:
        by_kind.setdefault(draft.event.kind, []).append(draft)
    for unit, kind in undated:
        same = by_kind.get(kind, [])
        bounds = _orig(ctx, unit.start, unit.end)
        if len(same) == 1:
            # Another sentence about the kind's only event: what it adds.
            event = same[0].event
            event.duration_days = event.duration_days or duration_in(text, unit.start, unit.end)
            if not event.participants:
                event.participants = facts.participants_in(bounds)
            if not event.places:
                event.places = facts.places_in(bounds)
            continue
        if same or not _VERB.search(text, unit.start, unit.end):
            continue
        quote, span = ctx.quote(unit.start, unit.end)
        event = Event(
            kind=kind,
            source="prose",
            duration_days=duration_in(text, unit.start, unit.end),
            places=facts.places_in(bounds),
            participants=facts.participants_in(bounds),
            text=quote,
            span=span,
        )
        draft = _Draft(event, [unit])
        drafts.append(draft)
        by_kind[kind] = [draft]
    return drafts


# --------------------------------------------------------------------- table events


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
    facts: _Facts, text: str, level: str, oblast: gazetteer.Unit | None, bounds: tuple[int, int]
) -> PlaceRef | None:
    units = facts.place_index.units_named(text, level)
    if oblast is not None:
        units = [u for u in units if u.oblast == oblast.id]
    if len(units) == 1:
        return PlaceRef(level=units[0].level, name=units[0].name, soate=units[0].id)  # type: ignore[arg-type]
    found = facts.places_in(bounds)  # what the places extractor made of the cell
    return found[0] if found else None


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
            return
        gaz = self.ctx.resources.gazetteer
        unit = gaz.get(ref.soate)
        place = Place(
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


def _caption_kind(ctx: Context, table: Table) -> str | None:
    found = kinds_in(ctx.text, max(0, table.start - CAPTION_REACH), table.start)
    return found[-1][0] if found else None


def _table_events(ctx: Context, facts: _Facts, fallback_kind: str | None) -> list[Event]:
    events: list[Event] = []
    document_places = _DocumentPlaces(ctx)
    for table in ctx.segments.tables:
        date_col = table.column(_DATE_COLUMN)
        if date_col is None:
            continue
        venue_col = table.column(_VENUE_COLUMN)
        kind_col = table.column(_KIND_COLUMN)
        place_col = _place_column(table)
        caption = _caption_kind(ctx, table) or fallback_kind
        for record in table.records:
            date_cell = record.get(date_col)
            if date_cell is None or not date_cell.text:
                continue
            dates = facts.dates_in(_orig(ctx, date_cell.start, date_cell.end))
            if not dates:
                continue
            kind = caption
            if kind_col is not None and (cell := record.get(kind_col)) and cell.text:
                own = kinds_in(cell.text)
                kind = own[0][0] if own else kind
            places: list[PlaceRef] = []
            oblast = _oblast_of_group(ctx, record)
            if place_col is not None and (cell := record.get(place_col[0])) and cell.text:
                ref = _resolve_cell(
                    facts, cell.text, place_col[1], oblast, _orig(ctx, cell.start, cell.end)
                )
                if ref is not None:
                    places.append(ref)
                    document_places.add(ref, cell.start, cell.end)
            if oblast is not None and not any(p.soate == oblast.id for p in places):
                places.append(PlaceRef(level="oblast", name=oblast.name, soate=oblast.id))
            venue_cell = record.get(venue_col) if venue_col is not None else None
            quote, span = ctx.quote(record.start, record.end)
            events.append(
                Event(
                    kind=kind or "иш-чара",
                    source="table",
                    start=min(d.start for d in dates),
                    end=max(d.end for d in dates),
                    places=places,
                    venue=venue_cell.text if venue_cell and venue_cell.text else None,
                    text=quote,
                    span=span,
                )
            )
    return events


# --------------------------------------------------------------------- together


def extract(ctx: Context) -> None:
    facts = _Facts(ctx)
    durations: dict[str, int] = {}
    drafts = _prose_events(ctx, facts, durations)
    prose = [d.event for d in drafts]
    kinds = [e.kind for e in prose]
    fallback = max(set(kinds), key=kinds.count) if kinds else None
    table = _table_events(ctx, facts, fallback)
    # Table rows of each kind by date, to find the rows a prose range covers.
    rows_by_kind: dict[str, list[tuple[str, Event]]] = {}
    for row in table:
        if row.start is not None:
            rows_by_kind.setdefault(row.kind, []).append((row.start, row))
    for rows in rows_by_kind.values():
        rows.sort(key=lambda pair: pair[0])
    kept: list[Event] = []
    for event in prose:
        rows = rows_by_kind.get(event.kind, [])
        covered: list[Event] = []
        if rows and event.start is None:
            covered = [row for _, row in rows]  # "семинарлар өтөт" over a table of семинар
        elif rows and event.end is not None and event.start != event.end:
            first = bisect_left(rows, event.start, key=lambda pair: pair[0])
            last = bisect_right(rows, event.end, key=lambda pair: pair[0])
            covered = [row for _, row in rows[first:last] if row.end and row.end <= event.end]
        if covered:
            # The announcement of the series the table lists, not an event of its own.
            for row in covered:
                row.duration_days = row.duration_days or event.duration_days
            continue
        kept.append(event)
    for row in table:
        row.duration_days = row.duration_days or durations.get(row.kind)
    events = kept + table
    events.sort(key=lambda e: e.span.start)
    ctx.events = events


def finalise(ctx: Context) -> None:
    """Resolve step, after years are filled in, breakdowns attached and counts
    classified: an event's dates are those inside its text (now with their years);
    the kind gets its group and its word as written; the same event told twice is
    one event; and each participant total is linked to its event."""
    facts = _Facts(ctx)
    for event in ctx.events:
        bounds = (event.span.start, event.span.end)
        dates = facts.dates_in(bounds)
        if dates:
            event.start = min(d.start for d in dates)
            event.end = max(d.end for d in dates)
        event.kind_group = kind_group(event.kind)
        event.kind_text = _kind_text(ctx.original, event)
    ctx.events = _deduplicate(sorted(ctx.events, key=lambda e: e.span.start))
    _link_participants(ctx, facts)


def kind_group(kind: str) -> KindGroup:
    return _GROUP_OF_KIND.get(kind, "other")  # type: ignore[return-value]


_GROUP_OF_KIND: dict[str, str] = {
    kind: group for group, kinds in _LEX["kind_groups"].items() for kind in kinds
}


def _kind_text(original: str, event: Event) -> str | None:
    """The first word of the event's own text that names its kind; none when the
    kind came from elsewhere (a table's caption)."""
    for kind, start, end in kinds_in(original, event.span.start, event.span.end):
        if kind == event.kind:
            return original[start:end]
    return None


def _place_keys(event: Event) -> set[tuple[str, str]]:
    return {(p.level, p.soate or p.name) for p in event.places}


def _within(host: Event, day: Event) -> bool:
    """A day of a multi-day event: inside its range, at no place of its own (a
    programme's days: "· 31-октябрь – мүлк салыгы")."""
    return (
        not day.places
        and None not in (host.start, host.end, day.start, day.end)
        and host.start != host.end
        and host.start <= day.start  # type: ignore[operator]
        and day.end <= host.end  # type: ignore[operator]
    )


class _Hosts:
    """The events kept so far, indexed so that finding the event a later one
    repeats takes a few dictionary look-ups (a long document stays linear)."""

    def __init__(self) -> None:
        self.kept: list[Event] = []
        # (group, start) -> the first such event, and its events by place key
        self.first: dict[tuple[str, str | None], Event] = {}
        self.by_place: dict[tuple[str, str | None], dict[tuple[str, str], Event]] = {}
        self.last_range: dict[str, Event] = {}  # group -> its last multi-day prose event

    def host_of(self, event: Event) -> Event | None:
        """The same group on the same day (or both undated) at a shared place, or
        where one of them names none; else the multi-day event it is a day of."""
        key = (event.kind_group, event.start)
        first = self.first.get(key)
        if first is not None:
            places = self.by_place[key]
            keys = _place_keys(event)
            shared = next((places[k] for k in keys if k in places), None)
            if shared is not None:
                return shared
            if not keys or not first.places:
                return first
        host = self.last_range.get(event.kind_group)
        return host if host is not None and _within(host, event) else None

    def add(self, event: Event, host: Event | None) -> None:
        owner = host or event
        key = (event.kind_group, event.start)
        self.first.setdefault(key, owner)
        places = self.by_place.setdefault(key, {})
        for place in _place_keys(event):
            places.setdefault(place, owner)
        if host is None:
            self.kept.append(event)
            if event.source == "prose" and event.start != event.end:
                self.last_range[event.kind_group] = event


def _deduplicate(events: list[Event]) -> list[Event]:
    """The same event told twice is one: the later telling adds its participants,
    places, duration and venue to the first. Two rows of a schedule table are
    two events even on one day."""
    hosts = _Hosts()
    for event in events:
        host = hosts.host_of(event)
        if host is not None and host.source == event.source == "table":
            host = None
        if host is not None:
            host.participants = sorted({*host.participants, *event.participants})
            host.places += [p for p in event.places if p not in host.places]
            host.duration_days = host.duration_days or event.duration_days
            host.venue = host.venue or event.venue
        hosts.add(event, host)
    return hosts.kept


def _link_participants(ctx: Context, facts: _Facts) -> None:
    """Each participant total goes to one event: the one whose text (sentence or
    table row) holds it, else the event told last before it (a count in the
    sentences after the event's own); a count before the first event goes to it
    only when it is the document's one event (a headline's count). An event whose
    text holds no total keeps the breakdown rows it holds (a schedule table's row
    and its count), and the total of those rows is then theirs, no event's; a
    count that restates another (headcount.py) goes to no event by position."""
    events = ctx.events
    rows = ctx.participants
    totals = {i for i, p in enumerate(rows) if p.part_of is None}
    for event in events:
        own = event.participants or facts.participants_in((event.span.start, event.span.end))
        event.participants = [i for i in own if i in totals] or own
    linked = {i for event in events for i in event.participants}
    broken_down = {rows[i].part_of for i in linked if rows[i].part_of is not None}
    starts = [event.span.start for event in events]
    restated = {i for i in totals if rows[i].kind == "people" and not rows[i].in_total}
    for i in sorted(totals - linked - broken_down - restated):
        at = bisect_right(starts, rows[i].span.start) - 1
        if at < 0 and len(events) != 1:
            continue
        owner = events[max(at, 0)]
        owner.participants = sorted({*owner.participants, i})
