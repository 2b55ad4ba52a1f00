"""Scores: gold loaded, records predicted, precision/recall/F1 per field with the mismatches."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .keys import ALL_FIELDS, FIELDS, OPTIONAL_FIELDS, display_pred, gold_items, pred_items


@dataclass
class Mismatch:
    """One miss (in gold, not predicted) or extra (predicted, not in gold)."""

    doc: str
    field: str
    kind: str  # "missed" or "extra"
    key: str  # gold spelling for a miss; the folded key for an extra
    text: str | None = None  # an extra's evidence: the predicted mention's text
    span: tuple[int, int] | None = None  # ... and its span in the original text

    def as_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "field": self.field,
            "kind": self.kind,
            "key": self.key,
            "text": self.text,
            "span": list(self.span) if self.span else None,
        }


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (doc, "missed"/"extra", key)
    mismatches: list[Mismatch] = field(default_factory=list)  # the same, with evidence

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        """Rounded like score.py's --json output."""
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


GOLD_FILE = "_file"  # where a loaded gold record keeps the path it was read from


def load_gold(folder: str, bad: dict[str, str] | None = None) -> dict[str, dict]:
    """Gold YAML files of a folder, keyed by the base name of their `doc`. A file that
    cannot be read as YAML, has no `doc:` key, or names a document another file
    already names is left out and, when `bad` is given, noted there (path -> why)."""
    import yaml

    # the C loader (libyaml), as for the lexicons: a corpus of gold files reads ~8x faster
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    gold: dict[str, dict] = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith((".yaml", ".yml")):
            continue
        path = os.path.join(folder, name)
        try:
            with open(path, encoding="utf-8") as fh:
                doc = yaml.load(fh, Loader=loader)  # noqa: S506 - a safe loader
        # ValueError: a value the safe loader cannot build (a date "2024-13-01")
        except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError) as error:
            if bad is not None:
                bad[path] = " ".join(str(error).split())[:200]
            continue
        if not isinstance(doc, dict) or "doc" not in doc:
            if bad is not None:
                bad[path] = "no `doc:` key naming the document it annotates"
            continue
        key = os.path.basename(str(doc["doc"]))
        if key in gold:
            if bad is not None:
                bad[path] = f"names {key}, which {gold[key][GOLD_FILE]} already annotates"
            continue
        gold[key] = {**doc, GOLD_FILE: path}
    return gold


def fields_of(gold: Mapping[str, Mapping]) -> list[str]:
    """FIELDS, plus each optional field that at least one gold document annotates."""
    return FIELDS + [f for f in OPTIONAL_FIELDS if any(f in g for g in gold.values())]


def score(
    gold: Mapping[str, Mapping],
    preds: Mapping[str, Mapping],
    strict: bool = False,
    fields: Iterable[str] = FIELDS,
) -> dict[str, FieldScore]:
    """Scores per field. `preds` maps a document's base name to its record (as JSON dict)."""
    fields = list(fields)
    totals = {f: FieldScore() for f in fields}
    for doc, g in gold.items():
        gold_display: dict[str, dict[Any, str]] = {f: {} for f in ALL_FIELDS}
        for name, key, display in gold_items(g, strict):
            gold_display[name].setdefault(key, display)
        evidence: dict[str, dict[Any, Mapping | None]] = {f: {} for f in ALL_FIELDS}
        for name, key, mention in pred_items(preds.get(doc, {}), strict):
            if evidence[name].get(key) is None:
                evidence[name][key] = mention
        for f in fields:
            if f in OPTIONAL_FIELDS and f not in g:
                continue  # this document does not annotate the optional field
            s = totals[f]
            gk, pk = set(gold_display[f]), set(evidence[f])
            s.tp += len(gk & pk)
            for key in sorted(gk - pk, key=str):
                s.fn += 1
                s.errors.append((doc, "missed", str(key)))
                s.mismatches.append(Mismatch(doc, f, "missed", gold_display[f][key]))
            for key in sorted(pk - gk, key=str):
                s.fp += 1
                s.errors.append((doc, "extra", str(key)))
                mention = evidence[f][key] or {}
                span = mention.get("span") if isinstance(mention.get("span"), dict) else None
                s.mismatches.append(
                    Mismatch(
                        doc,
                        f,
                        "extra",
                        display_pred(f, key, mention),
                        mention.get("text"),
                        (span["start"], span["end"]) if span else None,
                    )
                )
    return totals


def overall(scores: Mapping[str, FieldScore]) -> FieldScore:
    """Micro-average over all fields (summed counts), as score.py's "overall" row."""
    total = FieldScore()
    for s in scores.values():
        total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
    return total


def predict(docs_dir: str, names: Iterable[str]) -> dict[str, dict]:
    """Parse the named documents of `docs_dir`; records as JSON dicts by base name."""
    from ..pipeline import parse_path

    return {
        name: parse_path(os.path.join(docs_dir, name)).model_dump(mode="json") for name in names
    }
