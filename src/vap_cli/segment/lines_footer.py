"""A site's footer line (a copyright mark, "все права защищены": lexicon `footer_marks`)
and where the site's address begins on it (moved out of lines_chrome.py, output
identical)."""

from __future__ import annotations

import regex

from .. import rx
from ..lexicon import load
from .lines_headings import SPACE_RUN

_LEX = load("lines")

_FOOTER_MARKS = rx.compile(rx.alternation(_LEX["footer_marks"], space=SPACE_RUN), regex.IGNORECASE)
# A street's type word or an address label on a footer's line (any ending), and the stops
# its address begins after: a full stop after a word (not an abbreviation's, "г.") or a
# year, a bar, a semicolon, a colon; or a postal code it begins with.
_ADDRESS_WORD = rx.compile(
    rf"(?<!\p{{L}})(?:{rx.alternation(_LEX['footer_address_words'], space=SPACE_RUN)})",
    regex.IGNORECASE,
)
_STOP_LETTERS: int = _LEX["footer_address_stop_letters"]
_POSTAL_DIGITS: int = _LEX["footer_postal_code_digits"]
_ADDRESS_STOP = rx.compile(
    rf"(?:(?<=\p{{L}}{{{_STOP_LETTERS}}}|\d)\.|[|;:])[ \t]*"
    rf"|(?<![\d\p{{L}}])(?=\d{{{_POSTAL_DIGITS}}}(?!\d))"
)


def footer_line(stripped: str) -> bool:
    """A site's footer: a copyright mark, "все права защищены" (lexicon `footer_marks`)."""
    return _FOOTER_MARKS.search(stripped, None, None, rx.NOT_CONCURRENT) is not None


def footer_address(line: str) -> int | None:
    """Where the site's address begins on a footer's line ("© 2025 Министерство. г.
    Бишкек, ул. Токтогула, 9"): after the last stop before its street's type word or
    address label, or at its postal code; None with no address, or no stop before it
    (the line is chrome whole)."""
    if not footer_line(line):
        return None
    word = _ADDRESS_WORD.search(line)
    if word is None:
        return None
    begins = [stop.end() for stop in _ADDRESS_STOP.finditer(line, 0, word.start())]
    return begins[-1] if begins else None
