"""Stage 5: settle what single extractors cannot: facts that depend on other facts.

Each step is a plain function of the Context, run in order by `resolve`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .context import Context
from .extractors.dates import fill_missing_years
from .extractors.participants import resolve_breakdowns
from .extractors.web import url_key


def finalise_contacts(ctx: Context) -> None:
    """Contact lists in text order, each value once (URLs compared without scheme/www)."""
    mentions = sorted(ctx.contacts.mentions, key=lambda c: (c.span.start, c.span.end, c.kind))
    ctx.contacts.mentions = mentions
    ctx.contacts.phones = _unique(c.value for c in mentions if c.kind == "phone")
    ctx.contacts.emails = _unique(c.value for c in mentions if c.kind == "email")
    ctx.contacts.urls = _unique((c.value for c in mentions if c.kind == "url"), key=url_key)


def _unique(values: Iterable[str], key: Callable[[str], str] = str) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(key(value), value)
    return list(seen.values())


STEPS: list[Callable[[Context], None]] = [
    fill_missing_years,
    finalise_contacts,
    resolve_breakdowns,
]


def resolve(ctx: Context) -> None:
    for step in STEPS:
        step(ctx)
