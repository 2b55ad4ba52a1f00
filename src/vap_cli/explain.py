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

from dataclasses import dataclass

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


# Where the lines under a candidate's last word start: under its rule code.
_UNDER = " " * len(f"{0:>6}-{0:<6} ")


@dataclass(frozen=True)
class Verdict:
    """One candidate (an extractor's span) and its last word: the decision the record
    follows, after the earlier decisions other rules made about the same span (a
    table's cell read first as a number in a sentence, then as a people column's)."""

    final: Decision
    earlier: tuple[Decision, ...] = ()

    @property
    def kept(self) -> bool:
        return self.final.kept

    def lines(self) -> list[str]:
        """The last word's line, then one line per earlier decision: `overrules` when it
        went the other way, `follows` when it agreed (a level, then a unit)."""
        out = [self.final.line()]
        for d in self.earlier:
            how = "follows" if d.kept == self.final.kept else "overrules"
            verdict = "keep" if d.kept else "drop"
            extra = f" ({d.detail})" if d.detail else ""
            out.append(f"{_UNDER}{how} {verdict} {d.rule.code}: {d.rule.reason}{extra}")
        return out


def verdicts(decisions: list[Decision]) -> list[Verdict]:
    """Each candidate once, in the order of its first decision: the decisions an
    extractor made about one span (in the order made), the last of them final."""
    by_span: dict[tuple[str, int, int], list[Decision]] = {}
    for d in decisions:
        by_span.setdefault((d.rule.extractor, d.start, d.end), []).append(d)
    return [Verdict(group[-1], tuple(group[:-1])) for group in by_span.values()]


def explanation_lines(decisions: list[Decision]) -> list[str]:
    """What `vap parse --explain` prints for one document after its header: per
    extractor a line of counts (candidates by their last word), then each candidate,
    the kept ones first, by position."""
    by_extractor: dict[str, list[Verdict]] = {}
    for verdict in verdicts(decisions):
        by_extractor.setdefault(verdict.final.rule.extractor, []).append(verdict)
    out = []
    for extractor, group in by_extractor.items():
        kept = sum(1 for v in group if v.kept)
        out.append(f"-- {extractor}: {kept} kept, {len(group) - kept} dropped")
        for verdict in sorted(group, key=lambda v: (not v.kept, v.final.start, v.final.end)):
            out.extend(verdict.lines())
    return out
