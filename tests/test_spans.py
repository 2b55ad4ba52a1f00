"""Every fact carries the span of text it came from: text[span] == mention text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import QUALITY_GATE_GROUP, parsed
from vap_cli import parse_path, parse_text

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))
GOLD_DOCS = sorted((Path(__file__).resolve().parent / "gold" / "docs").glob("*.txt")) + sorted(
    (Path(__file__).resolve().parent / "heldout" / "docs").glob("*.txt")
)


def mentions(node: Any, where: str = "") -> Iterator[tuple[str, dict]]:
    """Every record in a Document dump that has a text and a span."""
    if isinstance(node, dict):
        if isinstance(node.get("span"), dict) and "text" in node:
            yield where, node
        for key, value in node.items():
            yield from mentions(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from mentions(value, f"{where}[{i}]")


def spans(node: Any) -> Iterator[dict]:
    if isinstance(node, dict):
        if set(node) == {"start", "end"} and all(isinstance(v, int) for v in node.values()):
            yield node
        for value in node.values():
            yield from spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from spans(value)


# beside the quality gate, which parses the same documents (tests/conftest.py)
@pytest.mark.xdist_group(QUALITY_GATE_GROUP)
@pytest.mark.parametrize("path", SAMPLES + GOLD_DOCS, ids=lambda p: p.name)
def test_every_span_indexes_the_original_text(path: Path):
    original = path.read_text(encoding="utf-8-sig")
    result = parsed(path)  # the records other test files compare against, parsed once
    assert result.document is not None, result.error
    record = result.document.model_dump(mode="json")
    found = list(mentions(record))
    for where, mention in found:
        span = mention["span"]
        assert original[span["start"] : span["end"]] == mention["text"], where
    for span in spans(record):
        assert 0 <= span["start"] <= span["end"] <= len(original)


def test_samples_give_mentions_to_check():
    record = parse_path(SAMPLES[0]).model_dump(mode="json")
    assert list(mentions(record)), "the span test would check nothing"


def test_spans_survive_normalisation_of_the_text_around_them():
    text = "Дуйнөдө кеӊири\u00a0колдонулат. Эл.\u00adдарек: INFO@Vap.KG,\r\nсайт: www.vap.kg."
    record = parse_text(text).model_dump(mode="json")
    found = {m["text"] for _, m in mentions(record)}
    assert {"INFO@Vap.KG", "www.vap.kg"} <= found
    for _, mention in mentions(record):
        assert text[mention["span"]["start"] : mention["span"]["end"]] == mention["text"]
