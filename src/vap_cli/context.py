"""What every extractor receives: the normalised text, its segments, and the
results of the extractors that ran before it (the pipeline's order is fixed)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .models import (
    Contacts,
    DateMention,
    Event,
    Organization,
    Participation,
    Period,
    Person,
    Place,
    Span,
)
from .normalise import NormalisedText
from .segment import Segments


@dataclass
class Context:
    norm: NormalisedText
    segments: Segments
    source: str | None = None
    language: str = "unknown"
    title: str | None = None
    doc_type: str | None = None
    issued: str | None = None
    dates: list[DateMention] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    participants: list[Participation] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    contacts: Contacts = field(default_factory=Contacts)
    events: list[Event] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The normalised text: what extractors match against."""
        return self.norm.text

    @property
    def original(self) -> str:
        return self.norm.original

    def span(self, start: int, end: int) -> Span:
        """A span of the normalised text, as a Span into the original text."""
        s, e = self.norm.to_original(start, end)
        return Span(start=s, end=e)

    def quote(self, start: int, end: int) -> tuple[str, Span]:
        """The original text of a normalised span, and its Span: a mention's evidence."""
        span = self.span(start, end)
        return self.original[span.start : span.end], span

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)
