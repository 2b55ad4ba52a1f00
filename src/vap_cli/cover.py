"""Is a position inside any of many ranges? By bisection over their union.

`any(a <= pos < b for a, b in ranges)` for each of a document's positions is
quadratic on a long document (both lists grow with it); this stays n log n.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class Cover:
    """The union of half-open ranges [a, b), merged once; `pos in ranges` bisects."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for a, b in sorted(r for r in ranges if r[0] < r[1]):
            if ends and a <= ends[-1]:  # overlapping or touching: one range
                ends[-1] = max(ends[-1], b)
            else:
                starts.append(a)
                ends.append(b)
        self._starts, self._ends = starts, ends

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]

    def __bool__(self) -> bool:
        return bool(self._starts)
