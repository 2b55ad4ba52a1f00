"""A unit's Russian adjective said again without its type noun: "в Ленинском районе"
... "в Ленинском открыли пункт" is the district the text names with its type word,
no settlement whose neuter adjectival name the bare form shares (a village Ленинское:
the prepositional of both is "Ленинском")."""

from __future__ import annotations

from ... import morph
from .constants import SCORE_NAMED_AGAIN
from .mention import Mention
from .named_units import Named
from .rules import ADJECTIVE_AGAIN
from .vocabulary import RU_ADJ_ENDINGS, fold

# A settlement's neuter adjectival name in the nominative (Ленинское): the unit
# adjective's neuter endings (morphology.yaml).
_NEUTER_NAME_ENDINGS: tuple[str, ...] = morph.russian_unit_adjective_endings("neuter")


def adjective_named_again(m: Mention, named: Named) -> Mention | None:
    """The mention, typed by its type noun, of the unit whose adjective the bare
    Russian name `m` repeats (its stem that unit's name): None when there is none."""
    if not m.russian_noun or m.type_word is not None:
        return None
    low = fold(m.name)
    stem = next((low[: -len(e)] for e in _NEUTER_NAME_ENDINGS if low.endswith(e)), None)
    if not stem:
        return None
    return next(
        (
            t
            for t in named.mentions
            if t.type_word is not None
            and t.level is not None
            and t.ending in RU_ADJ_ENDINGS
            and fold(t.name) == stem
            and any(u.level == t.level for u in t.units)
        ),
        None,
    )


def settle_adjective_again(m: Mention, named: Named) -> bool:
    """Settle a bare name that repeats a typed unit's adjective as that unit (its
    candidates that unit's of its level); whether it did."""
    typed = adjective_named_again(m, named)
    if typed is None or typed.level is None:
        return False
    m.units = [u for u in typed.units if u.level == typed.level]
    m.settle(typed.level, SCORE_NAMED_AGAIN, ADJECTIVE_AGAIN)
    return True
