"""Persons' language data: the tables of lexicon/persons.yaml and given_names.yaml,
and the patterns built from them once (surname, patronymic, anchor, word, gaps)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Protocol

import regex

from ... import morph, morph_names, rx
from ...fold import typed_too
from ...lexicon import load, words
from ..word_starts import PATRONYMIC_BEGINS
from . import name_forms

_LEX = load("persons")
_LONG_NOT_NAME = 5  # letters of a non-name that its case forms begin with


# The Kyrgyz case endings a name's last word takes (Бекиевдин, Мирбекке, Бакыттан).
KYRGYZ_CASE_ENDINGS: tuple[str, ...] = morph.variants(*_LEX["kyrgyz_name_cases"])
FOREIGN_SURNAME_CASES: frozenset[str] = frozenset(_LEX["foreign_surname_cases"])
MOTION_VERB_STEMS: tuple[str, ...] = morph.MOTION_VERB_STEMS
CASE_ENDINGS: dict[str, str] = {
    **{e: "" for e in KYRGYZ_CASE_ENDINGS},
    **morph_names.RU_SURNAME_CASE_ENDINGS,
}
ALL_ENDINGS = {**CASE_ENDINGS, **{e: "" for e in morph.variants(*_LEX["patronymic_cases"])}}
# Russian surname endings -> the given-name endings that go with them (longest first)
# and the nominative endings each may stand for (morph.py).
RU_GIVEN_ENDINGS: list[tuple[str, list[tuple[str, tuple[str, ...]]]]] = sorted(
    (
        (
            ending,
            sorted(given.items(), key=lambda pair: len(pair[0]), reverse=True),
        )
        for ending, given in morph_names.RU_GIVEN_ENDINGS.items()
    ),
    key=lambda pair: len(pair[0]),
    reverse=True,
)
# Endings after уулу/кызы: every name ending and the possessive accusative.
FATHER_ENDINGS = {
    **ALL_ENDINGS,
    **{e: "" for e in morph.variants(*_LEX["patronymic_only_cases"])},
}
ENDING_LENGTHS = sorted({len(e) for e in ALL_ENDINGS})
POSSESSIVES: tuple[str, ...] = morph.variants("possessive")
PLURAL_THEN_ENDING = rx.compile(
    rf"(?i:{rx.alternation(list(morph.variants('plural')))})(?i:{rx.alternation(list(POSSESSIVES))})?"
    rf"(?i:{rx.alternation(list(ALL_ENDINGS))})"
)
_SUFFIXES: list[str] = _LEX["surname_suffixes"]
FATHER_SUFFIXES = {s for s in _SUFFIXES if s in _LEX["patronymic_words"]}
MIN_SURNAME: int = int(_LEX["surname_min_length"])
GENITIVE_LOOKALIKES: frozenset[str] = frozenset(_LEX["kyrgyz_genitive_lookalikes"])
GENITIVE_STEM_MIN: int = int(_LEX["kyrgyz_genitive_stem_min"])
WEAK_SURNAME_SUFFIXES: tuple[str, ...] = tuple(_LEX["weak_surname_suffixes"])
# The Kyrgyz genitive endings spelt like such a suffix ("тин", "дин", "нин").
LOOKALIKE_GENITIVES: tuple[str, ...] = tuple(
    v for v in morph.variants("genitive") if v.endswith(tuple(GENITIVE_LOOKALIKES))
)
MAX_ROLE_WORDS: int = int(_LEX["role_phrase_max_words"])
ROLE_BREAKS: frozenset[str] = frozenset(_LEX["role_phrase_breaks"])
ROLE_AFTER_BREAKS: frozenset[str] = frozenset(_LEX["role_after_breaks"])
ROLE_STOP_ENDINGS: tuple[str, ...] = (
    *morph.variants(*_LEX["role_phrase_stop_cases"]),
    *_LEX["role_phrase_stop_endings"],
)
RU_VERB_ENDINGS: tuple[str, ...] = tuple(_LEX["role_phrase_break_endings_ru"])
RU_OPENING_VERB_ENDINGS: tuple[str, ...] = tuple(_LEX["role_phrase_break_endings_ru_opening"])
KYRGYZ_LETTERS = frozenset(load("language")["ky"]["letters"])
ROLE_KEEP: frozenset[str] = frozenset(_LEX["role_phrase_keep"])
MAX_COMPLEMENT: int = int(_LEX["role_complement_max_words"])
COMPLEMENT_ADJECTIVES: tuple[str, ...] = tuple(_LEX["role_complement_adjective_endings"])
COMPLEMENT_VERB_ENDINGS: tuple[str, ...] = tuple(_LEX["role_complement_verb_endings"])
COMPLEMENT_ACRONYM_MAX: int = int(_LEX["role_complement_acronym_max"])
# A name keeps at least this many letters before an oblique ending is read off it:
# "Жумабаева" -> "Жумабаев", but a short name is left whole.
OBLIQUE_STEM_MIN = 3
# At most this many initials stand before or after a surname ("А.Б.Асанов").
MAX_INITIALS = 3
# A given name has at least this many letters: one letter is an initial, and two-letter
# capitalised words are abbreviations or particles far more often than names.
GIVEN_MIN_LENGTH = 3
# A plural, a possessive and a case ending together are shorter than this: a word is
# searched for a plural tail only this far from its end.
PLURAL_TAIL_REACH = 12
# A long vowel at most two letters from the end: an adjective in -туу/-дүү(-лүк).
DOUBLE_VOWEL = rx.compile(rf"(?:{'|'.join(morph.LONG_VOWELS)})$")
NOT_NAMES: frozenset[str] = frozenset(
    str(w).casefold()
    for w in _LEX["not_names"] + [n for n in _LEX["genitive_nouns_before"] if " " not in n]
)
# Russian nouns before a genitive, without their last vowel, soft sign or й: the stems
# their case forms share ("решени" of Решением, "сын" of Сына).
_NOUN_TAILS: tuple[str, ...] = tuple(_LEX["russian_noun_tails"])
RU_NOUN_STEMS: frozenset[str] = frozenset(
    (w[:-1] if w.endswith(_NOUN_TAILS) else w).casefold()
    for w in _LEX["russian_nouns_before_genitive"]
    + [n for n in _LEX["genitive_nouns_before"] if " " not in n]
)
RU_NOUN_ENDINGS: frozenset[str] = frozenset(_LEX["russian_noun_endings"])
RU_NOUN_SUFFIXES: tuple[str, ...] = tuple(_LEX["russian_noun_suffixes"])
# Known non-names long enough that a word beginning with one is that word in a case
# ("Кыргызстана", "Бишкеке").
LONG_NOT_NAMES: tuple[str, ...] = tuple(w for w in NOT_NAMES if len(w) >= _LONG_NOT_NAME)
PATRONYMIC_WORDS: frozenset[str] = frozenset(_LEX["patronymic_words"])
# уулу/кызы -> the endings a Russian oblique given name before it may take (morph.py).
GIVEN_BEFORE_FATHER: Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]] = MappingProxyType(
    {
        word: tuple(
            sorted(
                morph_names.RU_GIVEN_BEFORE_FATHER[sex].items(),
                key=lambda pair: len(pair[0]),
                reverse=True,
            )
        )
        for word, sex in _LEX["patronymic_word_sex"].items()
    }
)
_LISTED_GIVEN = load("given_names")
_GIVEN_NAMES: dict[str, list[str]] = name_forms.given_names()
MALE_NAMES: frozenset[str] = frozenset(str(n).casefold() for n in _GIVEN_NAMES["male"])
FEMALE_NAMES: frozenset[str] = frozenset(str(n).casefold() for n in _GIVEN_NAMES["female"])
KNOWN_GIVEN: frozenset[str] = MALE_NAMES | FEMALE_NAMES
INDECLINABLE_SURNAMES: tuple[str, ...] = tuple(_LEX["indeclinable_surname_suffixes"])
FEMININE_LIKE_GENITIVE: tuple[str, ...] = tuple(_LEX["feminine_like_genitive_endings"])
INDECLINABLE_GIVEN: tuple[str, ...] = tuple(_LEX["indeclinable_given_endings"])
FEMININE_GENITIVE: dict[str, tuple[str, ...]] = {
    str(ending): tuple(str(n) for n in nominatives)
    for ending, nominatives in _LEX["feminine_genitive_endings"].items()
}
# Foreign given names: their surnames have no suffix, in a Kyrgyz case too.
FOREIGN_GIVEN: frozenset[str] = frozenset(
    str(n).casefold() for sex in ("male", "female") for n in _LISTED_GIVEN[f"{sex}_foreign"]
)
VOICELESS_INITIALS: tuple[str, ...] = tuple(_LEX["voiceless_ending_initials"])
NO_SUFFIX_SURNAMES: frozenset[str] = frozenset(_LEX["surnames_without_suffix"])
BARE_SURNAME_MIN: int = int(_LEX["bare_surname_min_length"])
BARE_SURNAME_NOT_SUFFIXES: tuple[str, ...] = morph.variants(*_LEX["bare_surname_not_suffixes"])
BARE_SURNAME_SUFFIX_MIN_STEM: int = int(_LEX["bare_surname_suffix_min_stem"])
# A word in any case ending of the lexicon is a noun or a place in a case, not a bare surname.
BARE_SURNAME_ENDINGS: tuple[str, ...] = tuple(ALL_ENDINGS)
GIVEN_ELEMENTS: tuple[str, ...] = tuple(_LEX["given_name_elements"])
GIVEN_ELEMENT_MIN_STEM: int = int(_LEX["given_name_element_min_stem"])


_PLACE_WORDS_AFTER: tuple[str, ...] = typed_too(_LEX["place_words_after"])
# Russian type nouns after a unit's adjectival name ("Ноокенского района", "Ошской
# области"; places.yaml): an adjectival surname before one is the unit's adjective.
RUSSIAN_TYPE_AFTER: tuple[str, ...] = tuple(
    prefix for row in load("places")["russian_after"] for prefix in row["prefixes"]
)
# Countries (places.yaml): no foreign surname in a case ("элчи Томас Германиянын атынан").
COUNTRIES: frozenset[str] = frozenset(str(w).casefold() for w in load("places")["countries"])
# (compared at the word's start, in either case: "АА", "а/а" is read as three tokens)
PLACE_ABBREVIATION_AT = rx.compile(
    "(?:"
    + "|".join(regex.escape(w) for w in sorted(_LEX["place_abbreviations_after"], key=len)[::-1])
    + r")(?![\p{L}/])",
    regex.IGNORECASE,
)
NAMESAKE_ABBREVIATIONS_AFTER: frozenset[str] = frozenset(_LEX["namesake_abbreviations_after"])
NAMESAKE_BEFORE: frozenset[str] = frozenset(w.casefold() for w in _LEX["namesake_before"])
NAMESAKE_TITLES: frozenset[str] = frozenset(_LEX["namesake_titles"])
NAMESAKE_TITLE_REACH: int = int(_LEX["namesake_title_reach"])
_NAMESAKE_AFTER: tuple[str, ...] = typed_too(_LEX["namesake_after"])
NAMESAKE_AFTER_BARE: tuple[str, ...] = typed_too(_LEX["namesake_after_bare"])
# Type words after a name, one word ("району") or two ("айыл аймагы"): the two-word
# ones are checked only after their first word, so the check stays cheap.
WORDS_AFTER = tuple(w for w in _PLACE_WORDS_AFTER + _NAMESAKE_AFTER if " " not in w)
PLURAL_PLACE_WORDS_AFTER = tuple(w.casefold() for w in _LEX["place_plural_words_after"])
PHRASES_AFTER = tuple(w for w in _PLACE_WORDS_AFTER + _NAMESAKE_AFTER if " " in w)
PHRASES_AFTER_FIRST = frozenset(w.split()[0] for w in PHRASES_AFTER)
PHRASE_REACH = 40
# A place's type word as its first letters ("району", "өкмөт" of "айыл өкмөтү"): one
# in the genitive before a role word is a person's role ("айыл өкмөтүнүн башчысы").
PLACE_TYPE_STEMS: tuple[str, ...] = tuple(w.split()[-1] for w in _PLACE_WORDS_AFTER)
# ... and the first word of a place's type of two words ("айыл" of "айыл аймагы"), not a
# namesake's ("атын" of "атын алып").
PLACE_PHRASE_FIRSTS = frozenset(w.split()[0] for w in _PLACE_WORDS_AFTER if " " in w)
GENITIVES: tuple[str, ...] = morph.variants("genitive", "genitive_p")
TITLE_CASE_TELLS: frozenset[str] = frozenset(words(_LEX["title_case_tells"]))
BODY_HEADS: frozenset[str] = frozenset(_LEX["body_heads_ru"])
# An adjectival surname's nominative ending -> the endings of a small-letter adjective
# after it that make both the first words of a body's name ("Нарынский государственный").
BODY_NAME_ADJECTIVES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {str(k): tuple(map(str, v)) for k, v in _LEX["body_name_adjective_endings_ru"].items()}
)
LANGUAGE_NAMES: frozenset[str] = frozenset(w.casefold() for w in _LEX["language_names"])
# ... in any case: no given name ("Председатель Совета Асанов": the body's genitive).
BODY_HEAD_FORMS: frozenset[str] = name_forms.BODY_HEAD_FORMS
QUOTES_OPEN = frozenset(_LEX["quote_marks_open"])
QUOTES_CLOSE = frozenset(_LEX["quote_marks_close"])
PATRONYMIC_OBLIQUE: tuple[str, ...] = morph_names.RU_PATRONYMIC_OBLIQUE
PATRONYMIC_OBLIQUE_OTHER: tuple[str, ...] = morph_names.RU_PATRONYMIC_OBLIQUE_OTHER
FEMALE_PATRONYMIC_OBLIQUE: tuple[str, ...] = morph_names.RU_FEMALE_PATRONYMIC_OBLIQUE
FEMALE_PATRONYMIC_END: str = morph_names.RU_FEMALE_PATRONYMIC_END
MALE_ELEMENTS: tuple[str, ...] = tuple(_LEX["male_given_elements"])
FEMALE_ELEMENTS: tuple[str, ...] = tuple(_LEX["female_given_elements"])
MALE_A_ELEMENTS: tuple[str, ...] = tuple(_LEX["male_given_a_elements"])
MALE_PREFIXES: tuple[str, ...] = tuple(_LEX["male_given_prefixes"])
FEMININE_ACCUSATIVE: dict[str, str] = morph_names.RU_FEMININE_ACCUSATIVE_SURNAME
FEMININE_ACCUSATIVE_GIVEN: dict[str, str] = morph_names.RU_FEMININE_ACCUSATIVE_GIVEN
SURNAME_ONLY: tuple[str, ...] = tuple(_LEX["surname_only_suffixes"])
LONE_SUFFIXES: tuple[str, ...] = tuple(_LEX["lone_surname_suffixes"])
SPEECH_VERBS_KY: frozenset[str] = frozenset(_LEX["speech_verbs_ky"])
ATTRIBUTION_WORDS_KY: frozenset[str] = frozenset(_LEX["attribution_words_ky"])
PERSON_NOUNS_KY: tuple[str, ...] = tuple(_LEX["person_nouns_ky"])
# Stems of the nouns for people (participants' groups): "участников" is no surname.
PEOPLE_STEMS: frozenset[str] = frozenset(
    stem for group in load("who_groups")["groups"].values() for stem in group["stems"]
)
SENTENCE_START_ENDINGS: tuple[str, ...] = morph.variants(*_LEX["sentence_start_cases"])
SENTENCE_START_NOUN_ENDINGS: tuple[str, ...] = (
    *SENTENCE_START_ENDINGS,
    *morph.variants(*_LEX["sentence_start_object_cases"]),
    *morph.variants(*_LEX["bare_surname_not_suffixes"]),
)
SENTENCE_START_STEM_MIN: int = int(_LEX["sentence_start_stem_min"])
SENTENCE_START_VERB_PREFIXES_RU: tuple[str, ...] = tuple(_LEX["sentence_start_verb_prefixes_ru"])
SENTENCE_START_VERB_ENDINGS_RU: tuple[str, ...] = tuple(
    vowel + ending
    for vowel in _LEX["sentence_start_verb_vowels_ru"]
    for ending in morph.RU_PAST_FORM_ENDINGS
)
SENTENCE_START_INFINITIVE_RU: tuple[str, ...] = tuple(
    vowel + ending
    for vowel in _LEX["sentence_start_verb_vowels_ru"]
    for ending in _LEX["sentence_start_infinitive_endings_ru"]
)
# The Russian dative/accusative endings of a given name ("Бакыту", "Гульмиру", "Андрею")
# that its surname shares ("Асанову"); a Kyrgyz name's long vowel is none ("Айсулуу").
RU_OBLIQUE_GIVEN_ENDS: tuple[str, ...] = tuple(_LEX["russian_oblique_given_ends"])
LONG_VOWEL_ENDS: tuple[str, ...] = tuple(_LEX["long_vowel_ends"])
RU_SURNAME_OTHER_CASE_ENDS: tuple[str, ...] = tuple(_LEX["russian_surname_other_case_ends"])
MASCULINE_SURNAME: dict[str, str] = morph_names.RU_MASCULINE_SURNAME
# A man's surname in the genitive/accusative ends so ("Асанова"), as a woman's nominative.
MASCULINE_OBLIQUE: tuple[str, ...] = tuple(MASCULINE_SURNAME)
ADJECTIVAL_STEMS: tuple[str, ...] = morph_names.RU_ADJECTIVAL_SURNAME_STEMS
BARE_SURNAME_CASES: Mapping[str, str] = morph_names.RU_BARE_SURNAME_CASES
# A given name's Russian oblique endings and the nominative endings each may stand
# for, by sex (morphology.yaml given_before_father), longest first.
GIVEN_OBLIQUE: Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]] = MappingProxyType(
    {
        sex: tuple(sorted(table.items(), key=lambda pair: len(pair[0]), reverse=True))
        for sex, table in morph_names.RU_GIVEN_BEFORE_FATHER.items()
    }
)
ADJECTIVAL_CASES: Mapping[str, tuple[str, str]] = morph_names.RU_ADJECTIVAL_SURNAME_CASES
# The endings of a woman's surname ("Асанова", "Ковальская", "Асан кызы").
FEMININE_ADJECTIVAL: tuple[str, ...] = tuple(
    str(row["female"]) for row in _LEX["gender_surname_endings"]
)
_FEMALE_SURNAME_ENDS = tuple(e for e in FEMININE_ADJECTIVAL if e)
# A surname suffix's sex: a woman's for a female ending of `gender_surname_endings`, none
# for one that never declines ("-енко"), else a man's. Longest first: words.surname_sex takes
# the first suffix the surname ends with, and a longer suffix tells more than one ending it.
SURNAME_SUFFIX_SEX: Mapping[str, str | None] = MappingProxyType(
    {
        s: None
        if s in INDECLINABLE_SURNAMES
        else "female"
        if s.endswith(_FEMALE_SURNAME_ENDS)
        else "male"
        for s in sorted(_SUFFIXES, key=len, reverse=True)
    }
)
MASCULINE_GIVEN: dict[str, list[str]] = morph_names.RU_MASCULINE_GIVEN
ACTING_PREFIXES: tuple[str, ...] = tuple(_LEX["acting_prefixes"])
ROLE_GENITIVE_ADJECTIVES: tuple[str, ...] = tuple(_LEX["role_genitive_adjective_endings_ru"])
ROLE_GENITIVE_ADJECTIVES_MAX: int = int(_LEX["role_genitive_adjectives_max"])
GIVEN_SOFT_SIGN: str = _LEX["given_soft_sign"]
ACCUSATIVE_VERB_STEMS: tuple[str, ...] = tuple(_LEX["accusative_verbs_ru"]["stems"])
ACCUSATIVE_VERB_ENDINGS: tuple[str, ...] = tuple(_LEX["accusative_verbs_ru"]["endings"])
OBJECT_VERB_ENDINGS: tuple[str, ...] = tuple(_LEX["accusative_verbs_ru"]["object_endings"])


def _by_last_word(cues: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """Cue phrases (words in lower case) by their last word: the word right before a
    name is looked up once, not every phrase tried."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for cue in cues:
        words = tuple(str(cue).casefold().split())
        table.setdefault(words[-1], []).append(words)
    return table


GENITIVE_CUES = _by_last_word(_LEX["genitive_cues_before"] + _LEX["genitive_nouns_before"])
# The one-word joiners of a list of surnames (surname_list_joiners: "и", "жана"): a
# surname joined to a cued one in its case shares the cue (cases.py, the genitive's).
ONE_WORD_SURNAME_JOINERS: frozenset[str] = frozenset(
    w for w in _LEX["surname_list_joiners"] if " " not in w
)
INSTRUMENTAL_CUES = _by_last_word(_LEX["instrumental_cues_before"]["words"])
INSTRUMENTAL_ENDINGS: tuple[str, ...] = tuple(_LEX["instrumental_cues_before"]["endings"])
DATIVE_CUES = _by_last_word(_LEX["dative_cues_before"]["words"])
DATIVE_ENDINGS: tuple[str, ...] = tuple(_LEX["dative_cues_before"]["endings"])
_ROLES = _LEX["role_words"]
# Role words and their forms: Kyrgyz bare and possessive (morph.py), borrowed words
# those and the Russian endings too, Russian words their listed endings.
_RUSSIAN_TITLES: dict[str, list[str]] = _LEX["title_words_russian"]
TITLES_BEFORE: frozenset[str] = frozenset(
    {
        *_LEX["title_words_before"],
        *(stem + e for stem, endings in _RUSSIAN_TITLES.items() for e in endings),
    }
)
ROLE_PREFIXES: tuple[str, ...] = tuple(_LEX["role_word_prefixes"])
TITLES_AFTER: frozenset[str] = frozenset(_LEX["title_words_after"])
ROLE_FORMS: frozenset[str] = frozenset(
    {
        *(
            form
            for stem in _ROLES["kyrgyz"] + _ROLES["borrowed"]
            for form in (stem, morph.inflect(stem, "possessive"))
        ),
        *(stem + e for stem in _ROLES["borrowed"] for e in _ROLES["borrowed_russian_endings"]),
        *(stem + e for stem, endings in _ROLES["russian"].items() for e in endings),
    }
)
# Role words naming one person in the nominative, by the text's language: Kyrgyz (and
# borrowed) bare and possessive ("башчысы", "депутат", "кеңештин депутаты"); Russian the
# first of their listed endings, and borrowed bare ("глава", "председатель", "депутат":
# a Russian "депутаты" is a plural). Not a plural, not an oblique case.
ROLE_NOMINATIVES_KY: frozenset[str] = frozenset(
    form
    for stem in _ROLES["kyrgyz"] + _ROLES["borrowed"]
    for form in (stem, morph.inflect(stem, "possessive"))
)
ROLE_NOMINATIVES_RU: frozenset[str] = frozenset(
    {
        *_ROLES["borrowed"],
        *(stem + endings[0] for stem, endings in _ROLES["russian"].items()),
    }
)
_INDECLINABLE_PREFIXES: tuple[str, ...] = tuple(_ROLES["indeclinable_prefixes"])
# Role words in the Russian genitive ("эксперта", "главы", "руководителя"): a cue
# that the name after them is in the genitive too. A Kyrgyz word ("төрага"), a
# nominative ("глава", the first of its listed endings) and a deputy's indeclinable
# office ("замминистра") are none.
ROLE_GENITIVE: frozenset[str] = frozenset(
    {
        *(
            stem + e
            for stem in _ROLES["borrowed"]
            for e in _ROLES["borrowed_russian_endings"]
            if e in morph.RU_NOUN_GENITIVE_ENDINGS and not stem.startswith(_INDECLINABLE_PREFIXES)
        ),
        *(
            stem + e
            for stem, endings in _ROLES["russian"].items()
            for e in endings[1:]
            if e in morph.RU_NOUN_GENITIVE_ENDINGS
        ),
    }
)
# Words in the genitive that cue a name in the genitive after them: role words and
# Russian titles ("эксперта", "господина").
GENITIVE_CUE_WORDS: frozenset[str] = ROLE_GENITIVE | {
    stem + e
    for stem, endings in _RUSSIAN_TITLES.items()
    for e in endings[1:]
    if e in morph.RU_NOUN_GENITIVE_ENDINGS
}
# Role words and titles in an accusative of their own ("главу", "судью", "госпожу").
ROLE_ACCUSATIVE: frozenset[str] = frozenset(
    stem + _ROLES["a_declension_accusative"][endings[0]]
    for stem, endings in [*_ROLES["russian"].items(), *_RUSSIAN_TITLES.items()]
    if endings[0] in _ROLES["a_declension_accusative"]
)
# A deputy's office: the prefix and a role word in the genitive, one indeclinable word.
ROLE_FORMS = ROLE_FORMS | {p + g for p in _INDECLINABLE_PREFIXES for g in ROLE_GENITIVE}

# Stem (lazy: the earliest suffix that leaves a valid case ending wins, so
# "Бекиевдин" is Беки+ев+дин, not a surname "Бекиевдин"), suffix, ending.
SURNAME = rx.compile(
    rf"(?P<stem>\p{{Lu}}\p{{L}}{{1,30}}?)(?P<suffix>(?i:{rx.alternation(_SUFFIXES)}))"
    rf"(?P<ending>(?i:{rx.alternation(list(FATHER_ENDINGS))}))?",
)
# A patronymic written in small letters after its capital, or all in capitals (an
# official list's "АСАНОВ БАКЫТ ТОКТОГУЛОВИЧ").
PATRONYMIC = rx.compile(
    rf"\p{{Lu}}(?:\p{{Ll}}{{1,30}}?(?:{rx.alternation(_LEX['patronymic_suffixes'])})"
    rf"(?P<ending>{rx.alternation(list(CASE_ENDINGS))})?"
    rf"|\p{{Lu}}{{1,30}}?(?:{rx.alternation([x.upper() for x in _LEX['patronymic_suffixes']])})"
    rf"(?P<ending>{rx.alternation([x.upper() for x in CASE_ENDINGS])})?)"
)
# A surname-shaped word or a father's-name word: where a name can stand. Each kind
# is one pattern; ANCHOR searches for all of them (`AnyOf`).
_ANCHOR_KINDS = (
    rf"\p{{Lu}}\p{{L}}{{0,30}}(?i:{rx.alternation(_LEX['anchor_cores'])})\p{{L}}{{0,5}}",
    rf"(?i:{rx.alternation(_LEX['patronymic_words'])})\p{{L}}{{0,4}}",
    rx.alternation(_LEX["surnames_without_suffix"]),
    # a known given name (a named list: a set lookup, not a long alternation): a
    # suffixless surname may follow it ("Сергей Гармаш")
    r"(?=\p{Lu})\L<given>",
)
# The listed given names in their Russian oblique cases ("Кристиана", "Клаудии"):
# anchors too, for a surname of no suffix after them ("по словам Кристиана Хегера").
GIVEN_OBLIQUE_FORMS: frozenset[str] = name_forms.GIVEN_OBLIQUE_FORMS
_ANCHOR_GIVEN: list[str] = name_forms.ANCHOR_GIVEN
_ANCHOR_LISTED = [
    *_LEX["anchor_cores"],
    *_LEX["patronymic_words"],
    *_LEX["surnames_without_suffix"],
    *_ANCHOR_GIVEN,
]


def _whole_word(kinds: str) -> str:
    """A pattern of `kinds` that matches whole words only (no letter or digit before,
    no letter after)."""
    return rf"(?<![\p{{L}}\d])(?:{kinds})(?!\p{{L}})"


class AnyOf:
    """Whole-word patterns searched one by one, their matches in text order: what one
    alternation of them finds, in about half the time (`regex` tries the whole
    alternation at every character; one kind alone, it skips ahead). Every match of these is a whole
    run of letters, so two kinds never match overlapping stretches and the first
    kind that matches at a place matches the same run as any other: the matches,
    and their spans, are the alternation's. Words with another character in a list
    would break that: then the alternation itself is searched.

    `begins`: for a kind (by its index) that opens with one of some lexicon words,
    where they begin (rx.Beginnings: only there is it tried). The kinds that are lists
    of capitalised words (a named list "(?=\\p{Lu})\\L<given>", an alternation
    "Ким|Пак") are searched together, as capitalised runs of letters (`_Capitalised`)."""

    def __init__(
        self,
        kinds: tuple[str, ...],
        listed: list[str],
        begins: dict[int, rx.Beginnings] | None = None,
        runs: Collection[int] = (),
        **lists: list[str],
    ) -> None:
        """`runs`: the kinds (by index) that match a capitalised run of letters whole
        or not at all (a capital, then letters only, no list): tested on the runs the
        capitalised lists are searched by, each run's answer remembered."""
        self.parts: list[_Kind]
        if not all(str(w).isalpha() for w in listed):
            self.parts = [rx.compile(_whole_word("|".join(kinds)), 0, **lists)]
            return
        capitalised = _Capitalised([rx.compile(kinds[n]) for n in runs])
        self.parts = [
            self._kind(kind, (begins or {}).get(n), lists)
            for n, kind in enumerate(kinds)
            if n not in runs and (n in (begins or {}) or not capitalised.takes(kind, lists))
        ]
        if capitalised.words or runs:
            # first: its matches and the other kinds' at one start are one whole word
            self.parts.insert(0, capitalised)

    @staticmethod
    def _kind(kind: str, begins: rx.Beginnings | None, lists: dict[str, list[str]]) -> _Kind:
        pattern = rx.compile(
            _whole_word(kind), 0, **{n: v for n, v in lists.items() if f"<{n}>" in kind}
        )
        return pattern if begins is None else _Begun(pattern, begins)

    def finditer(self, text: str, places: Places | None = None) -> Iterator[regex.Match[str]]:
        """The matches in `text`, in order. `places`: where the words of a Beginnings
        begin in the whole of `text` (word_starts.starts on its token stream), or None
        (then each kind searches its opening words itself)."""
        if len(self.parts) == 1:
            return _matches(self.parts[0], text, places)
        found = {m.start(): m for part in self.parts for m in _matches(part, text, places)}
        return (found[start] for start in sorted(found))


# Where the words of a Beginnings begin in a text (None: not known, search them).
Places = Callable[[rx.Beginnings], "list[int] | None"]


class _Kind(Protocol):
    def finditer(self, text: str) -> Iterator[regex.Match[str]]: ...


def _matches(kind: _Kind, text: str, places: Places | None) -> Iterator[regex.Match[str]]:
    """A kind's matches in `text`: a kind searched where its words begin (`_Begun`)
    tried at the places `places` found already, when it knows them."""
    if isinstance(kind, _Begun):
        return kind.finditer(text, places)
    return kind.finditer(text)


# A kind that is a named list of capitalised words, and what its whole-word matches
# are when the list's words are all letters: a capitalised run of letters (with no
# letter or digit before it) that is in the list.
_CAPITAL_LIST = regex.compile(r"\(\?=\\p\{Lu\}\)\\L<(\w+)>")
# A capital, no letter or digit before it, then letters: the capital matched first
# and looked behind from after it (`regex` skips ahead to a capital; a look-behind
# first is tried at every character: a third of the time).
_CAPITAL_RUN = rx.compile(r"\p{Lu}(?<![\p{L}\d].)\p{L}*+")
# The capitalised runs whose answer `_Capitalised.has` keeps: the common words of a
# batch (a rarer one is asked again).
RUN_MEMO_SIZE = 16384


class _Capitalised:
    """The kinds that are lists of capitalised words (a named list, an alternation of
    such words), searched together: a whole-word match of one is a capitalised run
    of letters (with no letter or digit before it) that is one of the words, one set
    look-up per run (`regex` would try each list at every capital)."""

    def __init__(self, patterns: list[regex.Pattern[str]]) -> None:
        self.words: set[str] = set()
        # the kinds that match a run whole (AnyOf's `runs`), fullmatched on it
        self.patterns = patterns
        self.has = lru_cache(maxsize=RUN_MEMO_SIZE)(self._has)

    def _has(self, run: str) -> bool:
        """Whether a capitalised run of letters is a match of one of the kinds."""
        return run in self.words or any(p.fullmatch(run) for p in self.patterns)

    def takes(self, kind: str, lists: dict[str, list[str]]) -> bool:
        """Add the kind's words when it is such a list; whether it is."""
        capital_list = _CAPITAL_LIST.fullmatch(kind)
        if capital_list is not None:
            self.words.update(lists[capital_list[1]])
            return True
        words = kind.split("|")
        if all(w.isalpha() and w[:1].isupper() for w in words):
            self.words.update(words)
            return True
        return False

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        has = self.has
        return (
            m
            for m in _CAPITAL_RUN.finditer(text, None, None, False, rx.NOT_CONCURRENT)
            if has(m.group())
        )


class _Begun:
    """A kind searched only where one of its opening words begins (rx.Beginnings)."""

    def __init__(self, pattern: regex.Pattern[str], begins: rx.Beginnings) -> None:
        self.pattern, self.begins = pattern, begins

    def finditer(self, text: str, places: Places | None = None) -> Iterator[regex.Match[str]]:
        """The scan's matches; tried at the places found already when `places` knows them."""
        found = places(self.begins) if places is not None else None
        if found is None:
            return self.begins.scan(text).finditer(self.pattern)
        return rx.matches_at(self.pattern, text, found)


ANCHOR = AnyOf(
    _ANCHOR_KINDS,
    _ANCHOR_LISTED,
    begins={1: PATRONYMIC_BEGINS},  # the father's-name words
    runs=(0,),  # a surname-shaped word: a capitalised run of letters, whole
    given=_ANCHOR_GIVEN,
)
# Characters around an anchor that may hold the rest of its name and its roles.
WINDOW = 400
# What closes a name in a list item: a dash, a comma, a semicolon, a bracket, a
# table cell's bar or the line's end ("Асанова Саадат - директор", "Асанова Саадат |").
LIST_ITEM_END = rx.compile(r"[ \t]{0,3}(?:[-–—,;(|]|\r?\n|$)")
CAPITAL_AFTER: frozenset[str] = frozenset(_LEX["capital_after"])
TITLES_INSIDE: frozenset[str] = frozenset(_LEX["title_words_inside"])
_TITLE_INSIDE = rf"(?i:{rx.alternation(sorted(TITLES_INSIDE))})(?!\p{{L}})"
# A pilgrim's title right after a word: "Мамасадык ажы".
TITLE_INSIDE_AFTER = rx.compile(rf"[ \t]{{1,3}}{_TITLE_INSIDE}")
# Between two words of one name: spaces only, at most a few, maybe around a pilgrim's
# title ("Абдыкадыр ажы Токтобаев").
NAME_GAP = rx.compile(rf"[ \t]{{1,3}}(?:{_TITLE_INSIDE}[ \t]{{1,3}})?|[ \t]{{0,3}}\n[ \t]{{0,3}}")
# After an initial: its dot and at most a few spaces ("Ө.Алманбетов", "И. И. Иванов").
INITIAL_GAP = rx.compile(r"\.[ \t]{0,3}")
# What may not follow a last initial written without its dot ("Асанов Б.А"): a dot
# (then it has one), a hyphen or an apostrophe (a word goes on).
UNDOTTED_INITIAL_NOT_BEFORE = frozenset({".", "-", "'", "’"})
# Between two words of a role phrase: spaces, or a hyphen with spaces.
ROLE_GAP = rx.compile(r"[ \t]{1,3}")
# The gap between two items of a list of surnames: a comma or a joiner word.
SURNAME_LIST_GAP = rx.compile(
    r"(?:,|[ \t]+(?:" + "|".join(_LEX["surname_list_joiners"]) + r"))[ \t]+"
)
MASCULINE_LONE: tuple[str, ...] = tuple(_LEX["masculine_lone_suffixes"])
# A joiner word before another name ("Н. Асанова и Б. Петров"): a list of names.
JOINER_BEFORE_NAME = rx.compile(
    r"[ \t]+(?:" + "|".join(_LEX["surname_list_joiners"]) + r")[ \t]+\p{Lu}"
)
# A joiner spans at most this many tokens ("а также").
LIST_JOINER_TOKENS = 2
# A comma that introduces a role after a name: "Анара Мусаева, тренер".
COMMA_GAP = rx.compile(r"[ \t]{0,3},[ \t]{1,3}")


# Tokens from a name's first word to its surname: three initials and a surname.
NAME_REACH = 3
