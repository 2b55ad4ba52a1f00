"""The report's adapter: Documents (and their texts) -> the data the page draws.

Everything the report computes from the records is here, in one place, so that
when the records carry it themselves (a place's coordinates and parents, a
participation's people/units kind and who group, an event's kind group) only
this module changes. Today:
- coordinates come from the gazetteer by the place's code, falling back to the
  nearest parent that has them;
- people totals count a row only when its `who` names people (lexicon
  report.yaml), and never a total together with its breakdown: the breakdown
  rows replace their total when they add up to it, otherwise the total counts;
- event kinds and `who` lemmas are grouped by lexicon report.yaml.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from ..gazetteer import Gazetteer, Unit
from ..lexicon import load as load_lexicon
from ..models import DateMention, Document, Span

MONTH = re.compile(r"^(\d{4})-(\d{2})")
UNKNOWN = "?"


@dataclass(frozen=True)
class Source:
    """One document of the report: its record and the text its spans index (None
    when the file can no longer be read, e.g. a database whose inputs moved)."""

    document: Document
    text: str | None


@dataclass(frozen=True)
class Groups:
    """The groupings of lexicon report.yaml, as lookups."""

    units_not_people: frozenset[str]
    who: dict[str, str]
    events: dict[str, str]
    possessive: dict[str, str]  # "башчысы" -> "башчы": the head of "АӨ башчысы"

    @classmethod
    def load(cls) -> Groups:
        lexicon = load_lexicon("report")

        def invert(groups: dict[str, list[str]]) -> dict[str, str]:
            return {member: group for group, members in groups.items() for member in members}

        nouns = load_lexicon("participation")["who"]
        return cls(
            frozenset(lexicon["units_not_people"]),
            invert(lexicon["who_groups"]),
            invert(lexicon["event_groups"]),
            {n["possessive"]: n["lemma"] for n in nouns if n.get("possessive")},
        )

    def head(self, who: str) -> str:
        """The lemma a `who` is about: "айыл өкмөтүнүн башчысы" -> "башчы"."""
        last = who.rsplit(" ", 1)[-1]
        return self.possessive.get(last, who)

    def counts_people(self, who: str | None) -> bool:
        return who is None or self.head(who) not in self.units_not_people

    def who_group(self, who: str | None) -> str:
        return "unspecified" if who is None else self.who.get(self.head(who), "other")

    def event_group(self, kind: str) -> str:
        return self.events.get(kind, "other")


# ------------------------------------------------------------------ places


def coordinates(unit: Unit, gazetteer: Gazetteer) -> tuple[float, float, bool] | None:
    """(lat, lon, approximate): the unit's own point, else its nearest parent's
    (approximate = True); None when no unit up the tree has one."""
    current: Unit | None = unit
    approximate = False
    for _ in range(10):  # the tree is at most 5 deep; a bound instead of trusting it
        if current is None:
            return None
        if current.lat is not None and current.lon is not None:
            return current.lat, current.lon, approximate
        current = gazetteer.get(current.parent) if current.parent else None
        approximate = True
    return None


def _named_units(document: Document, gazetteer: Gazetteer) -> list[Unit]:
    """The gazetteer units of the document's places, the dateline's excepted
    (it says where the press office sits, not where things happened)."""
    units = []
    for place in document.places:
        unit = gazetteer.get(place.id) if place.id and place.role != "dateline" else None
        if unit is not None and unit not in units:
            units.append(unit)
    return units


def _common_unit(units: Sequence[Unit], gazetteer: Gazetteer) -> Unit | None:
    """The one unit the units share: itself when there is one, else their common
    district, else their common oblast; None when they span oblasts."""
    if len(units) == 1:
        return units[0]
    for key in ("district", "oblast"):
        codes = {u.id if u.level == key else getattr(u, key) for u in units}
        if len(codes) == 1 and None not in codes:
            return gazetteer.get(codes.pop())
    return None


def _oblast_and_district(unit: Unit | None, gazetteer: Gazetteer) -> tuple[str, str]:
    """Names of the oblast (a republican city stands for its own) and district."""
    if unit is None:
        return UNKNOWN, UNKNOWN
    if unit.level == "oblast" or (unit.oblast is None and unit.level == "city"):
        oblast = unit.name
    else:
        oblast = gazetteer.oblast_name(unit) or UNKNOWN
    district = unit.name if unit.level == "district" else gazetteer.district_name(unit)
    return oblast, district or UNKNOWN


# ------------------------------------------------------------------ people


def counted_rows(document: Document, groups: Groups) -> list[int]:
    """Indexes of the participation rows that count people, without counting a
    total and its breakdown twice."""
    rows = document.participants
    parts: dict[int, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        if row.part_of is not None and 0 <= row.part_of < len(rows):
            parts[row.part_of].append(index)
    is_part = {i for breakdown in parts.values() for i in breakdown}
    counted = []
    for index, row in enumerate(rows):
        if index in is_part or not groups.counts_people(row.who):
            continue
        breakdown = parts.get(index, [])
        if breakdown and sum(rows[i].count for i in breakdown) == row.count:
            counted.extend(i for i in breakdown if groups.counts_people(rows[i].who))
        else:
            counted.append(index)
    return sorted(counted)


def _row_months(document: Document) -> dict[int, str]:
    """The month of each participation row: its event's start, else the issue date."""
    months: dict[int, str] = {}
    for event in document.events:
        found = MONTH.match(event.start or "")
        for index in event.participants:
            if found:
                months.setdefault(index, found.group(0))
    issued = MONTH.match(document.issued or "")
    if issued:
        for index in range(len(document.participants)):
            months.setdefault(index, issued.group(0))
    return months


@dataclass(frozen=True)
class Count:
    """People counted once: how many, where (the finest unit known), when, who."""

    doc: int
    people: int
    unit: Unit | None
    month: str | None
    who_group: str


def people_counts(
    sources: Sequence[Source], gazetteer: Gazetteer, groups: Groups
) -> Iterable[Count]:
    for doc_index, source in enumerate(sources):
        document = source.document
        fallback = _common_unit(_named_units(document, gazetteer), gazetteer)
        months = _row_months(document)
        for index in counted_rows(document, groups):
            row = document.participants[index]
            unit = gazetteer.get(row.place.id) if row.place and row.place.id else None
            yield Count(
                doc_index,
                row.count,
                unit or fallback,
                months.get(index),
                groups.who_group(row.who),
            )


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
        label = f"{place.name} ({place.level}{', ' + place.id if place.id else ''})"
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


# The parser's warning about a date it could not read quotes the text (Python repr).
INVALID_DATE = re.compile(r"^invalid date ignored: (['\"])(.+)\1$")


def doubts(document: Document, text: str | None) -> list[list[Any]]:
    """The parser's warnings put at their spans, as [start, end, "warning", message]:
    a place unknown to the gazetteer (its place), a breakdown that does not add up
    (its total), a date that could not be read (found in the text by its quote)."""
    out: list[list[Any]] = []
    for place in document.places:
        if place.id is None and place.level != "country":
            said = f"place not in the gazetteer: {place.level} {place.name} ("
            message = next((w for w in document.warnings if w.startswith(said)), place.name)
            out.append([place.span.start, place.span.end, "warning", message])
    for warning in document.warnings:
        for total in document.participants:
            if warning.startswith(f"participants: the breakdown of {total.count} ({total.text!r})"):
                out.append([total.span.start, total.span.end, "warning", warning])
        quoted = INVALID_DATE.match(warning)
        at = text.find(quoted.group(2)) if quoted and text else -1
        if quoted and at >= 0:
            out.append([at, at + len(quoted.group(2)), "warning", warning])
    return out


# ------------------------------------------------------------------ the page's data


def site_of(document: Document) -> str:
    """The web site a document names first (its host without www.), else "?"."""
    for url in document.contacts.urls:
        host = urlsplit(url if "//" in url else "//" + url).hostname
        if host:
            return host.removeprefix("www.")
    return UNKNOWN


def _places(sources: Sequence[Source], gazetteer: Gazetteer, counts: list[Count]) -> dict:
    located: dict[str, dict[str, Any]] = {}
    unlocated: dict[tuple[str, str], dict[str, Any]] = {}
    for doc_index, source in enumerate(sources):
        for place in source.document.places:
            unit = gazetteer.get(place.id) if place.id else None
            point = coordinates(unit, gazetteer) if unit else None
            if unit is None or point is None:
                entry = unlocated.setdefault(
                    (place.name, place.level),
                    {"name": place.name, "level": place.level, "docs": []},
                )
            else:
                entry = located.setdefault(
                    unit.id,
                    {"code": unit.id, "name": unit.name, "level": unit.level,
                     "lat": point[0], "lon": point[1], "approximate": point[2],
                     "docs": [], "people": 0},
                )  # fmt: skip
            if doc_index not in entry["docs"]:
                entry["docs"].append(doc_index)
    for count in counts:
        if count.unit is not None and count.unit.id in located:
            entry = located[count.unit.id]
            entry["people"] += count.people
            # per document, keyed by its index as text (a JSON object's keys are strings)
            by_doc = entry.setdefault("people_by_doc", {})
            by_doc[str(count.doc)] = by_doc.get(str(count.doc), 0) + count.people
    return {"places": list(located.values()), "unlocated": list(unlocated.values())}


def _rows(counter: Counter, key: str, value: str = "people") -> list[dict[str, Any]]:
    return [{key: k, value: n} for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def _totals(sources: Sequence[Source], gazetteer: Gazetteer, counts: list[Count]) -> dict:
    by_oblast: Counter = Counter()
    by_district: Counter = Counter()
    by_who: Counter = Counter()
    by_year: Counter = Counter()
    by_month: Counter = Counter()
    for count in counts:
        oblast, district = _oblast_and_district(count.unit, gazetteer)
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


def _events_by_month(sources: Sequence[Source], groups: Groups) -> list[dict[str, Any]]:
    by_month: Counter = Counter()
    for source in sources:
        issued = MONTH.match(source.document.issued or "")
        for event in source.document.events:
            month = MONTH.match(event.start or "") or issued
            if month:
                by_month[(month.group(0), groups.event_group(event.kind))] += 1
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
    found, doubted = facts(document), doubts(document, source.text)
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
        "warnings": document.warnings,
    }


def build(sources: Sequence[Source], gazetteer: Gazetteer) -> dict[str, Any]:
    """The report's data: one JSON-ready mapping the page's script draws from."""
    groups = Groups.load()
    counts = list(people_counts(sources, gazetteer, groups))
    people_per_doc: Counter = Counter()
    for count in counts:
        people_per_doc[count.doc] += count.people
    return {
        "documents": [_document(s, people_per_doc[i]) for i, s in enumerate(sources)],
        **_places(sources, gazetteer, counts),
        "events_by_month": _events_by_month(sources, groups),
        **_totals(sources, gazetteer, counts),
        "contacts": _contacts(sources),
    }
