"""Kyrgyz numbers: number words (жыйырма беш, эки жүз элүү, миңден), digits with
spaces and endings (1 500 000, 20дан), collectives (экөө), ordinals and vague
words recognised so that callers can reject them.

All words and endings come from lexicon/numbers.yaml; this module only composes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile
from typing import Literal, NamedTuple

import regex

from .lexicon import load

_LEX = load("numbers")

WordKind = Literal["unit", "ten", "hundred", "scale", "collective", "ordinal", "vague"]

_VALUES: dict[str, tuple[int, WordKind]] = {}
for _kind, _key in (
    ("unit", "units"),
    ("ten", "tens"),
    ("hundred", "hundreds"),
    ("scale", "scales"),
):
    for _word, _value in _LEX[_key].items():
        _VALUES[_word] = (int(_value), _kind)  # type: ignore[assignment]
_RUSSIAN: dict[str, int] = {w: int(v) for w, v in _LEX["russian"].items()}
_COLLECTIVES: dict[str, int] = {w: int(v) for w, v in _LEX["collectives"].items()}

# ending -> case name ("ablative", "dative", ...), for every listed ending
ENDING_CASE: dict[str, str] = {
    ending: case
    for case, endings in _LEX["endings"].items()
    if case != "collective"
    for ending in endings
}
PARTITIVE_ENDINGS: frozenset[str] = frozenset(_LEX["digit_partitive"])
_COLLECTIVE_ENDINGS: frozenset[str] = frozenset(_LEX["endings"]["collective"])
_ORDINAL: tuple[str, ...] = tuple(_LEX["ordinal_suffixes"])
_VAGUE: tuple[str, ...] = tuple(_LEX["vague_suffixes"])
# Longest stems first, so that "жетимиш" is tried before "жети".
_STEMS: tuple[str, ...] = tuple(sorted(_VALUES, key=len, reverse=True))
_COLLECTIVE_STEMS: tuple[str, ...] = tuple(sorted(_COLLECTIVES, key=len, reverse=True))

# Where a number may start: a digit, or a word that begins like a number word.
# A cheap first pass: text without one has no number at all.
NUMBER_START = regex.compile(
    r"\d{1,64}|(?<!\p{L})(?:"
    + "|".join(regex.escape(s) for s in (*_COLLECTIVE_STEMS, *_STEMS, *_RUSSIAN))
    + ")",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class NumberWord:
    """One number word as read: its value (None when vague), kind, stem and ending."""

    value: int | None
    kind: WordKind
    stem: str
    ending: str = ""

    @property
    def case(self) -> str | None:
        return ENDING_CASE.get(self.ending) if self.ending else None


@dataclass(frozen=True)
class NumberPhrase:
    """A run of number words read as one number: "эки жүз элүү" -> 250 (3 words)."""

    value: int
    length: int  # how many words it took
    ending: str = ""  # ending of its last word ("сексенден" -> "ден")
    collective: bool = False

    @property
    def case(self) -> str | None:
        return ENDING_CASE.get(self.ending) if self.ending else None


@lru_cache(maxsize=8192)
def read_word(word: str) -> NumberWord | None:
    """A single word: a number word (maybe with an ending), an ordinal, a vague word, or None.

    "сексенден" -> 80 (ablative); "экөө" -> 2 (collective); "биринчи" -> ordinal;
    "ондогон" -> vague; "үчүн" (for), "алтын" (gold), "жетишүү" -> None.
    """
    low = word.casefold()
    if low in _RUSSIAN:
        return NumberWord(_RUSSIAN[low], "unit", low)
    for stem in _COLLECTIVE_STEMS:
        if low.startswith(stem):
            rest = low[len(stem) :]
            if not rest or rest in _COLLECTIVE_ENDINGS or rest in ENDING_CASE:
                return NumberWord(_COLLECTIVES[stem], "collective", stem, rest)
    for stem in _STEMS:
        if not low.startswith(stem):
            continue
        rest = low[len(stem) :]
        value, kind = _VALUES[stem]
        if not rest or rest in ENDING_CASE:
            return NumberWord(value, kind, stem, rest)
        if rest.startswith(_ORDINAL):
            return NumberWord(value, "ordinal", stem, rest)
        if rest in _VAGUE:
            return NumberWord(None, "vague", stem, rest)
    return None


def read_words(words: Iterable[str]) -> NumberPhrase | None:
    """The longest valid number at the start of `words` (lower or any case).

    Composition: a unit before жүз multiplies it, tens and units add, a scale
    (миң, миллион) multiplies the group before it. Only the last word may carry
    an ending. An ordinal or vague first word gives None.
    """
    total = 0
    group = 0
    last: str | None = None  # kind of the last word inside the current group
    prev_scale = 0  # the last scale used: a following scale must be smaller
    used = 0
    ending = ""
    for word in words:
        nw = read_word(word)
        if nw is None or nw.kind in ("ordinal", "vague") or nw.value is None:
            break
        if nw.kind == "collective":
            if used:
                break
            return NumberPhrase(nw.value, 1, nw.ending, collective=True)
        if nw.kind == "unit":
            if last == "unit":
                break
            group += nw.value
        elif nw.kind == "ten":
            if last not in (None, "hundred"):
                break
            group += nw.value
        elif nw.kind == "hundred":
            if last not in (None, "unit") or group >= 10:
                break
            group = (group or 1) * nw.value
        else:  # scale
            if prev_scale and nw.value >= prev_scale or total and not group:
                break
            total += (group or 1) * nw.value
            group = 0
            prev_scale = nw.value
        last = None if nw.kind == "scale" else nw.kind
        used += 1
        ending = nw.ending
        if ending:
            break
    if not used:
        return None
    return NumberPhrase(total + group, used, ending)


def read_digits(digits: str) -> int:
    """ "1 500 000" -> 1500000 (spaces group thousands)."""
    return int(digits.replace(" ", "").replace("\u00a0", ""))


# A token of running text. Digits: up to 12 in a row, or groups of three after
# 1-3 digits ("1 500 000"), optionally with letters glued on ("20дан") or after
# a hyphen ("20-жылдан": an ordinal). Bounded everywhere: linear on hostile runs.
_TOKEN = regex.compile(
    # three or more digit groups joined by signs: dates, phones, codes ("12.03.2020",
    # "0555-31-33-85"); one token, never a count, and few tokens on hostile runs
    r"(?P<code>(?<!\d)\d{1,4}(?:[-./:,]\d{1,4}){2,60})"
    r"|(?P<num>(?<!\d)(?:\d{1,3}(?:[ \u00a0]\d{3}){1,4}|\d{1,12})(?!\d)"
    r"(?:(?P<hyphen>-)?(?P<ending>\p{L}{1,12}))?)"
    r"|(?P<word>\p{L}[\p{L}\p{M}]{0,59})"
    r"|(?P<nl>\n)"
    # a run of one punctuation sign is one token ("-----", "___"): fewer tokens
    r"|(?P<punct>(?P<sign>[^\s\p{L}\d])(?P=sign){0,199})"
)

TokenKind = Literal["num", "word", "nl", "punct", "code"]


class Token(NamedTuple):
    kind: TokenKind
    start: int
    end: int
    text: str  # as written
    low: str  # case-folded
    digits: str = ""  # for num: the digits (with their group spaces)
    ending: str = ""  # for num: the glued or hyphenated letters, case-folded
    hyphen: bool = False  # for num: the letters came after a hyphen ("20-жылдан")

    @property
    def value(self) -> int:
        return read_digits(self.digits)


def tokenize(text: str) -> list[Token]:
    """Words, numbers, newlines and punctuation of `text`, with offsets; spaces dropped."""
    tokens: list[Token] = []
    append = tokens.append
    new = Token._make  # one call per token: this loop is the hot path on long inputs
    for m in _TOKEN.finditer(text):
        raw = m.group()
        start, end = m.span()
        kind = m.lastgroup
        if kind == "word":
            append(new(("word", start, end, raw, raw.casefold(), "", "", False)))
        elif kind == "num" or kind == "ending" or kind == "hyphen":
            if raw.isdigit():
                append(new(("num", start, end, raw, raw, raw, "", False)))
                continue
            ending = m.group("ending") or ""
            hyphen = m.group("hyphen") is not None
            digits = raw[: len(raw) - len(ending) - hyphen]
            append(new(("num", start, end, raw, raw.casefold(), digits, ending.casefold(), hyphen)))
        elif kind == "code":
            append(new(("code", start, end, raw, raw, "", "", False)))
        else:
            append(new(("nl" if raw == "\n" else "punct", start, end, raw, raw, "", "", False)))
    return tokens


# Endings that may stand apart from the digits: only those that lead to a qualifier.
_SPACED_CASES = frozenset(("ablative", "approximative"))

NumberKind = Literal["digits", "words", "collective", "ordinal", "vague", "unit_glued"]


@dataclass(frozen=True)
class NumberMatch:
    """A number found in text: [first, last) token indexes and its reading."""

    first: int
    last: int
    start: int
    end: int
    value: int | None
    kind: NumberKind
    ending: str = ""

    @property
    def case(self) -> str | None:
        return ENDING_CASE.get(self.ending) if self.ending else None

    @property
    def is_count(self) -> bool:
        return self.kind in ("digits", "words", "collective") and self.value is not None


def _scale_after(tokens: Sequence[Token], i: int) -> NumberWord | None:
    """A scale word right after a digit token: "5 миң адам", "3 млн сом"."""
    if i < len(tokens) and tokens[i].kind == "word":
        nw = read_word(tokens[i].low)
        if nw is not None and nw.kind == "scale":
            return nw
    return None


def number_at(tokens: Sequence[Token], i: int) -> NumberMatch | None:
    """The number that starts at token i, if any (ordinals and vague words included,
    marked by kind, so that callers can skip over them)."""
    tok = tokens[i]
    if tok.kind == "num":
        value = tok.value
        ending = tok.ending
        if (
            ending
            and ending not in ENDING_CASE
            and not (ending in PARTITIVE_ENDINGS and not tok.hyphen)
        ):
            # "21-ноябрь", "20-жылдан": the hyphen makes an ordinal; "3млн" glues a unit.
            kind: NumberKind = "ordinal" if tok.hyphen else "unit_glued"
            return NumberMatch(i, i + 1, tok.start, tok.end, value, kind, ending)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            not ending
            and nxt is not None
            and nxt.kind == "word"
            and nxt.start == tok.end + 1
            and ENDING_CASE.get(nxt.low) in _SPACED_CASES
        ):
            # "100 дөн ашык": an ending written apart (never "да", "га": they are words)
            return NumberMatch(i, i + 2, tok.start, nxt.end, value, "digits", nxt.low)
        if not ending:
            scale = _scale_after(tokens, i + 1)
            if scale is not None and scale.value is not None:
                return NumberMatch(
                    i,
                    i + 2,
                    tok.start,
                    tokens[i + 1].end,
                    value * scale.value,
                    "digits",
                    scale.ending,
                )
        return NumberMatch(i, i + 1, tok.start, tok.end, value, "digits", ending)
    if tok.kind != "word":
        return None
    if (
        i + 2 < len(tokens)
        and tokens[i + 1].text == "-"
        and tokens[i + 1].start == tok.end
        and tokens[i + 2].kind == "word"
        and tokens[i + 2].start == tokens[i + 1].end
    ):
        return None  # a hyphenated name: "Жети-Өгүз", "Үч-Коргон", "Миң-Булак"
    first = read_word(tok.low)
    if first is None:
        return None
    if first.kind in ("ordinal", "vague"):
        return NumberMatch(i, i + 1, tok.start, tok.end, first.value, first.kind, first.ending)
    # Number words are at most ~12 in a row ("бир миллион эки жүз элүү миң үч жүз он беш").
    words = (t.low for t in takewhile(lambda t: t.kind == "word", tokens[i : i + 12]))
    phrase = read_words(words)
    if phrase is None:
        return None
    last = i + phrase.length
    kind = "collective" if phrase.collective else "words"
    return NumberMatch(i, last, tok.start, tokens[last - 1].end, phrase.value, kind, phrase.ending)


def find_numbers(text: str) -> Iterator[NumberMatch]:
    """Every number in `text`, in order (ordinals and vague words marked, not dropped)."""
    tokens = tokenize(text)
    i = 0
    while i < len(tokens):
        match = number_at(tokens, i)
        if match is None:
            i += 1
            continue
        yield match
        i = match.last
