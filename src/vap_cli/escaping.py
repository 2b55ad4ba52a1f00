"""Literal words escaped for a pattern, the text `regex.escape` and the standard library's
`re.escape` write, made without a Python loop over every character where that is slow
(rx.alternation, rx.literal_union)."""

from __future__ import annotations

import re as stdlib_re
from collections.abc import Sequence

import regex

# Joins the words escaped together: a private use character, in no lexicon word, that
# `regex.escape` writes as it is (no blank nor special character).
_WORD_GAP = "\ue000"


def escaped(words: Sequence[str]) -> list[str]:
    """`regex.escape` of each word, the same text made by one `str.replace` a character
    that is no letter or digit over the words joined (`regex.escape` loops over every
    character in Python: ~2 ms of a one-file run's start-up for the lexicons' words)."""
    text = _WORD_GAP.join(words)
    if text.count(_WORD_GAP) != max(len(words) - 1, 0):  # a word holds the gap
        return [regex.escape(w) for w in words]
    # the backslash first: the other characters' escapes add backslashes, not escaped again
    for ch in sorted(set(text) - {_WORD_GAP}, key="\\".__ne__):
        if not ch.isalnum():
            text = text.replace(ch, regex.escape(ch))
    return text.split(_WORD_GAP) if words else []


def re_escaped(word: str, space: str = r"\ ") -> list[str]:
    """A word's characters, each escaped for the standard library's `re`, a space as `space`
    (`re.escape` writes it `\\ `)."""
    return [space if ch == " " else stdlib_re.escape(ch) for ch in word]
