"""Stage 6: the resolved Context becomes a Document record."""

from __future__ import annotations

import hashlib

from .context import Context
from .models import Document


def document_id(text: str) -> str:
    """From the content alone, so the same text read as "samples/x", "./samples/x"
    or from stdin gets the same id and a re-run can skip what it has seen. Line
    endings are normalised first: a file saved on Windows is the same document."""
    key = text.replace("\r\n", "\n").replace("\r", "\n")
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def to_document(ctx: Context) -> Document:
    return Document.model_construct(
        id=document_id(ctx.original),
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
