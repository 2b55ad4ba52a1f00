"""Running the pipeline over many files: collecting inputs, parallel workers,
per-file failures that never stop the others.

Used by every command that reads a folder (parse, contacts, dedupe, eval, ...).
"""

from __future__ import annotations

import fnmatch
import os
import traceback
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .errors import InputError


@dataclass
class Result:
    path: str
    document: object | None = None  # a models.Document; untyped to keep this module light
    error: str | None = None
    trace: str | None = None  # the traceback of an internal error, for --debug
    decisions: list | None = None  # explain.Decision list, when an explanation was asked for


@dataclass
class Skipped:
    path: str
    reason: str


def _matches(path: str, patterns: Sequence[str]) -> bool:
    name = os.path.basename(path)
    return any(fnmatch.fnmatch(name, p) or fnmatch.fnmatch(path, p) for p in patterns)


def collect(
    paths: Iterable[str],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
) -> Iterator[str | Skipped]:
    """Input paths in a stable order. Folders are walked recursively, sorted,
    hidden entries skipped; in a folder only supported formats (or --include
    globs) are taken, others are reported as Skipped. A path named explicitly is
    always yielded, so that a missing or unsupported file is reported as failed."""
    from .read import supported

    seen: set[str] = set()
    for given in paths:
        if given != "-" and os.path.isdir(given):
            for root, dirs, files in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    path = os.path.join(root, name)
                    if exclude and _matches(path, exclude):
                        continue
                    if include:
                        if not _matches(path, include):
                            continue
                    elif not supported(path):
                        yield Skipped(
                            path, f"unsupported format {Path(name).suffix or '(no suffix)'!r}"
                        )
                        continue
                    if path not in seen:
                        seen.add(path)
                        yield path
        elif given not in seen:
            seen.add(given)
            yield given


def parse_one(path: str, gazetteer: tuple[str, ...] = (), explain: bool = False) -> Result:
    """Parse one file; every failure becomes an error message, never an exception.
    `gazetteer`: the user's extra gazetteer files (resources.load caches them);
    `explain`: also record the extractors' decisions (Result.decisions)."""
    from .pipeline import explain_path, parse_path
    from .resources import load

    try:
        if explain:
            document, decisions = explain_path(path, load(gazetteer))
            return Result(path, document=document, decisions=decisions)
        return Result(path, document=parse_path(path, load(gazetteer)))
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
    """Pool initializer: a worker builds the parent's resources (its extra gazetteer
    files) once, before its first file."""
    from .resources import load

    load(gazetteer_files).prepare()


def run(paths: Sequence[str], jobs: int = 1, gazetteer: Sequence[str] = ()) -> Iterator[Result]:
    """Results in the order of `paths`, computed on `jobs` processes (0 = all cores).
    `gazetteer`: the user's extra gazetteer files, handed to every worker process."""
    gazetteer = tuple(gazetteer)
    if jobs == 0:
        jobs = os.cpu_count() or 1
    if jobs <= 1 or len(paths) < 2:
        for path in paths:
            yield parse_one(path, gazetteer)
        return
    import multiprocessing

    # Worker processes have no standard input: a `-` is read and parsed here.
    stdin_result = None
    if "-" in paths:
        stdin_result = parse_one("-", gazetteer)
    files = [path for path in paths if path != "-"]
    # imap keeps the order and streams: results are written as they come.
    context = multiprocessing.get_context("spawn" if os.name == "nt" else "fork")
    with context.Pool(jobs, initializer=_init_worker, initargs=(gazetteer,)) as pool:
        results = pool.imap(partial(parse_one, gazetteer=gazetteer), files, chunksize=4)
        for path in paths:
            yield stdin_result if path == "-" else next(results)
