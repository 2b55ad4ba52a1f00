"""Language knowledge as data: each YAML file beside this module is one lexicon.

Extractors read their lexicon once, at import, and build their patterns from it.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def source(name: str) -> Traversable:
    """The file of lexicon `name`: what a cache of things built from it is keyed on."""
    return resources.files(__package__).joinpath(f"{name}.yaml")


@cache
def load(name: str) -> Any:
    """The parsed YAML lexicon `name` (without .yaml), read once per process."""
    text = source(name).read_text(encoding="utf-8")
    # The C loader (libyaml) is about 7x faster than the pure-Python one: start-up time.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
