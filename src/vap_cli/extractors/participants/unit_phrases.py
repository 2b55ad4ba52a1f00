"""Units around a count, read by the drop rules of vetoes.py: "ар бир" and a unit before
a quota (from each, to each), and units beside units in the genitive. Each reads a few
tokens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import morph
from .constants import CUE_REACH
from .words import (
    EACH,
    ENTRY_LEMMAS,
    UNIT_NOUNS,
    Tokens,
    WhoMatch,
    casefolded,
    noun_ending_case,
    who_at,
)

if TYPE_CHECKING:
    from .phrase import Phrase

# The stems of a thing units own, its Russian noun before their count (lexicon).
_OWNED_THINGS_RU = tuple(sorted(casefolded("unit_owned_things_ru")))
# ... each in a form of its noun: the bare stem or a case ending after it ("бюджеты",
# "территории"); a longer tail makes another word ("бюджетники", "земляки": people).
_THING_TAILS = frozenset(("", *morph.RU_NOUN_ENDINGS, *morph.RU_PLACE_NOUN_ENDINGS))

# The cases of the unit after "ар бир" before a quota: from each, to each.
_FROM = "ablative"
_TO = "dative"
# ... and in each: "ар бир командада 12 оюнчу" (so many in each team).
_IN = "locative"
# A Russian word of "each" opening a count's clause before a noun of who takes part
# (each_unit_opening_ru: whole words, case-folded).
_EACH_UNIT_OPENING_RU = casefolded("each_unit_opening_ru")


def people_noun(match: WhoMatch) -> bool:
    """A who-noun of people: not units, not entries ("проект охватит 20 аймаков")."""
    return match.entry.lemma not in UNIT_NOUNS and match.entry.lemma not in ENTRY_LEMMAS


def from_each(tokens: Tokens, start: int) -> bool:
    """ "ар бир" and a unit in the ablative, one word ("ар бир райондон"), or a unit's
    noun in the dative ("ар бир айыл аймакка": to each; not "ар бир жыйынга", each
    meeting's turnout), right before token `start`."""
    before = start - 1
    case = _case_before(tokens, start)
    if case == _FROM:
        return EACH.ending_at(tokens, before) > 0
    if case != _TO:
        return False
    for first in (before, before - 1):  # the unit's noun may be of two words
        unit = who_at(tokens, first) if first >= 0 else None
        if unit is not None and unit.last == start and unit.entry.lemma in UNIT_NOUNS:
            return EACH.ending_at(tokens, first) > 0
    return False


def in_each(tokens: Tokens, start: int) -> bool:
    """ "ар бир" and a noun in the locative, one word, right before token `start` ("ар бир
    командада 12 оюнчу", "ар бир айылда 20 тургун"): so many in each unit, a
    distributive count as "по 10" is; beside a total of people in its paragraph it
    tells that total's make-up (participants.quota_beside_total)."""
    return _case_before(tokens, start) == _IN and EACH.ending_at(tokens, start - 1) > 0


def _case_before(tokens: Tokens, start: int) -> str | None:
    """The case of the ending of the word right before token `start` (None: no word there,
    or no case ending), the unit's after "ар бир" (`from_each`, `in_each`)."""
    before = start - 1
    if before < 0 or tokens[before].kind != "word":
        return None
    return noun_ending_case(tokens[before].low)


def units_after(tokens: Tokens, j: int) -> int:
    """The end of units in the genitive right after the number at token j, no people
    ("... жана 2 ФАПтын", "... жана 2 бала бакчанын"): units joined to the units before,
    owning what they own; 0 when none."""
    k = j + 1
    if k >= len(tokens) or tokens[k].kind != "word":
        return 0
    owned = who_at(tokens, k)
    if owned is not None:
        return owned.last if owned.ending.case == "genitive" and not people_noun(owned) else 0
    return k + 1 if noun_ending_case(tokens[k].low) == "genitive" else 0


def thing_of_units(tokens: Tokens, p: Phrase) -> bool:
    """ "Доходы пяти айыл окмоту", "на территории четырех айыл окмоту": units counted
    right after the Russian noun of a thing they own (Russian puts the owner after it, in
    the genitive; lexicon `unit_owned_things_ru`): whose budgets, lands or territory
    they are, no units whose people take part ("главы трех айыл окмоту" are people)."""
    if p.head.entry.lemma not in UNIT_NOUNS or p.start == 0:
        return False
    before = tokens[p.start - 1]
    return before.kind == "word" and owned_thing_ru(before.low)


def owned_thing_ru(low: str) -> bool:
    """Is this word (lower case) a form of a Russian noun of a thing units own (a stem of
    `unit_owned_things_ru`, then nothing or a noun's case ending: "доходы", "территории"),
    not another word on the stem ("бюджетники", "земляки": people)?"""
    return low.startswith(_OWNED_THINGS_RU) and any(
        low.startswith(stem) and low[len(stem) :] in _THING_TAILS for stem in _OWNED_THINGS_RU
    )


def each_unit_opening(tokens: Tokens, phrase: Phrase) -> bool:
    """ "Каждую группу возглавляют три учителя": a Russian word of "each" opening the
    count's clause (no word before it there, so no preposition: "на каждую
    встречу пригласить 30 жителей" counts) right before a noun of who takes part, no
    number between it and the count, is so many for each unit; beside a total in its
    paragraph it is that total's make-up (participants.quota_beside_total; acc60)."""
    before = tokens.clause_before(phrase.reading.start, CUE_REACH)
    first = next((k for k, tok in enumerate(before) if tok.kind == "word"), None)
    if first is None or first + 1 >= len(before) or before[first].low not in _EACH_UNIT_OPENING_RU:
        return False
    at = phrase.reading.start - len(before) + first  # (the reach may cut a longer clause)
    return (
        (at == 0 or tokens[at - 1].kind != "word")
        and not any(tok.kind == "num" for tok in before[first:])
        and who_at(before, first + 1) is not None
    )
