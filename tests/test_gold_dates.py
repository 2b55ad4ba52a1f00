"""The dates_ gold documents (tests/gold/): issued, dates and periods at F1 >= 0.95."""

from __future__ import annotations

from pathlib import Path

import pytest

from vap_cli.evaluate import load_gold, predict, score, select

GOLD = Path(__file__).resolve().parent / "gold"

FIELDS = ["issued", "dates", "periods"]


@pytest.fixture(scope="module")
def dates_scores():
    gold = select(load_gold(str(GOLD)), "dates_")
    assert len(gold) >= 20
    preds = predict(str(GOLD / "docs"), gold)
    return score(gold, preds, fields=FIELDS)


@pytest.mark.parametrize("field", FIELDS)
def test_dates_gold_f1(dates_scores, field: str) -> None:
    result = dates_scores[field]
    assert result.f1 >= 0.95, result.errors


def test_every_mention_quotes_the_original() -> None:
    from vap_cli.pipeline import parse_path

    for path in sorted((GOLD / "docs").glob("dates_*.txt")):
        doc = parse_path(path)
        original = path.read_text(encoding="utf-8")
        for mention in [*doc.dates, *doc.periods]:
            assert original[mention.span.start : mention.span.end] == mention.text
