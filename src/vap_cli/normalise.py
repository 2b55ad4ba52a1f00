"""Stage 2: normalise text for matching while keeping a map back to the original.

Every step is a one-to-one replacement, a deletion, or an NFC composition of a
base letter with its combining marks; `NormalisedText.offsets[i]` is the index
in the original text of normalised character i, so any span found in the
normalised text maps back exactly (`to_original`).
"""

from __future__ import annotations

import unicodedata
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


@dataclass(frozen=True)
class NormalisedText:
    original: str
    text: str
    offsets: tuple[int, ...]  # original start of each character, plus len(original)
    ends: tuple[int, ...]  # original end of each character

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
    out: list[str] = []
    offsets: list[int] = []
    ends: list[int] = []
    pos = 0
    n = len(original)
    for cluster in _CLUSTER.finditer(original):
        _copy_simple(original, pos, cluster.start(), out, offsets, ends)
        composed = unicodedata.normalize("NFC", cluster.group())
        for ch in composed:
            out.append(_REPLACE.get(ch, ch))
            offsets.append(cluster.start())
            ends.append(cluster.end())
        pos = cluster.end()
    _copy_simple(original, pos, n, out, offsets, ends)
    text = "".join(out)
    # Mixed-script words: same length in and out, so offsets are untouched.
    text = _WORD.sub(lambda m: fix_mixed_script(m.group()), text)
    offsets.append(n)
    return NormalisedText(original=original, text=text, offsets=tuple(offsets), ends=tuple(ends))


def _copy_simple(
    src: str, start: int, end: int, out: list[str], offsets: list[int], ends: list[int]
) -> None:
    for i in range(start, end):
        ch = src[i]
        if ch in _DROP:
            continue
        out.append(_REPLACE.get(ch, ch))
        offsets.append(i)
        ends.append(i + 1)
