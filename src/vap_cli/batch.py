"""Running the pipeline over many files: collecting inputs, parallel workers,
per-file failures that never stop the others.

Used by every command that reads a folder (parse, contacts, dedupe, eval, ...).
"""

from __future__ import annotations

import fnmatch
import functools
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .plain import Fields
from .read import MAX_BYTES

if TYPE_CHECKING:  # typing only: this module stays light to import
    from .models import Document
    from .resources import Resources


class Result(Fields):
    __slots__ = ("path", "document", "error", "trace", "decisions", "text", "sha256")
    path: str
    document: Document | None
    error: str | None
    trace: str | None  # the traceback of an internal error, for --debug
    decisions: list | None  # explain.Decision list, when an explanation was asked for
    # The text the document was parsed from, when asked for (`keep_text`: the SQLite
    # corpus stores it), and the SHA-256 of the bytes read: the writer never reads
    # the file again (it may have changed, or be over the default size limit).
    text: str | None
    sha256: str | None
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(
        self,
        path: str,
        document: Document | None = None,
        error: str | None = None,
        trace: str | None = None,
        decisions: list | None = None,
        text: str | None = None,
        sha256: str | None = None,
    ) -> None:
        self.path = path
        self.document = document
        self.error = error
        self.trace = trace
        self.decisions = decisions
        self.text = text
        self.sha256 = sha256


class Skipped(Fields):
    __slots__ = ("path", "reason")
    path: str
    reason: str
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason


def _matches(path: str, patterns: Sequence[str], folder: str = "", folders: bool = False) -> bool:
    """Whether a glob matches the file's name, its path, or its path inside the
    `folder` walked ('archive/*' in inbox/ matches inbox/archive/a.txt); with
    `folders`, also one of the folders it is in inside `folder`, by its path there
    ('archive/old') or, as a file by its name, by its name at any depth ('archive' of
    inbox/2024/archive/a.txt)."""
    names = [os.path.basename(path), path]
    if folder:
        inside = os.path.relpath(path, folder)
        names.append(inside)
        if folders:
            parents = [parent for parent in Path(inside).parents if parent.name]
            names.extend(str(parent) for parent in parents)
            names.extend(parent.name for parent in parents)
    return any(fnmatch.fnmatch(name, p) for name in names for p in patterns)


class Unreadable(Fields):
    """A folder that cannot be listed: a failure, reported, while the rest goes on."""

    __slots__ = ("path", "reason")

    path: str
    reason: str
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason


# Why a symbolic link to a folder met in a walk is not entered (it may loop, or
# lead out of the folder given): said, so that its files are not silently missing.
LINKED_FOLDER = "a symbolic link to a folder is not entered: name it to read it"


def _walk(folder: str) -> Iterator[str | Skipped | Unreadable]:
    """The files under `folder`, as os.walk gives them (sorted, a folder's files
    before its subfolders, hidden entries and symlinked folders not entered), but
    a folder that cannot be listed is reported instead of silently left out, and
    a symlinked folder is reported as Skipped."""
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
        elif _is_folder(entry, follow_links=True):
            yield Skipped(entry.path, LINKED_FOLDER)


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
            named = path if isinstance(path, str) else path.path
            if exclude and _matches(named, exclude, given, folders=True):
                continue  # an excluded folder that cannot be listed is no failure either
            if isinstance(path, Unreadable):
                yield path
                continue
            if isinstance(path, Skipped):
                yield path
                continue
            if include:
                if not _matches(path, include, given):
                    continue
            elif not supported(path):
                suffix = Path(path).suffix or "(no suffix)"
                yield Skipped(path, f"unsupported format {suffix!r}")
                continue
            if path not in seen:
                seen.add(path)
                yield path


def parse_one(
    path: str,
    gazetteer: tuple[str, ...] = (),
    explain: bool = False,
    parse: Callable[[str, Resources], Document] | None = None,
    input_format: str | None = None,
    max_bytes: int = MAX_BYTES,
    keep_text: bool = False,
) -> Result:
    """Parse one file; every failure becomes an error message, never an exception.
    `gazetteer`: the user's extra gazetteer files (resources.load caches them);
    `explain`: also record the extractors' decisions (Result.decisions);
    `parse`: read and parse another kind of input (a URL) instead of a file;
    `input_format`: how standard input is read (see read.read_data); a file over
    `max_bytes` fails; `keep_text`: the result holds the text read (Result.text)."""
    from .pipeline import explain_path, read_and_parse
    from .resources import load

    try:
        resources = load(gazetteer)
        if explain:
            document, decisions = explain_path(path, resources, input_format, max_bytes)
            return Result(path, document=document, decisions=decisions)
        if parse is not None:
            return Result(path, document=parse(path, resources))
        document, raw = read_and_parse(path, resources, input_format, max_bytes)
        text = raw.text if keep_text else None
        return Result(path, document=document, text=text, sha256=raw.sha256)
    except InputError as exc:  # the path is printed before it
        return Result(path, error=exc.reason, sha256=exc.sha256)
    except RecursionError:
        return Result(path, error="internal error: document too deeply nested", trace=_trace())
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        return Result(path, error=f"internal error: {type(exc).__name__}: {exc}", trace=_trace())


def _trace() -> str:
    """The traceback of the exception being handled (traceback, with textwrap, is
    imported on a failure only: a run that has none never pays for it)."""
    import traceback

    return traceback.format_exc()


def init_worker(gazetteer_files: tuple[str, ...]) -> None:
    """Pool initializer: a worker builds the parent's resources (its extra gazetteer
    files) once, before its first file."""
    from .resources import load

    load(gazetteer_files).prepare()


def run(
    paths: Sequence[str],
    jobs: int = 1,
    gazetteer: Sequence[str] = (),
    stdin_format: str | None = None,
    max_bytes: int = MAX_BYTES,
    keep_text: bool = False,
) -> Iterator[Result]:
    """Results in the order of `paths`, computed on `jobs` processes (0 = all cores).
    `gazetteer`: the user's extra gazetteer files, handed to every worker process;
    a file over `max_bytes` fails; `keep_text`: each result holds the text read."""
    gazetteer = tuple(gazetteer)
    if jobs == 0:
        jobs = os.cpu_count() or 1
    if jobs <= 1 or len(paths) < 2:
        for path in paths:
            yield parse_one(
                path,
                gazetteer,
                input_format=stdin_format if path == "-" else None,
                max_bytes=max_bytes,
                keep_text=keep_text,
            )
        return
    from .workers import Job, ordered_map

    # Worker processes have no standard input: a `-` is read and parsed here.
    stdin = (
        [
            parse_one(
                "-", gazetteer, input_format=stdin_format, max_bytes=max_bytes, keep_text=keep_text
            )
        ]
        if "-" in paths
        else []
    )
    files = [path for path in paths if path != "-"]
    job = Job(
        task=functools.partial(
            parse_one, gazetteer=gazetteer, max_bytes=max_bytes, keep_text=keep_text
        ),
        setup=init_worker,
        setup_args=(gazetteer,),
        lost=_lost,
    )
    # Built once here, before the workers are forked: they inherit the pipeline's modules
    # and the resources rather than each importing and loading them before its first file.
    from . import pipeline  # noqa: F401

    init_worker(gazetteer)
    results = ordered_map(job, files, jobs)
    try:
        for path in paths:
            yield stdin[0] if path == "-" else next(results)
        for _ in results:  # nothing is left: this lets the workers finish and exit
            pass
    finally:
        results.close()  # stopped early: the workers are killed


def _lost(path: str) -> Result:
    return Result(path, error="internal error: the worker process died (out of memory?)")
