"""The pipeline: read -> normalise -> segment -> extract -> resolve -> record.

`parse_text` and `parse_path` are the public API (re-exported by vap_cli);
`explain_text` and `explain_path` also return the extractors' decisions
(`vap parse --explain`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from .context import Context
from .diskcache import collector_paused
from .errors import InputError, as_path
from .explain import Decision
from .extractors import (
    dates,
    events,
    language,
    organizations,
    participants,
    periods,
    persons,
    phones,
    places,
    title,
    web,
)
from .models import Document, WarningCode
from .normalise import lost_letters, normalise
from .read import MAX_BYTES, RawDocument, apply_meta, read_path
from .record import document_id, to_document
from .resolve import resolve
from .resources import Resources
from .resources import default as default_resources
from .segment import segment
from .wording import count

# Order matters: later extractors read what earlier ones found
# (participants need places, events need dates, places and participants).
EXTRACTORS: list[Callable[[Context], None]] = [
    language.extract,
    web.extract,
    phones.extract,
    dates.extract,
    title.extract,  # after dates: a line that is all dates is not the headline
    periods.extract,
    places.extract,
    participants.extract,
    persons.extract,
    organizations.extract,
    events.extract,  # last: reads dates, places, participants and tables
]


def build_context(
    text: str, source: str | None = None, resources: Resources | None = None
) -> Context:
    norm = normalise(text)
    ctx = Context.model_construct(
        id=document_id(norm.original),
        source=source or "-",
        norm=norm,
        segments=segment(norm.text, norm),
        resources=resources or default_resources(),
    )
    if norm.restored:
        message = f"{count(norm.restored, 'letter')} lost to '?' read as ң, ө or ү"
        message += lost_letters.choices_said(norm.original)
        ctx.warn(WarningCode.LOST_LETTERS_RESTORED, message)
    return ctx


# Parsed without the collector: a document is parsed with the garbage collector paused.
# What a parse makes (tokens, words, matches, candidates) lives until the record is
# made, and each pass of the collector walked all of it again: 2.6% of the
# instructions of a 1 MB document's run (about 4% of its CPU time). Reference counting
# frees it as before; the few reference cycles a parse makes are collected after it,
# and the 10 MB document's peak memory is the same (docs/PERFORMANCE.md, round 11).


def parse_text(
    text: str, source: str | None = None, resources: Resources | None = None
) -> Document:
    """Parse one document's text. Spans in the result index `text` itself.
    `resources`: the gazetteer to match places against (default: the built-in one;
    resources.load(files) adds the user's files)."""
    if not isinstance(text, str):
        raise TypeError(
            f"parse_text takes the text as str, not {type(text).__name__}: decode the bytes"
            " first (text.decode('utf-8')), or give the file to parse_path, which detects"
            " the encoding"
        )
    with collector_paused():  # see "Parsed without the collector" above
        return _run(build_context(text, source, resources))


def parse_path(
    path: str | bytes | os.PathLike[str] | os.PathLike[bytes],
    resources: Resources | None = None,
    input_format: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Document:
    """Read a file (any supported format and encoding, at most `max_bytes`) and parse
    it. `input_format`: how to read standard input (`-`); see read.read_data. A file
    that cannot be read raises InputError naming it and saying why; a `path` that is no
    path (None, a number) raises TypeError. Bytes name a file as the system does."""
    path = as_path(path, "parse_path")
    return read_and_parse(path, resources, input_format, max_bytes)[0]


def read_and_parse(
    path: str | Path,
    resources: Resources | None = None,
    input_format: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> tuple[Document, RawDocument]:
    """parse_path, and what was read: the text and the digest of its bytes (the SQLite
    corpus stores them, never reading the file again)."""
    raw = _read_file(path, input_format, max_bytes)
    return parse_raw(raw, str(path), resources), raw


# What parse_path says of a folder: the ways the README offers to read one.
FOLDER = (
    "is a folder: parse_path reads one file; read a folder with vap_cli.frames.frames(folder)"
    " or the command line (vap parse FOLDER)"
)


def _read_file(path: str | Path, input_format: str | None, max_bytes: int) -> RawDocument:
    """read_path, its InputError naming the path (the Python API's errors say which
    file; the command line's batch prints the reason after the path itself)."""
    if str(path) != "-" and os.path.isdir(path):
        raise InputError(FOLDER, path)
    try:
        return read_path(path, input_format, max_bytes)
    except InputError as exc:
        raise exc.at(path) from None


def explain_text(
    text: str, source: str | None = None, resources: Resources | None = None
) -> tuple[Document, list[Decision]]:
    """Parse one document's text and say why: the record, and every keep/drop
    decision the extractors made by a named rule (in the order they were made)."""
    with collector_paused():  # see "Parsed without the collector" above
        ctx = build_context(text, source, resources)
        ctx.decisions = []
        return _run(ctx), ctx.decisions


def explain_path(
    path: str | Path,
    resources: Resources | None = None,
    input_format: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> tuple[Document, list[Decision]]:
    """Read a file as parse_path reads it (the same `input_format` and `max_bytes`)
    and parse it, with its decisions (explain_text)."""
    doc = _read_file(path, input_format, max_bytes)
    document, decisions = explain_text(doc.text, str(path), resources)
    return _with_read(document, doc), [*doc.decisions, *decisions]


def _with_read(document: Document, doc: RawDocument) -> Document:
    """The record with what reading the file found: its metadata and warnings."""
    document = apply_meta(document, doc.meta)
    document.warnings.extend(doc.warnings)
    return document


# The last stage that reads the place words of the whole text at once (places): after
# it, a long text's are let go (TokenStream.release_words: memory; issue 15).
LAST_READER_OF_ALL_WORDS = places.extract


def _run(ctx: Context) -> Document:
    for extractor in EXTRACTORS:
        extractor(ctx)
        if extractor is LAST_READER_OF_ALL_WORDS:
            ctx.segments.tokens.release_words()
    resolve(ctx)
    return to_document(ctx)


def parse_raw(doc: RawDocument, source: str, resources: Resources | None = None) -> Document:
    """Parse a document already read (read_path, read_data) from `source`."""
    return _with_read(parse_text(doc.text, source, resources), doc)
