"""People and units: each participant count is marked as counting people or
bodies, grouped by who it counts, and flagged when it enters the document's sum
of people, so that the sum never counts anyone twice. A resolve step (resolve/__init__.py).

A count is in the people total (`in_total`) when all of these hold:
- it counts people (`kind == "people"`), not districts, councils or organisations;
- it is not a part of a total of people (`part_of`): the total is counted, its
  breakdown rows are not ("1134 кызматкер: 412 Жалал-Абадда, 468 Ошто, ...");
- it does not restate a count already counted: the same exact number for the
  same group, or an approximate count that the document's exact count of the
  same group fits ("миңден ашуун депутат ... 1052 депутат": 1052 counts); a
  count of plain participants may restate any group ("74 участника ... 74
  специалиста").
"""

from __future__ import annotations

from bisect import bisect_left, insort

from ..context import Context
from ..models import Document, Participation
from ..who_groups import UNIT_GROUP, who_group

GENERIC_GROUP = "participants"


def _fitting_range(approximate: Participation) -> tuple[int, int]:
    """The exact counts [low, high] an approximate count may stand for."""
    count = approximate.count
    if approximate.qualifier == "more_than":
        return count + 1, count * 3 // 2
    if approximate.qualifier == "at_least":
        return count, count * 3 // 2
    if approximate.qualifier == "up_to":
        return count * 2 // 3, count
    return count - count // 10, count + count // 10  # about


class _Counted:
    """The exact counts already in the total, by who group and all together, sorted,
    so that whether a row restates one is a look-up (a long document stays linear)."""

    def __init__(self) -> None:
        self.by_group: dict[str, list[int]] = {}

    def add(self, row: Participation) -> None:
        if row.qualifier == "exact":
            insort(self.by_group.setdefault(row.who_group, []), row.count)
            insort(self.by_group.setdefault(_ANY, []), row.count)

    def restates(self, row: Participation) -> bool:
        """The same exact number, or an exact number an approximate row fits, of
        the same group; a count of plain participants ("74 участника ... 74
        специалиста") may restate any group's, and any group's may restate it."""
        low, high = (row.count, row.count) if row.qualifier == "exact" else _fitting_range(row)
        groups = (_ANY,) if row.who_group == GENERIC_GROUP else (row.who_group, GENERIC_GROUP)
        for group in groups:
            counts = self.by_group.get(group, [])
            at = bisect_left(counts, low)
            if at < len(counts) and counts[at] <= high:
                return True
        return False


_ANY = "*"


def classify_participants(ctx: Context) -> None:
    rows = ctx.participants
    for row in rows:
        row.who_group = who_group(row.who)
        row.kind = "units" if row.who_group == UNIT_GROUP else "people"
    counted = _Counted()
    # Exact counts first: an approximate count restates an exact one, not the reverse.
    for row in sorted(rows, key=lambda r: r.qualifier != "exact"):
        row.in_total = (
            row.kind == "people"
            and not (row.part_of is not None and rows[row.part_of].kind == "people")
            and not counted.restates(row)
        )
        if row.in_total:
            counted.add(row)


def people_total(doc: Document) -> int:
    """How many people the document says take part, each counted once (see module doc)."""
    return sum(row.count for row in doc.participants if row.in_total)
