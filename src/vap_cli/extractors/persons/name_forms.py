"""The persons lexicon's tables of names made with morph's forms, kept in the disk cache
(diskcache.py): the listed given names in their Russian oblique cases, the given names
a name may be anchored on, and the forms of the Russian heads of bodies. Making them
is ~2 ms of a one-file run's start-up; reading them back a fraction of it."""

from __future__ import annotations

from pathlib import Path

from ... import diskcache, morph, morph_names
from ...lexicon import load, source


def given_names() -> dict[str, list[str]]:
    """The given names by sex, the foreign ones (`male_foreign`, `female_foreign`) with them."""
    listed = load("given_names")
    return {sex: [*listed[sex], *listed[f"{sex}_foreign"]] for sex in ("male", "female")}


def _oblique_given_forms(names: dict[str, list[str]]) -> frozenset[str]:
    """The listed given names in their Russian oblique cases ("Кристиана", "Клаудии"):
    each name whose nominative ends so, with that ending replaced by an oblique one
    (morphology.yaml given_before_father)."""
    return frozenset(
        str(name)[: len(str(name)) - len(n)] + oblique
        for sex, table in morph_names.RU_GIVEN_BEFORE_FATHER.items()
        for name in names[sex]
        for oblique, nominatives in table.items()
        for n in nominatives
        if str(name).endswith(n)
    )


def _name_forms() -> tuple[frozenset[str], list[str], frozenset[str]]:
    names = given_names()
    oblique = _oblique_given_forms(names)
    anchored = sorted({str(n) for n in names["male"] + names["female"]} | oblique)
    body_heads = frozenset(load("persons")["body_heads_ru"])
    heads = frozenset(form for head in body_heads for form in morph.russian_noun_forms(head))
    return oblique, anchored, heads


# What the tables are made from (their disk cache's key): the lexicons of given names
# and of persons, this module, the names' endings (morph_names.py) and what morph makes
# forms with.
_NAME_FORMS_SOURCES = morph.made_with(
    source("given_names"),
    source("persons"),
    Path(__file__),
    Path(morph_names.__file__),
)
# GIVEN_OBLIQUE_FORMS: the listed given names in their Russian oblique cases;
# ANCHOR_GIVEN: those and the names as listed, sorted (a named list of the anchors);
# BODY_HEAD_FORMS: the Russian heads of bodies in any case ("председателя").
GIVEN_OBLIQUE_FORMS, ANCHOR_GIVEN, BODY_HEAD_FORMS = diskcache.cached(
    "person-name-forms", _NAME_FORMS_SOURCES, _name_forms
)
