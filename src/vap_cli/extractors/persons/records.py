"""A person's record as the document's names gather into it (Found), and which names
are one person: another form of the same name ("С. Н. Жапаров", "Жапаров Садыр"), the
fullest spelling naming the record, the polite form ("Канат Касенович") one more
mention of its owner."""

from __future__ import annotations

from collections.abc import Callable

from ...fold import fold
from ...plain import Fields
from .words import NameMatch, is_patronymic


class Found(Fields):
    __slots__ = ("name", "surname", "given", "spans", "roles")
    name: str
    surname: str
    given: str
    spans: list[tuple[int, int]]
    roles: list[str]
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(
        self,
        name: str,
        surname: str,
        given: str,
        spans: list[tuple[int, int]] | None = None,
        roles: list[str] | None = None,
    ) -> None:
        self.name = name
        self.surname = surname
        self.given = given
        self.spans = [] if spans is None else spans
        self.roles = [] if roles is None else roles


def same_person(found: Found, match: NameMatch) -> bool:
    if fold(found.name) == fold(match.name):
        return True
    if fold(found.surname) != fold(match.surname):
        return False
    # "Н. Жаманкулова", "Н. Б. Жаманкулова" or a lone "Жаманкулова" is the full name
    # found before or after; "Жаманкулова Нургуль" is "Нургуль Жаманкулова".
    a, b = fold(found.given), fold(match.given)
    if not a or not b or a == b:
        return True
    return a[:1] == b[:1] and (_initials_only(found.given) or _initials_only(match.given))


def fullness(name: str, given: str) -> tuple[int, int]:
    """How fully a spelling names its person: the fuller one names the record. A given
    name over its initial ("Нургуль Жаманкулова" over "Н. Жаманкулова"), then more
    words: a patronymic or a father's name ("Асанов Бакыт Асанович" over "Бакыт
    Асанов")."""
    return len(fold(given)), len(name.split())


def _initials_only(given: str) -> bool:
    """Whether a name's given part is initials ("Н.", "Н. Б."), not a given name."""
    return bool(given) and all(len(part) == 2 and part[1] == "." for part in given.split())


def merge_given_patronymic(people: list[Found]) -> list[Found]:
    """ "Канат Касенович", the Russian polite form, is one more mention of "Канат
    Касенович Табалдиев" (or "Табалдиев Канат Касенович") of the same document; or of
    "Канат Табалдиев" when he is the document's only Канат with no patronymic written."""

    def owner_of(person: Found) -> Found | None:
        if is_patronymic(person.surname) and person.name.count(" ") == 1:
            return _polite_forms_owner(person, people)
        return None

    return _merged_into_owners(people, owner_of)


def _merged_into_owners(
    people: list[Found], owner_of: Callable[[Found], Found | None]
) -> list[Found]:
    """The people without an owner; each other one's spans and roles added to its owner's."""
    kept: list[Found] = []
    for person in people:
        owner = owner_of(person)
        if owner is None:
            kept.append(person)
            continue
        owner.spans.extend(person.spans)
        owner.roles.extend(r for r in person.roles if r not in owner.roles)
    return kept


def _polite_forms_owner(person: Found, people: list[Found]) -> Found | None:
    """The person a polite form ("Канат Касенович") names: the one whose name holds
    it, else the only other person of that given name with no patronymic written."""
    words = fold(person.name)
    others = [p for p in people if p is not person and not is_patronymic(p.surname)]
    owner = next((p for p in others if words in _adjacent_pairs(p.name)), None)
    if owner is not None:
        return owner
    given = fold(person.given)
    namesakes = [
        p
        for p in others
        if fold(p.given) == given and not any(is_patronymic(w) for w in p.name.split())
    ]
    return namesakes[0] if len(namesakes) == 1 else None


def _adjacent_pairs(name: str) -> set[str]:
    words = name.split()
    return {fold(f"{a} {b}") for a, b in zip(words, words[1:], strict=False)}


# A Russian surname's feminine adds this to the masculine (Сыдыков, Сыдыкова).
_FEMININE_ADDS = "а"


def merge_case_variants(people: list[Found]) -> list[Found]:
    """ "Сыдыкову Н.Б." beside "Сыдыкова Нуржан Болотовна": a surname with initials whose
    case the parser read as the other gender's (a man's dative, a woman's accusative: one
    spelling) is one more mention of the full name whose surname differs from it only by
    the feminine ending and whose given name and patronymic open with those initials
    (round 38); only when one such person exists."""

    def owner_of(person: Found) -> Found | None:
        if _initials_only(person.given):
            return _full_name_of_initials(person, people)
        return None

    return _merged_into_owners(people, owner_of)


def _full_name_of_initials(person: Found, people: list[Found]) -> Found | None:
    surname = fold(person.surname)
    variants = {surname + _FEMININE_ADDS, surname.removesuffix(_FEMININE_ADDS)} - {surname}
    letters = [part[0] for part in fold(person.given).split()]
    owners = [
        p
        for p in people
        if p is not person
        and fold(p.surname) in variants
        and not _initials_only(p.given)
        and [w[0] for w in fold(p.given).split()] == letters
    ]
    return owners[0] if len(owners) == 1 else None
