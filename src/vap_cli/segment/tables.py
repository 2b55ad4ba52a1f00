"""Tables inside plain text: schedules and lists laid out in columns.

Four layouts are recognised, all as runs of lines of the normalised text:
- "tab": cells separated by tabs ("24.10.17<TAB>Ат-Башы<TAB>РМА жыйындар залы");
- "pipe": cells between "|" ("| 24.10.17 | Ат-Башы |"), ruler lines ("|---|") skipped;
- "aligned": cells separated by two or more spaces, columns starting at the same place,
  or, under a header row, each cell inside one of the header's columns (numbers
  right-aligned under their column's name, a total row with its first cell empty);
- "word": what Word writes when it saves a table as text: one cell per line,
  each line starting with a tab, rows separated by blank lines, an empty cell
  a lone tab.

A header row (no digits) names the columns. When it repeats itself ("Күнү,
Району, Жайы, Күнү, Району, Жайы") the table holds side-by-side column groups;
a row right after it with one label per group ("Нарын облусу", "Ош облусу")
names them. Each data row is then split into one TableRecord per group, with
its group label, so an extractor reads "date, district, venue under oblast X".
All offsets are into the normalised text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal, Protocol

import regex

from .. import rx
from ..plain import Fields

Layout = Literal["tab", "pipe", "aligned", "word"]

_DIGIT = rx.compile(r"\d")
_PIPE_RULER = rx.compile(r"[\s|:+=-]{1,400}")
_ALIGNED_GAP = rx.compile(r" {2,400}")
_PIPE = rx.compile(r"\|")
_TAB = rx.compile(r"\t")
MAX_CELL = 80  # longer "cells" are prose, not a table
MAX_ROW = 600  # a longer line is not a table row
ALIGN_TOLERANCE = 2  # columns of an aligned table start within this many characters


class LineLike(Protocol):
    # Read-only: the segment stage's lines are frozen.
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


class Cell(Fields):
    __slots__ = ("start", "end", "text")
    start: int
    end: int
    text: str  # stripped; "" for an empty cell (start == end)

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text


class TableRecord(Fields):
    """One row of one column group: its cells aligned with Table.header."""

    __slots__ = ("start", "end", "cells", "group")

    start: int
    end: int
    cells: list[Cell]
    group: Cell | None
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(self, start: int, end: int, cells: list[Cell], group: Cell | None = None) -> None:
        self.start = start
        self.end = end
        self.cells = cells
        self.group = group

    def get(self, column: int) -> Cell | None:
        return self.cells[column] if column < len(self.cells) else None


class Table(Fields):
    __slots__ = ("start", "end", "layout", "rows", "header", "groups", "records")
    start: int
    end: int
    layout: Layout
    rows: list[list[Cell]]  # every row as laid out, header rows included
    header: list[Cell]  # column names of one group
    groups: list[Cell]  # labels of side-by-side groups
    records: list[TableRecord]
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(
        self,
        start: int,
        end: int,
        layout: Layout,
        rows: list[list[Cell]],
        header: list[Cell] | None = None,
        groups: list[Cell] | None = None,
        records: list[TableRecord] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.layout = layout
        self.rows = rows
        self.header = [] if header is None else header
        self.groups = [] if groups is None else groups
        self.records = [] if records is None else records

    def column(self, names: Sequence[str]) -> int | None:
        """Index of the first header column whose name starts with one of `names` (stems)."""
        folded = tuple(n.casefold() for n in names)
        for i, cell in enumerate(self.header):
            if cell.text.casefold().startswith(folded):
                return i
        return None


# --------------------------------------------------------------------- cells


def _cell(line: LineLike, start: int, end: int) -> Cell:
    """The stripped cell text[start:end] of a line (offsets within the line)."""
    raw = line.text[start:end]
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    begin = line.start + start + lead
    return Cell(begin, begin + len(text), text)


def _split(line: LineLike, separator: regex.Pattern[str]) -> list[Cell]:
    cells: list[Cell] = []
    pos = 0
    for m in separator.finditer(line.text, None, None, False, rx.NOT_CONCURRENT):
        cells.append(_cell(line, pos, m.start()))
        pos = m.end()
    cells.append(_cell(line, pos, len(line.text)))
    return cells


def _blank(line: LineLike) -> bool:
    return not line.text.strip(" \t\r\f\v")


def _empty(line: LineLike) -> bool:
    """A blank line that is not an empty cell (a lone tab) of the Word layout."""
    return not line.text.strip() and not line.text.startswith("\t")


def _is_cellish(cells: list[Cell]) -> bool:
    return len(cells) >= 2 and all(len(c.text) <= MAX_CELL for c in cells)


# --------------------------------------------------------------------- layouts


def _word(lines: Sequence[LineLike], i: int) -> tuple[list[list[Cell]], int]:
    """Rows of one-cell-per-line blocks starting with a tab; blank lines end a row."""
    rows: list[list[Cell]] = []
    row: list[Cell] = []
    j = i
    while j < len(lines):
        line = lines[j]
        if line.text.startswith("\t") and "\t" not in line.text[1:]:
            row.append(_cell(line, 1, len(line.text)))
        elif _empty(line):
            if row:
                rows.append(row)
                row = []
            # Two blank lines in a row end the table.
            if j + 1 < len(lines) and _empty(lines[j + 1]):
                j += 1
                break
        else:
            break
        j += 1
    if row:
        rows.append(row)
    return rows, j


def _delimited(
    separator: regex.Pattern[str], accept: Callable[[LineLike], bool]
) -> Callable[[Sequence[LineLike], int], tuple[list[list[Cell]], int]]:
    def rows_from(lines: Sequence[LineLike], i: int) -> tuple[list[list[Cell]], int]:
        rows: list[list[Cell]] = []
        j = i
        while j < len(lines) and accept(lines[j]):
            if not _PIPE_RULER.fullmatch(lines[j].text) or separator is not _PIPE:
                cells = _split(lines[j], separator)
                if separator is _PIPE:
                    # "| a | b |": the outer pipes leave empty edge cells.
                    if cells and not cells[0].text and lines[j].text.lstrip().startswith("|"):
                        cells = cells[1:]
                    if cells and not cells[-1].text and lines[j].text.rstrip().endswith("|"):
                        cells = cells[:-1]
                else:
                    # An indented row leaves an empty first cell (a tab-separated row
                    # keeps it: "\t\t\t16.11.17" has three empty cells before its date,
                    # unless the whole table is indented; see below).
                    if cells and not cells[0].text and separator is _ALIGNED_GAP:
                        cells = cells[1:]
                    if cells and not cells[-1].text and separator is _ALIGNED_GAP:
                        cells = cells[:-1]
                rows.append(cells)
            j += 1
        if separator is _TAB and rows and all(lines[k].text.startswith("\t") for k in range(i, j)):
            rows = [row[1:] for row in rows]  # every row indented by one tab
        return rows, j

    return rows_from


def _is_tab_row(line: LineLike) -> bool:
    return len(line.text) <= MAX_ROW and "\t" in line.text.strip()


def _is_pipe_row(line: LineLike) -> bool:
    if len(line.text) > MAX_ROW:
        return False
    return line.text.count("|") >= 2 or (
        "|" in line.text.strip()[1:-1] and line.text.strip().startswith("|")
    )


def _is_aligned_row(line: LineLike) -> bool:
    return (
        len(line.text) <= MAX_ROW
        and "\t" not in line.text
        and bool(_ALIGNED_GAP.search(line.text.strip(), None, None, rx.NOT_CONCURRENT))
    )


_tab = _delimited(_TAB, _is_tab_row)
_pipe = _delimited(_PIPE, _is_pipe_row)
_aligned_rows = _delimited(_ALIGNED_GAP, _is_aligned_row)


def _under_header(row: list[Cell], line: LineLike, columns: list[int]) -> list[Cell] | None:
    """A row laid out under a header's columns, an empty cell where it leaves one blank:
    each cell starts inside one column (from its name's start, less the tolerance, to the
    next name's), one cell a column. Numbers stand right-aligned under their column's name
    and a total row leaves the row-number column empty ("    Бардыгы     44     20"). None
    when a cell runs into the next column or two share one."""
    placed: list[Cell | None] = [None] * len(columns)
    for n, cell in enumerate(row):
        at = cell.start - line.start
        k = max((n for n, c in enumerate(columns) if c <= at + ALIGN_TOLERANCE), default=None)
        if k is None or placed[k] is not None:
            return None
        if k + 1 < len(columns) and cell.end - line.start > columns[k + 1]:
            if not _overflow_beside(row, n, line, columns[k + 1 : k + 3]):
                return None
        placed[k] = cell
    return [
        c if c is not None else Cell(line.start + columns[k], line.start + columns[k], "")
        for k, c in enumerate(placed)
    ]


def _overflow_beside(row: list[Cell], n: int, line: LineLike, columns: list[int]) -> bool:
    """Cell n runs a little (ALIGN_TOLERANCE) under the next column's name ("30.01-01.02.2025" under
    "Даты" beside "Участники"), and the row's next cell stands in that column (`columns`:
    its start, and the start of the one after it, if any): the wide cell is still one
    cell, and the next column is not left without its own."""
    if n + 1 >= len(row) or row[n].end - line.start > columns[0] + ALIGN_TOLERANCE:
        return False  # more than a little under the next name: a cell over two columns
    nxt = row[n + 1].start - line.start
    if len(columns) > 1 and nxt > columns[1] - ALIGN_TOLERANCE:
        return False  # the next cell stands a column further: the wide cell covers one
    return nxt >= columns[0] - ALIGN_TOLERANCE


def _aligned(lines: Sequence[LineLike], i: int) -> tuple[list[list[Cell]], int]:
    """Rows of space-aligned columns: same number of cells, columns starting together;
    under a header row, a row whose cells each fall in one of its columns (_under_header)."""
    rows, j = _aligned_rows(lines, i)
    if not rows:
        return rows, j
    width = len(rows[0])
    columns = [c.start - lines[i].start for c in rows[0]]
    headed = _is_label_row(rows[0]) and width >= 2
    kept: list[list[Cell]] = []
    for k, row in enumerate(rows):
        starts = [c.start - lines[i + k].start for c in row]
        if len(row) != width or any(
            abs(a - b) > ALIGN_TOLERANCE for a, b in zip(starts, columns, strict=True)
        ):
            placed = _under_header(row, lines[i + k], columns) if headed and k else None
            if placed is None:
                return kept, i + len(kept)
            row = placed
        kept.append(row)
    return kept, j


class _TextLine(Fields):
    """A line given by its text alone (`aligned_pair`), at its place in a text of two."""

    __slots__ = ("start", "end", "text")
    start: int
    end: int
    text: str

    def __init__(self, start: int, text: str) -> None:
        self.start = start
        self.end = start + len(text)
        self.text = text


def aligned_pair(first: str, second: str) -> bool:
    """Two lines, one under the other, are rows of one table laid out in aligned columns
    as `find_tables` reads them (`_aligned`, `_plausible`): the persons extractor asks it
    of the two lines around a line break, a name going on over none (persons/words.py
    `_table_row_break`), so both stages read a table's rows by one rule."""
    lines = [_TextLine(0, first), _TextLine(len(first) + 1, second)]
    rows, _ = _aligned(lines, 0)
    return len(rows) == len(lines) and _plausible(rows)


_LAYOUTS: list[tuple[Layout, Callable[[Sequence[LineLike], int], tuple[list[list[Cell]], int]]]] = [
    ("word", _word),
    ("pipe", _pipe),
    ("tab", _tab),
    ("aligned", _aligned),
]


def _plausible(rows: list[list[Cell]]) -> bool:
    wide = [r for r in rows if _is_cellish(r)]
    return len(wide) >= 2 and all(len(c.text) <= MAX_CELL for r in rows for c in r)


# --------------------------------------------------------------------- structure


def _is_label_row(row: list[Cell]) -> bool:
    filled = [c for c in row if c.text]
    return bool(filled) and not any(
        _DIGIT.search(c.text, None, None, rx.NOT_CONCURRENT) for c in filled
    )


def _period(header: list[Cell]) -> int:
    """Length of the shortest block the header repeats (its group width)."""
    names = [c.text.casefold() for c in header]
    n = len(names)
    for p in range(1, n):
        if n % p == 0 and names == names[:p] * (n // p):
            return p
    return n


def structure(layout: Layout, rows: list[list[Cell]]) -> Table:
    table = Table(
        start=rows[0][0].start if rows[0] else 0,
        # the last written cell's end: a blank cell under a header's column stands where
        # the column starts, which may lie past its short line and the text's end
        end=max(
            (c.end for r in rows for c in r if c.text), default=rows[0][0].start if rows[0] else 0
        ),
        layout=layout,
        rows=rows,
    )
    body = rows
    if _is_label_row(rows[0]) and all(c.text for c in rows[0]) and len(rows[0]) >= 2:
        header = rows[0]
        width = _period(header)
        table.header = header[:width]
        body = rows[1:]
        groups = len(header) // width
        if groups > 1 and body and _is_label_row(body[0]):
            labels = [c for c in body[0] if c.text]
            if len(labels) == groups:
                table.groups = labels
                body = body[1:]
    width = len(table.header) or max(len(r) for r in rows)
    for row in body:
        for g in range(max(1, (len(row) + width - 1) // width)):
            cells = row[g * width : (g + 1) * width]
            if not any(c.text for c in cells):
                continue
            filled = [c for c in cells if c.text]
            group = table.groups[g] if g < len(table.groups) else None
            table.records.append(TableRecord(filled[0].start, filled[-1].end, list(cells), group))
    return table


def find_tables(lines: Sequence[LineLike]) -> list[Table]:
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        text = lines[i].text
        # Cheap test first: a table row has a tab, a pipe or a wide gap.
        if not ("\t" in text or "|" in text or "  " in text) or (
            _blank(lines[i]) and not text.startswith("\t")
        ):
            i += 1
            continue
        # A run of lines that fails as a table is skipped whole: its tails would
        # fail too, and rescanning them would make the search quadratic.
        skip = i + 1
        for layout, rows_from in _LAYOUTS:
            rows, j = rows_from(lines, i)
            if j > i and _plausible(rows):
                tables.append(structure(layout, rows))
                skip = j
                break
            skip = max(skip, j)
        i = skip
    return tables
