"""The fields scored and the keys of gold and predicted records: names folded, days, years,
URLs and phones normalised, each field's gold rule and prediction rule."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..extractors.web import url_key as web_url_key
from ..fold import fold as fold_name

_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2}|--\d{2}-\d{2})")
LAST_DIGIT = re.compile(r"(\d)\D*$")
_NON_DIGIT = re.compile(r"\D")

FIELDS = [
    "issued",
    "dates",
    "periods",
    "places",
    "participants",
    "persons",
    "phones",
    "emails",
    "urls",
]
# Scored only on gold documents that have the key (see the package's docstring).
OPTIONAL_FIELDS = ["events"]
ALL_FIELDS = FIELDS + OPTIONAL_FIELDS


def fold(text: object) -> str:
    """A gold or parsed name as the parser compares names (fold.py)."""
    return fold_name(str(text))


def day(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("date") or value.get("value")
        if value is None:
            return None
    text = str(value).strip()
    match = _DAY.match(text)
    return match.group(1) if match else text


def year(value: Any) -> str:
    return str(value).strip()[:4] if value is not None else ""


def url_key(value: str) -> str:
    # The parser's own rule: scheme, "www." and a trailing slash make no difference.
    return web_url_key(str(value).strip())


def phone_key(value: str) -> str:
    digits = _NON_DIGIT.sub("", str(value))
    if digits.startswith("0") and len(digits) == 10:
        digits = "996" + digits[1:]
    return "+" + digits


def _contacts_of(record: Mapping[str, Any], name: str) -> list:
    values = record.get(name)
    if values is None and isinstance(record.get("contacts"), dict):
        values = record["contacts"].get(name)
    out = []
    for item in values or []:
        if isinstance(item, dict):
            item = item.get("value") or item.get("e164") or item.get("text")
        if item:
            out.append(item)
    return out


# Each rule yields (field, key, display): `display` is what a person reads in
# an error list (gold spelling, not the folded key).

Item = tuple[str, Any, str]


def gold_items(gold: Mapping[str, Any], strict: bool) -> Iterator[Item]:
    issued = day(gold.get("issued"))
    if issued:
        yield "issued", issued, issued
    for d in gold.get("dates") or []:
        start, end = day(d["start"]), day(d.get("end", d["start"]))
        yield "dates", (start, end), _range(start, end)
    for p in gold.get("periods") or []:
        start, end = year(p["start"]), year(p.get("end", p["start"]))
        yield "periods", (start, end), _range(start, end)
    for place in gold.get("places") or []:
        level, _, name = str(place).partition(":")
        yield "places", (level.strip(), fold(name)), str(place)
    for p in gold.get("participants") or []:
        count = int(p["count"])
        qualifier = p.get("qualifier", "exact")
        who = f" {p['who']}" if p.get("who") else ""
        yield (
            "participants",
            (count, qualifier) if strict else count,
            f"{count} ({qualifier}){who}",
        )
    for name in gold.get("persons") or []:
        yield "persons", fold(name), str(name)
    for phone in gold.get("phones") or []:
        yield "phones", phone_key(phone), str(phone)
    for email in gold.get("emails") or []:
        yield "emails", str(email).strip().casefold(), str(email)
    for url in gold.get("urls") or []:
        yield "urls", url_key(url), str(url)
    for event in gold.get("events") or []:
        kind, start = fold(event["kind"]), day(event.get("start")) or ""
        yield "events", (kind, start), event_display(event["kind"], start)


PredItem = tuple[str, Any, Mapping | None]


def pred_items(rec: Mapping[str, Any], strict: bool) -> Iterator[PredItem]:
    """(field, key, mention): the mention (a dict with text and span) is the evidence."""
    yield from _pred_date_items(rec)
    for p in rec.get("places") or []:
        if not isinstance(p, dict) or p.get("level") == "country":
            continue
        yield "places", (str(p.get("level", "")), fold(p.get("name") or "")), p
    for p in rec.get("participants") or []:
        if not isinstance(p, dict) or p.get("count") is None:
            continue
        count = int(p["count"])
        yield "participants", (count, p.get("qualifier", "exact")) if strict else count, p
    for p in rec.get("persons") or []:
        name = p.get("name") if isinstance(p, dict) else p
        if name:
            yield "persons", fold(name), p if isinstance(p, dict) else None
    yield from _pred_contact_items(rec)
    for e in rec.get("events") or []:
        if isinstance(e, dict) and e.get("kind"):
            yield "events", (fold(e["kind"]), day(e.get("start")) or ""), e


def _pred_date_items(rec: Mapping[str, Any]) -> Iterator[PredItem]:
    """The issued date, the dates and the periods of a predicted record."""
    dates = [d for d in rec.get("dates") or [] if isinstance(d, dict)]
    issued = day(rec.get("issued"))
    if issued:
        evidence = next((d for d in dates if d.get("role") == "issued"), None)
        yield "issued", issued, evidence
    for d in dates:
        if d.get("role") == "issued":
            continue
        start = day(d.get("start") or d.get("date"))
        end = day(d.get("end") or start)
        if start:
            yield "dates", (start, end), d
    for p in rec.get("periods") or []:
        if isinstance(p, dict):
            yield "periods", (year(p.get("start")), year(p.get("end") or p.get("start"))), p


def _pred_contact_items(rec: Mapping[str, Any]) -> Iterator[PredItem]:
    """The phones, e-mails and URLs of a predicted record, each with its mention."""
    contacts = rec.get("contacts")
    if not isinstance(contacts, dict):
        contacts = {}
    mentions = [m for m in contacts.get("mentions") or [] if isinstance(m, dict)]
    for name, kind, key_of in (
        ("phones", "phone", phone_key),
        ("emails", "email", lambda v: str(v).strip().casefold()),
        ("urls", "url", url_key),
    ):
        by_key = {key_of(m.get("value", "")): m for m in mentions if m.get("kind") == kind}
        for value in _contacts_of(rec, name):
            key = key_of(value)
            yield name, key, by_key.get(key)


def _range(start: Any, end: Any) -> str:
    return str(start) if start == end else f"{start}..{end}"


def gold_keys(gold: Mapping[str, Any], strict: bool = False) -> dict[str, set]:
    keys: dict[str, set] = {f: set() for f in ALL_FIELDS}
    for name, key, _ in gold_items(gold, strict):
        keys[name].add(key)
    return keys


def pred_keys(rec: Mapping[str, Any], strict: bool = False) -> dict[str, set]:
    keys: dict[str, set] = {f: set() for f in ALL_FIELDS}
    for name, key, _ in pred_items(rec, strict):
        keys[name].add(key)
    return keys


# --show-errors: an event without a start says so, missed or extra alike, so that the
# span printed after an extra is never read as its start.
NO_START = "(no start)"


def event_display(kind: str, start: str | None) -> str:
    """ "семинар 2021-03-30", "курс (no start)": an event's kind and its start."""
    return f"{kind} {start or NO_START}"


def display_pred(name: str, key: Any, mention: Any = None) -> str:
    """A predicted key as --show-errors prints it; an event's kind as the record spells
    it (`mention`, the record's event), like a missed one's gold spelling."""
    if name in ("dates", "periods"):
        return _range(*key)
    if name == "places":
        return f"{key[0]}:{key[1]}"
    if name == "participants" and isinstance(key, tuple):
        return f"{key[0]} ({key[1]})"
    if name == "events":
        kind = mention.get("kind") if isinstance(mention, dict) else None
        return event_display(kind or key[0], key[1])
    return str(key)
