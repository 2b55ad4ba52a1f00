"""Explainable decisions: every candidate an extractor keeps or drops is
decided by a named rule, and the decision can be printed (`vap parse --explain`).

An extractor declares its rules once, as module constants:

    CHROME_LINE = Rule("places.chrome_line", "a line of page chrome names no place")

and reports each decision through the Context:

    ctx.decide(CHROME_LINE, kept=False, start=m.start(), end=m.end(), detail="Бишкек убактысы")

Recording costs nothing when no one asked for an explanation
(`Context.decisions` is None then).
"""

from __future__ import annotations

from .plain import Fields


class Rule(Fields):
    """A named rule: a stable code (`extractor.rule_name`) and why it decides as it does."""

    __slots__ = ("code", "reason")

    code: str
    reason: str

    def __init__(self, code: str, reason: str) -> None:
        self.code = code
        self.reason = reason

    @property
    def extractor(self) -> str:
        return self.code.split(".", 1)[0]


class Decision(Fields):
    """One candidate and the rule that kept or dropped it. Offsets index the
    original text (as spans in records do)."""

    __slots__ = ("rule", "kept", "start", "end", "text", "detail")

    rule: Rule
    kept: bool
    start: int
    end: int
    text: str
    detail: str

    def __init__(
        self, rule: Rule, kept: bool, start: int, end: int, text: str, detail: str = ""
    ) -> None:
        self.rule = rule
        self.kept = kept
        self.start = start
        self.end = end
        self.text = text
        self.detail = detail

    def line(self) -> str:
        verdict = "keep" if self.kept else "drop"
        extra = f" ({self.detail})" if self.detail else ""
        return (
            f"{self.start:>6}-{self.end:<6} {verdict} {self.rule.code:<36} "
            f"{self.text!r}: {self.rule.reason}{extra}"
        )
