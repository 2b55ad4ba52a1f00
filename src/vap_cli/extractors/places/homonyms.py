"""A gazetteer name that, in its sentence, is something else: part of the name of an
organisation, a firm, a newspaper or an event ('"Нарын Суу" ишканасы', "Нарын гезити"),
a person's given name after his surname or before a word of address ("Асанов Талас",
"Нарын эже"), a given name before a surname after a Russian type word of another
level ("глава айыл окмоту Кайрат Осмонов"), a common word in the plural
("Балыкчылар": fishermen). The flags and tests the candidate step and the vetoes read
(rules.py decides through them)."""

from __future__ import annotations

import regex

from ... import morph, rx
from ...dategrammar import MONTH_FORMS, YEAR_WORDS
from ...lexicon import load
from ..persons.tables import PATRONYMIC_WORDS, SURNAME_ONLY
from ..quotes import QUOTE
from .constants import GENITIVE
from .mention import Mention, Token
from .tokens import gap_between
from .vocabulary import (
    BARE_LEVELS,
    JOINERS,
    LEX,
    NAMED_AFTER,
    NAMED_AFTER_FULL,
    NAMED_AFTER_KY,
    SPACES,
    fold,
    looks_like_person,
)

# Nouns (stems, any ending) after which a bare name is an organisation's or an event's
# own name (places.yaml `organization_after`).
ORGANIZATION_AFTER: tuple[str, ...] = tuple(w.casefold() for w in LEX["organization_after"])
# Words of address after a given name (persons.yaml `title_words_after` and places.yaml
# `address_words_after`): "Нарын эже", "Талас мырза".
ADDRESS_AFTER: frozenset[str] = frozenset(
    w.casefold() for w in (*load("persons")["title_words_after"], *LEX["address_words_after"])
)
# Given names (lexicon/given_names.yaml), folded.
GIVEN_NAMES: frozenset[str] = frozenset(
    fold(name) for names in load("given_names").values() for name in names
)
# The words of the Kyrgyz type words (облус, район, шаар, айыл ...): a word after a
# name that starts with one is its unit's type word or body ("шаардык кеңеши").
TYPE_STEMS: tuple[str, ...] = tuple(
    sorted({w.casefold() for entry in LEX["kyrgyz_after"] for w in entry["words"]})
)
# A place's people after its name ("Жаңгак тургундары"; places.yaml `people_after`).
PEOPLE_AFTER: tuple[str, ...] = tuple(w.casefold() for w in LEX["people_after"])
# A hero's or a poet's epithet after his name, any ending (places.yaml `epithets_after`).
EPITHETS_AFTER: tuple[str, ...] = tuple(w.casefold() for w in LEX["epithets_after"])
# What a person leaves, after a name in the genitive (places.yaml `legacy_after`).
LEGACY_AFTER: tuple[str, ...] = tuple(w.casefold() for w in LEX["legacy_after"])
# Longest quoted title a name may open: in words (the name's included), in characters
# after the name; its words a space apart (a quoted list, '"Нарын, Талас"', is no title).
QUOTED_TITLE_MAX_WORDS = 4
QUOTED_TITLE_MAX_LENGTH = 40
# Capitalised words of a title between a name and its organisation's noun ("Нарын
# Таңы гезити").
TITLE_WORDS_BETWEEN = 2
# Russian nouns of organisations (stems) right before a bare name ("в аэропорту Ош",
# "гостиница Нарын"; places.yaml `organization_before`).
ORGANIZATION_BEFORE: tuple[str, ...] = tuple(w.casefold() for w in LEX["organization_before"])


def organization_name(tokens: list[Token], m: Mention, text: str) -> bool:
    """A bare name before an organisation's noun, perhaps after a capitalised word or two
    of the same title ("Нарын гезити", "Ысык-Көл форуму", "Нарын Таңы гезити"), after
    a Russian one ("в аэропорту Ош", "гостиница Нарын"), or opening a short quoted
    title of capitalised words or before such a noun ('"Нарын Суу"', '"Нарын суу"
    ишканасы', '"Баткен - 2025" форуму'): the organisation's or event's name."""
    if m.ending:
        return False
    return (
        _before_organization_noun(tokens, m.last, text)
        or _after_organization_noun(tokens, m.first, text)
        or _opens_quoted_title(tokens, m, text)
    )


def _before_organization_noun(tokens: list[Token], last: int, text: str) -> bool:
    """Is an organisation's noun after tokens[last], perhaps after a capitalised word or
    two of its title, all a space apart?"""
    for k in range(last + 1, min(last + TITLE_WORDS_BETWEEN + 2, len(tokens))):
        if gap_between(text, tokens[k - 1], tokens[k]) not in SPACES:
            return False
        if organization_noun(tokens[k].low):
            return True
        if not tokens[k].capital:
            return False
    return False


def organization_noun(low: str) -> bool:
    """Is this folded word an organisation's noun with a Kyrgyz ending ("гезитинин",
    "форумуна"; not "журналисттери")? An acronym's ending is not checked ("ЖЧКсы")."""
    # most words open with none of the nouns: one test of them all, in C
    return low.startswith(ORGANIZATION_AFTER) and any(
        low.startswith(stem)
        and (
            morph.last_vowel(stem) is None or morph.suffix_names(stem, low[len(stem) :]) is not None
        )
        for stem in ORGANIZATION_AFTER
    )


def _after_organization_noun(tokens: list[Token], first: int, text: str) -> bool:
    """Is the word before tokens[first] a Russian organisation's noun ("аэропорту Ош")?"""
    prev = first - 1
    return (
        prev >= 0
        and tokens[prev].low.startswith(ORGANIZATION_BEFORE)
        and gap_between(text, tokens[prev], tokens[first]) in SPACES
    )


def _opens_quoted_title(tokens: list[Token], m: Mention, text: str) -> bool:
    if text[m.start - 1 : m.start] != QUOTE or text[m.end : m.end + 1] == QUOTE:
        return False
    close = text.find(QUOTE, m.end, m.end + QUOTED_TITLE_MAX_LENGTH)
    if close < 0 or "\n" in text[m.end : close]:
        return False
    k = m.last + 1
    while k < len(tokens) and tokens[k].end <= close:
        k += 1
    # k: the first word after the closing quote
    if (
        k < len(tokens)
        and organization_noun(tokens[k].low)
        and text[close + 1 : tokens[k].start] in SPACES
    ):
        return True
    inner = range(m.last + 1, k)
    return (
        0 < len(inner) < QUOTED_TITLE_MAX_WORDS
        and all(tokens[j].capital for j in inner)
        and all(gap_between(text, tokens[j - 1], tokens[j]) in SPACES for j in inner)
    )


def mark(m: Mention, tokens: list[Token], text: str, kyrgyz: bool) -> None:
    """Flag a bare name (no type word) that is part of another kind of name, or opens
    its Kyrgyz sentence before a lower-case word other than its people's ("Жаңгак
    тургундары": the village's residents). Russian opens a sentence with a village as
    its subject ("Беловодское расположено ..."), Kyrgyz names it with its type word."""
    m.organization = organization_name(tokens, m, text)
    m.person = m.person or person_around(tokens, m, text)
    nxt = m.last + 1
    m.opens_phrase = (
        kyrgyz
        and (m.opens_sentence or opens_quote(tokens[m.first].start, text))
        and not m.ending
        and (_spaced(tokens, m.last, nxt, text) or _number_between(tokens, m.last, nxt, text))
        and not tokens[nxt].capital
        and not tokens[nxt].low.startswith(PEOPLE_AFTER)
    )


# A number between two words, spaces before it: a count and its noun ("Алма 3 гектарга
# отургузулду"; round 47).
_NUMBER_GAP = rx.compile(r"[ ]{1,5}\d{1,4}(?:[-.,][ ]?|[ ]{1,5})")


def _number_between(tokens: list[Token], a: int, b: int, text: str) -> bool:
    """Are tokens a and b (a < b) parted by a number alone (`_NUMBER_GAP`) that is no
    date's: a year or a day after a sentence's subject is its time, a village's as a
    word's ("Барскоон 2024-жылы суу алды"; an action noun before a date is the
    text's verb's: candidate_vetoes.mark_written_small)."""
    return (
        0 <= a
        and b < len(tokens)
        and _NUMBER_GAP.fullmatch(gap_between(text, tokens[a], tokens[b])) is not None
        and tokens[b].low not in YEAR_WORDS
        and tokens[b].low not in MONTH_FORMS
    )


# A quotation mark that opens a quoted sentence: after a line's start, a space, a colon
# or a bracket ('Ал мындай деди: "Чек арадагы ...', a headline's '... кеңеши: «Чек ара
# ...»'; normalising made every quote '"').
_QUOTE_OPENERS = frozenset(" \t\n:(")


def opens_quote(start: int, text: str) -> bool:
    """The word at `start` opens a quotation: a quoted sentence's first word, capitalised
    for that as a sentence's is ("«Чек арадагы айылдардын ...»", round 28)."""
    return (
        start > 0 and text[start - 1] == '"' and (start == 1 or text[start - 2] in _QUOTE_OPENERS)
    )


def small_unit_opening(m: Mention) -> bool:
    """A name only small units have (a village, an ayil aimak), bare, in the nominative,
    opening its sentence or a quotation before a lower-case word ("Алма бактары", "Чек ара",
    "Курулуш иштери" before a district's name): a common word capitalised for the
    sentence; a village is named with its type word, in a list or with an ending."""
    return (
        m.opens_phrase
        and not (m.dateline or m.label or m.cell)
        and bool(m.units)
        and not any(u.level in BARE_LEVELS for u in m.units)
    )


def person_around(tokens: list[Token], m: Mention, text: str) -> bool:
    """A bare name after a surname ("Асанов Талас жыйынды ачты": the official order,
    surname first), beside a patronymic ("Асан уулу Талас", "Талас Асан уулу"), before
    a word of address ("Нарын эже") or "named after" ("Курманжан Датка атындагы"): a
    person's name; a name in the genitive before a person's legacy ("Курманжан
    Датканын эстелиги", a village named after her): the person."""
    nxt = m.last + 1
    if m.ending:
        # "Курманжан Датканын эстелиги", "акын Барпынын ырлары": the person's legacy
        return (
            morph.case_of(m.name, m.ending) == GENITIVE
            and _spaced(tokens, m.last, nxt, text)
            and tokens[nxt].low.startswith(LEGACY_AFTER)
        )
    if _spaced(tokens, m.last, nxt, text) and tokens[nxt].low in NAMED_AFTER_KY:
        return True  # "Курманжан Датка атындагы музей": named after the person
    if _after_named_after_ru(m, text):
        return True  # "Дом культуры имени Шабдан Баатыра": named after the person
    return (
        _before_address(tokens, m, text)
        or _beside_patronymic(tokens, m, text)
        or _after_surname(tokens, m, text)
    )


def _after_named_after_ru(m: Mention, text: str) -> bool:
    """A bare name right after the Russian "имени" or "им." ("школа имени Токтогула",
    "Дом культуры им. Шабдан Баатыра"): the person a building is named after (a unit
    named so, "Айыл окмоту имени Кочкорбаева", is read with its type word)."""
    return (
        _NAMED_AFTER_RU.search(
            text, max(0, m.start - _NAMED_AFTER_RU_REACH), m.start, rx.NOT_CONCURRENT
        )
        is not None
    )


# "имени " or "им. " right before a name (lexicon places.yaml named_after_full, named_after).
_NAMED_AFTER_RU = rx.compile(
    rf"(?<!\p{{L}})(?:{rx.literal_union(NAMED_AFTER_FULL)}|{rx.literal_union(NAMED_AFTER)}\.)"
    r" {1,3}$",
    regex.IGNORECASE,
)
_NAMED_AFTER_RU_REACH = 12


def _spaced(tokens: list[Token], a: int, b: int, text: str) -> bool:
    """Are tokens a and b (a < b, both in the text) one after the other, spaces apart?"""
    return 0 <= a and b < len(tokens) and gap_between(text, tokens[a], tokens[b]) in SPACES


def _before_address(tokens: list[Token], m: Mention, text: str) -> bool:
    """Before a word of address ("Нарын эже") or a hero's epithet ("Шабдан баатыр")."""
    nxt = m.last + 1
    if not _spaced(tokens, m.last, nxt, text):
        return False
    low = tokens[nxt].low
    return low in ADDRESS_AFTER or any(_singular(low, stem) for stem in EPITHETS_AFTER)


def _singular(word: str, stem: str) -> bool:
    """Is `word` the stem with no ending or a singular one ("баатырдын", not
    "баатырлары": Талас баатырлары are Talas's heroes)?"""
    if not word.startswith(stem):
        return False
    names = morph.suffix_names(stem, word[len(stem) :])
    return names is not None and PLURAL not in names


def _beside_patronymic(tokens: list[Token], m: Mention, text: str) -> bool:
    """ "Асан уулу Талас" (the father's name, уулу/кызы, the given name) or "Талас Асан
    уулу" (the given name first); or the father's name itself, right before уулу/кызы,
    a given name before it or after them ("Айгүл Нарын кызы", "Нарын уулу Бакыт")."""
    first, last = m.first, m.last
    father = (
        _spaced(tokens, last, last + 1, text)
        and tokens[last + 1].low in PATRONYMIC_WORDS
        and (
            (_spaced(tokens, first - 1, first, text) and tokens[first - 1].capital)
            or (_spaced(tokens, last + 1, last + 2, text) and tokens[last + 2].capital)
        )
    )
    before = (
        _spaced(tokens, first - 2, first - 1, text)
        and _spaced(tokens, first - 1, first, text)
        and tokens[first - 2].capital
        and tokens[first - 1].low in PATRONYMIC_WORDS
    )
    after = (
        _spaced(tokens, last, last + 1, text)
        and _spaced(tokens, last + 1, last + 2, text)
        and tokens[last + 1].capital
        and tokens[last + 2].low in PATRONYMIC_WORDS
    )
    return before or after or father


def _after_surname(tokens: list[Token], m: Mention, text: str) -> bool:
    prev, nxt = m.first - 1, m.last + 1
    if not _spaced(tokens, prev, m.first, text) or not tokens[prev].capital:
        return False
    if not _surname(tokens[prev].text) or not _spaced(tokens, m.last, nxt, text):
        return False
    # A list of names after the surname ("Асанов Нарын жана Талас облустарында"), a
    # type word after it, or a unit's body ("Асанов Ош шаардык кеңешинин депутаты"):
    # places the man is linked with.
    low = tokens[nxt].low
    return not tokens[nxt].capital and low not in JOINERS and not low.startswith(TYPE_STEMS)


def _surname(word: str) -> bool:
    """A surname by a suffix only surnames have (-ов, -ева, -ский: persons.yaml
    `surname_only_suffixes`); not -ин, which the Kyrgyz genitive shares ("ӨСИнин Ош
    кеңсеси")."""
    return looks_like_person(word) and word.casefold().endswith(SURNAME_ONLY)


def given_name_before_surname(m: Mention, levels: tuple[str, ...], tokens: list[Token]) -> bool:
    """A name after a Russian type word of a unit ("глава айыл окмоту Кайрат Осмонов"),
    before a surname, is the head's given name: a given name of the lexicon, or a name
    with no unit of the type word's level."""
    nxt = m.last + 1
    if m.ending or nxt >= len(tokens) or not tokens[nxt].capital:
        return False
    word = tokens[nxt].text
    if not (looks_like_person(word) or looks_like_person(morph.strip_ending(word).stem)):
        return False
    return fold(m.name) in GIVEN_NAMES or not any(u.level in levels for u in m.units)


def given_name_in_case(m: Mention, tokens: list[Token]) -> bool:
    """A given name of the lexicon in a Russian case after a type word, before a surname
    ("с главой айыл окмоту Темиром Асылбековым", "Бакытом Асановым"): the head's given
    name, not a unit in that case."""
    nxt = m.last + 1
    return (
        nxt < len(tokens)
        and tokens[nxt].capital
        and looks_like_person(tokens[nxt].text)
        and fold(m.name) in GIVEN_NAMES
    )


def plural_word(m: Mention) -> bool:
    """A bare name with a plural ending of its own ("Балыкчылар" fishermen, "Кочкорлор"
    rams): a common word; a unit's name takes no plural (a demonym, "Таластыктар",
    has its suffix of belonging first and names the unit)."""
    if not m.ending:
        return False
    names = morph.suffix_names(m.name, m.ending)
    return names is not None and names[:1] == (PLURAL,)


PLURAL = "plural"


# The cases of a name that says where a thing stands ("Оштогу", "Ошто").
_STANDS_IN_CASES = ("attributive", "locative")


def mark_establishments(mentions: list[Mention], tokens: list[Token], text: str) -> None:
    """Mark the bare names both a city and more, with no head's title beside them
    (marks.mark_head_titles, run before), right before an establishment."""
    for m in mentions:
        if m.type_word is None and m.head is None and any(u.level == "city" for u in m.units):
            m.establishment = establishment_after(tokens, m, text)


def establishment_after(tokens: list[Token], m: Mention, text: str) -> bool:
    """A name in the attributive or locative right before an establishment, its own name
    in quotes perhaps between ("Оштогу «Алай» мейманканасында", "Нарындагы "Ак-Сай"
    санаторийинде", "Таласта ресторанда"): where the building stands, a settlement.
    An organisation's noun of `organization_after` (the hotel, the firm, the factory)."""
    if not m.ending or morph.case_of(m.name, m.ending) not in _STANDS_IN_CASES:
        return False
    k = m.last + 1
    if k < len(tokens) and text[tokens[m.last].end : tokens[k].start].endswith(QUOTE):
        # its quoted name: up to the word the closing quote ends
        last = min(k + QUOTED_TITLE_MAX_WORDS, len(tokens))
        k = next(
            (j + 1 for j in range(k, last) if text[tokens[j].end : tokens[j].end + 1] == QUOTE),
            last,
        )
    return (
        k < len(tokens)
        and tokens[k].sentence == m.sentence
        and gap_between(text, tokens[k - 1], tokens[k]).strip(QUOTE) in SPACES
        and organization_noun(tokens[k].low)
    )
