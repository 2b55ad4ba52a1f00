"""The units a document has already named, per sentence and in the whole document
(Named), and the unit a name picks among several of that name: one inside a place named
nearby, else one holding a unit named beside it (closest)."""

from __future__ import annotations

import unicodedata

from ... import gazetteer as gz
from ...explain import Rule
from ...fold import fold, without_yo
from ...plain import Fields
from .constants import UNRANKED
from .mention import Mention, of_levels
from .rules import (
    INSIDE_AYIL_AIMAK,
    INSIDE_DISTRICT,
    UNIT_HOLDING_NAMED_CHILD,
    UNIT_OF_EXACT_SPELLING,
    UNIT_OF_NAMED_PARENT,
    UNIT_OF_NAMED_SIBLING,
    UNIT_USER_ALIAS,
    UNIT_WITHOUT_CONTEXT,
)
from .vocabulary import LEVEL_RANK, LEVEL_UNITS, SMALL_LEVELS

# Bare names read as inside a unit the sentence names: they tell the unit holding them.
HOLDING_RULES = (INSIDE_DISTRICT, INSIDE_AYIL_AIMAK)

# The pieces of a unit's evidence per scope (closest's: the sentence, then the document),
# in the order closest() lays them out, each with the rule it is when it alone decides:
# the nearest named ancestor, a unit named inside it, and in the sentence alone a sibling
# named beside it (a list of units of one parent; left54b). The layout and the rules are
# one table, so that a piece added to a scope cannot name another piece's rule
# (revfixl54b).
SCOPE_EVIDENCE = (
    (UNIT_OF_NAMED_PARENT, UNIT_HOLDING_NAMED_CHILD, UNIT_OF_NAMED_SIBLING),
    (UNIT_OF_NAMED_PARENT, UNIT_HOLDING_NAMED_CHILD),
)
# ... laid out flat, as closest's evidence is.
EVIDENCE_RULES = tuple(rule for pieces in SCOPE_EVIDENCE for rule in pieces)

# What tells units of one folded name apart before any place named does, in this order:
# the user's alias of that spelling, then the spelling itself (closest).
SPELLING_RULES = (UNIT_USER_ALIAS, UNIT_OF_EXACT_SPELLING)

# Levels of a typed unit whose small units a bare name of the document may be.
HOLDER_LEVELS = frozenset({"district", "ayil_aimak"})

# Levels of a typed unit that tell which oblast a text is about.
INSIDE_LEVELS = frozenset({"district", "ayil_aimak", "village"})
# The case of a unit named only as where people came from ("районунан келди").
SOURCE_CASE = "ablative"


class Named(Fields):
    """Units already named, per sentence and in the whole document (built once a pass)."""

    __slots__ = (
        "by_sentence",
        "document",
        "districts",
        "typed_cases",
        "typed_small",
        "typed_at",
        "inside_oblasts",
        "oblast_holders",
        "typed_holders",
        "mentions",
        "held",
        "small",
        "starting_at",
        "ending_at",
        "grouped",
        "lone",
    )

    by_sentence: dict[int, set[str]]
    document: set[str]
    districts: dict[int, set[str]]  # district ids named per sentence
    typed_cases: dict[int, dict[str, list[str]]]  # sentence -> case -> levels of typed names
    typed_small: dict[int, list[gz.Unit]]  # units of small levels named with a type word
    typed_at: dict[int, list[gz.Unit]]  # first token of a typed name -> its candidate units
    # Oblasts holding a typed unit below them, outside a city (a district, an ayil aimak,
    # a village of the oblast): what the text is about.
    inside_oblasts: set[str]
    # Per such oblast, the districts holding those units (a district its own): the
    # parts of the oblast the text names (headlines.headline_region); not a unit named
    # only as where people came from, in the ablative ("башка райондон да жыйырма
    # мүчө келишти": a source, not where the story happens; acc64).
    oblast_holders: dict[str, set[str]]
    # Districts and ayil aimaks named with their type word anywhere in the document.
    typed_holders: set[str]
    mentions: list[Mention]
    # Made on first use (few names ask): units holding a candidate of a telling name, by
    # sentence (None: the document); candidates of typed small units, by sentence.
    held: dict[int | None, set[str]]
    small: dict[int, list[gz.Unit]]
    # Mentions by the word index they start at, and by the one after their last word
    # (their type word's, when it follows): the names next to a name.
    starting_at: dict[int, Mention]
    ending_at: dict[int, Mention]
    # The mentions by sentence, in their order: made on first use (in_sentence).
    grouped: dict[int, list[Mention]] | None
    # Per sentence, made on first use: its names of one unit of their level, each with
    # that unit (sibling_parents).
    lone: dict[int, list[tuple[Mention, gz.Unit]]]
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(
        self,
        by_sentence: dict[int, set[str]],
        document: set[str],
        districts: dict[int, set[str]],
        typed_cases: dict[int, dict[str, list[str]]],
        typed_small: dict[int, list[gz.Unit]],
        typed_at: dict[int, list[gz.Unit]],
        inside_oblasts: set[str],
        mentions: list[Mention] | None = None,
        held: dict[int | None, set[str]] | None = None,
        small: dict[int, list[gz.Unit]] | None = None,
        starting_at: dict[int, Mention] | None = None,
        ending_at: dict[int, Mention] | None = None,
    ) -> None:
        self.by_sentence = by_sentence
        self.document = document
        self.districts = districts
        self.typed_cases = typed_cases
        self.typed_small = typed_small
        self.typed_at = typed_at
        self.inside_oblasts = inside_oblasts
        self.oblast_holders = {}
        self.typed_holders = set()
        self.mentions = [] if mentions is None else mentions
        self.held = {} if held is None else held
        self.small = {} if small is None else small
        self.starting_at = {} if starting_at is None else starting_at
        self.ending_at = {} if ending_at is None else ending_at
        self.grouped = None
        self.lone = {}

    def in_sentence(self, sentence: int) -> list[Mention]:
        """The mentions of a sentence, in their order (the rules of a name ask of its
        sentence's: grouped once, not a pass over the document's at each name)."""
        if self.grouped is None:
            grouped: dict[int, list[Mention]] = {}
            for m in self.mentions:
                grouped.setdefault(m.sentence, []).append(m)
            self.grouped = grouped
        return self.grouped.get(sentence, [])

    def holders(self, sentence: int | None) -> set[str]:
        """Units holding a candidate (of its level) of a name of the sentence, or of the
        document, that tells its unit: a typed name, a list's member, a name read as
        inside a unit ("Кызыл-Туу айыл аймагынын Бостон айылы": the Кызыл-Туу that holds
        a Бостон); a bare name read by weaker rules does not tell."""
        if sentence not in self.held:
            self.held[sentence] = {
                a
                for m in (self.mentions if sentence is None else self.in_sentence(sentence))
                if _tells(m)
                for u in of_levels(m, unit_levels(m))
                for a in (u.parent, u.district, u.oblast)
                if a
            }
        return self.held[sentence]

    def sibling_parents(self, m: Mention) -> set[tuple[str, str]]:
        """(level, parent) of the units the other names of m's sentence name, each the one
        unit of its level and name the gazetteer holds ("Талды-Суу айыл аймагынан 40,
        Казыбектен 25": Казыбек's district): where a namesake of m would be their sibling."""
        if m.sentence not in self.lone:
            self.lone[m.sentence] = [
                (other, units[0])
                for other in self.in_sentence(m.sentence)
                if other.level is not None and not other.person
                for units in (of_levels(other, unit_levels(other)),)
                if len(units) == 1
            ]
        folded = fold(m.name)
        return {
            (u.level, u.parent)
            for other, u in self.lone[m.sentence]
            if other is not m and u.parent and fold(other.name) != folded
        }

    def typed_candidates(self, sentence: int) -> list[gz.Unit]:
        """Every candidate unit of the typed small units of the sentence (a name several
        ayil aimaks share)."""
        if sentence not in self.small:
            self.small[sentence] = [
                u
                for m in self.in_sentence(sentence)
                if m.type_word is not None and m.level in SMALL_LEVELS
                for u in of_levels(m, unit_levels(m))
            ]
        return self.small[sentence]

    @classmethod
    def of(cls, mentions: list[Mention]) -> Named:
        named = cls({}, set(), {}, {}, {}, {}, set(), mentions)
        starting_at, ending_at = named.starting_at, named.ending_at
        for m in mentions:
            # (each attribute read once: Named.of runs several times a document)
            first, level, unit, typed = m.first, m.level, m.unit, m.type_word is not None
            starting_at.setdefault(first, m)
            ending_at.setdefault(words_end(m), m)
            if typed and level is not None:
                named.typed_at[first] = m.units
            if unit is None:
                continue
            if typed:
                if level in INSIDE_LEVELS and unit.oblast:
                    named.inside_oblasts.add(unit.oblast)
                    holder = unit.id if level == "district" else unit.district or unit.id
                    if m.case != SOURCE_CASE:
                        named.oblast_holders.setdefault(unit.oblast, set()).add(holder)
                if level in HOLDER_LEVELS:
                    named.typed_holders.add(unit.id)
                if level in SMALL_LEVELS:
                    named.typed_small.setdefault(m.sentence, []).append(unit)
            named.by_sentence.setdefault(m.sentence, set()).add(unit.id)
            named.document.add(unit.id)
            if level == "district":
                named.districts.setdefault(m.sentence, set()).add(unit.id)
        named.typed_cases = typed_cases(mentions)
        return named


def held_by(u: gz.Unit, holders: set[str]) -> bool:
    """The unit's parent or district is one of `holders` (unit ids)."""
    return u.parent in holders or u.district in holders


def small_unit_held(u: gz.Unit, holders: set[str]) -> bool:
    """An ayil aimak, village or town held by one of `holders` (Named.typed_holders)."""
    return u.level in SMALL_LEVELS and held_by(u, holders)


def _tells(m: Mention) -> bool:
    """Does the name tell the unit holding it (Named.holders)?"""
    if m.level is None:
        return False
    return m.type_word is not None or m.group is not None or any(m.rule is r for r in HOLDING_RULES)


def words_end(m: Mention) -> int:
    """The word index after a mention: after its type word when that follows the name."""
    return max(m.last + 1, m.type_end or 0)


def typed_cases(mentions: list[Mention]) -> dict[int, dict[str, list[str]]]:
    """Per sentence, per case of a type word: the levels of the typed names in it."""
    out: dict[int, dict[str, list[str]]] = {}
    for m in mentions:
        if m.type_word is not None and m.level and m.case:
            levels = out.setdefault(m.sentence, {}).setdefault(m.case, [])
            if m.level not in levels:
                levels.append(m.level)
    return out


def unit_levels(m: Mention) -> tuple[str, ...]:
    """The unit levels of a mention's level: a type word's may name several (шаар: a
    city or a town)."""
    assert m.level is not None
    return LEVEL_UNITS.get(m.level, (m.level,)) if m.type_word else (m.level,)


def _ancestors(u: gz.Unit) -> tuple[str | None, ...]:
    """The unit's nearest ancestors, nearest first: its own parent (the ayil aimak of a
    village), its district, its oblast."""
    return (u.parent, u.district, u.oblast)


def closest(m: Mention, units: list[gz.Unit], named: Named) -> gz.Unit:
    """The unit inside a place named in the same sentence, else one holding a unit the
    sentence names, else the same over the document; `m.unit_rule` says which decided
    (vap parse --explain)."""
    if len(units) == 1:
        return units[0]
    written = m.name.casefold()
    scopes = (
        (named.by_sentence.get(m.sentence, set()), named.holders(m.sentence)),
        (named.document, named.holders(None)),
    )
    siblings = named.sibling_parents(m)

    def evidence(u: gz.Unit) -> tuple[int, ...]:
        # In the sentence, then in the document: the nearest ancestor named decides (its
        # own parent, the ayil aimak of a village, then its district, then its oblast:
        # "Сузак районундагы Таш-Булак айыл аймагынын Таш-Булак айылы"), then a unit
        # named inside it ("Кызыл-Туу айыл аймагынын Бостон айылы"), then, in the sentence
        # alone, a sibling of one unit named beside it ("Талды-Суу айыл аймагынан 40,
        # Казыбектен 25": the Талды-Суу of Казыбек's district).
        out: list[int] = []
        ancestors = _ancestors(u)
        for (ids, holders), pieces in zip(scopes, SCOPE_EVIDENCE, strict=True):
            out.append(next((k for k, a in enumerate(ancestors) if a in ids), len(ancestors)))
            out.append(u.id not in holders)
            if UNIT_OF_NAMED_SIBLING in pieces:
                out.append((u.level, u.parent) not in siblings)
        return tuple(out)

    def spelling(u: gz.Unit) -> int:
        # Folding merges Каракол and Кара-Көл: the name as written breaks the tie, its
        # Kyrgyz name first (Ак-Сай before the Ак-Сайч whose Russian name is Ак-Сай).
        if written == u.name.casefold():
            return 0
        return 1 if written == (u.name_ru or "").casefold() else 2

    exact = exact_key(m.name)
    ranked = sorted(
        (
            (
                exact_spelling(u, exact) + evidence(u),
                LEVEL_RANK.get(u.level, UNRANKED),
                spelling(u),
                k,
            )
            for k, u in enumerate(units)
        )
    )
    m.unit_rule = _unit_rule(ranked[0][0], ranked[1][0])
    return units[ranked[0][-1]]


def exact_key(name: str) -> str:
    """A name as written, compared without the folding of letters and marks (ө and о,
    a hyphen, stay apart): NFC, case folded, ё read as е."""
    return without_yo(unicodedata.normalize("NFC", name).casefold())


def exact_spelling(u: gz.Unit, exact: str) -> tuple[int, int]:
    """(not the user's alias of the spelling, spelt otherwise): the pieces of
    SPELLING_RULES, smaller first. Units of one folded name (Каракол and Кара-Көл,
    Төрт-Күл and Төрт-Кул) are told apart by the spelling the text has: a unit one of
    whose names folds to the name written but none is spelt so is spelt otherwise. A
    unit found by another form (the Мирный of "Мирного", read as Мирное too) is not."""
    user = any(exact_key(a) == exact for a in u.user_aliases)
    names = (u.name, u.name_ru or "", *u.aliases)
    if any(exact_key(n) == exact for n in names):
        return (not user, False)
    folded = fold(exact)
    return (not user, any(fold(n) == folded for n in names))


def _unit_rule(best: tuple[int, ...], runner_up: tuple[int, ...]) -> Rule:
    """The rule that told the unit apart: the user's alias or the exact spelling, else
    the first piece of evidence it is alone to have (a named parent, a named unit inside
    it), or none."""
    if best == runner_up:
        return UNIT_WITHOUT_CONTEXT
    decisive = next(i for i, (a, b) in enumerate(zip(best, runner_up, strict=True)) if a != b)
    if decisive < len(SPELLING_RULES):
        return SPELLING_RULES[decisive]
    return EVIDENCE_RULES[decisive - len(SPELLING_RULES)]
