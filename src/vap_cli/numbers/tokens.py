"""The tokens of running text that numbers are read from."""

from __future__ import annotations

from typing import Literal, NamedTuple

from .. import rx
from .words import read_digits

# A token of running text. Digits: up to 12 in a row, or groups of three after
# 1-3 digits ("1 500 000"), optionally with letters glued on ("20дан") or after
# a hyphen ("20-жылдан": an ordinal). Bounded everywhere: linear on hostile runs.
_TOKEN = rx.compile(
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
