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

Modules:
- kinds.py: event kinds and durations named in a text; the units events are read from.
- prose.py: prose events (a sentence or list item naming a kind).
- tables.py: table events (a schedule table's rows).
- linking.py: kind groups, duplicates merged, participant totals linked to events.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ...context import Context
from ...models import Event
from .kinds import duration_in, kinds_in, units_of
from .linking import _deduplicate, _kind_text, _link_participants, kind_group
from .prose import _Facts, _prose_events
from .tables import CAPTION_REACH, _table_events

__all__ = [
    "CAPTION_REACH",
    "duration_in",
    "extract",
    "finalise",
    "kind_group",
    "kinds_in",
    "units_of",
]


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
    lending = {kind: _Lending(len(rows)) for kind, rows in rows_by_kind.items()}
    for order, event in enumerate(prose):
        rows = rows_by_kind.get(event.kind, [])
        if rows and event.start is None:  # "семинарлар өтөт" over a table of семинар
            lending[event.kind].lend([len(rows)], order, event.duration_days)
            continue
        covered: list[int] = []
        if rows and event.end is not None and event.start != event.end:
            first = bisect_left(rows, event.start, key=lambda pair: pair[0])
            last = bisect_right(rows, event.end, key=lambda pair: pair[0])
            end = event.end
            covered = [k for k in range(first, last) if (e := rows[k][1].end) and e <= end]
        if covered:
            lending[event.kind].lend(covered, order, event.duration_days)
            continue
        kept.append(event)
    for kind, rows in rows_by_kind.items():
        lending[kind].settle([row for _, row in rows], prose)
    for row in table:
        row.duration_days = row.duration_days or durations.get(row.kind)
    events = kept + table
    events.sort(key=lambda e: e.span.start)
    ctx.events = events


class _Lending:
    """The announcements of a series over its table's rows, in their order (a range's
    over the rows it covers, an undated one's over all): each gives its duration to a
    row with none (row = row or days). Kept, then settled once: an undated
    announcement would walk every row, and a long document has many (quadratic)."""

    def __init__(self, rows: int) -> None:
        # By row, and last (index `rows`) the whole table: the order of the first
        # announcement with days, and of the last of all (-1: none).
        self.first = [-1] * (rows + 1)
        self.last = [-1] * (rows + 1)

    def lend(self, rows: list[int], order: int, days: int | None) -> None:
        first, last = self.first, self.last
        for k in rows:
            if days and first[k] < 0:
                first[k] = order
            last[k] = order

    def settle(self, rows: list[Event], announcements: list[Event]) -> None:
        """Each row's duration: its own, else the first lent one with days, else the
        last lent (one with none)."""
        whole = len(rows)
        for k, row in enumerate(rows):
            if row.duration_days:
                continue
            firsts = [o for o in (self.first[k], self.first[whole]) if o >= 0]
            told = min(firsts) if firsts else max(self.last[k], self.last[whole])
            if told >= 0:
                row.duration_days = announcements[told].duration_days


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
