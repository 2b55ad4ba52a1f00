"""Scoring extraction against gold annotations, field by field.

The key rules are those of the team's workbench scorer (shared/eval/score.py,
written for this project; its rules copied here so the project stands alone):
set-based precision/recall/F1 over distinct keys per field, micro-averaged over
documents; names folded (case, ё/ү/ө/ң, ь/ъ, dots, spaces, hyphens).
Gold format: docs/GOLD-FORMAT.md.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

FIELDS = ["issued", "dates", "periods", "places", "participants", "persons",
          "phones", "emails", "urls"]

_FOLD = str.maketrans({"ё": "е", "ү": "у", "ө": "о", "ң": "н", "ӊ": "н",
                       "ь": None, "ъ": None, ".": None, " ": None,
                       "-": None, "\u2010": None, "\u2011": None, "\u2012": None,
                       "\u2013": None, "\u2014": None, "\u00a0": None})


def fold(text: str) -> str:
    return unicodedata.normalize("NFC", str(text)).casefold().translate(_FOLD)


def day(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("date") or value.get("value")
        if value is None:
            return None
    text = str(value).strip()
    match = re.match(r"^(\d{4}-\d{2}-\d{2}|--\d{2}-\d{2})", text)
    return match.group(1) if match else text


def year(value: Any) -> str:
    return str(value).strip()[:4] if value is not None else ""


def url_key(value: str) -> str:
    text = str(value).strip().casefold()
    text = re.sub(r"^[a-z]+://", "", text)
    text = re.sub(r"^www\.", "", text)
    return text.rstrip("/")


def phone_key(value: str) -> str:
    digits = re.sub(r"\D", "", str(value))
    if digits.startswith("0") and len(digits) == 10:
        digits = "996" + digits[1:]
    return "+" + digits


def _contacts_of(record: Mapping[str, Any], name: str) -> list:
    values = record.get(name)
    if values is None and isinstance(record.get("contacts"), dict):
        values = record["contacts"].get(name)
    out = []
    for item in values or []:
        if isinstance(item, dict):
            item = item.get("value") or item.get("e164") or item.get("text")
        if item:
            out.append(item)
    return out


def gold_keys(gold: Mapping[str, Any], strict: bool = False) -> dict[str, set]:
    keys: dict[str, set] = {}
    issued = day(gold.get("issued"))
    keys["issued"] = {issued} if issued else set()
    keys["dates"] = {(day(d["start"]), day(d.get("end", d["start"])))
                     for d in gold.get("dates") or []}
    keys["periods"] = {(year(p["start"]), year(p.get("end", p["start"])))
                       for p in gold.get("periods") or []}
    places = set()
    for place in gold.get("places") or []:
        level, _, name = str(place).partition(":")
        places.add((level.strip(), fold(name)))
    keys["places"] = places
    keys["participants"] = {
        (int(p["count"]), p.get("qualifier", "exact")) if strict else int(p["count"])
        for p in gold.get("participants") or []}
    keys["persons"] = {fold(n) for n in gold.get("persons") or []}
    keys["phones"] = {phone_key(p) for p in gold.get("phones") or []}
    keys["emails"] = {str(e).strip().casefold() for e in gold.get("emails") or []}
    keys["urls"] = {url_key(u) for u in gold.get("urls") or []}
    return keys


def pred_keys(rec: Mapping[str, Any], strict: bool = False) -> dict[str, set]:
    keys: dict[str, set] = {}
    issued = day(rec.get("issued"))
    keys["issued"] = {issued} if issued else set()
    dates = set()
    for d in rec.get("dates") or []:
        if not isinstance(d, dict) or d.get("role") == "issued":
            continue
        start = day(d.get("start") or d.get("date"))
        end = day(d.get("end") or start)
        if start:
            dates.add((start, end))
    keys["dates"] = dates
    keys["periods"] = {(year(p.get("start")), year(p.get("end") or p.get("start")))
                       for p in rec.get("periods") or [] if isinstance(p, dict)}
    places = set()
    for p in rec.get("places") or []:
        if not isinstance(p, dict) or p.get("level") == "country":
            continue
        places.add((str(p.get("level", "")), fold(p.get("name") or "")))
    keys["places"] = places
    parts = set()
    for p in rec.get("participants") or []:
        if not isinstance(p, dict) or p.get("count") is None:
            continue
        count = int(p["count"])
        parts.add((count, p.get("qualifier", "exact")) if strict else count)
    keys["participants"] = parts
    persons = set()
    for p in rec.get("persons") or []:
        name = p.get("name") if isinstance(p, dict) else p
        if name:
            persons.add(fold(name))
    keys["persons"] = persons
    keys["phones"] = {phone_key(p) for p in _contacts_of(rec, "phones")}
    keys["emails"] = {str(e).strip().casefold() for e in _contacts_of(rec, "emails")}
    keys["urls"] = {url_key(u) for u in _contacts_of(rec, "urls")}
    return keys


@dataclass
class FieldScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (doc, "missed"/"extra", key)

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


def load_gold(folder: str) -> dict[str, dict]:
    """Gold YAML files of a folder, keyed by the base name of their `doc`."""
    import yaml

    gold = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith((".yaml", ".yml")):
            with open(os.path.join(folder, name), encoding="utf-8") as fh:
                doc = yaml.safe_load(fh)
            if isinstance(doc, dict) and "doc" in doc:
                gold[os.path.basename(str(doc["doc"]))] = doc
    return gold


def score(gold: Mapping[str, Mapping], preds: Mapping[str, Mapping], strict: bool = False,
          fields: Iterable[str] = FIELDS) -> dict[str, FieldScore]:
    """Scores per field. `preds` maps a document's base name to its record (as JSON dict)."""
    fields = list(fields)
    totals = {f: FieldScore() for f in fields}
    for doc, g in gold.items():
        gk = gold_keys(g, strict)
        pk = pred_keys(preds.get(doc, {}), strict)
        for f in fields:
            s = totals[f]
            s.tp += len(gk[f] & pk[f])
            for key in sorted(map(str, gk[f] - pk[f])):
                s.fn += 1
                s.errors.append((doc, "missed", key))
            for key in sorted(map(str, pk[f] - gk[f])):
                s.fp += 1
                s.errors.append((doc, "extra", key))
    return totals


def predict(docs_dir: str, names: Iterable[str]) -> dict[str, dict]:
    """Parse the named documents of `docs_dir`; records as JSON dicts by base name."""
    from .pipeline import parse_path

    return {name: parse_path(os.path.join(docs_dir, name)).model_dump(mode="json") for name in names}


def select(gold: Mapping[str, dict], prefix: str) -> dict[str, dict]:
    """The gold documents whose file name starts with `prefix` (a topic's subset)."""
    return {name: g for name, g in gold.items() if name.startswith(prefix)}
