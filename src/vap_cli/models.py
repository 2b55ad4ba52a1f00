"""The output contract: the single definition of every record vap writes.

DESIGN.md's contract fields come first in each model; records may carry more.
The JSON Schema (`vap schema`), the CSV columns and the SQLite tables are all
derived from these classes (see export.py), so a field added here appears in
every format at once.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DateRole = Literal["issued", "event", "deadline", "other"]
PlaceLevel = Literal["country", "oblast", "city", "district", "town", "ayil_aimak", "village"]
Qualifier = Literal["exact", "more_than", "about", "at_least", "up_to"]
Status = Literal["planned", "actual", "unknown"]
Language = Literal["ky", "ru", "mixed", "unknown"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Record):
    """Character offsets [start, end) into the ORIGINAL text of the document."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


class DateMention(Record):
    start: str = Field(description='"YYYY-MM-DD", or "--MM-DD" when no year can be known')
    end: str = Field(description="same form as start; equal to start for a single day")
    role: DateRole = "event"
    text: str
    span: Span
    time: str | None = Field(default=None, description='"HH:MM" when the text gives a time')


class Period(Record):
    start: int = Field(description="first year")
    end: int = Field(description="last year; equal to start for a single year")
    text: str
    span: Span


class PlaceRef(Record):
    level: PlaceLevel
    name: str
    id: str | None = None


class Place(Record):
    level: PlaceLevel
    name: str = Field(description="Kyrgyz canonical name without its type word")
    id: str | None = Field(
        default=None, description="SOATE code; null when unknown to the gazetteer"
    )
    oblast: str | None = None
    district: str | None = None
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


class Event(Record):
    kind: str = Field(description="тренинг, семинар-тренинг, тажрыйба алмашуу сапары, ...")
    source: Literal["prose", "table"] = "prose"
    start: str | None = None
    end: str | None = None
    duration_days: int | None = None
    places: list[PlaceRef] = Field(default_factory=list)
    venue: str | None = None
    participants: list[int] = Field(default_factory=list, description="indexes into participants")
    text: str
    span: Span


class Organization(Record):
    name: str
    acronym: str | None = None
    kind: Literal["organization", "project"] = "organization"
    text: str
    span: Span
    mentions: list[Span] = Field(default_factory=list)


class Document(Record):
    id: str = Field(description="stable id of the document in this run, joins the tables")
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
    contacts: Contacts = Field(default_factory=Contacts)
    events: list[Event] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    duplicates: list[str] = Field(default_factory=list)


class Failure(Record):
    """A document that could not be parsed: a row of the `errors` table that
    `vap parse --engine dask` writes beside the others, instead of failing the job."""

    source: str = Field(description="the input path or URL as given")
    error: str = Field(description="the one-line reason, as `vap parse` prints it")
