"""Units that fielded people for an event ("Своих борцов выставили Кеминский район (9) и
Панфиловский район (6)"): a verb of the lexicon's `fielding_verbs` right after the people's
noun says the people counted in brackets after each unit took part (read by
rows.bracketed_row, participants.bracketed_row; left59)."""

from __future__ import annotations

from ...models import Status
from .words import ENTRY_LEMMAS, Tokens, WhoMatch, casefolded, ends_sentence_at

_FIELDING = casefolded("fielding_verbs")
_FIELDED_AFTER = casefolded("fielding_people_before")
_CLAUSE_OPENING = frozenset(",:;")


def fielded(tokens: Tokens, people: WhoMatch) -> Status | None:
    """ "Своих борцов выставили Кеминский район (9) ...": a verb of units fielding
    people (lexicon `fielding_verbs`) right after the people's noun, the noun opening its
    sentence or clause or right after a word of `fielding_people_before`, no entries:
    they took part ("actual"), else None."""
    if people.entry.lemma in ENTRY_LEMMAS or people.last >= len(tokens):
        return None
    if tokens[people.last].low not in _FIELDING:
        return None
    before = people.first - 1
    opening = (
        before < 0
        or ends_sentence_at(tokens, before)
        or tokens[before].text in _CLAUSE_OPENING
        or tokens[before].low in _FIELDED_AFTER
    )
    return "actual" if opening else None
