"""Stage 1: bytes on disk -> text, whatever the format and the encoding.

Readers are chosen by file suffix (READERS); each returns a RawDocument.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .readers.base import RawDocument

if TYPE_CHECKING:
    from .models import Document

# A press release is kilobytes; this is a runaway file (the default of --max-size).
MAX_BYTES = 20 * 1024 * 1024

# The one-line reason a path that does not exist fails with (its own or a --db run's).
NO_SUCH_PATH = "no such file or folder"


def _read_text(data: bytes, path: str) -> RawDocument:
    from .readers.text import decode_text

    decoded = decode_text(data, path)
    return RawDocument(text=decoded.text, encoding=decoded.encoding, warnings=decoded.warnings)


def _read_docx(data: bytes, path: str) -> RawDocument:
    from .readers.docx import read

    return read(data, path)


def _read_html(data: bytes, path: str) -> RawDocument:
    from .readers.html import read

    return read(data, path)


def _read_pdf(data: bytes, path: str) -> RawDocument:
    from .readers.pdf import read

    return read(data, path)


# suffix -> reader(bytes, path). Formats with their own readers register here;
# each reader imports its library only when a file of its format is read.
READERS: dict[str, Callable[[bytes, str], RawDocument]] = {
    ".txt": _read_text,
    ".text": _read_text,
    ".md": _read_text,
    ".docx": _read_docx,
    ".html": _read_html,
    ".htm": _read_html,
    ".pdf": _read_pdf,
}


def apply_meta(document: Document, meta: dict[str, str]) -> Document:
    """What the container says fills what the text did not: a web page's <title>
    when no headline was found, its publication date when no issued date was. A
    page's own headline (its <h1>, html.py) is the title when the text's first
    header line was another (a site's name set in an <h2> above it)."""
    updates: dict[str, str] = {}
    headline = meta.get("headline")
    if headline and not _same_headline(document.title, headline):
        updates["title"] = headline
    elif document.title is None and meta.get("title"):
        updates["title"] = meta["title"]
    if document.issued is None and meta.get("date"):
        updates["issued"] = meta["date"]
    return document.model_copy(update=updates) if updates else document


def _same_headline(title: str | None, headline: str) -> bool:
    """The text's title is the headline, or a part of it ("ПРЕСС-РЕЛИЗ: ..." without
    its type), or the headline and the upper-case lines it goes on over."""
    if title is None:
        return False
    title = " ".join(title.split())
    return title in headline or headline in title


# --input-format: the formats standard input can be read as.
INPUT_FORMATS = {"txt": ".txt", "html": ".html", "docx": ".docx", "pdf": ".pdf"}
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<div", b"<p>", b"<p ")


def sniff_suffix(data: bytes) -> str:
    """The reader for bytes without a file name (standard input), from their
    content: a PDF header, a ZIP holding word/ (a .docx), HTML markup, else text."""
    if data.startswith(b"%PDF-"):
        return ".pdf"
    if data.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        return ".docx"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(_HTML_STARTS) or (head.startswith(b"<?xml") and b"<html" in head):
        return ".html"
    return ".txt"


def supported(path: str | Path) -> bool:
    return Path(path).suffix.lower() in READERS


# What a path that is not a regular file is, for the one-line refusal.
_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a directory"),
)


def _kind(mode: int) -> str:
    return next((kind for test, kind in _SPECIAL_KINDS if test(mode)), "not a regular file")


def _unopened(path: str, exc: OSError) -> str:
    """Why `path` could not be opened: a socket (which open refuses with "No such device
    or address") or another special file is named as one, as a FIFO is."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = stat.S_IFREG
    if not stat.S_ISREG(mode):
        return f"not a regular file: {_kind(mode)}"
    return f"cannot read: {exc.strerror or exc}"


def read_bytes(path: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file (or of standard input for `-`), at most
    `max_bytes`. A FIFO or a device is refused, not read: it may never end."""
    path = str(path)
    if path == "-":
        return sys.stdin.buffer.read(max_bytes + 1)
    try:
        # O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(_unopened(path, exc)) from None
    with open(fd, "rb", closefd=True) as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"not a regular file: {_kind(info.st_mode)}")
        if info.st_size > max_bytes:
            raise InputError(
                f"file too large ({info.st_size} bytes; the limit is {max_bytes}, see --max-size)"
            )
        try:
            return fh.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}") from None


def _suffix(path: str) -> str:
    return "" if path == "-" else Path(path).suffix.lower()


def _reader(suffix: str) -> Callable[[bytes, str], RawDocument]:
    reader = READERS.get(suffix)
    if reader is None:
        raise InputError(f"unsupported format {suffix or '(no suffix)'!r}")
    return reader


def read_data(
    data: bytes, path: str, input_format: str | None = None, max_bytes: int = MAX_BYTES
) -> RawDocument:
    """Bytes already fetched (from a file, standard input or a URL) -> text, the
    reader chosen by the suffix of `path`; standard input (`-`) is read as
    `input_format` (txt, html, docx, pdf) or as its content says (sniff_suffix).
    Raises InputError with a one-line reason."""
    if path == "-":
        reader = _reader(INPUT_FORMATS[input_format] if input_format else sniff_suffix(data))
    else:
        reader = _reader(_suffix(path))
    if len(data) > max_bytes:
        raise InputError(f"input too large (over {max_bytes} bytes, see --max-size)")
    if not data.strip():
        raise InputError("empty file")
    doc = reader(data, path)
    # A compressed format (.docx, .pdf) may unpack to more text than --max-size lets a
    # plain file hold (a character takes a byte at least): refused like a larger file.
    if len(doc.text) > max_bytes:
        raise InputError(
            f"text too large ({len(doc.text)} characters unpacked; the limit is {max_bytes}, "
            "see --max-size)"
        )
    if not doc.text.strip():
        raise InputError("no text in the file")
    doc.sha256 = _digest(data)
    return doc


def _digest(data: bytes) -> str:
    """SHA-256 of the bytes read: what the SQLite corpus stores as the file's digest."""
    from .hashes import sha256  # the interpreter's own: hashlib would load OpenSSL first

    return sha256(data).hexdigest()


def read_path(
    path: str | Path, input_format: str | None = None, max_bytes: int = MAX_BYTES
) -> RawDocument:
    """Read one document (`input_format`: how to read standard input, see read_data;
    a file over `max_bytes` fails). Raises InputError with a one-line reason."""
    path = str(path)
    if path != "-" and not os.path.lexists(path):
        raise InputError(NO_SUCH_PATH)
    if path != "-":
        _reader(_suffix(path))  # an unsupported format fails before its bytes are read
    data = read_bytes(path, max_bytes)
    try:
        return read_data(data, path, input_format, max_bytes)
    except InputError as exc:  # bytes read that fail (empty, binary): with their digest
        raise InputError(exc.reason, exc.path, _digest(data)) from None
