"""Stage 2: normalise text for matching while keeping a map back to the original.

Every step is a one-to-one replacement, a deletion, or an NFC composition of a
base letter with its combining marks; `NormalisedText.offsets[i]` is the index
in the original text of normalised character i, so any span found in the
normalised text maps back exactly (`to_original`).
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import overload

import regex

from .. import rx
from ..lexicon import load
from ..plain import Fields
from . import lost_letters, wraps

_LETTERS = load("letters")
_REPLACE: dict[str, str] = _LETTERS["replace"]
# Public: an offset in the original text may sit before one of these (breakdowns.py).
DROPPED: frozenset[str] = frozenset(_LETTERS["drop"])
_LATIN: dict[str, str] = _LETTERS["latin_to_cyrillic"]

# A word: letters (any script) with inner apostrophes; used to find mixed-script words.
_WORD = rx.compile(r"\p{L}+")
_HAS_CYRILLIC = rx.compile(r"\p{Cyrillic}")
_LATIN_LETTER = rx.compile(r"\p{Latin}")
# A base character followed by combining marks: the only place NFC changes length.
CARRIAGE_RETURN = "\r"  # dropped before "\n" (CRLF); a line break of its own elsewhere
# Where a line ends in the original text, as normalising reads it: "\n", and a lone CR.
ORIGINAL_LINE_BREAK = rx.compile(r"\n|\r(?!\n)")
_MARKS = rx.compile(r"\p{M}+")
_DROPPED_RE = rx.compile("[" + "".join(regex.escape(ch) for ch in sorted(DROPPED)) + "]")
# An HTML character reference left in a page's text ("&laquo;", "&nbsp;", "&#171;"):
# the character it stands for (html.unescape), unless it names none.
_ENTITY = rx.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# What cannot be copied one to one: a word split over lines by a hyphen (wraps.py),
# a dropped character, combining marks to compose with the character before them, or
# a character reference.
_SPECIAL = rx.compile(
    "|".join(p.pattern for p in (wraps.SPLIT_WORD, wraps.SPLIT_NAME, _DROPPED_RE, _MARKS, _ENTITY)),
    regex.MULTILINE,
)
# The characters _SPECIAL may match one of (a dropped character or a combining mark),
# and the strings its other alternatives hold: a text with none of them holds nothing
# special (`_may_be_special`: a search with one class beats the alternation). The
# dropped characters are literal, each looked for by `in` (a few fast scans of the text
# in C: an eighth of the standard library's `re` searching a class of them); the marks
# by `regex` alone.
_DROPPED_IN_ORDER = tuple(sorted(DROPPED))
_SPLIT_BREAK, _SPLIT_CRLF, _REFERENCE = "-\n", "-\r\n", "&"


# The blocks a press release is written in (ASCII and Latin, Greek, Cyrillic, Armenian,
# punctuation, currency and letterlike signs, arrows, box drawing and dingbats): none of
# their characters is a combining mark or a digit other than 0-9 (tests/test_normalise.py
# reads each with `regex`), so a text of them alone needs neither search for those; the
# standard library finds a character outside them by its class, in C.
PLAIN_BLOCKS = (
    (0x0000, 0x02FF),
    (0x0370, 0x0482),
    (0x048A, 0x058F),
    (0x2000, 0x206F),
    (0x20A0, 0x20CF),
    (0x2100, 0x23FF),
    (0x2500, 0x27BF),
)
_NOT_PLAIN = rx.stdlib_compile(
    "[^" + "".join(f"\\u{start:04x}-\\u{end:04x}" for start, end in PLAIN_BLOCKS) + "]"
)


def _plain(text: str) -> bool:
    """Whether every character of `text` is of PLAIN_BLOCKS."""
    return _NOT_PLAIN.search(text) is None


def _may_be_special(text: str, plain: bool = False) -> bool:
    """False when `_SPECIAL` cannot match in `text` (a cheap test of what it needs: a
    hyphen before a line break, an ampersand, a dropped character or a mark; `plain`:
    the text is of PLAIN_BLOCKS alone, which hold no mark)."""
    return (
        _SPLIT_BREAK in text
        or _SPLIT_CRLF in text
        or _REFERENCE in text
        or any(ch in text for ch in _DROPPED_IN_ORDER)
        or (not plain and _MARKS.search(text, None, None, rx.NOT_CONCURRENT) is not None)
    )


# A decimal digit of another script: every pattern here means 0-9 by \d, and int()
# must read it. One that Python's Unicode tables cannot value is no digit at all.
_OTHER_DIGIT = r"(?![0-9])\d"
_NO_DIGIT = "\ufffd"
_REPLACEABLE = rx.compile(
    "[" + "".join(regex.escape(ch) for ch in sorted(_REPLACE)) + "]|" + _OTHER_DIGIT
)
_OTHER_DIGIT_RE = rx.compile(_OTHER_DIGIT)
_LATIN_RUN = rx.compile(r"\p{Latin}+")
# Each replaceable character in turn (str.replace): the same as one pass, as no
# replacement holds a replaceable character.
_REPLACE_ITEMS: tuple[tuple[str, str], ...] = tuple(sorted(_REPLACE.items()))
if any(len(ch) != 1 or set(by) & _REPLACE.keys() for ch, by in _REPLACE_ITEMS):
    raise ValueError("letters.yaml replace: one character each, none replaced again")


def _one_to_one(text: str) -> str:
    # A scan for the few replaceable characters beats str.translate on Cyrillic text.
    return _REPLACEABLE.sub(_replacement, text)


def _one_to_one_text(text: str, plain: bool = False) -> str:
    """`_one_to_one` of a whole text: str.replace of each replaceable character it
    holds beats the regex's substitution there (not on a text's short pieces).
    `plain`: the text is of PLAIN_BLOCKS alone, which hold no digit but 0-9."""
    if not plain and _OTHER_DIGIT_RE.search(text, None, None, rx.NOT_CONCURRENT) is not None:
        return _one_to_one(text)  # rare: digits of another script
    for ch, by in _REPLACE_ITEMS:
        if ch in text:
            text = text.replace(ch, by)
    return text


def _replacement(match: regex.Match[str]) -> str:
    ch = match.group()
    if ch in _REPLACE:
        return _REPLACE[ch]
    value = unicodedata.decimal(ch, None)
    return _NO_DIGIT if value is None else str(value)


class NormalisedText(Fields):
    __slots__ = ("original", "text", "offsets", "ends", "restored")
    original: str
    text: str
    # original start of each character, plus len(original); a range when nothing moved
    offsets: Sequence[int]
    ends: Sequence[int]  # original end of each character
    # How many Kyrgyz letters lost to "?" were put back (lost_letters.py).
    restored: int

    def __init__(
        self,
        original: str,
        text: str,
        offsets: Sequence[int],
        ends: Sequence[int],
        restored: int = 0,
    ) -> None:
        self.original = original
        self.text = text
        self.offsets = offsets
        self.ends = ends
        self.restored = restored

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text onto the original text."""
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.ends[end - 1]

    def to_normalised(self, pos: int) -> int:
        """The normalised offset of original offset `pos`: the first character that
        starts there or after it (offsets are sorted, so a bisection: of the stretches'
        own lists when the offsets are StretchOffsets, not by a Python call a step)."""
        offsets = self.offsets
        if isinstance(offsets, StretchOffsets):
            return offsets.first_at_or_after(pos)
        return bisect_left(offsets, pos)


def fix_mixed_script(word: str) -> str:
    """A word mixing Cyrillic with Latin look-alikes, all in Cyrillic (also used by `vap clean`)."""
    latin = _LATIN_LETTER.findall(word, None, None, False, rx.NOT_CONCURRENT)
    if (
        not latin
        or not _HAS_CYRILLIC.search(word, None, None, rx.NOT_CONCURRENT)
        or any(ch not in _LATIN for ch in latin)
    ):
        return word
    return "".join(_LATIN.get(ch, ch) for ch in word)


# Line ends are read first: spaces after a line's last word are the layout's, dropped
# with the CR of a CRLF. Kept, the spaces would stand between the words of a sentence
# that wraps.py joins over the break, and in a text wrapped at a fixed width such gaps
# fall at about the same column line after line, as an aligned table's do ("орун басары
# Эркин   " / "Маматкулов": a name across a table's rows). Tabs stay (a line of tabs is
# a row of empty cells of a .docx table), and so does a line of spaces alone. The rest
# of the text then often needs nothing and takes the fast path.
_LINE_END_MARKS = (" \n", "\r\n")


def normalise(original: str) -> NormalisedText:
    """NFC, look-alike letters, spaces, quotes and dashes; see lexicon/letters.yaml.
    Line ends first (`_line_end_drops`)."""
    if not any(mark in original for mark in _LINE_END_MARKS):
        return _normalise(original)
    kept = _kept_spans(original, _line_end_drops(original))
    if len(kept) == 1:
        return _normalise(original)
    inner = _normalise("".join(original[start:end] for start, end in kept))
    starts = StretchOffsets(kept, len(original), shift=0)
    ends = StretchOffsets(kept, len(original), shift=1)
    if isinstance(inner.offsets, range):
        return NormalisedText(original, inner.text, starts, ends, inner.restored)
    # (rare: the rest needed the slow path too) each offset looked up once
    return NormalisedText(
        original,
        inner.text,
        array("q", map(starts.__getitem__, inner.offsets)),
        array("q", (starts[end - 1] + 1 for end in inner.ends)),
        inner.restored,
    )


def _line_end_drops(text: str) -> list[tuple[int, int]]:
    """The spans dropped at the lines' ends: the spaces after a line's last word and
    the CR before its "\n"."""
    spans = []
    pos = text.find("\n")
    while pos >= 0:
        end = pos - 1 if pos and text[pos - 1] == CARRIAGE_RETURN else pos
        start = end
        while start and text[start - 1] == " ":
            start -= 1
        if not start or text[start - 1].isspace():
            start = end  # a line of spaces alone keeps them
        if start < pos:
            spans.append((start, pos))
        pos = text.find("\n", pos + 1)
    return spans


def _kept_spans(text: str, dropped: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of `text` between the `dropped` ones (sorted, apart)."""
    kept, pos = [], 0
    for start, end in dropped:
        kept.append((pos, start))
        pos = end
    kept.append((pos, len(text)))
    return kept


class StretchOffsets(Sequence[int]):
    """Where each character of a text made of stretches of the original starts (or,
    `shift` 1, ends) in it, plus the original's length: one entry a stretch, not one a
    character (a line end dropped is a stretch's end)."""

    __slots__ = ("_firsts", "_origins", "_length", "_shift")

    def __init__(self, stretches: list[tuple[int, int]], total: int, *, shift: int) -> None:
        self._firsts: list[int] = []  # each stretch's first index in the text
        self._origins: list[int] = []  # ... and in the original
        length = 0
        for start, end in stretches:
            if end > start:
                self._firsts.append(length)
                self._origins.append(start + shift)
                length += end - start
        self._firsts.append(length)  # the entry after the last: the original's length
        self._origins.append(total)
        self._length = length + 1 - shift
        self._shift = shift

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...
    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        k = bisect_right(self._firsts, index) - 1
        return self._origins[k] + index - self._firsts[k]

    def first_at_or_after(self, pos: int) -> int:
        """`bisect_left(self, pos)` of the starts (`shift` 0): the first index whose
        value is pos or more. The starts rise by one within a stretch and jump between
        stretches (and to the original's length, the last), so the stretch whose origin
        is the last at or before pos holds it, or the next stretch's first index does."""
        if self._shift:
            return bisect_left(self, pos)
        k = bisect_right(self._origins, pos) - 1
        if k < 0:
            return 0
        index = self._firsts[k] + pos - self._origins[k]
        after = self._firsts[k + 1] if k + 1 < len(self._firsts) else self._length
        return min(index, after)


def _normalise(original: str) -> NormalisedText:
    n = len(original)
    plain = _plain(original)
    if not _may_be_special(original, plain) or _SPECIAL.search(original) is None:
        # Fast path (most texts): every character maps one to one onto itself.
        text, restored = lost_letters.restore(_fix_mixed_words(_one_to_one_text(original, plain)))
        text = wraps.unwrap(text)
        return NormalisedText(original, text, range(n + 1), range(1, n + 1), restored)
    pieces: list[str] = []
    offsets = array("q")
    ends = array("q")
    pos = 0  # original[:pos] is done
    for special in _SPECIAL.finditer(original):
        start, end = special.span()
        if _MARKS.match(original, start):
            if start == 0:
                continue  # marks with no base stay as they are
            start -= 1  # the base letter, composed with its marks
            piece: str | None = unicodedata.normalize("NFC", original[start:end])
        elif original[start] in DROPPED and end < n and _MARKS.match(original, end):
            continue  # the base of the marks that follow: composed with them, not dropped
        else:
            piece = _replacement_of(special)
        _copy_simple(original, pos, start, pieces, offsets, ends)
        if piece is None:
            _copy_simple(original, start, end, pieces, offsets, ends)
        else:
            _copy_many(piece, start, end, pieces, offsets, ends)
        pos = end
    _copy_simple(original, pos, n, pieces, offsets, ends)
    offsets.append(n)
    # One-to-one replacements once over the whole (no replacement holds a replaceable
    # character, so it is the same as piece by piece); mixed-script words: same length
    # in and out, so offsets are untouched.
    text, restored = lost_letters.restore(_fix_mixed_words(_one_to_one_text("".join(pieces))))
    return NormalisedText(original, wraps.unwrap(text, original), offsets, ends, restored)


def _replacement_of(special: regex.Match[str]) -> str | None:
    """What stands for a special stretch that is no combining mark: nothing (a dropped
    character, a word's split), the character a reference names (None: it names none,
    and is copied), a line break for a lone CR (old Mac line ends)."""
    found = special.group()
    if found.startswith("&"):
        import html  # only for a reference: its tables are ~1.5 ms of a one-file run's start-up

        decoded = html.unescape(found)
        if decoded == found:
            return None
        return "" if decoded in DROPPED else decoded
    if found == CARRIAGE_RETURN and special.string[special.end() : special.end() + 1] != "\n":
        return "\n"
    return ""


def _copy_many(
    piece: str, start: int, end: int, pieces: list[str], offsets: array, ends: array
) -> None:
    """`piece` for original[start:end] (each of its characters maps onto all of it)."""
    pieces.append(piece)
    offsets.extend([start] * len(piece))
    ends.extend([end] * len(piece))


def _copy_simple(
    src: str, start: int, end: int, pieces: list[str], offsets: array, ends: array
) -> None:
    if start < end:
        pieces.append(src[start:end])
        # (fromlist of a list: three times faster than extending by the range itself)
        offsets.fromlist(list(range(start, end)))
        ends.fromlist(list(range(start + 1, end + 1)))


# A Latin initial stands before a Cyrillic name ("A.Асанов", "Ö. Алманбетов"): the
# dot and at most this many spaces between them.
_INITIAL_GAP: int = _LETTERS["latin_initial_gap"]
# A hyphen and the Cyrillic letter beyond it, beside a word in Latin letters.
_CYRILLIC_AFTER_HYPHEN = rx.compile(r"-\p{Cyrillic}")
_CYRILLIC_BEFORE_HYPHEN = rx.compile(r"\p{Cyrillic}-")
# A number's ending glued to it ("554ü") is at most this long.
_MAX_ENDING: int = _LETTERS["latin_number_ending_max"]


def _in_cyrillic_place(text: str, start: int, end: int) -> bool:
    """Whether the Latin look-alikes text[start:end] stand where only Cyrillic letters
    do: a lone capital with a dot before a Cyrillic word (an initial), or the ending
    glued to a number ("554ü"). Bounded look-arounds: linear overall."""
    word = text[start:end]
    if any(ch not in _LATIN for ch in word):
        return False
    if len(word) == 1 and word.isupper() and text[end : end + 1] == ".":
        after = text[end + 1 : end + 2 + _INITIAL_GAP].lstrip(" ")
        if after and _HAS_CYRILLIC.match(after) is not None:
            return True
    if _hyphen_joined_to_cyrillic(text, start, end):
        return True  # "Kapa-Балта", "Capa-Айым": one half of a hyphenated name
    if len(word) > _MAX_ENDING or not start or not text[start - 1].isdigit():
        return False
    number = start - 1
    while number > 0 and text[number - 1].isdigit():
        number -= 1
    return not (number and text[number - 1].isalpha())  # a number, not a code ("CO2e")


def _hyphen_joined_to_cyrillic(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is joined by a hyphen to a Cyrillic letter right before
    or after it: one half of a hyphenated name."""
    after, before = text[end : end + 2], text[max(start - 2, 0) : start]
    return _CYRILLIC_AFTER_HYPHEN.fullmatch(after) is not None or (
        _CYRILLIC_BEFORE_HYPHEN.fullmatch(before) is not None
    )


def _fix_mixed_words(text: str) -> str:
    """Every word with a Latin letter through fix_mixed_script; linear: each word once."""
    out: list[str] = []
    copied = 0  # text[:copied] is in out
    done = 0  # no word starts before this
    n = len(text)
    for run in _LATIN_RUN.finditer(text, None, None, False, rx.NOT_CONCURRENT):
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
        if fixed == word and _in_cyrillic_place(text, start, end):
            fixed = "".join(_LATIN.get(ch, ch) for ch in word)
        if fixed != word:
            out.append(text[copied:start])
            out.append(fixed)
            copied = end
    if not out:
        return text
    out.append(text[copied:])
    return "".join(out)
