"""Participant counts scored against hand-made gold: our own documents
(tests/gold/part_*.yaml) and the five samples, strict keys (count + qualifier)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import QUALITY_GATE_GROUP, parsed
from vap_cli.evaluate import load_gold, predict, score, select
from vap_cli.models import WarningCode

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
SAMPLES = ROOT / "samples"


def test_own_gold_documents_strict_f1() -> None:
    gold = select(load_gold(str(GOLD)), "part_")
    assert len(gold) >= 20
    preds = predict(str(GOLD / "docs"), gold)
    result = score(gold, preds, strict=True, fields=["participants"])["participants"]
    assert result.f1 >= 0.95, result.errors


def test_samples_strict_f1() -> None:
    gold = load_gold(str(GOLD / "seeds"))
    preds = predict(str(SAMPLES), gold)
    result = score(gold, preds, strict=True, fields=["participants"])["participants"]
    assert (result.tp, result.fp, result.fn) == (16, 0, 0), result.errors


def test_mismatching_breakdown_in_own_gold_warns() -> None:
    preds = predict(str(GOLD / "docs"), ["part_02.txt", "part_01.txt", "part_19.txt"])
    mismatch = WarningCode.BREAKDOWN_SUM_MISMATCH.value
    said = [w["message"] for w in preds["part_02.txt"]["warnings"] if w["code"] == mismatch]
    assert any("200" in m and "190" in m for m in said)
    assert not any(w["code"] == mismatch for w in preds["part_01.txt"]["warnings"])
    assert not any(w["code"] == mismatch for w in preds["part_19.txt"]["warnings"])


@pytest.mark.xdist_group(QUALITY_GATE_GROUP)  # reads the records the quality gate parsed
def test_every_span_in_the_corpus_quotes_the_original_text() -> None:
    gold = load_gold(str(GOLD))
    checked = 0
    for name in gold:
        result = parsed(GOLD / "docs" / name)  # what predict gives, parsed once per process
        assert result.document is not None, result.error
        record = result.document.model_dump(mode="json")
        original = (GOLD / "docs" / name).read_text(encoding="utf-8")
        for p in record["participants"]:
            assert original[p["span"]["start"] : p["span"]["end"]] == p["text"], (name, p)
            checked += 1
    assert checked > 100
