"""Parquet tables: the tables of the CSV/SQLite export (table_schema.TABLES, derived
from the models) with a pyarrow schema derived from their columns, so a field
added to a model appears in the Parquet files with no change here.

Column types follow the SQL types table_schema.py derives: INTEGER -> int64 (bool
for a bool field), REAL -> float64, TEXT and JSON text -> string. Child tables start with
`doc_id` and `idx`, as in CSV and SQLite. The `errors` table (models.Failure)
holds the documents that could not be parsed, when a writer is asked for it.

Needs pyarrow (`pip install 'vap-cli[dask]'`); imported only by what writes Parquet.
"""

from __future__ import annotations

import typing
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from ..models import Document, Failure
from . import Writer
from .outfile import AtomicFile, sqlite_text
from .table_schema import (
    ERRORS_TABLE,
    FILE_TABLES,
    TABLES,
    Column,
    CorpusRows,
    Table,
    column_label,
    failure_row,
    table_rows,
)
from .table_schema import unwrap_optional_type as unwrap_optional

ARROW_TYPES = {"INTEGER": pa.int64(), "REAL": pa.float64(), "TEXT": pa.string()}
# Documents per row group: bounds a writer's memory, whatever the number of documents.
GROUP_DOCUMENTS = 1000


def arrow_type(model: type[BaseModel], column: Column) -> pa.DataType:
    if column.is_json:
        return pa.string()
    if column.sql_type == "INTEGER" and _field_type(model, column.path) is bool:
        return pa.bool_()  # SQL has no booleans; Parquet does
    return ARROW_TYPES[column.sql_type]


def _field_type(model: type[BaseModel], path: tuple[str, ...]) -> Any:
    """The annotation of the field at `path` (through nested records), X | None -> X."""
    annotation: Any = model
    for name in path:
        annotation = unwrap_optional(typing.get_type_hints(annotation)[name])
    return annotation


@cache
def table_schema(table: Table) -> pa.Schema:
    """The Parquet schema of one table: its header, typed from its columns."""
    key_types = {"doc_id": pa.string(), "idx": pa.int64()}
    fields = [pa.field(name, key_types[name], nullable=False) for name in table.keys]
    # The names every output gives the columns (tables.column_label: doc_id, soate).
    fields += [pa.field(column_label(table, c), arrow_type(table.model, c)) for c in table.columns]
    return pa.schema(fields, metadata={"vap.table": table.name, "vap.model": table.model.__name__})


def to_arrow(table: Table, rows: list[list[Any]]) -> pa.Table:
    schema = table_schema(table)
    if not rows:
        return schema.empty_table()
    columns = list(zip(*rows, strict=True))
    # a file name's undecodable bytes as \udcXX, as in CSV and SQLite (arrow takes UTF-8 only)
    arrays = [
        pa.array([sqlite_text(v) for v in values], type=f.type)
        for values, f in zip(columns, schema, strict=True)
    ]
    return pa.Table.from_arrays(arrays, schema=schema)


class ParquetWriter(Writer):
    """Documents -> one Parquet file per table (paths: table name -> file).
    Streams: rows are flushed as a row group every GROUP_DOCUMENTS documents.
    Files appear under their real names only on close()."""

    def __init__(self, paths: dict[str, Path], corpus: bool = False):
        """`corpus`: the tables of one corpus, each document once and its paths in
        `sources` (CorpusRows); else (a Dask partition) a row per file read."""
        self.tables = [t for t in FILE_TABLES if t.name in paths]
        self.corpus_rows = CorpusRows() if corpus else None
        self.files = {
            t.name: AtomicFile(paths[t.name], mode="wb", encoding=None) for t in self.tables
        }
        self.writers = {
            t.name: pq.ParquetWriter(self.files[t.name].fh, table_schema(t)) for t in self.tables
        }
        self.pending: dict[str, list[list[Any]]] = {t.name: [] for t in self.tables}
        self.buffered = 0

    @classmethod
    def folder(cls, out_dir: str | Path) -> ParquetWriter:
        """out_dir/<table>.parquet for every table, errors.parquet included."""
        names = [t.name for t in FILE_TABLES]
        return cls({name: Path(out_dir) / f"{name}.parquet" for name in names}, corpus=True)

    @classmethod
    def partition(cls, out_dir: str | Path, part: str) -> ParquetWriter:
        """out_dir/<table>/<part>.parquet, errors included: each table folder is a
        dataset that pandas, polars and pyarrow read whole."""
        names = [t.name for t in (*TABLES, ERRORS_TABLE)]
        return cls({name: Path(out_dir) / name / f"{part}.parquet" for name in names})

    def write(self, doc: Document) -> None:
        rows_of = self.corpus_rows.of if self.corpus_rows is not None else table_rows
        for name, rows in rows_of(doc).items():
            if name in self.pending:
                self.pending[name].extend(rows)
        self._count()

    def failed(self, failure: Failure) -> None:
        if ERRORS_TABLE.name in self.pending:
            self.pending[ERRORS_TABLE.name].append(failure_row(failure))
        self._count()

    def _count(self) -> None:
        self.buffered += 1
        if self.buffered >= GROUP_DOCUMENTS:
            self._flush()

    def _flush(self) -> None:
        for table in self.tables:
            rows = self.pending[table.name]
            if rows:
                self.writers[table.name].write_table(to_arrow(table, rows))
                rows.clear()
        self.buffered = 0

    def close(self) -> None:
        self._flush()
        for table in self.tables:
            self.writers[table.name].close()
            self.files[table.name].commit()

    def abort(self) -> None:
        for table in self.tables:
            self.writers[table.name].close()
            self.files[table.name].abort()


def write_parquet(documents: Iterable[Document], out_dir: str | Path) -> list[Path]:
    """Write out_dir/<table>.parquet for every table; returns the files written."""
    writer = ParquetWriter.folder(out_dir)
    try:
        for doc in documents:
            writer.write(doc)
    except BaseException:
        writer.abort()
        raise
    writer.close()
    return [f.dest for f in writer.files.values()]
