"""Stage 6: the resolved Context becomes a Document record."""

from __future__ import annotations

from . import hashes
from .context import Context
from .models import Document
from .record_base import field_names


def document_id(text: str) -> str:
    """From the content alone, so the same text read as "samples/x", "./samples/x"
    or from stdin gets the same id and a re-run can skip what it has seen. Line
    endings are normalised first: a file saved on Windows is the same document."""
    key = text.replace("\r\n", "\n").replace("\r", "\n")
    return hashes.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def to_document(ctx: Context) -> Document:
    """The Document fields of the context (a new field of Document needs no edit here).
    Not validated again: the extractors made every value as its model says."""
    return Document.model_construct(**{name: getattr(ctx, name) for name in field_names(Document)})
