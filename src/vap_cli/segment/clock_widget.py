"""A site's clock widgets, each a short line of page chrome (lines_chrome.chrome_mark):
prayer times ("Ош: Багымдат 05:12 Бешим 12:40 Аср 15:50") and the clocks of a few
places ("Нарын 12:04 | Бишкек 12:04 | Ош 12:04", "Бишкек 09:15  Москва 06:15"). Not
prose with a clock ("Жыйын Нарында саат 10:00дө башталат") nor one place's clock beside
a headline. The prayers' names and the separators are data: lexicon/lines.yaml."""

from __future__ import annotations

import regex

from .. import rx
from ..lexicon import load

_LEX = load("lines")
_CLOCK = r"(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)"
_PRAYER_TIME = rx.compile(  # a prayer's name and its clock time ("Бешим 12:40", "Аср: 15:50")
    r"(?<!\p{L})(?:" + rx.alternation(_LEX["prayer_names"]) + rf")[ ]{{0,3}}:?[ ]{{0,3}}{_CLOCK}",
    regex.IGNORECASE,
)
_PRAYER_WIDGET_TIMES: int = _LEX["prayer_widget_min_times"]
# A place's clock: a capitalised name of one or two words ("Бишкек", "Жалал-Абад",
# "Кара Балта") and its time, nothing between; the items parted by a menu's separator
# or by spaces alone. Every letter is a name's: a lower-case word is prose.
_NAME = r"\p{Lu}\p{Ll}{1,20}(?:[- ]\p{Lu}\p{Ll}{1,20})?"
_ITEM = rf"{_NAME}[ ]{{0,3}}:?[ ]{{1,3}}{_CLOCK}"
_SEPARATOR = (
    r"(?:[ ]{0,12}["
    + "".join(regex.escape(s) for s in _LEX["menu_separators"])
    + r"][ ]{0,12}|[ ]{1,12})"
)
_PLACE_CLOCKS = rx.compile(rf"{_ITEM}(?:{_SEPARATOR}{_ITEM}){{1,8}}")


def prayer_widget(stripped: str) -> bool:
    """A prayer-time widget without its heading: two prayers' names or more, each with
    its time (one prayer named in prose with a meeting's hour is none)."""
    return len(_PRAYER_TIME.findall(stripped)) >= _PRAYER_WIDGET_TIMES


def place_clocks(stripped: str) -> bool:
    """A line of two places' clocks or more and nothing else ("Нарын 12:04 | Бишкек
    12:04 | Ош 12:04"): a site's world clock, no mention of the places."""
    return ":" in stripped and _PLACE_CLOCKS.fullmatch(stripped) is not None
