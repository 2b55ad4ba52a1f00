"""The pipeline: read -> normalise -> segment -> extract -> resolve -> record.

`parse_text` and `parse_path` are the public API (re-exported by vap_cli).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .context import Context
from .extractors import (
    dates,
    events,
    language,
    organizations,
    participants,
    periods,
    persons,
    phones,
    places,
    title,
    web,
)
from .models import Document
from .normalise import normalise
from .read import MAX_BYTES, apply_meta, read_path
from .record import to_document
from .resolve import resolve
from .segment import segment

# Order matters: later extractors read what earlier ones found
# (participants need places, events need dates, places and participants).
EXTRACTORS: list[Callable[[Context], None]] = [
    language.extract,
    web.extract,
    phones.extract,
    dates.extract,
    title.extract,  # after dates: a line that is all dates is not the headline
    periods.extract,
    places.extract,
    participants.extract,
    persons.extract,
    organizations.extract,
    events.extract,  # last: reads dates, places, participants and tables
]


def build_context(text: str, source: str | None = None) -> Context:
    norm = normalise(text)
    return Context(norm=norm, segments=segment(norm.text), source=source)


def parse_text(text: str, source: str | None = None) -> Document:
    """Parse one document's text. Spans in the result index `text` itself."""
    ctx = build_context(text, source)
    for extractor in EXTRACTORS:
        extractor(ctx)
    resolve(ctx)
    return to_document(ctx)


def parse_path(path: str | Path, max_bytes: int = MAX_BYTES) -> Document:
    """Read a file (any supported format and encoding, at most `max_bytes`) and parse it."""
    doc = read_path(path, max_bytes)
    document = apply_meta(parse_text(doc.text, source=str(path)), doc.meta)
    document.warnings.extend(doc.warnings)
    return document
