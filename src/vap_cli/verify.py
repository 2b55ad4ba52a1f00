"""Checks every parsed record must pass, shared by the property tests and scripts/fuzz.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .models import Document


def _spanned(node: Any, where: str = "") -> Iterator[tuple[str, dict]]:
    """Every record in a Document dump that has a span, with where it sits."""
    if isinstance(node, dict):
        if isinstance(node.get("span"), dict):
            yield where, node
        for key, value in node.items():
            yield from _spanned(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _spanned(value, f"{where}[{index}]")


def span_problems(document: Document, text: str) -> list[str]:
    """What is wrong with the spans of `document` parsed from `text`: a span must
    lie inside the text, and a record with a `text` must quote it exactly."""
    problems = []
    for where, record in _spanned(document.model_dump(mode="json")):
        start, end = record["span"]["start"], record["span"]["end"]
        if not 0 <= start <= end <= len(text):
            problems.append(f"{where}: span {start}-{end} outside a text of {len(text)}")
        elif "text" in record and text[start:end] != record["text"]:
            problems.append(f"{where}: span quotes {text[start:end]!r}, not {record['text']!r}")
    return problems
