"""A bare name right before a bracket that holds nothing but an ayil aimak with its type
word ("Тамчы (Тамчы айыл аймагы)", "Челпек (Челпекский АА)"): the bracket says which
aimak the named settlement belongs to, so the name is that aimak's village, even where
the aimak and its seat share the name. The reverse of marks.mark_bracketed_children
(an aimak first, its villages in the bracket after it)."""

from __future__ import annotations

from ... import rx
from .constants import SCORE_INSIDE_DISTRICT
from .mention import Mention
from .rules import VILLAGE_BEFORE_BRACKETED_AIMAK
from .vocabulary import AYIL_AIMAK, CHILD_LEVEL

# The bracketed unit this layout reads is an ayil aimak (AYIL_AIMAK; its children are
# villages).
# Between the name and the bracketed unit: spaces and the bracket's opening sign only.
_OPENS = rx.compile(r"[ \t]{0,3}\([ \t]{0,3}")
# Right after the bracketed unit: its closing sign, so the bracket holds the unit alone.
_CLOSES = rx.compile(r"[ \t]{0,3}\)")


def settle_villages_before_bracketed_aimak(mentions: list[Mention], text: str) -> None:
    """Settle, as a village, a bare name with no level yet right before a bracket holding
    only a typed ayil aimak, when the gazetteer has a village of that name inside one of
    the aimak's units; a list's members are left to the list (resolve._resolve_lists)."""
    child = CHILD_LEVEL.get(AYIL_AIMAK)
    if child is None:
        return
    for bare, typed in zip(mentions, mentions[1:], strict=False):
        if bare.level is not None or bare.type_word is not None or typed.type_word is None:
            continue
        if bare.group is not None:
            continue  # a list's member: the list gives its members' level ("X и Y (... АА)")
        if typed.type_word.level != AYIL_AIMAK:
            continue
        if _OPENS.fullmatch(text, bare.end, typed.start) is None:
            continue
        if _CLOSES.match(text, typed.end) is None:
            continue
        parents = {u.id for u in typed.units if u.level == AYIL_AIMAK}
        if any(u.level == child and u.parent in parents for u in bare.units):
            bare.settle(child, SCORE_INSIDE_DISTRICT, VILLAGE_BEFORE_BRACKETED_AIMAK)
