"""People and units: each participant count is marked as counting people or
bodies, grouped by who it counts, and flagged when it enters the document's sum
of people, so that the sum never counts anyone twice. A resolve step (resolve.py).

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

from functools import cache

from .context import Context
from .gazetteer import fold_key
from .lexicon import load
from .models import Document, Participation, WhoGroup

UNIT_GROUP = "units"
GENERIC_GROUP = "participants"


@cache
def _stems() -> list[tuple[str, str]]:
    """(folded stem, group), longest stems first so "жашоочу" beats "жаш"."""
    groups = load("who_groups")["groups"]
    pairs = [(fold_key(stem), name) for name, group in groups.items() for stem in group["stems"]]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


def who_group(who: str | None) -> WhoGroup:
    """The group of a `who` as written: its last word with a known stem decides."""
    if not who:
        return load("who_groups")["no_who"]  # type: ignore[no-any-return]
    for word in reversed(who.split()):
        folded = fold_key(word)
        for stem, group in _stems():
            if folded.startswith(stem):
                return group  # type: ignore[return-value]
    return "other"


def _fits(approximate: Participation, exact: int) -> bool:
    """Whether an exact count may be what an approximate one says."""
    count = approximate.count
    if approximate.qualifier == "more_than":
        return count < exact <= count * 3 // 2
    if approximate.qualifier == "at_least":
        return count <= exact <= count * 3 // 2
    if approximate.qualifier == "up_to":
        return count * 2 // 3 <= exact <= count
    if approximate.qualifier == "about":
        return abs(exact - count) * 10 <= count
    return False


def _same_people(a: Participation, b: Participation) -> bool:
    """Groups that may name the same people: equal, or one says only "participants"
    ("74 участника ... 74 специалиста")."""
    return a.who_group == b.who_group or GENERIC_GROUP in (a.who_group, b.who_group)


def _restates(row: Participation, counted: list[Participation]) -> bool:
    same_group = [c for c in counted if _same_people(c, row)]
    if row.qualifier == "exact":
        return any(c.qualifier == "exact" and c.count == row.count for c in same_group)
    return any(c.qualifier == "exact" and _fits(row, c.count) for c in same_group)


def classify_participants(ctx: Context) -> None:
    rows = ctx.participants
    for row in rows:
        row.who_group = who_group(row.who)
        row.kind = "units" if row.who_group == UNIT_GROUP else "people"
    counted: list[Participation] = []
    # Exact counts first: an approximate count restates an exact one, not the reverse.
    for row in sorted(rows, key=lambda r: r.qualifier != "exact"):
        row.in_total = (
            row.kind == "people"
            and not (row.part_of is not None and rows[row.part_of].kind == "people")
            and not _restates(row, counted)
        )
        if row.in_total:
            counted.append(row)


def people_total(doc: Document) -> int:
    """How many people the document says take part, each counted once (see module doc)."""
    return sum(row.count for row in doc.participants if row.in_total)
