"""Looking one place name up, in any language and ending (`vap places QUERY`):
the same gazetteer, index and morphology the parser matches running text with
(resources.Resources), plus the simple ways of a query (type words dropped, a common
ending cut off, fuzzy over the index keys).

Language data: lexicon/gazetteer_query.yaml (type words, which suffixes to cut) and
the morphology's endings (morph.py, lexicon/morphology.yaml).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from . import morph
from .gazetteer import Gazetteer, Unit, fold_key
from .lexicon import load, words
from .resources import Resources

# A fuzzy match needs this rapidfuzz ratio (0-100) on folded keys: "Жалалабад" vs
# "жалалабад" is exact, "Джалалабат" vs "джалалабад" scores 90, "Нарин" vs "нарын" 80.
FUZZY_CUTOFF = 80
# At most this many fuzzy keys are read: the closest names, not the whole index.
FUZZY_LIMIT = 8
# Fuzzy matching is only tried on keys of plausible length (the longest name in the
# gazetteer folds to about 30 letters); this also bounds the cost of a hostile query.
MIN_FUZZY_LENGTH = 3
MAX_NAME_LENGTH = 60
# An ending is cut only where at least this many letters of the name remain.
MIN_STEM_LENGTH = 2


@dataclass
class Found:
    units: list[Unit]
    how: str  # "exact", "ending -дан", "fuzzy", ...


@dataclass(frozen=True)
class _Filter:
    """Keeps the units of one level and/or inside some oblasts."""

    level: str | None
    oblasts: frozenset[str] | None

    def __call__(self, units: list[Unit] | tuple[Unit, ...]) -> list[Unit]:
        return [
            u
            for u in units
            if (self.level is None or u.level == self.level)
            and (self.oblasts is None or u.oblast in self.oblasts or u.id in self.oblasts)
        ]


def find(
    resources: Resources, query: str, level: str | None = None, oblast: str | None = None
) -> Found:
    """Units for a query in any language: exact name, then without a type word, then
    the parser's readings of a Kyrgyz ending, a common ending, the Russian adjective,
    then fuzzy over the index keys."""
    gaz = resources.gazetteer
    codes = oblast_codes(resources, oblast)
    keep = _Filter(level, frozenset(codes) if codes is not None else None)
    query = " ".join(query.split())
    found = keep(gaz.lookup(query))
    if found:
        return Found(found, "exact")
    name = _without_type_words(query)
    if name != query:
        found = keep(gaz.lookup(name))
        if found:
            return Found(found, "without type word")
    for step in (_by_ending, _by_adjective, _by_fuzzy):
        result = step(resources, name, keep)
        if result is not None:
            return result
    return Found([], "none")


def _by_ending(resources: Resources, name: str, keep: _Filter) -> Found | None:
    """A common case ending cut off (the query lexicon's table, which also has the
    Russian noun cases), else a reading of the parser's Kyrgyz morphology."""
    gaz = resources.gazetteer
    key = fold_key(name)
    for ending in _endings():
        folded = fold_key(ending)
        if key.endswith(folded) and len(key) - len(folded) >= MIN_STEM_LENGTH:
            stem = key[: -len(folded)]
            found = keep(gaz.lookup(stem))
            if not found and len(stem) > 2 and stem[-1] == stem[-2]:
                found = keep(gaz.lookup(stem[:-1]))  # a doubled final consonant
            if found:
                return Found(found, f"ending -{ending}")
    if len(name) > MAX_NAME_LENGTH:
        return None
    index = resources.place_index
    words = name.split()
    for reading in sorted(
        morph.candidate_stems(words[-1]) if words else (), key=lambda r: -len(r.stem)
    ):
        found = keep(index.lookup(" ".join([*words[:-1], reading.stem])))
        if found:
            return Found(found, f"ending -{reading.ending}")
    return None


def _by_adjective(resources: Resources, name: str, keep: _Filter) -> Found | None:
    stem = morph.russian_adjective_stem(fold_key(name))
    adjectives = official_adjectives(resources)
    if stem and stem in adjectives:
        found = keep(adjectives[stem])
        if found:
            return Found(found, "Russian adjective")
    return None


def _by_fuzzy(resources: Resources, name: str, keep: _Filter) -> Found | None:
    gaz = resources.gazetteer
    adjectives = official_adjectives(resources)
    key = fold_key(name)
    if not MIN_FUZZY_LENGTH <= len(key) <= MAX_NAME_LENGTH:
        return None
    choices = sorted(gaz.keys() | adjectives.keys())
    best = process.extract(
        key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=FUZZY_LIMIT
    )
    units: list[Unit] = []
    for choice, _score, _ in best:
        for unit in gaz.lookup(choice) if choice in gaz.keys() else adjectives[choice]:
            if unit not in units:
                units.append(unit)
    units = keep(units)
    return Found(units, "fuzzy") if units else None


def _without_type_words(query: str) -> str:
    lexicon = load("gazetteer_query")
    prefixes = tuple(fold_key(p) for group in lexicon["type_word_prefixes"].values() for p in group)
    abbreviations = {
        fold_key(a) for a in (*lexicon["type_abbreviations"], *words(lexicon["prepositions"]))
    }
    kept = [
        w
        for w in query.split()
        if not (fold_key(w).startswith(prefixes) or fold_key(w) in abbreviations)
    ]
    return " ".join(kept) or query


@functools.cache  # the same endings for every query: built once
def _endings() -> tuple[str, ...]:
    endings = {
        *morph.variants(*load("gazetteer_query")["kyrgyz_suffixes"]),
        *morph.russian_unit_adjective_endings(),
        *morph.RU_PLACE_NOUN_ENDINGS,
    }
    return tuple(sorted(endings, key=lambda e: (-len(e), e)))


def official_adjectives(resources: Resources) -> dict[str, list[Unit]]:
    """Folded stems of the official Russian adjectives ("атбашын" for "Ат-Башынский
    район") -> units; built once per Resources."""
    return resources.derived("official_adjectives", _official_adjectives)


_NOMINATIVES = morph.russian_unit_adjective_endings(case="nominative")


def _official_adjectives(gaz: Gazetteer) -> dict[str, list[Unit]]:
    index: dict[str, list[Unit]] = {}
    for unit in gaz.units():
        if not unit.name_ru_full:
            continue
        # The first adjective of the official name ("Ат-Башынский район"), which is
        # in the nominative ("им. Крупской" is a surname in the genitive).
        words = [w for w in unit.name_ru_full.split() if fold_key(w).endswith(_NOMINATIVES)]
        for word in words[:1]:
            stem = morph.russian_adjective_stem(fold_key(word))
            if stem:
                index.setdefault(stem, []).append(unit)
    return index


def oblast_codes(resources: Resources, oblast: str | None) -> set[str] | None:
    """The codes of the oblast a user named (any language, ISO code, SOATE code); None
    when no oblast was named, an empty set when none matches."""
    if oblast is None:
        return None
    gaz = resources.gazetteer
    if gaz.get(oblast) is not None:
        return {oblast}
    iso = {u.iso.casefold(): u.id for u in gaz.units() if u.iso}
    if oblast.casefold() in iso:
        return {iso[oblast.casefold()]}
    found = [u.id for u in gaz.lookup(oblast) if u.level == "oblast" or u.iso]
    if not found:
        found = [u.id for u in find(resources, oblast, level="oblast").units]
    return set(found)


def units_in(resources: Resources, level: str | None, oblast: str | None) -> list[Unit]:
    """Every unit of a level (all levels: None), inside the named oblast if any."""
    codes = oblast_codes(resources, oblast)
    return [
        u
        for u in resources.gazetteer.units(level)
        if codes is None or u.oblast in codes or u.id in codes
    ]


def parents(gaz: Gazetteer, unit: Unit) -> list[Unit]:
    """The unit's parents, nearest first."""
    chain = []
    code = unit.parent
    while code:
        parent = gaz.get(code)
        if parent is None:
            break
        chain.append(parent)
        code = parent.parent
    return chain
