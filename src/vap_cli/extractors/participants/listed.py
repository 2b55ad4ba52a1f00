"""A list's whole whose part then takes part ("Курстун тизмесинде 60 мугалим болсо, алардын
48и келди", "В списке 90 человек, из них пришли 70"): the list's total counts no one, the
part after it does (the drop rule participants.listed_whole)."""

from __future__ import annotations

from ...numbers import Token
from .constants import STATUS_REACH
from .negation import own_clause_before, own_clause_end
from .phrase import Phrase, status_after, status_before
from .words import LEX, PART_OWNERS, Tokens, casefolded, folded_stems, noun_ending_case

_LIST_STEMS = folded_stems("list_locative_stems")
_LIST_FORMS = casefolded("list_locative_forms")
_PART_REACH: int = LEX["list_part_reach"]
_LOCATIVE = "locative"


def _list_in_locative(low: str) -> bool:
    """A list named in the locative: "тизмесинде", "в списке"."""
    if low in _LIST_FORMS:
        return True
    return low.startswith(_LIST_STEMS) and noun_ending_case(low) == _LOCATIVE


def listed_whole(tokens: Tokens, p: Phrase) -> bool:
    """ "Курстун тизмесинде 60 мугалим болсо, алардын 48и келди", "В списке 90 человек, из
    них пришли 70": a list in the locative before the count in its own clause, no verb of
    taking part in that clause, and a part's owner ("алардын", "из них") right after the
    clause's comma: the list's whole, whose part took part; the whole counts no one. Not a
    count with no list ("Жыйынга 60 мугалим келди, алардын 48и ...", its own verb), nor a
    list whose next clause names no part of it."""
    start = p.reading.start
    if not any(_list_in_locative(tok.low) for tok in own_clause_before(tokens, start)):
        return False
    if status_before(tokens, start) is not None:
        return False
    own = clause_before_a_part(tokens, p.end)
    return own is not None and status_after(tokens, p.end, len(own)) is None


def clause_before_a_part(tokens: Tokens, end: int) -> list[Token] | None:
    """The tokens of a count's own clause from token `end` on, when a part's owner
    ("алардын", "из них": `partitive_owners`, `part_of_those`) opens the next clause, at
    most `list_part_reach` tokens after its comma ("..., из них четверо назначены"); None
    when no part of the count follows (shared by listed_whole and tallies' verbs of
    choosing, revfix49)."""
    after = tokens.clause_after(end, STATUS_REACH)
    own = own_clause_end(tokens, end)
    if any(tok.low in PART_OWNERS for tok in after[own + 1 : own + 1 + _PART_REACH]):
        return list(after[:own])
    return None
