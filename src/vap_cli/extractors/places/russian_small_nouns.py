"""Bare names of villages and ayil aimaks in a Russian case ("в Шекере", "в Лесном",
"из Малиновки"), where the document names the district or ayil aimak holding them
with its type word: a Russian text about a district names its villages bare, as a
Kyrgyz one does (bare_names.py, `_by_document_unit`, decides their level). Elsewhere a
Russian noun is read only at the levels of large units (lists.add_russian_nouns): many
villages bear common words' names."""

from __future__ import annotations

from ... import gazetteer as gz
from ... import morph
from ...context import Context
from .forms import russian_noun_at
from .index import PlaceIndex
from .lists import free_capitals, taken_tokens
from .mention import Mention, Token
from .named_units import HOLDER_LEVELS, small_unit_held
from .rules import PERSON_AFTER_GOVERNING_WORD
from .vocabulary import (
    RU_ORIGIN_PREPOSITION_CASES,
    RU_PERSON_GOVERNING_WORDS,
    RU_PREPOSITIONAL_PREPOSITIONS,
    fold,
    looks_like_person,
    russian_nominatives,
)

# The levels a bare Russian noun is read at here, largest first.
NOUN_LEVELS = ("ayil_aimak", "village")
# The nominative endings of a Russian adjective (ый, ая, ое, ые).
_ADJECTIVE_NOMINATIVES = morph.russian_adjective_endings(case="nominative")


def add_russian_small_nouns(
    ctx: Context, mentions: list[Mention], tokens: list[Token], idx: PlaceIndex
) -> list[Mention]:
    """Bare Russian case forms of villages (and ayil aimaks) inside a district or ayil
    aimak the document names with its type word; the candidate keeps those units only."""
    holders = _typed_holders(mentions)
    if not holders:
        return mentions
    taken = taken_tokens(mentions)
    added: list[Mention] = []
    for i in free_capitals(taken, tokens, idx):
        if _beside_surname(tokens, i):
            continue
        found = russian_noun_at(tokens, i, idx, NOUN_LEVELS) or _adjective_and_noun(tokens, i, idx)
        if found is None:
            continue
        # (a surname's case is no village's: "Исмаилова", whatever the gazetteer has; but
        # right after a preposition of origin or place, in the case it governs, a
        # village's name that ends like one is the village's: "из Кичи-Кемина",
        # `_after_origin_preposition`; bare_names settles it by its own rule)
        surname_shaped = looks_like_person(found.name)
        found.origin = surname_shaped and _after_origin_preposition(tokens, i, found.ending)
        if found.origin and _after_governing_word(tokens, i):
            ctx.decide(PERSON_AFTER_GOVERNING_WORD, False, found.start, found.end, found.name)
            continue
        if surname_shaped and not found.origin:
            continue
        inside = [u for u in found.units if small_unit_held(u, holders)]
        # (an ayil aimak the document typed stays: "в Халмионском айылном аймаке ... В
        # Халмионе" names it again, not its village)
        found.units = [u for u in found.units if u.id in holders] + _smallest(inside)
        if found.units:
            found.opens_sentence = i == 0 or tokens[i - 1].sentence != tokens[i].sentence
            found.russian_noun = True
            added.append(found)
            taken.update(range(found.first, found.last + 1))
    return sorted(mentions + added, key=lambda x: x.start) if added else mentions


def _after_origin_preposition(tokens: list[Token], i: int, ending: str) -> bool:
    """Token i, its case `ending`, stands right after a preposition of origin or place in
    its sentence, in the case that preposition governs, where no person stands: the
    genitive after "из" ("из Кичи-Кемина"), the prepositional after "в" ("в Кичи-Кемине");
    not "в Асанова", a person's accusative (lexicon `russian_origin_prepositions`; tidy63,
    revfix63t)."""
    if i == 0 or tokens[i - 1].sentence != tokens[i].sentence:
        return False
    return ending in RU_ORIGIN_PREPOSITION_CASES.get(tokens[i - 1].low, ())


def _after_governing_word(tokens: list[Token], i: int) -> bool:
    """The preposition before token i governs the prepositional ("в", "во"; not "из") and
    follows, in its sentence, a word that governs it and a person's case ("уверены в
    Асанове", "сомневаются в Иванове": lexicon places.yaml `person_governing_words_ru`;
    tidy65; its forms and its preposition, revfix65t)."""
    word = i - 2
    return (
        word >= 0
        and tokens[word].sentence == tokens[i].sentence
        and tokens[i - 1].low in RU_PREPOSITIONAL_PREPOSITIONS
        and tokens[word].low in RU_PERSON_GOVERNING_WORDS
    )


def _adjective_and_noun(tokens: list[Token], i: int, idx: PlaceIndex) -> Mention | None:
    """A name of an adjective and a noun, both in a Russian case ("во Второй Пятилетке":
    Вторая Пятилетка, "в Новом Пахтаабаде"), at token i."""
    if i + 1 >= len(tokens) or not tokens[i + 1].capital:
        return None
    first, second = tokens[i], tokens[i + 1]
    stem = morph.russian_plain_adjective_stem(first.text)
    if stem is None:
        return None
    adjectives = [stem + e for e in _ADJECTIVE_NOMINATIVES if fold(stem + e) in idx.first_words]
    nouns = [second.text, *russian_nominatives(second.text, second.low)]
    for adjective in adjectives:
        for noun in nouns:
            name = f"{adjective} {noun}"
            units = [u for u in idx.lookup(name) if u.level in NOUN_LEVELS]
            if units:
                m = Mention.of_token(first, i, name, "", units)
                m.last, m.end = i + 1, second.end
                return m
    return None


def _typed_holders(mentions: list[Mention]) -> set[str]:
    """Districts and ayil aimaks the document names with their type word (their ids)."""
    return {
        u.id
        for m in mentions
        if m.type_word is not None and m.type_word.level in HOLDER_LEVELS
        for u in m.units
        if u.level == m.type_word.level
    }


def _smallest(units: list[gz.Unit]) -> list[gz.Unit]:
    """The villages among the units, else the ayil aimaks: a bare name where people live
    or go is the village, as in `bare_names._by_document_unit`."""
    for level in reversed(NOUN_LEVELS):
        of_level = [u for u in units if u.level == level]
        if of_level:
            return of_level
    return []


def _beside_surname(tokens: list[Token], i: int) -> bool:
    """A word next to a capitalised surname ("Темиром Асылбековым"): a person's name."""
    around = (tokens[k] for k in (i - 1, i + 1) if 0 <= k < len(tokens))
    return any(
        t.capital and t.sentence == tokens[i].sentence and looks_like_person(t.text) for t in around
    )
