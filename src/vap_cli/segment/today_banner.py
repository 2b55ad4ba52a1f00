"""A site's banner of the day the page was saved: "today", a comma, a date and a clock
and no other word on its line ("Сегодня, 6 декабря 2026, 14:10"). A class of line
(LineClasses.today), read by the dates (no date there: dates.today_banner) and by the
periods (no year there), found once for the document."""

from __future__ import annotations

import regex

from .. import rx
from ..lexicon import load
from .lines_chrome import TODAY_LABELS
from .lines_header import date_line, sentence_line

_LINES = load("lines")
# the most characters after "today" and its comma on a banner's line
BANNER_REST = 60
# A clock anywhere on a line: "06.12.2026 | 06:47" (a banner of today's date and time).
CLOCK_ON_LINE = rx.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")
# "today" and a comma opening a short line (with a colon it is a chrome line already,
# lexicon/lines.yaml today_labels)
_OPENING = (
    rf"[ \t]{{0,10}}(?:{rx.alternation(TODAY_LABELS)})[ \t]{{0,2}},"
    rf"(?P<rest>[^\n]{{1,{BANNER_REST}}})$"
)
TODAY_OPENING = rx.compile(rf"^{_OPENING}", regex.IGNORECASE | regex.MULTILINE)
# The same after the line break before the line (`line`): searched for, a line break is
# found by a fast scan where `^` is tried at every character (a line of the text's
# start is matched by TODAY_OPENING).
_TODAY_AFTER_BREAK = rx.compile(rf"\n(?P<line>{_OPENING})", regex.IGNORECASE | regex.MULTILINE)


def today_openings(text: str) -> list[tuple[int, int, str]]:
    """The [start, end) and the rest after the comma of TODAY_OPENING's matches in
    `text`, in order (`TODAY_OPENING.finditer`)."""
    first = TODAY_OPENING.match(text)
    found = [] if first is None else [(*first.span(), first["rest"])]
    found += [(*m.span("line"), m["rest"]) for m in _TODAY_AFTER_BREAK.finditer(text)]
    return found


def today_banners(text: str) -> list[tuple[int, int]]:
    """The [start, end) of the lines of "today", a comma, a date and a clock and no
    other word (one search of the text: its lines that open with the word are read, no
    other)."""
    found = []
    for start, end, rest in today_openings(text):
        rest = rest.strip()
        if CLOCK_ON_LINE.search(rest) and date_line(rest) and not sentence_line(rest):
            found.append((start, end))
    return found
