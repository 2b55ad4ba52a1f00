"""Reading Documents back from the outputs of `vap parse`: a JSON Lines or JSON
file, or an SQLite database (its tables are derived from the models by
export/table_schema.py; this undoes that derivation, table by table)."""

from __future__ import annotations

import json
import sqlite3
import typing
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import Contacts, Document

DATABASE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
RECORD_SUFFIXES = (".jsonl", ".json")
# The column `vap parse --db` sets on a document whose files are all gone.
REMOVED = "removed"


def is_records_file(path: str) -> bool:
    return Path(path).suffix.lower() in DATABASE_SUFFIXES + RECORD_SUFFIXES


def read_records(path: str) -> list[Document]:
    """The Documents a `vap parse` output holds. Raises InputError with a one-line reason."""
    try:
        if Path(path).suffix.lower() in DATABASE_SUFFIXES:
            return read_database(path)
        return _read_json(path)
    except InputError:
        raise
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None
    except (ValueError, sqlite3.Error, KeyError, TypeError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"not an output of `vap parse`: {first}") from None


def stored_texts(path: str) -> dict[str, str]:
    """The texts a `vap parse` output stored, by document id: a database's `texts`
    table (what the spans index, whether or not the files are still where they
    were); none in JSON. Empty when they cannot be read: the files are read again."""
    if Path(path).suffix.lower() not in DATABASE_SUFFIXES or not Path(path).is_file():
        return {}
    try:
        connection = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
        try:
            return dict(connection.execute("SELECT doc_id, text FROM texts"))
        finally:
            connection.close()
    except sqlite3.Error:
        return {}


def _read_json(path: str) -> list[Document]:
    text = Path(path).read_text(encoding="utf-8")
    if Path(path).suffix.lower() == ".json":
        items = json.loads(text)
        if not isinstance(items, list):
            raise ValueError("expected a JSON array of documents")
    else:
        items = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [Document.model_validate(item) for item in items]


def _set(target: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for key in path[:-1]:
        target = target.setdefault(key, {})
    target[path[-1]] = value


def _drop_empty_records(record: dict[str, Any]) -> dict[str, Any]:
    """A nested record flattened to columns that are all NULL was None (place: null)."""
    for key, value in list(record.items()):
        if isinstance(value, dict):
            value = _drop_empty_records(value)
            record[key] = None if all(v is None for v in value.values()) else value
    return record


def _record(row: sqlite3.Row, table: Any) -> dict[str, Any]:
    """A table row back as the record's nested dict; columns are found by the name
    the outputs give them (tables.column_label: `doc_id`, `soate`)."""
    from ..export.table_schema import column_label

    record: dict[str, Any] = {}
    for column in table.columns:
        value = row[column_label(table, column)]
        _set(record, column.path, json.loads(value) if column.is_json else value)
    return _drop_empty_records(record)


def _location(model: type) -> tuple[str, ...] | None:
    """Where a child table's records sit in a Document: documents.X or contacts.X;
    None for a table derived from the documents (the flat event rows), not part of them."""
    from ..record_base import pydantic_model

    for owner, prefix in ((Document, ()), (Contacts, ("contacts",))):
        # The tables' models are the records' pydantic models (export/table_schema.py).
        for name, annotation in typing.get_type_hints(pydantic_model(owner)).items():
            if typing.get_args(annotation) == (model,):
                return (*prefix, name)
    return None


def read_database(path: str) -> list[Document]:
    from ..export.table_schema import CHILD_TABLES, DOCUMENTS_TABLE

    if not Path(path).is_file():
        raise InputError("no such file")
    connection = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        documents: dict[str, dict[str, Any]] = {}
        for row in connection.execute("SELECT * FROM documents ORDER BY rowid"):
            if _flagged_removed(row):
                continue  # `--db`: every file of it is gone, not part of the corpus now
            documents[row["doc_id"]] = _record(row, DOCUMENTS_TABLE)
        for table in CHILD_TABLES:
            where = _location(table.model)
            if where is None:
                continue
            query = f'SELECT * FROM "{table.name}" ORDER BY doc_id, idx'  # names from our models
            for row in connection.execute(query):
                document = documents.get(row["doc_id"])
                if document is None:  # a removed document's rows
                    continue
                owner = document if len(where) == 1 else document.setdefault(where[0], {})
                owner.setdefault(where[-1], []).append(_record(row, table))
    finally:
        connection.close()
    return [Document.model_validate(d) for d in documents.values()]


def _flagged_removed(row: sqlite3.Row) -> bool:
    """Whether `vap parse --db` flagged the document removed (a database of another
    writer, without the column, has none)."""
    return REMOVED in row.keys() and bool(row[REMOVED])
