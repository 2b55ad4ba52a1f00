"""A collective number as its own noun ("экөө тең катышты": the two of them): a count
with its verb, a row of a total after an opener, or nothing (decide.py asks it)."""

from __future__ import annotations

from ...explain import Rule
from ...numbers import NumberMatch, number_at
from . import rules
from .constants import COLLECTIVE_TOTAL_REACH, COLLECTIVE_VERB_REACH
from .counts_without_who import PARTITIVE_OWNERS, opener_before
from .negation import denied_clause
from .phrase import Found, Reading, head_after, status_after
from .words import Tokens, WhoMatch, ends_sentence_at, who_at, who_ending_at

# what may close the part's predicate noun's clause besides the sentence's end
_CLAUSE_ENDS = frozenset(",;")


def collective_count(tokens: Tokens, num: NumberMatch, reading: Reading) -> Found | Rule:
    """ "экөө тең катышты": the collective is its own noun; it needs its verb, unless it
    is a row of a total ("..., алардын ичинде айыл өкмөттөрүнүн башчыларынын экөө аял")."""
    if denied_clause(tokens, reading.after):
        return rules.NEGATED  # "экөө окууну аягына чыгара алган жок": the two did not
    value = num.value or 0
    first = num.first
    status = status_after(tokens, reading.after, reach=COLLECTIVE_VERB_REACH)
    opener = opener_before(tokens, first) if status is None else None
    if opener is not None and _total_before(tokens, opener):
        owner = who_ending_at(tokens, first)
        who = owner.entry.lemma if owner and owner.ending.case == "genitive" else None
        start = tokens[first].start
        return Found(value, reading.qualifier, who, "unknown", start, num.end, rules.COLLECTIVE_ROW)
    named = _predicate_noun(tokens, num, reading) if status is None else None
    if named is not None:
        # "Алардын экөө тажрыйбалуу ардагерлер": kept only under a total kept before it
        # (rows.owned_rows_without_total), as "Алардын 2си тажрыйбалуу ардагерлер" is
        return Found(
            value,
            reading.qualifier,
            named.entry.lemma,
            "unknown",
            num.start,
            num.end,
            rules.OWNED_PARTITIVE_ROW,
        )
    if status is None:
        return rules.COLLECTIVE_WITHOUT_VERB
    start, end = tokens[reading.start].start, tokens[reading.after - 1].end
    return Found(value, reading.qualifier, None, status, start, end, rules.COLLECTIVE)


def _predicate_noun(tokens: Tokens, num: NumberMatch, reading: Reading) -> WhoMatch | None:
    """The noun of who in the nominative after a collective right after "алардын" (a
    few modifiers between): the part's predicate, what the part of the total are
    ("Алардын экөө тажрыйбалуу ардагерлер"), else None."""
    if num.first < 1 or tokens[num.first - 1].low not in PARTITIVE_OWNERS:
        return None
    named = head_after(tokens, reading.after)
    if named is None or named.ending.case is not None:
        return None
    return named if _closes_clause(tokens, named.last) else None


def _closes_clause(tokens: Tokens, k: int) -> bool:
    """Token k ends the predicate noun's clause: the text's or the line's end, the
    sentence's end, a comma or a semicolon. A postposition or a finite verb there makes
    the noun an object ("Алардын экөө мугалимдер менен сүйлөштү": the two talked with
    teachers, no part of teachers; fix59)."""
    return (
        k >= len(tokens)
        or ends_sentence_at(tokens, k)
        or tokens[k].kind == "nl"
        or tokens[k].text in _CLAUSE_ENDS
    )


def _total_before(tokens: Tokens, opener: int) -> bool:
    """A count of people in the sentence before the rows' colon: the total its rows
    are parts of ("Курска 30 аял катышты: үчөө ..."); not a count of things ("кайыктын
    эки калагындай: экөө бирдей иштесе": the two oars, no people). An opener of words
    ("алардын ичинде", "анын ичинде") points back to people itself, however far."""
    if tokens[opener].text != ":":
        return True
    for j in range(opener - 1, max(0, opener - COLLECTIVE_TOTAL_REACH), -1):
        if ends_sentence_at(tokens, j - 1):
            return False
        num = number_at(tokens, j - 1) if who_at(tokens, j) is not None else None
        if num is not None and num.is_count and num.last == j:
            return True
    return False
