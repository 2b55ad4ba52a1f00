"""Cells of the places sweep for the people of a unit (issue 14): a Kyrgyz demonym,
the name with the suffix of belonging and the plural, in every spelling the grammar
gives (Нарындыктар, Оштуктар, Кочкорлуктар and Кочкордуктар), and near misses that
look like one and name nothing (бардык "all").

The real corpus's README counts a demonym that plainly names a unit as that unit.
The names come from the gazetteer (every district and city), the sentences are
team-written templates.
"""

from __future__ import annotations

from collections.abc import Iterator

from places_cells import Cell, _bare_level, _sweepable, key

from vap_cli import gazetteer, morph

# Names whose demonym reads as something else first: a foreign city (Москвалыктар:
# Muscovites), a month, a person (Манас, Токтогул: the bare names need context too).
NOT_SWEPT = {"Москва", "Октябрь", "Манас", "Токтогул"}

# The demonym in the nominative (a sentence's subject) and in the dative.
KY_DEMONYM = {
    (): "{x} жаңы мектептин ачылышына катышышты.",
    ("dative",): "Аким {x} жаңы жолдун курулушу тууралуу маалымат берди.",
}


def _demonyms(name: str, cases: tuple[str, ...]) -> list[str]:
    """Every spelling morph gives of name + belonging + plural (+ the cases)."""
    wanted = ("belonging", "plural", *cases)
    return sorted(
        morph.surface(name, ending)
        for ending in morph.suffixes_for(name)
        if morph.suffix_names(name, ending) == wanted
    )


def ky_demonyms(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """Every district and city name as a demonym, in each spelling and case."""
    names = sorted(
        {u.name for level in ("district", "city") for u in g.units(level) if _sweepable(g, u)}
    )
    for name in names:
        level = _bare_level(g, name)
        if level is None or name in NOT_SWEPT:
            continue
        final = "r" if name.endswith("р") else "other"
        for cases, template in KY_DEMONYM.items():
            for written in _demonyms(name, cases):
                text = template.format(x=written)
                yield Cell(f"ky.demonym.{final}", text, frozenset({key(level, name)}))


def cells(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    yield from ky_demonyms(g)
