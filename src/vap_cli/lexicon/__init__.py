"""Language knowledge as data: each YAML file beside this module is one lexicon.

Extractors read their lexicon once, at import, and build their patterns from it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

# Beside this module, as the gazetteer's data file is (gazetteer.builtin_path): a
# path, not importlib.resources, whose import (tempfile, zipfile, ...) a one-file
# run would pay for at start-up.
_FOLDER = Path(__file__).resolve().parent


def source(name: str) -> Path:
    """The file of lexicon `name`: what a cache of things built from it is keyed on."""
    return _FOLDER / f"{name}.yaml"


@cache
def load(name: str) -> Any:
    """The parsed YAML lexicon `name` (without .yaml), read once per process; cached on
    disk keyed by the file's bytes (diskcache.py): a one-file run then neither imports
    nor runs the YAML parser (about 40 ms of start-up)."""
    from .. import diskcache

    # Keyed on this module too: it is what parses the file.
    sources = [source(name), Path(__file__)]
    return diskcache.cached(f"lexicon-{name}", sources, lambda: _parse(name))


@cache
def unit_nouns() -> frozenset[str]:
    """The lemmas of the nouns of counted units (schools, districts, ayil okmotus): the
    participation lexicon's `table.unit_nouns`. Participants count them; places read them
    too (a unit noun opening a sentence names no unit the gazetteer lacks), and places may
    not import participants: both ask here."""
    return frozenset(load("participation")["table"]["unit_nouns"])


@cache
def belonging_words() -> frozenset[str]:
    """The words that, after a unit in the dative, tell whose a thing is ("районуна
    караштуу"): the places lexicon's `belonging_after_dative`, folded. Places read them
    (a unit's villages) and so do participants (units owning what a count names): both
    ask here, as for unit_nouns."""
    return frozenset(w.casefold() for w in load("places")["belonging_after_dative"])


def words(entry: list[str] | dict[str, list[str]]) -> tuple[str, ...]:
    """The words of a lexicon's list: the list as written, or one built from the shared
    word classes (word_classes.yaml), `{classes: [ru_prepositions, ...], plus: [...]}`:
    the classes' words in order, then the words the rule adds to them."""
    if isinstance(entry, list):
        return tuple(entry)
    classes = load("word_classes")
    built = [word for name in entry["classes"] for word in classes[name]]
    return tuple(built + list(entry.get("plus", [])))


def _parse(name: str) -> Any:
    import yaml

    text = source(name).read_text(encoding="utf-8")
    # The C loader (libyaml) is about 7x faster than the pure-Python one.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
