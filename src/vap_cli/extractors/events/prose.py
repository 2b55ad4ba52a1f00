"""Prose events: a sentence naming a kind with a date, or a list item under one."""

from __future__ import annotations

from bisect import bisect_left

from ...context import Context
from ...explain import Rule
from ...models import DateMention, Event, PlaceRef, Span
from ...segment.tokens import TokenStream
from .kinds import Draft, EventUnit, duration_in, kinds_in, units_of, verb_in
from .rules import (
    DATED_SENTENCE,
    KIND_BEFORE_VERB,
    KIND_FIRST_WORD,
    LIST_ITEM_KIND,
    RELATED_NEWS_LINE,
    UNDATED_ADDS,
    UNDATED_AMBIGUOUS,
    UNDATED_NO_VERB,
    UNDATED_WITH_VERB,
)

# Date roles that date no event: the page's issue date, a deadline for applications.
_NO_EVENT_DATES = frozenset(("issued", "deadline"))


def orig(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """The original [start, end) of a normalised stretch (ctx.span's, without its Span)."""
    return ctx.norm.to_original(start, end)


def _inside(span: Span, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= span.start and span.end <= bounds[1]


class ProseFacts:
    """The dates, place mentions and participants of a document, sorted by their
    start in the original text, so a sentence finds its own by bisection (a long
    document of many sentences stays linear). `with_places`: False leaves the place
    mentions out (places_in finds none), for a reader of dates and participants only."""

    def __init__(self, ctx: Context, with_places: bool = True) -> None:
        self.dates = sorted(
            # (an issue date or a deadline dates no event: "Заявки принимаются до 25 января")
            ((d.span.start, d.span.end, d) for d in ctx.dates if d.role not in _NO_EVENT_DATES),
            key=lambda t: t[:2],
        )
        self.date_starts = [t[0] for t in self.dates]
        places = []
        for place in ctx.places if with_places else ():
            if place.level == "country":
                continue
            ref = PlaceRef.model_construct(level=place.level, name=place.name, soate=place.soate)
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


# The rule that set a unit's kind, and what it says of it.
KindNote = tuple[Rule, str]


def _main_kind(text: str, unit: EventUnit, stream: TokenStream) -> tuple[str, KindNote] | None:
    """The kind a sentence is about: the kind word nearest before its event verb
    ("Семинарлардан кийин ... онлайн окуулар уюштурулат" -> онлайн окуу), else the first;
    and the rule that chose it (said when the sentence is an event)."""
    found = unit.kinds if unit.kinds is not None else kinds_in(text, unit.start, unit.end, stream)
    if not found:
        return None
    verb = verb_in(text, unit.start, unit.end, stream)
    if verb:
        before = [k for k in found if k[2] <= verb.start()]
        if before:
            return before[-1][0], (KIND_BEFORE_VERB, f"{before[-1][0]}, before '{verb.group()}'")
    return found[0][0], (KIND_FIRST_WORD, found[0][0])


def prose_events(ctx: Context, facts: ProseFacts, durations: dict[str, int]) -> list[Draft]:
    """Events of the prose; `durations` gets the first duration said of each kind
    ("однодневные семинары"), for the table rows of that kind."""
    text = ctx.text
    stream = ctx.segments.tokens
    units = units_of(text, ctx.segments)
    if ctx.decisions is not None:
        _explain_related(ctx)
    drafts: list[Draft] = []
    undated: list[tuple[EventUnit, str, KindNote]] = []
    for unit in units:
        own = None if unit.inherited else _main_kind(text, unit, stream)
        kind, note = own if own else (unit.kind, (LIST_ITEM_KIND, str(unit.kind)))
        if kind is None:
            continue
        bounds = orig(ctx, unit.start, unit.end)
        dates = facts.dates_in(bounds)
        # read once: for the kind's first duration and for the event of a dated unit
        days = (
            duration_in(text, unit.start, unit.end, stream)
            if dates or kind not in durations
            else None
        )
        if kind not in durations and days:
            durations[kind] = days
        if not dates:
            undated.append((unit, kind, note))
            continue
        head = orig(ctx, unit.start, unit.head_end)
        quote, span = ctx.quote(unit.start, unit.end)
        event = Event.model_construct(
            kind=kind,
            source="prose",
            start=min(d.start for d in dates),
            end=max(d.end for d in dates),
            duration_days=days,
            places=facts.places_in(head),
            participants=facts.participants_in(bounds),
            text=quote,
            span=span,
        )
        drafts.append(Draft(event, [unit]))
        ctx.decide(note[0], True, unit.start, unit.end, note[1])
        detail = f"{kind} {event.start}..{event.end}"
        ctx.decide(DATED_SENTENCE, True, unit.start, unit.end, detail)
    by_kind: dict[str, list[Draft]] = {}
    for draft in drafts:
        by_kind.setdefault(draft.event.kind, []).append(draft)
    for unit, kind, note in undated:
        same = by_kind.get(kind, [])
        bounds = orig(ctx, unit.start, unit.end)
        if len(same) == 1:
            # Another sentence about the kind's only event: what it adds.
            event = same[0].event
            event.duration_days = event.duration_days or duration_in(
                text, unit.start, unit.end, stream
            )
            if not event.participants:
                event.participants = facts.participants_in(bounds)
            if not event.places:
                event.places = facts.places_in(bounds)
            ctx.decide(UNDATED_ADDS, False, unit.start, unit.end, f"{kind} {event.start}")
            continue
        if same:
            ctx.decide(UNDATED_AMBIGUOUS, False, unit.start, unit.end, f"{kind}: {len(same)}")
            continue
        verb = verb_in(text, unit.start, unit.end, stream)
        if not verb:
            ctx.decide(UNDATED_NO_VERB, False, unit.start, unit.end, kind)
            continue
        ctx.decide(note[0], True, unit.start, unit.end, note[1])
        ctx.decide(UNDATED_WITH_VERB, True, unit.start, unit.end, f"{kind}, '{verb.group()}'")
        quote, span = ctx.quote(unit.start, unit.end)
        event = Event.model_construct(
            kind=kind,
            source="prose",
            duration_days=duration_in(text, unit.start, unit.end, stream),
            places=facts.places_in(bounds),
            participants=facts.participants_in(bounds),
            text=quote,
            span=span,
        )
        draft = Draft(event, [unit])
        drafts.append(draft)
        by_kind[kind] = [draft]
    return drafts


def _explain_related(ctx: Context) -> None:
    """A kind named on a line of a related-news block: no event (units_of leaves such
    lines out; said only when a rule's reasons are asked for)."""
    text = ctx.text
    for start, end in ctx.segments.line_classes.related:
        found = kinds_in(text, start, end, ctx.segments.tokens)
        if found:
            ctx.decide(RELATED_NEWS_LINE, False, start, end, found[0][0])
