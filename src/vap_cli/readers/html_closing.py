"""A page's closing block of site furniture with no <footer>, no footer class and no
"©" (html_layout finds the marked ones): the site's name, address, phones, e-mail or
imprint words in short lines after the story, as CMS templates print them on every
page of a site ("Полпредство в Таласской области. г. Талас, ул. Бердике баатыра, 216.
Тел.: (03422) 5-26-44"). By layout:

- the story's last paragraph is the last block of prose (PROSE_WORDS words or more,
  with no contact in it) that is no furniture;
- a block after it is the site's closing block when it is short (CLOSING_MAX_CHARS,
  each line SHORT_LINE_MAX), carries a contact or imprint mark (an address word or a
  postal code, a phone's label or digits, an e-mail, imprint words: lexicon lines.yaml
  `footer_address_words`, `site_imprint_words`; phones.yaml `phone_labels`), and no
  label that makes it the release's own (`own_contact_labels`: "Кенири маалымат
  үчүн:", "Байланыш:", "Контакты для СМИ:", "Пресс-служба ..."), and stands outside
  the story's own container (a line inside it is the story's), or, when the story
  sits in <body> itself, past the page's furniture (a share line, a related-news list);
- its parent goes with it when all of the parent's lines are such short lines with no
  label (the site's name on a line of its own above its address).

The blocks are furniture (html_layout.furniture's set), so none of their phones,
e-mails or places reach the record, as on a page whose footer is marked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import regex

from .. import rx
from ..explain import Rule
from ..lexicon import load
from .html_layout import BLOCK_TAGS, children_of

_LINES = load("lines")
_PHONES = load("phones")
SITE_CLOSING_BLOCK = Rule(
    "html.site_closing_block",
    "short lines after the story's last paragraph, outside its container or past the"
    " page's furniture, with the site's address, phones, e-mail or imprint words and no"
    " label of the release's own contacts ('Кенири маалымат үчүн', 'Байланыш',"
    " 'Контакты для СМИ', 'Пресс-служба'): the site's footer, not read",
)
# A block of prose: at least this many words, and no contact in it.
PROSE_WORDS = 10
# A closing block is at most this long, and each of its lines at most this long.
CLOSING_MAX_CHARS = 400
SHORT_LINE_MAX = 160
# Tags whose subtree is the page's own markup, never a closing block of its text.
_ROOT_TAGS = frozenset(("body", "html"))


_MARK = rx.compile(
    rf"(?<!\p{{L}})(?:{rx.alternation(_LINES['footer_address_words'])}"
    rf"|{rx.alternation(_LINES['site_imprint_words'])}|{rx.alternation(_PHONES['phone_labels'])}\b)"
    rf"|(?<!\d)\d{{{_LINES['footer_postal_code_digits']}}}(?!\d)"
    r"|\S@\S+\.\p{L}{2,}"
    r"|(?<!\d)\(?\d{3,5}\)?[ -]?\d{1,3}[- ]\d{2}[- ]\d{2}(?!\d)",
    regex.IGNORECASE,
)
_LABEL = rx.compile(
    rf"(?<!\p{{L}})(?:{rx.alternation(_LINES['own_contact_labels'])})", regex.IGNORECASE
)


def _text(node: Any) -> str:
    return " ".join(node.text(deep=True, separator=" ").split())


class _Walk:
    """The page's leaf blocks in order (a block with no block inside it), and where
    furniture stood between them."""

    def __init__(self, body: Any, skipped: Callable[[Any], bool]) -> None:
        self.leaves: list[Any] = []
        self.furniture_before: list[int] = []  # furniture passed before each leaf
        passed = 0
        stack = [body]
        while stack:
            node = stack.pop()
            if node is not body and skipped(node):
                passed += 1
                continue
            kids = [c for c in children_of(node) if c.tag not in ("-text", "-comment")]
            if node.tag in BLOCK_TAGS and not any(c.tag in BLOCK_TAGS for c in kids):
                if _text(node):
                    self.leaves.append(node)
                    self.furniture_before.append(passed)
                continue
            stack.extend(reversed(kids))


def _prose(text: str) -> bool:
    return len(text.split()) >= PROSE_WORDS and _MARK.search(text) is None


def _closing_line(text: str) -> bool:
    return len(text) <= SHORT_LINE_MAX and _LABEL.search(text) is None


def _inside(node: Any, container: Any) -> bool:
    while node is not None:
        if node is container or node.mem_id == container.mem_id:
            return True
        node = node.parent
    return False


def closing_blocks(body: Any, skipped: Callable[[Any], bool]) -> list[Any]:
    """The page's closing blocks of site furniture (see the module's rule), outermost."""
    walk = _Walk(body, skipped)
    texts = [_text(leaf) for leaf in walk.leaves]
    last = next((k for k in range(len(texts) - 1, -1, -1) if _prose(texts[k])), None)
    if last is None:
        return []
    story = walk.leaves[last].parent or body
    out: list[Any] = []
    for k in range(last + 1, len(texts)):
        leaf, text = walk.leaves[k], texts[k]
        if not _MARK.search(text) or not _closing_line(text):
            continue
        if _inside(leaf, story) and walk.furniture_before[k] == walk.furniture_before[last]:
            continue  # in the story's container, no furniture between: the story's own line
        block = _widened(leaf, story)
        if not any(_inside(block, done) for done in out):
            out.append(block)
    return out


def _widened(leaf: Any, story: Any) -> Any:
    """The leaf's parent when all its text is short lines with no label (the site's name
    over its address), not the body nor the story's container; else the leaf."""
    parent = leaf.parent
    if parent is None or parent.tag in _ROOT_TAGS or _inside(story, parent):
        return leaf
    text = _text(parent)
    lines = [_text(c) for c in children_of(parent) if c.tag in BLOCK_TAGS]
    short = all(len(line) <= SHORT_LINE_MAX for line in lines)
    if short and len(text) <= CLOSING_MAX_CHARS and _LABEL.search(text) is None:
        return parent
    return leaf
