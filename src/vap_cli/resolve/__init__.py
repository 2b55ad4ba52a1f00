"""Stage 5: settle what single extractors cannot: facts that depend on other facts.

Each step is a plain function of the Context, run in order by `resolve`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable

from .. import rx
from ..context import Context
from ..explain import Rule
from ..extractors.dates import fill_missing_years
from ..extractors.events import finalise as finalise_events
from ..extractors.participants import resolve_breakdowns
from ..extractors.title import mark_dateline
from ..extractors.web import url_key
from ..normalise import ORIGINAL_LINE_BREAK
from .headcount import classify_participants
from .place_hierarchy import add_country, complete_places


def finalise_contacts(ctx: Context) -> None:
    """Contact lists in text order, each value once (URLs compared without scheme/www)."""
    mentions = sorted(ctx.contacts.mentions, key=lambda c: (c.span.start, c.span.end, c.kind))
    ctx.contacts.mentions = mentions
    ctx.contacts.phones = _unique(c.value for c in mentions if c.kind == "phone")
    ctx.contacts.emails = _unique(c.value for c in mentions if c.kind == "email")
    ctx.contacts.urls = _unique((c.value for c in mentions if c.kind == "url"), key=url_key)


def link_contacts(ctx: Context) -> None:
    """Phones and e-mails that stand after a person's name, in the same contact
    block (the same line, or the next few lines of a paragraph) and before any
    other person's name, are that person's ("Нургуль Жаманкулова,
    тел.: (0770) 771-711, эл.дареги: njamankulova@dpi.kg"). URLs are sites, not
    personal contacts, and stay unlinked."""
    mentions = sorted(
        (
            (span.start, span.end, index)
            for index, person in enumerate(ctx.persons)
            for span in person.mentions or [person.span]
        ),
    )
    if not mentions:
        return
    original = ctx.original
    to_normalised = ctx.norm.to_normalised
    mention_ends = [end for _, end, _ in mentions]
    personal = [c for c in ctx.contacts.mentions if c.kind in ("phone", "email")]
    contact_starts = sorted(c.span.start for c in personal)
    for contact in personal:
        # The last name that ends before the contact (bisection: linear overall).
        at = bisect_right(mention_ends, contact.span.start) - 1
        if at < 0:
            ctx.decide_at(NOT_LINKED, False, contact.span, "no name before it")
            continue
        _, end, index = mentions[at]
        # The gap is read in the normalised text, whose line ends are settled: a
        # CRLF's CR and a line's trailing spaces neither widen it nor hide a blank line.
        gap_start, gap_end = to_normalised(end), to_normalised(contact.span.start)
        if gap_end - gap_start > MAX_CONTACT_DISTANCE:
            ctx.decide_at(NOT_LINKED, False, contact.span, "too far from the name before it")
            continue
        between = ctx.text[gap_start:gap_end]
        if "\n" in between and _contact_on_line(original, contact_starts, end):
            # the name's own line holds its contacts: the block ends there
            ctx.decide_at(NOT_LINKED, False, contact.span, "the name's own line holds contacts")
            continue
        ended = _block_end(ctx, between, end, contact.span.start)
        if ended:
            ctx.decide_at(NOT_LINKED, False, contact.span, ended)
            continue
        ctx.decide_at(LINKED_TO_PERSON, True, contact.span, ctx.persons[index].name)
        contact.person = index
        person = ctx.persons[index]
        target = person.phones if contact.kind == "phone" else person.emails
        if contact.value not in target:
            target.append(contact.value)


# Farthest a contact may stand from its owner's name, in characters: a contact
# block is one line, but a long line of prose is not a contact block.
MAX_CONTACT_DISTANCE = 300
# A contact block laid out on lines ("Нургуль Жаманкулова\nТел.: ...\nE-mail: ...")
# spans a few lines; a blank line or a new sentence ends it.
MAX_CONTACT_LINES = 3
_BLANK_LINE = rx.compile(r"\n[ \t]{0,100}\n")


LINKED_TO_PERSON = Rule(
    "contacts.linked_to_person",
    "a phone or e-mail after a person's name in the same contact block (its line, or the"
    " next few lines of its paragraph, no sentence ending between) is that person's",
)
NOT_LINKED = Rule(
    "contacts.not_linked",
    "a phone or e-mail with no person's name before it, or outside the contact block of"
    " the last one (too far, more lines, a blank line or a sentence's end between, or below"
    " a name whose line holds its contacts), is no person's",
)


def _block_end(ctx: Context, between: str, start: int, end: int) -> str:
    """What ends a name's contact block in `between` (the original [start, end)), or ""."""
    if between.count("\n") > MAX_CONTACT_LINES:
        return "more lines between"
    if _BLANK_LINE.search(between):
        return "a blank line between"
    if _sentence_between(ctx, start, end):
        return "a sentence ends between"
    return ""


def _sentence_between(ctx: Context, start: int, end: int) -> bool:
    """Whether a sentence ends (by a mark: the lines of a block go on) in the original
    [start, end); the segments' sentence ends index the normalised text."""
    to_normalised = ctx.norm.to_normalised
    mark = ctx.segments.sentence_mark(to_normalised(start), to_normalised(end), ctx.text)
    return mark is not None


def _contact_on_line(original: str, contact_starts: list[int], position: int) -> bool:
    """Whether a phone or e-mail starts on the rest of the line after `position` (a
    line of the original text ends at "\n" or at a lone CR, as normalising reads it)."""
    found = ORIGINAL_LINE_BREAK.search(original, position)
    line_end = len(original) if found is None else found.start()
    at = bisect_left(contact_starts, position)
    return at < len(contact_starts) and contact_starts[at] < line_end


def _unique(values: Iterable[str], key: Callable[[str], str] = str) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(key(value), value)
    return list(seen.values())


STEPS: list[Callable[[Context], None]] = [
    fill_missing_years,
    finalise_contacts,
    link_contacts,
    resolve_breakdowns,
    classify_participants,
    mark_dateline,
    finalise_events,
    add_country,
    complete_places,
]


def resolve(ctx: Context) -> None:
    for step in STEPS:
        step(ctx)
