"""A cache on disk for what start-up builds from data files (generated endings,
indexes), so that a one-file run and each new worker process start warm.

An entry is keyed by a hash of Python's version and the bytes of every file it
was built from, the module that builds it included: change a lexicon or the
code and the entry is rebuilt. A file's digest is kept with its stamp (size, times,
inode: `known_digests`), so that an unchanged file is not read again at each start.
The cache is a convenience, never a requirement: an unwritable or corrupt cache
is ignored and the value built as if there were none.

Where: $VAP_CACHE_DIR, else $XDG_CACHE_HOME/vap, else ~/.cache/vap.
`VAP_NO_CACHE=1` turns it off.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import gc
import os
import pickle
import sys
import time
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from . import hashes

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
    digest = hashes.sha256()
    for part in (name, str(CACHE_FORMAT), sys.version):
        digest.update(part.encode() + b"\0")
    folder = cache_dir()
    stamps = known_digests(folder) if folder is not None else None
    for source in sources:
        if stamps is not None and isinstance(source, Path):
            digest.update(stamps.digest(source))
        else:
            digest.update(hashes.sha256(source.read_bytes()).digest())
    return digest.hexdigest()[:32]


# A file's digest is kept with its stamp (size, change times, inode and device), so
# that a file whose stamp is the same is not read and hashed again: a one-file run
# hashed ~1.3 MB of sources for the keys above (3% of its start-up's instructions).
# Only a file last changed more than STAMP_SETTLED_S seconds before is stamped: two
# writes within one tick of the file system's clock leave the same times (and the
# same size, when one byte is changed), so the stamp of a younger file might miss a
# write that follows. The change time (ctime) moves with every write, whatever the
# modification time is set back to.
STAMP_SETTLED_S = 2.0

Stamp = tuple[int, int, int, int, int]


class KnownDigests:
    """The digests of source files, by path, with the stamp each was read at; kept in
    the cache folder, written back at the process's exit when one was added."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # missing or corrupt: every file hashed
        self.known: dict[str, tuple[Stamp, bytes]] = _read(path)
        self.dirty = False

    def digest(self, source: Path) -> bytes:
        """The SHA-256 digest of the file's bytes, read only when its stamp changed."""
        where = os.path.abspath(source)
        st = os.stat(where)
        stamp = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)
        found = self.known.get(where)
        if found is not None and found[0] == stamp:
            return found[1]
        digest = hashes.sha256(source.read_bytes()).digest()
        if time.time() - max(st.st_mtime, st.st_ctime) > STAMP_SETTLED_S:
            self.known[where] = (stamp, digest)
            if not self.dirty:
                self.dirty = True
                atexit.register(self.save)
        return digest

    def save(self) -> None:
        store(self.path, self.known)


# The length in hex digits of the digest of the package's folder that names its file of
# digests (64 bits: two installs never share one).
INSTALL_DIGEST_HEX = 16


@functools.cache
def known_digests(folder: Path) -> KnownDigests:
    """The digests kept in `folder` for this install of vap, read once a process. Each
    install (checkout, virtual environment) has its own file: one file for all held the
    sources of every checkout that ever ran (5,000 entries for 90 checkouts, 9 ms of a
    one-file run's start-up to read), though a run looks up only its own ~80."""
    return KnownDigests(digests_file(folder, os.path.dirname(os.path.abspath(__file__))))


def digests_file(folder: Path, install: str) -> Path:
    """The file in `folder` of the digests of the install whose package is at `install`."""
    key = hashes.sha256(os.fsencode(install)).hexdigest()[:INSTALL_DIGEST_HEX]
    return folder / f"digests-{CACHE_FORMAT}-{key}.pickle"


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
    with collector_paused():
        return pickle.load(fh)  # noqa: S301 - the user's own cache, written by vap


@contextlib.contextmanager
def long_lived() -> Iterator[None]:
    """A block that builds what a process keeps to its end (the pipeline's modules,
    their lexicons and patterns, the gazetteer): the garbage collector paused while
    it runs (it would walk those objects again and again while they are made, about
    a twentieth of a one-file run), and all it made frozen after (`gc.freeze`: never
    walked again, by the collections while documents are parsed either)."""
    with collector_paused():
        try:
            yield
        finally:
            gc.freeze()  # before the collector is back: it would walk them all once


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """A block run with the garbage collector paused, then set back as it was (a block
    inside another, or run while another thread's is, leaves it to the outer one).
    Reference counting still frees what the block lets go; only reference cycles wait
    for the collector's next pass after the block."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
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


# More entries than this in a Stored file: write back only those this process used
# (old pattern texts of a changed lexicon do not pile up).
MAX_ENTRIES = 500
K = TypeVar("K")
V = TypeVar("V")


class Stored(Generic[K, V]):
    """Values computed before, read from a file, and those computed in this process,
    written back at its exit when one was new (only those it used when the file has
    more than MAX_ENTRIES): rx's compiled patterns and tries, morph's forms. A value
    is never None (None: not computed yet)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.values: dict[K, V] = _read(path)
        self.used: set[K] = set()
        self.dirty = False

    def get(self, key: K, make: Callable[[], V]) -> V:
        found = self.values.get(key)
        if found is None:
            found = self.values[key] = make()
            if not self.dirty and self.path is not None:
                self.dirty = True
                atexit.register(self.save)
        # used once it has a value: a `make` that raised leaves no key for `save` to miss
        self.used.add(key)
        return found

    def save(self) -> None:
        if self.path is None:
            return
        kept = self.entries()
        if len(kept) > MAX_ENTRIES:
            kept = {key: kept[key] for key in self.used}
        store(self.path, kept)

    def entries(self) -> dict[K, Any]:
        """What `save` writes, by key, before it keeps only those used when too many."""
        return self.values


class Pickled(Stored[K, V]):
    """A Stored whose file holds each value pickled on its own, unpickled when first
    asked for (rx's compiled patterns: rebuilding a pattern from its pickle is most of
    reading the file, and the file also holds the patterns of lexicons since changed,
    a third of a one-file run's reading time spent on patterns it never used). Its
    file's name must differ from that of a Stored of the same values: a checkout of
    before reads its own."""

    def __init__(self, path: Path | None) -> None:
        super().__init__(path)
        # each value's pickle as the file held it, by its key
        self.encoded: dict[K, bytes] = {
            key: value for key, value in self.values.items() if isinstance(value, bytes)
        }
        self.values = {}

    def get(self, key: K, make: Callable[[], V]) -> V:
        if key not in self.values and key in self.encoded:
            try:
                self.values[key] = pickle.loads(self.encoded[key])  # noqa: S301 - vap's own
            except Exception:  # noqa: BLE001 - an entry that cannot be read is made again
                del self.encoded[key]
        return super().get(key, make)

    def entries(self) -> dict[K, Any]:
        """Each value pickled on its own: those read as the file held them, the rest
        pickled now."""
        kept: dict[K, Any] = dict(self.encoded)
        for key, value in self.values.items():
            if key not in kept:
                kept[key] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        return kept


def _read(path: Path | None) -> dict[Any, Any]:
    if path is None:
        return {}
    try:
        with open(path, "rb") as fh:
            table = unpickle(fh)
    except Exception:  # noqa: BLE001 - missing or corrupt: computed again, never fatal
        return {}
    return table if isinstance(table, dict) else {}


def one_copy_each(value: T) -> T:
    """`value` with equal strings (and equal tuples of strings) that it holds in several
    places made one object, in place where a container can change: what is stored then
    holds each once. Pickle writes an object it met before as a reference, but two equal
    strings made apart (a unit's level, a folded name in two tables) as two strings, and
    reading them back makes each again: the gazetteer and its index held 34,577 strings,
    11,949 of them different. Only which objects are shared changes, no value; a
    container of another type, or an object of slots, is left as it is."""
    return typing.cast(T, _Sharing().of(value))


class _Sharing:
    """One walk of `one_copy_each`: the strings met so far, and each container already
    walked by its id (with the container itself: an object freed during the walk would
    leave its id to another)."""

    def __init__(self) -> None:
        self.strings: dict[object, object] = {}
        self.done: dict[int, tuple[object, object]] = {}

    def of(self, value: object) -> object:
        kind = type(value)
        if kind is str:
            return self.strings.setdefault(value, value)
        if kind not in _CONTAINERS and not _an_instance_of_fields(value):
            return value  # numbers, None, and what is not walked
        found = self.done.get(id(value))
        if found is not None:
            return found[1]
        self.done[id(value)] = (value, value)  # an object that holds itself
        new = self._container(value)
        self.done[id(value)] = (value, new)
        return new

    def _container(self, value: Any) -> object:
        kind = type(value)
        if kind is tuple:
            shared = tuple(self.of(item) for item in value)
            if all(type(item) is str for item in shared):
                return self.strings.setdefault(shared, shared)
            return shared
        if kind is frozenset:
            return frozenset(self.of(item) for item in value)
        if kind is list:
            value[:] = [self.of(item) for item in value]
        elif kind is set:
            items = [self.of(item) for item in value]
            value.clear()
            value.update(items)
        elif kind is dict:
            pairs = [(self.of(key), self.of(item)) for key, item in value.items()]
            value.clear()
            value.update(pairs)  # in the same order
        elif _an_instance_of_fields(value):
            fields = vars(value)
            for name, item in list(fields.items()):
                fields[name] = self.of(item)
        return value


_CONTAINERS = (tuple, frozenset, list, set, dict)


def _an_instance_of_fields(value: object) -> bool:
    """An object whose fields are its `__dict__` (a unit, an index), not a class, a
    module or a function, whose `__dict__` is their code's."""
    return (
        isinstance(getattr(value, "__dict__", None), dict)
        and not isinstance(value, type | types.ModuleType)
        and not callable(value)
    )
