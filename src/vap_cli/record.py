"""Stage 6: the resolved Context becomes a Document record."""

from __future__ import annotations

import hashlib

from .context import Context
from .models import Document


def document_id(source: str | None, text: str) -> str:
    """Stable across runs: from the source path, or from the text for stdin/API input."""
    key = source if source not in (None, "-") else text
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def to_document(ctx: Context) -> Document:
    return Document(
        id=document_id(ctx.source, ctx.original),
        source=ctx.source or "-",
        language=ctx.language,
        title=ctx.title,
        doc_type=ctx.doc_type,
        issued=ctx.issued,
        dates=ctx.dates,
        periods=ctx.periods,
        places=ctx.places,
        participants=ctx.participants,
        persons=ctx.persons,
        contacts=ctx.contacts,
        events=ctx.events,
        organizations=ctx.organizations,
        warnings=ctx.warnings,
    )
