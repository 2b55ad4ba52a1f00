"""Stage 7: Documents -> JSON Lines, a JSON array, CSV tables (csv_tables.py), an
SQLite file (sqlite_db.py), an Excel workbook (xlsx.py), GeoJSON of the places
(geojson.py) or Parquet (parquet.py); the tables of the tabular formats
are derived from the models in table_schema.py.

This module is what every `vap parse` imports, so it stays light: writing JSON
Lines needs neither pydantic's machinery nor the table definitions, and each other
format's writer is imported only when chosen (start-up of a one-file run).

Writers stream: one document at a time, never the corpus in memory. Files are
written under a temporary name and renamed on success, so an interrupted run
never leaves a half-written output.
"""

from __future__ import annotations

import os
import typing
from pathlib import Path
from typing import TYPE_CHECKING

from .outfile import AtomicFile, json_text, stdout_text

if TYPE_CHECKING:
    from ..models import Document, Failure

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


def names_a_folder(output: str | None) -> bool:
    """Whether an output path ends in a slash: a folder asked for, whether it exists
    or not (Path drops the slash, so a file of that name would be written)."""
    return output is not None and output.endswith(("/", os.sep))


def format_for(output: str | None, fmt: str | None) -> str:
    """--format if given, else what the suffix of -o says, JSON Lines for a name
    without one; a folder (an existing one, or a path ending in a slash) without a
    format's suffix gets a CSV file per table. The suffix decides before the folder
    (a second run's `-o out.parquet` finds the folder the first one made), and a
    folder named for a one-file format (`out.json/`) or an unknown suffix is an
    error rather than a guess."""
    if fmt:
        return fmt
    if not output or output == "-":
        return "jsonl"
    suffix = Path(output).suffix.lower()
    named = SUFFIX_FORMATS.get(suffix)
    if names_a_folder(output) or Path(output).is_dir():
        if named is None or named in FOLDER_FORMATS:
            return named or "csv"
        raise ValueError(
            f"{output} names a folder, but its suffix {suffix} asks for one {named} file: "
            f"name a file for {named}, or a folder without the suffix (-o DIR/) for CSV tables"
        )
    if named is not None:
        return named
    if not suffix:
        return "jsonl"  # a bare name, as before suffixes chose the format
    raise ValueError(
        f"{output}: cannot tell the format from the suffix {suffix or '(none)'!r}; "
        f"use --format ({', '.join(FORMATS)}) or one of {', '.join(SUFFIX_FORMATS)}"
    )


class Writer:
    # Whether the writer stores each document's text (the SQLite corpus): `vap parse`
    # then keeps the text it read for write_parsed, and no file is read twice.
    keeps_text = False

    def write(self, doc: Document) -> None:
        raise NotImplementedError

    def write_parsed(self, doc: Document, text: str | None, sha256: str | None) -> None:
        """A document `vap parse` read and parsed: `text`, the text read (when the
        writer keeps_text), and `sha256`, the digest of the bytes read (None for
        standard input). Only the SQLite writers store them."""
        self.write(doc)

    def left_out(self, doc: Document) -> None:
        """A document parsed but not written: outside --since/--until."""

    def failed(self, failure: Failure) -> None:
        """An input that could not be parsed: the table outputs keep it in `errors`
        (a stream of records has no place for it: its line on standard error says it)."""

    def failed_read(self, failure: Failure, sha256: str | None) -> None:
        """An input `vap parse` could not parse, with the digest of the bytes it read
        (None when it read none: missing, too large). Only the SQLite writers store it."""
        self.failed(failure)

    def close(self) -> None:
        """Finish the output; only now does it appear under its real name."""

    def notes(self) -> list[str]:
        """What the output could not hold as the records say it (the workbook's texts
        cut to Excel's cell limit), one line each, printed at the end of the run."""
        return []

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
    if path is not None and one_file and (path.is_dir() or names_a_folder(dest)):
        folder = "is a folder" if path.is_dir() else "names a folder"
        raise ValueError(f"{dest} {folder}: --format {fmt} writes one file (-o FILE)")
    if path is not None and not one_file and path.exists() and not path.is_dir():
        raise ValueError(f"{dest} is a file: {fmt} of every table is a folder (-o FOLDER/)")
    if path is not None and fmt == "csv" and not one_file and path.suffix.lower() == ".csv":
        from .table_schema import FILE_TABLES

        names = ", ".join(t.name for t in FILE_TABLES)
        raise ValueError(
            f"{dest}: a CSV file holds one table: add --table ({names}), "
            f"or write every table into a folder: -o {path.with_suffix('')}/"
        )
    if fmt == "jsonl":
        return JsonlWriter(path)
    if fmt == "json":
        return JsonWriter(path)
    if fmt == "csv" and (path is not None or table is not None):
        from .csv_style import CsvStyle
        from .csv_tables import CsvWriter

        return CsvWriter(path, CsvStyle(delimiter, excel), table)
    if path is None:
        raise ValueError(f"--format {fmt} needs an output path (-o)")
    return _file_writer(fmt, path)


def _file_writer(fmt: str, path: Path) -> Writer:
    if fmt == "sqlite":
        from .sqlite_db import SqliteWriter

        return SqliteWriter(path)
    if fmt == "xlsx":
        from .xlsx import XlsxWriter

        return XlsxWriter(path)
    if fmt == "geojson":
        from .geojson import GeojsonWriter

        return GeojsonWriter(path)
    if fmt == "parquet":
        from .parquet import ParquetWriter

        return ParquetWriter.folder(path)
    raise ValueError(f"unknown format {fmt!r}")
