"""The report's adapter: Documents (and their texts) -> the data the page draws.

The records carry what the page sums over, and this module only reads it:
- a place's coordinates (`lat`, `lon`; approximate when `coords_soate` is a
  parent's) and its oblast and district (`oblast`, `district`);
- which counts make the people total (`in_total`: people, each counted once;
  headcount.py) and who they are (`who_group`);
- an event's group of kind (`kind_group`).
What it adds is where and when each counted person is: a count's own place, else
the one unit the document's places share; its event's month, else the issue date.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..models import DateMention, Document, Participation, Place, Span

MONTH = re.compile(r"^(\d{4})-(\d{2})")
UNKNOWN = "?"
# The level of the country itself: the whole map, never one of its places.
COUNTRY = "country"


@dataclass(frozen=True)
class Source:
    """One document of the report: its record and the text its spans index (None
    when the file can no longer be read, e.g. a database whose inputs moved)."""

    document: Document
    text: str | None


# ------------------------------------------------------------------ places


@dataclass(frozen=True)
class Area:
    """Where people are counted: a unit's code and the names of its oblast and district."""

    soate: str | None
    oblast: str | None
    district: str | None

    @classmethod
    def of(cls, place: Place) -> Area:
        # a republican city (Бишкек) belongs to no oblast: it stands for its own
        oblast = place.oblast or (place.name if place.level == "city" else None)
        return cls(place.soate, oblast, place.district)


def _named_places(document: Document) -> list[Place]:
    """The document's places in the gazetteer, but the dateline (where the press
    office sits, not where things happened) and the country (it says nothing of where)."""
    return [
        place
        for place in document.places
        if place.soate and place.role != "dateline" and place.level != COUNTRY
    ]


def _common_area(places: Sequence[Place]) -> Area | None:
    """The one unit the places share: the place when there is one, else their common
    district, else their common oblast; None when they span oblasts (or there are none)."""
    if len(places) == 1:
        return Area.of(places[0])
    first = places[0] if places else None
    if (
        first
        and first.district_soate
        and {p.district_soate for p in places} == {first.district_soate}
    ):
        return Area(first.district_soate, first.oblast, first.district)
    if first and first.oblast_soate and {p.oblast_soate for p in places} == {first.oblast_soate}:
        return Area(first.oblast_soate, first.oblast, None)
    return None


def _oblast_and_district(area: Area | None) -> tuple[str, str]:
    if area is None:
        return UNKNOWN, UNKNOWN
    return area.oblast or UNKNOWN, area.district or UNKNOWN


# ------------------------------------------------------------------ people


def counted_rows(document: Document) -> list[tuple[int, int]]:
    """The participation rows whose counts make the document's people total, as
    (row, the row in the total it stands for): the rows `in_total`, but a total
    whose breakdown into people adds up to it is replaced by that breakdown, which
    says where and who in more detail; the sum is the same."""
    rows = document.participants
    parts: dict[int, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        if row.part_of is not None:
            parts[row.part_of].append(index)
    counted: list[tuple[int, int]] = []
    for index, row in enumerate(rows):
        if not row.in_total:
            continue
        breakdown = parts.get(index, [])
        if _adds_up(row, [rows[i] for i in breakdown]):
            counted.extend((part, index) for part in breakdown)
        else:
            counted.append((index, index))
    return counted


def _adds_up(total: Participation, breakdown: Sequence[Participation]) -> bool:
    return (
        bool(breakdown)
        and all(part.kind == "people" for part in breakdown)
        and sum(part.count for part in breakdown) == total.count
    )


def _event_months(document: Document) -> dict[int, str]:
    """The month of each participation row an event names: the event's start."""
    months: dict[int, str] = {}
    for event in document.events:
        found = MONTH.match(event.start or "")
        for index in event.participants:
            if found:
                months.setdefault(index, found.group(0))
    return months


@dataclass(frozen=True)
class Count:
    """People counted once: how many, where (the finest unit known), when, who."""

    doc: int
    people: int
    area: Area | None
    month: str | None
    who_group: str


def people_counts(sources: Sequence[Source]) -> Iterable[Count]:
    for doc_index, source in enumerate(sources):
        document = source.document
        fallback = _common_area(_named_places(document))
        place_by_code = {p.soate: p for p in document.places if p.soate}
        months = _event_months(document)
        issued = MONTH.match(document.issued or "")
        for index, total in counted_rows(document):
            row = document.participants[index]
            ref = row.place or document.participants[total].place
            place = place_by_code.get(ref.soate) if ref and ref.soate else None
            month = months.get(index) or months.get(total) or (issued.group(0) if issued else None)
            area = Area.of(place) if place else fallback
            yield Count(doc_index, row.count, area, month, row.who_group)


# ------------------------------------------------------------------ facts


def _label_of_date(item: DateMention) -> str:
    span = item.start if item.start == item.end else f"{item.start} – {item.end}"
    return f"{span} ({item.role})" + (f" {item.time}" if item.time else "")


def facts(document: Document) -> list[list[Any]]:
    """Every fact of the document as [start, end, kind, label, record]; the
    mentions of a place, person or organisation share the number of its record."""
    out: list[list[Any]] = []

    def add(kind: str, label: str, *spans: Span) -> None:
        record = out[-1][4] + 1 if out else 0
        out.extend([span.start, span.end, kind, label, record] for span in spans)

    for date in document.dates:
        add("date", _label_of_date(date), date.span)
    for period in document.periods:
        add("date", f"{period.start}–{period.end}", period.span)
    for place in document.places:
        label = f"{place.name} ({place.level}{', ' + place.soate if place.soate else ''})"
        add("place", label, *_with_mentions(place.span, place.mentions))
    for row in document.participants:
        label = f"{row.count} {row.who or ''} ({row.qualifier}, {row.status})".replace("  ", " ")
        add("participants", label, row.span)
    for person in document.persons:
        label = person.name + (f", {person.role}" if person.role else "")
        add("person", label, *_with_mentions(person.span, person.mentions))
    for mention in document.contacts.mentions:
        add("contact", mention.value, mention.span)
    for organization in document.organizations:
        add(
            "organization",
            organization.name,
            *_with_mentions(organization.span, organization.mentions),
        )
    for event in document.events:
        add("event", f"{event.kind} {event.start or ''}".strip(), event.span)
    return out


def _with_mentions(span: Span, mentions: Sequence[Span]) -> list[Span]:
    return [span, *(m for m in mentions if (m.start, m.end) != (span.start, span.end))]


def doubts(document: Document) -> list[list[Any]]:
    """The parser's warnings about a mention put at its span, as [start, end, "warning",
    message]: a place unknown to the gazetteer, a breakdown that does not add up (its
    total), a date that could not be read. Warnings about the whole file have no span."""
    return [
        [w.span.start, w.span.end, "warning", w.message]
        for w in document.warnings
        if w.span is not None
    ]


# ------------------------------------------------------------------ the page's data


def site_of(document: Document) -> str:
    """The web site a document names first (its host without www.), else "?"."""
    for url in document.contacts.urls:
        host = urlsplit(url if "//" in url else "//" + url).hostname
        if host:
            return host.removeprefix("www.")
    return UNKNOWN


def _places(sources: Sequence[Source], counts: list[Count]) -> dict:
    located: dict[str, dict[str, Any]] = {}
    unlocated: dict[tuple[str, str], dict[str, Any]] = {}
    for doc_index, source in enumerate(sources):
        for place in source.document.places:
            if place.level == COUNTRY:
                continue  # the whole map, not a place missing from it (docs/EVALUATION.md)
            if place.soate is None or place.lat is None or place.lon is None:
                entry = unlocated.setdefault(
                    (place.name, place.level),
                    {"name": place.name, "level": place.level, "docs": []},
                )
            else:
                entry = located.setdefault(
                    place.soate,
                    {"code": place.soate, "name": place.name, "level": place.level,
                     "lat": place.lat, "lon": place.lon,
                     "approximate": place.coords_soate != place.soate,
                     "docs": [], "people": 0},
                )  # fmt: skip
            if doc_index not in entry["docs"]:
                entry["docs"].append(doc_index)
    for count in counts:
        if count.area is not None and count.area.soate in located:
            entry = located[count.area.soate]
            entry["people"] += count.people
            # per document, keyed by its index as text (a JSON object's keys are strings)
            by_doc = entry.setdefault("people_by_doc", {})
            by_doc[str(count.doc)] = by_doc.get(str(count.doc), 0) + count.people
    return {"places": list(located.values()), "unlocated": list(unlocated.values())}


def _rows(counter: Counter, key: str, value: str = "people") -> list[dict[str, Any]]:
    return [{key: k, value: n} for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def _totals(sources: Sequence[Source], counts: list[Count]) -> dict:
    by_oblast: Counter = Counter()
    by_district: Counter = Counter()
    by_who: Counter = Counter()
    by_year: Counter = Counter()
    by_month: Counter = Counter()
    for count in counts:
        oblast, district = _oblast_and_district(count.area)
        by_oblast[oblast] += count.people
        by_district[f"{district} ({oblast})" if district != UNKNOWN else UNKNOWN] += count.people
        by_who[count.who_group] += count.people
        by_year[count.month[:4] if count.month else UNKNOWN] += count.people
        if count.month:
            by_month[count.month] += count.people
    documents = [s.document for s in sources]
    return {
        "people_by_oblast": _rows(by_oblast, "name"),
        "people_by_district": _rows(by_district, "name"),
        "people_by_who": _rows(by_who, "group"),
        "people_by_year": sorted(_rows(by_year, "year"), key=lambda r: r["year"]),
        "people_by_month": [{"month": m, "people": n} for m, n in sorted(by_month.items())],
        "docs_by_site": _rows(Counter(site_of(d) for d in documents), "site", "documents"),
        "docs_by_language": _rows(Counter(d.language for d in documents), "language", "documents"),
    }


def _events_by_month(sources: Sequence[Source]) -> list[dict[str, Any]]:
    by_month: Counter = Counter()
    for source in sources:
        issued = MONTH.match(source.document.issued or "")
        for event in source.document.events:
            month = MONTH.match(event.start or "") or issued
            if month:
                by_month[(month.group(0), event.kind_group)] += 1
    return [{"month": m, "group": g, "events": n} for (m, g), n in sorted(by_month.items())]


def _contacts(sources: Sequence[Source]) -> list[dict[str, Any]]:
    from ..directory import directory

    index_of = {s.document.source: i for i, s in enumerate(sources)}
    return [
        {
            "name": entry.name,
            "roles": entry.roles,
            "phones": entry.phones,
            "emails": entry.emails,
            "docs": [index_of[d] for d in entry.documents if d in index_of],
        }
        for entry in directory(s.document for s in sources)
    ]


def _document(source: Source, people: int) -> dict[str, Any]:
    document = source.document
    found, doubted = facts(document), doubts(document)
    first = found[-1][4] + 1 if found else 0  # doubts are records of their own
    return {
        "source": document.source,
        "title": document.title,
        "issued": document.issued,
        "language": document.language,
        "site": site_of(document),
        "people": people,
        "text": source.text,
        "facts": found + [[*doubt, first + i] for i, doubt in enumerate(doubted)],
        "warnings": [warning.message for warning in document.warnings],
    }


def build(sources: Sequence[Source]) -> dict[str, Any]:
    """The report's data: one JSON-ready mapping the page's script draws from."""
    counts = list(people_counts(sources))
    people_per_doc: Counter = Counter()
    for count in counts:
        people_per_doc[count.doc] += count.people
    return {
        "documents": [_document(s, people_per_doc[i]) for i, s in enumerate(sources)],
        **_places(sources, counts),
        "events_by_month": _events_by_month(sources),
        **_totals(sources, counts),
        "contacts": _contacts(sources),
    }
