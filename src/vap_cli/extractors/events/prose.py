"""Prose events: a sentence naming a kind with a date, or a list item under one."""

from __future__ import annotations

from bisect import bisect_left

import regex

from ...context import Context
from ...explain import Rule
from ...models import DateMention, Event, PlaceRef, Span
from ...segment.tokens import TokenStream
from .asides import (
    Quotes,
    document_date,
    next_one,
    outcome_of,
    previous_one,
    quoted_question,
    room_name,
    says_today,
)
from .kinds import HOLDING_BOUND, Draft, EventUnit, duration_in, kinds_in, units_of, verb_in
from .rules import (
    DATED_SENTENCE,
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
    TODAY_IS_ISSUED,
    UNDATED_ADDS,
    UNDATED_ADDS_UNDATED,
    UNDATED_AMBIGUOUS,
    UNDATED_NO_VERB,
    UNDATED_PART_OF_KIND,
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
        # (an issue date or a deadline dates no event: "Заявки принимаются до 25 января";
        # nor a law's: "в Законе ... от 20 октября 2021 года", events.document_date)
        dated = [d for d in ctx.dates if d.role not in _NO_EVENT_DATES]
        self.document_dates = [d for d in dated if document_date(ctx.original, d)]
        self.dates = sorted(
            ((d.span.start, d.span.end, d) for d in dated if d not in self.document_dates),
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


def _quotes(text: str, unit: EventUnit) -> Quotes:
    """The unit's quotations, read on the first question asked of them."""
    if unit.quotes is None:
        unit.quotes = Quotes(text, (unit.start, unit.end))
    return unit.quotes


def _unnamed(text: str, unit: EventUnit, word: tuple[int, int]) -> Rule | None:
    """The rule by which a kind word names no event of its sentence, if one does: inside
    a quoted question, a room's name, an earlier event."""
    if quoted_question(text, (unit.start, unit.end), word, _quotes(text, unit)):
        return QUOTED_QUESTION
    if room_name(text, word):
        return ROOM_NAME
    if outcome_of(text, word):
        return OUTCOME_OF
    return PREVIOUS_OF_KIND if previous_one(text, word[0]) else None


def told_verb(text: str, unit: EventUnit, stream: TokenStream) -> regex.Match[str] | None:
    """The sentence's first event verb outside a quoted question ('"собрание кантип
    өтөт" деген суроо' asks, tells nothing)."""
    at = unit.start
    while (verb := verb_in(text, at, unit.end, stream)) is not None:
        if not quoted_question(text, (unit.start, unit.end), verb.span(), _quotes(text, unit)):
            return verb
        at = verb.end()
    return None


def _main_kind(ctx: Context, unit: EventUnit, stream: TokenStream) -> tuple[str, KindNote] | None:
    """The kind a sentence is about: the kind word nearest before its event verb
    ("Семинарлардан кийин ... онлайн окуулар уюштурулат" -> онлайн окуу), else the first;
    and the rule that chose it (said when the sentence is an event). A kind word that
    names no event (_unnamed) is none; the unit's `next_one` says whether the chosen
    word names the next event of its kind (events.next_of_kind)."""
    text = ctx.text
    found = []
    for kind, start, end in (
        unit.kinds if unit.kinds is not None else kinds_in(text, unit.start, unit.end, stream)
    ):
        rule = _unnamed(text, unit, (start, end))
        if rule is None:
            found.append((kind, start, end))
            if text[start:end].casefold() in HOLDING_BOUND:  # "окуу өттү": held, a kind
                ctx.decide(KIND_WITH_HOLDING_VERB, True, start, end, kind)
        else:
            ctx.decide(rule, False, start, end, kind)
    if not found:
        return None
    chosen = found[0]
    verb = told_verb(text, unit, stream)
    before = [k for k in found if verb and k[2] <= verb.start()]
    if verb and before:
        chosen = before[-1]
    unit.next_one = next_one(text, chosen[1])
    if verb and before:
        return chosen[0], (KIND_BEFORE_VERB, f"{chosen[0]}, before '{verb.group()}'")
    return chosen[0], (KIND_FIRST_WORD, chosen[0])


def prose_events(ctx: Context, facts: ProseFacts, durations: dict[str, int]) -> list[Draft]:
    """Events of the prose; `durations` gets the first duration said of each kind
    ("однодневные семинары"), for the table rows of that kind."""
    text = ctx.text
    stream = ctx.segments.tokens
    units = units_of(text, ctx.segments)
    if ctx.decisions is not None:
        _explain_related(ctx)
        for d in facts.document_dates:
            ctx.decide_at(DOCUMENT_DATE, False, d.span, str(d.start))
    drafts: list[Draft] = []
    undated: list[tuple[EventUnit, str, KindNote]] = []
    for unit in units:
        if unit.outcome:
            ctx.decide(OUTCOME_LIST, False, unit.start, unit.end, str(unit.kind))
            continue
        own = None if unit.inherited else _main_kind(ctx, unit, stream)
        kind, note = own if own else (unit.kind, (LIST_ITEM_KIND, str(unit.kind)))
        if kind is None:
            continue
        bounds = orig(ctx, unit.start, unit.end)
        dates = facts.dates_in(bounds)
        days_told = _days_told(ctx, unit, dates)
        # read once: for the kind's first duration and for the event of a dated unit
        days = (
            duration_in(text, unit.start, unit.end, stream)
            if days_told or kind not in durations
            else None
        )
        if kind not in durations and days:
            durations[kind] = days
        if days_told is None:
            undated.append((unit, kind, note))
            continue
        head = orig(ctx, unit.start, unit.head_end)
        quote, span = ctx.quote(unit.start, unit.end)
        event = Event.model_construct(
            kind=kind,
            source="prose",
            start=days_told[0],
            end=days_told[1],
            duration_days=days,
            places=facts.places_in(head),
            participants=facts.participants_in(bounds),
            text=quote,
            span=span,
        )
        drafts.append(Draft(event, [unit]))
        ctx.decide(note[0], True, unit.start, unit.end, note[1])
        if not dates:
            ctx.decide(TODAY_IS_ISSUED, True, unit.start, unit.end, str(ctx.issued))
        detail = f"{kind} {event.start}..{event.end}"
        ctx.decide(DATED_SENTENCE, True, unit.start, unit.end, detail)
    _undated_events(ctx, facts, drafts, undated)
    return drafts


def _days_told(ctx: Context, unit: EventUnit, dates: list[DateMention]) -> tuple[str, str] | None:
    """The first and last day a unit tells: of its dates, else the page's issued day
    when it says "today" with an event verb ("Бүгүн ... өттү"; events.today_is_issued),
    else none."""
    if dates:
        return min(d.start for d in dates), max(d.end for d in dates)
    stream = ctx.segments.tokens
    if (
        ctx.issued
        and says_today(ctx.text, unit.start, unit.end)
        and told_verb(ctx.text, unit, stream)
    ):
        return ctx.issued, ctx.issued
    return None


def _undated_events(
    ctx: Context,
    facts: ProseFacts,
    drafts: list[Draft],
    undated: list[tuple[EventUnit, str, KindNote]],
) -> None:
    """The undated sentences naming a kind: more about the kind's only dated event, or
    an event of their own with an event verb (added to `drafts`), or none."""
    text = ctx.text
    stream = ctx.segments.tokens
    by_kind: dict[str, list[Draft]] = {}
    for draft in drafts:
        by_kind.setdefault(draft.event.kind, []).append(draft)
    for unit, kind, note in undated:
        same = by_kind.get(kind, [])
        bounds = orig(ctx, unit.start, unit.end)
        told = same[0].event if len(same) == 1 else None
        if not same:
            told = _whole_of_part(by_kind, kind)
        if unit.next_one:  # "Кийинки жыйын ... өтөт": the next one, not the one told
            same, told = [], None
        if told is not None:
            # Another sentence about the kind's only event (or its longer kind's): what it adds.
            _add_to(told, ctx, facts, unit)
            rule = UNDATED_ADDS if same else UNDATED_PART_OF_KIND
            if told.start is None:  # the one told has no day: say so, not "with a date"
                rule = UNDATED_ADDS_UNDATED
            ctx.decide(rule, False, unit.start, unit.end, f"{kind} {told.start or 'undated'}")
            continue
        if same:
            ctx.decide(UNDATED_AMBIGUOUS, False, unit.start, unit.end, f"{kind}: {len(same)}")
            continue
        verb = told_verb(text, unit, stream)
        if not verb:
            ctx.decide(UNDATED_NO_VERB, False, unit.start, unit.end, kind)
            continue
        ctx.decide(note[0], True, unit.start, unit.end, note[1])
        if unit.next_one:
            ctx.decide(NEXT_OF_KIND, True, unit.start, unit.end, kind)
        ctx.decide(UNDATED_WITH_VERB, True, unit.start, unit.end, f"{kind}, '{verb.group()}'")
        _explain_issued_not_day(ctx, kind)
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


def _explain_issued_not_day(ctx: Context, kind: str) -> None:
    """An event kept without a day on a page with an issued date: the issued date (a
    dateline's) is the report's day, not the event's (events.issued_is_report_day; said
    only when a rule's reasons are asked for)."""
    if ctx.decisions is None or not ctx.issued:
        return
    for mention in ctx.dates:
        if mention.role == "issued":
            ctx.decide_at(ISSUED_IS_REPORT_DAY, False, mention.span, f"{kind}: {ctx.issued}")
            return


def _whole_of_part(by_kind: dict[str, list[Draft]], kind: str) -> Event | None:
    """The only dated event whose kind has `kind` as one of its words ("семинар" of
    "семинар-тренинг"; events.undated_part_of_kind), if exactly one."""
    wholes = [
        draft.event
        for other, drafts in by_kind.items()
        if other != kind and kind in other.replace("-", " ").split()
        for draft in drafts
    ]
    return wholes[0] if len(wholes) == 1 else None


def _add_to(event: Event, ctx: Context, facts: ProseFacts, unit: EventUnit) -> None:
    """What an undated sentence about `event` adds to it: its duration, and its
    participants and places when the event has none."""
    bounds = orig(ctx, unit.start, unit.end)
    event.duration_days = event.duration_days or duration_in(
        ctx.text, unit.start, unit.end, ctx.segments.tokens
    )
    if not event.participants:
        event.participants = facts.participants_in(bounds)
    if not event.places:
        event.places = facts.places_in(bounds)


def _explain_related(ctx: Context) -> None:
    """A kind named on a line of a related-news block: no event (units_of leaves such
    lines out; said only when a rule's reasons are asked for)."""
    text = ctx.text
    for start, end in ctx.segments.line_classes.related:
        found = kinds_in(text, start, end, ctx.segments.tokens)
        if found:
            ctx.decide(RELATED_NEWS_LINE, False, start, end, found[0][0])
