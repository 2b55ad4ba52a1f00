"""Numbers in Kyrgyz and Russian: number words (жыйырма беш, эки жүз элүү, миңден,
бир жарым миң; двадцать пять, двумястами, полторы тысячи) in every case form,
digits with spaces, endings and scales (1 500 000, 20дан, 2 миң, 1,5 тысячи),
collectives (экөө, трое), ranges with both ends (30-40, от 20 до 30), and ordinals
and vague words recognised so that callers can reject them.

All words and endings come from lexicon/numbers.yaml; this package only composes.

Modules:
- word_tables.py: the word tables of lexicon/numbers.yaml (Kyrgyz stems, Russian case forms).
- words.py: reading number words and digits into values.
- segment/tokens.py: the tokens of running text.
- finding.py: the numbers of a text (`number_at`, `find_numbers`).
- ranges.py: ranges with both ends (`range_at`, `find_ranges`).
"""

from __future__ import annotations

from ..segment.tokens import Token, TokenKind, read_digits, tokenize
from .finding import NumberKind, NumberMatch, NumberReadings, find_numbers, number_at
from .ranges import (
    NumberRange,
    find_ranges,
    may_start,
    range_at,
    start_indexes,
    word_may_start,
)
from .word_tables import (
    DIGIT_PIECE,
    ENDING_CASE,
    NUMBER_BEGINS,
    NUMBER_START,
    PART_ABLATIVE_ENDINGS,
    PARTITIVE_ENDINGS,
    WordKind,
)
from .words import NumberPhrase, NumberWord, lone_part_word, read_word, read_words

__all__ = [
    "DIGIT_PIECE",
    "ENDING_CASE",
    "NUMBER_BEGINS",
    "NUMBER_START",
    "NumberKind",
    "NumberMatch",
    "NumberPhrase",
    "NumberRange",
    "NumberReadings",
    "NumberWord",
    "PART_ABLATIVE_ENDINGS",
    "PARTITIVE_ENDINGS",
    "Token",
    "TokenKind",
    "WordKind",
    "find_numbers",
    "find_ranges",
    "may_start",
    "start_indexes",
    "word_may_start",
    "number_at",
    "range_at",
    "read_digits",
    "lone_part_word",
    "read_word",
    "read_words",
    "tokenize",
]
