"""A list's heading of those who take part (issue 14, round 40): "Акцияга катышкандар:"
over rows of counts ("- Маргундан 35 жаш", "- Катрандан 28 окуучу") says the verb their
nouns need. The words are data: lexicon/participation.yaml `taking_part_heading_*`."""

from __future__ import annotations

from .counts_without_who import participation_before, participation_before_colon
from .phrase import Phrase
from .words import LEX, Tokens, ends_sentence_at, folded_stems

_HEADING_STEMS = folded_stems("taking_part_heading_stems")
_REACH: int = LEX["taking_part_heading_reach"]


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
    tokens back."""
    j = start - 1
    stop = max(-1, start - 1 - _REACH)
    while j > stop and tokens[j].kind != "nl":
        if tokens[j].text == ":" or ends_sentence_at(tokens, j):
            return False  # the row's own sentence or label
        j -= 1
    while j > stop:  # tokens[j]: the line break before a line
        if tokens[j].text.count("\n") > 1:
            return False  # a blank line ends the list
        if j > 0 and tokens[j - 1].text == ":":
            return _heading_words(tokens, j - 2, stop)
        j -= 1
        while j > stop and tokens[j].kind != "nl":
            j -= 1
    return False


def _heading_words(tokens: Tokens, j: int, stop: int) -> bool:
    """A word of taking part on the line that ends at token j."""
    while j > stop and tokens[j].kind != "nl":
        if tokens[j].kind == "word" and tokens[j].low.startswith(_HEADING_STEMS):
            return True
        j -= 1
    return False


def source_only(tokens: Tokens, p: Phrase) -> bool:
    """ "2 мектеп оңдолот": schools count only as where people came from (or as a row
    under a heading of those taking part: "Катышкандар:" / "- 28 мектеп окуучусу")."""
    if not p.head.entry.source_only or p.head.ending.case in ("ablative", "genitive"):
        return False
    return not under_taking_part_heading(tokens, p.start)
