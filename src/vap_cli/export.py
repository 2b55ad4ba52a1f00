"""Stage 7: Documents -> JSON Lines, a JSON array, CSV tables, an SQLite file,
an Excel workbook (export_xlsx.py) or GeoJSON of the places (export_geojson.py).

The tables and their columns are derived from the pydantic models: every
list-of-records field of Document (and of a record nested in it, such as
contacts.mentions) is a child table joined by `doc_id`; nested records are
flattened into `parent_child` columns; other lists are stored as JSON text.

Writers stream: one document at a time, never the corpus in memory. Files are
written under a temporary name and renamed on success, so an interrupted run
never leaves a half-written output.
"""

from __future__ import annotations

import contextlib
import json
import os
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from .csv_style import CsvStyle
from .models import Contacts, Document
from .outfile import AtomicFile, commit_together, json_text, stdout_text

FORMATS = ("jsonl", "json", "csv", "sqlite", "xlsx", "geojson", "parquet")
# Formats written as a folder of one file per table.
FOLDER_FORMATS = ("csv", "parquet")

# The format an output path asks for by its suffix, when --format does not say.
SUFFIX_FORMATS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
    ".db": "sqlite",
    ".xlsx": "xlsx",
    ".geojson": "geojson",
    ".parquet": "parquet",  # a folder: NAME.parquet/TABLE.parquet
}


def format_for(output: str | None, fmt: str | None) -> str:
    """--format if given, else what the suffix of -o says, JSON Lines for a name
    without one; a folder (an existing one, or a path ending in a slash) gets a CSV
    file per table; an unknown suffix is an error rather than a guess."""
    if fmt:
        return fmt
    if not output or output == "-":
        return "jsonl"
    if output.endswith(("/", os.sep)) or Path(output).is_dir():
        return "csv"
    suffix = Path(output).suffix.lower()
    if suffix in SUFFIX_FORMATS:
        return SUFFIX_FORMATS[suffix]
    if not suffix:
        return "jsonl"  # a bare name, as before suffixes chose the format
    raise ValueError(
        f"{output}: cannot tell the format from the suffix {suffix or '(none)'!r}; "
        f"use --format ({', '.join(FORMATS)}) or one of {', '.join(SUFFIX_FORMATS)}"
    )


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
_TABLE_OWNERS: frozenset[type[BaseModel]] = frozenset({Document, Contacts})


def _build_tables() -> tuple[Table, list[Table]]:
    from .event_table import event_rows
    from .models import EventRow

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


def model_columns(model: type[BaseModel]) -> tuple[Column, ...]:
    """The columns of a table of `model` records outside Document (e.g. errors)."""
    return tuple(_columns(model))


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


def column_label(table: Table, column: Column) -> str:
    """The name a column has in every table output: the document's key is `doc_id`
    wherever it appears, and a place's code is its `soate` (`place_soate` when nested)."""
    if table is DOCUMENTS_TABLE and column.path == ("id",):
        return "doc_id"
    if column.path[-1] == "id":
        return "_".join((*column.path[:-1], "soate"))
    return column.name


def header(table: Table) -> list[str]:
    names = [column_label(table, c) for c in table.columns]
    return names if table is DOCUMENTS_TABLE else ["doc_id", "idx", *names]


def table_named(name: str) -> Table:
    for table in TABLES:
        if table.name == name:
            return table
    raise ValueError(f"no table {name!r}; the tables are {', '.join(t.name for t in TABLES)}")


# --------------------------------------------------------------------------- writers


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
        self.out: typing.TextIO = self.file.text if self.file else stdout_text()

    def close(self) -> None:
        if self.file:
            self.file.commit()
        else:
            self.out.flush()

    def abort(self) -> None:
        if self.file:
            self.file.abort()


class JsonlWriter(_TextStream):
    def write(self, doc: Document) -> None:
        self.out.write(json_text(doc) + "\n")


class JsonWriter(_TextStream):
    def __init__(self, dest: Path | None):
        super().__init__(dest)
        self.count = 0

    def write(self, doc: Document) -> None:
        self.out.write("[\n" if self.count == 0 else ",\n")
        self.out.write(json_text(doc, indent=2))
        self.count += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.count == 0 else "\n]\n")
        super().close()


class CsvWriter(Writer):
    """One CSV file per table in the folder `dest`, or one table (`table`) in the
    file `dest` (standard output when None). `style`: delimiter, Excel cells and BOM."""

    def __init__(self, dest: Path | None, style: CsvStyle | None = None, table: str | None = None):
        self.style = style or CsvStyle()
        self.tables = [table_named(table)] if table else TABLES
        if table is None and dest is not None and dest.exists() and not dest.is_dir():
            raise FileExistsError(f"{dest} exists and is not a folder")
        self.files: dict[str, AtomicFile] = {}
        # A folder made for this output goes again when the output is dropped.
        self.made = dest if dest is not None and table is None and not dest.exists() else None
        self.stream: typing.TextIO | None = None
        if dest is None:
            self.stream = stdout_text()
            self.writers = {self.tables[0].name: self.style.writer(self.stream)}
        else:
            try:
                for t in self.tables:
                    self.files[t.name] = AtomicFile(
                        dest if table else dest / f"{t.name}.csv",
                        encoding=self.style.encoding,
                        newline="",
                    )
            except BaseException:
                self.abort()
                raise
            self.writers = {name: self.style.writer(f.text) for name, f in self.files.items()}
        for t in self.tables:
            self.writers[t.name].writerow(header(t))

    def write(self, doc: Document) -> None:
        for name, rows in table_rows(doc).items():
            if name in self.writers:
                self.writers[name].writerows(self.style.row(r) for r in rows)

    def close(self) -> None:
        if self.stream is not None:
            self.stream.flush()
        commit_together(self.files.values())

    def abort(self) -> None:
        for f in self.files.values():
            f.abort()
        if self.made is not None:
            with contextlib.suppress(OSError):
                self.made.rmdir()


def open_writer(
    fmt: str,
    dest: str | None,
    excel: bool = False,
    delimiter: str = ",",
    table: str | None = None,
) -> Writer:
    """The writer for a format. `table`: one table only (a CSV file, or CSV on
    standard output); `excel`, `delimiter`: how CSV is written."""
    path = Path(dest) if dest and dest != "-" else None
    one_file = fmt not in FOLDER_FORMATS or table is not None
    if path is not None and one_file and path.is_dir():
        raise ValueError(f"{dest} is a folder: --format {fmt} writes one file (-o FILE)")
    if path is not None and not one_file and path.exists() and not path.is_dir():
        raise ValueError(f"{dest} is a file: {fmt} of every table is a folder (-o FOLDER/)")
    if path is not None and fmt == "csv" and not one_file and path.suffix.lower() == ".csv":
        names = ", ".join(t.name for t in TABLES)
        raise ValueError(f"{dest}: a CSV file holds one table: add --table ({names})")
    if fmt == "jsonl":
        return JsonlWriter(path)
    if fmt == "json":
        return JsonWriter(path)
    if fmt == "csv" and (path is not None or table is not None):
        return CsvWriter(path, CsvStyle(delimiter, excel), table)
    if path is None:
        raise ValueError(f"--format {fmt} needs an output path (-o)")
    return _file_writer(fmt, path)


def _file_writer(fmt: str, path: Path) -> Writer:
    if fmt == "sqlite":
        from .sqlite_db import SqliteWriter

        return SqliteWriter(path)
    if fmt == "xlsx":
        from .export_xlsx import XlsxWriter

        return XlsxWriter(path)
    if fmt == "geojson":
        from .export_geojson import GeojsonWriter

        return GeojsonWriter(path)
    if fmt == "parquet":
        from .arrow_tables import ParquetWriter

        return ParquetWriter.folder(path)
    raise ValueError(f"unknown format {fmt!r}")
