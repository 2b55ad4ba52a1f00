"""The last row of a decree's list of settlements, its ayil aimak's name cut short
("Түгөл-Сай Кара" under rows of "Бел-Өрүк жана Арал Чаек айыл аймагы Жумгал району;"): the
name opening it is a village, as the names opening the rows above it are
(children.py reads those by their ayil aimak's type word, which the cut row lacks)."""

from __future__ import annotations

from ... import rx
from ...segment.line_bounds import blank_before
from .mention import Mention
from .rules import CHILD_OF_UNIT, CUT_ROW_VILLAGE
from .vocabulary import CHILD_LEVEL, LEVEL_UNITS, TypeWord

# The village's level, below an ayil aimak's.
_VILLAGE = CHILD_LEVEL["ayil_aimak"]
# After the name, the rest of its line: one capitalised word cut short, no type word.
_CUT_REST = rx.compile(r"[ \t]+\p{Lu}\p{Ll}{1,30}[ \t]*(?:\n|$)")


def type_cut_rows(mentions: list[Mention], text: str) -> None:
    """A bare name with a village of its name, opening a line that holds one more word
    and no type word, right under a row whose opening name the decree's layout made a
    village (places.child_of_unit); a given name before a surname is a person's line."""
    above: Mention | None = None  # the name opening the row above
    for m in mentions:
        if not blank_before(text, m.start):
            continue
        if (
            above is not None
            and above.rule is CHILD_OF_UNIT
            and m.type_word is None
            and not m.person  # "Чолпон Асанова": a name and surname, no row cut short
            and any(u.level == _VILLAGE for u in m.units)
            and _CUT_REST.match(text, m.end) is not None
            and _next_line(text, above.end, m.start)
        ):
            m.type_word = TypeWord(_VILLAGE, LEVEL_UNITS.get(_VILLAGE, (_VILLAGE,)))
            m.rule = CUT_ROW_VILLAGE
        above = m


def _next_line(text: str, after: int, start: int) -> bool:
    """Only the rest of one line and blank lines between `after` and `start`."""
    between = text[after:start]
    return between.count("\n") >= 1 and not between.split("\n", 1)[1].strip()
