"""Places made map-ready: each place gets its chain of parents (names and SOATE
codes), the country, and coordinates from the gazetteer; the country itself is
a place when the text names it. A resolve step (resolve/__init__.py)."""

from __future__ import annotations

import regex

from .. import gazetteer, rx
from ..context import Context
from ..extractors.places.rules import COUNTRY_NAMED
from ..lexicon import load
from ..models import CHAIN_LEVELS, Place


def _country_pattern() -> regex.Pattern[str]:
    lex = load("country")
    stems = "|".join(r"\s{1,3}".join(map(regex.escape, s.split())) for s in lex["stems"])
    abbreviations = "|".join(regex.escape(a) for a in lex["abbreviations"])
    return rx.compile(rf"(?<!\p{{L}})(?:(?:{stems})\p{{L}}{{0,6}}|(?:{abbreviations}))(?!\p{{L}})")


# Built once, at import: the names of Kyrgyzstan and their case endings.
COUNTRY = _country_pattern()


def complete_places(ctx: Context) -> None:
    """Every place of the gazetteer gets its hierarchy and coordinates."""
    gaz = ctx.resources.gazetteer  # the user's --gazetteer units included
    country = load("country")["name"]
    for place in ctx.places:
        place.country = country
        unit = gaz.get(place.soate) if place.soate else None
        if unit is not None:
            _fill_chain(place, unit, gaz)
            _fill_coordinates(place, unit, gaz)


def _chain(unit: gazetteer.Unit, gaz: gazetteer.Gazetteer) -> list[gazetteer.Unit]:
    """The unit and its parents, nearest first."""
    chain = [unit]
    while chain[-1].parent is not None and len(chain) < len(gazetteer.LEVELS):
        parent = gaz.get(chain[-1].parent)
        if parent is None:
            break
        chain.append(parent)
    return chain


def _fill_chain(place: Place, unit: gazetteer.Unit, gaz: gazetteer.Gazetteer) -> None:
    for link in _chain(unit, gaz):
        if link.level in CHAIN_LEVELS:  # Place's level columns
            setattr(place, link.level, link.name)
            setattr(place, f"{link.level}_soate", link.id)


def _fill_coordinates(place: Place, unit: gazetteer.Unit, gaz: gazetteer.Gazetteer) -> None:
    """The unit's own coordinates, else its nearest parent's (a village the
    gazetteer has no point for is drawn at its ayil aimak); coords_soate says whose."""
    for link in _chain(unit, gaz):
        if link.lat is not None and link.lon is not None:
            place.lat, place.lon, place.coords_soate = link.lat, link.lon, link.id
            return


def add_country(ctx: Context) -> None:
    """Кыргызстан as a place of level `country`, all its mentions kept (each a
    decision of places.country_named for `--explain`)."""
    if any(p.level == "country" for p in ctx.places):
        return
    matches = list(COUNTRY.finditer(ctx.text, None, None, False, rx.NOT_CONCURRENT))
    if not matches:
        return
    lex = load("country")
    for m in matches:
        ctx.decide(COUNTRY_NAMED, True, m.start(), m.end(), f"country {lex['name']}")
    found = [ctx.quote(m.start(), m.end()) for m in matches]
    text, span = found[0]
    country = Place.model_construct(
        level="country",
        name=lex["name"],
        soate=lex["soate"],
        country=lex["name"],
        text=text,
        span=span,
        mentions=[s for _, s in found],
    )
    at = next((i for i, p in enumerate(ctx.places) if p.span.start > span.start), len(ctx.places))
    ctx.places.insert(at, country)
