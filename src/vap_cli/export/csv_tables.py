"""CSV output: one file per table in a folder, or one table in a file or on
standard output (table_schema.py says which tables and columns; a document read from
several paths is written once, its paths in `sources`)."""

from __future__ import annotations

import contextlib
import typing
from pathlib import Path

from ..models import Document, Failure
from . import Writer
from .csv_style import CsvStyle
from .outfile import AtomicFile, commit_together, stdout_text
from .table_schema import ERRORS_TABLE, FILE_TABLES, CorpusRows, failure_row, header, table_named


class CsvWriter(Writer):
    """One CSV file per table in the folder `dest`, or one table (`table`) in the
    file `dest` (standard output when None). `style`: delimiter, Excel cells and BOM."""

    def __init__(self, dest: Path | None, style: CsvStyle | None = None, table: str | None = None):
        self.style = style or CsvStyle()
        self.tables = [table_named(table)] if table else FILE_TABLES
        self.rows = CorpusRows()
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
        for name, rows in self.rows.of(doc).items():
            if name in self.writers:
                self.writers[name].writerows(self.style.row(r) for r in rows)

    def failed(self, failure: Failure) -> None:
        if ERRORS_TABLE.name in self.writers:
            self.writers[ERRORS_TABLE.name].writerow(self.style.row(failure_row(failure)))

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
