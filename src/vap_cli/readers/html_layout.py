"""Which parts of a saved web page are the article (html.py reads their text).

The layout rules, as real CMS pages (Drupal, WordPress, Bitrix, the regional
administrations' own sites) lay a story out:

- **Link lists are furniture**: a block with two links or more to other pages (a
  link's text of two words or more: another article's headline) whose text outside
  its links is at most a heading before the first link ("Ранее:", "Другие новости",
  "Башка жаңылыктар", "Окшош макалалар") and, after it, only dates, times and
  separators ("28.05.2015 |"): a related-news list, "top news" or an archive. A
  short heading right before such a list, in an element of its own, goes with it.
- **Teaser cards are furniture**: an `<article>` whose text is short and mostly one
  link's (a headline and its date, linking to the story told on another page); the
  block that holds such cards is then read as a link list.
- **Footers are furniture**: `<footer>`, a block whose class or id says footer or
  copyright (html.SKIP_CLASS_WORDS), and a short block of text of its own with a
  copyright sign or words ("© Тюпская РГА, 2010–2016. ... Тел. ...").
- **The article's root**: the substantial `<article>`s (not furniture, at least a
  quarter of the longest one's text; nested ones inside them are part of them),
  read in order, when together they hold most of the page's non-furniture text;
  else `<main>` (or `[role=main]`), else `<body>`. A page whose `<article>`s are
  teasers and whose story sits in a `<div>` is read from `<body>`; two full
  articles on one page are both read.
- **Above the root**: the short lines above the root that hold a full date and at
  most three words besides (a newspaper's masthead, "№ 40 (9812) 11-октябрь,
  2024-жыл", or the article's date line set above `<main>`; not a site's clock
  banner, nor another article's headline with its date) are read before it, and so
  is the page's `<h1>` when the root holds none.
"""

from __future__ import annotations

from typing import Any

from .. import rx

# Blocks a link list is found in (a link's nearest one; an item's list).
LIST_BLOCKS = frozenset(
    "div p section aside article nav ul ol dl td table header footer span".split()
)
BLOCK_TAGS = frozenset(
    (
        "div p section aside article main ul ol dl li dt dd table tr td th h1 h2 h3 h4 h5 h6 "
        "blockquote pre figure address header footer nav"
    ).split()
)
HEADING_TAGS = frozenset("h2 h3 h4 h5 h6 b strong p div span".split())
# A headline link: its text has at least this many words.
HEADLINE_LINK_WORDS = 2
# A link list's heading, before its first link, is at most this long...
LIST_HEADING_MAX = 60
# ... and each run of its text between and after links (a date, a separator) this long.
LIST_RUN_MAX = 30
# A teaser card's text is at most this long, and its links' text at least this share.
TEASER_MAX_CHARS = 300
LINK_SHARE = 0.5
# A link list or a copyright block is read in at most this many nodes and characters.
BLOCK_NODES_MAX = 600
BLOCK_CHARS_MAX = 4000
# A copyright block is at most this long.
COPYRIGHT_MAX_CHARS = 400
# An <article> is substantial from this share of the longest one's text...
SUBSTANTIAL_SHARE = 0.25
# ... and the substantial ones are the root when they hold this share of the page's text.
ARTICLES_SHARE = 0.5
# A line above the root is kept when it is this short, holds a full date and at most
# this many words besides ("№ 40 (9812) 11-октябрь, 2024-жыл", "Жарыяланды: 16.05.2022").
DATED_LINE_MAX = 100
DATED_LINE_WORDS = 3

_LETTER = rx.compile(r"\p{L}")
_DIGIT = rx.compile(r"\d")
_COPYRIGHT = rx.compile(
    r"©|\(c\)\s*\d{4}|(?i:copyright|все права защищены|бардык укуктар корголгон)"
)
# A full date: "28.05.2015", "2024-10-11", "11-октябрь, 2024-жыл", "24 января 2026".
FULL_DATE = rx.compile(
    r"(?<!\d)(?:[0-3]?\d[./-][01]?\d[./-](?:19|20)?\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d"
    r"|[0-3]?\d[ -]?\p{L}{3,12}[ ,.]{1,3}(?:19|20)\d\d)(?!\d)"
)
_LINK_HREF_NOT = ("mailto:", "tel:", "#")


def children_of(node: Any) -> list[Any]:
    """A node's children, text nodes included, in document order."""
    out = []
    child = node.child
    while child is not None:
        out.append(child)
        child = child.next
    return out


def _words(text: str) -> int:
    return len(text.split())


def headline_link(node: Any) -> bool:
    """A link to another page whose text reads as a headline (two words or more)."""
    href = (node.attributes.get("href") or "").strip().lower()
    if href.startswith(("mailto:", "tel:")):
        return False
    return _words(node.text(deep=True)) >= HEADLINE_LINK_WORDS


def _runs(block: Any) -> tuple[list[tuple[str, int]], bool]:
    """The block's text as runs (text, the mem_id of the headline link it is in, else 0),
    and whether it was read whole (within BLOCK_NODES_MAX nodes and BLOCK_CHARS_MAX
    characters)."""
    runs: list[tuple[str, int]] = []
    stack: list[tuple[Any, int]] = [(c, 0) for c in reversed(children_of(block))]
    nodes = chars = 0
    while stack:
        node, link = stack.pop()
        nodes += 1
        if nodes > BLOCK_NODES_MAX or chars > BLOCK_CHARS_MAX:
            return runs, False
        if node.tag == "-text":
            text = node.text_content or ""
            chars += len(text)
            runs.append((text, link))
        elif node.tag not in ("script", "style", "-comment"):
            if not link and node.tag == "a" and headline_link(node):
                link = node.mem_id
            stack.extend((c, link) for c in reversed(children_of(node)))
    return runs, True


def link_list(block: Any, min_links: int = 2) -> bool:
    """Two headline links or more (one for a teaser card) with nothing but a heading
    before them and dates, times and separators between and after them."""
    runs, whole = _runs(block)
    if not whole or len({link for _, link in runs if link}) < min_links:
        return False
    first = next(k for k, (_, link) in enumerate(runs) if link)
    heading = " ".join(" ".join(text.split()) for text, _ in runs[:first]).strip()
    if len(heading) > LIST_HEADING_MAX:
        return False
    after = [t for t in (" ".join(x.split()) for x, link in runs[first:] if not link) if t]
    if any(len(t) > LIST_RUN_MAX or (_LETTER.search(t) and not _DIGIT.search(t)) for t in after):
        return False
    link_chars = sum(len(text.strip()) for text, link in runs if link)
    total = link_chars + len(heading) + sum(map(len, after))
    return link_chars >= LINK_SHARE * total and (min_links > 1 or total <= TEASER_MAX_CHARS)


def _nearest_block(node: Any) -> Any | None:
    """The nearest block around a link (a list item's list: li is no such block)."""
    parent = node.parent
    while parent is not None and parent.tag not in LIST_BLOCKS:
        parent = parent.parent
    return parent


def _enclosing_article(node: Any) -> Any | None:
    """The <article> a card's block is (or is in, a few levels up)."""
    for _ in range(4):
        if node is None or node.tag == "article":
            return node
        node = node.parent
    return None


def _list_heading(block: Any) -> Any | None:
    """The element right before a link list, when it is a short heading of its own."""
    prev = block.prev
    while prev is not None and prev.tag == "-text" and not (prev.text_content or "").strip():
        prev = prev.prev
    if prev is None or prev.tag not in HEADING_TAGS:
        return None
    text = " ".join(prev.text(deep=True).split())
    if not text or len(text) > LIST_HEADING_MAX or _DIGIT.search(text) or text.endswith("."):
        return None
    return prev


def _copyright_block(node: Any) -> Any | None:
    """The block of a text node with a copyright sign or words, when the block is
    short and has no block inside it (its own line: a footer's)."""
    block = node.parent
    while block is not None and block.tag not in BLOCK_TAGS:
        block = block.parent
    if block is None or block.tag in ("body", "html", "main", "article"):
        return None
    if any(c.tag in BLOCK_TAGS for c in children_of(block)):
        return None
    return block if len(block.text(deep=True)) <= COPYRIGHT_MAX_CHARS else None


def furniture(tree: Any) -> set[int]:
    """The mem_ids of the page's link lists, teaser cards and copyright blocks (and a
    link list's heading)."""
    out: set[int] = set()
    seen: set[int] = set()
    for link in tree.css("a"):
        if not headline_link(link):
            continue
        block = _nearest_block(link)
        if block is None or block.tag in ("body", "html") or block.mem_id in seen:
            continue
        seen.add(block.mem_id)
        if not link_list(block) and link_list(block, min_links=1):
            card = _enclosing_article(block)
            if card is not None and link_list(card, min_links=1):
                out.add(card.mem_id)  # a teaser card
            block = (card or block).parent
            if block is None or block.tag in ("body", "html") or block.mem_id in seen:
                continue
            seen.add(block.mem_id)
        if link_list(block):
            out.add(block.mem_id)
            heading = _list_heading(block)
            if heading is not None:
                out.add(heading.mem_id)
    body = tree.body
    if body is not None:
        _add_copyright_blocks(body, out)
    return out


def _add_copyright_blocks(body: Any, out: set[int]) -> None:
    stack = [body]
    while stack:
        node = stack.pop()
        if node.tag == "-text":
            if _COPYRIGHT.search(node.text_content or ""):
                block = _copyright_block(node)
                if block is not None:
                    out.add(block.mem_id)
            continue
        if node.tag in ("script", "style"):
            continue
        stack.extend(children_of(node))


def outermost_articles(tree: Any, skipped: set[int]) -> list[Any]:
    """The page's <article>s that are no furniture and not inside another one, in order."""
    out = []
    for node in tree.css("article"):
        if node.mem_id in skipped:
            continue
        parent = node.parent
        while parent is not None and parent.tag != "article":
            parent = parent.parent
        if parent is None:
            out.append(node)
    return out


def _words_of_letters(text: str) -> int:
    """How many of the text's words (parted by blanks) hold two letters or more."""
    return sum(1 for word in text.split() if sum(map(str.isalpha, word)) >= 2)


def dated_lines(text: str) -> list[str]:
    """The short lines of `text` that hold a full date and hardly another word (a
    masthead's issue line, a date line; not another article's headline and its date)."""
    return [
        line
        for line in text.split("\n")
        if line.strip()
        and len(line) <= DATED_LINE_MAX
        and FULL_DATE.search(line)
        and _words_of_letters(FULL_DATE.sub(" ", line)) <= DATED_LINE_WORDS
    ]
