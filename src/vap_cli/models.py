"""The output contract: the single definition of every record vap writes.

The output contract's fields (README, "What you get") come first in each model; records may carry more.
The JSON Schema (`vap schema`), the CSV columns and the SQLite tables are all
derived from these classes (see export/table_schema.py), so a field added here appears in
every format at once. The classes are light (record_base.py): a parse makes and
writes them without pydantic, whose models of them are built on first use.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType
from typing import Literal, get_args

# Record: the light base (record_base.py); a record's pydantic model is built from
# these declarations when it is needed (validation, JSON Schema, the tables).
from .record_base import Field, Record

DateRole = Literal["issued", "event", "deadline", "other"]
PlaceLevel = Literal["country", "oblast", "city", "district", "town", "ayil_aimak", "village"]
# The levels of the gazetteer's units, largest first (PlaceLevel's order): all but the
# country, which no unit has.
UNIT_LEVELS: tuple[str, ...] = get_args(PlaceLevel)[1:]
# The levels of a place's chain of parents that Place has a column for (`oblast`,
# `district`, `ayil_aimak` and their `_soate`).
CHAIN_LEVELS: tuple[str, ...] = ("oblast", "district", "ayil_aimak")
Qualifier = Literal["exact", "more_than", "about", "at_least", "up_to"]
Status = Literal["planned", "actual", "unknown"]
Language = Literal["ky", "ru", "mixed", "unknown"]
WhoGroup = Literal[
    "officials", "deputies", "residents", "youth", "women", "students", "specialists",
    "participants", "units", "other",
]  # fmt: skip


# Descriptions of fields that many records share, said once (`vap schema`, and the
# column descriptions of the SQLite corpus for Datasette: sqlite_db.metadata).
SPAN_START = "offset of the mention's first character in the document's text as read"
SPAN_END = "offset just past the mention's last character: text[start:end] is the mention"
TEXT = "the mention as the document writes it"
MENTIONS = "every mention, in text order"
LEVEL = "oblast, city, district, town, ayil_aimak, village or country"
SOATE = "SOATE code; null when unknown to the gazetteer"
CANONICAL_NAME = "Kyrgyz canonical name without its type word"
DOC_ID = (
    "sha1 of the text (line endings normalised), 16 hex digits: the same"
    " text has the same id whatever its path; joins the tables as doc_id"
)
SOURCE = "the input path as given"


class Span(Record):
    """Character offsets [start, end) into the ORIGINAL text of the document."""

    start: int = Field(ge=0, description=SPAN_START)
    end: int = Field(ge=0, description=SPAN_END)


class WarningCode(str, Enum):
    """What a warning is about: stable, so a program can act on it."""

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


# The schema's WarningCode says when each code is given, as its `code` field does.
WarningCode.__doc__ = f"{WarningCode.__doc__} When each is given: " + "; ".join(
    f"{code.value}: {when}" for code, when in WARNING_WHEN.items()
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
    role: DateRole = Field(
        default="event", description="issued (the document's own date), event, deadline or other"
    )
    text: str = Field(description=TEXT)
    span: Span
    time: str | None = Field(default=None, description='"HH:MM" when the text gives a time')


class Period(Record):
    """One per distinct (start, end); `text` and `span` are its first mention."""

    start: int = Field(description="first year")
    end: int = Field(description="last year; equal to start for a single year")
    text: str = Field(description="its first mention as the document writes it")
    span: Span
    mentions: list[Span] = Field(default_factory=list, description=MENTIONS)


class PlaceRef(Record):
    level: PlaceLevel = Field(description=LEVEL)
    name: str = Field(description=CANONICAL_NAME)
    soate: str | None = Field(default=None, description=SOATE)


class Place(Record):
    """A unit the text names, with its whole chain of parents: each level column
    holds the unit at that level of the chain, the place itself included (an
    oblast's row has its own name in `oblast`), so a table groups by any level."""

    level: PlaceLevel = Field(description=LEVEL)
    name: str = Field(description=CANONICAL_NAME)
    soate: str | None = Field(default=None, description=SOATE)
    country: str | None = Field(default=None, description="Кыргызстан for every unit of Kyrgyzstan")
    oblast: str | None = Field(
        default=None, description="the oblast of the place's chain (an oblast's own name)"
    )
    oblast_soate: str | None = Field(default=None, description="SOATE code of the oblast")
    district: str | None = Field(
        default=None, description="the district of the place's chain (a district's own name)"
    )
    district_soate: str | None = Field(default=None, description="SOATE code of the district")
    ayil_aimak: str | None = Field(
        default=None, description="the ayil aimak of the place's chain (an ayil aimak's own name)"
    )
    ayil_aimak_soate: str | None = Field(default=None, description="SOATE code of the ayil aimak")
    lat: float | None = Field(default=None, description="latitude (WGS 84) from the gazetteer")
    lon: float | None = Field(default=None, description="longitude (WGS 84) from the gazetteer")
    coords_soate: str | None = Field(
        default=None,
        description="SOATE code of the unit the coordinates belong to: the place's own, or"
        " its nearest parent's when the gazetteer has none for the place",
    )
    text: str = Field(description="its first mention as the document writes it")
    span: Span
    score: float = Field(
        default=1.0, ge=0.0, le=1.0, description="how sure the match is, from 0 to 1"
    )
    role: str | None = Field(default=None, description='"dateline" for the place of the dateline')
    mentions: list[Span] = Field(default_factory=list, description="every mention of this unit")


class Participation(Record):
    count: int = Field(description="the number, as a figure (number words read)")
    qualifier: Qualifier = Field(
        default="exact", description="exact, more_than, about, at_least or up_to"
    )
    who: str | None = Field(
        default=None, description="who is counted, as the text writes it; null when it says not"
    )
    status: Status = Field(
        default="unknown", description="planned (will take part), actual (took part) or unknown"
    )
    place: PlaceRef | None = Field(
        default=None, description="the place the count is for (a breakdown row's unit)"
    )
    text: str = Field(description=TEXT)
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
        " a part of a counted total nor a restatement of another count (resolve/headcount.py)",
    )


class Person(Record):
    name: str = Field(description="nominative form")
    role: str | None = Field(default=None, description="the person's first role, as written")
    roles: list[str] = Field(default_factory=list, description="every role the text gives")
    text: str = Field(description="the first mention as the document writes it")
    span: Span
    mentions: list[Span] = Field(default_factory=list, description=MENTIONS)
    phones: list[str] = Field(default_factory=list, description="the person's phones, E.164")
    emails: list[str] = Field(default_factory=list, description="the person's e-mails, lower case")


class ContactMention(Record):
    kind: Literal["phone", "email", "url"] = Field(description="phone, email or url")
    value: str = Field(description="normalised value: E.164 phone, lower-case e-mail, URL")
    text: str = Field(description=TEXT)
    span: Span
    person: int | None = Field(default=None, description="index into persons of its owner")


class Contacts(Record):
    phones: list[str] = Field(default_factory=list, description="the document's phones, E.164")
    emails: list[str] = Field(default_factory=list, description="its e-mails, lower case")
    urls: list[str] = Field(default_factory=list, description="its web addresses")
    mentions: list[ContactMention] = Field(
        default_factory=list, description="each phone, e-mail and URL where the text writes it"
    )


KindGroup = Literal[
    "training", "seminar", "meeting", "hearing", "session", "competition", "opening", "other"
]


EVENT_KIND = "тренинг, семинар-тренинг, тажрыйба алмашуу сапары, ..."
KIND_GROUP = "the kind grouped across languages (lexicon/events.yaml)"
KIND_TEXT = "the kind word as the event's text writes it (тренингдерге)"
EVENT_START = "first day, YYYY-MM-DD; null when the text gives none"
EVENT_END = "last day; equal to start for one day"


class Event(Record):
    kind: str = Field(description=EVENT_KIND)
    kind_group: KindGroup = Field(default="other", description=KIND_GROUP)
    kind_text: str | None = Field(default=None, description=KIND_TEXT)
    source: Literal["prose", "table"] = Field(
        default="prose", description="prose (told in a sentence) or table (a schedule's row)"
    )
    start: str | None = Field(default=None, description=EVENT_START)
    end: str | None = Field(default=None, description=EVENT_END)
    duration_days: int | None = Field(
        default=None, description="days it lasts as the text says (үч күндүк: 3); null if not"
    )
    places: list[PlaceRef] = Field(default_factory=list, description="where it takes place")
    venue: str | None = Field(default=None, description="the hall or building, as written")
    participants: list[int] = Field(default_factory=list, description="indexes into participants")
    text: str = Field(description="the sentence or table row that tells it")
    span: Span


ROW_UNITS = "the {level} of the event's places and of their parents, joined by '; '"
ROW_CODES = "their SOATE codes, in the same order"


class EventRow(Record):
    """One event as one flat row, for a spreadsheet or a SQL table (export/event_table.py).
    A cell that holds several values (an event in three districts) joins them with
    "; " in the order of the event's places; the level columns of a place name its
    parents too (an event in an ayil aimak fills its district and oblast)."""

    doc_id: str = Field(description=DOC_ID)
    source: str = Field(description=SOURCE)
    issued: str | None = Field(default=None, description="the document's issued date")
    start: str | None = Field(default=None, description=EVENT_START)
    end: str | None = Field(default=None, description=EVENT_END)
    kind: str = Field(description=EVENT_KIND)
    kind_text: str | None = Field(default=None, description=KIND_TEXT)
    kind_group: KindGroup = Field(default="other", description=KIND_GROUP)
    oblast: str | None = Field(default=None, description=ROW_UNITS.format(level="oblasts"))
    oblast_soate: str | None = Field(default=None, description=ROW_CODES)
    district: str | None = Field(default=None, description=ROW_UNITS.format(level="districts"))
    district_soate: str | None = Field(default=None, description=ROW_CODES)
    city: str | None = Field(default=None, description=ROW_UNITS.format(level="cities"))
    city_soate: str | None = Field(default=None, description=ROW_CODES)
    ayil_aimak: str | None = Field(default=None, description=ROW_UNITS.format(level="ayil aimaks"))
    ayil_aimak_soate: str | None = Field(default=None, description=ROW_CODES)
    village: str | None = Field(default=None, description=ROW_UNITS.format(level="villages"))
    village_soate: str | None = Field(default=None, description=ROW_CODES)
    participants: int | None = Field(
        default=None,
        description="people taking part: the sum of the event's counts of people that are"
        " in the document's people total; null when the event has none",
    )
    qualifier: Qualifier | None = Field(
        default=None, description="of the sum: exact only when every count summed is exact"
    )
    who: str | None = Field(default=None, description="the summed counts' who, as written")
    who_group: str | None = Field(default=None, description="the group of that who")
    units: int | None = Field(default=None, description="the sum of its counts of units")
    span_start: int = Field(description=SPAN_START + " (the event's text)")
    span_end: int = Field(description=SPAN_END)


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
    kind: Literal["organization", "project"] = Field(
        default="organization", description="organization or project"
    )
    text: str = Field(description="its first mention as the document writes it")
    span: Span
    mentions: list[Span] = Field(default_factory=list, description=MENTIONS)


class Document(Record):
    id: str = Field(description=DOC_ID)
    source: str = Field(description=SOURCE)
    language: Language = Field(default="unknown", description="ky, ru, mixed or unknown")
    title: str | None = Field(default=None, description="the headline")
    doc_type: str | None = Field(
        default=None, description="пресс-релиз, маалымат, жаңылык, анонс or null"
    )
    issued: str | None = Field(
        default=None, description="YYYY-MM-DD: the date of the document itself; null if unknown"
    )
    dates: list[DateMention] = Field(default_factory=list)
    periods: list[Period] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    participants: list[Participation] = Field(default_factory=list)
    persons: list[Person] = Field(default_factory=list)
    contacts: Contacts = Field(default_factory=Contacts.model_construct)
    events: list[Event] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    warnings: list[ParseWarning] = Field(default_factory=list)
    duplicates: list[str] = Field(
        default_factory=list, description="with --dedupe: the paths of this document's other copies"
    )


class Failure(Record):
    """An input that could not be parsed: a row of the `errors` table of every table
    output (CSV, Excel, Parquet, SQLite, and the Dask engine's partitions), beside the
    documents' tables."""

    source: str = Field(description="the input path or URL as given")
    error: str = Field(description="the one-line reason, as `vap parse` prints it")


class SourceRow(Record):
    """One input path and the document read from it: a row of the `sources` table of
    every table output. Files with the same text are one document (one `documents`
    row, its rows in the other tables once); each path is a row here."""

    source: str = Field(description="an input path as given (several paths may hold one text)")
    doc_id: str = Field(description="the id of the document read from it")
