"""How the participant sweeps write the counts a cell must give, and what vap gives:
(count, qualifier) pairs. Counts are written "45", "40m" more_than, "60a" about, "30l"
at least, "50u" up to, separated by spaces; "" for none."""

from __future__ import annotations

from vap_cli.pipeline import parse_text

Key = tuple[int, str]
QUALIFIERS = {"m": "more_than", "a": "about", "l": "at_least", "u": "up_to"}


def keys(written: str) -> frozenset[Key]:
    out: set[Key] = set()
    for item in written.split():
        qualifier = QUALIFIERS.get(item[-1])
        out.add((int(item[:-1]), qualifier) if qualifier else (int(item), "exact"))
    return frozenset(out)


def predicted(text: str) -> frozenset[Key]:
    return frozenset((p.count, p.qualifier) for p in parse_text(text).participants)
