"""What the extractors look things up in, built once per process: the gazetteer
(built in, plus the user's `--gazetteer FILE`s) and the places index built from it.

`load(extra)` is the cached constructor (keyed by the extra files); the pipeline hands
the Resources to every extractor as `ctx.resources`. Nothing here is process-global
state a caller sets: a different set of files is a different Resources.

The gazetteer and its index are also cached on disk (diskcache.py), keyed by the
data files and the modules that build them, so that a one-file run and each new
worker start without rebuilding them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .extractors.places.index import PlaceIndex
    from .gazetteer import Gazetteer


class Resources:
    """The gazetteer of one set of extra files, and its places index (built on first use)."""

    def __init__(
        self, gazetteer: Gazetteer, place_index: PlaceIndex, extra: tuple[str, ...] = ()
    ) -> None:
        self.gazetteer = gazetteer
        self.place_index = place_index
        self.extra = extra  # the user's files (batch.run hands them to worker processes)
        self._derived: dict[str, Any] = {}

    def derived(self, name: str, build: Callable[[Gazetteer], Any]) -> Any:
        """A table derived from the gazetteer (`build(gazetteer)`), built once and kept
        here under `name`: it belongs to this gazetteer, not to the process."""
        if name not in self._derived:
            self._derived[name] = build(self.gazetteer)
        return self._derived[name]

    def prepare(self) -> Resources:
        """Build now what is otherwise built on first use (a worker, before its first file)."""
        return self


def load(extra: Sequence[str] = ()) -> Resources:
    """The Resources of the built-in gazetteer plus these files, built once per process
    for each set of files. A bad file raises gazetteer.GazetteerError naming it."""
    return _load(tuple(str(p) for p in extra))


@cache
def _load(extra: tuple[str, ...]) -> Resources:
    from . import diskcache

    # One pickle for both: the index refers to the gazetteer's own Unit objects.
    gazetteer, index = diskcache.cached(
        "gazetteer", [*_built_from(), *(Path(p) for p in extra)], lambda: _build(extra)
    )
    return Resources(gazetteer, index, extra)


def _build(extra: tuple[str, ...]) -> tuple[Gazetteer, PlaceIndex]:
    from . import diskcache
    from .extractors.places.index import PlaceIndex
    from .gazetteer import with_extra

    gazetteer = with_extra(extra)
    # Each string once: the stored pickle is ~30% smaller and a fifth quicker to read.
    return diskcache.one_copy_each((gazetteer, PlaceIndex.of(gazetteer)))


def _built_from() -> list[Path]:
    """What the gazetteer and its index are built from: the data file, the lexicons
    and the modules that read them, build and store them (a change to any of them
    rebuilds the cache)."""
    from . import gazetteer

    package = Path(__file__).resolve().parent
    return [
        gazetteer.builtin_path(),
        package / "gazetteer.py",
        package / "morph.py",
        package / "morph_names.py",
        package / "resources.py",
        package / "diskcache.py",
        *sorted((package / "extractors" / "places").glob("*.py")),
        *sorted((package / "lexicon").glob("*.yaml")),
    ]


def default() -> Resources:
    """The Resources of the built-in gazetteer alone."""
    return load(())
