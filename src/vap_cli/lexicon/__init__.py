"""Language knowledge as data: each YAML file beside this module is one lexicon.

Extractors read their lexicon once, at import, and build their patterns from it.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sys

    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable


def source(name: str) -> Traversable:
    """The file of lexicon `name`: what a cache of things built from it is keyed on."""
    return resources.files(__package__).joinpath(f"{name}.yaml")


@cache
def load(name: str) -> Any:
    """The parsed YAML lexicon `name` (without .yaml), read once per process; cached on
    disk keyed by the file's bytes (diskcache.py): a one-file run then neither imports
    nor runs the YAML parser (about 40 ms of start-up)."""
    from .. import diskcache

    # Keyed on this module too: it is what parses the file.
    sources = [source(name), Path(__file__)]
    return diskcache.cached(f"lexicon-{name}", sources, lambda: _parse(name))


def _parse(name: str) -> Any:
    import yaml

    text = source(name).read_text(encoding="utf-8")
    # The C loader (libyaml) is about 7x faster than the pure-Python one.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
