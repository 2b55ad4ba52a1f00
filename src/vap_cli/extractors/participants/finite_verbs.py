"""A finite verb closes its clause: the Kyrgyz past and present-future (the morphology's
suffixes: "келди", "катышат"), the Russian past of the feminine, neuter and plural
(`morph.RU_PAST_AGREEING_ENDINGS`, from morphology.yaml `russian.past`: "пришли") and the
short participle (lexicon `passive_short_endings_ru`: "выявлены"). Read by recipients (a comma after one
ends the clause of a cue) and shared_rows (a piece between commas that ends in one is a
clause of its own, no row and no item of a list; revfixl52)."""

from __future__ import annotations

from ... import morph
from .words import LEX

_FINITE_KYRGYZ = morph.variants("past", "present")
_FINITE_RUSSIAN = (*morph.RU_PAST_AGREEING_ENDINGS, *LEX["passive_short_endings_ru"])
FINITE_VERB_ENDINGS: tuple[str, ...] = _FINITE_KYRGYZ + _FINITE_RUSSIAN


def finite_verb(low: str) -> bool:
    """The word (casefolded) ends as a finite verb does ("келди", "пришли")."""
    return low.endswith(FINITE_VERB_ENDINGS)
