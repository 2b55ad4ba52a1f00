"""Ratios: one person per so many people, a norm of representation ("1 делегат от 150
жителей", the drop rule participants.representation_norm). A ratio says how many may
represent whom, no count on either side; it looks at the two counts and the word between.
A rate per head ("45 сомов с одного человека", participants.per_person_rate) counts no
one either."""

from __future__ import annotations

from ...numbers import NumberMatch, number_at
from .negation import own_clause
from .phrase import Phrase
from .words import LEX, UNIT_NOUNS, Tokens, casefolded, folded_stems, who_at, who_ending_at

_RATIO_WORDS = casefolded("ratio_words")
# The one of a norm ("1 делегат", "один депутат"), the ratio's first side, and the one
# of a rate's head ("с одного человека").
_ONE = 1
# A number spans at most so many tokens ("1 000").
_NUMBER_TOKENS = 3
_RATE_PREPOSITIONS = casefolded("rate_prepositions")
_RATE_CASES = frozenset(LEX["rate_cases"])
_MONEY = folded_stems("money_words")


def per_person_rate(tokens: Tokens, p: Phrase) -> bool:
    """ "60 сомов в месяц с одного жителя", "1 адамдан айына 50 сом", "1 кишиге 120 сом": a
    count of one after a preposition of rate or in a case of rate, with a money word in
    its own clause, is a price's head, no one counted (round 48). Not one person with no
    money named ("Сбор начался с одного человека"), nor money in another clause ("...
    началась с одного волонтера, а 30 жителей собрали 5 тысяч сомов"). ("по 300 сомов на
    одного жителя" is participants.host_preposition's, and "бир адамдан" the article's.)"""
    if p.num.value != _ONE:
        return False
    by_preposition = p.start > 0 and tokens[p.start - 1].low in _RATE_PREPOSITIONS
    if not by_preposition and p.head.ending.case not in _RATE_CASES:
        return False
    return any(tok.low.startswith(_MONEY) for tok in own_clause(tokens, p))


def representation_norm(tokens: Tokens, p: Phrase) -> bool:
    """ "1 делегат от 150 жителей", "один врач на 1 000 жителей": one person per so many
    people (a word of `ratio_words` between a count of one and a count of people right
    after it), a norm of representation; neither side counts anyone (round 44). Not "20
    человек от 5 сел" (more than one on the first side: a delegation from units), nor "1
    представитель от 12 сел" (units on the second side, `UNIT_NOUNS`: one came from
    each; review41)."""
    k = p.end
    if (
        p.num.value == _ONE
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
    return one is not None and one.value == _ONE


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
