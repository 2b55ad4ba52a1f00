"""Why each name of the record is a person (`vap parse --explain`): what anchored it
beside its surname (initials, a given name of the lexicon, a patronymic, a father's
name, a role word before a surname alone), and the roles given to it.

Read again only when an explanation was asked for (`explain_kept`): the plain parse
never asks which form a name took. Lone surnames decide as they are read
(lone_surnames.py).
"""

from __future__ import annotations

from ...context import Context
from ...explain import Rule
from .roles import role_as, role_before, roles_after
from .tables import KNOWN_GIVEN, PATRONYMIC_WORDS
from .words import NameMatch, Token, is_patronymic

INITIALS = Rule(
    "persons.initials",
    "a surname with its suffix beside initials ('Т.Асанов', 'Асанов Т.Б.') is a person's name",
)
KNOWN_GIVEN_NAME = Rule(
    "persons.known_given_name",
    "a surname with its suffix beside a given name of the lexicon (given_names.yaml: 'Бакыт"
    " Асанов', 'Асанова Анара') is a person's name",
)
GIVEN_WORD = Rule(
    "persons.given_word",
    "a surname with its suffix beside a capitalised word in a given name's place that the"
    " lexicon lacks ('Таалайбек Сыдыков', 'Сыдыков Таалайбек') is a person's name",
)
PATRONYMIC = Rule(
    "persons.patronymic",
    "a given name with a Russian patronymic ('Иван Иванович', 'Анара Бекболотовна'), a"
    " surname maybe before them, is a person's name",
)
FATHERS_NAME = Rule(
    "persons.fathers_name",
    "a father's name with уулу or кызы ('Азамат Асан уулу', 'Асан уулу'), is a person's name",
)
ROLE_CUE = Rule(
    "persons.role_cue",
    "a surname alone right after a role word, a title or a cue that takes a person"
    " ('директор Иванов', 'Асанов мырза', 'по словам Касымалиева') is a person",
)
ROLE_BEFORE = Rule(
    "persons.role_before",
    "a role phrase right before a name ('Долбоордун жетекчиси Бекболот Бекиев', 'глава"
    " района Асанов') is the person's role",
)
ROLE_AS = Rule(
    "persons.role_as",
    "a role before 'болуп' and a name that an electing or appointing verb follows ('төрагасы"
    " болуп ... Айбек Төрөбеков шайланды') is the person's role",
)
ROLE_AFTER = Rule(
    "persons.role_after",
    "comma-separated role phrases right after a name ('Анара Мусаева, тренер, Долбоордун"
    " адиси') are the person's roles",
)

# Initials are written as letters with a dot, or as a capital or two alone ("Асанов Т Б").
_INITIALS_LETTERS = 2


def anchor_rule(tokens: list[Token], match: NameMatch) -> Rule:
    """The rule of what anchored a name beside its surname."""
    words = [tokens[k].text for k in range(match.first, match.last + 1)]
    if any(w.casefold() in PATRONYMIC_WORDS for w in words):
        return FATHERS_NAME
    if any(is_patronymic(w) for w in words):
        return PATRONYMIC
    given = match.given
    if not given:
        return ROLE_CUE
    letters = given.replace(".", "").replace(" ", "")
    if "." in given or (len(letters) <= _INITIALS_LETTERS and letters.isupper()):
        return INITIALS
    return KNOWN_GIVEN_NAME if given.casefold() in KNOWN_GIVEN else GIVEN_WORD


def explain_kept(ctx: Context, tokens: list[Token], matches: list[NameMatch]) -> None:
    """A keep decision for each name the patterns read (its anchor's rule), then one
    for each role phrase given to it (the detail names the person)."""
    text = ctx.text
    for match in matches:
        ctx.decide(anchor_rule(tokens, match), True, match.start, match.end, match.name)
        before = role_before(text, tokens, match.first)
        if before is not None:
            ctx.decide(ROLE_BEFORE, True, *before, match.name)
        else:
            elected = role_as(text, tokens, match.first, match.last)
            if elected is not None:
                ctx.decide(ROLE_AS, True, *elected, match.name)
        for start, end in roles_after(text, tokens, match.last):
            ctx.decide(ROLE_AFTER, True, start, end, match.name)
