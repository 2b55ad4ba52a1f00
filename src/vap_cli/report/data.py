"""The report's adapter: Documents (and their texts) -> the data the page draws.

The records carry what the page sums over, and this module only reads it:
- a place's coordinates (`lat`, `lon`; approximate when `coords_soate` is a
  parent's) and its oblast and district (`oblast`, `district`);
- which counts make the people total (`in_total`: people, each counted once;
  resolve/headcount.py) and who they are (`who_group`);
- an event's group of kind (`kind_group`).
What it adds is where and when each counted person is: a count's own place, else
the one unit its event's places share (as event_table.event_rows has them), else
the one the document's places share, a unit named with the units it lies in not
competing with them; its event's month, else the issue date. And the page's words
for what it names: units in the page's language (a Russian page: the gazetteer's
`name_ru`), facts' labels, numbers.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit

from ..gazetteer import Gazetteer
from ..gazetteer import default as default_gazetteer
from ..models import DateMention, Document, Participation, Period, Place, Span

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


@dataclass(frozen=True)
class Words:
    """The page's language: its interface words (render.labels) and the units' names
    in it: the records' (Kyrgyz) names, or on a Russian page the gazetteer's Russian
    name (`name_ru`) of the unit, found by its code."""

    lang: str = "en"
    gazetteer: Gazetteer | None = None

    @cached_property
    def ui(self) -> dict[str, str]:
        from .render import labels

        return labels(self.lang)

    def word(self, key: str, fallback: str) -> str:
        return self.ui.get(key, fallback)

    def russian(self, code: str | None) -> str | None:
        unit = (self.gazetteer or default_gazetteer()).get(code) if code else None
        return unit.name_ru if unit is not None and unit.name_ru else None

    def name(self, code: str | None, name: str) -> str:
        return (self.russian(code) or name) if self.lang == "ru" else name

    def number(self, value: int) -> str:
        """A count as the page's language writes it: a space between thousands in
        Russian and Kyrgyz (a no-break one: 1 500), English as before (1500)."""
        return str(value) if self.lang == "en" else f"{value:,}".replace(",", "\u00a0")


# ------------------------------------------------------------------ places


@dataclass(frozen=True)
class Area:
    """Where people are counted: a unit's code, its oblast's and district's names and
    codes, and the codes of the unit and every unit it lies in (its markers)."""

    soate: str | None
    oblast: str | None
    district: str | None
    oblast_soate: str | None = None
    district_soate: str | None = None
    within: tuple[str, ...] = ()

    @classmethod
    def of(cls, place: Place) -> Area:
        # a republican city (Бишкек) belongs to no oblast: it stands for its own, and
        # its districts and villages (Октябрь району) are in it
        if place.level == "city" and not place.oblast:
            return cls(place.soate, place.name, None, place.soate, None, _codes(place))
        city = _republican_city(place)
        if city is not None:
            code, name = city
            return cls(
                place.soate, name, place.district, code, place.district_soate,
                (*_codes(place), code),
            )  # fmt: skip
        return cls(
            place.soate, place.oblast, place.district,
            place.oblast_soate, place.district_soate, _codes(place),
        )  # fmt: skip


def _codes(place: Place) -> tuple[str, ...]:
    codes = (place.soate, place.ayil_aimak_soate, place.district_soate, place.oblast_soate)
    return tuple(dict.fromkeys(c for c in codes if c))


def _republican_city(place: Place) -> tuple[str, str] | None:
    """The code and name of the republican city a unit of no oblast lies in (Бишкек's
    Октябрь району): SOATE's first five digits are the oblast's or that city's."""
    if place.oblast_soate or not place.soate or len(place.soate) <= 5:
        return None
    code = place.soate[:5] + "0" * (len(place.soate) - 5)
    unit = default_gazetteer().get(code)
    if code == place.soate or unit is None or unit.level != "city":
        return None
    return code, unit.name


def _named_places(document: Document) -> list[Place]:
    """The document's places in the gazetteer, but the dateline (where the press
    office sits, not where things happened) and the country (it says nothing of where)."""
    return [
        place
        for place in document.places
        if place.soate and place.role != "dateline" and place.level != COUNTRY
    ]


def _lies_in(place: Place, unit: Place) -> bool:
    """Whether `place` lies within `unit` (another unit): the unit is in its chain, or
    the unit is the oblast a republican city is named for ("в городе Ош, Ошской
    области": the city is the oblast's seat, and no unit of it)."""
    if place.soate == unit.soate:
        return False
    if unit.soate in (place.oblast_soate, place.district_soate, place.ayil_aimak_soate):
        return True
    if unit.level == "city" and unit.soate == (_republican_city(place) or (None,))[0]:
        return True
    return (
        unit.level == "oblast" and place.level == "city" and not place.oblast
        and place.name == unit.name
    )  # fmt: skip


def _finest(places: Sequence[Place]) -> list[Place]:
    """The places no other place lies in: a unit named with its oblast, its district or
    its ayil aimak does not compete with them, it says where they are."""
    return [p for p in places if not any(_lies_in(q, p) for q in places)]


def _common_area(places: Sequence[Place]) -> Area | None:
    """The one unit the places share, the units above them aside: the finest place
    when there is one, else their common district, else their common oblast (a
    republican city is its own); None when they span oblasts (or there are none)."""
    finest = list({p.soate: p for p in _finest(places)}.values())
    if not finest:
        return None
    if len(finest) == 1:
        return Area.of(finest[0])
    areas = [Area.of(p) for p in finest]
    first = areas[0]
    if first.district_soate and {a.district_soate for a in areas} == {first.district_soate}:
        within = tuple(c for c in first.within if c in (first.district_soate, first.oblast_soate))
        return Area(
            first.district_soate, first.oblast, first.district,
            first.oblast_soate, first.district_soate, within,
        )  # fmt: skip
    if first.oblast_soate and {a.oblast_soate for a in areas} == {first.oblast_soate}:
        within = (first.oblast_soate,)
        return Area(first.oblast_soate, first.oblast, None, first.oblast_soate, None, within)
    return None


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


def _event_areas(document: Document, fallback: Area | None) -> dict[int, Area | None]:
    """Where each participation row an event names is: the one unit the event's
    places share (as the event's row of `vap parse --events` has them), else the
    document's (`fallback`)."""
    place_by_code = {p.soate: p for p in document.places if p.soate}
    areas: dict[int, Area | None] = {}
    for event in document.events:
        places = [
            place_by_code[ref.soate]
            for ref in event.places
            if ref.soate in place_by_code and ref.level != COUNTRY
        ]
        area = _common_area(places) if places else fallback
        for index in event.participants:
            areas.setdefault(index, area)
    return areas


def people_counts(sources: Sequence[Source]) -> Iterable[Count]:
    """The people of each document, where: a count's own place (a breakdown row's
    unit), else its event's places, else the document's; when and who."""
    for doc_index, source in enumerate(sources):
        document = source.document
        fallback = _common_area(_named_places(document))
        place_by_code = {p.soate: p for p in document.places if p.soate}
        by_event = _event_areas(document, fallback)
        months = _event_months(document)
        issued = MONTH.match(document.issued or "")
        for index, total in counted_rows(document):
            row = document.participants[index]
            ref = row.place or document.participants[total].place
            place = place_by_code.get(ref.soate) if ref and ref.soate else None
            month = months.get(index) or months.get(total) or (issued.group(0) if issued else None)
            if place is not None:
                area: Area | None = Area.of(place)
            else:
                area = by_event.get(index, by_event.get(total, fallback))
            yield Count(doc_index, row.count, area, month, row.who_group)


# ------------------------------------------------------------------ facts


def _label_of_date(item: DateMention, words: Words) -> str:
    span = item.start if item.start == item.end else f"{item.start} – {item.end}"
    role = words.word(f"date_{item.role}", item.role)
    return f"{span} ({role})" + (f" {item.time}" if item.time else "")


def _label_of_period(period: Period) -> str:
    """A period's years; one year is one year (2024), not 2024–2024."""
    return str(period.start) if period.start == period.end else f"{period.start}–{period.end}"


def _label_of_place(place: Place, words: Words) -> str:
    level = words.word(f"level_{place.level}", place.level)
    name = words.name(place.soate, place.name)
    return f"{name} ({level}{', ' + place.soate if place.soate else ''})"


def _label_of_count(row: Participation, words: Words) -> str:
    """Who and how many, as "who: count" (no number to agree with in any language)."""
    qualifier = words.word(f"qualifier_{row.qualifier}", row.qualifier)
    status = words.word(f"status_{row.status}", row.status)
    count = words.number(row.count)
    return (f"{row.who}: {count}" if row.who else count) + f" ({qualifier}, {status})"


def facts(document: Document, words: Words | None = None) -> list[list[Any]]:
    """Every fact of the document as [start, end, kind, label, record], labelled in
    the page's language; the mentions of a place, person or organisation share the
    number of its record."""
    words = words or Words()
    out: list[list[Any]] = []

    def add(kind: str, label: str, *spans: Span) -> None:
        record = out[-1][4] + 1 if out else 0
        out.extend([span.start, span.end, kind, label, record] for span in spans)

    for date in document.dates:
        add("date", _label_of_date(date, words), date.span)
    for period in document.periods:
        add("date", _label_of_period(period), period.span)
    for place in document.places:
        add("place", _label_of_place(place, words), *_with_mentions(place.span, place.mentions))
    for row in document.participants:
        add("participants", _label_of_count(row, words), row.span)
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
        kind = words.word(f"kind_of_{event.kind}", event.kind)
        add("event", f"{kind} {event.start or ''}".strip(), event.span)
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


def _places(sources: Sequence[Source], counts: list[Count], words: Words) -> dict:
    located: dict[str, dict[str, Any]] = {}
    unlocated: dict[tuple[str, str], dict[str, Any]] = {}
    for doc_index, source in enumerate(sources):
        for place in source.document.places:
            if place.level == COUNTRY:
                continue  # the whole map, not a place missing from it (docs/EVALUATION.md)
            if place.soate is None or place.lat is None or place.lon is None:
                entry = unlocated.setdefault(
                    (place.name, place.level),
                    {"name": words.name(place.soate, place.name), "level": place.level,
                     "docs": []},
                )  # fmt: skip
            else:
                entry = located.setdefault(
                    place.soate,
                    {"code": place.soate, "name": words.name(place.soate, place.name),
                     "level": place.level, "lat": place.lat, "lon": place.lon,
                     "approximate": place.coords_soate != place.soate,
                     "docs": [], "people": 0},
                )  # fmt: skip
            if doc_index not in entry["docs"]:
                entry["docs"].append(doc_index)
    for count in counts:
        # a unit's people: those counted in it or in a unit within it
        for code in count.area.within if count.area is not None else ():
            if code not in located:
                continue
            entry = located[code]
            entry["people"] += count.people
            # per document, keyed by its index as text (a JSON object's keys are strings)
            by_doc = entry.setdefault("people_by_doc", {})
            by_doc[str(count.doc)] = by_doc.get(str(count.doc), 0) + count.people
    return {"places": list(located.values()), "unlocated": list(unlocated.values())}


def _rows(counter: Counter, key: str, value: str = "people") -> list[dict[str, Any]]:
    return [{key: k, value: n} for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def _area_names(area: Area | None, words: Words) -> tuple[str, str]:
    """The names of a count's oblast and district ("Түп (Ысык-Көл)"), in the page's
    language; "?" for what is not known."""
    if area is None or not area.oblast:
        return UNKNOWN, UNKNOWN
    oblast = words.name(area.oblast_soate, area.oblast)
    if not area.district:
        return oblast, UNKNOWN
    return oblast, f"{words.name(area.district_soate, area.district)} ({oblast})"


def _totals(sources: Sequence[Source], counts: list[Count], words: Words) -> dict:
    by_oblast: Counter = Counter()
    by_district: Counter = Counter()
    by_who: Counter = Counter()
    by_year: Counter = Counter()
    by_month: Counter = Counter()
    for count in counts:
        oblast, district = _area_names(count.area, words)
        by_oblast[oblast] += count.people
        by_district[district] += count.people
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


def _unit_names(document: Document, words: Words) -> list[str]:
    """The names of the document's units in both languages, for the page's search
    (a Russian page shows Тюп for Түп, a Kyrgyz one Түп; either finds it)."""
    names = [n for p in document.places for n in (p.name, words.russian(p.soate)) if n]
    return list(dict.fromkeys(names))


def _document(source: Source, people: int, words: Words) -> dict[str, Any]:
    document = source.document
    found, doubted = facts(document, words), doubts(document)
    first = found[-1][4] + 1 if found else 0  # doubts are records of their own
    return {
        "source": document.source,
        "title": document.title,
        "issued": document.issued,
        "language": document.language,
        "site": site_of(document),
        "people": people,
        "text": source.text,
        "names": _unit_names(document, words),
        "facts": found + [[*doubt, first + i] for i, doubt in enumerate(doubted)],
        "warnings": [warning.message for warning in document.warnings],
    }


def build(
    sources: Sequence[Source], lang: str = "en", gazetteer: Gazetteer | None = None
) -> dict[str, Any]:
    """The report's data in the page's language (`lang`): one JSON-ready mapping the
    page's script draws from. `gazetteer` names the units in Russian (the built-in
    one by default; the one with the user's files when they add units)."""
    words = Words(lang, gazetteer)
    counts = list(people_counts(sources))
    people_per_doc: Counter = Counter()
    for count in counts:
        people_per_doc[count.doc] += count.people
    return {
        "documents": [_document(s, people_per_doc[i], words) for i, s in enumerate(sources)],
        **_places(sources, counts, words),
        "events_by_month": _events_by_month(sources),
        **_totals(sources, counts, words),
        "contacts": _contacts(sources),
    }
