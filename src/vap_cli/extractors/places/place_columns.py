"""A table column of the place where a thing happens ("Күнү | Айыл аймагы | Жери"): a name
opening a cell below it that the gazetteer has as a village and as a unit of another
level, an ayil aimak and its namesake village, is the village, the settlement where the
thing happens, though another column or the text names the ayil aimak ("Ача-Кайыңды |
Ача-Каинды айылдык клубу"; round 47); a name of one level ("Маданият үйү", a building)
is left to the other rules, and so is a name of a district or a city too ("Кара-Суу": the
town, not a village so named elsewhere). The rule places.place_column, read after the column headers
of type words (marks.mark_column_headers)."""

from __future__ import annotations

from ... import gazetteer as gz
from ...lexicon import load
from ...segment.tables import Table
from .constants import SCORE_COLUMN_HEADER
from .mention import Mention, of_levels
from .rules import PLACE_COLUMN
from .vocabulary import AYIL_AIMAK

_PLACE_HEADERS = frozenset(w.casefold() for w in load("places")["place_column_headers"])
_VILLAGE = ("village",)


def mark_place_columns(mentions: list[Mention], tables: list[Table]) -> None:
    """Settle at the village level each bare name of a village and another level that
    opens a cell under a place's header (one pass over the tables' cells, one over the
    mentions)."""
    openings = {
        cell.start
        for table in tables
        for k, head in enumerate(table.header)
        if head.text.rstrip(":.").casefold() in _PLACE_HEADERS
        for record in table.records
        for cell in record.cells[k : k + 1]
        if cell.text
    }
    if not openings:
        return
    for m in mentions:
        if m.start not in openings or m.type_word is not None:
            continue
        units = of_levels(m, _VILLAGE)
        if _namesakes(units, m.units):
            m.units = units
            m.settle("village", SCORE_COLUMN_HEADER, PLACE_COLUMN)


def _namesakes(villages: list[gz.Unit], units: list[gz.Unit]) -> bool:
    """The name's units are villages and ayil aimaks only, a village of one of those ayil
    aimaks among them: the ayil aimak named after its village."""
    aimaks = {u.id for u in units if u not in villages}
    return (
        bool(villages and aimaks)
        and all(u.level == AYIL_AIMAK for u in units if u not in villages)
        and any(v.parent in aimaks for v in villages)
    )
