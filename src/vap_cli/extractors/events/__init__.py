"""Events: what happens, when, where, for how long and with whom.

Runs last: it reads the dates, places and participants the other extractors
found, and the schedule tables of segment/tables.py.

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

from datetime import date, timedelta

from ...context import Context
from ...explain import Rule
from ...models import DateMention, Event
from ..dates.patterns import TO_WORD_AFTER
from .kinds import duration_in, kinds_in, units_of
from .lending import Lending
from .linking import deduplicate, event_kind_text, kind_group, link_participants
from .prose import ProseFacts, prose_events
from .rules import (
    DATED_SENTENCE,
    DATES_INSIDE,
    DOCUMENT_DATE,
    ISSUED_IS_REPORT_DAY,
    KIND_BEFORE_VERB,
    KIND_FIRST_WORD,
    KIND_WITH_HOLDING_VERB,
    LIST_ITEM_KIND,
    NEXT_OF_KIND,
    OUTCOME_LIST,
    OUTCOME_OF,
    PREVIOUS_OF_KIND,
    QUOTED_QUESTION,
    RELATED_NEWS_LINE,
    ROOM_NAME,
    SAME_EVENT,
    TABLE_PLACE_CELL,
    TABLE_ROW,
    TABLE_SERIES,
    TODAY_IS_ISSUED,
    UNDATED_ADDS,
    UNDATED_ADDS_UNDATED,
    UNDATED_AMBIGUOUS,
    UNDATED_NO_VERB,
    UNDATED_PART_OF_KIND,
    UNDATED_WITH_VERB,
)
from .tables import CAPTION_REACH, table_events

__all__ = [
    "CAPTION_REACH",
    "DATED_SENTENCE",
    "DATES_INSIDE",
    "DOCUMENT_DATE",
    "ISSUED_IS_REPORT_DAY",
    "KIND_BEFORE_VERB",
    "KIND_FIRST_WORD",
    "KIND_WITH_HOLDING_VERB",
    "LIST_ITEM_KIND",
    "NEXT_OF_KIND",
    "OUTCOME_LIST",
    "OUTCOME_OF",
    "PREVIOUS_OF_KIND",
    "QUOTED_QUESTION",
    "RELATED_NEWS_LINE",
    "ROOM_NAME",
    "SAME_EVENT",
    "TABLE_PLACE_CELL",
    "TABLE_ROW",
    "TABLE_SERIES",
    "TODAY_IS_ISSUED",
    "UNDATED_ADDS",
    "UNDATED_ADDS_UNDATED",
    "UNDATED_AMBIGUOUS",
    "UNDATED_NO_VERB",
    "UNDATED_PART_OF_KIND",
    "UNDATED_WITH_VERB",
    "duration_in",
    "extract",
    "finalise",
    "kind_group",
    "kinds_in",
    "units_of",
]


def extract(ctx: Context) -> None:
    facts = ProseFacts(ctx)
    durations: dict[str, int] = {}
    drafts = prose_events(ctx, facts, durations)
    prose = [d.event for d in drafts]
    kinds = [e.kind for e in prose]
    fallback = max(set(kinds), key=kinds.count) if kinds else None
    table = table_events(ctx, facts, fallback)
    # Table rows of each kind by date, to find the rows a prose range covers.
    rows_by_kind: dict[str, list[tuple[str, Event]]] = {}
    for row in table:
        if row.start is not None:
            rows_by_kind.setdefault(row.kind, []).append((row.start, row))
    for rows in rows_by_kind.values():
        rows.sort(key=lambda pair: pair[0])
    kept: list[Event] = []
    lending = {kind: Lending([row for _, row in rows]) for kind, rows in rows_by_kind.items()}
    for order, event in enumerate(prose):
        lent = lending.get(event.kind)
        if lent is not None and event.start is None:  # "семинарлар өтөт" over a table
            lent.lend_all(order, event.duration_days)
            ctx.decide_at(TABLE_SERIES, False, event.span, f"{event.kind}, undated")
            continue
        if lent is not None and event.end is not None and event.start != event.end:
            if lent.lend_range(order, event):
                # the series the table lists, not an event of its own
                detail = f"{event.kind} {event.start}..{event.end}"
                ctx.decide_at(TABLE_SERIES, False, event.span, detail)
                continue
        kept.append(event)
    for lent in lending.values():
        lent.settle(prose)
    for row in table:
        row.duration_days = row.duration_days or durations.get(row.kind)
    events = kept + table
    events.sort(key=lambda e: e.span.start)
    ctx.events = events


UNTIL_DAY_END = Rule(
    "events.until_day_end",
    "an event's only date closed by 'чейин' (until: 'Курс 2026-жылдын 6-февралына чейин"
    " уланат') is its last day, not its first: the first is its days back from it when the"
    " text tells them ('беш күндүк курс'), else that day stays the start",
)


def _until_day(ctx: Context, event: Event, dates: list[DateMention]) -> None:
    """An event dated by single days that 'чейин' closes ("6-февралына чейин уланат"):
    those are its last days, so its first is its duration back from the last
    (events.until_day_end); a range or a day said without 'чейин' is left as read."""
    if any(d.start != d.end or not TO_WORD_AFTER.match(ctx.original, d.span.end) for d in dates):
        return
    end = event.end
    days = event.duration_days
    if end is None or end.startswith("-") or not days or days < 2:
        return
    first = date.fromisoformat(end) - timedelta(days=days - 1)
    event.start = first.isoformat()
    last = max(dates, key=lambda d: d.span.end)
    ctx.decide(UNTIL_DAY_END, True, last.span.start, last.span.end, f"{event.start}..{end}")


def finalise(ctx: Context) -> None:
    """Resolve step, after years are filled in, breakdowns attached and counts
    classified: an event's dates are those inside its text (now with their years);
    the kind gets its group and its word as written; the same event told twice is
    one event; and each participant total is linked to its event."""
    if not ctx.events:
        return  # no event to date, name or link a total to
    facts = ProseFacts(ctx, with_places=False)  # dates and participants: no places read
    for event in ctx.events:
        bounds = (event.span.start, event.span.end)
        dates = facts.dates_in(bounds)
        if dates:
            event.start = min(d.start for d in dates)
            event.end = max(d.end for d in dates)
            ctx.decide_at(DATES_INSIDE, True, event.span, f"{event.start}..{event.end}")
            _until_day(ctx, event, dates)
        event.kind_group = kind_group(event.kind)
        event.kind_text = event_kind_text(ctx.original, event)
    ctx.events = deduplicate(sorted(ctx.events, key=lambda e: e.span.start), ctx)
    link_participants(ctx, facts)
