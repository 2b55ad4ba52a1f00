"""A bare name before the noun of a side ("Кулунду жакка да жетет", "Ош жактан келишти",
"Талас жагында"): the direction or the area around a place, too vague to be a mention of
the unit (round 35; conventions silent), rule `places.direction_side`. The noun and its
voiced stem are data: places.yaml `side_noun`; its endings are morph's."""

from __future__ import annotations

from ... import morph
from .mention import Mention, Token
from .tokens import gap_between
from .vocabulary import LEX, WORD_GAP

_SIDE: str = LEX["side_noun"]["stem"]
# ... its stem before a vowel, voiced ("жагы", "жагында"): only with the possessive.
_SIDE_VOICED: str = LEX["side_noun"]["voiced"]
_POSSESSIVE = "possessive"


def _side_word(low: str) -> bool:
    """A form of the side's noun: bare or in a case ("жак", "жакка", "жактан"), or with the
    possessive on its voiced stem ("жагы", "жагында"); not "жакын" (near) nor "жакшы"."""
    if low.startswith(_SIDE):
        names = morph.suffix_names(_SIDE, low[len(_SIDE) :])
        return names is not None and _POSSESSIVE not in names
    if low.startswith(_SIDE_VOICED):
        voiced = morph.suffix_names(_SIDE_VOICED, low[len(_SIDE_VOICED) :]) or ()
        return voiced[:1] == (_POSSESSIVE,)
    return False


def direction_side(m: Mention, tokens: list[Token], text: str) -> bool:
    """A bare name in the nominative right before a form of the side's noun."""
    nxt = m.last + 1
    return (
        m.type_word is None
        and not m.ending
        and nxt < len(tokens)
        and gap_between(text, tokens[m.last], tokens[nxt]) in WORD_GAP
        and _side_word(tokens[nxt].low)
    )
