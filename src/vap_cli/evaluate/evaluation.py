"""A whole run: the gold documents parsed, scored, and compared with a baseline."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

from ..wording import count
from .gold_check import GoldProblem, check_gold
from .keys import ALL_FIELDS
from .scoring import GOLD_FILE, FieldScore, Mismatch, fields_of, load_gold, overall, score
from .splits import NO_SPLIT, SPLITS, in_split, lang_of, split_part

# A progress display: entered with the number of documents, it gives the callable
# to call after each one.
Progress = Callable[[int], AbstractContextManager[Callable[[], None]]]


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
    found: int = 0  # gold files read, before --lang and --split kept some of them
    # each document's split part: "tune"/"check" for a real page, "-" otherwise (split_part)
    parts: dict[str, str] = field(default_factory=dict)

    @property
    def overall(self) -> FieldScore:
        return overall(self.scores)

    def __repr__(self) -> str:  # short: pytest prints it when the quality gate fails
        f1 = ", ".join(f"{name} {s.f1:.3f}" for name, s in self.scores.items())
        return f"Evaluation({count(self.documents, 'document')}; F1 {f1})"

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
                    "split": self.part_of(doc),
                    **overall(scores).as_dict(),
                    "wrong": wrong,
                }
            )
        return rows

    def part_of(self, doc: str) -> str:
        """The document's split part: "tune", "check", or "-" outside the real corpus."""
        return self.parts.get(doc, NO_SPLIT)

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
            groups[part] = [doc for doc in self.per_document if self.part_of(doc) == part]
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
    progress: Progress | None = None,
) -> Evaluation:
    """Parse the documents of `docs_dir` that have a gold file in `gold_dir` and score them.

    Files are found and parsed like `vap parse` does (batch.collect / batch.run):
    a document that fails to parse is reported to `on_failure(path, error, trace)`
    (`gazetteer`: the user's extra gazetteer files)
    and scored as an empty record, so a crash costs recall instead of hiding.
    `lang` keeps the documents of one language, `split` one part of the fixed
    tune/check split (`split_of`). `progress(total)`, when given, is entered
    around the parsing and its callable called once per document parsed (the
    command's progress bar: commands.common.Reporter.progress).
    """
    bad_gold: dict[str, str] = {}
    read = load_gold(gold_dir, bad_gold)
    gold = {
        name: g
        for name, g in read.items()
        if in_split(name, split) and (lang is None or g.get("lang") in (None, lang))
    }
    for name, g in list(gold.items()):
        try:
            check_gold(g)
        except GoldProblem as problem:  # named with its field, item and key, left out
            bad_gold[str(g.get(GOLD_FILE, name))] = str(problem)
            del gold[name]
    paths, preds, failed = _parse_documents(
        gold, docs_dir, jobs, on_failure, gazetteer, progress or _no_progress
    )
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
    evaluation.found = len(read)
    evaluation.parts = {name: split_part(name, g) for name, g in gold.items()}
    return evaluation


def _parse_documents(
    gold: Mapping[str, dict],
    docs_dir: str,
    jobs: int,
    on_failure: Callable[[str, str, str | None], None] | None,
    gazetteer: Sequence[str],
    progress: Progress,
) -> tuple[dict[str, str], dict[str, dict], dict[str, str]]:
    """(paths found, records as JSON dicts, failures) of the gold documents in `docs_dir`."""
    from ..batch import collect, run

    paths: dict[str, str] = {}
    for item in collect([docs_dir]):
        if isinstance(item, str) and os.path.basename(item) in gold:
            paths.setdefault(os.path.basename(item), item)
    preds: dict[str, dict] = {}
    failed: dict[str, str] = {}
    with progress(len(paths)) as advance:
        for result in run(list(paths.values()), jobs=jobs, gazetteer=gazetteer):
            advance()
            name = os.path.basename(result.path)
            if result.error is not None:
                failed[name] = result.error
                if on_failure is not None:
                    on_failure(result.path, result.error, result.trace)
                continue
            if result.document is not None:
                preds[name] = result.document.model_dump(mode="json")
    return paths, preds, failed


@contextlib.contextmanager
def _no_progress(total: int) -> Iterator[Callable[[], None]]:
    yield lambda: None
