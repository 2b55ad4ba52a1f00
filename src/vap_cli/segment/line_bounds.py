"""Questions about a position's line that read no whole line: on a text of one long
line (a release with its line breaks lost, megabytes long) a scan back to the line's
start per name is quadratic. A name's blanks are read up to its line's break, and a
line's start or last colon is found by bisection among positions found once."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

# the signs a list opens with on its line: a colon, or a dash between spaces
# (normalised text writes every dash "-")
_SPACED_DASH = " - "
_SPACED_DASH_LENGTH = len(_SPACED_DASH)


def blank_before(text: str, at: int) -> bool:
    """Only blanks between the start of `at`'s line and `at` (str.strip's blanks): read
    back over those blanks, not back to the line's start."""
    k = at
    while k > 0 and text[k - 1] != "\n" and text[k - 1].isspace():
        k -= 1
    return k == 0 or text[k - 1] == "\n"


def blank_after(text: str, at: int) -> bool:
    """Only blanks between `at` and the end of its line."""
    k, end = at, len(text)
    while k < end and text[k] != "\n" and text[k].isspace():
        k += 1
    return k == end or text[k] == "\n"


def offsets_of(text: str, sign: str) -> list[int]:
    """Where `sign` is written in `text`, in order, overlapping ones too (" - - "): found
    by `str.find` (a search by `regex` of a lookahead tries every character)."""
    places: list[int] = []
    at = text.find(sign)
    while at >= 0:
        places.append(at)
        at = text.find(sign, at + 1)
    return places


class ListSigns:
    """The line breaks, colons and spaced dashes of a text, found once."""

    def __init__(self, text: str) -> None:
        self.newlines = offsets_of(text, "\n")
        self.colons = offsets_of(text, ":")
        self.dashes = offsets_of(text, _SPACED_DASH)

    def line_start(self, at: int) -> int:
        """text.rfind("\\n", 0, at) + 1."""
        k = bisect_left(self.newlines, at)
        return self.newlines[k - 1] + 1 if k else 0

    def list_opener(self, line_start: int, start: int) -> int:
        """Where the mark that opens a list before `start` on its line stands: the last
        colon, or the last dash between spaces; -1 with neither."""
        k = bisect_left(self.colons, start)
        colon = self.colons[k - 1] if k and self.colons[k - 1] >= line_start else -1
        k = bisect_right(self.dashes, start - _SPACED_DASH_LENGTH)
        dash = self.dashes[k - 1] if k and self.dashes[k - 1] >= line_start else -1
        return max(colon, dash + 1 if dash >= 0 else -1)
