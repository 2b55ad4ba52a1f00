"""Quoted names on a line: normalising makes every quotation mark '"', so a name's
opening quote is told from its closing one by how many stand before it on its line."""

from __future__ import annotations

QUOTE = '"'  # normalising makes every quotation mark this one


def open_quote_before(text: str, end: int) -> int | None:
    """Where the quote stands that opens a name still open at `end` on its line: the last
    quote before `end`, an even number of quotes before it on the line; None when no
    quote is open there (none on the line, or the last one closes a name)."""
    line_start = text.rfind("\n", 0, end) + 1
    opening = text.rfind(QUOTE, line_start, end)
    if opening < 0 or text.count(QUOTE, line_start, opening) % 2:
        return None
    return opening
