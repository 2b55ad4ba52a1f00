"""What the word searches rest on, checked over every code point: wherever `regex`
(IGNORECASE) matches one of a set of letters, Python's case folding of the text has
that letter (or changes the text's length, where the searches do not look)."""

from __future__ import annotations

import regex


def letters_folded_otherwise(letters: list[str]) -> list[tuple[str, str]]:
    """(code point, letter) for each character `regex` takes for one of `letters`
    while str.casefold() makes it another single character."""
    one_of = regex.compile("|".join(f"({regex.escape(ch)})" for ch in letters), regex.IGNORECASE)
    wrong = []
    for code in range(0x110000):
        ch = chr(code)
        m = one_of.fullmatch(ch)
        if m and len(ch.casefold()) == 1 and ch.casefold() != letters[m.lastindex - 1]:
            wrong.append((hex(code), letters[m.lastindex - 1]))
    return wrong
