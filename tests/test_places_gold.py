"""The places_ gold documents (tests/gold/places_*.yaml) and the five seeds, scored
with the project's evaluator: places F1 must stay at or above 0.95."""

from __future__ import annotations

from pathlib import Path

from vap_cli.evaluate import load_gold, predict, score, select

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
SAMPLES = ROOT / "samples"


def test_places_gold_documents_f1():
    gold = select(load_gold(str(GOLD)), "places_")
    assert len(gold) >= 20
    preds = predict(str(GOLD / "docs"), gold)
    result = score(gold, preds, fields=["places"])["places"]
    assert result.f1 >= 0.95, result.errors


def test_seed_samples_places_f1():
    gold = load_gold(str(GOLD / "seeds"))
    preds = predict(str(SAMPLES), gold)
    result = score(gold, preds, fields=["places"])["places"]
    assert result.f1 >= 0.95, result.errors
