"""Mentions into Place records: one record per unit and level, every mention of it
listed; a small unit the gazetteer lacks is kept with its type word's level (id
null, a warning). Each mention's keep or drop is recorded (ctx.decide)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial

from ... import gazetteer as gz
from ...context import Context
from ...explain import Rule
from ...fold import fold_marks
from ...models import CHAIN_LEVELS, Place, WarningCode
from .constants import SCORE_DECIMALS, SCORE_UNKNOWN, UNRANKED
from .index import PlaceIndex
from .mention import Mention
from .named_units import Named, closest
from .rules import (
    COUNTRY,
    FUZZY_SPELLING,
    NAMED_LIKE_ANOTHER_LEVEL,
    NO_LEVEL,
    NOT_IN_GAZETTEER,
    PLURAL_TYPE_ONE_WORD,
    RUSSIAN_CASE_FORM,
    SEAT_RUSSIAN_NAME,
    UNKNOWN_LARGE_UNIT,
    veto,
)
from .same_named import seats_named
from .vocabulary import (
    FUZZY_SPELLING_LEVELS,
    LEVEL_RANK,
    OUTPUT_LEVEL,
    SMALL_LEVELS,
    SURNAME_FORM_NAME_ENDINGS,
    TEXT_SPELLING_LEVELS,
    fold,
    russian_nominatives,
)

# Levels of a unit named in a sentence that give an unknown unit of it its parents: the
# levels of a place's chain (models.CHAIN_LEVELS).
CONTEXT_PARENT_LEVELS = CHAIN_LEVELS


def assemble_places(ctx: Context, mentions: list[Mention], idx: PlaceIndex) -> list[Place]:
    places: dict[tuple[str, str], Place] = {}
    g = idx.gazetteer
    # the names' units, made at the first typed name the gazetteer lacks (most texts have none)
    named = cache(partial(Named.of, mentions))
    parents_by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.unit is not None and m.level in CONTEXT_PARENT_LEVELS:
            parents_by_sentence.setdefault(m.sentence, []).append(m)
    for m in mentions:
        unit, score, rule = _unit_of(m, idx, named)
        dropped = _drop_rule(m, unit)
        if dropped is not None:
            ctx.decide(dropped, False, m.start, m.end, _detail(m))
            continue
        assert m.level is not None
        quote, span = ctx.quote(m.start, m.end)
        level = OUTPUT_LEVEL.get(m.level, m.level)
        if unit is not None:
            key = (unit.id, level)
            name = _written(m, unit, level, rule)
        else:
            name = m.name.strip()
            key = ("", f"{level}:{fold(name)}")
        ctx.decide(rule, True, m.start, m.end, f"{level} {name}")
        if unit is not None and m.unit_rule is not None:
            ctx.decide(m.unit_rule, True, m.start, m.end, f"{level} {name} in {_chain(unit, g)}")
        if key in places:
            places[key].mentions.append(span)
            continue
        oblast, district, aimak = _parents(m, unit, parents_by_sentence.get(m.sentence, []), g)
        if unit is None:
            score = min(score, SCORE_UNKNOWN)
            message = f"place not in the gazetteer: {level} {name} ({quote})"
            ctx.warn(WarningCode.PLACE_NOT_IN_GAZETTEER, message, span)
        places[key] = Place.model_construct(
            level=level,  # type: ignore[arg-type]
            name=name,
            soate=unit.id if unit else None,
            oblast=oblast if level != "oblast" else None,
            district=district,
            ayil_aimak=aimak,
            text=quote,
            span=span,
            score=round(score, SCORE_DECIMALS),
            mentions=[span],
        )
    return list(places.values())


def _unit_of(
    m: Mention, idx: PlaceIndex, named: Callable[[], Named]
) -> tuple[gz.Unit | None, float, Rule]:
    """The mention's unit, its score and the rule that decided it; a spelling variant
    that is the unit's name in a Russian case (`_russian_case_of`) is decided by
    RUSSIAN_CASE_FORM, its own reason in --explain (revfix58)."""
    unit, score, rule = _found_unit(m, idx, named)
    if rule is FUZZY_SPELLING and unit is not None and _russian_case_of(m.name.strip(), unit.name):
        return unit, score, RUSSIAN_CASE_FORM
    return unit, score, rule


def _found_unit(
    m: Mention, idx: PlaceIndex, named: Callable[[], Named]
) -> tuple[gz.Unit | None, float, Rule]:
    """The mention's unit, its score and the rule that found it: a typed name the
    gazetteer lacks may be a spelling variant of one it has (`named`: the names' units,
    asked only then)."""
    rule = m.rule or NO_LEVEL
    if m.level is None or m.level == "country" or m.unit is not None or m.type_word is None:
        return m.unit, m.score, rule
    fuzzy, ratio = idx.fuzzy_units(m.name, m.type_word.units)
    if fuzzy:
        return closest(m, fuzzy, named()), min(m.score, ratio / 100), FUZZY_SPELLING
    alike = _named_like_another_level(m.name, m.type_word.units, idx)
    if alike:
        return closest(m, alike, named()), m.score, NAMED_LIKE_ANOTHER_LEVEL
    villages = [u for u in idx.units_named(m.name.strip()) if u.level == "village"]
    seats = seats_named(m.name, villages, m.type_word.units, idx.gazetteer)
    if seats:
        return closest(m, seats, named()), m.score, SEAT_RUSSIAN_NAME
    return None, m.score, NOT_IN_GAZETTEER if m.level in SMALL_LEVELS else rule


def _named_like_another_level(name: str, levels: tuple[str, ...], idx: PlaceIndex) -> list[gz.Unit]:
    """A unit named after a wider one keeps its Kyrgyz name, while the gazetteer may spell
    its Russian name otherwise (an ayil aimak Ысык-Көл, Russian Иссык-Кель, beside the
    oblast and district Иссык-Куль): the units of `levels` whose Kyrgyz name is, letter
    for letter, that of the wider units `name` (or its Russian adjective) names. Not a
    name folding only makes the same: the city Кара-Көл (Russian Кара-Куль) names no
    ayil aimak Каракол (revfix55)."""
    narrowest = max(LEVEL_RANK[level] for level in levels)
    # wider units only: a village's alias names no ayil aimak of the village's name
    kyrgyz = {
        fold_marks(u.name): u.name for u in idx.units_named(name) if LEVEL_RANK[u.level] < narrowest
    }
    return [
        u
        for key in sorted(kyrgyz)
        for level in levels
        for u in idx.gazetteer.lookup(kyrgyz[key], level)
        if fold_marks(u.name) == key
    ]


def _written(m: Mention, unit: gz.Unit, level: str, rule: Rule) -> str:
    """The name to give: a village or an ayil aimak the text names by a spelling variant
    the gazetteer lacks keeps the text's spelling (Самаркандек for Самаркандык); a
    village also when the text uses an alias or its Russian name (Гулистан for Гүлстан,
    "с. Кара-Кульджа"): villages have no one settled spelling, and the real corpus's
    README keeps the text's. A name in capitals gives the gazetteer's name."""
    written = m.name.strip()
    if written.isupper() or fold(written) == fold(unit.name):
        return unit.name
    if any(fold(reading) == fold(unit.name) for reading in m.readings):
        return unit.name  # "селяне Мирного": Мирный, the unit picked (round 28)
    if rule is RUSSIAN_CASE_FORM:
        return unit.name  # "жители сел – Акимбека и ...": the name in a case, no variant
    if rule is FUZZY_SPELLING and level in FUZZY_SPELLING_LEVELS:
        return written
    if level not in TEXT_SPELLING_LEVELS:
        return unit.name
    return written


def _russian_case_of(written: str, name: str) -> bool:
    """Is `written` the gazetteer's `name` with a Russian case ending in place of its
    nominative's ending ("Акимбека", "Ак-Кыи": Акимбек, Ак-Кыя)? A name read near
    enough to the gazetteer's in a case form is that name declined (a village named
    after a person is kept from the Russian nouns' reading: russian_small_nouns), not
    a spelling variant of its own (round 58). Not a name in a surname's form, whose
    feminine Russian texts write as the name ("Орозбекова" for Орозбеков)."""
    target = fold(name)
    if target.endswith(SURNAME_FORM_NAME_ENDINGS):
        return False
    return any(fold(n) == target for n in russian_nominatives(written, fold(written)))


def _drop_rule(m: Mention, unit: gz.Unit | None) -> Rule | None:
    """Why the mention gives no place, or None when it gives one."""
    if m.level is None:
        return m.rule or veto(m) or NO_LEVEL
    if m.level == "country":
        return COUNTRY
    if unit is None and (m.type_word is None or m.level not in SMALL_LEVELS):
        return UNKNOWN_LARGE_UNIT
    # "Кошуна айыл аймактарынан": a plural type word after one unknown word.
    if unit is None and m.plural_type and m.group is None and not m.owned:
        return PLURAL_TYPE_ONE_WORD
    return None


def _chain(unit: gz.Unit, g: gz.Gazetteer) -> str:
    """The names of the unit's parents, nearest first ("Кызыл-Туу, Аксы, Жалал-Абад")."""
    names = []
    code = unit.parent
    while code and (parent := g.get(code)) is not None:
        names.append(parent.name)
        code = parent.parent
    return ", ".join(names) or "-"


def _detail(m: Mention) -> str:
    return f"{m.level} {m.name}" if m.level else m.name


def _parents(
    m: Mention, unit: gz.Unit | None, near: list[Mention], g: gz.Gazetteer
) -> tuple[str | None, str | None, str | None]:
    """The place's oblast, district and ayil aimak: a known unit's from the gazetteer
    (the hierarchy step completes them), an unknown one's from its sentence."""
    if unit is None:
        return _context_parents(m, near, g)
    district = None if unit.level == "district" else g.district_name(unit)
    return g.oblast_name(unit), district, None


def _context_parents(
    m: Mention, near: list[Mention], g: gz.Gazetteer
) -> tuple[str | None, str | None, str | None]:
    """Parents (oblast, district, ayil aimak) of an unknown unit: those of the unit above
    its level named in its sentence nearest before it, as Kyrgyz names the parents first
    ("Нариман айыл аймагынын Ак-Тилек конушу, Кенеш айыл аймагынын Береке конушу"),
    else nearest after it ("Жылалды АӨ (Өзгөн району)")."""
    rank = LEVEL_RANK.get(m.level or "", UNRANKED)
    above = [o for o in near if LEVEL_RANK.get(o.level or "", UNRANKED) < rank]
    before = [o for o in above if o.start < m.start]
    after = [o for o in above if o.start > m.start]
    if before:
        o = max(before, key=lambda o: o.start)
    elif after:
        o = min(after, key=lambda o: o.start)
    else:
        return None, None, None
    assert o.unit is not None
    if o.level == "district":
        return g.oblast_name(o.unit), o.unit.name, None
    if o.level == "ayil_aimak":
        return g.oblast_name(o.unit), g.district_name(o.unit), o.unit.name
    return o.unit.name, None, None
