"""Counts in tables: the people column of each table, its total row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ... import rx
from ...context import Context
from ...models import Status
from ...numbers import read_digits
from ...segment_tables import Cell
from ...tokens import TokenStream
from . import rules
from .phrase import Found
from .vetoes import UNIT_NOUNS
from .words import LEX, who_at

_TABLE_STEMS = tuple(w.casefold() for w in LEX["table"]["participation_stems"])
_TABLE_TOTAL_ROWS = tuple(w.casefold() for w in LEX["table"]["total_rows"])
_CELL_COUNT = rx.compile(r"\d{1,3}(?:[ \u00a0]\d{3}){1,3}|\d{1,7}")


@dataclass
class TableCount:
    """A count in a table cell, with its row's range (for the row's place)."""

    found: Found
    row_start: int
    total: bool


def _participant_column(
    header: Sequence[Cell], stream: TokenStream
) -> tuple[int, str, Status] | None:
    """The column of a table that counts people ("Катышкан тургундар", "Участники"):
    its index, who it counts (the last who-noun of its name) and the status it says.
    The names' tokens are the segment stage's (`stream`)."""
    for index, cell in enumerate(header):
        tokens = stream.between(cell.start, cell.end)
        nouns = [m for k in range(len(tokens)) if (m := who_at(tokens, k)) is not None]
        says_taking_part = any(t.low.startswith(_TABLE_STEMS) for t in tokens)
        if nouns and (says_taking_part or nouns[-1].entry.lemma not in UNIT_NOUNS):
            return index, nouns[-1].entry.lemma, "actual" if says_taking_part else "unknown"
    return None


def table_counts(ctx: Context) -> list[TableCount]:
    """Counts in the people column of each table; a "Бардыгы"/"Итого" row is the total."""
    out: list[TableCount] = []
    for table in ctx.segments.tables:
        column = _participant_column(table.header, ctx.segments.tokens) if table.header else None
        if column is None:
            continue
        index, who, status = column
        for record in table.records:
            cell = record.get(index)
            if cell is None or not _CELL_COUNT.fullmatch(cell.text):
                continue
            first = record.cells[0].text.casefold() if record.cells else ""
            is_total = any(c.text.casefold().startswith(_TABLE_TOTAL_ROWS) for c in record.cells)
            count = read_digits(cell.text)
            found = Found(count, "exact", who, status, cell.start, cell.end, rules.TABLE_COLUMN)
            out.append(TableCount(found, record.start, is_total or not first))
    return out
