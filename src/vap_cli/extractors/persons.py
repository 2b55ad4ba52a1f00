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
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..context import Context
from ..lexicon import load
from ..models import Person, Span

_LEX = load("persons")


def _alternation(items: list[str]) -> str:
    return "|".join(regex.escape(x) for x in sorted(set(items), key=len, reverse=True))


_CASE_ENDINGS: dict[str, str] = {str(k): str(v) for k, v in _LEX["case_endings"].items()}
_ALL_ENDINGS = {**_CASE_ENDINGS, **{e: "" for e in _LEX["patronymic_case_endings"]}}
# Russian surname endings -> the given-name endings that go with them.
_RU_GIVEN_ENDINGS: list[tuple[str, list[tuple[str, str]]]] = sorted(
    (
        (str(ending), [(str(o), str(n or "")) for o, n in given.items()])
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
_PATRONYMIC_WORDS: frozenset[str] = frozenset(_LEX["patronymic_words"])
_GIVEN_NAMES = load("given_names")
_MALE_NAMES: frozenset[str] = frozenset(str(n).casefold() for n in _GIVEN_NAMES["male"])
_FEMALE_NAMES: frozenset[str] = frozenset(str(n).casefold() for n in _GIVEN_NAMES["female"])
_KNOWN_GIVEN: frozenset[str] = _MALE_NAMES | _FEMALE_NAMES
_VOICELESS_INITIALS: tuple[str, ...] = tuple(_LEX["voiceless_ending_initials"])
_NO_SUFFIX_SURNAMES: frozenset[str] = frozenset(_LEX["surnames_without_suffix"])
_PLACE_WORDS_AFTER: tuple[str, ...] = tuple(w.casefold() for w in _LEX["place_words_after"])
_NAMESAKE_BEFORE: frozenset[str] = frozenset(w.casefold() for w in _LEX["namesake_before"])
_NAMESAKE_AFTER: tuple[str, ...] = tuple(w.casefold() for w in _LEX["namesake_after"])
# Type words after a name, one word ("району") or two ("айыл аймагы"): the two-word
# ones are checked only after their first word, so the check stays cheap.
_WORDS_AFTER = tuple(w for w in _PLACE_WORDS_AFTER + _NAMESAKE_AFTER if " " not in w)
_PHRASES_AFTER = tuple(w for w in _PLACE_WORDS_AFTER + _NAMESAKE_AFTER if " " in w)
_PHRASES_AFTER_FIRST = frozenset(w.split()[0] for w in _PHRASES_AFTER)
_PHRASE_REACH = 40
_QUOTES_OPEN = frozenset(_LEX["quote_marks_open"])
_QUOTES_CLOSE = frozenset(_LEX["quote_marks_close"])
_PATRONYMIC_OBLIQUE: tuple[str, ...] = tuple(_LEX["patronymic_oblique_endings"])
_SURNAME_ONLY: tuple[str, ...] = tuple(_LEX["surname_only_suffixes"])
_SENTENCE_START_ENDINGS: tuple[str, ...] = tuple(_LEX["sentence_start_case_endings"])
_SENTENCE_START_STEM_MIN: int = int(_LEX["sentence_start_stem_min"])
_MASCULINE_SURNAME: dict[str, str] = dict(_LEX["masculine_oblique_surname"])
_MASCULINE_GIVEN: dict[str, list[str]] = {
    str(k): [str(v or "") for v in vs] for k, vs in _LEX["masculine_oblique_given"].items()
}
_GENITIVE_CUES: list[tuple[str, ...]] = [
    tuple(str(cue).casefold().split()) for cue in _LEX["genitive_cues_before"]
]
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
    rf"|{_alternation(_LEX['surnames_without_suffix'])})(?!\p{{L}})"
)
# Characters around an anchor that may hold the rest of its name and its roles.
_WINDOW = 400
# A word: letters with inner hyphens (Ысык-Көл). Bounded; a longer run of letters
# is cut, and a cut word is never a name (checked by its end).
WORD = regex.compile(r"(?<![\p{L}\d])\p{L}(?:\p{L}|-(?=\p{L})){0,60}")
# Between two words of one name: spaces only, at most a few.
_NAME_GAP = regex.compile(r"[ \t]{1,3}|[ \t]{0,3}\n[ \t]{0,3}")
# After an initial: its dot and at most a few spaces ("Ө.Алманбетов", "И. И. Иванов").
_INITIAL_GAP = regex.compile(r"\.[ \t]{0,3}")
# Between two words of a role phrase: spaces, or a hyphen with spaces.
_ROLE_GAP = regex.compile(r"[ \t]{1,3}")
# A comma that introduces a role after a name: "Анара Мусаева, тренер".
_COMMA_GAP = regex.compile(r"[ \t]{0,3},[ \t]{1,3}")

_FOLD = str.maketrans(
    {"ё": "е", "ү": "у", "ө": "о", "ң": "н", "ь": None, "ъ": None, ".": None, " ": None, "-": None}
)


def name_key(name: str) -> str:
    """A name folded for comparison: case, ё/ү/ө/ң, soft signs, dots, spaces, hyphens
    (Нургуль Жаманкулова = Нургүл Жаманкулова)."""
    return unicodedata.normalize("NFC", name).casefold().translate(_FOLD)


# Tokens from a name's first word to its surname: three initials and a surname.
_NAME_REACH = 3


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class NameMatch:
    name: str  # nominative
    surname: str  # nominative surname, for linking later mentions
    given: str  # given name or initials, "" when only a surname
    first: int  # index of the first token
    last: int  # index of the last token
    start: int
    end: int  # normalised offsets of the name as written (ending included)


@dataclass
class Found:
    name: str
    surname: str
    given: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


def _proper_case(word: str) -> str:
    """ "МАМЫТОВ" -> "Мамытов"; mixed-case words are kept as written."""
    if len(word) > 1 and word.isupper():
        return "-".join(part.capitalize() for part in word.split("-"))
    return word


def _in_not_names(word: str) -> bool:
    """A known non-name, bare or with a possessive and a case ending
    ("Кыргызстандын", "Бишкектен", "Кабинетинин")."""
    low = word.casefold()
    if low in _NOT_NAMES:
        return True
    for n in _ENDING_LENGTHS:
        if len(low) > n and low[-n:] in _ALL_ENDINGS:
            stem = low[:-n]
            if stem in _NOT_NAMES:
                return True
            if any(stem.endswith(p) and stem[: -len(p)] in _NOT_NAMES for p in _POSSESSIVES):
                return True
    return False


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and (word[1:].islower() or word.isupper()) and len(word) >= 2


@lru_cache(maxsize=65536)
def surname_of(word: str) -> str | None:
    """The nominative of a surname-shaped word, or None."""
    if not _is_capitalised(word.split("-")[0]) and not word[:1].isupper():
        return None
    if PATRONYMIC.fullmatch(word) or _in_not_names(word):
        return None
    # A plural noun in a case ("Кеңештердин"), not a surname in -ин.
    if _ends_plural(word):
        return None
    m = SURNAME.fullmatch(word)
    if m is None:
        return None
    ending = (m.group("ending") or "").casefold()
    suffix = m.group("suffix")
    if ending and ending not in _CASE_ENDINGS and suffix.casefold() not in _FATHER_SUFFIXES:
        return None  # possessive-vowel endings only follow уулу/кызы
    if ending.startswith(_VOICELESS_INITIALS):
        return None  # "Орловка": no surname takes a voiceless ending (harmony)
    base = m.group("stem") + suffix
    # A case ending with a replacement (Russian "Ивановой" -> "Иванова").
    base += _CASE_ENDINGS.get(ending, "")
    if len(base) < _MIN_SURNAME:
        return None
    # Upper-case surnames with a lower-case ending ("МАМЫТОВдун") are proper-cased.
    if m.group("stem").isupper() and suffix.isupper():
        base = base.capitalize()
    return _proper_case(base)


def _ends_plural(word: str) -> bool:
    return any(
        m.end() == len(word)
        for m in _PLURAL_THEN_ENDING.finditer(word, max(len(word) - 12, 0), overlapped=True)
    )


@lru_cache(maxsize=65536)
def _is_given(word: str) -> bool:
    """A given name or father's name: capitalised, not a role, not a known non-name."""
    if len(word) < 3 or not _is_capitalised(word) or word.casefold() in _ROLE_FORMS:
        return False
    # A known given name is one even when it names a place too ("Талас Асанов").
    return word.casefold() in _KNOWN_GIVEN or not _in_not_names(word)


def is_patronymic(word: str) -> bool:
    """A Russian patronymic ("Иванович", "Бекболотовна")."""
    return PATRONYMIC.fullmatch(word) is not None


def is_role_word(word: str) -> bool:
    return word.casefold() in _ROLE_FORMS


def _is_initial(tokens: list[Token], i: int, text: str) -> bool:
    tok = tokens[i]
    return len(tok.text) == 1 and tok.text.isupper() and text[tok.end : tok.end + 1] == "."


def _gap(text: str, tokens: list[Token], i: int) -> str:
    """The text between token i and token i+1."""
    return (
        text[tokens[i].end : tokens[i + 1].start] if i + 1 < len(tokens) else text[tokens[i].end :]
    )


def _space_after(text: str, tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and _NAME_GAP.fullmatch(_gap(text, tokens, i)) is not None


def _initials_from(text: str, tokens: list[Token], i: int) -> int:
    """How many initials ("И." "И.") start at token i; the last may end the text."""
    n = 0
    while i + n < len(tokens) and n < 3 and _is_initial(tokens, i + n, text):
        n += 1
        if i + n >= len(tokens) or not _INITIAL_GAP.fullmatch(_gap(text, tokens, i + n - 1)):
            break
    return n


def _match_at(text: str, tokens: list[Token], i: int) -> NameMatch | None:
    """The longest name pattern that starts at token i."""
    tok = tokens[i]

    def span(last: int, end: int | None = None) -> tuple[int, int, int]:
        return last, tok.start, tokens[last].end if end is None else end

    # Initials + surname: "Ө.Алманбетов", "И. И. Иванов".
    n = _initials_from(text, tokens, i)
    if n:
        if i + n >= len(tokens) or not _INITIAL_GAP.fullmatch(_gap(text, tokens, i + n - 1)):
            return None
        surname = surname_of(tokens[i + n].text)
        if surname:
            surname = _masculine_surname_after_cue(surname, text, tokens, i)
            initials = " ".join(f"{tokens[i + k].text}." for k in range(n))
            last, s, e = span(i + n)
            return NameMatch(f"{initials} {surname}", surname, initials, i, last, s, e)
        return None
    surname = surname_of(tok.text)
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    if surname and _space_after(text, tokens, i):
        # Surname + initials: "Иванов И.И."
        n = _initials_from(text, tokens, i + 1)
        if n:
            initials = " ".join(f"{tokens[i + 1 + k].text}." for k in range(n))
            last = i + n
            return NameMatch(
                f"{surname} {initials}", surname, initials, i, last, tok.start, tokens[last].end + 1
            )
        # Surname + given + patronymic: "Иванов Иван Иванович".
        if (
            _is_given(nxt)
            and _space_after(text, tokens, i + 1)
            and i + 2 < len(tokens)
            and PATRONYMIC.fullmatch(tokens[i + 2].text)
        ):
            patronymic = _patronymic_nominative(tokens[i + 2].text)
            name = f"{surname} {_proper_case(nxt)} {patronymic}"
            return NameMatch(
                name, surname, _proper_case(nxt), i, i + 2, tok.start, tokens[i + 2].end
            )
        surname_first = _surname_then_given(text, tokens, i, surname)
        if surname_first:
            return surname_first
    if not _is_given(tok.text) or not _space_after(text, tokens, i):
        return None
    if _noun_in_a_case(text, tokens, i):
        return None
    if surname_of(nxt) and _surname_only(tok.text):
        return None  # "Асанов Бекиевдин": two surnames, two people, not a given name
    given = _proper_case(tok.text)
    # Given + patronymic + surname: "Иван Иванович Иванов".
    if PATRONYMIC.fullmatch(nxt) and _space_after(text, tokens, i + 1) and i + 2 < len(tokens):
        surname = surname_of(tokens[i + 2].text)
        if surname:
            name = f"{given} {_proper_case(nxt)} {surname}"
            return NameMatch(name, surname, given, i, i + 2, tok.start, tokens[i + 2].end)
    oblique = _oblique_russian_name(text, tokens, i)
    if oblique:
        return oblique
    father_first = _father_then_given(text, tokens, i)
    if father_first:
        return father_first
    # Given + father's name + уулу/кызы: "Азамат Асан уулу", "Азамат Асан уулунун".
    if _is_given(nxt) and _space_after(text, tokens, i + 1) and i + 2 < len(tokens):
        word = tokens[i + 2].text
        father_word = _father_word(word)
        if father_word:
            surname = f"{_proper_case(nxt)} {father_word}"
            return NameMatch(
                f"{given} {surname}", surname, given, i, i + 2, tok.start, tokens[i + 2].end
            )
    # Given + surname: "Бекболот Бекиев", "Нургүл Жаманкуловага".
    surname = surname_of(nxt)
    if surname is None and nxt in _NO_SUFFIX_SURNAMES and tok.text.casefold() in _KNOWN_GIVEN:
        return NameMatch(f"{given} {nxt}", nxt, given, i, i + 1, tok.start, tokens[i + 1].end)
    if surname and _name_starts_next(text, tokens, i + 1):
        return None  # "Экскурсовод Кемин Алиев": the name is "Кемин Алиев"
    if surname:
        # An all-caps given name goes with an all-caps surname only ("АЗАМАТ МАМЫТОВ").
        if tok.text.isupper() and not tokens[i + 1].text[:3].isupper():
            return None
        given = _given_nominative(given, nxt)
        masculine = _masculine_nominative(given, surname, text, tokens, i)
        if masculine:
            given, surname = masculine
        return NameMatch(
            f"{given} {surname}", surname, given, i, i + 1, tok.start, tokens[i + 1].end
        )
    return None


def _surname_then_given(text: str, tokens: list[Token], i: int, surname: str) -> NameMatch | None:
    """ "Асанова Салтанат", "Иманкулов Азамат": a surname written in the nominative,
    then a given name of given_names.yaml (a list's surname-first order)."""
    tok, j = tokens[i], i + 1
    given = tokens[j].text
    if _proper_case(tok.text) != surname or given.casefold() not in _KNOWN_GIVEN:
        return None
    if not _is_capitalised(given) or _name_starts_next(text, tokens, j):
        return None  # "Асанов Бекболот Бекиев": the name is "Бекболот Бекиев"
    given = _proper_case(given)
    return NameMatch(f"{surname} {given}", surname, given, i, j, tok.start, tokens[j].end)


def _father_then_given(text: str, tokens: list[Token], i: int) -> NameMatch | None:
    """ "Асан уулу Бекболот", "Асан кызы Айгүл": the father's name, уулу/кызы, then
    the given name (the order of official lists)."""
    if i + 2 >= len(tokens) or not _space_after(text, tokens, i + 1):
        return None
    word, given = tokens[i + 1].text, tokens[i + 2].text
    if word.casefold() not in _PATRONYMIC_WORDS:
        return None
    if not _is_given(given) or _surname_only(given) or PATRONYMIC.fullmatch(given):
        return None
    if _noun_in_a_case(text, tokens, i + 2) or given.casefold().endswith(_SENTENCE_START_ENDINGS):
        return None  # "Асан уулу Нарында": a place in a case follows
    father = f"{_proper_case(tokens[i].text)} {word.casefold()}"
    name = f"{father} {_proper_case(given)}"
    return NameMatch(
        name, father, _proper_case(given), i, i + 2, tokens[i].start, tokens[i + 2].end
    )


def _oblique_russian_name(text: str, tokens: list[Token], i: int) -> NameMatch | None:
    """ "Каната Касеновича Табалдиева" (genitive or accusative) -> "Канат Касенович
    Табалдиев": a man's given name, patronymic and surname, each in the oblique case."""
    if i + 2 >= len(tokens) or not _space_after(text, tokens, i + 1):
        return None
    patronymic = tokens[i + 1].text
    ending = next((e for e in _PATRONYMIC_OBLIQUE if patronymic.endswith(e)), None)
    if ending is None or not PATRONYMIC.fullmatch(patronymic[: -len(ending)]):
        return None
    surname = surname_of(tokens[i + 2].text)
    masculine = surname and _masculine_nominative(tokens[i].text, surname, text, tokens, i)
    if not masculine:
        return None
    given, surname = masculine
    name = f"{given} {patronymic[: -len(ending)]} {surname}"
    return NameMatch(name, surname, given, i, i + 2, tokens[i].start, tokens[i + 2].end)


def _surname_only(word: str) -> bool:
    """A surname by its suffix, never a given name ("Асанов"); a known given name is one."""
    low = word.casefold()
    return low not in _KNOWN_GIVEN and low.endswith(_SURNAME_ONLY) and surname_of(word) is not None


def _masculine_surname_after_cue(surname: str, text: str, tokens: list[Token], i: int) -> str:
    """ "мэра столицы И.Омуркулова" -> "Омуркулов": after initials the written form
    cannot tell a man's genitive from a woman's nominative; a genitive cue before
    the name ("у", "с участием", a role word in the genitive) can."""
    for ending, nominative in _MASCULINE_SURNAME.items():
        if surname.endswith(ending) and len(surname) >= len(ending) + 3:
            if _genitive_cue_before(text, tokens, i):
                return surname[: -len(ending)] + nominative
            return surname
    return surname


def _given_nominative(given: str, surname_word: str) -> str:
    """A Russian given name in the case of its surname, back in the nominative:
    "Бакыту Джумабаеву" -> "Бакыт", "Гульмиры Садыковой" -> "Гульмира"."""
    low = surname_word.casefold()
    for ending, given_endings in _RU_GIVEN_ENDINGS:
        if low.endswith(ending):
            for oblique, nominative in given_endings:
                if given.endswith(oblique) and len(given) - len(oblique) >= 3:
                    return given[: -len(oblique)] + nominative
            return given
    return given


def _noun_in_a_case(text: str, tokens: list[Token], i: int) -> bool:
    """A sentence's first word in a Kyrgyz case, not a given name: "Жыйынга Асанов"."""
    word = tokens[i].text.casefold()
    if word in _KNOWN_GIVEN or not word.endswith(_SENTENCE_START_ENDINGS):
        return False
    ending = next(e for e in _SENTENCE_START_ENDINGS if word.endswith(e))
    return len(word) - len(ending) >= _SENTENCE_START_STEM_MIN and _starts_sentence(text, tokens, i)


def _masculine_nominative(
    given: str, surname: str, text: str, tokens: list[Token], i: int
) -> tuple[str, str] | None:
    """A man's name in the Russian genitive/accusative, back in the nominative:
    "Азамата Жумабаева" -> ("Азамат", "Жумабаев"); None for "Гульмира Садыкова"."""
    for ending, nominative in _MASCULINE_SURNAME.items():
        if not surname.endswith(ending) or len(surname) < len(ending) + 3:
            continue
        for given_ending, replacements in _MASCULINE_GIVEN.items():
            if not given.endswith(given_ending):
                continue
            for replacement in replacements:
                male = given[: -len(given_ending)] + replacement
                if male.casefold() not in _MALE_NAMES:
                    continue
                if given.casefold() in _FEMALE_NAMES and not _genitive_cue_before(text, tokens, i):
                    return None  # "Руслана Асанова" alone: a woman
                return male, surname[: -len(ending)] + nominative
        return None
    return None


def _genitive_cue_before(text: str, tokens: list[Token], i: int) -> bool:
    """A preposition that takes the genitive right before token i ("у", "с участием"),
    or a role word in the genitive a few words before ("эксперта проекта")."""
    for cue in _GENITIVE_CUES:
        first = i - len(cue)
        if first >= 0 and all(
            tokens[first + k].text.casefold() == word
            and _ROLE_GAP.fullmatch(_gap(text, tokens, first + k))
            for k, word in enumerate(cue)
        ):
            return True
    for j in range(max(i - _MAX_COMPLEMENT, 0), i):
        word = tokens[j].text
        if is_role_word(word) and word.casefold().endswith(("а", "я")):
            return all(_ROLE_GAP.fullmatch(_gap(text, tokens, k)) for k in range(j, i))
    return False


def _not_a_person(text: str, tokens: list[Token], match: NameMatch) -> bool:
    """A name-shaped phrase that is part of a place or institution name: a place
    name before its type word ("Кемин районунан") or a namesake ("им. Токтомата
    Зулпуева", "Токтомата Зулпуева атындагы мектеп")."""
    after = match.last + 1
    if after < len(tokens) and _ROLE_GAP.fullmatch(_gap(text, tokens, match.last)):
        word = tokens[after].text.casefold()
        if word.startswith(_WORDS_AFTER):
            return True
        if word in _PHRASES_AFTER_FIRST:  # "айыл аймагы": a type of two words
            following = text[tokens[after].start : tokens[after].start + _PHRASE_REACH]
            if following.casefold().startswith(_PHRASES_AFTER):
                return True
    if _quoted(text, match):
        return True
    before = match.first - 1
    return (
        before >= 0
        and tokens[before].text.casefold() in _NAMESAKE_BEFORE
        and _gap(text, tokens, before).strip(" \t.") == ""
    )


def _quoted(text: str, match: NameMatch) -> bool:
    """«Ата Мекен», "Ата Мекендин": the name fills a pair of quotation marks."""
    return (
        match.start > 0
        and text[match.start - 1] in _QUOTES_OPEN
        and text[match.end : match.end + 1] in _QUOTES_CLOSE
    )


def _name_starts_next(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token i is a given name followed by a surname."""
    return (
        i + 1 < len(tokens)
        and _is_given(tokens[i].text)
        and _space_after(text, tokens, i)
        and surname_of(tokens[i + 1].text) is not None
    )


def _father_word(word: str) -> str | None:
    low = word.casefold()
    for base in _PATRONYMIC_WORDS:
        if low == base or (low.startswith(base) and low[len(base) :] in _ALL_ENDINGS):
            return base
    return None


def _patronymic_nominative(word: str) -> str:
    m = PATRONYMIC.fullmatch(word)
    ending = m.group("ending") if m else None
    return word[: -len(ending)] + _CASE_ENDINGS.get(ending, "") if ending else word


def _is_role_modifier(word: str, sentence_start: bool) -> bool:
    """A word that may stand inside a role phrase before its head word. A
    capitalised word inside a sentence is a proper name ("Ысык-Ата районунун
    акими") whatever its ending; elsewhere an oblique case ends the phrase."""
    low = word.casefold()
    if low in _ROLE_BREAKS or surname_of(word) is not None:
        return False
    if low in _ROLE_KEEP or (word[:1].isupper() and not sentence_start):
        return True
    if (
        word.islower()
        and len(low) >= 5
        and low.endswith(_RU_VERB_ENDINGS)
        and not _KYRGYZ_LETTERS.intersection(low)
    ):
        return False  # a Russian verb: "открыл директор"
    case_form = low.endswith(_ROLE_STOP_ENDINGS) and len(low) > 3
    return not case_form or _DOUBLE_VOWEL.search(low) is not None


def _starts_sentence(text: str, tokens: list[Token], i: int) -> bool:
    before = text[tokens[i - 1].end : tokens[i].start] if i > 0 else "."
    return any(ch in '.!?\n:;"' for ch in before)


def _role_before(text: str, tokens: list[Token], first: int) -> tuple[int, int] | None:
    """The role phrase right before a name. Kyrgyz: it ends in a role word and
    walks back over its modifiers to a break (punctuation, a break word, a word
    in an oblique case, the phrase limit). Russian: a role word and up to a few
    lower-case words of its complement ("руководитель проекта")."""
    j = first - 1
    if j < 0 or not _ROLE_GAP.fullmatch(_gap(text, tokens, j)):
        return None
    if not is_role_word(tokens[j].text):
        head = j
        while (
            head > 0
            and j - head < _MAX_COMPLEMENT
            and (tokens[head].text.islower() or tokens[head].text.casefold() in _NOT_NAMES)
            and tokens[head].text not in _ROLE_BREAKS
            and _ROLE_GAP.fullmatch(_gap(text, tokens, head - 1))
        ):
            head -= 1
            if is_role_word(tokens[head].text):
                return tokens[head].start, tokens[j].end
        return None
    start = j
    while (
        start - 1 >= 0
        and first - start < _MAX_ROLE_WORDS
        and _ROLE_GAP.fullmatch(_gap(text, tokens, start - 1))
        and _is_role_modifier(tokens[start - 1].text, _starts_sentence(text, tokens, start - 1))
    ):
        start -= 1
    return tokens[start].start, tokens[j].end


def _roles_after(text: str, tokens: list[Token], last: int) -> list[tuple[int, int]]:
    """Comma-separated role phrases after a name: ", тренер, Долбоордун адиси"."""
    roles: list[tuple[int, int]] = []
    j = last
    while j + 1 < len(tokens) and _COMMA_GAP.fullmatch(_gap(text, tokens, j)):
        k = j + 1
        while (
            k + 1 < len(tokens)
            and k - j < _MAX_ROLE_WORDS
            and _ROLE_GAP.fullmatch(_gap(text, tokens, k))
        ):
            k += 1
        # The phrase is tokens j+1..k: a role when it holds a role word (last in
        # Kyrgyz, first in Russian, or inside: "ведущий тренер Института").
        if k - j > _MAX_ROLE_WORDS:
            break
        if any(is_role_word(tokens[m].text) for m in range(j + 1, k + 1)):
            roles.append((tokens[j + 1].start, tokens[k].end))
            j = k
        else:
            break
    return roles


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around surname-shaped words (merged): only there can a
    name and its roles stand, so the rest of a long text is never tokenised."""
    windows: list[tuple[int, int]] = []
    size = len(text)
    for m in ANCHOR.finditer(text):
        start, end = m.start() - _WINDOW, m.end() + _WINDOW
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], min(end, size))
            continue
        start = max(start, 0)
        limit = max(start - _WINDOW, 0)
        while start > limit and text[start - 1].isalpha():
            start -= 1  # never cut a word in two
        windows.append((start, min(end, size)))
    return windows


def find_names(text: str) -> tuple[list[Token], list[NameMatch]]:
    """The tokens of `text` and the names among them, in text order."""
    size = len(text)
    tokens = [
        Token(m.group(), m.start(), m.end())
        for start, end in _windows(text)
        for m in WORD.finditer(text, start, end)
        if m.end() == size or not text[m.end()].isalpha()
    ]
    # Every name holds a surname (or уулу/кызы) at most _NAME_REACH tokens after
    # its start: only the tokens before such an anchor are tried.
    starts: set[int] = set()
    for index, tok in enumerate(tokens):
        if (
            tok.text[:1].isupper()
            and (surname_of(tok.text) or tok.text in _NO_SUFFIX_SURNAMES)
            or _father_word(tok.text)
        ):
            starts.update(range(max(index - _NAME_REACH, 0), index + 1))
    matches: list[NameMatch] = []
    next_free = 0
    for i in sorted(starts):
        if i < next_free:
            continue
        match = _match_at(text, tokens, i)
        if match is None:
            # A lone surname right after a role word: "директор Иванов".
            surname = surname_of(tokens[i].text)
            if (
                surname
                and i > 0
                and is_role_word(tokens[i - 1].text)
                and _space_after(text, tokens, i - 1)
            ):
                match = NameMatch(surname, surname, "", i, i, tokens[i].start, tokens[i].end)
        if match is not None and _not_a_person(text, tokens, match):
            next_free = match.last + 1
            continue
        if match is not None:
            matches.append(match)
            next_free = match.last + 1
    return tokens, matches


def _same_person(found: Found, match: NameMatch) -> bool:
    if name_key(found.name) == name_key(match.name):
        return True
    if name_key(found.surname) != name_key(match.surname):
        return False
    # "Н. Жаманкулова" or a lone "Жаманкулова" is the full name found before or after.
    a, b = name_key(found.given), name_key(match.given)
    return not a or not b or a[:1] == b[:1] and (len(a) == 1 or len(b) == 1)


def extract(ctx: Context) -> None:
    text = ctx.text
    tokens, matches = find_names(text)
    people: list[Found] = []
    by_surname: dict[str, list[Found]] = {}
    for match in matches:
        roles = []
        before = _role_before(text, tokens, match.first)
        if before:
            roles.append(before)
        roles.extend(_roles_after(text, tokens, match.last))
        same_surname = by_surname.setdefault(name_key(match.surname), [])
        owner = next((p for p in same_surname if _same_person(p, match)), None)
        if owner is None:
            owner = Found(match.name, match.surname, match.given)
            people.append(owner)
            same_surname.append(owner)
        elif len(name_key(match.given)) > len(name_key(owner.given)):
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
            Person(
                name=person.name,
                role=person.roles[0] if person.roles else None,
                roles=person.roles,
                text=quotes[0][0],
                span=quotes[0][1],
                mentions=[Span(start=q[1].start, end=q[1].end) for q in quotes],
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
        owners = by_surname.get(name_key(surname), [])
        if len(owners) == 1:
            owners[0].spans.append((tok.start, tok.end))
