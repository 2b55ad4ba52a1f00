"""Ratios: one person per so many people, a norm of representation ("1 делегат от 150
жителей", the drop rule participants.representation_norm). A ratio says how many may
represent whom, no count on either side; it looks at the two counts and the word between."""

from __future__ import annotations

from ...numbers import NumberMatch, number_at
from .phrase import Phrase
from .words import UNIT_NOUNS, Tokens, casefolded, who_at, who_ending_at

_RATIO_WORDS = casefolded("ratio_words")
# The one of a norm ("1 делегат", "один депутат"): the ratio's first side.
_NORM_ONE = 1
# A number spans at most so many tokens ("1 000").
_NUMBER_TOKENS = 3


def representation_norm(tokens: Tokens, p: Phrase) -> bool:
    """ "1 делегат от 150 жителей", "один врач на 1 000 жителей": one person per so many
    people (a word of `ratio_words` between a count of one and a count of people right
    after it), a norm of representation; neither side counts anyone (round 44). Not "20
    человек от 5 сел" (more than one on the first side: a delegation from units), nor "1
    представитель от 12 сел" (units on the second side, `UNIT_NOUNS`: one came from
    each; review41)."""
    k = p.end
    if (
        p.num.value == _NORM_ONE
        and k + 1 < len(tokens)
        and tokens[k].low in _RATIO_WORDS
        and tokens[k + 1].kind == "num"
    ):
        people = who_at(tokens, _after_number(tokens, k + 1))
        return people is not None and people.entry.lemma not in UNIT_NOUNS
    first = p.start - 1
    if first < 1 or tokens[first].low not in _RATIO_WORDS or p.head.entry.lemma in UNIT_NOUNS:
        return False
    one = _number_before_noun(tokens, first)
    return one is not None and one.value == _NORM_ONE


def _after_number(tokens: Tokens, k: int) -> int:
    """The token after the number that starts at token k."""
    found = number_at(tokens, k)
    return found.last if found is not None else k + 1


def _number_before_noun(tokens: Tokens, end: int) -> NumberMatch | None:
    """The number right before a who-noun that ends right before token `end`."""
    noun = who_ending_at(tokens, end)
    if noun is None or noun.first < 1:
        return None
    for j in range(noun.first - 1, max(-1, noun.first - _NUMBER_TOKENS - 1), -1):
        found = number_at(tokens, j)
        if found is not None and found.last == noun.first:
            return found
    return None
