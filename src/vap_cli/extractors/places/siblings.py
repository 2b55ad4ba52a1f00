"""Siblings of a small unit typed in the sentence: a bare name of the same level and the
same parent is one more member of its list (places.listed_sibling, places.typed_sibling),
and a name shaped like a given name in the ablative so placed, its count right after it,
is a row of a list of where people came from, no person (`sibling_source`)."""

from __future__ import annotations

from ... import morph, rx
from ...explain import Rule
from ...gazetteer import Unit
from ...numbers.words import read_word
from .constants import SCORE_TYPED_SIBLING
from .mention import Mention
from .named_units import Named
from .rules import LISTED_SIBLING, TYPED_SIBLING

Settled = tuple[str, float, Rule]
# The case of a row of where people came from ("Курманбектен 9 киши").
_SOURCE_CASE = "ablative"
# The word right after a name, a space or two between ("Курманбектен 9", "Курманбектен
# тогуз"): a count when it is digits or a cardinal number word.
_WORD_AFTER = rx.compile(r"[ ]{1,2}(\w+)")
_CARDINAL_KINDS = frozenset({"unit", "teen", "ten", "hundred", "hundreds", "scale"})


def mark_counted(mentions: list[Mention], text: str) -> None:
    """Mark the bare names in the ablative with a count right after them ("Курманбектен
    9 киши", "Кулатовдон 22,"): a row of a list of where people came from."""
    for m in mentions:
        if m.type_word is None and morph.case_of(m.name, m.ending) == _SOURCE_CASE:
            m.counted = _count_at(text, m.end)


def _count_at(text: str, at: int) -> bool:
    """A number, digits or a cardinal number word, is the word right after `at`."""
    word = _WORD_AFTER.match(text, at)
    if word is None:
        return False
    if word[1].isdigit():
        return True
    number = read_word(word[1])
    return number is not None and number.kind in _CARDINAL_KINDS and not number.ending


def _names_typed_parent(m: Mention, named: Named) -> bool:
    """One of the name's units holds a unit typed in its sentence and is named in the
    document."""
    parents = {t.parent for t in named.typed_candidates(m.sentence)}
    return any(u.id in parents and u.id in named.document for u in m.units)


def listed_sibling(m: Mention, named: Named) -> Settled | None:
    """A sibling of a small unit typed in the sentence, in the case of that type word:
    one more member of a list of ayil aimaks ("Сары-Булак айыл аймагынан 5, Ак-Кыядан 5":
    the ayil aimak Ак-Кыя, though Сары-Булак also holds a village of that name). Not the
    village that shares its name with the ayil aimak holding the typed unit, when the
    document names that aimak ("Мады ... айыл аймактарында" ... "Мадыдагы угуу Кыргыз-Чек
    айылындагы үйдө": the aimak Мады, whose village Кыргыз-Чек is, not a village beside
    it): `_by_named_again` decides."""
    case = morph.case_of(m.name, m.ending)
    levels = named.typed_cases.get(m.sentence, {}).get(case, []) if case else []
    if levels and _names_typed_parent(m, named):
        return None
    siblings = [
        u
        for u in m.units
        if u.level in levels
        # (every unit the typed names may be: one name is several ayil aimaks' own)
        for t in named.typed_candidates(m.sentence)
        if _siblings(u, t)
    ]
    return (siblings[0].level, SCORE_TYPED_SIBLING, LISTED_SIBLING) if siblings else None


def by_typed_sibling(m: Mention, named: Named) -> Settled | None:
    """A sibling of a small unit typed in the sentence, the type word not repeated:
    same level, same parent ("айылный аймак Семиз-Бел, второе – Ак-Кыя")."""
    siblings = [
        u for u in m.units for t in named.typed_small.get(m.sentence, ()) if _siblings(u, t)
    ]
    return (siblings[0].level, SCORE_TYPED_SIBLING, TYPED_SIBLING) if siblings else None


def sibling_source(m: Mention, named: Named) -> bool:
    """A bare name in the ablative, its count right after it (`mark_counted`), one of
    whose units is a sibling of a small unit typed in its sentence (same level, same
    parent): a row of a list of where people came from ("Барпы айыл аймагынан 12,
    Курманбектен 9 киши"), the unit, though shaped like a given name (places.person_name
    lifted). A man of that name in the ablative with no count after him ("...,
    Курманбектен белек алышты": a gift from him) stays a person."""
    if not m.counted:  # (set only on a bare name in the ablative)
        return False
    # (every unit the typed names may be: one name is several ayil aimaks' own)
    return any(_siblings(u, t) for u in m.units for t in named.typed_candidates(m.sentence))


def _siblings(unit: Unit, typed: Unit) -> bool:
    """Two units of one level under one parent, not the same unit."""
    return unit.level == typed.level and unit.parent == typed.parent and unit.id != typed.id
