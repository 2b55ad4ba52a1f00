"""A place between a verb of taking part and its count: "В выборах приняли участие в
Кочкорском районе полторы тысячи избирателей", "Шайлоого катышты Кочкор районунда 1500
шайлоочу". A verb that opens its clause puts its subject after it, and where they took
part may stand between the two: the count takes that verb's status (and with it a noun
counted only with a verb: voters), and the place right before it stays its place.

The place is a Russian preposition of place ("в", "во", "на") and its words, or Kyrgyz
words whose last is in the locative ("Кочкор районунда"); a name among them (a
capitalised word) makes it a place, not a word of time or manner ("в этот день",
"в среднем")."""

from __future__ import annotations

from ...models import Status
from .constants import PLACE_BETWEEN_WORDS
from .phrase import HOST_PREPOSITIONS, status_before
from .words import Tokens, hyphen_in_name, noun_ending_case

# The Kyrgyz cases of a place where people took part ("районунда", "айылындагы").
_KYRGYZ_PLACE_CASES = frozenset(("locative", "attributive"))


def status_over_place(tokens: Tokens, start: int) -> Status | None:
    """The status of a verb of taking part that ends right before a place, the place
    ending right before token `start` (the count's first): None when there is no such
    place or verb."""
    if start < 2 or tokens[start - 1].kind != "word":
        return None
    kyrgyz = noun_ending_case(tokens[start - 1].low) in _KYRGYZ_PLACE_CASES
    named = False
    words = 0
    for k in range(start - 1, -1, -1):
        tok = tokens[k]
        if hyphen_in_name(tokens, k):
            continue  # "Ат-Башы": a name's hyphen is no word
        if tok.kind != "word" or words == PLACE_BETWEEN_WORDS:
            return None
        if tok.low in HOST_PREPOSITIONS:
            # "в Кочкорском районе": the preposition opens the place
            return status_before(tokens, k) if named and k < start - 1 else None
        words += 1
        named = named or tok.text[:1].isupper()
        if kyrgyz and named:
            found = status_before(tokens, k)
            if found is not None:
                return found
    return None
