"""Word tests for names: surname nominatives, given names, gaps."""

from __future__ import annotations

from functools import lru_cache

from ... import morph, rx
from ...plain import Fields
from ...segment.tables import aligned_pair
from ...segment.tokens import Word as Token  # a name word (TokenStream.name_words)
from .tables import (
    ADJECTIVAL_CASES,
    ADJECTIVAL_STEMS,
    ALL_ENDINGS,
    BARE_SURNAME_ENDINGS,
    BARE_SURNAME_MIN,
    BARE_SURNAME_NOT_SUFFIXES,
    BARE_SURNAME_SUFFIX_MIN_STEM,
    BODY_HEAD_FORMS,
    CAPITAL_AFTER,
    CASE_ENDINGS,
    ENDING_LENGTHS,
    FATHER_ENDINGS,
    FATHER_SUFFIXES,
    FEMALE_ELEMENTS,
    FEMALE_PATRONYMIC_END,
    FEMALE_PATRONYMIC_OBLIQUE,
    GENITIVE_LOOKALIKES,
    GENITIVE_STEM_MIN,
    GIVEN_BEFORE_FATHER,
    GIVEN_ELEMENT_MIN_STEM,
    GIVEN_ELEMENTS,
    GIVEN_MIN_LENGTH,
    KNOWN_GIVEN,
    LONG_NOT_NAMES,
    LOOKALIKE_GENITIVES,
    MALE_ELEMENTS,
    MIN_SURNAME,
    NAME_GAP,
    NO_SUFFIX_SURNAMES,
    NOT_NAMES,
    PATRONYMIC,
    PATRONYMIC_OBLIQUE,
    PATRONYMIC_OBLIQUE_OTHER,
    PATRONYMIC_WORDS,
    PLURAL_TAIL_REACH,
    PLURAL_THEN_ENDING,
    POSSESSIVES,
    ROLE_FORMS,
    ROLE_GENITIVE_ADJECTIVES,
    ROLE_NOMINATIVES_KY,
    ROLE_NOMINATIVES_RU,
    ROLE_PREFIXES,
    RU_NOUN_ENDINGS,
    RU_NOUN_STEMS,
    RU_NOUN_SUFFIXES,
    SURNAME,
    SURNAME_ONLY,
    SURNAME_SUFFIX_SEX,
    VOICELESS_INITIALS,
    WEAK_SURNAME_SUFFIXES,
)

# A double surname has two parts.
_DOUBLE_SURNAME_PARTS = 2

# The same words recur in every document: a bounded memo of what each one is.
WORD_MEMO_SIZE = 65536


class NameMatch(Fields):
    __slots__ = ("name", "surname", "given", "first", "last", "start", "end")
    name: str  # nominative
    surname: str  # nominative surname, for linking later mentions
    given: str  # given name or initials, "" when only a surname
    first: int  # index of the first token
    last: int  # index of the last token
    start: int
    end: int  # normalised offsets of the name as written (ending included)
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(
        self, name: str, surname: str, given: str, first: int, last: int, start: int, end: int
    ) -> None:
        self.name = name
        self.surname = surname
        self.given = given
        self.first = first
        self.last = last
        self.start = start
        self.end = end


def noun_first(tokens: list[Token], first: int, last: int, dropped: list[NameMatch] | None) -> None:
    """Note tokens first..last in `dropped`, when given: a phrase read as a name until
    its first word proved a noun, no given name ("Инициативу Асанова")."""
    if dropped is not None:
        words = " ".join(tok.text for tok in tokens[first : last + 1])
        start, end = tokens[first].start, tokens[last].end
        dropped.append(
            NameMatch(words, tokens[last].text, tokens[first].text, first, last, start, end)
        )


def proper_case(word: str) -> str:
    """ "МАМЫТОВ" -> "Мамытов"; mixed-case words are kept as written."""
    if len(word) > 1 and word.isupper():
        return "-".join(part.capitalize() for part in word.split("-"))
    return word


def in_not_names(word: str) -> bool:
    """A known non-name, bare, with a possessive, or with a possessive and a case
    ending ("Кыргызстандын", "Бишкектен", "Кабинетинин", "Жубайы")."""
    low = word.casefold()
    if low in NOT_NAMES:
        return True
    # with a possessive alone: "Жубайы", "Атасы" (a kin word and its owner after it)
    if any(low.endswith(p) and low[: -len(p)] in NOT_NAMES for p in POSSESSIVES):
        return True
    for n in ENDING_LENGTHS:
        if len(low) > n and low[-n:] in ALL_ENDINGS:
            stem = low[:-n]
            if stem in NOT_NAMES:
                return True
            if any(stem.endswith(p) and stem[: -len(p)] in NOT_NAMES for p in POSSESSIVES):
                return True
    return False


def is_capitalised(word: str) -> bool:
    return word[:1].isupper() and (word[1:].islower() or word.isupper()) and len(word) >= 2


@lru_cache(maxsize=WORD_MEMO_SIZE)
def surname_of(word: str) -> str | None:
    """The nominative of a surname-shaped word, or None."""
    if "-" in word:
        return _double_surname(word)
    if not is_capitalised(word) and not word[:1].isupper():
        return None
    if PATRONYMIC.fullmatch(word) or in_not_names(word) or oblique_patronymic(word):
        return None  # "Петровны" is a patronymic in a case, not Петров + ны
    # A plural noun in a case ("Кеңештердин"), not a surname in -ин.
    if _ends_plural(word):
        return None
    m = SURNAME.fullmatch(word)
    if m is None or _acronym_in_a_case(word, m.group("suffix")):
        return None
    ending = (m.group("ending") or "").casefold()
    suffix = m.group("suffix")
    if ending and ending not in CASE_ENDINGS and suffix.casefold() not in FATHER_SUFFIXES:
        return None  # possessive-vowel endings only follow уулу/кызы
    if ending.startswith(VOICELESS_INITIALS):
        return None  # "Орловка": no surname takes a voiceless ending (harmony)
    if not ending and suffix.casefold() in GENITIVE_LOOKALIKES and _kyrgyz_genitive(word):
        return None  # "Мектептин": a noun in the genitive
    base = m.group("stem") + suffix
    # A case ending with a replacement (Russian "Ивановой" -> "Иванова").
    base += CASE_ENDINGS.get(ending, "")
    if len(base) < MIN_SURNAME:
        return None
    # Upper-case surnames with a lower-case ending ("МАМЫТОВдун") are proper-cased.
    if m.group("stem").isupper() and suffix.isupper():
        base = base.capitalize()
    return proper_case(base)


def _acronym_in_a_case(word: str, suffix: str) -> bool:
    """Capitals, then small letters after them with the surname's suffix among these
    ("ӨСИнин", "ЖӨБнүн"): an acronym with its case ending, a body's name; a surname in
    capitals keeps its suffix in them ("МАМЫТОВдун")."""
    return word[:2].isupper() and not word.isupper() and not suffix.isupper()


@lru_cache(maxsize=WORD_MEMO_SIZE)
def adjectival_oblique(word: str) -> tuple[str, str] | None:
    """A surname in -ский/-цкий (-ская/-цкая) in an oblique case, which declines as an
    adjective ("Ковальского", "Ковальской", "Ковальскую"): its nominative and the
    ending a surname in -ов takes in that case and sex ("ова", "овой", ...), or None."""
    if not is_capitalised(word):
        return None
    low = word.casefold()
    for ending, (nominative, analogue) in ADJECTIVAL_CASES.items():
        stem = word[: -len(ending)]
        if (
            low.endswith(ending)
            and stem.casefold().endswith(ADJECTIVAL_STEMS)
            and len(stem) + len(nominative) >= MIN_SURNAME
        ):
            return proper_case(
                stem + (nominative.upper() if word.isupper() else nominative)
            ), analogue
    return None


def _double_surname(word: str) -> str | None:
    """A double surname, two surnames joined by a hyphen ("Асанова-Бекиева"): both
    parts decline in Russian ("Асановой-Бекиевой"), the last alone takes a Kyrgyz
    ending ("Асанова-Бекиевага"); a place's double name has a part of no surname shape.
    So is a father's name joined to уулу/кызы, in any case ("Асан-уулу", "Асан-кызына")."""
    parts = word.split("-")
    if len(parts) != _DOUBLE_SURNAME_PARTS:
        return None
    father = father_nominative(parts[1].casefold())
    if father:
        return f"{proper_case(parts[0])}-{father}" if is_capitalised(parts[0]) else None
    nominatives = [surname_of(part) for part in parts]
    if not all(nominatives):
        return None
    return "-".join(n for n in nominatives if n)


_CONSONANT_CLASSES = ("voiced", "voiceless")


def _kyrgyz_genitive(word: str) -> bool:
    """A word that reads as a Kyrgyz genitive after a consonant: stem + тин/дин by
    harmony ("Мектептин", "Мугалимдин"); "Ленин", "Путин", "Бородин" do not."""
    low = word.casefold()
    for ending in LOOKALIKE_GENITIVES:
        stem = low[: -len(ending)]
        if (
            low.endswith(ending)
            and len(stem) >= GENITIVE_STEM_MIN
            and morph.sound_class(stem[-1]) in _CONSONANT_CLASSES
            and morph.case_of(stem, ending) == "genitive"
        ):
            return True
    return False


def weak_surname(surname: str) -> bool:
    """A surname in a suffix common nouns share ("Медицина", "Мектебин"); a double
    surname's hyphen makes it none ("Петрова-Водкина")."""
    return "-" not in surname and surname.casefold().endswith(WEAK_SURNAME_SUFFIXES)


_PLURALS = tuple(sorted(morph.variants("plural"), key=len, reverse=True))


@lru_cache(maxsize=WORD_MEMO_SIZE)
def plural_surname(word: str) -> str | None:
    """The nominative of a surname with the Kyrgyz plural that closes a pair or a group
    of people named ("Жамшид Абдуллаев менен Айпери Саткыновалар катышты": Айпери
    Саткынова and the one before; round 34), maybe in a case after it, or None."""
    low = word.casefold()
    for plural in _PLURALS:
        at = low.rfind(plural)
        rest = low[at + len(plural) :]
        if at > 0 and (not rest or rest in CASE_ENDINGS):
            return surname_of(word[:at])
    return None


def _ends_plural(word: str) -> bool:
    return any(
        m.end() == len(word)
        for m in PLURAL_THEN_ENDING.finditer(
            word, max(len(word) - PLURAL_TAIL_REACH, 0), overlapped=True
        )
    )


@lru_cache(maxsize=WORD_MEMO_SIZE)
def is_given(word: str) -> bool:
    """A given name or father's name: capitalised, not a role, not a known non-name."""
    if "-" in word:
        return hyphenated_given(word)
    if len(word) < GIVEN_MIN_LENGTH or not is_capitalised(word):
        return False
    if word.casefold() in ROLE_FORMS or word.casefold() in BODY_HEAD_FORMS:
        return False
    # A known given name is one even when it names a place too ("Талас Асанов").
    low = word.casefold()
    return low in KNOWN_GIVEN or not in_not_names(word) or _oblique_of_given(low)


def _oblique_of_given(low: str) -> bool:
    """A listed given name in a Russian oblique case that reads as a known non-name
    with a Kyrgyz possessive and ending ("Алины": ал + и + ны), its nominative no
    non-name itself ("Таласа" stays the place's genitive)."""
    for table in GIVEN_BEFORE_FATHER.values():
        for oblique, nominatives in table:
            if low.endswith(oblique) and len(low) - len(oblique) >= GIVEN_MIN_LENGTH:
                stem = low[: -len(oblique)]
                if any(stem + n in KNOWN_GIVEN and stem + n not in NOT_NAMES for n in nominatives):
                    return True
    return False


def hyphenated_given(word: str) -> bool:
    """A double given name ("Айгүл-Ай", "Анна-Мария"): every part capitalised and one
    a listed given name; a place's double name ("Кара-Суу") has none listed."""
    parts = word.split("-")
    return all(is_capitalised(p) for p in parts) and any(p.casefold() in KNOWN_GIVEN for p in parts)


def is_patronymic(word: str) -> bool:
    """A Russian patronymic ("Иванович", "Бекболотовна")."""
    return PATRONYMIC.fullmatch(word, None, None, rx.NOT_CONCURRENT) is not None


def is_role_word(word: str) -> bool:
    """A role word in any of its forms, also of a former office ("экс-аким")."""
    low = word.casefold()
    if low.startswith(ROLE_PREFIXES):
        low = low[low.index("-") + 1 :]
    return low in ROLE_FORMS


def is_role_nominative(low: str, kyrgyz: bool) -> bool:
    """A case-folded role word naming one person, in the nominative singular of the
    text's language ("башчысы", "глава", "депутат"; not "башчылары", "главы", nor a
    Russian "депутаты")."""
    return low in (ROLE_NOMINATIVES_KY if kyrgyz else ROLE_NOMINATIVES_RU)


def genitive_role_adjective(word: str) -> bool:
    """A lower-case adjective in the genitive of a role word after it ("полномочного" in
    "заместитель полномочного представителя")."""
    return word.islower() and word.casefold().endswith(ROLE_GENITIVE_ADJECTIVES)


def gap_after(text: str, tokens: list[Token], i: int) -> str:
    """The text between token i and token i+1."""
    return (
        text[tokens[i].end : tokens[i + 1].start] if i + 1 < len(tokens) else text[tokens[i].end :]
    )


def space_after(text: str, tokens: list[Token], i: int) -> bool:
    if i + 1 >= len(tokens):
        return False
    gap = gap_after(text, tokens, i)
    if gap == " ":
        return True  # most gaps: a name gap, and no line break
    return NAME_GAP.fullmatch(gap, None, None, rx.NOT_CONCURRENT) is not None and not (
        "\n" in gap and _table_row_break(text, tokens[i].end, tokens[i + 1].start)
    )


# What parts a table row's cells ("Район | Даты | Участники"); in a table laid out in
# columns, a gap of two spaces or more between words ("Даты     Участники"), its columns
# read by the segment stage's rule (segment/tables.aligned_pair). A gap of three or more
# pads a cell to its column; a doubled space is also what a page copied with doubled
# spaces has between words, lined up with nothing.
_CELL_SEPARATOR = "|"
_PADDING_GAP = rx.compile(r"(?<=\S) {3,}(?=\S)")


def _table_row_break(text: str, end: int, start: int) -> bool:
    """The line break between `end` and `start` parts two rows of a table (a line of "|"
    cells on either side, or lines of columns on both, lined up as the segment stage
    reads a table's: `aligned_pair`): the last cell of a row ("... | Участники") and the
    first of the next ("Ноокенский | ...") make no name. Doubled spaces in running text
    ("басары  Эркин" / "Маматкулов иштер  30-") line up by chance at most here and there:
    they part no columns, and a name goes on over the break."""
    before = text[text.rfind("\n", 0, end) + 1 : end]
    line_end = text.find("\n", start)
    after = text[text.rfind("\n", 0, start) + 1 : len(text) if line_end < 0 else line_end]
    if _CELL_SEPARATOR in before or _CELL_SEPARATOR in after:
        return True
    if _PADDING_GAP.search(before) and _PADDING_GAP.search(after):
        return True
    return aligned_pair(before, after)  # the segment stage's rule (segment/tables.py)


def starts_sentence(text: str, tokens: list[Token], i: int) -> bool:
    """Word i opens a sentence (the segment stage's sentences: a sentence end between
    it and the word before), or a clause, a label's value or a quotation (a mark of
    `capital_after` before it): a capital there may be the position's, not a name's.
    The first word of a window counts as opening one."""
    if i == 0 or tokens[i].sentence != tokens[i - 1].sentence:
        return True
    return any(ch in CAPITAL_AFTER for ch in text[tokens[i - 1].end : tokens[i].start])


def oblique_patronymic(word: str) -> tuple[str, str] | None:
    """A patronymic in an oblique case: its nominative and the ending it had. A man's
    drops the ending ("Асановича", "Асановичем"); a woman's puts back "-а"
    ("Асановны", "Асановной")."""
    for ending in PATRONYMIC_OBLIQUE + PATRONYMIC_OBLIQUE_OTHER:
        if word.endswith(ending) and PATRONYMIC.fullmatch(word[: -len(ending)]):
            return word[: -len(ending)], ending
    for ending in FEMALE_PATRONYMIC_OBLIQUE:
        nominative = word[: -len(ending)] + FEMALE_PATRONYMIC_END
        if word.endswith(ending) and PATRONYMIC.fullmatch(nominative):
            return nominative, ending
    return None


def listed_or_built_given(word: str) -> bool:
    """A given name of given_names.yaml, or one built with a Kyrgyz name element
    ("Токтобек", "Нургүл") on a stem of its own."""
    low = word.casefold()
    return low in KNOWN_GIVEN or built_on(low, GIVEN_ELEMENTS)


def given_sex(word: str) -> str | None:
    """A given name's sex by the name element it is built with ("Эрменбек", "Нургүл":
    `male_given_elements`, `female_given_elements`), or None. Not by given_names.yaml's
    lists: they sort names by how Russian declines them, and a name used for both sexes
    stands in one list ("Нуржан")."""
    low = word.casefold()
    male = built_on(low, MALE_ELEMENTS)
    if male == built_on(low, FEMALE_ELEMENTS):
        return None
    return "male" if male else "female"


def surname_sex(word: str) -> str | None:
    """A surname's sex in the nominative, by its suffix (`SURNAME_SUFFIX_SEX`:
    "Сатарова" a woman's, "Сатаров" a man's, "Бондаренко" either: None)."""
    low = word.casefold()
    return next((sex for suffix, sex in SURNAME_SUFFIX_SEX.items() if low.endswith(suffix)), None)


def built_on(low: str, elements: tuple[str, ...]) -> bool:
    """A word (folded) that ends in a name element ("-бек", "-гүл") of `elements`, the
    first that ends it, with a stem of its own before it ("токтобек", not "бек")."""
    element = next((e for e in elements if low.endswith(e)), None)
    return element is not None and len(low) - len(element) >= GIVEN_ELEMENT_MIN_STEM


def opened_by(low: str, prefixes: tuple[str, ...]) -> bool:
    """A word (folded) that opens with a name's prefix of `prefixes` ("абды-", "абду-")
    before a stem of its own ("абдымалик", not "абды"), as `built_on` reads an element
    that ends it."""
    return any(low.startswith(p) and len(low) - len(p) >= GIVEN_ELEMENT_MIN_STEM for p in prefixes)


def bare_surname(word: str) -> bool:
    """A surname without a suffix after a known given name: a Korean one of the
    lexicon ("Елена Ким"), or one capitalised word that is no hyphenated place name,
    no word in a case, no given name and no known non-name ("Сергей Гармаш")."""
    if word in NO_SUFFIX_SURNAMES:
        return True
    low = word.casefold()
    return (
        len(word) >= BARE_SURNAME_MIN
        and word[:1].isupper()
        and word[1:].islower()
        and "-" not in word
        and low not in KNOWN_GIVEN
        and low not in ROLE_FORMS
        and not low.endswith(BARE_SURNAME_ENDINGS)
        and not _noun_suffix(low)
        and not low.endswith(POSSESSIVES)  # "Жылдыз Тойканасы": a noun's possessive
        and not PATRONYMIC.fullmatch(word)
        and not in_not_names(word)
        and not low.startswith(LONG_NOT_NAMES)  # "Надежда Кыргызстана": in a Russian case
    )


def forefathers_name(word: str) -> bool:
    """A man's name built with -бек/-бай in the nominative, standing as a Kyrgyz
    surname without a suffix after a given name ("Бакыт Жээнбек", "Нурлан Токтобай")."""
    return (
        built_on(word.casefold(), MALE_ELEMENTS) and word[1:].islower() and not in_not_names(word)
    )


def surname_only(word: str) -> bool:
    """A surname by its suffix, never a given name ("Асанов"); a known given name is one."""
    low = word.casefold()
    return low not in KNOWN_GIVEN and low.endswith(SURNAME_ONLY) and surname_of(word) is not None


def _noun_suffix(low: str) -> bool:
    """A plural or an adjective by its suffix on a stem of its own ("мектептер",
    "мамлекеттик", "шаардык"), not a name that ends so ("сардар")."""
    return any(
        low.endswith(suffix) and len(low) - len(suffix) >= BARE_SURNAME_SUFFIX_MIN_STEM
        for suffix in BARE_SURNAME_NOT_SUFFIXES
    )


_PATRONYMIC_STARTS: tuple[str, ...] = tuple(PATRONYMIC_WORDS)


def father_nominative(low: str) -> str | None:
    """уулу/кызы in any case ("уулунун"), `low` a case-folded word: its nominative."""
    if not low.startswith(_PATRONYMIC_STARTS):
        return None  # most words: one test (this runs on every name word)
    for base in PATRONYMIC_WORDS:
        if low == base or (low.startswith(base) and low[len(base) :] in FATHER_ENDINGS):
            return base
    return None


# The longest ending of russian_noun_endings, in letters.
_RU_NOUN_ENDING_MAX = max(map(len, RU_NOUN_ENDINGS))


@lru_cache(maxsize=WORD_MEMO_SIZE)
def russian_noun(low: str) -> bool:
    """A Russian noun that opens a sentence before a surname in the genitive, in any
    case ("указом", "сына", "деятельностью"), `low` a case-folded word."""
    if low.endswith(RU_NOUN_SUFFIXES):
        return True
    return any(
        low[: len(low) - n] in RU_NOUN_STEMS and low[len(low) - n :] in RU_NOUN_ENDINGS
        for n in range(min(_RU_NOUN_ENDING_MAX, len(low) - 1) + 1)
    )
