"""PDF files, read from their text layer with pypdf.

Why pypdf: pure Python (no poppler or C build), maintained, reads encrypted-
with-empty-password files and ToUnicode maps, and its layout mode keeps the
vertical gaps between paragraphs and the horizontal gaps between table columns,
which plain extraction loses.

Pages are read in order. Layout mode draws the page on a character grid, so
lines are stripped, runs of blank lines collapse to one (a paragraph break), and
a wide gap inside a line (a table column) becomes a tab, as in .docx tables.
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
    lines = [_COLUMN_GAP.sub("\t", line.strip(" ")) for line in raw.split("\n")]
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
