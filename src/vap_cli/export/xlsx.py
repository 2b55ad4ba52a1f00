"""An Excel workbook (.xlsx) of the tables of table_schema.py, one sheet per table,
written by openpyxl in write-only mode (rows stream to disk). Cells keep their
types: counts and offsets are numbers, codes and phones are text, so Excel never
shows 4.17E+13 or drops a leading zero. The file carries no clock (every part and the
workbook's created and modified dates are the zip format's first day), so the same input gives the same
workbook byte for byte, as it gives the same JSON or CSV."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import zipfile
from pathlib import Path
from typing import Any

from ..models import Document, Failure
from ..wording import count
from . import Writer
from .outfile import AtomicFile, sqlite_text
from .table_schema import ERRORS_TABLE, FILE_TABLES, CorpusRows, failure_row, header

# Excel's limit on the characters of one cell.
MAX_CELL_TEXT = 32767
# The date of every part of the workbook: the zip format's first day, not the clock.
PART_DATE = (1980, 1, 1, 0, 0, 0)
# The Unix mode of every part (a regular file read and written by its owner), as
# zipfile gives the parts openpyxl writes from memory.
PART_MODE = 0o600 << 16


class XlsxWriter(Writer):
    def __init__(self, dest: Path):
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        self.file = AtomicFile(dest, mode="wb", encoding=None)
        self.book = Workbook(write_only=True)
        self.sheets = {}
        self.headers: dict[str, list[str]] = {}
        self.rows = CorpusRows()
        # texts cut to Excel's limit: how many, and the sheet and column of each kind
        self.cut = 0
        self.cut_columns: dict[str, None] = {}
        for table in FILE_TABLES:
            sheet = self.book.create_sheet(title=table.name[:31])
            sheet.freeze_panes = "A2"
            names = header(table)
            for number, name in enumerate(names, start=1):
                sheet.column_dimensions[_column_letter(number)].width = max(10, len(name) + 2)
            bold = []
            for name in names:
                cell = WriteOnlyCell(sheet, value=name)
                cell.font = Font(bold=True)
                bold.append(cell)
            sheet.append(bold)
            self.sheets[table.name] = sheet
            self.headers[table.name] = names

    def write(self, doc: Document) -> None:
        for name, rows in self.rows.of(doc).items():
            sheet = self.sheets[name]
            for row in rows:
                cells = [_cell(v) for v in row]
                sheet.append(cells)
                for column, (value, cell) in enumerate(zip(row, cells, strict=True)):
                    if isinstance(value, str) and len(value) > MAX_CELL_TEXT:
                        self._was_cut(name, column, cell)

    def _was_cut(self, table: str, column: int, cell: str) -> None:
        if len(cell) == MAX_CELL_TEXT and cell.endswith("…"):
            self.cut += 1
            self.cut_columns[f"{table}.{self.headers[table][column]}"] = None

    def notes(self) -> list[str]:
        """What the workbook does not hold as the records do, for the run's last lines."""
        if not self.cut:
            return []
        where = ", ".join(self.cut_columns)
        return [
            f"{count(self.cut, 'text')} over Excel's {MAX_CELL_TEXT:,} characters a cell"
            f" holds cut to fit ({where}); CSV, JSON and SQLite keep them whole"
        ]

    def failed(self, failure: Failure) -> None:
        self.sheets[ERRORS_TABLE.name].append([_cell(v) for v in failure_row(failure)])

    def close(self) -> None:
        from openpyxl.writer.excel import ExcelWriter

        # Workbook.save would date the file with the clock: ours has the parts' date.
        self.book.properties.created = self.book.properties.modified = dt.datetime(*PART_DATE)
        try:
            archive = _UndatedZip(self.file.fh, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
            ExcelWriter(self.book, archive).save()
        except BaseException:
            self.file.abort()
            raise
        self.file.commit()

    def abort(self) -> None:
        self.file.abort()


class _UndatedZip(zipfile.ZipFile):
    """A zip whose parts all have PART_DATE and PART_MODE, whether openpyxl writes
    them from memory (writestr) or from a worksheet's temporary file (write)."""

    def _part(self, name: str, size: int = 0) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=PART_DATE)
        info.compress_type = self.compression
        info.external_attr = PART_MODE
        info.file_size = size  # sizes over 2 GB get the zip64 fields they need
        return info

    def writestr(  # type: ignore[override]
        self, zinfo_or_arcname: str | zipfile.ZipInfo, data: bytes | str, *args: Any
    ) -> None:
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = self._part(zinfo_or_arcname)
        super().writestr(zinfo_or_arcname, data, *args)

    def write(self, filename: Any, arcname: Any = None, *args: Any) -> None:  # type: ignore[override]
        part = self._part(str(arcname or filename), os.path.getsize(filename))
        with open(filename, "rb") as source, self.open(part, "w") as target:
            shutil.copyfileobj(source, target)


def _column_letter(number: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(number)


def _cell(value: Any) -> Any:
    """Text without the control characters XML cannot hold, a file name's undecodable
    bytes as \\udcXX (as in CSV and SQLite), cut to Excel's limit."""
    if not isinstance(value, str):
        return value
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = ILLEGAL_CHARACTERS_RE.sub("", str(sqlite_text(value)))
    return value if len(value) <= MAX_CELL_TEXT else value[: MAX_CELL_TEXT - 1] + "…"
