"""Signing up to a group the text has just said was formed: its make-up so far ("... ыктыярдуу
топ түзүшкөнүн билдиришти. Топко азырынча 9 жигит жазылды"), as signing up to a body of
governance is (vetoes.joined_body); who sign up to a club or a group the text did not say
was formed take part ("Футбол тобуна 30 бала жазылды")."""

from __future__ import annotations

from bisect import bisect_left

from ...fold import typed_too
from .words import LEX, Tokens, folded_stems

_SIGNING_UP_STEMS = folded_stems("body_signing_up_stems")
# A body of governance's stems, each also as a Russian keyboard types it ("кенеш")...
GOVERNANCE_STEMS = typed_too(LEX["governance_body_stems"])
# ... and the words they open that name no body ("кеңешме", a meeting).
_NOT_GOVERNANCE_STEMS = typed_too(LEX["governance_body_not_stems"])
# Kyrgyz stems of a group formed, and the Russian verbs of a body created.
_FORMED_STEMS = folded_stems("group_formed_stems") + folded_stems("body_created_stems")
# The sentence before the count's and the count's own, up to it.
_SENTENCES_BACK = 2


def signing_up_stems(tokens: Tokens, start: int, entered: list[str]) -> tuple[str, ...]:
    """The verbs of signing up (`body_signing_up_stems`) that join the bodies `entered`
    (their words) before the count at token `start`: a body of governance's
    (`governance_body_stems`) or a group's just formed; none for a club's."""
    governed = any(governance_noun(low) for low in entered)
    return _SIGNING_UP_STEMS if governed or formed_just_before(tokens, start) else ()


def governance_noun(low: str) -> bool:
    """A body of governance's noun (lexicon `governance_body_stems`, "кеңешине",
    "айыльный кенеш"), not a word its stem opens that names none ("кеңешме", a meeting:
    `governance_body_not_stems`; revfix51)."""
    return low.startswith(GOVERNANCE_STEMS) and not low.startswith(_NOT_GOVERNANCE_STEMS)


def formed_just_before(tokens: Tokens, start: int) -> bool:
    """A verb of forming a group ("түзүшкөн", "түзүлдү", "создана") in the count's sentence
    before token `start` or in the sentence before it."""
    order = tokens.break_order
    b = bisect_left(order, start)
    first = order[b - _SENTENCES_BACK] + 1 if b >= _SENTENCES_BACK else 0
    return any(
        tok.kind == "word" and tok.low.startswith(_FORMED_STEMS) for tok in tokens[first:start]
    )
