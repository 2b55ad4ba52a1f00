"""The fields of a parsed record that the behaviour tests compare, each in one shape: a
test names the view it reads (`level_names(text)`) rather than writing the
comprehension again."""

from __future__ import annotations

from vap_cli.models import Document
from vap_cli.pipeline import parse_text

# --- persons ----------------------------------------------------------------------------


def person_names(text: str) -> list[str]:
    return [p.name for p in parse_text(text).persons]


def person_name_set(text: str) -> set[str]:
    return {p.name for p in parse_text(text).persons}


# --- places -----------------------------------------------------------------------------


def level_names(text: str) -> set[str]:
    """Each place as "level:name"."""
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


def sorted_level_names(text: str) -> list[str]:
    return sorted(f"{p.level}:{p.name}" for p in parse_text(text).places)


def level_name_pairs(text: str) -> set[tuple[str, str]]:
    """Each place but the country as (level, name)."""
    return {(p.level, p.name) for p in parse_text(text).places if p.level != "country"}


def level_name_list(text: str) -> list[tuple[str, str]]:
    """Each place, the country too, as (level, name) in the record's order."""
    return [(p.level, p.name) for p in parse_text(text).places]


def place_names(text: str) -> list[str]:
    return [p.name for p in parse_text(text).places]


def ayil_aimak_names(text: str) -> list[str]:
    return sorted(p.name for p in parse_text(text).places if p.level == "ayil_aimak")


# --- participants -----------------------------------------------------------------------


def counts(text: str) -> list[int]:
    return sorted(p.count for p in parse_text(text).participants)


def qualified_counts(text: str) -> list[tuple[int, str]]:
    return sorted((p.count, p.qualifier) for p in parse_text(text).participants)


def qualified_counts_in_order(text: str) -> list[tuple[int, str]]:
    return [(p.count, p.qualifier) for p in parse_text(text).participants]


def qualified_counts_with_who(text: str) -> list[tuple[int, str, str]]:
    return sorted((p.count, p.qualifier, p.who) for p in parse_text(text).participants)


def counts_with_who(text: str) -> list[tuple[int, str | None]]:
    return sorted((p.count, p.who) for p in parse_text(text).participants)


def counts_with_who_in_order(text: str) -> list[tuple[int, str | None]]:
    return [(p.count, p.who) for p in parse_text(text).participants]


# --- periods ----------------------------------------------------------------------------


def period_spans(text: str) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in parse_text(text).periods]


def sorted_period_spans(text: str) -> list[tuple[int, int]]:
    return sorted((p.start, p.end) for p in parse_text(text).periods)


def period_starts(text: str) -> list[int]:
    return sorted(p.start for p in parse_text(text).periods)


# --- dates and the page's own date (role issued) -----------------------------------------


def issued_date(text: str) -> str | None:
    return parse_text(text).issued


def day_spans(text: str) -> list[tuple[str, str]]:
    return sorted((d.start, d.end) for d in parse_text(text).dates)


def all_days(text: str) -> list[str]:
    return sorted(d.start for d in parse_text(text).dates)


def days_in_order(text: str) -> list[str]:
    return [str(d.start) for d in parse_text(text).dates]


def content_days(text: str) -> list[str]:
    """The dates of the text, the page's own (role issued) left out."""
    return sorted(d.start for d in parse_text(text).dates if d.role != "issued")


def content_days_of(doc: Document) -> list[str]:
    return sorted(d.start for d in doc.dates if d.role != "issued")


def content_days_in_order(text: str) -> list[str]:
    return [d.start for d in parse_text(text).dates if d.role != "issued"]


def content_day_spans(text: str) -> list[tuple[str, str]]:
    return sorted((d.start, d.end) for d in parse_text(text).dates if d.role != "issued")


def issued_and_content_days(text: str) -> tuple[str | None, list[str]]:
    doc = parse_text(text)
    return doc.issued, sorted(d.start for d in doc.dates if d.role != "issued")


def issued_and_content_ranges(text: str) -> tuple[str | None, list[str]]:
    """The page's own date, and the text's dates as "start..end"."""
    doc = parse_text(text)
    return doc.issued, sorted(f"{d.start}..{d.end}" for d in doc.dates if d.role != "issued")


def issued_and_days_in_order(text: str) -> tuple[str | None, list[str]]:
    record = parse_text(text)
    return record.issued, [d.start for d in record.dates]


def level_names_and_days(text: str) -> tuple[set[str], list[str]]:
    record = parse_text(text)
    return {f"{p.level}:{p.name}" for p in record.places}, [d.start for d in record.dates]
