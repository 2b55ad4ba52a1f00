"""The kind words of the events lexicon in a stretch of tokens, read by the events
extractor's own matcher (events/kinds.kinds_in): an event people go to
(kept_anyway.going_to_event) or are admitted to (admitted.admitted_to_programme)."""

from __future__ import annotations

from collections.abc import Sequence

from ...numbers import Token
from ..events.kinds import kinds_in


def event_words(span: Sequence[Token]) -> list[tuple[int, Sequence[Token]]]:
    """The tokens of `span` that end a kind word of the events lexicon (its index, and
    the tokens after it)."""
    text = " ".join(tok.text for tok in span)
    # the index of the token that ends at each place of `text`
    token_ending_at: dict[int, int] = {}
    place = -1
    for n, tok in enumerate(span):
        place += 1 + len(tok.text)
        token_ending_at[place] = n
    found = []
    for _kind, _start, end in kinds_in(text):
        named = token_ending_at.get(end)
        if named is not None:
            found.append((named, span[named + 1 :]))
    return found
