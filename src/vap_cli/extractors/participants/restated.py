"""A count restating the count before it in other units: set off by a comma and a word of
restating (lexicon `restating_phrases`: "или", "же", "башкача айтканда") right after the earlier
count's noun ("подключит к сети 1 200 домов, или более 5 000 сельчан"), or in brackets
right after it ("пособие получили 300 семей (780 детей)"; left57). It counts the
same people, so a count the earlier one's drop leaves standing alone (its cue of benefit
too far back, the households no noun of people) is dropped with it
(`participants.restated_dropped_count`). An earlier count that was kept leaves the
restatement as it was decided, and so does a verb of taking part that gives the
restatement a status of its own ("Майрамга 12 айыл, же 300дөн ашык тургун катышты": the
villages counted no people, the residents took part; revfixl56)."""

from __future__ import annotations

from collections.abc import Mapping

from ...explain import Rule
from ...models import Status
from ...numbers import NumberMatch
from . import rules
from .constants import COMMA
from .phrase import Found, qualifier_before
from .words import LEX, Phrases, Tokens

_RESTATING = Phrases(LEX["restating_phrases"])
# The earlier count's noun phrase between its number and the comma: a noun and two
# adjectives, or a hyphenated noun ("үй-бүлөнү": three tokens) and one more word.
RESTATED_NOUN_REACH = 4
_HYPHEN = "-"
# ... or the restatement opens a bracket right after the earlier count's noun ("пособие
# получили 300 семей (780 детей)": the same households' children; left57).
_BRACKET = "("
# The status of a count no verb of taking part speaks of: the earlier count's drop decides it.
_NO_STATUS: Status = "unknown"


def restating_dropped(
    tokens: Tokens,
    counts: Mapping[int, Found],
    dropped: Mapping[int, tuple[Rule, NumberMatch]],
) -> list[int]:
    """The kept counts (by token index), of no status of their own, that restate a dropped
    count right before them."""
    if not counts or not dropped:
        return []
    ends = {num.last: num.first for _, num in dropped.values()}
    # a bracket restates a count of someone or something, no year, day or measure ("в 2018
    # году (2 260 человек)": that year's own count)
    counted = {
        num.last: num.first for rule, num in dropped.values() if rule not in rules.NOT_A_COUNT
    }
    found = []
    for k, count in counts.items():
        if count.status != _NO_STATUS:
            continue
        start = k - qualifier_before(tokens, k)[1]
        n = _RESTATING.ending_at(tokens, start)
        comma = start - n - 1
        if n and comma > 0 and tokens[comma].text == COMMA and _restates(tokens, comma, ends):
            found.append(k)
        elif (
            start > 1
            and tokens[start - 1].text == _BRACKET
            and _restates(tokens, start - 1, counted)
        ):
            found.append(k)  # "412 семей (1 236 детей)": the same people in brackets
    return found


def _restates(tokens: Tokens, comma: int, ends: Mapping[int, int]) -> bool:
    """A dropped number ends within RESTATED_NOUN_REACH words (or hyphens) before the
    comma (or the bracket) at token `comma`, only words between it and the comma."""
    for last in range(comma - 1, max(comma - RESTATED_NOUN_REACH, 0) - 1, -1):
        tok = tokens[last]
        if tok.kind != "word" and tok.text != _HYPHEN:
            return False
        if last in ends:
            return True
    return False
