"""A Russian count whose own predicate, the word right after its noun, is the short passive
participle of what was done to them (lexicon `outcome_stems` or `incident_stems` with an ending of
`passive_short_endings_ru`: "трудоустроены", "эвакуированы"): who it happened to, not who
take part, though a verb of coming or sending in a later clause would give the count a
status ("N человек трудоустроены, а M приглашены на курсы"; the status reader does not stop
at the comma). Such a count after "из них" is no row of the total before it either
(candidates._decide_window): the part is told by its outcome. The active past of such a
verb ("40 волонтеров обеспечили порядок") says what the people did to others: its agents,
left to the other rules (revfixl56)."""

from __future__ import annotations

from .phrase import Phrase
from .words import Tokens, folded_stems

# The outcomes and the incidents (`incident_stems`: "эвакуированы", "задержаны").
_OUTCOME_OR_INCIDENT_STEMS = folded_stems("outcome_stems") + folded_stems("incident_stems")
_PASSIVE_ENDINGS = folded_stems("passive_short_endings_ru")


def outcome_predicate(tokens: Tokens, p: Phrase) -> bool:
    """The word right after the count's noun, in a Russian document, opens with an
    outcome stem and ends as a short passive participle."""
    if not tokens.russian or p.end >= len(tokens):
        return False
    tok = tokens[p.end]
    return (
        tok.kind == "word"
        and tok.low.startswith(_OUTCOME_OR_INCIDENT_STEMS)
        and tok.low.endswith(_PASSIVE_ENDINGS)
    )
