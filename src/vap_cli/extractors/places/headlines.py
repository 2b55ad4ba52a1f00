"""The names on a page's headline: a short line of its own over the body's prose
("Таласта жана Ошто жаштар форуму башталды" over a story of a Bakai-Ata ayil aimak). A
bare name there that is both an oblast and a city or district names the unit the text
is about (the annotation conventions): the oblast, when the body names with their type
words units of that oblast outside the city or district of that name."""

from __future__ import annotations

from collections.abc import Sequence

from ...explain import Rule
from ...lexicon import load
from ...segment import Line
from ...segment.lines import HEADLINE_MAX_LENGTH
from ...segment.lines_related import prose_line
from .constants import SCORE_INSIDE_DISTRICT
from .mention import Mention
from .named_units import Named
from .rules import HEADLINE_REGION

# The lines a headline may be among: the classes of lines over the body that are not
# chrome or a date line, and the non-blank lines read before giving up.
_HEADLINE_CLASSES = frozenset({"content", "title"})
_HEADER_LINES_MAX = 12
# A headline has some words.
_HEADLINE_MIN_WORDS = 3
# A headline ends with a word, a number or a closing quote, not with a mark of a
# sentence, a list or a label.
_HEADLINE_END_QUOTES = frozenset("»\"”'")
_MENU_SEPARATORS = tuple(sep for sep in load("lines")["menu_separators"] if sep != "/")
# The levels a name of the headline may name beside its oblast.
_OWN_LEVELS = frozenset({"district", "city"})


def mark_headlines(mentions: list[Mention], lines: Sequence[Line], classes: Sequence[str]) -> None:
    """Mark the bare names on the page's headline lines (`Mention.headline`)."""
    spans = _headline_spans(lines, classes)
    if not spans:
        return
    for m in mentions:
        if m.type_word is None and any(start <= m.start < end for start, end in spans):
            m.headline = True


def _headline_spans(lines: Sequence[Line], classes: Sequence[str]) -> list[tuple[int, int]]:
    """The [start, end) of the lines over the body's first sentence of prose that are
    headlines; none when the text opens with prose (`prose_line`, longer than a
    headline)."""
    spans: list[tuple[int, int]] = []
    seen = 0
    for k, line in enumerate(lines):
        stripped = line.stripped
        if not stripped:
            continue
        seen += 1
        if seen > _HEADER_LINES_MAX or prose_line(stripped, HEADLINE_MAX_LENGTH):
            break
        if classes[k] in _HEADLINE_CLASSES and _headline(stripped):
            spans.append((line.start, line.end))
    return spans


def _headline(stripped: str) -> bool:
    """Some words, no sentence's or list's mark at the end, no menu's or site name's
    separator between them ("Kelechek Batken | Молодёжный центр")."""
    last = stripped[-1]
    if not (last.isalnum() or last in _HEADLINE_END_QUOTES):
        return False
    if any(sep in stripped for sep in _MENU_SEPARATORS):
        return False
    return len(stripped.split()) >= _HEADLINE_MIN_WORDS


def headline_region(m: Mention, named: Named) -> tuple[str, float, Rule] | None:
    """The oblast a headline's bare name names (HEADLINE_REGION), or None."""
    # (a Russian noun is read by places.unit_inside on any line: "Горкенеш Оша" over a
    # story of the districts around it is the city's council)
    if not m.headline or m.type_word is not None or m.russian_noun:
        return None
    oblasts = [u for u in m.units if u.level == "oblast"]
    own = {u.id for u in m.units if u.level in _OWN_LEVELS}
    if not oblasts or not own or _namesake_typed(own, named):
        return None
    if any(named.oblast_holders.get(u.id, set()) - own for u in oblasts):
        return "oblast", SCORE_INSIDE_DISTRICT, HEADLINE_REGION
    return None


def _namesake_typed(own: set[str], named: Named) -> bool:
    """The body names the headline's city itself with its type word ("Ошто ... форуму
    башталды" over "Ош шаарындагы театрда"; "Нарында ..." over "Нарын шаарынын
    стадионунда"): the headline names the city the story happens in, its guests from the
    oblast's districts or not. (A district of that name typed beside its siblings is one
    of the oblast's parts the story is about: "Ысык-Көл районунда, Тоң жана Ак-Суу".)"""
    return any(
        o.type_word is not None and o.unit is not None and o.unit.id in own and o.level == "city"
        for o in named.mentions
    )


def headline_list_region(members: list[Mention], named: Named) -> bool:
    """A headline's list of bare names each an oblast too, one of them the region the body
    is about ("Таласта жана Ошто"): the list names oblasts."""
    if not all(m.headline and any(u.level == "oblast" for u in m.units) for m in members):
        return False
    return any(headline_region(m, named) is not None for m in members)
