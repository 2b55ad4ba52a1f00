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
- matching.py: `match_at`, the name patterns at a token, with the name forms
  (initials, father's names, surname first in a Kyrgyz case).
- cases.py: Russian oblique cases of names back to the nominative.
- oblique.py: Russian oblique forms of adjectival and suffixless surnames and of the
  polite form.
- vetoes.py: namesakes and places that look like names (streets, funds, institutions).
- roles.py: role phrases before and after a name.
- finding.py: `find_names`, the names of a text in order.
- records.py: `Found`, a person's record, and which names are one person.
- lone_surnames.py: surnames no name pattern took, and when one alone names a person.
- __init__.py: `extract`, one Person record per person, with mentions and roles.
"""

from __future__ import annotations

from ...context import Context
from ...explain import Rule
from ...fold import fold
from ...models import Person, Span
from ...normalise import fix_mixed_script
from ...segment.cover import Cover
from .explained import explain_kept
from .finding import find_names
from .lone_surnames import find_lone_surnames
from .records import Found, fullness, merge_case_variants, merge_given_patronymic, same_person
from .roles import role_as, role_before, roles_after
from .tables import ANCHOR, PATRONYMIC, SURNAME
from .vetoes import PLACE_LIST, UNIT_AFTER_TYPE
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


RELATED_HEADLINE = Rule(
    "persons.related_headline",
    "a headline under a related-news heading names another article's people",
)


# The vetoes of vetoes.py, by the name `veto` gives them, and the name patterns' own
# (finding.NO_GIVEN_NAME).
VETOES = {
    "language_name": Rule(
        "persons.language_name",
        "a language's name ('Кыргызча   Русский', a site's language switcher) is no part of"
        " a person's name",
    ),
    "type_word_after": Rule(
        "persons.type_word_after",
        "a name before the type word of a place, street, fund, party or institution names it",
    ),
    "quoted": Rule(
        "persons.quoted",
        "a name that fills a pair of quotation marks, or opens a quoted title of capitalised"
        " words ('«Талас Агро Сервис»'), is a title",
    ),
    "quoted_edition": Rule(
        "persons.quoted_edition",
        "a name opening a quoted title that ends in its edition's year ('«Нарын Экспо – 2025»"
        " көргөзмөсү') is an event's name",
    ),
    "namesake_before": Rule(
        "persons.namesake_before", "a name after им./ул./мкр. is a namesake of a place"
    ),
    "capitals_line": Rule(
        "persons.capitals_line",
        "in a line of capitals a word that is no known given name proves no name",
    ),
    "title_case_line": Rule(
        "persons.title_case_line",
        "in a headline in Title Case a word that is no known given name proves no name",
    ),
    "no_given_name": Rule(
        "persons.no_given_name",
        "a word in a case, a verb or a noun where a given name would stand ('Инициативу"
        " Асанова', 'Асан уулу Жайлоодо') is no given name",
    ),
    "body_name": Rule(
        "persons.body_name",
        "a people noun in the genitive plural after a body's or event's head ('Совет Старейшин')",
    ),
    "body_adjective": Rule(
        "persons.body_adjective",
        "an adjective in -ский before a small-letter adjective of its gender, an unlisted"
        " word in a given name's place before it ('Окончил Нарынский педагогический"
        " колледж'), opens a body's name, no surname",
    ),
    "place_list": Rule(
        "persons.place_list",
        "a full name that is a unit of the gazetteer, listed after a place's name or before"
        " places' names and their type word ('Абсамат Масалиев, Орозбеков жана Кара-Дөбө айыл"
        " аймактары'), names the unit",
    ),
    "unit_after_type_words": Rule(
        "persons.unit_after_type_words",
        "a full name that is a unit of the gazetteer, right after a Russian type word of a"
        " place ('в айыл аймаке Болот Мамбетов', 'в селе ...'), names the unit",
    ),
}


def extract(ctx: Context) -> None:
    text = ctx.text
    vetoed: list[tuple[NameMatch, str]] = []
    gazetteer = ctx.resources.gazetteer
    tokens, matches = find_names(
        text,
        ctx.segments.tokens,
        vetoed,
        lambda name: bool(gazetteer.lookup(name)),
    )
    if ctx.decisions is not None:
        for match, reason in vetoed:
            ctx.decide(VETOES[reason], False, match.start, match.end, match.name)
    related = Cover(ctx.segments.line_classes.related)
    matches = [m for m in matches if not _in_related(ctx, related, m.start, m.end)]
    people: list[Found] = []
    by_surname: dict[str, list[Found]] = {}
    for match in matches:
        roles = []
        before = role_before(text, tokens, match.first) or role_as(
            text, tokens, match.first, match.last
        )
        if before:
            roles.append(before)
        roles.extend(roles_after(text, tokens, match.last))
        same_surname = by_surname.setdefault(fold(match.surname), [])
        owner = next((p for p in same_surname if same_person(p, match)), None)
        if owner is None:
            owner = Found(match.name, match.surname, match.given)
            people.append(owner)
            same_surname.append(owner)
        elif fullness(match.name, match.given) > fullness(owner.name, owner.given):
            owner.name, owner.given = match.name, match.given
        owner.spans.append((match.start, match.end))
        for start, end in roles:
            # as written, but the page's line breaks and runs of spaces are one space, and
            # a word typed with Latin look-alikes in Cyrillic, as the name is (and `vap clean`)
            role = " ".join(map(fix_mixed_script, ctx.quote(start, end)[0].split()))
            if role not in owner.roles:
                owner.roles.append(role)
    if ctx.decisions is not None:
        explain_kept(ctx, tokens, matches)
    covered = {i for m in matches for i in range(m.first, m.last + 1)}
    # a unit's full name listed with places ("Болот Мамбетов жана Көк-Мойнок айыл
    # аймактарында") or after its Russian type words: its surname alone is no person either
    covered.update(
        i
        for m, reason in vetoed
        if reason in (PLACE_LIST, UNIT_AFTER_TYPE)
        for i in range(m.first, m.last + 1)
    )
    people.extend(find_lone_surnames(ctx, tokens, covered, by_surname, related, _place_spans(ctx)))
    people = merge_case_variants(merge_given_patronymic(people))
    people.sort(key=lambda p: min(p.spans))
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


def _place_spans(ctx: Context) -> Cover:
    """Where the places stage read a place (its mentions, in the original text)."""
    return Cover(
        (span.start, span.end) for place in ctx.places for span in [place.span, *place.mentions]
    )


def _in_related(ctx: Context, related: Cover, start: int, end: int) -> bool:
    if start not in related:
        return False
    return not ctx.decide(RELATED_HEADLINE, False, start, end, ctx.text[start:end])
