"""The dots that end no sentence: a dot closing an abbreviation ("г.", "с.", "обл.") or
an initial ("А."). The abbreviations are data (lexicon/sentences.yaml).

Below both stages that ask: the normalise stage's normalise/wraps.py (does a line's last
word close it?) and the segment stage's segment/sentences.py (where sentences end).
"""

from __future__ import annotations

from .lexicon import load

_LEX = load("sentences")
ABBREVIATIONS: frozenset[str] = frozenset(w.casefold() for w in _LEX["abbreviations"])
_LENGTHS: tuple[int, ...] = tuple(sorted({len(w) for w in ABBREVIATIONS}))
_INITIALS: bool = bool(_LEX["initials"])
_YEAR_ABBREVIATIONS: frozenset[str] = frozenset(w.casefold() for w in _LEX["year_abbreviations"])
# An initial is a capital and its dot; a name may run two together ("Н.А.").
_INITIAL_WIDTH = 2
_MAX_INITIALS = 2
_INITIAL_LENGTHS = frozenset(
    range(_INITIAL_WIDTH, _INITIAL_WIDTH * _MAX_INITIALS + 1, _INITIAL_WIDTH)
)


def abbreviation_dot(text: str, pos: int) -> bool:
    """Whether the dot at text[pos] closes an abbreviation or an initial, so the
    sentence goes on after it. Looks back a few characters only (linear overall)."""
    if text[pos : pos + 1] != ".":
        return False
    for length in _LENGTHS:
        start = pos - length
        if start < 0:
            break
        if start and (text[start - 1].isalpha() or text[start - 1] == "."):
            continue  # the end of a longer word: "ирригац." is no "г.", "т.д." no "д."
        word = text[start:pos].casefold()
        if word in ABBREVIATIONS:
            return not (word in _YEAR_ABBREVIATIONS and _after_number(text, start))
    if pos >= 1:
        return is_initial(text[pos - 1 : pos + 1]) and (pos < 2 or not text[pos - 2].isalpha())
    return False


def is_initial(word: str) -> bool:
    """Whether the word is a name's initial ("Н.") or two run together ("Н.А."): a
    capital and its dot each, read only when the lexicon's `initials` switch is on."""
    if not _INITIALS or len(word) not in _INITIAL_LENGTHS:
        return False
    return all(
        word[i].isupper() and word[i + 1] == "." for i in range(0, len(word), _INITIAL_WIDTH)
    )


def _after_number(text: str, start: int) -> bool:
    """Whether digits stand right before `start` (a space between allowed): "2020 г."."""
    before = text[max(0, start - 2) : start].rstrip(" \u00a0")
    return before[-1:].isdigit()
