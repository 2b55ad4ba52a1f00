"""Where the two costliest written forms cannot match, told without trying them.

A try of WORD_DATE (7,000 characters of pattern) or MONTH_FIRST_DATE (4,000) that fails
costs `regex` ~38,000 and ~14,000 instructions, most of them setting up its state
whatever the text; most places they are tried at are no date. These checks, matched by
the standard library's `re` in the case-folded characters there (a character `regex`
reads, with IGNORECASE, as a letter of the forms folds to it: tests/
test_date_gates.py), let a place through whenever the form may match there, and
reject most of the others: a year with no year word after it ("2018-жылдарга"), a word
that only begins as a month's first word does ("башкаруу" for "баш оона")."""

from __future__ import annotations

import re as stdlib_re

from ... import rx
from ...dategrammar import LEX, MONTH_FORMS, YEAR4_CENTURIES
from ..word_starts import SMALL_LETTERS

# Small letters `regex` reads as \p{L} (the test): a look-ahead for none of them lets
# through all that `(?!\p{L})` does, and more.
FOLDED_LETTERS = SMALL_LETTERS
_BLANKS = f"[{stdlib_re.escape(rx.BLANKS)}]"
# `\s{0,2}-?\s{0,2}` after a year, at its longest
_YEAR_TO_WORD = 5

# WORD_DATE reads a run of four digits it opens at as its year only (a day's one or two
# digits have none after them), and then a year word ("2021-жылдын 5-мартында").
YEAR_WORDS_BEFORE_DAY = sorted(
    {w.casefold() for w in LEX["year_before_day"]}, key=lambda w: (-len(w), w)
)
YEAR_WORD_AFTER = rx.stdlib_compile(
    f"{_BLANKS}{{0,2}}-?{_BLANKS}{{0,2}}"
    + f"(?:{'|'.join(map(stdlib_re.escape, YEAR_WORDS_BEFORE_DAY))})(?![{FOLDED_LETTERS}])"
)
# the characters after the year read: its gap, the longest word, one after it
_YEAR_WORD_REACH = _YEAR_TO_WORD + len(YEAR_WORDS_BEFORE_DAY[0]) + 1

# MONTH_FIRST_DATE opens with a year (its century's digits first) or a month's form
# (each space of it 1-3 blanks, as the forms' `alternation` reads it).
MONTH_FORMS_FOLDED = sorted({form.casefold() for form in MONTH_FORMS})
MONTH_START = rx.stdlib_compile(
    rx.literal_union(MONTH_FORMS_FOLDED, stdlib=True, space=_BLANKS + "{1,3}")
)
_MONTH_REACH = max(len(form) + 2 * form.count(" ") for form in MONTH_FORMS_FOLDED)
_YEAR_FIRST_DIGITS = frozenset(century[0] for century in YEAR4_CENTURIES)


def year_word_after(text: str, end: int) -> bool:
    """Whether WORD_DATE may read a year word after the year ending at `end`; also when
    case folding changes the characters' count there."""
    after = text[end : end + _YEAR_WORD_REACH]
    folded = after.casefold()
    return len(folded) != len(after) or YEAR_WORD_AFTER.match(folded) is not None


def month_first_places(text: str, places: list[int]) -> list[int]:
    """The `places` where MONTH_FIRST_DATE may match: a year's first digit, or a month's
    form there (also when case folding changes the characters' count)."""
    return [k for k in places if text[k : k + 1] in _YEAR_FIRST_DIGITS or _month_at(text, k)]


def _month_at(text: str, k: int) -> bool:
    window = text[k : k + _MONTH_REACH]
    folded = window.casefold()
    return len(folded) != len(window) or MONTH_START.match(folded) is not None
