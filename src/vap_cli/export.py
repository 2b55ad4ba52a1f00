"""Stage 7: Documents -> JSON Lines, a JSON array, CSV tables or an SQLite file.

The tables and their columns are derived from the pydantic models: every
list-of-records field of Document (and of a record nested in it, such as
contacts.mentions) is a child table joined by `doc_id`; nested records are
flattened into `parent_child` columns; other lists are stored as JSON text.

Writers stream: one document at a time, never the corpus in memory. Files are
written under a temporary name and renamed on success, so an interrupted run
never leaves a half-written output.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import sys
import tempfile
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from .models import Document

FORMATS = ("jsonl", "json", "csv", "sqlite")


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True)
class Column:
    name: str
    sql_type: str
    path: tuple[str, ...]  # where the value sits in the model_dump of a row
    is_json: bool = False


@dataclass(frozen=True)
class Table:
    name: str
    model: type[BaseModel]
    columns: tuple[Column, ...]
    rows: Callable[[Document], list[BaseModel]]


def _unwrap(annotation: Any) -> Any:
    """X | None -> X."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return _unwrap(args[0])
    return annotation


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _list_item(annotation: Any) -> Any | None:
    if get_origin(annotation) in (list, tuple):
        args = get_args(annotation)
        return args[0] if args else Any
    return None


def _sql_type(annotation: Any) -> str:
    if get_origin(annotation) is Literal:
        annotation = type(get_args(annotation)[0])
    if annotation is bool or annotation is int:
        return "INTEGER"
    if annotation is float:
        return "REAL"
    return "TEXT"


def _columns(model: type[BaseModel], prefix: tuple[str, ...] = ()) -> list[Column]:
    """Scalar columns of a model; nested records flatten; lists become JSON text.
    Lists of records directly on Document/Contacts are tables, not columns."""
    out: list[Column] = []
    hints = typing.get_type_hints(model)
    for name in model.model_fields:
        annotation = _unwrap(hints[name])
        path = (*prefix, name)
        item = _list_item(annotation)
        if item is not None:
            if _is_model(_unwrap(item)) and model in _TABLE_OWNERS:
                continue
            out.append(Column("_".join(path), "TEXT", path, is_json=True))
        elif _is_model(annotation):
            out.extend(_columns(annotation, path))
        else:
            out.append(Column("_".join(path), _sql_type(annotation), path))
    return out


def _child_tables(model: type[BaseModel], getter: Callable[[Any], Any], prefix: str) -> list[Table]:
    tables: list[Table] = []
    hints = typing.get_type_hints(model)
    for name in model.model_fields:
        annotation = _unwrap(hints[name])
        item = _list_item(annotation)
        if item is not None and _is_model(_unwrap(item)):
            item_model = _unwrap(item)
            table_name = prefix or name

            def rows(doc: Document, name: str = name) -> list[BaseModel]:
                return list(getattr(getter(doc), name))

            tables.append(Table(table_name, item_model, tuple(_columns(item_model)), rows))
        elif _is_model(annotation) and annotation in _TABLE_OWNERS:

            def sub(doc: Document, name: str = name) -> Any:
                return getattr(getter(doc), name)

            tables.extend(_child_tables(annotation, sub, name))
    return tables


# Records whose lists of records become tables of their own.
_TABLE_OWNERS: set[type[BaseModel]] = set()


def _build_tables() -> tuple[Table, list[Table]]:
    from .event_table import event_rows
    from .models import Contacts, EventRow

    _TABLE_OWNERS.update({Document, Contacts})
    documents = Table("documents", Document, tuple(_columns(Document)), lambda doc: [doc])
    # Derived rows (not a field of Document): every table already leads with doc_id.
    flat_events = Table(
        "event_rows",
        EventRow,
        tuple(c for c in _columns(EventRow) if c.name != "doc_id"),
        event_rows,  # type: ignore[arg-type]
    )
    return documents, [*_child_tables(Document, lambda doc: doc, ""), flat_events]


DOCUMENTS_TABLE, CHILD_TABLES = _build_tables()
TABLES: list[Table] = [DOCUMENTS_TABLE, *CHILD_TABLES]
# SQLite views: each flat event beside its document's title and language.
SQLITE_VIEWS: dict[str, str] = {
    "event_overview": "SELECT d.title AS title, d.language AS language, e.* "
    "FROM event_rows e JOIN documents d ON d.id = e.doc_id",
}


def _value(dump: dict[str, Any], column: Column) -> Any:
    value: Any = dump
    for key in column.path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    if column.is_json:
        return json.dumps(value if value is not None else [], ensure_ascii=False)
    return value


def table_rows(doc: Document) -> dict[str, list[list[Any]]]:
    """Rows of every table for one document, keyed by table name."""
    out: dict[str, list[list[Any]]] = {}
    dump = doc.model_dump(mode="json")
    out["documents"] = [[_value(dump, c) for c in DOCUMENTS_TABLE.columns]]
    for table in CHILD_TABLES:
        rows = []
        for idx, item in enumerate(table.rows(doc)):
            item_dump = item.model_dump(mode="json")
            rows.append([doc.id, idx, *(_value(item_dump, c) for c in table.columns)])
        out[table.name] = rows
    return out


def header(table: Table) -> list[str]:
    names = [c.name for c in table.columns]
    return names if table is DOCUMENTS_TABLE else ["doc_id", "idx", *names]


# --------------------------------------------------------------------------- writers


class AtomicFile:
    """A file written under a temporary name in its folder and renamed on commit."""

    def __init__(
        self,
        dest: Path,
        mode: str = "w",
        encoding: str | None = "utf-8",
        newline: str | None = None,
    ):
        self.dest = dest
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
        self.tmp = Path(tmp)
        self.fh = (
            os.fdopen(fd, mode, encoding=encoding, newline=newline)
            if "b" not in mode
            else os.fdopen(fd, mode)
        )

    def commit(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        _publish(self.tmp, self.dest)

    def abort(self) -> None:
        if not self.fh.closed:
            self.fh.close()
        self.tmp.unlink(missing_ok=True)


def _publish(tmp: Path, dest: Path) -> None:
    """Give the finished file the mode a plain open() would have, then rename it."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, dest)


class Writer:
    def write(self, doc: Document) -> None:
        raise NotImplementedError

    def close(self) -> None:
        """Finish the output; only now does it appear under its real name."""

    def abort(self) -> None:
        """Drop everything written so far."""


class _TextStream(Writer):
    def __init__(self, dest: Path | None):
        self.file = AtomicFile(dest) if dest else None
        self.out: typing.TextIO = self.file.fh if self.file else _stdout()

    def close(self) -> None:
        if self.file:
            self.file.commit()
        else:
            self.out.flush()

    def abort(self) -> None:
        if self.file:
            self.file.abort()


def _stdout() -> typing.TextIO:
    # UTF-8 whatever the locale: the output is data, not a message.
    return (
        io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n", write_through=True)
        if hasattr(sys.stdout, "buffer")
        else sys.stdout
    )


class JsonlWriter(_TextStream):
    def write(self, doc: Document) -> None:
        self.out.write(doc.model_dump_json() + "\n")


class JsonWriter(_TextStream):
    def __init__(self, dest: Path | None):
        super().__init__(dest)
        self.count = 0

    def write(self, doc: Document) -> None:
        self.out.write("[\n" if self.count == 0 else ",\n")
        self.out.write(doc.model_dump_json(indent=2))
        self.count += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.count == 0 else "\n]\n")
        super().close()


class CsvWriter(Writer):
    """One CSV file per table in the folder `dest`; `excel` adds a BOM for Excel."""

    def __init__(self, dest: Path, excel: bool = False):
        if dest.exists() and not dest.is_dir():
            raise FileExistsError(f"{dest} exists and is not a folder")
        encoding = "utf-8-sig" if excel else "utf-8"
        self.files = {
            t.name: AtomicFile(dest / f"{t.name}.csv", encoding=encoding, newline="")
            for t in TABLES
        }
        self.writers = {
            name: csv.writer(f.fh, lineterminator="\r\n" if excel else "\n")
            for name, f in self.files.items()
        }
        for table in TABLES:
            self.writers[table.name].writerow(header(table))

    def write(self, doc: Document) -> None:
        for name, rows in table_rows(doc).items():
            self.writers[name].writerows(rows)

    def close(self) -> None:
        for f in self.files.values():
            f.commit()

    def abort(self) -> None:
        for f in self.files.values():
            f.abort()


def sqlite_schema() -> list[str]:
    statements = []
    doc_cols = ", ".join(
        f'"{c.name}" {c.sql_type}' + (" PRIMARY KEY" if c.name == "id" else "")
        for c in DOCUMENTS_TABLE.columns
    )
    statements.append(f"CREATE TABLE documents ({doc_cols})")
    for table in CHILD_TABLES:
        cols = ", ".join(f'"{c.name}" {c.sql_type}' for c in table.columns)
        statements.append(
            f'CREATE TABLE "{table.name}" (doc_id TEXT NOT NULL REFERENCES documents(id), '
            f"idx INTEGER NOT NULL, {cols}, PRIMARY KEY (doc_id, idx))"
        )
        statements.append(f'CREATE INDEX "{table.name}_doc" ON "{table.name}" (doc_id)')
    statements.extend(f'CREATE VIEW "{name}" AS {query}' for name, query in SQLITE_VIEWS.items())
    return statements


class SqliteWriter(Writer):
    def __init__(self, dest: Path):
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
        os.close(fd)
        self.dest, self.tmp = dest, Path(tmp)
        self.db = sqlite3.connect(self.tmp)
        self.db.execute("PRAGMA foreign_keys = ON")
        for statement in sqlite_schema():
            self.db.execute(statement)
        self.inserts = {
            t.name: f'INSERT OR IGNORE INTO "{t.name}" VALUES ({", ".join("?" * len(header(t)))})'
            for t in TABLES
        }

    def write(self, doc: Document) -> None:
        for name, rows in table_rows(doc).items():
            if rows:
                self.db.executemany(self.inserts[name], rows)

    def close(self) -> None:
        self.db.commit()
        self.db.close()
        _publish(self.tmp, self.dest)

    def abort(self) -> None:
        self.db.close()
        self.tmp.unlink(missing_ok=True)


def open_writer(fmt: str, dest: str | None, excel: bool = False) -> Writer:
    path = Path(dest) if dest and dest != "-" else None
    if path is not None and fmt != "csv" and path.is_dir():
        raise ValueError(f"{dest} is a folder: --format {fmt} writes one file (-o FILE)")
    if path is not None and fmt == "csv" and path.exists() and not path.is_dir():
        raise ValueError(f"{dest} is a file: --format csv writes a folder of tables (-o FOLDER)")
    if fmt == "jsonl":
        return JsonlWriter(path)
    if fmt == "json":
        return JsonWriter(path)
    if path is None:
        raise ValueError(f"--format {fmt} needs an output path (-o)")
    if fmt == "csv":
        return CsvWriter(path, excel=excel)
    if fmt == "sqlite":
        return SqliteWriter(path)
    raise ValueError(f"unknown format {fmt!r}")
