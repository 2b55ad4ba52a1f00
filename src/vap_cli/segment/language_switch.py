"""A site's language switcher closing its menu's line after a wide gap ("НОВОСТИ
ВЛАСТЬ  СПОРТ          RSS | Кыргызча | Русча", "... Контакты       Кыргызча | Русский"):
short one-word items between a menu's separators, one of them a language's name as a
switcher writes it (lexicon/persons.yaml language_names). The menu before it is then read
without it (lines_chrome._without_widget), as a currency rate or a clock. A tail of
places ("Бишкек | Ош"), of words with digits or of longer items is no switcher."""

from __future__ import annotations

from .. import rx
from ..lexicon import load

_LANGUAGES = frozenset(w.casefold() for w in load("persons")["language_names"])
_SEPARATOR = rx.compile(rx.spaced_separator(load("lines")["menu_separators"]))
_MIN_ITEMS = 2  # a language's name alone is a word, no switcher


def language_switch(tail: str) -> bool:
    """Short one-word items without digits between separators, one a language's name."""
    items = [item.strip() for item in _SEPARATOR.split(tail)]
    return (
        len(items) >= _MIN_ITEMS
        and all(len(item.split()) == 1 and not any(c.isdigit() for c in item) for item in items)
        and any(item.casefold() in _LANGUAGES for item in items)
    )
