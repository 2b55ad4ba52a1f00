"""The tables of the tabular outputs (CSV, SQLite, Excel, Parquet), derived from
the records' pydantic models (record_base.pydantic_model): every list-of-records field of Document (and of a record
nested in it, such as contacts.mentions) is a child table joined by `doc_id`;
nested records are flattened into `parent_child` columns; other lists are stored
as JSON text. A field added to a model appears in every table output at once.

Imported by the writers of those formats only (JSON output needs none of it).
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from ..models import Contacts, Document, Failure, SourceRow
from ..record_base import Record, pydantic_model

# The source of a document read from standard input: no path to list.
STDIN = "-"


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
    rows: Callable[[Document], list[Any]]  # records (or pydantic models)
    keys: tuple[str, ...] = ("doc_id", "idx")  # the columns every row leads with


def unwrap_optional_type(annotation: Any) -> Any:
    """X | None -> X."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return unwrap_optional_type(args[0])
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


def pydantic_of(model: type[BaseModel] | type[Record]) -> type[BaseModel]:
    """The pydantic model of a record class (a pydantic model is its own)."""
    return pydantic_model(model) if issubclass(model, Record) else model


def _columns(model: type[BaseModel], prefix: tuple[str, ...] = ()) -> list[Column]:
    """Scalar columns of a model; nested records flatten; lists become JSON text.
    Lists of records directly on Document/Contacts are tables, not columns."""
    out: list[Column] = []
    hints = typing.get_type_hints(model)
    for name in model.model_fields:
        annotation = unwrap_optional_type(hints[name])
        path = (*prefix, name)
        item = _list_item(annotation)
        if item is not None:
            if _is_model(unwrap_optional_type(item)) and model in _TABLE_OWNERS:
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
        annotation = unwrap_optional_type(hints[name])
        item = _list_item(annotation)
        if item is not None and _is_model(unwrap_optional_type(item)):
            item_model = unwrap_optional_type(item)
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
_TABLE_OWNERS: frozenset[type[BaseModel]] = frozenset(map(pydantic_model, (Document, Contacts)))


def _build_tables() -> tuple[Table, list[Table]]:
    from ..models import EventRow
    from .event_table import event_rows

    document, event_row = pydantic_model(Document), pydantic_model(EventRow)
    documents = Table("documents", document, tuple(_columns(document)), lambda doc: [doc], ())
    # Derived rows (not a field of Document): every table already leads with doc_id.
    flat_events = Table(
        "event_rows",
        event_row,
        tuple(c for c in _columns(event_row) if c.name != "doc_id"),
        event_rows,  # type: ignore[arg-type]
    )
    return documents, [*_child_tables(document, lambda doc: doc, ""), flat_events]


DOCUMENTS_TABLE, CHILD_TABLES = _build_tables()
TABLES: list[Table] = [DOCUMENTS_TABLE, *CHILD_TABLES]
# Every input path and its document's id, as the SQLite corpus's `sources` table keeps
# them (sqlite_db.py adds the columns of its incremental updates there).
SOURCES_TABLE = Table(
    "sources",
    pydantic_model(SourceRow),
    tuple(_columns(pydantic_model(SourceRow))),
    lambda doc: [] if doc.source == STDIN else [SourceRow(source=doc.source, doc_id=doc.id)],
    (),
)
# Every input that could not be parsed and why, as `vap parse` prints it: an analyst
# opening the tables later sees which files are missing (no row of a document gives one).
ERRORS_TABLE = Table(
    "errors", pydantic_model(Failure), tuple(_columns(pydantic_model(Failure))), lambda doc: [], ()
)
# The tables of the file outputs (CSV, Excel, Parquet): one row per document in
# `documents` and in the tables of its lists, whatever the number of its paths.
FILE_TABLES: list[Table] = [*TABLES, SOURCES_TABLE, ERRORS_TABLE]


def model_columns(model: type[BaseModel] | type[Record]) -> tuple[Column, ...]:
    """The columns of a table of `model` records outside Document (e.g. errors)."""
    return tuple(_columns(pydantic_of(model)))


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


class CorpusRows:
    """The rows a corpus of documents gives the file outputs: a document read from
    several paths (the same text: the same id) once, under its first path, as the
    SQLite corpus keeps it, and each path in `sources`."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def of(self, doc: Document) -> dict[str, list[list[Any]]]:
        """Rows of every file table for one document, keyed by table name."""
        rows = {} if doc.id in self.seen else table_rows(doc)
        self.seen.add(doc.id)
        rows[SOURCES_TABLE.name] = [
            [_value(r.model_dump(mode="json"), c) for c in SOURCES_TABLE.columns]
            for r in SOURCES_TABLE.rows(doc)
        ]
        return rows


def failure_row(failure: Failure) -> list[Any]:
    """The row of the `errors` table of one input that could not be parsed."""
    dump = failure.model_dump(mode="json")
    return [_value(dump, c) for c in ERRORS_TABLE.columns]


def column_label(table: Table, column: Column) -> str:
    """The name a column has in every table output: the document's key is `doc_id`
    wherever it appears, and a place's code is its `soate` (`place_soate` when nested)."""
    if table is DOCUMENTS_TABLE and column.path == ("id",):
        return "doc_id"
    if column.path[-1] == "id":
        return "_".join((*column.path[:-1], "soate"))
    return column.name


def header(table: Table) -> list[str]:
    return [*table.keys, *(column_label(table, c) for c in table.columns)]


def table_named(name: str) -> Table:
    for table in FILE_TABLES:
        if table.name == name:
            return table
    names = ", ".join(t.name for t in FILE_TABLES)
    raise ValueError(f"no table {name!r}; the tables are {names}")
