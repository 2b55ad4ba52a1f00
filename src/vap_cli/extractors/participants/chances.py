"""A verb of using whose object is the chance or the right to take part ("воспользовались
возможностью принять участие", "мелдешке катышуу мүмкүнчүлүгүн пайдаланышты"): the people
counted took part, as entrants do, though the verb of using alone says they benefit from a
good (lexicon `outcome_stems`: "воспользов"; participants.beneficiaries). The rule reads the
count's own clause for a verb of `chance_using_stems`, whose tense gives the status, the
chance or the right (`chance_noun_stems`, `chance_noun_words`) and a word of taking part
(`chance_taking_part_stems`), not a noun of participants."""

from __future__ import annotations

from ...models import Status
from .negation import own_clause
from .phrase import Phrase
from .words import LEX, Tokens, casefolded, folded_stems

_USING: tuple[tuple[Status, tuple[str, ...]], ...] = tuple(
    (status, tuple(stem.casefold() for stem in stems))
    for status, stems in LEX["chance_using_stems"].items()
)
_TAKING_PART = folded_stems("chance_taking_part_stems")
_NOT_TAKING_PART = folded_stems("chance_taking_part_not")
_CHANCE_STEMS = folded_stems("chance_noun_stems")
_CHANCE_WORDS = casefolded("chance_noun_words")


def chance_taken(tokens: Tokens, p: Phrase) -> Status | None:
    """The status a verb of using the chance to take part gives the count, or None when
    its clause has no such verb, no chance or no word of taking part."""
    using: Status | None = None
    taking_part = chance = False
    for tok in own_clause(tokens, p):
        if tok.kind != "word":
            continue
        low = tok.low
        if low.startswith(_TAKING_PART) and not low.startswith(_NOT_TAKING_PART):
            taking_part = True
        chance = chance or low in _CHANCE_WORDS or low.startswith(_CHANCE_STEMS)
        for status, stems in _USING:
            if using is None and low.startswith(stems):
                using = status
    return using if taking_part and chance else None
