"""Names of a text: windows around anchors, tokens, and the names among them."""

from __future__ import annotations

from functools import lru_cache, partial
from itertools import compress, count

from ... import morph
from ...segment.tokens import WORD_TEXT, TokenStream
from ..word_starts import starts
from .cases import (
    genitive_preposition_before,
    instrumental_cue_before,
    masculine_surname_after_cue,
)
from .matching import father_name_at, match_at
from .roles import role_before
from .tables import (
    ANCHOR,
    GIVEN_OBLIQUE_FORMS,
    KNOWN_GIVEN,
    KYRGYZ_CASE_ENDINGS,
    NAME_REACH,
    NO_SUFFIX_SURNAMES,
    PATRONYMIC,
    TITLES_AFTER,
    TITLES_BEFORE,
    TITLES_INSIDE,
    WINDOW,
)
from .unsuffixed import unsuffixed_surname
from .vetoes import UnitTest, veto
from .words import (
    NameMatch,
    Token,
    adjectival_oblique,
    father_nominative,
    forefathers_name,
    is_role_word,
    space_after,
    surname_of,
)

# The veto of a phrase whose first word, read as a given name, is a noun (matching.py).
NO_GIVEN_NAME = "no_given_name"


def _windows(text: str, stream: TokenStream) -> list[tuple[int, int]]:
    """Stretches of text around surname-shaped words (merged): only there can a
    name and its roles stand, so the rest of a long text is never tokenised. The
    father's-name words are looked for where the stream's shared search found them
    (word_starts)."""
    windows: list[tuple[int, int]] = []
    size = len(text)
    for m in ANCHOR.finditer(text, partial(starts, stream)):
        start, end = m.start() - WINDOW, m.end() + WINDOW
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], min(end, size))
            continue
        start = max(start, 0)
        limit = max(start - WINDOW, 0)
        while start > limit and text[start - 1].isalpha():
            start -= 1  # never cut a word in two
        windows.append((start, min(end, size)))
    return windows


# The name words whose answer is kept: the common words of a batch (a few MB at most;
# a rarer word is asked again).
_ANCHOR_MEMO = 16384


def _anchors_a_name(word: str) -> bool:
    """Whether a name word is a surname, a known given name, a patronymic or уулу/кызы."""
    low = word.casefold()
    return bool(
        word[:1].isupper()
        and (
            surname_of(word)
            or word in NO_SUFFIX_SURNAMES
            or low in KNOWN_GIVEN
            or PATRONYMIC.fullmatch(word)
        )
        or father_nominative(low)
    )


# A name word's part in where names may start (`_opens_a_name`): none (0, false), an
# anchor (a name holds it: it and the words before it), a listed given name in a
# Russian oblique case, an adjectival surname in an oblique case.
_ANCHOR = 1
_OBLIQUE_GIVEN = 2
_ADJECTIVAL = 3


@lru_cache(maxsize=_ANCHOR_MEMO)
def _opens_a_name(word: str) -> int:
    """A name word's part in where names may start (the kinds above; a word's answer
    is the same in every document: asked once per word)."""
    if _anchors_a_name(word):
        return _ANCHOR
    if not word[:1].isupper():
        return 0
    if word in GIVEN_OBLIQUE_FORMS or unsuffixed_surname(word):
        return _OBLIQUE_GIVEN  # (or "Кима Сергея Николаевича": opens its name too)
    return _ADJECTIVAL if adjectival_oblique(word) else 0


def find_names(
    text: str,
    stream: TokenStream | None = None,
    vetoed: list[tuple[NameMatch, str]] | None = None,
    is_unit: UnitTest | None = None,
) -> tuple[list[Token], list[NameMatch]]:
    """The name words of `text` (from the segment stage's `stream` of it) and the
    names among them, in text order; the name-shaped phrases that name no person go
    to `vetoed`, with the veto's name (NO_GIVEN_NAME for a noun read as a given name),
    when given. `is_unit` (a gazetteer look-up)
    lets a person's role after the name begin with a place's type word."""
    stream = stream or TokenStream(text)
    # a pilgrim's title is no word of a name (the gap between two name words holds it)
    tokens = [
        tok
        for start, end in _windows(text, stream)
        for tok in stream.name_words(start, end)
        if tok.low not in TITLES_INSIDE
    ]
    # Every name holds a surname (or уулу/кызы, or a patronymic) at most NAME_REACH tokens after
    # its start: only the tokens before such an anchor are tried.
    starts: set[int] = set()
    # each word's part, asked in C (map: _opens_a_name remembers its answers); most
    # words play none
    parts = list(map(_opens_a_name, map(WORD_TEXT, tokens)))
    for index in compress(count(), parts):
        part = parts[index]
        if part == _ANCHOR:
            starts.update(range(max(index - NAME_REACH, 0), index + 1))
        elif part == _OBLIQUE_GIVEN:
            starts.add(index)  # a given name in a case opens its name ("Кристиана Хегера")
        else:
            starts.update(_adjectival_starts(tokens, index))
    matches: list[NameMatch] = []
    next_free = 0
    for i in sorted(starts):
        if i < next_free:
            continue
        dropped: list[NameMatch] = []
        match = (
            match_at(text, tokens, i, dropped if vetoed is not None else None, is_unit)
            or _lone_after_cue(text, tokens, i, is_unit)
            or _bare_in_a_case(text, tokens, i, is_unit)
        )
        if match is None and vetoed is not None:
            vetoed.extend((noun_first, NO_GIVEN_NAME) for noun_first in dropped)
        reason = veto(text, tokens, match, is_unit) if match is not None else None
        if match is not None and reason is not None:
            if vetoed is not None:
                vetoed.append((match, reason))
            next_free = match.last + 1
            continue
        if match is not None:
            matches.append(match)
            next_free = match.last + 1
    return tokens, matches


def _adjectival_starts(tokens: list[Token], index: int) -> list[int]:
    """Where a name holding the adjectival surname at `index` ("Ковальского") may
    start: at a given name right before it, at the initials before it, or at the
    surname itself before initials; most such words are a unit's adjective
    ("Чуйской области"), tried nowhere."""
    starts = [index] if index + 1 < len(tokens) and len(tokens[index + 1].text) == 1 else []
    first = index
    while first > 0 and index - first < NAME_REACH and len(tokens[first - 1].text) == 1:
        first -= 1
    if first < index:
        starts.append(first)
    elif index > 0 and tokens[index - 1].text[:1].isupper():
        starts.append(index - 1)
    return starts


def _lone_after_cue(
    text: str, tokens: list[Token], i: int, is_unit: UnitTest | None
) -> NameMatch | None:
    """A lone surname right after a role word or a title ("директор Иванов", "Асанов
    мырза"), or after a preposition that takes the genitive when the gazetteer has no
    place of that name ("По словам Касымалиева" -> "Касымалиев"; "до Баетова" is the
    village). A man's genitive after a cue is put back in the nominative."""
    word = tokens[i].text
    surname = surname_of(word)
    if not surname:
        return _father_after_role(text, tokens, i)
    if not (_role_or_title_before(text, tokens, i) or _title_after(text, tokens, i)):
        cued = (
            genitive_preposition_before(text, tokens, i)
            or instrumental_cue_before(text, tokens, i)
            or _role_with_complement_before(text, tokens, i)
        )
        if is_unit is None or not cued:
            return None
        surname = masculine_surname_after_cue(surname, word, text, tokens, i)
        if is_unit(surname):
            return None
    else:
        surname = masculine_surname_after_cue(surname, word, text, tokens, i)
    return NameMatch(surname, surname, "", i, i, tokens[i].start, tokens[i].end)


# Kyrgyz case endings, longest first: "Шмидттин" is Шмидт + тин, not Шмидтти + н.
_CASE_ENDINGS_LONGEST = tuple(sorted(KYRGYZ_CASE_ENDINGS, key=len, reverse=True))


def _bare_in_a_case(
    text: str, tokens: list[Token], i: int, is_unit: UnitTest | None
) -> NameMatch | None:
    """After a role word, a given name of given_names.yaml and a forefather's name in
    -бек/-бай standing as the surname, with a Kyrgyz case ending ("аким Бакыт
    Жээнбекке", "башчысы Нурлан Токтобайдын айтымында"): the surname in the
    nominative, when the gazetteer has no place of that name. (A surname of no suffix
    in a case after a Kyrgyz given name is left alone: "аким Бакыт Стамбулга барды"
    is a trip; after a foreign one, foreign.foreign_surname_in_kyrgyz_case reads it.)"""
    if is_unit is None or tokens[i].low not in KNOWN_GIVEN or not space_after(text, tokens, i):
        return None
    if not _role_or_title_before(text, tokens, i):
        return None
    word = tokens[i + 1].text
    low = word.casefold()
    for ending in _CASE_ENDINGS_LONGEST:
        stem = word[: len(word) - len(ending)]
        if not low.endswith(ending) or morph.case_of(stem.casefold(), ending) is None:
            continue
        if forefathers_name(stem) and not is_unit(stem):
            given = tokens[i].text
            name = f"{given} {stem}"
            return NameMatch(name, stem, given, i, i + 1, tokens[i].start, tokens[i + 1].end)
        return None
    return None


def _father_after_role(text: str, tokens: list[Token], i: int) -> NameMatch | None:
    """A father's name and уулу/кызы alone right after a role word or a title ("депутат
    Асан уулу"): they stand for the surname of a person."""
    if i + 1 >= len(tokens) or not father_nominative(tokens[i + 1].low):
        return None  # most words: no уулу/кызы after them
    father = father_name_at(text, tokens, i) if _role_or_title_before(text, tokens, i) else None
    if father is None:
        return None
    return NameMatch(father, father, "", i, i + 1, tokens[i].start, tokens[i + 1].end)


def _role_or_title_before(text: str, tokens: list[Token], i: int) -> bool:
    """A role word or a title right before token i: "директор Иванов", "господин Иванов"."""
    if i == 0 or not space_after(text, tokens, i - 1):
        return False
    word = tokens[i - 1].text
    return is_role_word(word) or word.casefold() in TITLES_BEFORE


def _role_with_complement_before(text: str, tokens: list[Token], i: int) -> bool:
    """A Russian role word and its complement before token i: "глава района Асанов",
    "руководитель проекта Асанова" (a place of that name stays a place: the caller asks
    the gazetteer, as after a preposition)."""
    return (
        i > 0 and not is_role_word(tokens[i - 1].text) and role_before(text, tokens, i) is not None
    )


def _title_after(text: str, tokens: list[Token], i: int) -> bool:
    """A title right after token i: "Асанов мырза", "Асанова айым"."""
    return space_after(text, tokens, i) and tokens[i + 1].low in TITLES_AFTER
