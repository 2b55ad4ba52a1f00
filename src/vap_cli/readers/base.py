"""What a reader gives the pipeline: the text of one document, with what its
container said about it (readers/ fill it; read.py picks the reader)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..plain import Fields

if TYPE_CHECKING:
    from ..explain import Decision
    from ..models import ParseWarning


class RawDocument(Fields):
    __slots__ = ("text", "encoding", "meta", "warnings", "decisions", "sha256")
    text: str
    encoding: str | None
    # What the container told us beyond the text (an HTML page's <title>, a date).
    meta: dict[str, str]
    # What the reader doubted, for the document's warnings.
    warnings: list[ParseWarning]
    # What a reader's named rule left out of the text (`vap parse --explain`: at 0-0,
    # since the text does not hold it): an HTML page's unmarked closing block.
    decisions: list[Decision]
    # SHA-256 of the bytes the text was read from (read.read_data sets it): what the
    # SQLite corpus stores as the file's digest, of the very bytes parsed
    sha256: str | None
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(
        self,
        text: str,
        encoding: str | None = None,
        meta: dict[str, str] | None = None,
        warnings: list[ParseWarning] | None = None,
        decisions: list[Decision] | None = None,
    ) -> None:
        self.text = text
        self.encoding = encoding
        self.meta = {} if meta is None else meta
        self.warnings = [] if warnings is None else warnings
        self.decisions = [] if decisions is None else decisions
        self.sha256 = None
