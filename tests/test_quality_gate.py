"""The quality gate: F1 per field on the gold corpus and the samples must not
fall below the floors of tests/quality_floors.yaml.

The table is printed whatever pytest's capture mode (so the CI log shows where
quality stands). Nothing here is skipped: a missing corpus, a document that
fails to parse or a field without a floor fails the gate.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import QUALITY_GATE_GROUP, QUALITY_TABLE, parsed
from vap_cli import batch, evaluate

# Each corpus is scored once (measured): all the module's tests on one worker, with the
# span checks of tests/test_spans.py and tests/test_participants_gold.py over the same
# documents, which read the records parsed here (conftest.parsed) rather than parse again.
pytestmark = pytest.mark.xdist_group(QUALITY_GATE_GROUP)

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
FLOORS = yaml.safe_load((GOLD.parent / "quality_floors.yaml").read_text(encoding="utf-8"))
MARGIN = float(FLOORS["margin"])  # a floor sits this far below the F1 measured

# name in floors.yaml -> (gold folder, documents folder)
CORPORA = {
    "corpus": (GOLD, GOLD / "docs"),
    "samples": (GOLD / "seeds", ROOT / "samples"),
    "heldout": (ROOT / "tests" / "heldout", ROOT / "tests" / "heldout" / "docs"),
}


def _shared_parse_one(path: str, *arguments: Any, **options: Any) -> batch.Result:
    """batch.parse_one, whose record of a file parsed with its defaults (what evaluate
    asks for here) is that of conftest.parsed: the same call, made once per process.
    An argument given at its default value is a default too: batch.run hands every
    option on by name (keep_text=False, added later, made every call a parse of its own
    and the records of the corpora were parsed twice, suite40)."""
    given = _PARSE_ONE_SIGNATURE.bind(path, *arguments, **options).arguments
    if any(given[name] != _PARSE_ONE_DEFAULTS[name] for name in given if name != "path"):
        return _PARSE_ONE(path, *arguments, **options)
    return parsed(path)


_PARSE_ONE = batch.parse_one  # as imported, before the fixture below patches it
_REAL_PARSE_ONE = _PARSE_ONE  # what a test that replaces _PARSE_ONE hands on to
_PARSE_ONE_SIGNATURE = inspect.signature(_PARSE_ONE)
_PARSE_ONE_DEFAULTS = {
    name: parameter.default for name, parameter in _PARSE_ONE_SIGNATURE.parameters.items()
}


def _floor_for(f1: float) -> float:
    """The floor scripts/raise_floors.py would give: F1 - margin, rounded down."""
    return max(0.0, int((f1 - MARGIN) * 100 + 1e-9) / 100)


def _evaluated(gold_dir: Path, docs_dir: Path) -> evaluate.Evaluation:
    """`vap eval GOLD DOCS --strict` (the README's scores: participants keyed on their
    qualifier too), each document's record conftest.parsed's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(batch, "parse_one", _shared_parse_one)
        return evaluate.evaluate(str(gold_dir), str(docs_dir), strict=True)


@pytest.fixture(scope="module", params=sorted(CORPORA))
def measured(request) -> tuple[str, evaluate.Evaluation, str]:
    name = request.param
    gold_dir, docs_dir = CORPORA[name]
    result = _evaluated(gold_dir, docs_dir)
    command = f"vap eval {gold_dir.relative_to(ROOT)} {docs_dir.relative_to(ROOT)} --strict"
    table = evaluate.table_text(result, title=f"quality gate, {name}: {result.documents} documents")
    floors = FLOORS.get(name) or {}
    raisable = [
        f"{field} {floors[field]:.2f} -> {_floor_for(s.f1):.2f}"
        for field, s in result.scores.items()
        if field in floors and _floor_for(s.f1) > floors[field]
    ]
    shown = f"\n$ {command}\n{table}"
    if raisable:
        shown += f"floors that can be raised in tests/quality_floors.yaml: {', '.join(raisable)}\n"
    return name, result, shown


def test_every_gold_document_is_found_and_parses(measured, record_property):
    name, result, shown = measured
    # tests/conftest.py prints it in the terminal summary: seen with or without -s and
    # from xdist workers, whose own output pytest never shows
    record_property(QUALITY_TABLE, shown)
    assert result.documents > 0, f"{name}: no gold files"
    assert not result.missing, f"{name}: gold files name missing documents: {result.missing}"
    assert not result.failed, f"{name}: documents that fail to parse: {result.failed}"


def test_every_scored_field_has_a_floor(measured):
    name, result, _ = measured
    floors = FLOORS.get(name) or {}
    assert set(result.scores) <= set(floors), f"{name}: fields without a floor in floors.yaml"


def test_floors_are_guards_below_the_measured_value_not_at_it():
    assert 0 < MARGIN <= 0.05
    for name in CORPORA:
        assert all(floor <= 1 - MARGIN for floor in FLOORS[name].values()), name


def test_no_field_falls_below_its_floor(measured):
    name, result, _ = measured
    floors = FLOORS[name]
    below = {
        field: f"F1 {result.scores[field].f1:.3f} < floor {floor:.2f}"
        for field, floor in floors.items()
        if result.scores[field].f1 < floor
    }
    assert not below, f"{name}: quality fell below the floors: {below}"


def test_the_gate_scores_the_records_the_span_checks_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # each document parsed once for the gate and the span checks (conftest.parsed): a
    # parse of the gate's own, each option handed on by name, doubled their time
    parses: list[str] = []

    def counted(path: str, *arguments: Any, **options: Any) -> batch.Result:
        parses.append(path)
        return _REAL_PARSE_ONE(path, *arguments, **options)

    monkeypatch.setattr(sys.modules[__name__], "_PARSE_ONE", counted)
    gold_dir, docs_dir = CORPORA["samples"]
    assert _evaluated(gold_dir, docs_dir).documents > 0
    assert parses == []
    path = str(min(docs_dir.glob("*.txt")))
    kept = _shared_parse_one(path, keep_text=True)  # not the defaults: a parse of its own
    assert parses == [path] and kept.text is not None and parsed(path).text is None
