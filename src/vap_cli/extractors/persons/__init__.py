"""Named people, in the nominative, with their roles.

Names are found on stems: a surname is a capitalised word ending in a surname
suffix (-ов, -ова, -ев, -уулу, -кызы, ...) that may carry a case ending
("Жаманкуловага", "Бекиевдин", "МАМЫТОВдун"). Around it stand a given name
("Бекболот Бекиев"), initials ("Ө.Алманбетов"), a Russian patronymic
("Иванов Иван Иванович"), a father's name + уулу/кызы ("Азамат Асан уулу"),
or a role word ("директор Иванов"). Roles come from the phrase before the
name ("Долбоордун жетекчиси Бекболот Бекиев") or the comma-separated phrases
after it ("Анара Мусаева, тренер, Долбоордун адиси"). One person is one record
per document, with every mention and every role. All language data:
lexicon/persons.yaml.

Modules, in the order of the work:
- tables.py: the tables of lexicon/persons.yaml and the patterns built from them.
- words.py: `surname_of`, given-name and patronymic tests.
- matching.py: `_match_at`, the name patterns at a token, with the name forms
  (initials, father's names, Russian oblique cases to the nominative).
- vetoes.py: namesakes and places that look like names (streets, funds, institutions).
- roles.py: role phrases before and after a name.
- finding.py: `find_names`, the names of a text in order.
- __init__.py: `extract`, one Person record per person, with mentions and roles.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...context import Context
from ...fold import fold
from ...models import Person, Span
from .finding import find_names
from .roles import _role_before, _roles_after
from .tables import ANCHOR, PATRONYMIC, SURNAME
from .vetoes import _not_a_person
from .words import NameMatch, Token, is_patronymic, is_role_word, surname_of

__all__ = [
    "ANCHOR",
    "PATRONYMIC",
    "SURNAME",
    "NameMatch",
    "Token",
    "extract",
    "find_names",
    "is_patronymic",
    "is_role_word",
    "surname_of",
]


@dataclass
class Found:
    name: str
    surname: str
    given: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


def _same_person(found: Found, match: NameMatch) -> bool:
    if fold(found.name) == fold(match.name):
        return True
    if fold(found.surname) != fold(match.surname):
        return False
    # "Н. Жаманкулова" or a lone "Жаманкулова" is the full name found before or after.
    a, b = fold(found.given), fold(match.given)
    return not a or not b or a[:1] == b[:1] and (len(a) == 1 or len(b) == 1)


def extract(ctx: Context) -> None:
    text = ctx.text
    tokens, matches = find_names(text, ctx.segments.tokens)
    people: list[Found] = []
    by_surname: dict[str, list[Found]] = {}
    for match in matches:
        roles = []
        before = _role_before(text, tokens, match.first)
        if before:
            roles.append(before)
        roles.extend(_roles_after(text, tokens, match.last))
        same_surname = by_surname.setdefault(fold(match.surname), [])
        owner = next((p for p in same_surname if _same_person(p, match)), None)
        if owner is None:
            owner = Found(match.name, match.surname, match.given)
            people.append(owner)
            same_surname.append(owner)
        elif len(fold(match.given)) > len(fold(owner.given)):
            # The fuller spelling names the person ("Нургуль Жаманкулова" over "Н. Жаманкулова").
            owner.name, owner.given = match.name, match.given
        owner.spans.append((match.start, match.end))
        for start, end in roles:
            role = ctx.quote(start, end)[0]
            if role not in owner.roles:
                owner.roles.append(role)
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    _add_surname_mentions(text, tokens, covered, by_surname)
    for person in people:
        spans = sorted(set(person.spans))
        quotes = [ctx.quote(s, e) for s, e in spans]
        ctx.persons.append(
            Person.model_construct(
                name=person.name,
                role=person.roles[0] if person.roles else None,
                roles=person.roles,
                text=quotes[0][0],
                span=quotes[0][1],
                mentions=[Span.model_construct(start=q[1].start, end=q[1].end) for q in quotes],
            )
        )


def _add_surname_mentions(
    text: str, tokens: list[Token], covered: set[int], by_surname: dict[str, list[Found]]
) -> None:
    """A later lone surname ("Бекиевдин айтымында") is one more mention of its person,
    when exactly one person of the document has that surname."""
    for index, tok in enumerate(tokens):
        if index in covered:
            continue
        surname = surname_of(tok.text)
        if not surname:
            continue
        lone = NameMatch(surname, surname, "", index, index, tok.start, tok.end)
        if _not_a_person(text, tokens, lone):
            continue
        owners = by_surname.get(fold(surname), [])
        if len(owners) == 1:
            owners[0].spans.append((tok.start, tok.end))
