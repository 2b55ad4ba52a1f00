"""What the extractors look things up in, built once per process: the gazetteer
(built in, plus the user's `--gazetteer FILE`s) and the places index built from it.

`load(extra)` is the cached constructor (keyed by the extra files); the pipeline hands
the Resources to every extractor as `ctx.resources`. Nothing here is process-global
state a caller sets: a different set of files is a different Resources.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .extractors.places.index import PlaceIndex
    from .gazetteer import Gazetteer


class Resources:
    """The gazetteer of one set of extra files, and its places index (built on first use)."""

    def __init__(self, gazetteer: Gazetteer, extra: tuple[str, ...] = ()) -> None:
        self.gazetteer = gazetteer
        self.extra = extra  # the user's files (batch.run hands them to worker processes)
        self._derived: dict[str, Any] = {}

    @cached_property
    def place_index(self) -> PlaceIndex:
        from .extractors.places.index import PlaceIndex

        return PlaceIndex.of(self.gazetteer)

    def derived(self, name: str, build: Callable[[Gazetteer], Any]) -> Any:
        """A table derived from the gazetteer (`build(gazetteer)`), built once and kept
        here under `name`: it belongs to this gazetteer, not to the process."""
        if name not in self._derived:
            self._derived[name] = build(self.gazetteer)
        return self._derived[name]

    def prepare(self) -> Resources:
        """Build now what is otherwise built on first use (a worker, before its first file)."""
        _ = self.place_index
        return self


def load(extra: Sequence[str] = ()) -> Resources:
    """The Resources of the built-in gazetteer plus these files, built once per process
    for each set of files. A bad file raises gazetteer.GazetteerError naming it."""
    return _load(tuple(str(p) for p in extra))


@cache
def _load(extra: tuple[str, ...]) -> Resources:
    from .gazetteer import with_extra

    return Resources(with_extra(extra), extra)


def default() -> Resources:
    """The Resources of the built-in gazetteer alone."""
    return load(())
