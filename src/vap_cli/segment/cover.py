"""Is a position, or a range, inside any of many ranges? By bisection over their union.

`any(a <= pos < b for a, b in ranges)` for each of a document's positions is
quadratic on a long document (both lists grow with it); this stays n log n. The
union is built at once (`Cover(ranges)`) or a range at a time (`add`: the date atoms
and the periods take spans as they find them).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable


class Cover:
    """The union of half-open ranges [a, b), kept as disjoint ranges that do not touch
    (overlapping or touching ones merge); `pos in cover` and `overlaps` bisect."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, ranges: Iterable[tuple[int, int]] = ()) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for a, b in sorted(r for r in ranges if r[0] < r[1]):
            if ends and a <= ends[-1]:  # overlapping or touching: one range
                ends[-1] = max(ends[-1], b)
            else:
                starts.append(a)
                ends.append(b)
        self._starts, self._ends = starts, ends

    def add(self, start: int, end: int) -> None:
        """Add [start, end), merged with the ranges it overlaps or touches."""
        if start >= end:
            return
        starts, ends = self._starts, self._ends
        i = bisect_right(starts, start)
        if i > 0 and ends[i - 1] >= start:
            i -= 1
            start = starts[i]
        j = i
        while j < len(starts) and starts[j] <= end:
            end = max(end, ends[j])
            j += 1
        starts[i:j] = [start]
        ends[i:j] = [end]

    def overlaps(self, start: int, end: int) -> bool:
        """Does [start, end) share a position with the union?"""
        i = bisect_right(self._starts, start)
        if i > 0 and self._ends[i - 1] > start:
            return True
        return i < len(self._starts) and self._starts[i] < end

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and pos < self._ends[k]

    def __bool__(self) -> bool:
        return bool(self._starts)
