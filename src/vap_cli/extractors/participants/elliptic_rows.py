"""Bare numbers that leave out the noun and verb of a count before them in their
sentence, a dash or a conjunction and where their people came from or were after them:
"45 человек приехали из Иссык-Кульской области, 38 – из Нарынской" (moved out of
rows.py, acc55)."""

from __future__ import annotations

from ...explain import Rule
from ...numbers import NumberMatch
from . import rules
from .constants import DASHES, ROWS_REACH
from .phrase import HOST_PREPOSITIONS, Found
from .words import (
    PART_OF_THOSE,
    ROW_JOINERS,
    SOURCE_PREPOSITIONS,
    UNIT_NOUNS,
    Tokens,
    agent_at,
    ends_sentence_at,
    in_year_range,
    who_at,
)


def gapped_row(tokens: Tokens, num: NumberMatch, counts: dict[int, Found]) -> Found | None:
    """ "45 человек приехали из Иссык-Кульской области, 38 – из Нарынской и 29 – из
    Таласской": a bare number, a dash and where its people came from ("из", "от"), after
    a count kept with its noun in its sentence, counts the same people (their noun and
    verb left out); after "и" or a comma the dash may be left out too ("30 спортсменов из
    ... и 22 из ...": `_joined_source`)."""
    after = num.last
    if num.kind not in ("digits", "words") or num.ending or num.value is None:
        return None
    if in_year_range(num.value):
        return None  # "2024 – из бюджета": a year
    if not (_dash_then(tokens, after, SOURCE_PREPOSITIONS) or _joined_source(tokens, num)):
        return _parallel_place_row(tokens, num, counts)
    found = _count_before(tokens, num, num.first - 1, counts)
    return None if found is None else _row_of(num, found[1], rules.ELLIPTIC_ROW)


def _count_before(
    tokens: Tokens, num: NumberMatch, start: int, counts: dict[int, Found]
) -> tuple[int, Found] | None:
    """The nearest count kept at or before token `start` in the number's sentence (at
    most ROWS_REACH tokens before the number), with the token it is kept at."""
    for k in range(start, max(-1, num.first - ROWS_REACH), -1):
        if ends_sentence_at(tokens, k):
            return None
        counted = counts.get(k)
        if counted is not None:
            return k, counted
    return None


def _row_of(num: NumberMatch, counted: Found, rule: Rule) -> Found:
    """The bare number counts the people of the count before it: its noun and status."""
    return Found(num.value or 0, "exact", counted.who, counted.status, num.start, num.end, rule)


def _dash_then(tokens: Tokens, after: int, prepositions: frozenset[str]) -> bool:
    """A dash at token `after`, one of `prepositions` right after it: where a row's
    people came from ("38 – из Нарынской": SOURCE_PREPOSITIONS) or were ("100 — в
    Кара-Суу": HOST_PREPOSITIONS)."""
    return (
        after + 1 < len(tokens)
        and tokens[after].text in DASHES
        and tokens[after + 1].low in prepositions
    )


def _joined_source(tokens: Tokens, num: NumberMatch) -> bool:
    """ "30 спортсменов из Ноокатского айыл окмоту и 22 из Кара-Суйского": the number
    after "и" or a comma, "из"/"от" and a word right after it, no dash; not a part of
    those named ("12 из них", "5 из 40 участников", "8 из призеров": _people_named_at)."""
    after = num.last
    if num.first < 1 or after + 1 >= len(tokens):
        return False
    joined = tokens[num.first - 1].text == "," or tokens[num.first - 1].low in ROW_JOINERS
    nxt = tokens[after + 1]
    return (
        joined
        and tokens[after].low in SOURCE_PREPOSITIONS
        and nxt.kind == "word"
        and nxt.low not in PART_OF_THOSE
        and not _people_named_at(tokens, after + 1)
    )


def _people_named_at(tokens: Tokens, k: int) -> bool:
    """A noun of people at k ("призеров"), not a unit's ("айылного аймака": UNIT_NOUNS)."""
    who = who_at(tokens, k)
    if who is not None:
        return who.entry.lemma not in UNIT_NOUNS
    return agent_at(tokens, k) is not None


def _parallel_place_row(tokens: Tokens, num: NumberMatch, counts: dict[int, Found]) -> Found | None:
    """ "150 избирателей — в Ак-Суу и 100 — в Кара-Суу": a bare number of a pair's second
    half counts the people of the nearest count kept before it in its sentence when that
    count, its noun included, has the same shape (a bare first half is a row of its
    total: rows.bare_row, `parallel_place_shape`)."""
    if not _second_half(tokens, num):
        return None
    found = _count_before(tokens, num, num.first - 2, counts)
    if found is None:
        return None
    after, counted = found
    while after < len(tokens) and tokens[after].start < counted.end:
        after += 1
    if not _dash_then(tokens, after, HOST_PREPOSITIONS):
        return None
    return _row_of(num, counted, rules.PARALLEL_PLACE_ROW)


def _second_half(tokens: Tokens, num: NumberMatch) -> bool:
    """A bare number after "и" or a comma, a dash and a preposition of place right after."""
    joined = num.first > 0 and (
        tokens[num.first - 1].text == "," or tokens[num.first - 1].low in ROW_JOINERS
    )
    return joined and _dash_then(tokens, num.last, HOST_PREPOSITIONS)


def parallel_place_shape(tokens: Tokens, num: NumberMatch) -> bool:
    """ "..., из них 300 — в Ак-Суу и 200 — в Кара-Суу": a bare number after "и" or a
    comma, a dash and a preposition of where its people were right after it, and the
    number before it in its sentence of that same shape: the second half of a pair whose
    noun and verb are left out. "и 200 — в 2021 году" after a number of another shape
    (or none) is no such half."""
    if not _second_half(tokens, num):
        return False
    for k in range(num.first - 2, max(-1, num.first - ROWS_REACH), -1):
        if ends_sentence_at(tokens, k):
            return False
        if tokens[k].kind == "num":  # the last digits of the number before
            return _dash_then(tokens, k + 1, HOST_PREPOSITIONS)
    return False
