"""Saved web pages (.html, .htm), read with selectolax.

Why selectolax: a fast HTML5 parser (the lexbor engine, a C library shipped in
the wheel) that is lenient with the broken markup of real pages and has a tiny
API; we need only the tree and CSS selectors, not a DOM library.

The article's text is taken from its root (html_layout.py says the rule: the
substantial <article>s, all of them in order, when they hold most of the page's
text; else <main>; else <body>), leaving out navigation, menus, scripts, styles,
the page's header, footers, link lists (related news, "top news") and teaser
cards; a masthead's or date's short line above the root and the page's <h1>
outside it are read before it. Block elements become line breaks, paragraphs are
separated by a blank line, and a table row becomes one tab-separated line (as in
.docx and .txt), so the text reads like the plain-text version of the same
release. The page's <title>, its publication date and its headline (the <h1>
read, else the part of the <title> that is a line of the text, not the site's
name) go into RawDocument.meta.
"""

from __future__ import annotations

import codecs
from typing import Any

import regex

from .. import rx
from ..errors import InputError
from ..explain import Decision
from .base import RawDocument
from .html_closing import SITE_CLOSING_BLOCK, closing_blocks
from .html_layout import (
    ARTICLES_SHARE,
    SUBSTANTIAL_SHARE,
    children_of,
    dated_lines,
    furniture,
    outermost_articles,
)

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
        "cookies comment comments pagination pager footer copyright"
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
    page = _Page(tree)
    roots = _article_roots(page)
    text = _read_roots(page, roots, by_class=True)
    if not text.strip():
        # A wrapper named like page furniture ("has-sidebar") held the article.
        text = _read_roots(page, roots, by_class=False)
    headline = _headline(page, text, meta.get("title"))
    if headline:
        meta["headline"] = headline
    return RawDocument(text=text, encoding=None, meta=meta, decisions=page.decisions())


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


class _Page:
    """A parsed page and what its layout says: the furniture found by html_layout (link
    lists, teaser cards, copyright blocks) and the <header>s that are an article's own
    (its headline and date inside <article> or <main>: read; the page's banner is not)."""

    def __init__(self, tree: Any) -> None:
        self.tree = tree
        self.body = tree.body or tree.root
        self.furniture = furniture(tree)
        self.own_headers = {node.mem_id for node in tree.css("article header, main header")}
        # the site's closing block with no mark of its own (html_closing.py)
        self.closing = closing_blocks(self.body, lambda node: self.skipped(node, True))
        self.furniture.update(node.mem_id for node in self.closing)

    def decisions(self) -> list[Decision]:
        """The closing blocks left out, for `vap parse --explain` (0-0: not in the text)."""
        return [
            Decision(
                SITE_CLOSING_BLOCK,
                False,
                0,
                0,
                " ".join(node.text(deep=True, separator=" ").split()),
            )
            for node in self.closing
        ]

    def skipped(self, node: Any, by_class: bool) -> bool:
        if node.tag == "header" and node.mem_id in self.own_headers:
            return _skipped_by_attributes(node, by_class)
        return node.mem_id in self.furniture or _skipped(node, by_class)

    def inside_skipped(self, node: Any) -> bool:
        """The node or one of its ancestors is furniture."""
        while node is not None and node.tag not in ("body", "html"):
            if self.skipped(node, by_class=True):
                return True
            node = node.parent
        return False


def _article_roots(page: _Page) -> list[Any]:
    """The substantial <article>s, in order, when they hold most of the page's text;
    else <main>, else <body> (html_layout's rule)."""
    articles = [
        a for a in outermost_articles(page.tree, page.furniture) if not page.inside_skipped(a)
    ]
    if articles:
        sizes = [len(_text_of(a, True, page)) for a in articles]
        least = SUBSTANTIAL_SHARE * max(sizes)
        chosen = [(a, n) for a, n in zip(articles, sizes, strict=True) if n and n >= least]
        held = sum(n for _, n in chosen)
        if chosen and held >= ARTICLES_SHARE * len(_text_of(page.body, True, page)):
            return [a for a, _ in chosen]
    tree = page.tree
    return [tree.css_first("main") or tree.css_first('[role="main"]') or page.body]


def _read_roots(page: _Page, roots: list[Any], by_class: bool) -> str:
    """The roots' text, after the short dated lines above the first root (a masthead, a
    date line) and the page's <h1> when no root holds one."""
    parts = [_text_of(root, by_class, page) for root in roots]
    first = roots[0]
    if first.mem_id == page.body.mem_id:
        return _tidy("\n\n".join(parts))
    above = _text_of(page.body, by_class, page, stop=first.mem_id)
    heading = _outside_h1(page, roots)
    kept = set(dated_lines(above))
    lines = [line for line in above.split("\n") if line in kept or (heading and line == heading)]
    return _tidy("\n\n".join(["\n".join(lines), *parts]))


def _outside_h1(page: _Page, roots: list[Any]) -> str | None:
    """The text of the page's first <h1> outside the roots when none of them holds one."""
    if any(root.css_first("h1") is not None for root in roots):
        return None
    for node in page.tree.css("h1"):
        if not page.inside_skipped(node):
            return " ".join(node.text(deep=True).split()) or None
    return None


# Parts of a page's <title>: the headline and the site's name ("Окуу өттү | ЖӨБ Союзу").
_TITLE_PARTS = rx.compile(r"\s+(?:[|–—:/»«-]|::)\s+")
# The headline is looked for among the text's first lines.
HEADLINE_LINES = 20


def _headline(page: _Page, text: str, title: str | None) -> str | None:
    """The page's headline: its first <h1> that is a line of the text read, else the
    text's line that a part of the <title> of two words or more opens (the <title>
    without the site's name)."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    for node in page.tree.css("h1"):
        words = " ".join(node.text(deep=True).split())
        if words and words in lines and not _site_name(node):
            return words
    # (the longest part first: a site's name is shorter than its pages' headlines)
    parts = sorted((p.strip() for p in _TITLE_PARTS.split(title or "")), key=len, reverse=True)
    for part in (p for p in parts if len(p.split()) >= 2):
        line = next((line for line in lines[:HEADLINE_LINES] if line.startswith(part)), None)
        if line is not None:
            return line
    return None


# class/id words of a site's name set in an <h1> (its logo): no headline.
SITE_NAME_WORDS = frozenset("logo brand site sitename".split())


def _site_name(node: Any) -> bool:
    words = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}".lower()
    return bool(SITE_NAME_WORDS.intersection(_CLASS_SPLIT.split(words)))


def _skipped(node: Any, by_class: bool) -> bool:
    if node.tag in SKIP_TAGS:
        return True
    return _skipped_by_attributes(node, by_class)


def _skipped_by_attributes(node: Any, by_class: bool) -> bool:
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


def _text_of(root: Any, by_class: bool, page: _Page, stop: int | None = None) -> str:
    """The text of a subtree, walked without recursion (pages nest deeply); with `stop`,
    up to the node of that mem_id."""
    walk = _TextWalk()
    # Stack of (node, entering); on exit we close blocks.
    stack: list[tuple[Any, bool]] = [(root, True)]
    while stack:
        node, entering = stack.pop()
        tag = node.tag
        if not entering:
            walk.leave(tag)
            continue
        if node.mem_id == stop:
            break
        if node is not root and page.skipped(node, by_class):
            continue
        if tag == "-text":
            walk.text(node)
            continue
        walk.enter(tag)
        stack.append((node, False))
        stack.extend((c, True) for c in reversed(children_of(node)))
    return _tidy("".join(walk.parts))


def _tidy(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        cells = [" ".join(cell.split(" ")).strip(" ") for cell in line.split("\t")]
        lines.append("\t".join(cells).rstrip("\t").strip(" "))
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip("\n")
