"""The durations a series' announcements lend the rows of its table (events.extract).

In prose order, each announcement gives its duration to each row it covers that has
none yet (row = row or days): an undated one covers all the rows of its kind, a
dated range the rows that start and end inside it. A row ends up with its own
duration, else the first lent one with days, else the last lent one (with none).

Settled once, not row by row per announcement: a long document announces its
series many times, over tables of many rows (quadratic). Most rows are one day
long (they end where they start): every range that reaches such a row's start
covers it, so the rows each range covers are a run of them, painted once
(`_Runs`); the few longer rows are checked one by one.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from ...models import Event

_NONE = -1  # no announcement


class Lending:
    """The announcements over one kind's table rows (sorted by start)."""

    def __init__(self, rows: list[Event]) -> None:
        self.rows = rows
        self._starts = [row.start or "" for row in rows]
        # A one-day row: any range that reaches its start covers it.
        self._short = [_one_day(row) for row in rows]
        self._short_before = [0]
        for short in self._short:
            self._short_before.append(self._short_before[-1] + short)
        self._long = [k for k, row in enumerate(rows) if row.end and not self._short[k]]
        # The orders of the first announcement with days and of the last of all: by
        # long row (the short rows' come from the ranges when settled), and for all.
        self._first = dict.fromkeys(self._long, _NONE)
        self._last = dict.fromkeys(self._long, _NONE)
        self._first_all = self._last_all = _NONE
        self._ranges: list[tuple[int, int, int, bool]] = []  # order, first, last, days?

    def lend_all(self, order: int, days: int | None) -> None:
        """An undated announcement of the series: all its rows."""
        if days and self._first_all == _NONE:
            self._first_all = order
        self._last_all = order

    def lend_range(self, order: int, event: Event) -> bool:
        """A dated announcement: the rows inside its range; whether it covers any."""
        end = event.end or ""
        first = bisect_left(self._starts, event.start or "")
        last = bisect_right(self._starts, end)
        covered = self._short_before[last] > self._short_before[first]
        if covered:
            self._ranges.append((order, first, last, bool(event.duration_days)))
        for k in self._long[bisect_left(self._long, first) : bisect_left(self._long, last)]:
            row_end = self.rows[k].end
            if row_end and row_end <= end:
                if event.duration_days and self._first[k] == _NONE:
                    self._first[k] = order
                self._last[k] = order
                covered = True
        return covered

    def settle(self, announcements: list[Event]) -> None:
        """Each row's duration: its own, else the first lent with days, else the last lent."""
        first = _Runs(self._short).paint(
            (order, a, b) for order, a, b, days in self._ranges if days
        )
        last = _Runs(self._short).paint((order, a, b) for order, a, b, _ in reversed(self._ranges))
        first.update({k: o for k, o in self._first.items() if o != _NONE})
        last.update({k: o for k, o in self._last.items() if o != _NONE})
        for k, row in enumerate(self.rows):
            if row.duration_days:
                continue
            firsts = [o for o in (first.get(k, _NONE), self._first_all) if o != _NONE]
            told = min(firsts) if firsts else max(last.get(k, _NONE), self._last_all)
            if told != _NONE:
                row.duration_days = announcements[told].duration_days


def _one_day(row: Event) -> bool:
    """A row that ends where it starts (or before): inside every range its start is."""
    return bool(row.end) and (row.end or "") <= (row.start or "")


class _Runs:
    """Paint runs of the marked cells, each cell once: the first run to reach a cell
    gives it its order (a cell's next unpainted cell found with path halving)."""

    def __init__(self, marked: list[bool]) -> None:
        n = len(marked)
        self._next = [k if marked[k] else k + 1 for k in range(n)] + [n]

    def _find(self, k: int) -> int:
        nxt = self._next
        while nxt[k] != k:
            nxt[k] = nxt[nxt[k]]
            k = nxt[k]
        return k

    def paint(self, runs: Iterable[tuple[int, int, int]]) -> dict[int, int]:
        """{cell: order} of the runs (order, first cell, cell after the last)."""
        painted: dict[int, int] = {}
        for order, first, last in runs:
            k = self._find(first)
            while k < last:
                painted[k] = order
                self._next[k] = k + 1
                k = self._find(k + 1)
        return painted
