"""Running the pipeline over many files: collecting inputs, parallel workers,
per-file failures that never stop the others.

Used by every command that reads a folder (parse, contacts, dedupe, eval, ...).
"""

from __future__ import annotations

import fnmatch
import functools
import os
import traceback
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .read import MAX_BYTES


@dataclass
class Result:
    path: str
    document: object | None = None  # a models.Document; untyped to keep this module light
    error: str | None = None
    trace: str | None = None  # the traceback of an internal error, for --debug


@dataclass
class Skipped:
    path: str
    reason: str


def _matches(path: str, patterns: Sequence[str]) -> bool:
    name = os.path.basename(path)
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(path, p) for p in patterns)


@dataclass
class Unreadable:
    """A folder that cannot be listed: a failure, reported, while the rest goes on."""

    path: str
    reason: str


def _walk(folder: str) -> Iterator[str | Unreadable]:
    """The files under `folder`, as os.walk gives them (sorted, a folder's files
    before its subfolders, hidden entries and symlinked folders not entered), but
    a folder that cannot be listed is reported instead of silently left out."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        yield Unreadable(folder, f"cannot read the folder: {exc.strerror or exc}")
        return
    entries = [entry for entry in entries if not entry.name.startswith(".")]
    yield from (entry.path for entry in entries if not _is_folder(entry, follow_links=True))
    for entry in entries:
        if _is_folder(entry, follow_links=False):
            yield from _walk(entry.path)


def _is_folder(entry: os.DirEntry, follow_links: bool) -> bool:
    try:
        return entry.is_dir(follow_symlinks=follow_links)
    except OSError:
        return False


def collect(
    paths: Iterable[str],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
) -> Iterator[str | Skipped | Unreadable]:
    """Input paths in a stable order. Folders are walked recursively, sorted,
    hidden entries skipped; in a folder only supported formats (or --include
    globs) are taken, others are reported as Skipped, and a subfolder that cannot
    be listed as Unreadable. A path named explicitly is always yielded, so that a
    missing or unsupported file is reported as failed."""
    from .read import supported

    seen: set[str] = set()
    for given in paths:
        if given == "-" or not os.path.isdir(given):
            if given not in seen:
                seen.add(given)
                yield given
            continue
        for path in _walk(given):
            if isinstance(path, Unreadable):
                yield path
                continue
            if exclude and _matches(path, exclude):
                continue
            if include:
                if not _matches(path, include):
                    continue
            elif not supported(path):
                suffix = Path(path).suffix or "(no suffix)"
                yield Skipped(path, f"unsupported format {suffix!r}")
                continue
            if path not in seen:
                seen.add(path)
                yield path


def parse_one(path: str, max_bytes: int = MAX_BYTES) -> Result:
    """Parse one file; every failure becomes an error message, never an exception."""
    from .pipeline import parse_path

    try:
        return Result(path, document=parse_path(path, max_bytes=max_bytes))
    except InputError as exc:
        return Result(path, error=str(exc))
    except RecursionError:
        return Result(
            path, error="internal error: document too deeply nested", trace=traceback.format_exc()
        )
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        return Result(
            path, error=f"internal error: {type(exc).__name__}: {exc}", trace=traceback.format_exc()
        )


def _init_worker(gazetteer_files: tuple[str, ...]) -> None:
    """Worker setup: a worker sees the same extra gazetteer files as the parent."""
    from .gazetteer import extra_paths, use_extra

    if tuple(gazetteer_files) != extra_paths():
        use_extra(gazetteer_files)


def run(
    paths: Sequence[str],
    jobs: int = 1,
    gazetteer: Sequence[str] | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Result]:
    """Results in the order of `paths`, computed on `jobs` processes (0 = all cores).
    `gazetteer`: extra gazetteer files (default: those given to gazetteer.use_extra
    in this process), handed to every worker process. A file over `max_bytes` fails."""
    if gazetteer is None:
        from .gazetteer import extra_paths

        gazetteer = extra_paths()
    if jobs == 0:
        jobs = os.cpu_count() or 1
    if jobs <= 1 or len(paths) < 2:
        _init_worker(tuple(gazetteer))
        for path in paths:
            yield parse_one(path, max_bytes)
        return
    from .workers import Job, ordered_map

    # Worker processes have no standard input: a `-` is read and parsed here.
    stdin_result = None
    if "-" in paths:
        _init_worker(tuple(gazetteer))
        stdin_result = parse_one("-", max_bytes)
    files = [path for path in paths if path != "-"]
    job = Job(
        task=functools.partial(parse_one, max_bytes=max_bytes),
        setup=_init_worker,
        setup_args=(tuple(gazetteer),),
        lost=_lost,
    )
    results = ordered_map(job, files, jobs)
    try:
        for path in paths:
            yield stdin_result if path == "-" else next(results)
        for _ in results:  # nothing is left: this lets the workers finish and exit
            pass
    finally:
        results.close()  # stopped early: the workers are killed


def _lost(path: str) -> Result:
    return Result(path, error="internal error: the worker process died (out of memory?)")
