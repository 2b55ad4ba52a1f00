"""Names in a bracket right after a count and a type word with no name of its own, as
many as the count ("үч облустун (Баткен, Ош жана Нарын) айылдарында", "в двух районах
(Ат-Башы и Кочкор)"): the units counted, of the type word's level, as names
listed after such a type word and a colon are (marks.mark_type_labels). Fewer names
than the count are no list of those units ("12 айыл өкмөтү (Сузак, Ноокен)": the
districts the ayil aimaks come from)."""

from __future__ import annotations

from bisect import bisect_left

from ... import rx
from ...numbers.words import read_word
from ...segment.line_bounds import offsets_of
from .constants import CHILDREN_BRACKET_MAX
from .marks import LISTED_BEFORE, type_before_mark
from .mention import Mention, Token, of_levels
from .rules import BRACKET_TYPE_LIST
from .vocabulary import JOINERS

# The bracket's signs.
_OPENS, _CLOSES = "(", ")"
# The count stands among the words right before the bracket (the type word's).
_COUNT_REACH_WORDS = 4
_COUNT_REACH = 60
_CARDINAL_KINDS = frozenset({"unit", "teen", "ten"})


def mark_bracket_types(mentions: list[Mention], tokens: list[Token], text: str) -> None:
    """Bare names listed in a bracket that opens right after a type word with no name of
    its own, on their line and near it (CHILDREN_BRACKET_MAX): that type word's."""
    opens = offsets_of(text, _OPENS)
    if not opens:
        return
    named = {m.type_end for m in mentions if m.type_end is not None}
    for m in mentions:
        if m.type_word is not None or m.child_of is not None:
            continue
        k = bisect_left(opens, m.start)
        bracket = opens[k - 1] if k else -1
        if bracket < 0 or m.start - bracket > CHILDREN_BRACKET_MAX:
            continue
        if not LISTED_BEFORE.fullmatch(text, bracket + 1, m.start, rx.NOT_CONCURRENT):
            continue  # a closed bracket, a line break or words of prose between
        tw = type_before_mark(tokens, m.first, bracket, text, named)
        if tw is None or not of_levels(m, tw.units):
            continue
        if _count_before(text, bracket) == _listed(text, bracket):
            m.type_word, m.type_before, m.rule = tw, True, BRACKET_TYPE_LIST


def _count_before(text: str, bracket: int) -> int | None:
    """The count among the few words right before the bracket ("эки облустун (": 2)."""
    words = text[max(0, bracket - _COUNT_REACH) : bracket].split("\n")[-1].split()
    for word in reversed(words[-_COUNT_REACH_WORDS:]):
        if word.isdigit():
            return int(word)
        number = read_word(word)
        if number is not None and number.kind in _CARDINAL_KINDS and number.value:
            return number.value
    return None


def _listed(text: str, bracket: int) -> int:
    """How many names the bracket lists: its items between commas and joiners."""
    close = text.find(_CLOSES, bracket, bracket + CHILDREN_BRACKET_MAX)
    inside = text[bracket + 1 : close] if close > 0 else ""
    items = 0
    for part in inside.replace(";", ",").split(","):
        words = part.split()
        if words:
            items += 1 + sum(w.casefold() in JOINERS for w in words[1:-1])
    return items
