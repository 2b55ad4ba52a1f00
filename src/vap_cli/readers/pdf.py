"""PDF files, read from their text layer with pypdf.

Why pypdf: pure Python (no poppler or C build), maintained, reads encrypted-
with-empty-password files and ToUnicode maps, and its layout mode keeps the
vertical gaps between paragraphs and the horizontal gaps between table columns,
which plain extraction loses.

Pages are read in order. Layout mode draws the page on a character grid, so
lines are stripped, runs of blank lines collapse to one (a paragraph break), and
a wide gap inside a line (a table column) becomes a tab, as in .docx tables.
A page set in two columns of prose is read column by column (`columns`): where
three lines or more have text on both sides of one gutter (a run of blanks at the
same place of the grid, the right column's text starting at the same character)
and both sides read as prose (lines of some length, not a table's short cells),
the left column's lines are read first, then the right one's, each column's
paragraphs joined; a line across the gutter (a headline over both) ends such a
stretch.
A scanned PDF has no text layer: that is an InputError, not an empty document.
"""

from __future__ import annotations

import contextlib
import io
import logging
import warnings
from collections.abc import Iterator

from .. import rx
from ..errors import InputError
from .base import RawDocument

MAX_PAGES = 2000
# Columns of a table are drawn at least this many spaces apart in layout mode.
_COLUMN_GAP = rx.compile(r" {4,}")
_BLANK_RUN = rx.compile(r"\n{3,}")


def read(data: bytes, path: str = "") -> RawDocument:
    try:
        import pypdf  # noqa: F401 - imported here to say so when it is missing
    except ImportError:  # pragma: no cover - pypdf is a default dependency
        raise InputError("pypdf is not installed: pip install pypdf") from None
    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF" not in data[:1024]:
        raise InputError("not a PDF file (no %PDF header)")
    with _quiet_pypdf():
        pages, title = _read_pages(data)
    text = _BLANK_RUN.sub("\n\n", "\n\n".join(p for p in pages if p)).strip("\n")
    if not text.strip():
        raise InputError("no text layer in the PDF (a scan? run OCR first)")
    meta = {"title": title} if title else {}
    return RawDocument(text=text, encoding=None, meta=meta)


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs recoverable damage (as warnings and errors); the file either reads or fails
    with an InputError. Its log level is raised only while we read, then restored."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _read_pages(data: bytes) -> tuple[list[str], str]:
    """The text of each page and the title; InputError for a damaged file."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("encrypted PDF (a password is needed)")
        if len(reader.pages) > MAX_PAGES:
            raise InputError(f"PDF too long ({len(reader.pages)} pages; the limit is {MAX_PAGES})")
        pages = [_page_text(page) for page in reader.pages]
        title = (reader.metadata.title or "").strip() if reader.metadata else ""
    except InputError:
        raise
    except (
        PdfReadError,
        ValueError,
        KeyError,
        TypeError,
        IndexError,
        AttributeError,
        OSError,
    ) as exc:
        raise InputError(f"corrupt PDF ({type(exc).__name__}: {str(exc)[:80]})") from None
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types on damaged files
        raise InputError(f"corrupt PDF ({type(exc).__name__})") from None
    return pages, title


def _page_text(page: object) -> str:
    raw = page.extract_text(extraction_mode="layout")  # type: ignore[attr-defined]
    lines = [_COLUMN_GAP.sub("\t", line.strip(" ")) for line in columns(raw.split("\n"))]
    return _BLANK_RUN.sub("\n\n", "\n".join(unwrap(lines))).strip("\n")


# A line at least this share of the page's longest line was wrapped by the
# layout, not ended by the writer...
_WRAPPED_SHARE = 0.6
_MIN_WRAP_WIDTH = 50
# ...unless it ends like a sentence, a heading or a list item.
_LINE_END = ".!?:;…"


def unwrap(lines: list[str]) -> list[str]:
    """Join the lines of a paragraph that the PDF's layout broke: a name or a
    date split over two lines is one again. Table rows (tabs) stay as they are."""
    widths = [len(line) for line in lines if line and "\t" not in line]
    if not widths or max(widths) < _MIN_WRAP_WIDTH:
        return lines
    wrapped_from = _WRAPPED_SHARE * max(widths)
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        if (
            line
            and prev
            and "\t" not in line
            and "\t" not in prev
            and len(prev) >= wrapped_from
            and prev[-1] not in _LINE_END
        ):
            out[-1] = prev + ("" if prev.endswith("-") else " ") + line
        else:
            out.append(line)
    return out


# Two columns of prose: the right column's text starts at one character of the grid
# in this share of the page's width...
_GUTTER_FROM, _GUTTER_TO = 0.25, 0.75
# ... after a gutter of at least this many blanks, on at least this many lines...
_GUTTER_BLANKS = 3
_COLUMN_LINES = 3
# ... and the two sides' lines are prose: their median length at least this.
_COLUMN_PROSE = 20
_SPACE_RUN = rx.compile(r" {2,}")


def columns(lines: list[str]) -> list[str]:
    """A page's layout lines with its stretches of two prose columns read column by
    column (the module's docstring says the rule); other lines as they are."""
    gutter = _gutter(lines)
    if gutter is None:
        return lines
    out: list[str] = []
    k = 0
    while k < len(lines):
        end = _stretch_end(lines, k, gutter)
        if end is None:
            out.append(lines[k])
            k += 1
            continue
        left = [line[:gutter].strip() for line in lines[k:end]]
        right = [line[gutter:].strip() for line in lines[k:end]]
        out.extend(["", *_paragraphs(left), "", *_paragraphs(right), ""])
        k = end
    return out


def _gutter(lines: list[str]) -> int | None:
    """The grid's column where a right column's text starts on the most lines (after a
    gutter of blanks, in the page's middle), when on enough lines."""
    width = max(map(len, lines), default=0)
    counts: dict[int, int] = {}
    low, high = int(_GUTTER_FROM * width), int(_GUTTER_TO * width)
    for line in lines:
        for match in _SPACE_RUN.finditer(line, low - _GUTTER_BLANKS, high):
            if match.end() - match.start() >= _GUTTER_BLANKS and match.end() < len(line):
                counts[match.end()] = counts.get(match.end(), 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda c: (counts[c], -c))
    return best if counts[best] >= _COLUMN_LINES else None


def _split(line: str, gutter: int) -> bool:
    """Text on both sides of the gutter, blanks before it."""
    return (
        len(line) > gutter
        and line[gutter] != " "
        and not line[gutter - 2 : gutter].strip()
        and bool(line[: gutter - 2].strip())
    )


def _across(line: str, gutter: int) -> bool:
    """Text runs through the gutter: a line over both columns."""
    return len(line) > gutter and bool(line[gutter - 2 : gutter].strip())


def _stretch_end(lines: list[str], k: int, gutter: int) -> int | None:
    """Where a stretch of two prose columns starting at line k ends (lines up to a line
    across the gutter; blank and one-sided lines inside it), or None when none starts
    there (too few split lines, or the sides read as a table's cells)."""
    if not _split(lines[k], gutter):
        return None
    end = k
    last = k
    while end < len(lines) and not _across(lines[end], gutter):
        if _split(lines[end], gutter):
            last = end
        end += 1
    split = [line for line in lines[k : last + 1] if _split(line, gutter)]
    if len(split) < _COLUMN_LINES:
        return None
    lefts = sorted(len(line[:gutter].strip()) for line in split)
    rights = sorted(len(line[gutter:].strip()) for line in split)
    middle = len(split) // 2
    if min(lefts[middle], rights[middle]) < _COLUMN_PROSE:
        return None
    return last + 1


def _paragraphs(lines: list[str]) -> list[str]:
    """A column's lines as paragraphs: a line joins the one before it unless that one
    is blank or ends a sentence well short of the column's width (a paragraph's end);
    the grid's runs of blanks inside a justified line are one space."""
    lines = [_SPACE_RUN.sub(" ", line) for line in lines]
    width = max(map(len, lines), default=0)
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        if line and prev and not (prev[-1] in _LINE_END and len(prev) < _WRAPPED_SHARE * width):
            out[-1] = prev + ("" if prev.endswith("-") else " ") + line
        elif line:
            out.append(line)
        elif prev:
            out.append("")
    return out
