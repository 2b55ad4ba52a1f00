"""Stage 2: normalise text for matching while keeping a map back to the original.

Every step is a one-to-one replacement, a deletion, or an NFC composition of a
base letter with its combining marks; `NormalisedText.offsets[i]` is the index
in the original text of normalised character i, so any span found in the
normalised text maps back exactly (`to_original`).
"""

from __future__ import annotations

import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from .lexicon import load

_LETTERS = load("letters")
_REPLACE: dict[str, str] = _LETTERS["replace"]
_DROP: frozenset[str] = frozenset(_LETTERS["drop"])
_LATIN: dict[str, str] = _LETTERS["latin_to_cyrillic"]

# A word: letters (any script) with inner apostrophes; used to find mixed-script words.
_WORD = regex.compile(r"\p{L}+")
_HAS_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_LATIN_LETTER = regex.compile(r"\p{Latin}")
# A base character followed by combining marks: the only place NFC changes length.
_CLUSTER = regex.compile(r"\P{M}\p{M}+")
_MARKS = regex.compile(r"\p{M}+")
_DROPPED = regex.compile("[" + "".join(regex.escape(ch) for ch in sorted(_DROP)) + "]")
# What cannot be copied one to one: a dropped character, or combining marks to
# compose with the character before them.
_SPECIAL = regex.compile(_DROPPED.pattern + r"|\p{M}+")
_REPLACEABLE = regex.compile("[" + "".join(regex.escape(ch) for ch in sorted(_REPLACE)) + "]")
_LATIN_RUN = regex.compile(r"\p{Latin}+")


def _one_to_one(text: str) -> str:
    # A scan for the few replaceable characters beats str.translate on Cyrillic text.
    return _REPLACEABLE.sub(lambda m: _REPLACE[m.group()], text)


@dataclass(frozen=True)
class NormalisedText:
    original: str
    text: str
    # original start of each character, plus len(original); a range when nothing moved
    offsets: Sequence[int]
    ends: Sequence[int]  # original end of each character

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text onto the original text."""
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.ends[end - 1]


def fix_mixed_script(word: str) -> str:
    """A word mixing Cyrillic with Latin look-alikes, all in Cyrillic (also used by `vap clean`)."""
    latin = _LATIN_LETTER.findall(word)
    if not latin or not _HAS_CYRILLIC.search(word) or any(ch not in _LATIN for ch in latin):
        return word
    return "".join(_LATIN.get(ch, ch) for ch in word)


def normalise(original: str) -> NormalisedText:
    """NFC, look-alike letters, spaces, quotes and dashes; see lexicon/letters.yaml."""
    n = len(original)
    if _MARKS.search(original) is None and _DROPPED.search(original) is None:
        # Fast path (most texts): every character maps one to one onto itself.
        text = _fix_mixed_words(_one_to_one(original))
        return NormalisedText(original, text, range(n + 1), range(1, n + 1))
    pieces: list[str] = []
    offsets = array("q")
    ends = array("q")
    pos = 0  # original[:pos] is done
    for special in _SPECIAL.finditer(original):
        start, end = special.span()
        if not _MARKS.match(original, start):
            if end < n and _MARKS.match(original, end):
                continue  # the base of the marks that follow: composed with them, not dropped
            _copy_simple(original, pos, start, pieces, offsets, ends)
            pos = end
            continue
        if start == 0:
            continue  # marks with no base stay as they are
        _copy_simple(original, pos, start - 1, pieces, offsets, ends)
        composed = _one_to_one(unicodedata.normalize("NFC", original[start - 1 : end]))
        pieces.append(composed)
        offsets.extend([start - 1] * len(composed))
        ends.extend([end] * len(composed))
        pos = end
    _copy_simple(original, pos, n, pieces, offsets, ends)
    offsets.append(n)
    # Mixed-script words: same length in and out, so offsets are untouched.
    text = _fix_mixed_words("".join(pieces))
    return NormalisedText(original, text, offsets, ends)


def _copy_simple(
    src: str, start: int, end: int, pieces: list[str], offsets: array, ends: array
) -> None:
    if start < end:
        pieces.append(_one_to_one(src[start:end]))
        offsets.extend(range(start, end))
        ends.extend(range(start + 1, end + 1))


def _fix_mixed_words(text: str) -> str:
    """Every word with a Latin letter through fix_mixed_script; linear: each word once."""
    out: list[str] = []
    copied = 0  # text[:copied] is in out
    done = 0  # no word starts before this
    n = len(text)
    for run in _LATIN_RUN.finditer(text):
        if run.start() < done:
            continue
        start, end = run.start(), run.end()
        while start > done and text[start - 1].isalpha():
            start -= 1
        while end < n and text[end].isalpha():
            end += 1
        done = end
        word = text[start:end]
        fixed = fix_mixed_script(word)
        if fixed != word:
            out.append(text[copied:start])
            out.append(fixed)
            copied = end
    if not out:
        return text
    out.append(text[copied:])
    return "".join(out)
