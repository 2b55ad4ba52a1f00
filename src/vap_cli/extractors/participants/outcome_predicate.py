"""A Russian count whose own predicate, the word right after its noun, is a finite verb of
what happened to them (lexicon `outcome_stems` with a finite ending of
`clause_closing_endings_ru`: "трудоустроены", "эвакуированы", "заболели"): who it
happened to, not who take part, though a verb of coming or sending in a later clause
would give the count a status ("N человек трудоустроены, еще M направлены на курсы"; the
status reader does not stop at the comma). Such a count after "из них" is no row of the
total before it either (candidates._decide_window): the part is told by its outcome."""

from __future__ import annotations

from .finite_verbs import FINITE_RUSSIAN_ENDINGS
from .phrase import Phrase
from .words import Tokens, folded_stems

_OUTCOME_STEMS = folded_stems("outcome_stems")


def outcome_predicate(tokens: Tokens, p: Phrase) -> bool:
    """The word right after the count's noun, in a Russian document, opens with an
    outcome stem and ends as a finite Russian verb or short participle."""
    if not tokens.russian or p.end >= len(tokens):
        return False
    tok = tokens[p.end]
    return (
        tok.kind == "word"
        and tok.low.startswith(_OUTCOME_STEMS)
        and tok.low.endswith(FINITE_RUSSIAN_ENDINGS)
    )
