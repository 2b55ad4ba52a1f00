"""Stage 1: bytes on disk -> text, whatever the format and the encoding.

Readers are chosen by file suffix (READERS); each returns a RawDocument.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError

if TYPE_CHECKING:
    from .models import Document

MAX_BYTES = 50 * 1024 * 1024  # a press release is kilobytes; this is a runaway file


@dataclass
class RawDocument:
    text: str
    encoding: str | None = None
    # What the container told us beyond the text (an HTML page's <title>, a date).
    meta: dict[str, str] = field(default_factory=dict)
    # What the reader doubted, for the document's warnings.
    warnings: list[str] = field(default_factory=list)


def _read_text(data: bytes, path: str) -> RawDocument:
    from .readers.text import REPLACED_UTF8, decode

    text, encoding = decode(data, path)
    warnings = []
    if encoding == REPLACED_UTF8:
        broken = text.count("\ufffd")
        warnings.append(f"read as UTF-8 with {broken} invalid byte(s) replaced by U+FFFD")
    return RawDocument(text=text, encoding=encoding, warnings=warnings)


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
    when no headline was found, its publication date when no issued date was."""
    updates: dict[str, str] = {}
    if document.title is None and meta.get("title"):
        updates["title"] = meta["title"]
    if document.issued is None and meta.get("date"):
        updates["issued"] = meta["date"]
    return document.model_copy(update=updates) if updates else document


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


def read_bytes(path: str | Path) -> bytes:
    path = str(path)
    if path == "-":
        return sys.stdin.buffer.read(MAX_BYTES + 1)
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise InputError(f"file too large ({size} bytes; the limit is {MAX_BYTES})")
        with open(path, "rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None


def _suffix(path: str) -> str:
    return "" if path == "-" else Path(path).suffix.lower()


def _reader(suffix: str) -> Callable[[bytes, str], RawDocument]:
    reader = READERS.get(suffix)
    if reader is None:
        raise InputError(f"unsupported format {suffix or '(no suffix)'!r}")
    return reader


def read_data(data: bytes, path: str, input_format: str | None = None) -> RawDocument:
    """Bytes already fetched (from a file, standard input or a URL) -> text, the
    reader chosen by the suffix of `path`; standard input (`-`) is read as
    `input_format` (txt, html, docx, pdf) or as its content says (sniff_suffix).
    Raises InputError with a one-line reason."""
    if path == "-":
        reader = _reader(INPUT_FORMATS[input_format] if input_format else sniff_suffix(data))
    else:
        reader = _reader(_suffix(path))
    if len(data) > MAX_BYTES:
        raise InputError(f"input too large (over {MAX_BYTES} bytes)")
    if not data.strip():
        raise InputError("empty file")
    doc = reader(data, path)
    if not doc.text.strip():
        raise InputError("no text in the file")
    return doc


def read_path(path: str | Path, input_format: str | None = None) -> RawDocument:
    """Read one document (`input_format`: how to read standard input, see read_data).
    Raises InputError with a one-line reason."""
    path = str(path)
    if path != "-" and not os.path.lexists(path):
        raise InputError("no such file or folder")
    if path != "-":
        _reader(_suffix(path))  # an unsupported format fails before its bytes are read
    return read_data(read_bytes(path), path, input_format)
