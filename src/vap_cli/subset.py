"""Narrowing `vap parse` output for scripted runs: by issued date, by field,
and keeping one document of each group of duplicates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from .models import Document
from .record_base import default_value, field_names

# Never dropped by --fields: they identify the record and say what happened to it,
# and its language, which every parse finds first (the extractors read it): left out,
# it would read "unknown", a real value, and `WHERE language = 'ky'` would lose it.
# Every other field left out is plainly empty: null, [] or {} of empty lists.
ALWAYS_KEPT = frozenset({"id", "source", "language", "warnings", "duplicates"})
SELECTABLE = tuple(name for name in field_names(Document) if name not in ALWAYS_KEPT)


def parse_fields(spec: str) -> frozenset[str]:
    """'dates,places' -> the set of field names; ValueError names an unknown one."""
    names = [name.strip() for name in spec.split(",") if name.strip()]
    unknown = [name for name in names if name not in SELECTABLE and name not in ALWAYS_KEPT]
    if unknown or not names:
        raise ValueError(
            f"unknown field {', '.join(unknown) or '(none given)'}; choose from: "
            + ", ".join(SELECTABLE)
        )
    return frozenset(names)


def keep_fields(document: Document, fields: frozenset[str]) -> Document:
    """The document with every field outside `fields` back at its empty default,
    so every format (JSON, CSV, SQLite) keeps the same columns."""
    cleared = {
        name: default_value(Document, name)
        for name in field_names(Document)
        if name not in fields and name not in ALWAYS_KEPT
    }
    return document.model_copy(update=cleared)


def issued_day(document: Document) -> dt.date | None:
    """The issued date as a day, None when absent or without a year."""
    return _day(document.issued)


def _day(issued: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((issued or "")[:10])
    except ValueError:
        return None


def in_range(
    document: Document, since: dt.date | None, until: dt.date | None, keep_undated: bool = False
) -> bool:
    """Within [since, until] (both inclusive); a document without a full issued
    date is outside any range that is given, unless `keep_undated` (--keep-undated)."""
    return issued_in_range(document.issued, since, until, keep_undated)


def issued_in_range(
    issued: str | None, since: dt.date | None, until: dt.date | None, keep_undated: bool = False
) -> bool:
    """in_range for an issued date as the record writes it (YYYY-MM-DD, --MM-DD or None)."""
    if since is None and until is None:
        return True
    day = _day(issued)
    if day is None:
        return keep_undated
    return (since is None or day >= since) and (until is None or day <= until)


def undated(issued: str | None) -> bool:
    """No full issued date (absent, or a day without its year): no range can hold it."""
    return _day(issued) is None


def duplicate_groups(paths: Sequence[str], threshold: float = 0.9) -> dict[str, list[str]]:
    """kept path -> the paths of its duplicates. Unreadable files are left to
    the parse that follows, which reports them."""
    from .dedupe import find_duplicates
    from .errors import InputError
    from .read import read_path

    texts = []
    for path in paths:
        if path == "-":
            continue  # standard input can be read once only: by the parse
        try:
            texts.append((path, read_path(path).text))
        except InputError:
            continue
    return {group.kept: group.duplicates for group in find_duplicates(texts, threshold)}
