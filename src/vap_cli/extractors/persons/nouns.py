"""Words where a name's given name would stand that are no given name: a sentence's
first word in a Kyrgyz case, a plural or an adjective, a Russian verb or a noun that
takes a genitive ("Жыйынга Асанов", "Указом Жапарова"), a Russian accusative before a
surname in another case ("Инициативу Асанова"); and the given name that does take its
surname's case ("Бакыту Асанову")."""

from __future__ import annotations

from ... import morph
from .cases import given_nominative, male_given_nominative
from .tables import (
    KNOWN_GIVEN,
    LONG_VOWEL_ENDS,
    MASCULINE_OBLIQUE,
    RU_OBLIQUE_GIVEN_ENDS,
    RU_SURNAME_OTHER_CASE_ENDS,
    SENTENCE_START_INFINITIVE_RU,
    SENTENCE_START_NOUN_ENDINGS,
    SENTENCE_START_STEM_MIN,
    SENTENCE_START_VERB_ENDINGS_RU,
    SENTENCE_START_VERB_PREFIXES_RU,
)
from .words import (
    Token,
    father_nominative,
    listed_or_built_given,
    proper_case,
    russian_noun,
    starts_sentence,
    surname_of,
)


def cases_disagree(low: str, surname_word: str) -> bool:
    """A word in the Russian dative or accusative ending (-у, -ю) opening a sentence
    before a surname in another case ("Инициативу Асанова", "Работу Асановой"): a
    given name takes its surname's case ("Бакыту Асанову", "Гульмиру Асанову"), so the
    word is a noun. A Kyrgyz name's long vowel is no such ending ("Айсулуу Асанова"),
    nor a man's name in -у before his surname in the nominative ("Турду Асанов")."""
    return (
        low.endswith(RU_OBLIQUE_GIVEN_ENDS)
        and not low.endswith(LONG_VOWEL_ENDS)
        and surname_word.casefold().endswith(RU_SURNAME_OTHER_CASE_ENDS)
    )


def noun_in_a_case(text: str, tokens: list[Token], i: int) -> bool:
    """A sentence's first word in a Kyrgyz case, a plural or an adjective, a Russian
    past-tense verb or a Russian noun that takes a genitive, not a given name:
    "Жыйынга Асанов", "Жыйынды Асанов", "Айылдык Асанов", "Выступил Асанов", "Указом
    Жапарова"."""
    word = tokens[i].low
    if listed_or_built_given(word) or not starts_sentence(text, tokens, i):
        return False
    if russian_noun(word):
        return True
    endings = (*SENTENCE_START_NOUN_ENDINGS, *SENTENCE_START_INFINITIVE_RU)
    if word.startswith(SENTENCE_START_VERB_PREFIXES_RU):
        endings = (*endings, *SENTENCE_START_VERB_ENDINGS_RU)
    return any(
        word.endswith(ending) and len(word) - len(ending) >= SENTENCE_START_STEM_MIN
        for ending in endings
    )


def given_in_its_surnames_case(word: str, nxt: str) -> bool:
    """A given name in the Russian case of the surname after it, back to a listed name
    ("Бакыту Асанову вручили ...": Бакыт; "Азамата Асанова наградили": Азамат): a name
    opening its sentence in the dative or accusative, not a noun in a Kyrgyz case."""
    surname = surname_of(nxt)
    if not surname:
        return False
    if surname == proper_case(nxt):
        # a man's genitive/accusative, the object first ("Азамата Асанова наградили")
        return surname.casefold().endswith(MASCULINE_OBLIQUE) and bool(male_given_nominative(word))
    nominative = given_nominative(word, nxt)
    return nominative != word and nominative.casefold() in KNOWN_GIVEN


# The Kyrgyz genitive's endings: a given name in it owns the уулу/кызы after it.
_GENITIVES: tuple[str, ...] = morph.variants("genitive")


def _owner_in_the_genitive(low: str) -> bool:
    """A given name in the genitive ("Асандын кызы": Асан's daughter, no patronymic; a
    father's name before уулу/кызы is in the nominative)."""
    return any(low.endswith(e) and listed_or_built_given(low[: -len(e)]) for e in _GENITIVES)


def noun_opening(text: str, tokens: list[Token], i: int, nxt: str) -> bool:
    """The sentence's first word at token i is a noun in a case, a plural or an
    adjective (`noun_in_a_case`), no given name: not one in its surname's case, nor a
    father's name before уулу/кызы ("Абдыкалык уулу Бекжан" opening a table's row:
    "-лык" is an adjective's ending and a name's), unless a given name in the genitive
    owns it ("Асандын кызы Айгерим": Асан's daughter, revfix50b)."""
    return (
        noun_in_a_case(text, tokens, i)
        and not given_in_its_surnames_case(tokens[i].text, nxt)
        and not (father_nominative(nxt.casefold()) and not _owner_in_the_genitive(tokens[i].low))
    )
