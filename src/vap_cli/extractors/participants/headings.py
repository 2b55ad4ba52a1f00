"""A list's heading of those who take part (issue 14, round 40): "Акцияга катышкандар:"
over rows of counts ("- Маргундан 35 жаш", "- Катрандан 28 окуучу") says the verb their
nouns need. The words are data: lexicon/participation.yaml `taking_part_heading_*`."""

from __future__ import annotations

from .counts_without_who import participation_before, participation_before_colon
from .words import LEX, Tokens, ends_sentence_at, folded_stems

_HEADING_STEMS = folded_stems("taking_part_heading_stems")
_REACH: int = LEX["taking_part_heading_reach"]
_LIST_MARKS = frozenset(LEX["list_markers"])
_ITEM_SIGNS = frozenset(LEX["item_number_signs"])
# a line break's run holding a blank line: it ends the list
_BLANK_LINE_BREAKS = 2


def taking_part_cue(tokens: Tokens, start: int) -> bool:
    """A word of taking part before the count at token `start`: in its sentence, before a
    colon right before it, or heading the list whose row it opens."""
    return (
        participation_before(tokens, start)
        or participation_before_colon(tokens, start)
        or under_taking_part_heading(tokens, start)
    )


def under_taking_part_heading(tokens: Tokens, start: int) -> bool:
    """The count at token `start` is in a row of a list, lines with no blank line between,
    under a line that ends with a colon and holds a word of taking part; at most _REACH
    tokens back. The row opens with a list mark or has a row's shape: no sentence on it."""
    j = start - 1
    stop = max(-1, start - 1 - _REACH)
    plain = tokens.plain
    while j > stop and plain[j].kind != "nl":
        if _item_number(tokens, j - 1):
            j -= 1  # "1." opening the row: the item's number, no sentence's end
        elif plain[j].text == ":" or ends_sentence_at(tokens, j):
            return False  # the row's own sentence or label
        j -= 1
    row_first = j + 1
    while j > stop:  # plain[j]: the line break before a line
        if plain[j].text.count("\n") >= _BLANK_LINE_BREAKS:
            return False  # a blank line ends the list
        if j > 0 and plain[j - 1].text == ":":
            return _heading_words(tokens, j - 2, stop) and _row_line(tokens, row_first, start)
        j -= 1
        while j > stop and plain[j].kind != "nl":
            j -= 1
    return False


def _row_line(tokens: Tokens, first: int, start: int) -> bool:
    """The line whose first token is `first` is a list's row: it opens with a list mark
    or an item's number ("- Катрандан 28 окуучу", "2. Катрандан 28 окуучу"), or no
    sentence ends on it after the count at `start` ("Катрандан 28 окуучу")."""
    if tokens[first].text in _LIST_MARKS or _item_number(tokens, first):
        return True
    end = min(len(tokens), start + _REACH)  # a longer line is prose
    for j in range(start, end):
        if tokens[j].kind == "nl":
            return True
        if ends_sentence_at(tokens, j):
            return False
    return end == len(tokens)


def _item_number(tokens: Tokens, k: int) -> bool:
    """Token k is an item's number opening its line, its sign after it ("1.", "2)")."""
    return (
        0 <= k < len(tokens) - 1
        and tokens[k].kind == "num"
        and tokens[k + 1].text in _ITEM_SIGNS
        and (k == 0 or tokens[k - 1].kind == "nl")
    )


def _heading_words(tokens: Tokens, j: int, stop: int) -> bool:
    """A word of taking part on the line that ends at token j."""
    while j > stop and tokens[j].kind != "nl":
        if tokens[j].kind == "word" and tokens[j].low.startswith(_HEADING_STEMS):
            return True
        j -= 1
    return False
