"""A bare name in capitals alone on its line: a site's logo, no place named
(places.logo_line, rules.py)."""

from __future__ import annotations

from ...segment.line_bounds import blank_after, blank_before
from .mention import Mention


def logo_line(m: Mention, text: str) -> bool:
    """A bare name in capitals that is its line's whole text ("КАРА-СУУ" over a site's
    address): a site's logo. A dateline has a mark or a date after its city
    ("БИШКЕК.", "Нарын, Кыргызстан"), a headline more words."""
    if m.type_word is not None:
        return False
    written = text[m.start : m.end]
    if not (blank_before(text, m.start) and blank_after(text, m.end)):
        return False  # more on its line than the name
    return written == written.strip() and written.isupper() and len(written) > 1
