"""Scoring extraction against gold annotations, field by field.

The key rules are those of the team's workbench scorer (shared/eval/score.py,
written for this project; its rules copied here so the project stands alone):
set-based precision/recall/F1 over distinct keys per field, micro-averaged over
documents; names folded (case, ё/ү/ө/ң, ь/ъ, dots, spaces, hyphens).
Gold format: docs/GOLD-FORMAT.md. `vap eval` (commands/eval.py) is the CLI.
A corpus can be narrowed to one language (the gold file's `lang:`, else the
parsed record's language) and to one part of the fixed tune/check split
(`split_of`; the rule is written in docs/EVALUATION.md).

Fields are extensible: FIELDS are scored on every gold document; a field of
OPTIONAL_FIELDS (events) only on the gold documents that carry its key, so the
gold corpus can grow an annotation without re-annotating every old document.
To add a field: give it a gold rule and a prediction rule in `_gold_items` and
`_pred_items`, and list it in FIELDS or OPTIONAL_FIELDS.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .extractors.web import url_key as web_url_key

_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2}|--\d{2}-\d{2})")
_LAST_DIGIT = re.compile(r"(\d)\D*$")
_NON_DIGIT = re.compile(r"\D")

FIELDS = [
    "issued",
    "dates",
    "periods",
    "places",
    "participants",
    "persons",
    "phones",
    "emails",
    "urls",
]
# Scored only on gold documents that have the key (see the module's docstring).
OPTIONAL_FIELDS = ["events"]
ALL_FIELDS = FIELDS + OPTIONAL_FIELDS

_FOLD = str.maketrans(
    {
        "ё": "е",
        "ү": "у",
        "ө": "о",
        "ң": "н",
        "ӊ": "н",
        "ь": None,
        "ъ": None,
        ".": None,
        " ": None,
        "-": None,
        "\u2010": None,
        "\u2011": None,
        "\u2012": None,
        "\u2013": None,
        "\u2014": None,
        "\u00a0": None,
    }
)


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
    match = _DAY.match(text)
    return match.group(1) if match else text


def year(value: Any) -> str:
    return str(value).strip()[:4] if value is not None else ""


def url_key(value: str) -> str:
    # The parser's own rule: scheme, "www." and a trailing slash make no difference.
    return web_url_key(str(value).strip())


def phone_key(value: str) -> str:
    digits = _NON_DIGIT.sub("", str(value))
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


# ---------------------------------------------------------------- keys
# Each rule yields (field, key, display): `display` is what a person reads in
# an error list (gold spelling, not the folded key).

Item = tuple[str, Any, str]


def _gold_items(gold: Mapping[str, Any], strict: bool) -> Iterator[Item]:
    issued = day(gold.get("issued"))
    if issued:
        yield "issued", issued, issued
    for d in gold.get("dates") or []:
        start, end = day(d["start"]), day(d.get("end", d["start"]))
        yield "dates", (start, end), _range(start, end)
    for p in gold.get("periods") or []:
        start, end = year(p["start"]), year(p.get("end", p["start"]))
        yield "periods", (start, end), _range(start, end)
    for place in gold.get("places") or []:
        level, _, name = str(place).partition(":")
        yield "places", (level.strip(), fold(name)), str(place)
    for p in gold.get("participants") or []:
        count = int(p["count"])
        qualifier = p.get("qualifier", "exact")
        who = f" {p['who']}" if p.get("who") else ""
        yield (
            "participants",
            (count, qualifier) if strict else count,
            f"{count} ({qualifier}){who}",
        )
    for name in gold.get("persons") or []:
        yield "persons", fold(name), str(name)
    for phone in gold.get("phones") or []:
        yield "phones", phone_key(phone), str(phone)
    for email in gold.get("emails") or []:
        yield "emails", str(email).strip().casefold(), str(email)
    for url in gold.get("urls") or []:
        yield "urls", url_key(url), str(url)
    for event in gold.get("events") or []:
        kind, start = fold(event["kind"]), day(event.get("start")) or ""
        yield "events", (kind, start), f"{event['kind']} {start}".strip()


def _pred_items(rec: Mapping[str, Any], strict: bool) -> Iterator[tuple[str, Any, Mapping | None]]:
    """(field, key, mention): the mention (a dict with text and span) is the evidence."""
    dates = [d for d in rec.get("dates") or [] if isinstance(d, dict)]
    issued = day(rec.get("issued"))
    if issued:
        evidence = next((d for d in dates if d.get("role") == "issued"), None)
        yield "issued", issued, evidence
    for d in dates:
        if d.get("role") == "issued":
            continue
        start = day(d.get("start") or d.get("date"))
        end = day(d.get("end") or start)
        if start:
            yield "dates", (start, end), d
    for p in rec.get("periods") or []:
        if isinstance(p, dict):
            yield "periods", (year(p.get("start")), year(p.get("end") or p.get("start"))), p
    for p in rec.get("places") or []:
        if not isinstance(p, dict) or p.get("level") == "country":
            continue
        yield "places", (str(p.get("level", "")), fold(p.get("name") or "")), p
    for p in rec.get("participants") or []:
        if not isinstance(p, dict) or p.get("count") is None:
            continue
        count = int(p["count"])
        yield "participants", (count, p.get("qualifier", "exact")) if strict else count, p
    for p in rec.get("persons") or []:
        name = p.get("name") if isinstance(p, dict) else p
        if name:
            yield "persons", fold(name), p if isinstance(p, dict) else None
    contacts = rec.get("contacts") if isinstance(rec.get("contacts"), dict) else {}
    mentions = [m for m in contacts.get("mentions") or [] if isinstance(m, dict)]
    for name, kind, key_of in (
        ("phones", "phone", phone_key),
        ("emails", "email", lambda v: str(v).strip().casefold()),
        ("urls", "url", url_key),
    ):
        by_key = {key_of(m.get("value", "")): m for m in mentions if m.get("kind") == kind}
        for value in _contacts_of(rec, name):
            key = key_of(value)
            yield name, key, by_key.get(key)
    for e in rec.get("events") or []:
        if isinstance(e, dict) and e.get("kind"):
            yield "events", (fold(e["kind"]), day(e.get("start")) or ""), e


def _range(start: Any, end: Any) -> str:
    return str(start) if start == end else f"{start}..{end}"


def gold_keys(gold: Mapping[str, Any], strict: bool = False) -> dict[str, set]:
    keys: dict[str, set] = {f: set() for f in ALL_FIELDS}
    for name, key, _ in _gold_items(gold, strict):
        keys[name].add(key)
    return keys


def pred_keys(rec: Mapping[str, Any], strict: bool = False) -> dict[str, set]:
    keys: dict[str, set] = {f: set() for f in ALL_FIELDS}
    for name, key, _ in _pred_items(rec, strict):
        keys[name].add(key)
    return keys


def _display_pred(name: str, key: Any) -> str:
    if name in ("dates", "periods"):
        return _range(*key)
    if name == "places":
        return f"{key[0]}:{key[1]}"
    if name == "participants" and isinstance(key, tuple):
        return f"{key[0]} ({key[1]})"
    if name == "events":
        return f"{key[0]} {key[1]}".strip()
    return str(key)


# ---------------------------------------------------------------- scores


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


def load_gold(folder: str, bad: dict[str, str] | None = None) -> dict[str, dict]:
    """Gold YAML files of a folder, keyed by the base name of their `doc`. A file that
    cannot be read as YAML is left out and, when `bad` is given, noted there (path -> why)."""
    import yaml

    gold = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith((".yaml", ".yml")):
            continue
        path = os.path.join(folder, name)
        try:
            with open(path, encoding="utf-8") as fh:
                doc = yaml.safe_load(fh)
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
            if bad is not None:
                bad[path] = " ".join(str(error).split())[:200]
            continue
        if isinstance(doc, dict) and "doc" in doc:
            gold[os.path.basename(str(doc["doc"]))] = doc
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
        for name, key, display in _gold_items(g, strict):
            gold_display[name].setdefault(key, display)
        evidence: dict[str, dict[Any, Mapping | None]] = {f: {} for f in ALL_FIELDS}
        for name, key, mention in _pred_items(preds.get(doc, {}), strict):
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
                        _display_pred(f, key),
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
    from .pipeline import parse_path

    return {
        name: parse_path(os.path.join(docs_dir, name)).model_dump(mode="json") for name in names
    }


SPLITS = ("tune", "check", "all")
CHECK_DIGITS = "789"  # the last digit of a document's id puts it in the check part


def split_of(doc: str) -> str:
    """ "tune" or "check": the last digit of the document's name (its numeric id,
    "h017.txt" -> 7 -> check), 0-6 tune and 7-9 check; a name without a digit is tune."""
    stem = os.path.splitext(os.path.basename(doc))[0]
    match = _LAST_DIGIT.search(stem)
    return "check" if match and match.group(1) in CHECK_DIGITS else "tune"


def in_split(doc: str, split: str) -> bool:
    return split == "all" or split_of(doc) == split


def lang_of(gold: Mapping[str, Any], record: Mapping[str, Any] | None) -> str | None:
    """The gold file's `lang:`; without one, the language the parser found."""
    return gold.get("lang") or (record or {}).get("language")


def select(gold: Mapping[str, dict], prefix: str) -> dict[str, dict]:
    """The gold documents whose file name starts with `prefix` (a topic's subset)."""
    return {name: g for name, g in gold.items() if name.startswith(prefix)}


# ---------------------------------------------------------------- a whole run


@dataclass
class Evaluation:
    """The result of scoring a folder of documents against a folder of gold files."""

    scores: dict[str, FieldScore]
    documents: int  # gold documents scored
    strict: bool = False
    missing: list[str] = field(default_factory=list)  # gold documents with no file in DOCS_DIR
    failed: dict[str, str] = field(default_factory=dict)  # document -> why it did not parse
    # each document's own scores, and its language (gold `lang:` or the parser's)
    per_document: dict[str, dict[str, FieldScore]] = field(default_factory=dict)
    languages: dict[str, str] = field(default_factory=dict)
    bad_gold: dict[str, str] = field(default_factory=dict)  # gold file -> why it is unreadable

    @property
    def overall(self) -> FieldScore:
        return overall(self.scores)

    def __repr__(self) -> str:  # short: pytest prints it when the quality gate fails
        f1 = ", ".join(f"{name} {s.f1:.3f}" for name, s in self.scores.items())
        return f"Evaluation({self.documents} documents; F1 {f1})"

    def mismatches(self) -> list[Mismatch]:
        out = [m for s in self.scores.values() for m in s.mismatches]
        return sorted(out, key=lambda m: (m.doc, ALL_FIELDS.index(m.field), m.kind, m.key))

    def as_dict(self, errors: bool = False, per_doc: bool = False) -> dict[str, Any]:
        scores = {f: s.as_dict() for f, s in self.scores.items()}
        scores["overall"] = self.overall.as_dict()
        out: dict[str, Any] = {
            "documents": self.documents,
            "strict": self.strict,
            "unmatched": self.missing,
            "failed": self.failed,
            "scores": scores,
        }
        if errors:
            out["errors"] = [m.as_dict() for m in self.mismatches()]
        if per_doc:
            out["breakdown"] = {
                group: {f: s.as_dict() for f, s in {**scores_, "overall": overall(scores_)}.items()}
                for group, scores_ in self.breakdown().items()
            }
            out["per_document"] = self.document_rows()
        return out

    def document_rows(self) -> list[dict[str, Any]]:
        """One row per document: its language, split part, overall counts and F1,
        and the fields it gets wrong ("issued -1", "dates +2 -1")."""
        rows = []
        for doc, scores in sorted(self.per_document.items()):
            wrong = [f"{name} {_signed(s)}" for name, s in scores.items() if s.fp or s.fn]
            rows.append(
                {
                    "doc": doc,
                    "lang": self.languages.get(doc, "?"),
                    "split": split_of(doc),
                    **overall(scores).as_dict(),
                    "wrong": wrong,
                }
            )
        return rows

    def subtotal(self, docs: Iterable[str]) -> dict[str, FieldScore]:
        """Field scores summed over some of the documents (a language, a split part)."""
        totals = {name: FieldScore() for name in self.scores}
        for doc in docs:
            for name, s in self.per_document.get(doc, {}).items():
                t = totals[name]
                t.tp, t.fp, t.fn = t.tp + s.tp, t.fp + s.fp, t.fn + s.fn
        return totals

    def breakdown(self) -> dict[str, dict[str, FieldScore]]:
        """Field scores of each language and each split part present ("ky", "tune", ...)."""
        groups: dict[str, list[str]] = {}
        for doc in sorted(self.per_document):
            groups.setdefault(self.languages.get(doc, "?"), []).append(doc)
        for part in SPLITS[:2]:
            groups[part] = [doc for doc in self.per_document if split_of(doc) == part]
        return {name: self.subtotal(docs) for name, docs in groups.items() if docs}


def _signed(s: FieldScore) -> str:
    """ "+2 -1": extras and misses of a field."""
    return " ".join(text for count, text in ((s.fp, f"+{s.fp}"), (s.fn, f"-{s.fn}")) if count)


def evaluate(
    gold_dir: str,
    docs_dir: str,
    strict: bool = False,
    jobs: int = 1,
    on_failure: Callable[[str, str, str | None], None] | None = None,
    gazetteer: Sequence[str] = (),
    lang: str | None = None,
    split: str = "all",
) -> Evaluation:
    """Parse the documents of `docs_dir` that have a gold file in `gold_dir` and score them.

    Files are found and parsed like `vap parse` does (batch.collect / batch.run):
    a document that fails to parse is reported to `on_failure(path, error, trace)`
    (`gazetteer`: the user's extra gazetteer files)
    and scored as an empty record, so a crash costs recall instead of hiding.
    `lang` keeps the documents of one language, `split` one part of the fixed
    tune/check split (`split_of`).
    """
    bad_gold: dict[str, str] = {}
    gold = {
        name: g
        for name, g in load_gold(gold_dir, bad_gold).items()
        if in_split(name, split) and (lang is None or g.get("lang") in (None, lang))
    }
    for name, g in list(gold.items()):
        try:
            gold_keys(g, strict)
        except (KeyError, TypeError, ValueError) as error:  # a fact without its keys
            bad_gold[f"{gold_dir}: the gold of {name}"] = (
                f"bad fact: {type(error).__name__}: {error}"
            )
            del gold[name]
    paths, preds, failed = _parse_documents(gold, docs_dir, jobs, on_failure, gazetteer)
    if lang is not None:  # gold files without `lang:` go by the language the parser found
        gold = {name: g for name, g in gold.items() if lang_of(g, preds.get(name)) == lang}
    missing = [name for name in gold if name not in paths]
    fields = fields_of(gold)
    per_document = {
        name: score({name: g}, {name: preds.get(name, {})}, strict=strict, fields=fields)
        for name, g in gold.items()
    }
    languages = {name: lang_of(g, preds.get(name)) or "?" for name, g in gold.items()}
    evaluation = Evaluation(
        score(gold, preds, strict=strict, fields=fields),
        len(gold),
        strict,
        missing,
        {name: why for name, why in failed.items() if name in gold},
    )
    evaluation.per_document = per_document
    evaluation.languages = languages
    evaluation.bad_gold = bad_gold
    return evaluation


def _parse_documents(
    gold: Mapping[str, dict],
    docs_dir: str,
    jobs: int,
    on_failure: Callable[[str, str, str | None], None] | None,
    gazetteer: Sequence[str] = (),
) -> tuple[dict[str, str], dict[str, dict], dict[str, str]]:
    """(paths found, records as JSON dicts, failures) of the gold documents in `docs_dir`."""
    from .batch import Skipped, collect, run

    paths: dict[str, str] = {}
    for item in collect([docs_dir]):
        if not isinstance(item, Skipped) and os.path.basename(item) in gold:
            paths.setdefault(os.path.basename(item), item)
    preds: dict[str, dict] = {}
    failed: dict[str, str] = {}
    for result in run(list(paths.values()), jobs=jobs, gazetteer=gazetteer):
        name = os.path.basename(result.path)
        if result.error is not None:
            failed[name] = result.error
            if on_failure is not None:
                on_failure(result.path, result.error, result.trace)
            continue
        preds[name] = result.document.model_dump(mode="json")
    return paths, preds, failed


# ---------------------------------------------------------------- display


def render_table(evaluation: Evaluation, title: str | None = None) -> Any:
    """A rich Table of the scores: one row per field, then the overall row."""
    from rich.table import Table

    title = title or (
        f"vap eval: {evaluation.documents} documents" + (" (strict)" if evaluation.strict else "")
    )
    table = Table(title=title, title_justify="left")
    table.add_column("field")
    for name in ("P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(name, justify="right")
    rows = list(evaluation.scores.items()) + [("overall", evaluation.overall)]
    for i, (name, s) in enumerate(rows):
        table.add_row(
            name,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            str(s.tp),
            str(s.fp),
            str(s.fn),
            end_section=i == len(rows) - 2,
        )
    return table


def table_text(evaluation: Evaluation, title: str | None = None, width: int = 80) -> str:
    """The table as plain text (for logs and the README)."""
    import io

    from rich.console import Console

    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None).print(render_table(evaluation, title))
    return buffer.getvalue()


def markdown_table(evaluation: Evaluation) -> str:
    """The table in Markdown, for the README's Accuracy section."""
    lines = ["| field | P | R | F1 | tp | fp | fn |", "|---|---:|---:|---:|---:|---:|---:|"]
    rows = list(evaluation.scores.items()) + [("**overall**", evaluation.overall)]
    for name, s in rows:
        lines.append(
            f"| {name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} "
            f"| {s.tp} | {s.fp} | {s.fn} |"
        )
    return "\n".join(lines)


def _breakdown_rows(evaluation: Evaluation) -> tuple[list[str], list[list[str]]]:
    """Headers ("all (124)", "ky (82)", ..., "tune (85)") and one row of F1 per field."""
    groups = {"all": evaluation.scores, **evaluation.breakdown()}
    sizes = {"all": evaluation.documents}
    for doc in evaluation.per_document:
        for group in (evaluation.languages.get(doc, "?"), split_of(doc)):
            sizes[group] = sizes.get(group, 0) + 1
    headers = [f"{group} ({sizes.get(group, 0)})" for group in groups]
    rows = []
    for name in [*evaluation.scores, "overall"]:
        cells = [
            f"{(overall(scores) if name == 'overall' else scores[name]).f1:.3f}"
            for scores in groups.values()
        ]
        rows.append([name, *cells])
    return headers, rows


def render_breakdown(evaluation: Evaluation) -> Any:
    """A rich Table of F1 per field for all documents, each language and each split part."""
    from rich.table import Table

    headers, rows = _breakdown_rows(evaluation)
    table = Table(title="F1 by language and split part (documents)", title_justify="left")
    table.add_column("field")
    for header in headers:
        table.add_column(header, justify="right")
    for i, row in enumerate(rows):
        table.add_row(*row, end_section=i == len(rows) - 2)
    return table


def markdown_breakdown(evaluation: Evaluation) -> str:
    """The breakdown in Markdown, for the README's Accuracy section."""
    headers, rows = _breakdown_rows(evaluation)
    lines = [
        "| field | " + " | ".join(headers) + " |",
        "|---|" + "---:|" * len(headers),
    ]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def render_documents(evaluation: Evaluation) -> Any:
    """A rich Table with one row per document: where the errors are."""
    from rich.table import Table

    table = Table(title="per document", title_justify="left")
    for name, justify in (
        ("doc", "left"),
        ("lang", "left"),
        ("split", "left"),
        ("F1", "right"),
        ("tp", "right"),
        ("fp", "right"),
        ("fn", "right"),
        ("wrong (+extra -missed)", "left"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for row in evaluation.document_rows():
        table.add_row(
            row["doc"],
            row["lang"],
            row["split"],
            f"{row['f1']:.3f}",
            str(row["tp"]),
            str(row["fp"]),
            str(row["fn"]),
            ", ".join(row["wrong"]),
        )
    return table
