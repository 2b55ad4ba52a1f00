"""A clause that leaves out the noun and verb of the count before it and contrasts
another time: "В этом году в слушаниях участвовали 287 жителей, а в прошлом году —
лишь 190", "Быйыл жыйынга 120 тургун катышты, ал эми былтыр — 90". After the
contrasting conjunction come words of time, then a dash that stands for the verb, and a
bare number that ends the clause: the same people, at another time. Asked for a number
with no noun of its own (candidates.py), once the counts before it are decided."""

from __future__ import annotations

from collections.abc import Mapping

from ... import morph
from ...numbers import NumberMatch
from . import rules
from .constants import DASHES, ROWS_REACH
from .phrase import Found, qualifier_before
from .words import (
    LEX,
    Phrases,
    Tokens,
    casefolded,
    ends_sentence_at,
    folded_stems,
    hyphen_in_name,
    in_year_range,
)

_CONJUNCTIONS = Phrases(LEX["gap_conjunctions"])
_TIME_STEMS = folded_stems("gap_time_stems")
_PARTICLES = casefolded("gap_particles")
_CLAUSE_ENDS = frozenset(",.;")
_UNIT_ADJECTIVE_ENDINGS = tuple(morph.russian_unit_adjective_endings())
# The words of time between the conjunction and the dash: "в прошлом году" (three),
# "в том же месяце прошлого года" (six); with the event and its place before them,
# "на отчете главы в Ак-Суу в мае этого года" (nine).
GAP_WORDS = 10


def gapped_count(tokens: Tokens, num: NumberMatch, counts: Mapping[int, Found]) -> Found | None:
    """The count a bare number stands for in a gapped clause ("..., а в прошлом году —
    лишь 190."): the noun and status of the count kept before the conjunction, in its
    sentence; None when the number is no such clause's."""
    if num.value is None or not _bare_number_closing_clause(tokens, num):
        return None
    qualifier, n = qualifier_before(tokens, num.first)
    k = num.first - n
    while k > 0 and tokens[k - 1].low in _PARTICLES:
        k -= 1
    if k < 1 or tokens[k - 1].text not in DASHES:
        return None
    conjunction = _conjunction_before(tokens, k - 1)
    if conjunction is None:
        return None
    counted = _count_before(tokens, conjunction, counts)
    if counted is None:
        return None
    return Found(
        num.value,
        qualifier,
        counted.who,
        counted.status,
        tokens[num.first - n].start,
        num.end,
        rules.GAPPED_CLAUSE,
    )


def _ends_clause(tokens: Tokens, k: int) -> bool:
    """Token k (the one after the number) ends its clause, or there is none."""
    return k >= len(tokens) or ends_sentence_at(tokens, k) or tokens[k].text in _CLAUSE_ENDS


def _conjunction_before(tokens: Tokens, dash: int) -> int | None:
    """The first token of ", а" / ", ал эми" a few words of time before the dash (one of
    them a word of time: "в прошлом году", "былтыр"), or None."""
    timed, words = False, 0
    for j in range(dash - 1, 0, -1):
        n = _CONJUNCTIONS.ending_at(tokens, j + 1)
        if n and j < dash - 1 and j >= n and tokens[j - n].text == ",":
            return j + 1 - n if timed else None
        if hyphen_in_name(tokens, j):
            continue  # "в Ат-Башы": a name's hyphen is no word
        tok = tokens[j]
        words += 1
        if tok.kind not in ("word", "num") or ends_sentence_at(tokens, j) or words > GAP_WORDS:
            return None
        timed = timed or tok.kind == "num" or tok.low.startswith(_TIME_STEMS)
    return None


def _count_before(tokens: Tokens, conjunction: int, counts: Mapping[int, Found]) -> Found | None:
    """The nearest count kept before the conjunction's comma, in its sentence."""
    for k in range(conjunction - 2, max(-1, conjunction - 2 - ROWS_REACH), -1):
        if ends_sentence_at(tokens, k):
            return None
        counted = counts.get(k)
        if counted is not None:
            return counted if counted.who is not None else None
    return None


def gapped_unit_row(tokens: Tokens, num: NumberMatch, counts: Mapping[int, Found]) -> Found | None:
    """ "Район представили 96 человек, Бакай-Атинский — 92, Манасский — 64": after a
    comma, a unit's Russian adjective (its type noun and the verb left out), a dash that
    stands for the verb and a bare number that ends the clause: the same people as the
    count kept before it in its sentence; None when the number is no such row's."""
    if num.value is None or not _bare_number_closing_clause(tokens, num):
        return None
    k = num.first - 2  # the word before the dash
    if k < 1 or tokens[k + 1].text not in DASHES or tokens[k].kind != "word":
        return None
    if not _unit_name_adjective(tokens[k].text):
        return None
    while k >= 2 and hyphen_in_name(tokens, k - 1):
        k -= 2  # "Бакай-Атинский": the name's first parts
    if tokens[k - 1].text != "," or _after_colon(tokens, k):
        return None
    counted = _count_before(tokens, k, counts)
    if counted is None:
        return None
    return Found(
        num.value, "exact", counted.who, counted.status, num.start, num.end, rules.GAPPED_UNIT_ROW
    )


def _after_colon(tokens: Tokens, k: int) -> bool:
    """A colon stands before token k in its sentence ("Из них: Баткенская область – 96
    человек, Джалал-Абадская – 143"): the rows of a breakdown, the total's people
    (rows_of_totals), not a gapped row's."""
    for j in range(k - 1, max(-1, k - 1 - ROWS_REACH), -1):
        if ends_sentence_at(tokens, j):
            return False
        if tokens[j].text == ":":
            return True
    return False


def _unit_name_adjective(word: str) -> bool:
    """A unit's adjectival name, written with a capital as a name is ("Манасский",
    "Иссык-Кульскую"); a common adjective with the same ending is none ("женский —
    120, мужской — 80": a breakdown of the same people by sex, not a unit's row)."""
    return word[:1].isupper() and word.casefold().endswith(_UNIT_ADJECTIVE_ENDINGS)


def _bare_number_closing_clause(tokens: Tokens, num: NumberMatch) -> bool:
    """A number with no ending and no year, the last word of its clause ("— 190.",
    "Манасский — 64,"): what a gapped clause or row leaves of its count."""
    return (
        num.kind in ("digits", "words")
        and not num.ending
        and num.value is not None
        and not in_year_range(num.value)
        and _ends_clause(tokens, num.last)
    )
