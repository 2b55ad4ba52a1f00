"""A prize's degree in the count's sentence: "18 учащихся получили дипломы II степени",
"12 окуучу 1-даражадагы диплом алды" (a rank, a Roman numeral or a number, right before
the word of a degree: lexicon participation.yaml `prize_degree_words`). Those counted got
a ranked diploma or prize: winners, not who took part (participants.prize_degree, round
53). A degree with no rank before it ("в значительной степени", "жогорку даражадагы") is
no prize's."""

from __future__ import annotations

from .negation import sentence_of
from .phrase import Phrase
from .words import LEX, Tokens, casefolded

_DEGREE_WORDS = casefolded("prize_degree_words")
# The letters of a Roman numeral as a rank is written ("I", "II", "III", "IV").
_ROMAN_LETTERS = frozenset(LEX["prize_rank_roman_letters"])
# A rank and its degree word written as one token ("1-даражадагы"): parted by this mark.
_RANK_JOINER = "-"


def prize_degree(tokens: Tokens, p: Phrase) -> bool:
    """A ranked degree of a diploma or prize in the count's sentence: its winners."""
    sentence = sentence_of(tokens, p)
    for k, tok in enumerate(sentence):
        if tok.kind == "num" and tok.low.partition(_RANK_JOINER)[2] in _DEGREE_WORDS:
            return True  # "1-даражадагы"
        if tok.low in _DEGREE_WORDS and k and _rank(sentence[k - 1].text, sentence[k - 1].kind):
            return True
    return False


def _rank(text: str, kind: str) -> bool:
    """A number or a Roman numeral ("II", "I–III" ends with "III")."""
    return kind == "num" or (bool(text) and set(text) <= _ROMAN_LETTERS)
