"""Names that are part of another name's: a bare name in a chain of names joined by dashes
that a road's word ends or opens ("Бишкек – Нарын – Торугарт жолу", "трасса Бишкек – Ош"):
the name of a road (places.road_name); a name glued to a number the gazetteer lacks so
("Кара-Жыгач-2"): a housing estate's (places.numbered_area)."""

from __future__ import annotations

from .forms import NUMBER_AFTER_NAME
from .mention import Mention, Token
from .tokens import gap_between
from .vocabulary import ROAD_DASH, ROAD_WORDS

# The quotes around a housing estate's name (normalised text writes every quote so).
_QUOTES = frozenset('"«»')


def on_road_name(m: Mention, tokens: list[Token], text: str) -> bool:
    """A bare name in a chain of names joined by dashes that a road's word ends or
    opens ("Бишкек – Нарын – Торугарт жолу", "трасса Бишкек – Ош")."""
    if m.type_word is not None:
        return False
    first, last = m.first, m.last
    while first > 0 and _road_link(tokens, first - 1, text):
        first -= 1
    while last + 1 < len(tokens) and _road_link(tokens, last, text):
        last += 1
    if first == m.first and last == m.last:
        return False
    around = [tokens[k].low for k in (first - 1, last + 1) if 0 <= k < len(tokens)]
    return any(word.startswith(ROAD_WORDS) for word in around)


def _road_link(tokens: list[Token], k: int, text: str) -> bool:
    """Are tokens k and k+1 capitalised names joined by a dash?"""
    return (
        tokens[k].capital
        and tokens[k + 1].capital
        and gap_between(text, tokens[k], tokens[k + 1]) in ROAD_DASH
    )


def numbered_area(m: Mention, text: str) -> bool:
    """A bare name right before a hyphen and a number, the two quoted as one name
    ('"Кара-Жыгач-2"'): the gazetteer's numbered settlements are read whole, number and
    all (forms.numbered_name: "Ак-Буура-1 айылы"), so this one names a housing estate,
    no unit; unquoted, the number may be an institution's ("Кара-Балта-2 мектеби": the
    town's school No. 2)."""
    if m.type_word is not None or not m.start or text[m.start - 1] not in _QUOTES:
        return False
    number = NUMBER_AFTER_NAME.match(text, m.end)
    return number is not None and text[number.end() : number.end() + 1] in _QUOTES
