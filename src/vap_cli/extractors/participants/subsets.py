"""Parts of a total that counts no one taking part: "Население составляет 11 400
человек, в том числе около 3 тыс. детей", "айылда 4 миңге жакын калк жашайт, анын
ичинен 900дөн ашуун окуучу". A part right after an opener ("в том числе", "анын
ичинен", "из них") with no verb of its own shares its total's clause; when that total
was dropped (a population, beneficiaries, a roster), the part counts no one either.
Asked once a window's numbers are decided and its rows settled (candidates.py)."""

from __future__ import annotations

from collections.abc import Mapping

from ...explain import Rule
from ...numbers import NumberMatch
from . import rules
from .constants import ROWS_REACH
from .counts_without_who import OPENERS
from .phrase import Found, qualifier_before
from .rows import tokens_end_index
from .words import ROW_JOINERS, Tokens, ends_sentence_at


def parts_of_dropped_totals(
    tokens: Tokens, counts: Mapping[int, Found], dropped: Mapping[int, tuple[Rule, NumberMatch]]
) -> list[int]:
    """The counts (by token index) that are parts of a dropped total: right after an
    opener, with no verb of their own ("unknown") or a row that took a total's further
    back, and the nearest number before the opener, in its sentence, was dropped as a
    count of people not taking part (or of things: "312 предложений, из которых 47")."""
    if not counts or not dropped:
        return []
    held: dict[int, Rule | None] | None = None  # made at the first part after an opener
    parts = []
    for k, found in counts.items():
        # a row that took an earlier total's verb ("..., ими было подано 312
        # предложений, из которых 47 ..."): the number right before its opener is its whole
        if found.status != "unknown" and found.rule is not rules.ROW_OF_TOTAL:
            continue
        start = k - qualifier_before(tokens, k)[1]
        opener = OPENERS.ending_at(tokens, start)
        if not opener:
            continue
        if held is None:
            held = _number_cover(tokens, counts, dropped)
        total = _total_before(tokens, start - opener, held)
        if total is not None and total not in rules.NOT_A_COUNT:
            parts.append(k)
    return parts + _listed_after_parts(tokens, counts, parts)


def _listed_after_parts(tokens: Tokens, counts: Mapping[int, Found], parts: list[int]) -> list[int]:
    """The counts listed right after a part of a dropped total, joined to it by "жана",
    "и" or a comma, with no verb of their own: further parts of the same total ("из них 80
    детей и 40 пожилых", "анын ичинде 50 бала жана 30 пенсионер"; round 52); a count with
    its own verb is a clause of its own."""
    taken = set(parts)
    listed: list[int] = []
    keys = sorted(counts)
    for before, k in zip(keys, keys[1:], strict=False):
        if before not in taken or k in taken or counts[k].status != "unknown":
            continue
        gap = tokens[
            tokens_end_index(tokens, counts[before].end) : k - qualifier_before(tokens, k)[1]
        ]
        if len(gap) == 1 and (gap[0].low in ROW_JOINERS or gap[0].text == ","):
            taken.add(k)
            listed.append(k)
    return listed


def _number_cover(
    tokens: Tokens, counts: Mapping[int, Found], dropped: Mapping[int, tuple[Rule, NumberMatch]]
) -> dict[int, Rule | None]:
    """Each token of a decided number: the rule that dropped it, or None when kept."""
    held: dict[int, Rule | None] = {}
    for rule, num in dropped.values():
        held.update(dict.fromkeys(range(num.first, num.last), rule))
    for k, found in counts.items():
        held.update(dict.fromkeys(range(k, max(k + 1, tokens_end_index(tokens, found.end))), None))
    return held


def _total_before(tokens: Tokens, opener: int, held: Mapping[int, Rule | None]) -> Rule | None:
    """The drop rule of the nearest decided number before token `opener`, in its
    sentence; None when it was kept or there is none. A quota from each unit is passed
    over for a number before it: the total it breaks down ("приняли участие 36 человек:
    по 12 представителей от каждого района, в том числе 14 женщин": the 36's women;
    round 41); alone, it is the total ("в каждой команде по 5 человек, в том числе ...")."""
    quota = None
    for j in range(opener - 1, max(-1, opener - ROWS_REACH), -1):
        if ends_sentence_at(tokens, j):
            break
        if j in held and held[j] is rules.DISTRIBUTIVE:
            quota = rules.DISTRIBUTIVE
        elif j in held:
            return held[j]
    return quota
