"""Where a place mention may start (the candidates stage reads only there): one pass
over a document's words, each word's marks looked up once (the same words recur in
every document), so that the many words that open nothing cost a look-up each."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress, count, repeat
from operator import and_, eq

from ...segment.tokens import WORD_TEXT
from .index import MARKS_MEMO_SIZE, PlaceIndex
from .mention import Token
from .tokens import (
    RU_AFTER_STARTS,
    RU_AFTER_STEM_LETTERS,
    inflected_abbreviation,
    may_end_russian_type,
    may_open_type_word,
)
from .vocabulary import (
    ABBR_AFTER,
    KY_AFTER,
    KY_BEFORE,
    NAME_DASH_MARKS,
    NAMED_AFTER,
    NAMED_AFTER_FULL,
    NAMED_AFTER_KY,
    RU_ADJ_ENDINGS,
    RU_BEFORE,
    RU_BEFORE_PHRASES,
    TYPE_FORMS,
    fold,
)

# First words of every type word (all forms), to tell at once whether a word is
# followed by one; and the words a Russian type word before a name may end in.
_TYPE_FIRST: frozenset[str] = frozenset(
    {words[0] for words, _, _ in KY_AFTER if len(words) > 1} | set(TYPE_FORMS)
)
_ABBR_WORDS: frozenset[str] = frozenset(a.rstrip(".") for a in ABBR_AFTER)
_RU_BEFORE_LAST: tuple[str, ...] = tuple(words[-1] for words, _ in RU_BEFORE_PHRASES)
_RU_BEFORE_WORDS: frozenset[str] = frozenset(k.rstrip(".") for k in [*RU_BEFORE, *KY_BEFORE])
# A compound's dash written spaced (forms.dashed_name) or a settlement's number after
# a hyphen (forms.numbered_name): a gap after a word holding none opens neither.
_DASHES: frozenset[str] = frozenset(NAME_DASH_MARKS)

# A word's marks (`_word_marks`), bits of one int. A capitalised word opens where the
# word, the next or the one before may make a name of it by the first tests
# (_MAY_START, _AFTER, _BEFORE), and where one of them may by the candidates' own
# tests (_NAME, TYPE_AFTER, TYPE_BEFORE, or a dash after it): a word the latter all
# fail gives no candidate (candidates._mention_at), so it is not read.
_CAPITAL = 1
_NAMED = 1 << 1  # "им." in any letter case, or "имени": opens a name after it
_MAY_START = 1 << 2  # a name of the index (or its adjective) may start with its letters
_NAME = 1 << 3  # a name of the index read off it, or the first word of one of several
_AFTER = 1 << 4  # may follow a name: a type word's first word, an abbreviation, ...
TYPE_AFTER = 1 << 5  # may open a type word after a name (tokens.may_open_type_word, ...)
_BEFORE = 1 << 6  # may end a Russian type word before a name, by the first test
TYPE_BEFORE = 1 << 7  # the same by tokens.may_end_russian_type
RU_NOUN = 1 << 8  # may be a Russian type noun, by its first three letters
_LOWER_ADJ = 1 << 9  # a unit's Russian adjective's ending
_CITY_START = 1 << 10  # the first two letters of a city in lower case (lower_case.py)
_CITY = 1 << 11  # starts with the folded name of such a city
# Opens whatever its neighbours: "им.", or a capitalised word that passes both tests
# by itself (_MAY_START and _NAME).
_OPENS = 1 << 12
# A word not in the index's memo of marks yet.
_UNMARKED = -1
# A word that may open a mention itself (a capital, "им.", lower case): the others are
# never read.
_MAY_OPEN = _CAPITAL | _NAMED | _LOWER_ADJ | _CITY


def openings(tokens: list[Token], text: str, marks: list[int]) -> list[int]:
    """The tokens a mention may start at, in order: "им."; a word before a Russian type
    noun (its adjective); a capitalised word that may start a known name, or stands
    before a type word or after a Russian one. `marks`: the words' (`word_marks`,
    made once a document: the candidates read them too, to try a reading only where
    the words around may give it: TYPE_AFTER, ...). Only the words whose marks
    may open something are read (found in C: map, compress)."""
    return [
        i
        for i in compress(count(), map(and_, marks, repeat(_MAY_OPEN)))
        if marks[i] & _OPENS or _may_open(tokens, i, text, marks)
    ]


def word_marks(tokens: list[Token], idx: PlaceIndex) -> list[int]:
    """The words' marks (the bits above), one more after the last (0: so marks[i + 1]
    and marks[i - 1] are none past either end): each a look-up in the index's memo,
    made in C (map), the words not in it yet marked and remembered."""
    texts = list(map(WORD_TEXT, tokens))
    memo = idx.marks_memo
    marks = list(map(memo.get, texts, repeat(_UNMARKED)))
    for i in compress(count(), map(eq, marks, repeat(_UNMARKED))):
        # the word may have been marked at an earlier place of this document (the
        # first look-up was made before any): read the memo again, mark it once
        mark = memo.get(texts[i], _UNMARKED)
        if mark == _UNMARKED:
            if len(memo) >= MARKS_MEMO_SIZE:
                memo.clear()  # bounded: a stream of documents never grows it
            mark = memo[texts[i]] = _word_marks(texts[i], tokens[i].low, idx)
        marks[i] = mark
    marks.append(0)
    return marks


def russian_adjective_capitals(marks: list[int]) -> Iterator[int]:
    """The capitalised words ending as a unit's Russian adjective that a name of the
    index may start with (idx.may_start), in order: told by their marks (`word_marks`),
    in C."""
    wanted = _CAPITAL | _LOWER_ADJ | _MAY_START
    return compress(count(), map(eq, map(and_, marks, repeat(wanted)), repeat(wanted)))


def _may_open(tokens: list[Token], i: int, text: str, marks: list[int]) -> bool:
    """Whether token i (not one that _OPENS) may start a mention, by its marks and its
    neighbours'."""
    mark, after, before = marks[i], marks[i + 1], marks[i - 1]
    if not mark & _CAPITAL:
        # a lower-case adjective before its noun, else a lower-case city
        if after & RU_NOUN:
            return bool(mark & _LOWER_ADJ)
        return bool(mark & _CITY_START and mark & _CITY)
    end = tokens[i].end
    if not (mark & _MAY_START or after & _AFTER or before & _BEFORE):
        return before_bracket(text, end)
    if mark & _NAME or after & TYPE_AFTER or before & TYPE_BEFORE:
        return True
    gap = text[end : tokens[i + 1].start] if i + 1 < len(tokens) else text[end : end + 1]
    return not _DASHES.isdisjoint(gap) or before_bracket(text, end)


def before_bracket(text: str, end: int) -> bool:
    """Does a bracket open one space after the word ending at `end` (a bracketed parent
    may part a name from its type word, forms.type_after_bracket)?"""
    return text.startswith(_BRACKET_AFTER, end)


_BRACKET_AFTER = " ("


def _word_marks(word: str, low: str, idx: PlaceIndex) -> int:
    """A word's marks (the bits above): what it may be at a mention's start, after one
    or before one, by the word alone."""
    key = fold(word)
    ru_noun = low[:RU_AFTER_STEM_LETTERS] in RU_AFTER_STARTS
    after = (
        low in _TYPE_FIRST
        or low in NAMED_AFTER_KY
        or word in _ABBR_WORDS
        or ru_noun
        or (word[:2].isupper() and inflected_abbreviation(word) is not None)
    )
    type_after = ru_noun or low in NAMED_AFTER_KY or may_open_type_word(word, low)
    capital = word[:1].isupper()
    flags = (
        (capital, _CAPITAL),
        (low in NAMED_AFTER or low in NAMED_AFTER_FULL, _NAMED),
        (idx.may_start(word), _MAY_START),
        # (read only for a capitalised word: the only one it is asked of)
        (capital and (key in idx.first_words or idx.reading("", word) is not None), _NAME),
        (after, _AFTER),
        (type_after, TYPE_AFTER),
        (
            low in _RU_BEFORE_WORDS
            or low.startswith(_RU_BEFORE_LAST)
            or (len(word) == 1 and word.isupper()),  # an initial after a type word
            _BEFORE,
        ),
        (may_end_russian_type(word, low), TYPE_BEFORE),
        (ru_noun, RU_NOUN),
        (low.endswith(RU_ADJ_ENDINGS), _LOWER_ADJ),
        (word[:2] in idx.lower_starts, _CITY_START),
        (idx.may_be_lower_case_city(key, low), _CITY),
    )
    marks = sum(bit for flag, bit in flags if flag)
    alone = marks & _CAPITAL and marks & _MAY_START and marks & _NAME
    return marks | _OPENS if marks & _NAMED or alone else marks


def before_russian_type_noun(tokens: list[Token], i: int) -> bool:
    """The next word may be a Russian type noun, by its first three letters."""
    return i + 1 < len(tokens) and tokens[i + 1].low[:RU_AFTER_STEM_LETTERS] in RU_AFTER_STARTS
