"""Other articles' dated links on one line under the site's archive label ("Архив:
<headline> — 03.04.2025; <headline> — 28.03.2025"): page chrome whatever the line's
length (a short one is chrome by its chrome word "архив:" already). Each item, parted by
semicolons or bars, is a headline and its date in digits set off by a dash or in
brackets; a line whose items are no such links (a sentence of the text after the label)
stays content. The labels: lexicon lines.yaml `archive_link_labels` and every related
heading (lines_headings.RELATED_HEADINGS: "Архивы:", "Ранее:", "Читайте также:")."""

from __future__ import annotations

import regex

from .. import rx
from ..lexicon import load
from .lines_headings import RELATED_HEADINGS, SPACE_RUN

_LABELS = tuple(
    label.casefold() for label in (*load("lines")["archive_link_labels"], *RELATED_HEADINGS)
)
# The spaces a page may leave around the label's colon (none or a few).
_SPACES_MAY = "[ \t]{0,3}"
_LABEL = rx.compile(
    rf"(?:{rx.alternation(_LABELS)}){_SPACES_MAY}:{_SPACES_MAY}(?P<links>\S.*)$", regex.I
)
_ITEM_SEPARATOR = rx.compile(r"[;|]")
# A link is a headline and its date: no longer than a headline and a bracketed date (a
# longer item is no link, and is not matched: the patterns stay linear on a long line).
_LINK_MAX_LENGTH: int = load("lines")["headline_max_length"] + len(" (00.00.0000)")
# A four-digit year may close with the year's word ("— 20.10.2022ж.", "(12.09.2022 г.)",
# "2024-ж."; lexicon `day_separator_year_words`), after a space or, as Kyrgyz writes a
# year's word on the number, a hyphen: a pattern (optional) shared with a channel's day
# separator (lines_related.py).
YEAR_WORD = rf"(?:[ -]?(?:{rx.alternation(load('lines')['day_separator_year_words'])})\.?)?"
_DATE = rf"\d{{1,2}}[./]\d{{1,2}}[./](?:\d{{4}}{YEAR_WORD}|\d{{2}})"
_DASH = r"[-–—]"
# A headline, then its date after a dash or in brackets; or the date, a dash, the headline.
_LINK = rx.compile(
    rf"(?:\S.*?[ \t]{_DASH}{SPACE_RUN}{_DATE}|\S.*?\({_DATE}\)|{_DATE}{SPACE_RUN}{_DASH}[ \t]\S.*)"
)


def archive_link_line(stripped: str) -> bool:
    """The line opens with an archive label or a related heading and its colon, and every
    item after it is a dated link."""
    if not stripped.casefold().startswith(_LABELS):
        return False
    found = _LABEL.match(stripped)
    if found is None:
        return False
    items = [item.strip() for item in _ITEM_SEPARATOR.split(found.group("links"))]
    filled = [item for item in items if item]
    return bool(filled) and all(
        len(item) <= _LINK_MAX_LENGTH and _LINK.fullmatch(item) is not None for item in filled
    )
