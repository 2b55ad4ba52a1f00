"""What every extractor receives: the normalised text, its segments, and the
results of the extractors that ran before it (the pipeline's order is fixed)."""

from __future__ import annotations

from .explain import Decision, Rule
from .models import Document, ParseWarning, Span, WarningCode
from .normalise import NormalisedText
from .record_base import Field
from .resources import Resources
from .resources import default as default_resources
from .segment import Segments


class Context(Document):
    """The Document being built (every field of models.Document, declared there once)
    and what the stages that build it need beside it."""

    norm: NormalisedText
    segments: Segments
    # The gazetteer and indexes to look things up in (the user's --gazetteer files).
    resources: Resources = Field(default_factory=default_resources)
    # None unless an explanation was asked for (`vap parse --explain`): then every
    # extractor's keep/drop decisions are recorded here, in the order they were made.
    decisions: list[Decision] | None = None
    # A journal's masthead date when the page has one (dates.masthead_date): not the
    # issued date, but the issue's, which dates the page's days without a year.
    page_date: str | None = None
    # The page's update stamps with their years (dates.update_stamp), in the text's order:
    # no dates of the text, but they give a yearless dateline its year when they agree
    # on it (dates.year_from_update_stamp).
    update_stamps: list[str] = Field(default_factory=list)
    # The issued date written again (a dateline under the posting line: dates.issued_repeat),
    # not listed in dates a second time: its spans in the original text, which no other
    # stage reads as a period or a count.
    issued_repeats: list[Span] = Field(default_factory=list)
    # The site's banners of today's date dropped by the dates (dates.current_date_banner,
    # dates.banner_over_dateline): chrome, which no other stage reads as a period.
    banner_dates: list[Span] = Field(default_factory=list)

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
        return Span.model_construct(start=s, end=e)

    def quote(self, start: int, end: int) -> tuple[str, Span]:
        """The original text of a normalised span, and its Span: a mention's evidence."""
        span = self.span(start, end)
        return self.original[span.start : span.end], span

    def warn(self, code: WarningCode, message: str, span: Span | None = None) -> None:
        """Warn once: the same warning about the same mention is not repeated."""
        warning = ParseWarning.model_construct(code=code, message=message, span=span)
        if warning not in self.warnings:
            self.warnings.append(warning)

    def decide(self, rule: Rule, kept: bool, start: int, end: int, detail: str = "") -> bool:
        """Record that `rule` kept or dropped the candidate at normalised [start, end).
        Returns `kept`, so a rule can be written `return ctx.decide(RULE, False, ...)`."""
        if self.decisions is not None:
            text, span = self.quote(start, end)
            self.decisions.append(Decision(rule, kept, span.start, span.end, text, detail))
        return kept

    def decide_at(self, rule: Rule, kept: bool, span: Span, detail: str = "") -> bool:
        """As decide, for a candidate already placed in the original text (an event's
        span)."""
        if self.decisions is not None:
            text = self.original[span.start : span.end]
            self.decisions.append(Decision(rule, kept, span.start, span.end, text, detail))
        return kept
