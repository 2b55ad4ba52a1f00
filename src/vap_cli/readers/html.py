"""Saved web pages (.html, .htm), read with selectolax.

Why selectolax: a fast HTML5 parser (the lexbor engine, a C library shipped in
the wheel) that is lenient with the broken markup of real pages and has a tiny
API; we need only the tree and CSS selectors, not a DOM library.

The article's text is taken from <article> (the longest one), else <main>,
else <body>, leaving out navigation, menus, scripts, styles, headers and
footers. Block elements become line breaks, paragraphs are separated by a blank
line, and a table row becomes one tab-separated line (as in .docx and .txt),
so the text reads like the plain-text version of the same release. The page's
<title> and publication date go into RawDocument.meta.
"""

from __future__ import annotations

import codecs
from typing import Any

import regex

from .. import rx
from ..errors import InputError
from .base import RawDocument

# Elements whose content is never article text.
SKIP_TAGS = frozenset(
    (
        "script style noscript template nav header footer aside menu form button select "
        "iframe object embed svg canvas head -comment -doctype"
    ).split()
)
# ARIA roles of page furniture.
SKIP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu"})
# class/id words of menus and sharing widgets on CMS pages (Drupal, WordPress, Bitrix).
SKIP_CLASS_WORDS = frozenset(
    (
        "menu nav navbar navigation breadcrumb breadcrumbs sidebar share social cookie "
        "cookies comments pagination pager"
    ).split()
)
# Paragraph-level blocks: separated from their neighbours by a blank line.
PARAGRAPH_TAGS = frozenset(
    ("p h1 h2 h3 h4 h5 h6 blockquote pre ul ol dl table figure hr address").split()
)
# Other blocks: start on a new line.
LINE_TAGS = frozenset(
    (
        "div section article main li dt dd tr br figcaption caption details summary "
        "center fieldset legend"
    ).split()
)
CELL_TAGS = frozenset({"td", "th"})
# Tags that never deepen the tree: void elements, and those whose end tag is
# optional (the next sibling closes them), so a sloppy page is not counted deep.
FLAT_TAGS = frozenset(
    (
        "area base br col embed hr img input link meta source track wbr param keygen "
        "p li dt dd option optgroup tr td th tbody thead tfoot colgroup caption rt rp"
    ).split()
)
# The HTML parser checks the stack of open elements at many tags, so its time
# grows with depth x tags: 100,000 nested <div>s take minutes. Pages whose tags,
# each weighted by its depth, add up to more than this are refused (a real page
# weighs thousands; 5,000 nested <div>s weigh 25 million and parse in 0.1 s).
MAX_NESTING_WORK = 50_000_000

# The slash of every tag that can deepen the tree ("" opens, "/" closes).
_DEEPENING_TAG = rx.compile(
    r"<(/?)(?!(?:" + "|".join(sorted(FLAT_TAGS)) + r")[\s/>])[A-Za-z]", regex.IGNORECASE
)
_SPACES = rx.compile(r"[ \t\n\r\f\v]+")
_CLASS_SPLIT = rx.compile(r"[\s_-]+")
_CHARSET = regex.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", regex.IGNORECASE
)
_ISO_DATE = rx.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_BLANK_RUN = rx.compile(r"\n{3,}")
# Meta tags that carry a publication date, most specific first.
DATE_META = (
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="DC.date.issued"]',
    'meta[property="og:published_time"]',
)


def decode_html(data: bytes, path: str = "") -> str:
    """A page's text: BOM, then UTF-8, then its declared charset, then detection."""
    from .text import decode

    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data, path)[0]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, path)[0]


def read(data: bytes, path: str = "") -> RawDocument:
    try:
        from selectolax.lexbor import LexborHTMLParser
    except ImportError:  # pragma: no cover - selectolax is a default dependency
        raise InputError("selectolax is not installed: pip install selectolax") from None
    html = decode_html(data, path)
    if "<" not in html[:100000]:
        raise InputError("not an HTML page (no markup)")
    depth = _too_deep(html)
    if depth:
        raise InputError(f"HTML nested too deeply (over {depth} levels) to read in reasonable time")
    try:
        tree = LexborHTMLParser(html)
    except Exception as exc:  # noqa: BLE001 - the parser's errors are not typed
        raise InputError(f"cannot parse the HTML page ({type(exc).__name__})") from None
    meta: dict[str, str] = {}
    # head > title first: an <svg> in the body has <title>s of its own.
    title = tree.css_first("head > title") or tree.css_first("title")
    if title is not None and title.text().strip():
        meta["title"] = " ".join(title.text().split())
    date = _published(tree)
    if date:
        meta["date"] = date
    root = _article_root(tree)
    text = _text_of(root, by_class=True) if root is not None else ""
    if root is not None and not text.strip():
        # A wrapper named like page furniture ("has-sidebar") held the article.
        text = _text_of(root, by_class=False)
    return RawDocument(text=text, encoding=None, meta=meta)


def _too_deep(html: str) -> int:
    """The depth reached when the page proves too deep to parse quickly; else 0.
    One pass over the tags, counting opened minus closed ones."""
    tags = html.count("<")
    if tags * tags // 2 <= MAX_NESTING_WORK:
        return 0  # even fully nested, so few tags parse quickly
    depth = deepest = work = 0
    for slash in _DEEPENING_TAG.findall(html):
        depth = depth + 1 if not slash else max(depth - 1, 0)
        deepest = max(deepest, depth)
        work += depth
        if work > MAX_NESTING_WORK:
            return deepest
    return 0


def _published(tree: Any) -> str | None:
    for selector in DATE_META:
        node = tree.css_first(selector)
        if node is not None:
            match = _ISO_DATE.match(node.attributes.get("content") or "")
            if match:
                return match.group(1)
    for node in tree.css("time[datetime]"):
        match = _ISO_DATE.match(node.attributes.get("datetime") or "")
        if match:
            return match.group(1)
    return None


def _article_root(tree: Any) -> Any:
    articles = tree.css("article")
    if articles:
        return max(articles, key=lambda node: len(node.text(deep=True)))
    return tree.css_first("main") or tree.css_first('[role="main"]') or tree.body or tree.root


def _skipped(node: Any, by_class: bool) -> bool:
    if node.tag in SKIP_TAGS:
        return True
    attrs = node.attributes
    if not attrs:
        return False
    if (attrs.get("role") or "").lower() in SKIP_ROLES or "hidden" in attrs:
        return True
    if not by_class:
        return False
    words = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
    return bool(SKIP_CLASS_WORDS.intersection(_CLASS_SPLIT.split(words)))


class _TextWalk:
    """The state of one walk of `_text_of`: the text so far and the blocks open."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pending = 0  # newlines owed before the next text
        self.cells: list[int] = []  # cells seen in each open table row
        self.in_pre = 0
        self.in_cell = (
            0  # inside a table cell a block break is only a space: the row stays one line
        )

    def brk(self, n: int) -> None:
        if self.in_cell:
            if self.parts and not self.parts[-1].endswith((" ", "\t")):
                self.parts.append(" ")
            return
        self.pending = max(self.pending, n)

    def flush(self) -> None:
        """Write the line breaks owed."""
        if self.pending:
            self.parts.append("\n" * self.pending)
            self.pending = 0

    def block_break(self, tag: str) -> None:
        if tag in PARAGRAPH_TAGS:
            self.brk(2)
        elif tag in LINE_TAGS:
            self.brk(1)

    def text(self, node: Any) -> None:
        text = node.text_content or ""
        if not self.in_pre:
            text = _SPACES.sub(" ", text)
        if text.strip() or (text and self.parts and not self.pending):
            self.flush()
            self.parts.append(text)

    def enter(self, tag: str) -> None:
        self.block_break(tag)
        if tag in CELL_TAGS:
            self.enter_cell()
        elif tag == "tr" and not self.in_cell:
            self.cells.append(0)
        elif tag == "pre":
            self.in_pre += 1

    def enter_cell(self) -> None:
        if self.in_cell:
            self.brk(1)  # a table nested in a cell: its cells are words of this cell
        elif self.cells:
            if self.cells[-1]:
                # Empty cells before this one still count: flush the row's line
                # break first, so "<td></td><td>16.11.17</td>" keeps its column.
                self.flush()
                self.parts.append("\t")
            self.cells[-1] += 1
        self.in_cell += 1

    def leave(self, tag: str) -> None:
        self.block_break(tag)
        if tag in CELL_TAGS:
            self.in_cell -= 1
        elif tag == "tr" and not self.in_cell and self.cells:
            self.cells.pop()
        if tag == "pre":
            self.in_pre -= 1


def _children(node: Any) -> list[Any]:
    children = []
    child = node.child
    while child is not None:
        children.append(child)
        child = child.next
    return children


def _text_of(root: Any, by_class: bool) -> str:
    """The text of a subtree, walked without recursion (pages nest deeply)."""
    walk = _TextWalk()
    # Stack of (node, entering); on exit we close blocks.
    stack: list[tuple[Any, bool]] = [(root, True)]
    while stack:
        node, entering = stack.pop()
        tag = node.tag
        if not entering:
            walk.leave(tag)
            continue
        if node is not root and _skipped(node, by_class):
            continue
        if tag == "-text":
            walk.text(node)
            continue
        walk.enter(tag)
        stack.append((node, False))
        stack.extend((c, True) for c in reversed(_children(node)))
    return _tidy("".join(walk.parts))


def _tidy(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        cells = [" ".join(cell.split(" ")).strip(" ") for cell in line.split("\t")]
        lines.append("\t".join(cells).rstrip("\t").strip(" "))
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip("\n")
