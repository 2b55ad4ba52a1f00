"""A queue for a service before the count in its clause: "очередь в детские сады
составляет 900 детей", "бала бакчага кезек 250 баладан 90 балага азайды" (lexicon
participation.yaml `queue_words`): the children counted wait in it, applicants, not who
take part (participants.waiting_for_service, recipients.py). Not the adverb "in turn"
("кезек менен": `queue_in_turn_after`; revfix53)."""

from __future__ import annotations

from .constants import CUE_REACH
from .phrase import Phrase
from .words import Tokens, casefolded

_QUEUE = casefolded("queue_words")
_QUEUE_IN_TURN_AFTER = casefolded("queue_in_turn_after")


def queue_before(tokens: Tokens, p: Phrase) -> bool:
    """A queue's noun in the count's clause before it ("бала бакчага кезек 250 баладан"),
    not the adverb "in turn" it makes with the word after it ("кезек менен 25 тургун сөз
    сүйлөдү": lexicon `queue_in_turn_after`; revfix53)."""
    words = tokens.words_before(p.start, CUE_REACH)
    if not words.has(_QUEUE):
        return False
    lows = words.lows
    after = [*lows[1:], ""]  # the word after each ("" after the last)
    return any(
        low in _QUEUE and nxt not in _QUEUE_IN_TURN_AFTER
        for low, nxt in zip(lows, after, strict=True)
    )
