"""Events as flat rows: one row per event with its place hierarchy, its people
count and its who group, for a spreadsheet or a SQL table (EventRow)."""

from __future__ import annotations

from collections.abc import Iterable

from ..models import CHAIN_LEVELS, Document, Event, EventRow, Place, Qualifier

# Place levels an EventRow has columns for; town units are written as cities.
_ROW_LEVELS = ("oblast", "district", "city", "ayil_aimak", "village")
_SEPARATOR = "; "


def _join(values: Iterable[str | None]) -> str | None:
    distinct = list(dict.fromkeys(v for v in values if v))
    return _SEPARATOR.join(distinct) if distinct else None


def _levels(event: Event, places: dict[str, Place]) -> dict[str, list[tuple[str, str | None]]]:
    """(name, code) of every level the event's places name or lie in."""
    levels: dict[str, list[tuple[str, str | None]]] = {level: [] for level in _ROW_LEVELS}
    for ref in event.places:
        level = "city" if ref.level == "town" else ref.level
        if level in levels:
            levels[level].append((ref.name, ref.soate))
        place = places.get(ref.soate or "")
        if place is None:
            continue
        for parent in CHAIN_LEVELS:
            name = getattr(place, parent)
            if name and parent != level:
                levels[parent].append((name, getattr(place, f"{parent}_soate")))
    return levels


def sum_qualifier(qualifiers: list[Qualifier]) -> Qualifier:
    """The qualifier of a sum: exact when all are; more than / at least when all
    are lower bounds; up to when all are upper bounds; about otherwise."""
    kinds = set(qualifiers) - {"exact"}
    if not kinds:
        return "exact"
    if kinds <= {"more_than", "at_least"}:
        return "more_than" if "more_than" in kinds else "at_least"
    if kinds == {"up_to"}:
        return "up_to"
    return "about"


def _people(doc: Document, event: Event) -> dict[str, object]:
    """The event's people: its counts of people in the document's total, and the
    breakdown rows it holds without their total (a schedule row's count)."""
    rows = [doc.participants[i] for i in event.participants]
    people = [
        r
        for r in rows
        if r.in_total
        or (r.kind == "people" and r.part_of is not None and r.part_of not in event.participants)
    ]
    units = [r for r in rows if r.kind == "units"]
    return {
        "participants": sum(r.count for r in people) if people else None,
        "qualifier": sum_qualifier([r.qualifier for r in people]) if people else None,
        "who": _join(r.who for r in people),
        "who_group": _join(r.who_group for r in people),
        "units": sum(r.count for r in units) if units else None,
    }


def event_rows(doc: Document) -> list[EventRow]:
    places = {p.soate: p for p in doc.places if p.soate}
    rows = []
    for event in doc.events:
        levels = _levels(event, places)
        cells: dict[str, object] = {}
        for level, found in levels.items():
            cells[level] = _join(name for name, _ in found)
            cells[f"{level}_soate"] = _join(code for _, code in found)
        rows.append(
            EventRow(
                doc_id=doc.id,
                source=doc.source,
                issued=doc.issued,
                start=event.start,
                end=event.end,
                kind=event.kind,
                kind_text=event.kind_text,
                kind_group=event.kind_group,
                span_start=event.span.start,
                span_end=event.span.end,
                **cells,  # type: ignore[arg-type]
                **_people(doc, event),  # type: ignore[arg-type]
            )
        )
    return rows
