"""The headline and the document type (пресс-релиз, маалымат, ...).

The headline is the first line that is not a header: not a document type, not a
dateline ("Кыргызстан, Бишкек"), not a bare date/time line. An upper-case
headline continues over the following upper-case lines.
"""

from __future__ import annotations

import regex

from ..context import Context
from ..lexicon import load

_LEX = load("structure")
_TYPES: dict[str, str] = _LEX["document_types"]
_DATELINE = regex.compile(
    r"^(?:"
    + "|".join(map(regex.escape, _LEX["dateline_countries"]))
    + r")\s*,\s*\p{Lu}[\p{L}-]{1,40}\.?$"
)
# A line with no letters (12.03.2020 09:50) or a short date line (2017-жылдын 25-октябры).
_DATE_LINE = regex.compile(r"^[\d\s.:/-]{4,40}$|^\d{4}-\S{1,8}\s+\d{1,2}-\p{L}{3,12}\.?$")
MAX_TITLE = 300


def _is_upper(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def extract(ctx: Context) -> None:
    lines = [line for line in ctx.segments.lines if line.stripped]
    for i, line in enumerate(lines[:12]):
        stripped = line.stripped
        key = stripped.casefold().strip(" :")
        if key in _TYPES:
            ctx.doc_type = ctx.doc_type or _TYPES[key]
            continue
        if _DATELINE.match(stripped) or _DATE_LINE.match(stripped):
            continue
        start, end = line.start + line.text.index(stripped[0]), line.end
        end = start + len(stripped)
        if _is_upper(stripped):
            for nxt in lines[i + 1 : i + 4]:
                if not _is_upper(nxt.stripped):
                    break
                end = nxt.start + len(nxt.text.rstrip())
        quote, _ = ctx.quote(start, end)
        ctx.title = " ".join(quote.split())[:MAX_TITLE]
        return
