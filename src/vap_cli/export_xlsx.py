"""An Excel workbook (.xlsx) of the tables of tables.py, one sheet per table,
written by openpyxl in write-only mode (rows stream to disk). Cells keep their
types: counts and offsets are numbers, codes and phones are text, so Excel never
shows 4.17E+13 or drops a leading zero."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .export import Writer
from .models import Document
from .outfile import AtomicFile
from .tables import FILE_TABLES, CorpusRows, header

# Excel's limit on the characters of one cell.
MAX_CELL_TEXT = 32767


class XlsxWriter(Writer):
    def __init__(self, dest: Path):
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        self.file = AtomicFile(dest, mode="wb", encoding=None)
        self.book = Workbook(write_only=True)
        self.sheets = {}
        self.rows = CorpusRows()
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

    def write(self, doc: Document) -> None:
        for name, rows in self.rows.of(doc).items():
            sheet = self.sheets[name]
            for row in rows:
                sheet.append([_cell(v) for v in row])

    def close(self) -> None:
        try:
            self.book.save(self.file.fh)
        except BaseException:
            self.file.abort()
            raise
        self.file.commit()

    def abort(self) -> None:
        self.file.abort()


def _column_letter(number: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(number)


def _cell(value: Any) -> Any:
    """Text without the control characters XML cannot hold, cut to Excel's limit."""
    if not isinstance(value, str):
        return value
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return value if len(value) <= MAX_CELL_TEXT else value[: MAX_CELL_TEXT - 1] + "…"
