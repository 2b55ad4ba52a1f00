"""Word .docx files, read with python-docx.

Why python-docx: it is the maintained pure-Python reader of the OOXML
word-processing format (no LibreOffice, no C build), and it exposes the body's
paragraphs and tables as objects whose XML we can walk in document order.

Paragraphs become lines (an empty paragraph is a blank line, as in a .txt).
A table row becomes one tab-separated line, so the schedule-table logic that
reads tab-separated rows in .txt files applies unchanged to Word tables.

The pages' headers and footers belong to the document as an analyst reads it: a
letterhead in the header names the sender's oblast and district, a footer its
address and phones. Their lines are read (each section's first-page and default
header and footer, each line once) above the body and below it, a blank line
between; a line that is only a page's number ("3", "- 3 -", "Бет 3", "стр. 3 из
5") is no text and is left out.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

import regex

from .. import rx
from ..errors import InputError
from ..explain import Decision, Rule
from .archive import unpacked_zip
from .base import RawDocument

UNRESOLVED_ENTITY = Rule(
    "docx.unresolved_entity",
    "an entity reference in a part's XML (`&x;`, declared in a DOCTYPE, maybe an"
    " external file or URL): never resolved nor fetched, left out; the rest of its"
    " run's text is read",
)
MAX_TABLE_DEPTH = 8  # nested tables deeper than this are flattened to their text
# A header's or footer's line that is only a page's number.
_PAGE_NUMBER = rx.compile(
    r"^[-–— ]*(?:(?:стр|страница|бет|барак|page|p)\.?[ ]?)?\d{1,4}"
    r"(?:[ ]?(?:/|из|of|ичинен)[ ]?\d{1,4})?[-–— ]*$",
    regex.IGNORECASE,
)


def read(data: bytes, path: str = "") -> RawDocument:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - python-docx is a default dependency
        raise InputError("python-docx is not installed: pip install python-docx") from None
    stored = unpacked_zip(data, ".docx")  # python-docx never inflates the file's own data
    try:
        document = docx.Document(io.BytesIO(stored))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise InputError("not a valid .docx file (corrupt or not a Word document)") from None
    except Exception as exc:  # noqa: BLE001 - lxml/zip errors on damaged files vary
        raise InputError(f"not a valid .docx file ({type(exc).__name__})") from None
    lines: list[str] = []
    meta: dict[str, str] = {}
    try:
        decisions = _drop_entities(document)
        _body_lines(document.element.body, document, lines, depth=0)
        header, footer = _margins(document)
        lines = [*header, *([""] if header else []), *lines, *([""] if footer else []), *footer]
        props = document.core_properties
        if props.title:
            meta["title"] = props.title.strip()
    except Exception as exc:  # noqa: BLE001 - a damaged part breaks python-docx's objects
        raise InputError(f"not a valid .docx file ({type(exc).__name__} in its XML)") from None
    # core_properties.created is not used: Word templates carry their own old
    # creation dates, which say nothing about when the release was issued.
    return RawDocument(text="\n".join(lines), encoding=None, meta=meta, decisions=decisions)


def _drop_entities(document: Any) -> list[Decision]:
    """UNRESOLVED_ENTITY: each entity reference of the package's XML parts taken out,
    the text after it (its tail, which python-docx would not read) kept in its place."""
    from lxml import etree  # type: ignore[import-untyped]  # python-docx's parser

    decisions: list[Decision] = []
    for part in document.part.package.iter_parts():
        root = getattr(part, "_element", None)
        if root is None:
            continue
        for entity in list(root.iter(etree.Entity)):
            parent, previous = entity.getparent(), entity.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + (entity.tail or "")
            else:
                parent.text = (parent.text or "") + (entity.tail or "")
            parent.remove(entity)
            decisions.append(
                Decision(UNRESOLVED_ENTITY, False, 0, 0, entity.text, str(part.partname))
            )
    return decisions


def _body_lines(container: Any, parent: Any, lines: list[str], depth: int) -> None:
    """Paragraphs and tables of a body or a table cell, in document order."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(Paragraph(child, parent).text.strip())
        elif child.tag == qn("w:tbl"):
            _table_lines(Table(child, parent), lines, depth)
        elif child.tag == qn("w:sdt"):
            # A content control (e.g. a form block) wraps paragraphs and tables.
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                _body_lines(content, parent, lines, depth)


def _margins(document: Any) -> tuple[list[str], list[str]]:
    """The lines of the sections' headers and of their footers, each line once, without
    page numbers."""
    parts: tuple[list[str], list[str]] = ([], [])
    seen: set[str] = set()
    for section in document.sections:
        first = section.different_first_page_header_footer
        pairs = [
            (section.first_page_header if first else None, section.header),
            (section.first_page_footer if first else None, section.footer),
        ]
        for out, margins in zip(parts, pairs, strict=True):
            for margin in margins:
                if margin is None or margin.is_linked_to_previous:
                    continue
                found: list[str] = []
                _body_lines(margin._element, margin, found, depth=0)
                for line in found:
                    if line and line not in seen and not _PAGE_NUMBER.match(line):
                        seen.add(line)
                        out.append(line)
    return parts


def _table_lines(table: Any, lines: list[str], depth: int) -> None:
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans: keep it once.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            if depth < MAX_TABLE_DEPTH and cell.tables:
                inner: list[str] = []
                _body_lines(cell._tc, cell, inner, depth + 1)
                text = " ".join(part for part in inner if part)
            else:
                text = " ".join(p.text.strip() for p in cell.paragraphs if p.text.strip())
            cells.append(" ".join(text.split("\t")))
        if any(cells):
            lines.append("\t".join(cells).rstrip("\t"))
