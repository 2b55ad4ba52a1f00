#!/usr/bin/env python3
"""Raise the quality gate's floors (tests/quality_floors.yaml) to the F1 measured now.

Usage: python scripts/raise_floors.py [--check]

Measures each corpus of the gate (as tests/test_quality_gate.py does); a
field's floor is its F1 minus the file's `margin` (0.02), rounded DOWN to 2
decimals, written where it is above the floor. The margin keeps the floors
regression guards, a little below the measured value, not at 1.00
(docs/EVALUATION.md). A floor is never lowered: a field that measures below its
floor is reported and the script exits 1. A field with no floor yet (a new
field such as events) gets one. Comments and layout of the file are kept.
--check writes nothing. --new-gold is for a commit that only ADDS gold
documents (see floors.yaml): it sets every floor to measured - margin on the
enlarged corpus, lower or not.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FLOORS = ROOT / "tests" / "quality_floors.yaml"
CORPORA = {
    "corpus": (ROOT / "tests" / "gold", ROOT / "tests" / "gold" / "docs"),
    "samples": (ROOT / "tests" / "gold" / "seeds", ROOT / "samples"),
    "heldout": (ROOT / "tests" / "heldout", ROOT / "tests" / "heldout" / "docs"),
}


def floor2(value: float) -> float:
    # a hair of tolerance so that 0.93 measured as 0.9299999 stays 0.93
    return math.floor(value * 100 + 1e-9) / 100


def floor_for(f1: float, margin: float) -> float:
    """The floor a field measuring `f1` gets: f1 - margin, rounded down, never below 0."""
    return max(0.0, floor2(f1 - margin))


def main() -> int:
    from vap_cli.evaluate import evaluate

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="report only, write nothing")
    ap.add_argument(
        "--new-gold",
        action="store_true",
        help="the commit only adds gold documents: follow the measured values down too",
    )
    args = ap.parse_args()

    text = FLOORS.read_text(encoding="utf-8")
    floors = yaml.safe_load(text)
    margin = float(floors.get("margin", 0.0))
    below: list[str] = []
    for name, (gold_dir, docs_dir) in CORPORA.items():
        result = evaluate(str(gold_dir), str(docs_dir), strict=True)  # as the gate scores
        section = floors.setdefault(name, {})
        for field, score in result.scores.items():
            measured = floor_for(score.f1, margin)
            old = section.get(field)
            if old is not None and score.f1 < old and not args.new_gold:
                below.append(f"{name}.{field}: F1 {score.f1:.3f} < floor {old:.2f}")
                continue
            if old is not None and (measured == old or (measured < old and not args.new_gold)):
                continue
            print(f"{name}.{field}: {old if old is not None else '(none)'} -> {measured:.2f}")
            text = _set(text, name, field, measured, old is None)
    for line in below:
        print(f"below its floor (fix the regression, do not lower the floor): {line}")
    if not args.check:
        FLOORS.write_text(text, encoding="utf-8")
    return 1 if below else 0


def _set(text: str, section: str, field: str, value: float, new: bool) -> str:
    """Rewrite one `  field: value` line inside `section:`, keeping everything else."""
    head = re.search(rf"(?m)^{re.escape(section)}:.*$", text)
    if head is None:
        return text.rstrip("\n") + f"\n\n{section}:\n  {field}: {value:.2f}\n"
    start = head.end()
    nxt = re.search(r"(?m)^\S", text[start + 1 :])
    end = start + 1 + nxt.start() if nxt else len(text)
    body = text[start:end]
    if new:
        body = body.rstrip("\n") + f"\n  {field}: {value:.2f}\n" + ("\n" if nxt else "")
    else:
        body = re.sub(rf"(?m)^(  {re.escape(field)}:\s*)[0-9.]+", rf"\g<1>{value:.2f}", body)
    return text[:start] + body + text[end:]


if __name__ == "__main__":
    sys.exit(main())
