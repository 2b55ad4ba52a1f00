"""The persons_ gold documents (tests/gold/): persons and contacts scored as the
project scores every field (vap_cli.evaluate, same rules as tests/fixtures/score.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vap_cli.evaluate import load_gold, predict, score, select

GOLD = Path(__file__).resolve().parent / "gold"

FIELDS = ["persons", "phones", "emails", "urls"]


@pytest.fixture(scope="module")
def scores():
    gold = select(load_gold(str(GOLD)), "persons_")
    assert len(gold) >= 15
    return score(gold, predict(str(GOLD / "docs"), gold), fields=FIELDS)


@pytest.mark.parametrize("field", FIELDS)
def test_persons_gold_f1(scores, field: str) -> None:
    result = scores[field]
    assert result.f1 >= 0.95, result.errors


def test_persons_gold_spans_quote_the_original() -> None:
    gold = select(load_gold(str(GOLD)), "persons_")
    for name in gold:
        text = (GOLD / "docs" / name).read_text(encoding="utf-8")
        record = predict(str(GOLD / "docs"), [name])[name]
        for person in record["persons"]:
            assert text[person["span"]["start"] : person["span"]["end"]] == person["text"]
            for span in person["mentions"]:
                assert text[span["start"] : span["end"]]
        for mention in record["contacts"]["mentions"]:
            assert text[mention["span"]["start"] : mention["span"]["end"]] == mention["text"]
