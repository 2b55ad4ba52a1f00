"""The output contract: the single definition of every record vap writes.

The output contract's fields (README, "What you get") come first in each model; records may carry more.
The JSON Schema (`vap schema`), the CSV columns and the SQLite tables are all
derived from these classes (see tables.py), so a field added here appears in
every format at once. The classes are light (record_base.py): a parse makes and
writes them without pydantic, whose models of them are built on first use.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType
from typing import Literal

# Record: the light base (record_base.py); a record's pydantic model is built from
# these declarations when it is needed (validation, JSON Schema, the tables).
from .record_base import Field, Record

DateRole = Literal["issued", "event", "deadline", "other"]
PlaceLevel = Literal["country", "oblast", "city", "district", "town", "ayil_aimak", "village"]
Qualifier = Literal["exact", "more_than", "about", "at_least", "up_to"]
Status = Literal["planned", "actual", "unknown"]
Language = Literal["ky", "ru", "mixed", "unknown"]
WhoGroup = Literal[
    "officials", "deputies", "residents", "youth", "women", "students", "specialists",
    "participants", "units", "other",
]  # fmt: skip


class Span(Record):
    """Character offsets [start, end) into the ORIGINAL text of the document."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class WarningCode(str, Enum):
    """What a warning is about: stable, so a program can act on it (README lists them)."""

    NUL_BYTES_REMOVED = "nul_bytes_removed"
    INVALID_UTF8_REPLACED = "invalid_utf8_replaced"
    ENCODING_GUESSED = "encoding_guessed"
    PLACE_NOT_IN_GAZETTEER = "place_not_in_gazetteer"
    BREAKDOWN_SUM_MISMATCH = "breakdown_sum_mismatch"
    INVALID_DATE = "invalid_date"
    LOST_LETTERS_RESTORED = "lost_letters_restored"


# When each warning is given: `vap schema` says it beside the code.
WARNING_WHEN: Mapping[WarningCode, str] = MappingProxyType(
    {
        WarningCode.NUL_BYTES_REMOVED: "a few stray NUL bytes in a text file were dropped",
        WarningCode.INVALID_UTF8_REPLACED: "a UTF-8 file had a few invalid bytes, read as U+FFFD",
        WarningCode.ENCODING_GUESSED: "a code page was guessed with low confidence (mojibake?)",
        WarningCode.PLACE_NOT_IN_GAZETTEER: "a place named with a type word is not in the"
        " gazetteer (its soate is null)",
        WarningCode.BREAKDOWN_SUM_MISMATCH: "the rows of a participants breakdown do not add"
        " up to its total",
        WarningCode.INVALID_DATE: "a written date does not exist (31.02) and was ignored",
        WarningCode.LOST_LETTERS_RESTORED: "the Kyrgyz letters ң, ө, ү lost to '?' by a code"
        " page were put back to match words (the text and spans are unchanged)",
    }
)


class ParseWarning(Record):
    """Something the reader repaired or the parser doubted; the record is still written."""

    code: WarningCode = Field(
        description="; ".join(f"{code.value}: {when}" for code, when in WARNING_WHEN.items())
    )
    message: str = Field(description="for a person to read; may change between versions")
    span: Span | None = Field(
        default=None, description="the mention the warning is about; null for the whole file"
    )


class DateMention(Record):
    start: str = Field(description='"YYYY-MM-DD", or "--MM-DD" when no year can be known')
    end: str = Field(description="same form as start; equal to start for a single day")
    role: DateRole = "event"
    text: str
    span: Span
    time: str | None = Field(default=None, description='"HH:MM" when the text gives a time')


class Period(Record):
    """One per distinct (start, end); `text` and `span` are its first mention."""

    start: int = Field(description="first year")
    end: int = Field(description="last year; equal to start for a single year")
    text: str
    span: Span
    mentions: list[Span] = Field(default_factory=list, description="every mention, in text order")


class PlaceRef(Record):
    level: PlaceLevel
    name: str
    soate: str | None = None


class Place(Record):
    """A unit the text names, with its whole chain of parents: each level column
    holds the unit at that level of the chain, the place itself included (an
    oblast's row has its own name in `oblast`), so a table groups by any level."""

    level: PlaceLevel
    name: str = Field(description="Kyrgyz canonical name without its type word")
    soate: str | None = Field(
        default=None, description="SOATE code; null when unknown to the gazetteer"
    )
    country: str | None = Field(default=None, description="Кыргызстан for every unit of Kyrgyzstan")
    oblast: str | None = None
    oblast_soate: str | None = None
    district: str | None = None
    district_soate: str | None = None
    ayil_aimak: str | None = None
    ayil_aimak_soate: str | None = None
    lat: float | None = Field(default=None, description="latitude (WGS 84) from the gazetteer")
    lon: float | None = Field(default=None, description="longitude (WGS 84) from the gazetteer")
    coords_soate: str | None = Field(
        default=None,
        description="SOATE code of the unit the coordinates belong to: the place's own, or"
        " its nearest parent's when the gazetteer has none for the place",
    )
    text: str
    span: Span
    score: float = Field(default=1.0, ge=0.0, le=1.0)
    role: str | None = Field(default=None, description='"dateline" for the place of the dateline')
    mentions: list[Span] = Field(default_factory=list, description="every mention of this unit")


class Participation(Record):
    count: int
    qualifier: Qualifier = "exact"
    who: str | None = None
    status: Status = "unknown"
    place: PlaceRef | None = None
    text: str
    span: Span
    part_of: int | None = Field(default=None, description="index of the total this row breaks down")
    kind: Literal["people", "units"] = Field(
        default="people", description="units: districts, ayil aimaks, councils, organisations"
    )
    who_group: WhoGroup = Field(
        default="other", description="`who` grouped across languages (lexicon/who_groups.yaml)"
    )
    in_total: bool = Field(
        default=False,
        description="counted in the document's people total: a count of people that is not"
        " a part of a counted total nor a restatement of another count (headcount.py)",
    )


class Person(Record):
    name: str = Field(description="nominative form")
    role: str | None = None
    roles: list[str] = Field(default_factory=list)
    text: str
    span: Span
    mentions: list[Span] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    emails: list[str] = Field(default_factory=list)


class ContactMention(Record):
    kind: Literal["phone", "email", "url"]
    value: str = Field(description="normalised value: E.164 phone, lower-case e-mail, URL")
    text: str
    span: Span
    person: int | None = Field(default=None, description="index into persons of its owner")


class Contacts(Record):
    phones: list[str] = Field(default_factory=list)
    emails: list[str] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list)
    mentions: list[ContactMention] = Field(default_factory=list)


KindGroup = Literal[
    "training", "seminar", "meeting", "hearing", "session", "competition", "opening", "other"
]


class Event(Record):
    kind: str = Field(description="тренинг, семинар-тренинг, тажрыйба алмашуу сапары, ...")
    kind_group: KindGroup = Field(
        default="other", description="the kind grouped across languages (lexicon/events.yaml)"
    )
    kind_text: str | None = Field(
        default=None, description="the kind word as the event's text writes it (тренингдерге)"
    )
    source: Literal["prose", "table"] = "prose"
    start: str | None = None
    end: str | None = None
    duration_days: int | None = None
    places: list[PlaceRef] = Field(default_factory=list)
    venue: str | None = None
    participants: list[int] = Field(default_factory=list, description="indexes into participants")
    text: str
    span: Span


class EventRow(Record):
    """One event as one flat row, for a spreadsheet or a SQL table (event_table.py).
    A cell that holds several values (an event in three districts) joins them with
    "; " in the order of the event's places; the level columns of a place name its
    parents too (an event in an ayil aimak fills its district and oblast)."""

    doc_id: str
    source: str
    issued: str | None = None
    start: str | None = None
    end: str | None = None
    kind: str
    kind_text: str | None = None
    kind_group: KindGroup = "other"
    oblast: str | None = None
    oblast_soate: str | None = None
    district: str | None = None
    district_soate: str | None = None
    city: str | None = None
    city_soate: str | None = None
    ayil_aimak: str | None = None
    ayil_aimak_soate: str | None = None
    village: str | None = None
    village_soate: str | None = None
    participants: int | None = Field(
        default=None,
        description="people taking part: the sum of the event's counts of people that are"
        " in the document's people total; null when the event has none",
    )
    qualifier: Qualifier | None = Field(
        default=None, description="of the sum: exact only when every count summed is exact"
    )
    who: str | None = Field(default=None, description="the summed counts' who, as written")
    who_group: str | None = None
    units: int | None = Field(default=None, description="the sum of its counts of units")
    span_start: int
    span_end: int


class Organization(Record):
    name: str = Field(
        description="canonical name: a known body's from the lexicon (the text may use"
        " another language's name: see text), else the name as the text writes it"
    )
    acronym: str | None = Field(
        default=None, description="the acronym as the text writes it; null when it writes none"
    )
    canonical_acronym: str | None = Field(
        default=None,
        description="the lexicon's acronym of a known body (ӨСИ), whether or not the text"
        " writes it; the document's own acronym otherwise",
    )
    kind: Literal["organization", "project"] = "organization"
    text: str
    span: Span
    mentions: list[Span] = Field(default_factory=list)


class Document(Record):
    id: str = Field(
        description="sha1 of the text (line endings normalised), 16 hex digits: the same"
        " text has the same id whatever its path; joins the tables as doc_id"
    )
    source: str = Field(description="the input path as given")
    language: Language = "unknown"
    title: str | None = None
    doc_type: str | None = None
    issued: str | None = None
    dates: list[DateMention] = Field(default_factory=list)
    periods: list[Period] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    participants: list[Participation] = Field(default_factory=list)
    persons: list[Person] = Field(default_factory=list)
    contacts: Contacts = Field(default_factory=Contacts.model_construct)
    events: list[Event] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    warnings: list[ParseWarning] = Field(default_factory=list)
    duplicates: list[str] = Field(default_factory=list)


class Failure(Record):
    """A document that could not be parsed: a row of the `errors` table that
    `vap parse --engine dask` writes beside the others, instead of failing the job."""

    source: str = Field(description="the input path or URL as given")
    error: str = Field(description="the one-line reason, as `vap parse` prints it")
