"""The type words around a name (the words and their sentences are the segment
stage's: Segments.tokens.words):
Kyrgyz after it (Нарын облусунан, Жазы АА, АӨнүн), Russian before (г. Кемин, в
айылном аймаке) or after it (Нарынская область)."""

from __future__ import annotations

from ... import morph
from .constants import ABBR_ENDING_MIN, ABBR_LETTERS_MIN, CASE_ENDING_MIN, CASE_STEM_MIN
from .mention import Token
from .vocabulary import (
    ABBR_AFTER,
    DOT_GAP,
    KY_BEFORE,
    LEVEL_UNITS,
    LEX,
    QUOTED_NAME_GAP,
    RU_AFTER_NAME,
    RU_AFTER_NAME_PLURAL,
    RU_BEFORE,
    RU_BEFORE_PHRASES,
    SPACES,
    TYPE_FORMS,
    TYPE_MAX_WORDS,
    TYPE_STARTS,
    WORD_GAP,
    TypeWord,
    looks_like_person,
    misspelt_type_form,
    shortened_type_form,
)


def gap_between(text: str, a: Token, b: Token) -> str:
    return text[a.end : b.start]


def one_word_between(
    first: int, last: int, tokens: list[Token], text: str, words: frozenset[str]
) -> bool:
    """Tokens `first` and `last` stand one word apart, that word one of `words`, spaces
    on both sides ("A жана B", "A аркылуу B")."""
    k = first + 1
    return (
        last == k + 1
        and tokens[k].low in words
        and gap_between(text, tokens[first], tokens[k]) in WORD_GAP
        and gap_between(text, tokens[k], tokens[last]) in WORD_GAP
    )


def opens_sentence(tokens: list[Token], k: int) -> bool:
    """Token k is the first of its sentence."""
    return k == 0 or tokens[k - 1].sentence != tokens[k].sentence


def kyrgyz_type_at(
    tokens: list[Token], i: int, text: str
) -> tuple[TypeWord, int, bool, str | None] | None:
    """A type word starting at token i: (type, index after it, plural, its case)."""
    if i >= len(tokens):
        return None
    return _abbreviation_at(tokens, i, text) or _type_word_at(tokens, i, text)


def _abbreviation_at(
    tokens: list[Token], i: int, text: str
) -> tuple[TypeWord, int, bool, str | None] | None:
    """An abbreviation of a type word at token i: as the lexicon writes it (АА, а/а),
    with a case ending after a hyphen (обл-да), letters each with its dot (а.а.), an
    ending glued on (АӨнүн). Each kind is read only where the word may be one."""
    tok = tokens[i]
    word = tok.text
    after = text[tok.end : tok.end + 1]
    abbr = ABBR_AFTER.get(word) or ABBR_AFTER.get(word + after)
    if abbr:
        return TypeWord(abbr, LEVEL_UNITS.get(abbr, (abbr,))), i + 1, False, None
    ended = abbreviation_with_ending(word)
    if ended is not None:
        return TypeWord(ended[0], LEVEL_UNITS.get(ended[0], (ended[0],))), i + 1, False, ended[1]
    dotted = _dotted_abbreviation(tokens, i, text) if after == "." else None
    if dotted is not None:
        abbr, end = dotted
        return TypeWord(abbr, LEVEL_UNITS.get(abbr, (abbr,))), end, False, None
    inflected = inflected_abbreviation(word)
    if inflected is not None:
        abbr, plural, case = inflected
        return TypeWord(abbr, LEVEL_UNITS.get(abbr, (abbr,))), i + 1, plural, case
    return None


def _type_word_at(
    tokens: list[Token], i: int, text: str
) -> tuple[TypeWord, int, bool, str | None] | None:
    """A type word written out at token i: shortened at its start (р-нунун), one of its
    forms, a misspelt one, or as a Russian text writes it. Each is read only where the
    word opens one (most words open none)."""
    low = tokens[i].low
    short = shortened_type_form(low)
    if short is not None:
        _, tw, plural, case = short
        return tw, i + 1, plural, case
    formed = _type_form_at(tokens, i, text) if low in TYPE_STARTS else None
    if formed is not None:
        return formed
    misspelt = misspelt_type_form(low)
    if misspelt is not None:
        _, tw, plural, case = misspelt
        return tw, i + 1, plural, case
    return _russian_spelt_type(tokens, i, text) if low.startswith(_RU_SPELT_FIRST) else None


def _type_form_at(
    tokens: list[Token], i: int, text: str
) -> tuple[TypeWord, int, bool, str | None] | None:
    """A form of a type word's words (TYPE_FORMS) starting at token i."""
    # Longest type words first: "айыл аймагы" before "айылы".
    for n in range(TYPE_MAX_WORDS, 0, -1):
        last = i + n - 1
        if last >= len(tokens):
            continue
        for words, tw, plural, case in TYPE_FORMS.get(tokens[last].low, ()):
            if len(words) != n:
                continue
            if all(
                tokens[i + k].low == words[k]
                and gap_between(text, tokens[i + k], tokens[i + k + 1]) in SPACES
                for k in range(n - 1)
            ):
                return tw, i + n, plural, case
    return None


# Every spelling of a case ending, bare or after the possessive, whatever the stem: an
# abbreviation has no vowel of its own to harmonise with ("обл-да", "р-нун").
_ABBR_CASE_ENDINGS: dict[str, str] = {
    ending: case
    for case in morph.CASES
    for ending in (*morph.variants(case), *morph.variants(f"{case}_p"))
    if len(ending) >= ABBR_ENDING_MIN
}
_ABBR_JOINERS = ("-", "/")


def abbreviation_with_ending(word: str) -> tuple[str, str] | None:
    """A lower-case abbreviation with a case ending after a hyphen ("Нарын обл-да",
    "Жазы а/а-да", "Бишкек ш-да") or glued to one with a hyphen or slash inside
    ("Өзгөн р-нда"): its level and the case."""
    if "-" not in word and "/" not in word:
        return None  # neither a hyphen before the ending nor a joiner (_ABBR_JOINERS) inside
    for size in range(len(word) - 1, 0, -1):
        head, ending = word[:size], word[size:]
        case = _ABBR_CASE_ENDINGS.get(ending)
        if case is None:
            continue
        hyphened = head.endswith("-")
        head = head.removesuffix("-")
        if not hyphened and not any(j in head for j in _ABBR_JOINERS):
            continue
        level = ABBR_AFTER.get(head) or ABBR_AFTER.get(head + ".")
        if level:
            return level, case
    return None


def _dotted_abbreviation(tokens: list[Token], i: int, text: str) -> tuple[str, int] | None:
    """An abbreviation of letters each with its dot ("Жазы а.а."): its level and the
    index after it."""
    j = i
    while j + 1 < len(tokens) and gap_between(text, tokens[j], tokens[j + 1]) == ".":
        j += 1
    if j == i:
        return None
    level = ABBR_AFTER.get(text[tokens[i].start : tokens[j].end + 1])
    return (level, j + 1) if level else None


# The first words of the Kyrgyz type words a Russian text writes: a word opening none
# of them starts none.
_RU_SPELT_FIRST: tuple[str, ...] = tuple(words[0] for words, _ in RU_AFTER_NAME)


def _russian_spelt_type(
    tokens: list[Token], i: int, text: str
) -> tuple[TypeWord, int, bool, str | None] | None:
    """A Kyrgyz type word as a Russian text writes it ("айыл окмоту", "айыл аймаке"),
    plural with a Russian plural ending ("айыл аймакам")."""
    for words, tw in RU_AFTER_NAME:
        end = i + len(words)
        if end > len(tokens):
            continue
        if all(
            tokens[i + k].low.startswith(w)
            and (k == 0 or gap_between(text, tokens[i + k - 1], tokens[i + k]) in SPACES)
            for k, w in enumerate(words)
        ):
            plural = tokens[end - 1].low[len(words[-1]) :] in RU_AFTER_NAME_PLURAL
            return tw, end, plural, None
    return None


def trusted_case_ending(reading: morph.Analysis) -> bool:
    """A reading of a word whose case ending is trusted (constants CASE_ENDING_MIN,
    CASE_STEM_MIN): the word is no name in the nominative."""
    stem = reading.stem.rsplit("-", 1)[-1]  # a compound's last part
    return len(reading.ending) >= CASE_ENDING_MIN and len(stem) >= CASE_STEM_MIN


def inflected_abbreviation(word: str) -> tuple[str, bool, str | None] | None:
    """An abbreviation with a Kyrgyz ending glued on ("Сокулук АӨнүн", "Жазы ААсында",
    "АӨлөрдүн"): (its level, plural, the case of the ending). The ending is lower case,
    the letters not."""
    if len(word) <= ABBR_LETTERS_MIN or not word[:ABBR_LETTERS_MIN].isupper():
        return None
    head, joiner, ending = word.partition("-")
    if joiner and head in ABBR_AFTER and ending.islower():
        word = head + ending  # the ending after a hyphen: "АӨ-нүн"
    for reading in morph.candidate_stems(word):
        level = ABBR_AFTER.get(reading.stem)
        if not level or not reading.ending or not reading.ending.islower():
            continue
        names = morph.suffix_names(reading.stem, reading.ending)
        if names:
            return level, "plural" in names, morph.case_of(reading.stem, reading.ending)
    return None


# A Russian type noun after a name is first told by its first letters ("обл", "рай"):
# a set look-up before the lexicon's prefixes are tried.
RU_AFTER_STEM_LETTERS = 3
RU_AFTER_STARTS = frozenset(
    p[:RU_AFTER_STEM_LETTERS] for e in LEX["russian_after"] for p in e["prefixes"]
)
# The lexicon's Russian type nouns after a name: (prefixes, prefixes of the next word
# if it must follow, the type), in the lexicon's order.
_RU_AFTER: tuple[tuple[tuple[str, ...], tuple[str, ...], TypeWord], ...] = tuple(
    (tuple(e["prefixes"]), tuple(e.get("then") or ()), TypeWord(e["level"], tuple(e["units"])))
    for e in LEX["russian_after"]
)


def russian_after(tokens: list[Token], i: int) -> tuple[TypeWord, int] | None:
    if i >= len(tokens) or tokens[i].low[:RU_AFTER_STEM_LETTERS] not in RU_AFTER_STARTS:
        return None
    word = tokens[i].low
    for prefixes, then, tw in _RU_AFTER:
        if not word.startswith(prefixes):
            continue
        if then:
            if i + 1 >= len(tokens) or not tokens[i + 1].low.startswith(then):
                continue
            return tw, i + 2
        return tw, i + 1
    return None


# The second words of the Russian phrases before a name: a word opening none of them
# ends none.
_RU_PHRASE_SECOND: tuple[str, ...] = tuple(words[1] for words, _ in RU_BEFORE_PHRASES)


def initial_before(tokens: list[Token], i: int, text: str) -> bool:
    """A capital letter and its dot before a name that its own Kyrgyz type word follows
    ("Араван районунун С.Юсупов айыл аймагы") is the initial of the person the unit is
    named after, not the abbreviation of a Russian type word (с. село, г. город, п.):
    the type word after the name gives its level."""
    prev = tokens[i - 1]
    return (
        len(prev.text) == 1
        and prev.text.isupper()
        and not tokens[i].text.isupper()
        and (
            kyrgyz_type_at(tokens, i + 1, text) is not None
            or _second_initial(tokens, i, text)
            or (_initial_inside_sentence(tokens, i) and not initial_after_type(tokens, i, text))
        )
    )


def _initial_inside_sentence(tokens: list[Token], i: int) -> bool:
    """The capital letter before token i stands inside its sentence, after a word of it,
    and a surname follows ("– деди С. Каримов", "выступил Г. Асанов"): a person's
    initial. Inside a sentence the abbreviations с. (село) and г. (город) are written
    in small letters. (After a type word the initial is the one of the person a unit is
    named after: initial_after_type.)"""
    return (
        i >= 2
        and tokens[i - 2].sentence == tokens[i - 1].sentence
        and looks_like_person(tokens[i].text)
    )


def _second_initial(tokens: list[Token], i: int, text: str) -> bool:
    """The capital letter before token i follows another initial with its dot ("имени
    А. С. Пушкина", "Ж.С. Асанова"): a second initial, not "С." of село."""
    if i < 2:
        return False
    first = tokens[i - 2]
    return (
        len(first.text) == 1
        and first.text.isupper()
        and gap_between(text, first, tokens[i - 1]) in DOT_GAP
    )


def initial_after_type(tokens: list[Token], i: int, text: str) -> bool:
    """A capital letter and its dot before a surname, right after a Russian type word
    ("айыл окмоту С.Юсупов выступил"), is the initial of the person the unit is named
    after: two type words stand in a row nowhere, so the letter is no с. (село) and
    the type word before it types the name (INITIAL_AFTER_TYPE)."""
    prev = tokens[i - 1]
    return (
        len(prev.text) == 1
        and prev.text.isupper()
        and i >= 2
        and looks_like_person(tokens[i].text)
        and russian_before(tokens, i - 1, text) is not None
    )


def _house_letter(text: str, token: Token) -> bool:
    """A letter glued to the digits before it is a house number's ("Киев көч., 96а. Тел.:
    ..."), no abbreviation of a type word ("а." айылы, "ш." шаары) before a name."""
    return token.start > 0 and text[token.start - 1].isdigit()


def russian_before(tokens: list[Token], i: int, text: str) -> tuple[TypeWord, int] | None:
    """A Russian type word before token i ("г. Кемин", "в айылном аймаке Жазы"), or a
    Kyrgyz abbreviation ("ш. Каракол"): the type and the index of its first token."""
    if i == 0:
        return None
    prev = tokens[i - 1]
    gap = gap_between(text, prev, tokens[i])
    if gap in QUOTED_NAME_GAP:
        gap = gap[:-1]  # the name opens with a quote: the type word before it all the same
    word = prev.low
    if (
        gap.startswith(".")
        and gap in DOT_GAP
        and not initial_before(tokens, i, text)
        and not _house_letter(text, prev)
    ):
        if initial_after_type(tokens, i, text):
            return russian_before(tokens, i - 1, text)
        typed = KY_BEFORE.get(prev.text + ".") or RU_BEFORE.get(word + ".")
        if typed is not None:
            return typed, i - 1
    if word in RU_BEFORE and gap in WORD_GAP:
        return RU_BEFORE[word], i - 1
    if i >= 2 and word.startswith(_RU_PHRASE_SECOND) and gap in WORD_GAP:
        first = tokens[i - 2]
        if gap_between(text, first, prev) in WORD_GAP:
            low = first.low
            for words, tw in RU_BEFORE_PHRASES:
                if low.startswith(words[0]) and word.startswith(words[1]):
                    return tw, i - 2
    return None


# What a word must be for `_abbreviation_at` to read an abbreviation from it: one as
# the lexicon writes it, one with the character after the word (its dot), or the first
# letter of one written letter by letter with dots ("а" of "а.а.").
_ABBR_HEADS: frozenset[str] = frozenset(
    {
        *ABBR_AFTER,
        *(key[:-1] for key in ABBR_AFTER),
        *(key.split(".", 1)[0] for key in ABBR_AFTER if "." in key),
    }
)


def may_open_type_word(word: str, low: str) -> bool:
    """Whether `kyrgyz_type_at` may find a type word starting at this word (`low`, its
    case-folded form), by the word alone: each of its readings' tests on the word
    itself, the neighbours they also need left out. False: it finds none there."""
    return (
        word in _ABBR_HEADS
        or abbreviation_with_ending(word) is not None
        or inflected_abbreviation(word) is not None
        or shortened_type_form(low) is not None
        or low in TYPE_STARTS
        or misspelt_type_form(low) is not None
        or low.startswith(_RU_SPELT_FIRST)
    )


def may_end_russian_type(word: str, low: str) -> bool:
    """Whether `russian_before` may find a type word ending at this word (the word
    before a name; `low`, its case-folded form), by the word alone. False: it finds
    none there."""
    return (
        word + "." in KY_BEFORE
        or low + "." in RU_BEFORE
        or low in RU_BEFORE
        or low.startswith(_RU_PHRASE_SECOND)
        # an initial after one (initial_after_type)
        or (len(word) == 1 and word.isupper())
    )
