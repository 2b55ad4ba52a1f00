"""The resolve step's pieces: kind groups, the same event told twice, and each
participant total linked to its event."""

from __future__ import annotations

from bisect import bisect_right

from ...context import Context
from ...models import Event, KindGroup
from .kinds import EVENTS_LEX, kinds_in
from .prose import ProseFacts
from .rules import SAME_EVENT

# How many characters of the event told first the same_event line quotes.
SAID_CHARS = 40


def kind_group(kind: str) -> KindGroup:
    return _GROUP_OF_KIND.get(kind, "other")  # type: ignore[return-value]


_GROUP_OF_KIND: dict[str, str] = {
    kind: group for group, kinds in EVENTS_LEX["kind_groups"].items() for kind in kinds
}


def event_kind_text(original: str, event: Event) -> str | None:
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


def deduplicate(events: list[Event], ctx: Context | None = None) -> list[Event]:
    """The same event told twice is one: the later telling adds its participants,
    places, duration and venue to the first (events.same_event, said to `ctx`). Two
    rows of a schedule table are two events even on one day."""
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
            if ctx is not None and ctx.decisions is not None:
                where = ctx.original[host.span.start : host.span.end][:SAID_CHARS]
                detail = f"{event.kind} {event.start}: told first at {host.span.start} '{where}'"
                ctx.decide_at(SAME_EVENT, False, event.span, detail)
        hosts.add(event, host)
    return hosts.kept


def link_participants(ctx: Context, facts: ProseFacts) -> None:
    """Each participant total goes to one event: the one whose text (sentence or
    table row) holds it, else the event told last before it (a count in the
    sentences after the event's own); a count before the first event goes to it
    only when it is the document's one event (a headline's count). An event whose
    text holds no total keeps the breakdown rows it holds (a schedule table's row
    and its count), and the total of those rows is then theirs, no event's; a
    count that restates another (resolve/headcount.py) goes to no event by position."""
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
