"""What a reader gives the pipeline: the text of one document, with what its
container said about it (readers/ fill it; read.py picks the reader)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..models import ParseWarning


@dataclass
class RawDocument:
    text: str
    encoding: str | None = None
    # What the container told us beyond the text (an HTML page's <title>, a date).
    meta: dict[str, str] = field(default_factory=dict)
    # What the reader doubted, for the document's warnings.
    warnings: list[ParseWarning] = field(default_factory=list)
