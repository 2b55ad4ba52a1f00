"""A contact directory across many documents: each person once.

Every person of every document is a sighting. Sightings merge when they are
plainly one person:
- the same folded name (Нургуль Жаманкулова = Нургүл Жаманкулова: folding
  drops the soft sign and reads ү as у);
- a spelling variant (rapidfuzz on folded surname and given name) that shares
  a personal phone or e-mail with it;
- initials or a lone surname ("Н. Жаманкулова") that fit exactly one full name
  of the directory, or that share a personal phone or e-mail with it.
A phone or e-mail seen with two people of different surnames (beyond spelling) is an
organisation's (a switchboard, info@...) and is never evidence: two people who
merely share a surname or an office phone stay apart.

Organisations are entries too (kind "organization"), one per canonical name,
with the acronyms the texts write; a document that names exactly one
organisation gives it the phones and e-mails that belong to none of its people.
Every phone and e-mail keeps where it was seen: each document and its issued date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .extractors.persons import is_patronymic, surname_of
from .fold import fold
from .lexicon import load
from .models import Document, Organization, Span

# Least rapidfuzz ratio (0-100) of two folded surnames, and of two folded given
# names, for a spelling variant; a variant also needs a shared personal contact.
SURNAME_SIMILARITY = 90.0
GIVEN_SIMILARITY = 85.0
# How far (characters) from a mention of a document's one organisation its unowned
# contacts may stand to be its own: a contact block's few lines (a "Маалымат үчүн:"
# line under the paragraph naming the body), not the whole page.
CONTACT_OWNER_REACH = 300
# A body whose name opens the text (within these few characters: a quote, a bullet)
# heads the page: its masthead or sender's line ("КЫРГЫЗ РЕСПУБЛИКАСЫНЫН ...
# МИНИСТРЛИГИ", "Министерство финансов ... / Пресс-релиз"): the page is its own, and
# so are its contacts. A news page opens with its site or its headline.
SENDER_HEAD = 10
# A document that says it is its sender's own (its type line: "Пресс-релиз",
# "Маалымат", "Информационное письмо": the models' doc_type) is the organisation's
# voice throughout: its one organisation owns every contact none of its people hold,
# however far down the letter prints them ("Просим подтвердить участие по адресу
# seminar@ls.kg" under "Союз ... приглашает"). A news page ("Новости", or no type
# line) is the newsroom's: only the contacts near the body's name are the body's.
SENDER_DOCUMENT_TYPES = frozenset(load("structure")["sender_document_types"])
# Male and female forms of one surname (folded): never one person.
GENDER_ENDINGS: list[tuple[str, str]] = [
    (pair["male"] or "", pair["female"]) for pair in load("persons")["gender_surname_endings"]
]


@dataclass
class Sighting:
    """One person as one document names them."""

    name: str
    source: str
    roles: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    email_spellings: list[str] = field(default_factory=list)
    issued: str | None = None
    acronyms: list[str] = field(default_factory=list)


@dataclass
class Entry:
    """One person or organisation of the directory."""

    name: str
    kind: str = "person"
    variants: list[str] = field(default_factory=list)
    acronyms: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    email_spellings: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    # phone or e-mail -> where it was seen: [{"document": path, "issued": date or None}]
    seen: dict[str, list[dict[str, str | None]]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "kind": self.kind,
            "variants": self.variants,
            "acronyms": self.acronyms,
            "roles": self.roles,
            "phones": self.phones,
            "emails": self.emails,
            "email_spellings": self.email_spellings,
            "documents": self.documents,
            "seen": self.seen,
        }

    def add(self, sighting: Sighting) -> None:
        _add(self.variants, [sighting.name])
        _add(self.acronyms, sighting.acronyms)
        _add(self.roles, sighting.roles)
        _add(self.phones, sighting.phones)
        _add(self.emails, sighting.emails)
        _add(self.email_spellings, sighting.email_spellings)
        _add(self.documents, [sighting.source])
        where = {"document": sighting.source, "issued": sighting.issued}
        for value in [*sighting.phones, *sighting.emails]:
            places = self.seen.setdefault(value, [])
            if where not in places:
                places.append(where)


def sightings_of(document: Document) -> list[Sighting]:
    found = []
    for index, person in enumerate(document.persons):
        spellings = [
            c.text for c in document.contacts.mentions if c.kind == "email" and c.person == index
        ]
        found.append(
            Sighting(
                name=person.name,
                source=document.source,
                roles=list(person.roles or ([person.role] if person.role else [])),
                phones=list(person.phones),
                emails=list(person.emails),
                email_spellings=spellings,
                issued=document.issued,
            )
        )
    return found


def organisation_sightings(document: Document) -> list[Sighting]:
    """The organisations a document names; its one organisation (if it names only
    one) gets the phones and e-mails that belong to none of its people: all of them
    when it heads the page or the document says it is the sender's own (its type
    line), else those that stand near one of its mentions."""
    bodies = [o for o in document.organizations if o.kind == "organization"]
    unowned = [c for c in document.contacts.mentions if c.person is None]
    if len(bodies) != 1:
        unowned = []
    elif not _sender_of(document, bodies[0]):  # a news page's: only its block's
        unowned = [c for c in unowned if _named_near(bodies[0], c.span)]
    return [
        Sighting(
            name=org.name,
            source=document.source,
            phones=_unique(c.value for c in unowned if c.kind == "phone"),
            emails=_unique(c.value for c in unowned if c.kind == "email"),
            issued=document.issued,
            acronyms=[org.acronym] if org.acronym else [],
        )
        for org in bodies
    ]


def _sender_of(document: Document, org: Organization) -> bool:
    """The document is the organisation's own: its name heads the page (SENDER_HEAD),
    or the document's type line says it is a sender's release or letter
    (SENDER_DOCUMENT_TYPES), and the organisation is the one body it names."""
    return org.span.start < SENDER_HEAD or document.doc_type in SENDER_DOCUMENT_TYPES


def _named_near(org: Organization, span: Span) -> bool:
    """The organisation is named in the contact's block: "Семинарды ӨСИ уюштурду.
    Маалымат үчүн: info@dpi.kg". A news page that names a ministry in its story
    and prints its own newsroom's address in the footer gives the ministry nothing."""
    return any(
        span.start - CONTACT_OWNER_REACH <= m.end and m.start <= span.end + CONTACT_OWNER_REACH
        for m in [org.span, *org.mentions]
    )


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def organisations(sightings: Iterable[Sighting]) -> list[Entry]:
    """One entry per canonical name (folded), in order of first sighting."""
    entries: dict[str, Entry] = {}
    for sighting in sightings:
        entry = entries.setdefault(
            fold(sighting.name), Entry(name=sighting.name, kind="organization")
        )
        entry.add(sighting)
    return list(entries.values())


def split_name(name: str) -> tuple[str, str]:
    """(given name or initials, surname) of a nominative name, both folded."""
    words = name.split()
    for i, word in enumerate(words):
        if surname_of(word) is not None:
            rest = [w for j, w in enumerate(words) if j != i and not is_patronymic(w)]
            return (fold(rest[0]) if rest else ""), fold(word)
    if len(words) >= 3:
        # "Азамат Асан уулу": the father's name with уулу/кызы is the surname.
        return fold(words[0]), fold(" ".join(words[1:]))
    if len(words) == 2:
        return fold(words[0]), fold(words[1])
    return "", fold(name)


class _Clusters:
    """Union-find over sighting indexes."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def build(sightings: Iterable[Sighting]) -> list[Entry]:
    """The directory: sightings merged into people, in order of first sighting."""
    items = list(sightings)
    clusters = _Clusters(len(items))
    # 1. One folded name, one person.
    by_key: dict[str, int] = {}
    for i, s in enumerate(items):
        key = fold(s.name)
        if key in by_key:
            clusters.union(by_key[key], i)
        else:
            by_key[key] = i
    # Contacts seen with people of different surnames belong to an organisation.
    parts = {key: split_name(items[i].name) for key, i in by_key.items()}
    holders: dict[str, set[str]] = {}
    for s in items:
        for value in [*s.phones, *s.emails]:
            holders.setdefault(value, set()).add(parts[fold(s.name)][1])
    personal = {value for value, surnames in holders.items() if _one_surname(surnames)}
    contacts: dict[str, set[str]] = {}
    for s in items:
        contacts.setdefault(fold(s.name), set()).update(
            v for v in [*s.phones, *s.emails] if v in personal
        )
    # 2. Distinct names: spelling variants, initials and lone surnames. Compared
    # within blocks of one surname initial (a spelling variant keeps its first letter).
    blocks: dict[str, list[str]] = {}
    for key, (_, surname) in parts.items():
        blocks.setdefault(surname[:1], []).append(key)
    for block in blocks.values():
        full = [k for k in block if len(parts[k][0]) > 1]
        for a_index, a in enumerate(block):
            for b in block[a_index + 1 :]:
                if _same_person(parts[a], parts[b], bool(contacts[a] & contacts[b]), full, parts):
                    clusters.union(by_key[a], by_key[b])
    return _entries(items, clusters)


def _other_gender(a: str, b: str) -> bool:
    """Асанов / Асанова, Бекиев / Бекиева: the same family, two people."""
    if a == b:
        return False
    for male, female in GENDER_ENDINGS:
        for x, y in ((a, b), (b, a)):
            if (
                x.endswith(male)
                and y.endswith(female)
                and x[: -len(male) or None] == y[: -len(female)]
            ):
                return True
    return False


def _one_surname(surnames: set[str]) -> bool:
    """Whether the holders of a contact share one surname (up to spelling)."""
    first, *others = sorted(surnames)
    return all(fuzz.ratio(first, other) >= SURNAME_SIMILARITY for other in others)


def _same_person(
    a: tuple[str, str],
    b: tuple[str, str],
    shared: bool,
    full_names: list[str],
    parts: dict[str, tuple[str, str]],
) -> bool:
    """Two distinct folded (given, surname) pairs name one person."""
    (given_a, surname_a), (given_b, surname_b) = a, b
    if fuzz.ratio(surname_a, surname_b) < SURNAME_SIMILARITY or _other_gender(surname_a, surname_b):
        return False
    full_a, full_b = len(given_a) > 1, len(given_b) > 1
    if full_a and full_b:
        return shared and fuzz.ratio(given_a, given_b) >= GIVEN_SIMILARITY
    if full_a == full_b:
        return shared and given_a == given_b
    (short_given, short_surname), (full_given, full_surname) = (a, b) if full_b else (b, a)
    if short_given and short_given != full_given[:1]:
        return False  # "А. Бекиев" is not Бекболот Бекиев
    if shared:
        return True
    # No shared contact: only the same surname, and only when exactly one full
    # name fits the initials.
    if short_surname != full_surname:
        return False
    fitting = {
        parts[k]
        for k in full_names
        if parts[k][1] == short_surname and (not short_given or parts[k][0][:1] == short_given)
    }
    return len(fitting) == 1


def _entries(items: list[Sighting], clusters: _Clusters) -> list[Entry]:
    groups: dict[int, list[Sighting]] = {}
    for i, s in enumerate(items):
        groups.setdefault(clusters.find(i), []).append(s)
    entries = []
    for members in groups.values():
        spellings = Counter(s.name for s in members)
        # The most frequent full spelling names the entry; ties go to the first seen.
        best = max(spellings, key=lambda n: (len(split_name(n)[0]) > 1, spellings[n]))
        entry = Entry(name=best)
        for s in members:
            entry.add(s)
        entries.append(entry)
    return entries


def _add(target: list[str], values: Iterable[str]) -> None:
    for value in values:
        if value not in target:
            target.append(value)


def directory(documents: Iterable[Document]) -> list[Entry]:
    """The contact directory of a set of parsed documents: people, then organisations."""
    documents = list(documents)
    people = build(s for document in documents for s in sightings_of(document))
    return people + organisations(s for d in documents for s in organisation_sightings(d))
