"""Units that fielded people for an event ("Своих борцов выставили Кеминский район (9) и
Панфиловский район (6)"): a verb of the lexicon's `fielding_verbs` right after the people's
noun says the people counted in brackets after each unit took part (read by
rows.bracketed_row, participants.bracketed_row; left59)."""

from __future__ import annotations

from ...models import Status
from .words import ENTRY_LEMMAS, Tokens, WhoMatch, casefolded, ends_sentence_at

_FIELDING = casefolded("fielding_verbs")
_FIELDED_AFTER = casefolded("fielding_people_before")
_NOMINATED_BEFORE = casefolded("fielding_not_before")
_CLAUSE_OPENING = frozenset(",:;")


def fielded(tokens: Tokens, people: WhoMatch) -> Status | None:
    """ "Своих борцов выставили Кеминский район (9) ...": a verb of units fielding
    people (lexicon `fielding_verbs`) right after the people's noun, the noun opening its
    sentence or clause or right after a word of `fielding_people_before`, no entries, and
    no word of `fielding_not_before` right after the verb ("Сотрудников представили к
    награде": nominated): they took part ("actual"), else None."""
    if people.entry.lemma in ENTRY_LEMMAS or people.last >= len(tokens):
        return None
    if tokens[people.last].low not in _FIELDING or _nominated(tokens, people.last + 1):
        return None
    before = people.first - 1
    opening = (
        before < 0
        or ends_sentence_at(tokens, before)
        or tokens[before].text in _CLAUSE_OPENING
        or tokens[before].low in _FIELDED_AFTER
    )
    return "actual" if opening else None


def _nominated(tokens: Tokens, after: int) -> bool:
    """The token after the verb is a word of `fielding_not_before` ("представили к
    награде": put forward for an award, not fielded)."""
    return after < len(tokens) and tokens[after].low in _NOMINATED_BEFORE
