"""Reading back the records of `vap parse` one at a time, with where each came from
(`vap convert`): JSON Lines (a record a line) or a JSON array, each checked against the
Document model and its own indexes; and the files that failed, from what `vap parse`
printed or from an errors table written as CSV."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import from_one_line
from ..models import Document, Failure

# What `vap parse` prints of a file that failed (commands/common.Reporter.failed).
FAILED_PREFIX = "vap: error: "

# What a line that is no JSON is said to be.
NOT_JSON = "not JSON"
# The suffixes of the records files `vap parse` writes.
RECORDS_SUFFIXES = (".jsonl", ".ndjson", ".json")

# (where: FILE:LINE, the record or None, why not)
Read = tuple[str, Document | None, str]


def records_of(path: str) -> Iterator[Read]:
    """Every record of a `vap parse` output, validated; `-`: JSON Lines on stdin."""
    name = "<stdin>" if path == "-" else path
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        yield name, None, f"cannot read: {getattr(exc, 'strerror', None) or exc}"
        return
    if Path(path).suffix.lower() == ".json":
        yield from _array_items(name, text)
        return
    first = True
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where, doc, problem = _record(f"{name}:{number}", lambda line=line: json.loads(line))
        yield where, doc, problem
        if first and problem.startswith(NOT_JSON):
            return  # no JSON Lines at all: one line says so, not one a line
        first = False


def _array_items(name: str, text: str) -> Iterator[Read]:
    """The items of a JSON array, each with the line it starts on."""
    decoder = json.JSONDecoder()
    at = _skip(text, 0)
    if not text.startswith("[", at):
        yield f"{name}:{text.count(chr(10), 0, at) + 1}", None, "expected a JSON array of records"
        return
    at = _skip(text, at + 1)
    while at < len(text) and text[at] != "]":
        where = f"{name}:{text.count(chr(10), 0, at) + 1}"
        try:
            item, end = decoder.raw_decode(text, at)
        except ValueError as exc:
            yield where, None, f"{NOT_JSON}: {exc}"
            return
        yield _record(where, lambda item=item: item)
        at = _skip(text, end)
        if text.startswith(",", at):
            at = _skip(text, at + 1)


def _skip(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\r\n":
        at += 1
    return at


def _record(where: str, load: Any) -> Read:
    from pydantic import ValidationError

    try:
        item = load()
    except ValueError as exc:
        return where, None, f"{NOT_JSON}: {exc}"
    try:
        doc = Document.model_validate(item)
    except ValidationError as exc:
        first = exc.errors()[0]
        at = ".".join(str(k) for k in first["loc"])
        return where, None, f"not a record of vap parse: {at}: {first['msg']}"
    problem = dangling_index(doc)
    return (where, None, problem) if problem else (where, doc, "")


def dangling_index(doc: Document) -> str | None:
    """The first index of a record that points at no item of its list (a participant
    dropped without renumbering the `part_of` of its rows), or None."""
    counts, persons = len(doc.participants), len(doc.persons)
    for k, p in enumerate(doc.participants):
        if p.part_of is not None and not (0 <= p.part_of < counts and p.part_of != k):
            return f"participants[{k}].part_of is {p.part_of}: no other participant has it"
    for k, event in enumerate(doc.events):
        for i in event.participants:
            if not 0 <= i < counts:
                return f"events[{k}].participants holds {i}: there are {counts} participants"
    for k, mention in enumerate(doc.contacts.mentions):
        if mention.person is not None and not 0 <= mention.person < persons:
            return f"contacts.mentions[{k}].person is {mention.person}: there are {persons} persons"
    return None


def read_failures(path: str) -> list[Failure]:
    """The files that failed: an errors table as CSV (`source, error`), or the lines
    `vap: error: PATH: REASON` of what `vap parse` printed (other lines are skipped).
    ValueError when the file cannot be read so."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    if Path(path).suffix.lower() == ".csv":
        first = text.partition("\n")[0]
        delimiter = max(",;\t", key=first.count)  # as --delimiter wrote it
        rows = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
        if rows and not {"source", "error"} <= set(rows[0]):
            raise ValueError("an errors table has the columns source and error")
        return [Failure(source=r["source"], error=r["error"]) for r in rows]
    failures = []
    for line in text.splitlines():
        source, sep, error = line.removeprefix(FAILED_PREFIX).partition(": ")
        if line.startswith(FAILED_PREFIX) and sep and source and error:
            # (names and reasons as the line escaped them: errors.one_line)
            failures.append(Failure(source=from_one_line(source), error=from_one_line(error)))
    return failures
