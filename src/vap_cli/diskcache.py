"""A cache on disk for what start-up builds from data files (generated endings,
indexes), so that a one-file run and each new worker process start warm.

An entry is keyed by a hash of Python's version and the bytes of every file it
was built from, the module that builds it included: change a lexicon or the
code and the entry is rebuilt.
The cache is a convenience, never a requirement: an unwritable or corrupt cache
is ignored and the value built as if there were none.

Where: $VAP_CACHE_DIR, else $XDG_CACHE_HOME/vap, else ~/.cache/vap.
`VAP_NO_CACHE=1` turns it off.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import sys
import typing
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol, TypeVar

T = TypeVar("T")

CACHE_FORMAT = 1  # bump when what is stored changes shape without a data change


class Readable(Protocol):
    def read_bytes(self) -> bytes: ...


def cache_dir() -> Path | None:
    if os.environ.get("VAP_NO_CACHE"):
        return None
    if os.environ.get("VAP_CACHE_DIR"):
        return Path(os.environ["VAP_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "vap"


def cache_key(name: str, sources: Iterable[Readable]) -> str:
    digest = hashlib.sha256()
    for part in (name, str(CACHE_FORMAT), sys.version):
        digest.update(part.encode() + b"\0")
    for source in sources:
        digest.update(hashlib.sha256(source.read_bytes()).digest())
    return digest.hexdigest()[:32]


def cached(name: str, sources: Iterable[Readable], build: Callable[[], T]) -> T:
    """`build()`, or the value it gave before for the same sources."""
    folder = cache_dir()
    if folder is None:
        return build()
    try:
        key = cache_key(name, sources)
    except OSError:
        return build()  # a source that cannot be read: `build` reports it its own way
    path = folder / f"{name}-{key}.pickle"
    try:
        with open(path, "rb") as fh:
            return unpickle(fh)
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 - a corrupt entry is rebuilt, never fatal
        pass
    value = build()
    store(path, value)
    return value


def unpickle(fh: typing.BinaryIO) -> Any:
    """The value pickled in `fh`, loaded with the garbage collector paused: loading
    makes tens of thousands of objects that all live on, and the collector would
    otherwise walk them again and again while they are made."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(fh)  # noqa: S301 - the user's own cache, written by vap
    finally:
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def long_lived() -> Iterator[None]:
    """A block that builds what a process keeps to its end (the pipeline's modules,
    their lexicons and patterns, the gazetteer): the garbage collector paused while
    it runs (it would walk those objects again and again while they are made, about
    a twentieth of a one-file run), and all it made frozen after (`gc.freeze`: never
    walked again, by the collections while documents are parsed either)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def store(path: Path, value: object) -> None:
    """Write `value` to `path` atomically; a failure leaves the cache as it was."""
    import tempfile  # only when writing: a warm start-up never does

    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # atomic: a parallel worker reads the old or the new whole
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass  # read-only home, full disk: run without the cache
