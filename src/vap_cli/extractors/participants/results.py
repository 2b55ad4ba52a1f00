"""A contest's or a school year's results ("9-классты 48 окуучу аяктады", "6 окуучу 90
баллдан жогору алды", "алардын 6сы төш белгисине татыктуу болду"): graduates, high
scorers and award winners are the results, not who took part (lexicon `result_phrases`;
participants.results; left57b). Entrants whose own clause says they took part count."""

from __future__ import annotations

from collections.abc import Sequence

from ...numbers import Token
from .constants import STATUS_REACH
from .negation import own_clause, own_clause_words
from .phrase import Phrase
from .recipients import TAKING_PART_STEMS
from .words import Tokens, first_words, folded_phrases, has_phrase

_RESULTS = folded_phrases("result_phrases")
_RESULTS_FIRST = first_words(_RESULTS)


def results(tokens: Tokens, p: Phrase) -> bool:
    """The count's own clause has a phrase of `result_phrases` over its words and no word
    of taking part."""
    if own_clause_words(tokens, p).starts(TAKING_PART_STEMS):
        return False
    return has_phrase(_words(own_clause(tokens, p)), _RESULTS, _RESULTS_FIRST)


def part_results(tokens: Tokens, last: int) -> bool:
    """The clause after a part of a whole (its last token `last`) has a phrase of
    `result_phrases` and no word of taking part ("..., алардын 6сы төш белгисине
    татыктуу болду": the award winners among the graduates)."""
    if tokens.words_after(last, STATUS_REACH).starts(TAKING_PART_STEMS):
        return False
    return has_phrase(_words(tokens.clause_after(last, STATUS_REACH)), _RESULTS, _RESULTS_FIRST)


def _words(clause: Sequence[Token]) -> list[Token]:
    """The clause's words, a number glued to a word by a hyphen read as that word
    ("11-классты" as "классты"); other numbers and marks left out."""
    words = []
    for tok in clause:
        if tok.kind == "word":
            words.append(tok)
        elif tok.kind == "num" and tok.ending:
            words.append(Token("word", tok.start, tok.end, tok.text, tok.ending))
    return words
