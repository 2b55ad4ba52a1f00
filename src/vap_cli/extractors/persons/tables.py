"""Persons' language data: the tables of lexicon/persons.yaml and given_names.yaml,
and the patterns built from them once (surname, patronymic, anchor, word, gaps)."""

from __future__ import annotations

import regex

from ...lexicon import load

_LEX = load("persons")
_LONG_NOT_NAME = 5  # letters of a non-name that its case forms begin with


def _alternation(items: list[str]) -> str:
    return "|".join(regex.escape(x) for x in sorted(set(items), key=len, reverse=True))


_CASE_ENDINGS: dict[str, str] = {str(k): str(v) for k, v in _LEX["case_endings"].items()}
_ALL_ENDINGS = {**_CASE_ENDINGS, **{e: "" for e in _LEX["patronymic_case_endings"]}}


# Russian surname endings -> the given-name endings that go with them.
def _nominatives(value: str | list[str] | None) -> tuple[str, ...]:
    return tuple(str(v or "") for v in value) if isinstance(value, list) else (str(value or ""),)


# Russian surname endings -> the given-name endings that go with them (longest first)
# and the nominative endings each may stand for.
_RU_GIVEN_ENDINGS: list[tuple[str, list[tuple[str, tuple[str, ...]]]]] = sorted(
    (
        (
            str(ending),
            sorted(
                ((str(o), _nominatives(n)) for o, n in given.items()),
                key=lambda pair: len(pair[0]),
                reverse=True,
            ),
        )
        for ending, given in _LEX["russian_given_endings"].items()
    ),
    key=lambda pair: len(pair[0]),
    reverse=True,
)
_ENDING_LENGTHS = sorted({len(e) for e in _ALL_ENDINGS})
_POSSESSIVES: tuple[str, ...] = tuple(_LEX["possessive_endings"])
_PLURAL_THEN_ENDING = regex.compile(
    rf"(?i:{_alternation(_LEX['plural_markers'])})(?i:{_alternation(_LEX['possessive_endings'])})?"
    rf"(?i:{_alternation(list(_ALL_ENDINGS))})"
)
_SUFFIXES: list[str] = _LEX["surname_suffixes"]
_FATHER_SUFFIXES = {s for s in _SUFFIXES if s in _LEX["patronymic_words"]}
_MIN_SURNAME: int = int(_LEX["surname_min_length"])
_MAX_ROLE_WORDS: int = int(_LEX["role_phrase_max_words"])
_ROLE_BREAKS: frozenset[str] = frozenset(_LEX["role_phrase_breaks"])
_ROLE_STOP_ENDINGS: tuple[str, ...] = tuple(_LEX["role_phrase_stop_endings"])
_RU_VERB_ENDINGS: tuple[str, ...] = tuple(_LEX["role_phrase_break_endings_ru"])
_KYRGYZ_LETTERS = frozenset(_LEX["kyrgyz_letters"])
_ROLE_KEEP: frozenset[str] = frozenset(_LEX["role_phrase_keep"])
_MAX_COMPLEMENT: int = int(_LEX["role_complement_max_words"])
_DOUBLE_VOWEL = regex.compile(r"(?:аа|ээ|ии|оо|уу|өө|үү|ыы)\p{L}{0,2}$")
_NOT_NAMES: frozenset[str] = frozenset(str(w).casefold() for w in _LEX["not_names"])
# Known non-names long enough that a word beginning with one is that word in a case
# ("Кыргызстана", "Бишкеке").
_LONG_NOT_NAMES: tuple[str, ...] = tuple(w for w in _NOT_NAMES if len(w) >= _LONG_NOT_NAME)
_PATRONYMIC_WORDS: frozenset[str] = frozenset(_LEX["patronymic_words"])
_GIVEN_NAMES = load("given_names")
_MALE_NAMES: frozenset[str] = frozenset(str(n).casefold() for n in _GIVEN_NAMES["male"])
_FEMALE_NAMES: frozenset[str] = frozenset(str(n).casefold() for n in _GIVEN_NAMES["female"])
_KNOWN_GIVEN: frozenset[str] = _MALE_NAMES | _FEMALE_NAMES
_VOICELESS_INITIALS: tuple[str, ...] = tuple(_LEX["voiceless_ending_initials"])
_NO_SUFFIX_SURNAMES: frozenset[str] = frozenset(_LEX["surnames_without_suffix"])
_BARE_SURNAME_MIN: int = int(_LEX["bare_surname_min_length"])
# A word in any case ending of the lexicon is a noun or a place in a case, not a bare surname.
_BARE_SURNAME_ENDINGS: tuple[str, ...] = tuple(_ALL_ENDINGS)
_GIVEN_ELEMENTS: tuple[str, ...] = tuple(_LEX["given_name_elements"])
_GIVEN_ELEMENT_MIN_STEM: int = int(_LEX["given_name_element_min_stem"])
_PLACE_WORDS_AFTER: tuple[str, ...] = tuple(w.casefold() for w in _LEX["place_words_after"])
_NAMESAKE_BEFORE: frozenset[str] = frozenset(w.casefold() for w in _LEX["namesake_before"])
_NAMESAKE_AFTER: tuple[str, ...] = tuple(w.casefold() for w in _LEX["namesake_after"])
_NAMESAKE_AFTER_BARE: tuple[str, ...] = tuple(w.casefold() for w in _LEX["namesake_after_bare"])
# Type words after a name, one word ("району") or two ("айыл аймагы"): the two-word
# ones are checked only after their first word, so the check stays cheap.
_WORDS_AFTER = tuple(w for w in _PLACE_WORDS_AFTER + _NAMESAKE_AFTER if " " not in w)
_PHRASES_AFTER = tuple(w for w in _PLACE_WORDS_AFTER + _NAMESAKE_AFTER if " " in w)
_PHRASES_AFTER_FIRST = frozenset(w.split()[0] for w in _PHRASES_AFTER)
_PHRASE_REACH = 40
_QUOTES_OPEN = frozenset(_LEX["quote_marks_open"])
_QUOTES_CLOSE = frozenset(_LEX["quote_marks_close"])
_PATRONYMIC_OBLIQUE: tuple[str, ...] = tuple(_LEX["patronymic_oblique_endings"])
_PATRONYMIC_OBLIQUE_OTHER: tuple[str, ...] = tuple(_LEX["patronymic_oblique_endings_other"])
_FEMALE_PATRONYMIC_OBLIQUE: tuple[str, ...] = tuple(_LEX["female_patronymic_oblique"]["endings"])
_FEMALE_PATRONYMIC_END: str = _LEX["female_patronymic_oblique"]["nominative"]
_MALE_ELEMENTS: tuple[str, ...] = tuple(_LEX["male_given_elements"])
_FEMININE_ACCUSATIVE: dict[str, str] = dict(_LEX["feminine_accusative_surname"])
_FEMININE_ACCUSATIVE_GIVEN: dict[str, str] = dict(_LEX["feminine_accusative_given"])
_SURNAME_ONLY: tuple[str, ...] = tuple(_LEX["surname_only_suffixes"])
_LONE_SUFFIXES: tuple[str, ...] = tuple(_LEX["lone_surname_suffixes"])
_SENTENCE_START_ENDINGS: tuple[str, ...] = tuple(_LEX["sentence_start_case_endings"])
_SENTENCE_START_STEM_MIN: int = int(_LEX["sentence_start_stem_min"])
_MASCULINE_SURNAME: dict[str, str] = dict(_LEX["masculine_oblique_surname"])
_MASCULINE_GIVEN: dict[str, list[str]] = {
    str(k): [str(v or "") for v in vs] for k, vs in _LEX["masculine_oblique_given"].items()
}
_GENITIVE_CUES: list[tuple[str, ...]] = [
    tuple(str(cue).casefold().split()) for cue in _LEX["genitive_cues_before"]
]
_TITLES_BEFORE: frozenset[str] = frozenset(_LEX["title_words_before"])
_TITLES_AFTER: frozenset[str] = frozenset(_LEX["title_words_after"])
_ROLE_FORMS: frozenset[str] = frozenset(
    stem + ending for stem, endings in _LEX["role_words"].items() for ending in endings
)

# Stem (lazy: the earliest suffix that leaves a valid case ending wins, so
# "Бекиевдин" is Беки+ев+дин, not a surname "Бекиевдин"), suffix, ending.
SURNAME = regex.compile(
    rf"(?P<stem>\p{{Lu}}\p{{L}}{{1,30}}?)(?P<suffix>(?i:{_alternation(_SUFFIXES)}))"
    rf"(?P<ending>(?i:{_alternation(list(_ALL_ENDINGS))}))?",
)
PATRONYMIC = regex.compile(
    rf"\p{{Lu}}\p{{Ll}}{{1,30}}?(?:{_alternation(_LEX['patronymic_suffixes'])})"
    rf"(?P<ending>{_alternation(list(_CASE_ENDINGS))})?"
)
# A surname-shaped word or a father's-name word: where a name can stand.
ANCHOR = regex.compile(
    rf"(?<![\p{{L}}\d])(?:\p{{Lu}}\p{{L}}{{0,30}}(?i:{_alternation(_LEX['anchor_cores'])})\p{{L}}{{0,5}}"
    rf"|(?i:{_alternation(_LEX['patronymic_words'])})\p{{L}}{{0,4}}"
    rf"|{_alternation(_LEX['surnames_without_suffix'])}"
    # a known given name (a named list: a set lookup, not a long alternation): a
    # suffixless surname may follow it ("Сергей Гармаш")
    r"|(?=\p{Lu})\L<given>)(?!\p{L})",
    given=[str(n) for n in _GIVEN_NAMES["male"] + _GIVEN_NAMES["female"]],
)
# Characters around an anchor that may hold the rest of its name and its roles.
_WINDOW = 400
# A word: letters with inner hyphens (Ысык-Көл). Bounded; a longer run of letters
# is cut, and a cut word is never a name (checked by its end).
WORD = regex.compile(r"(?<![\p{L}\d])\p{L}(?:\p{L}|-(?=\p{L})){0,60}")
# What closes a name in a list item: a dash, a comma, a semicolon, a bracket, a
# table cell's bar or the line's end ("Асанова Саадат - директор", "Асанова Саадат |").
_LIST_ITEM_END = regex.compile(r"[ \t]{0,3}(?:[-–—,;(|]|\r?\n|$)")
# Between two words of one name: spaces only, at most a few.
_NAME_GAP = regex.compile(r"[ \t]{1,3}|[ \t]{0,3}\n[ \t]{0,3}")
# After an initial: its dot and at most a few spaces ("Ө.Алманбетов", "И. И. Иванов").
_INITIAL_GAP = regex.compile(r"\.[ \t]{0,3}")
# Between two words of a role phrase: spaces, or a hyphen with spaces.
_ROLE_GAP = regex.compile(r"[ \t]{1,3}")
# A comma that introduces a role after a name: "Анара Мусаева, тренер".
_COMMA_GAP = regex.compile(r"[ \t]{0,3},[ \t]{1,3}")


# Tokens from a name's first word to its surname: three initials and a surname.
_NAME_REACH = 3
