"""Scale out on Dask: `vap parse --engine dask` and `parse_bag` for notebooks.

The inputs (local paths, folders, globs, or any fsspec URL the workers can read)
are cut into partitions of consecutive inputs in path order. Each partition is
one Dask task: a worker parses its documents with the same pipeline as
`vap parse` and writes, atomically, OUT/jsonl/<part>.jsonl and one Parquet file
per table, OUT/<table>/<part>.parquet (export/parquet.py). A document that fails
is a row of the `errors` table, never a failed task. A worker that dies has its
task retried by Dask on another worker. The client records every finished
partition in OUT/manifest.json with the hash of its inputs, so a re-run skips
what is already written.

Needs the `dask` extra: `pip install 'vap-cli[dask]'`. Imports are absolute:
`import dask` below is the Dask library, never this module.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import logging
import os
import signal
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import dask.bag as db
from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from . import __version__
from .batch import Result, Skipped, Unreadable, collect, init_worker, parse_one
from .errors import InputError
from .export.outfile import AtomicFile, json_text
from .models import Document, Failure
from .read import MAX_BYTES, read_data, supported

if TYPE_CHECKING:
    from .resources import Resources

MANIFEST = "manifest.json"
MANIFEST_EVERY = 2.0  # seconds between writes of the manifest during a run
PARTITION_SIZE = 200  # documents per task: seconds of work, small enough to retry
RESOURCES_PLUGIN = "vap-resources"


def is_url(path: str) -> bool:
    return "://" in path


# --------------------------------------------------------------------------- inputs


def _url_inputs(url: str) -> Iterator[str]:
    """A URL names a file, a folder (walked, supported formats only) or a glob."""
    import fsspec

    fs, path = fsspec.core.url_to_fs(url)
    if glob.has_magic(path):
        found = fs.glob(path)
    elif fs.isdir(path):
        found = [p for p in fs.find(path) if supported(p) and "/." not in f"/{p}"]
    else:
        found = [path]
    yield from (fs.unstrip_protocol(item) for item in sorted(found))


def _listed(inputs: Sequence[str]) -> Iterator[str]:
    """`@LIST` stands for the inputs in the text file LIST, one per line."""
    for given in inputs:
        if given.startswith("@") and len(given) > 1:
            with open(given[1:], encoding="utf-8") as fh:
                yield from (line.strip() for line in fh if line.strip())
        else:
            yield given


def expand_inputs(
    inputs: Sequence[str], include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> Iterator[str | Skipped | Unreadable]:
    """Local paths, folders and globs (as `vap parse` collects them), `@LIST`
    files, and fsspec URLs (file, folder or glob), in a stable order."""
    local: list[str] = []
    for given in _listed(inputs):
        if is_url(given):
            yield from collect(local, include, exclude)  # the inputs before it first
            local = []
            yield from _url_inputs(given)
        elif glob.has_magic(given) and not os.path.lexists(given):
            local.extend(sorted(glob.glob(given, recursive=True)))
        else:
            local.append(given)
    yield from collect(local, include, exclude)


# --------------------------------------------------------------------------- partitions


@dataclass(frozen=True)
class Partition:
    name: str  # part-00000: its files are <table>/<name>.parquet and jsonl/<name>.jsonl
    inputs: tuple[str, ...]
    key: str  # what the output depends on: the inputs, vap's version, the gazetteer files


def _run_key(gazetteer: Sequence[str]) -> str:
    """vap's version and the content of the user's gazetteer files."""
    digest = hashlib.sha256(__version__.encode())
    for path in gazetteer:
        digest.update(path.encode() + b"\0" + Path(path).read_bytes())
    return digest.hexdigest()


def make_partitions(
    inputs: Sequence[str], size: int = PARTITION_SIZE, gazetteer: Sequence[str] = ()
) -> list[Partition]:
    run_key = _run_key(gazetteer)
    parts = []
    for number, first in enumerate(range(0, len(inputs), size)):
        chunk = tuple(inputs[first : first + size])
        key = hashlib.sha256("\n".join((run_key, *chunk)).encode("utf-8", "surrogatepass"))
        parts.append(Partition(f"part-{number:05d}", chunk, key.hexdigest()))
    return parts


def partition_files(out_dir: str | Path, name: str) -> list[Path]:
    from .export.table_schema import ERRORS_TABLE, TABLES

    out = Path(out_dir)
    tables = [out / t.name / f"{name}.parquet" for t in (*TABLES, ERRORS_TABLE)]
    return [out / "jsonl" / f"{name}.jsonl", *tables]


# --------------------------------------------------------------------------- on a worker


def build_resources(gazetteer: Sequence[str]) -> None:
    """What the parser needs, built once per worker process: the lexicon patterns
    (at import) and the Resources of the user's gazetteer files (the gazetteer and
    its place index), which every task's parse then finds cached."""
    from . import pipeline  # noqa: F401 - imported for its compiled patterns

    init_worker(tuple(gazetteer))


class VapResources(WorkerPlugin):
    """Builds the parser's resources when a worker starts (and when Dask restarts one)."""

    name = RESOURCES_PLUGIN

    def __init__(self, gazetteer: Sequence[str] = ()):
        self.gazetteer = tuple(gazetteer)

    def setup(self, worker: Any) -> None:
        build_resources(self.gazetteer)


def _read_url(url: str) -> bytes:
    import fsspec

    try:
        with fsspec.open(url, "rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError("no such file") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read: {exc}") from None


def parse_url(url: str, resources: Resources | None = None) -> Document:
    """Read a document from any fsspec URL and parse it; the URL is its source."""
    from .pipeline import parse_raw

    return parse_raw(read_data(_read_url(url), url), url, resources)


def parse_document(source: str, gazetteer: tuple[str, ...] = ()) -> Result:
    """One input, path or URL -> a Result (a document or an error, never an exception)."""
    return parse_one(source, gazetteer, parse=parse_url if is_url(source) else None)


@dataclass
class PartitionReport:
    name: str
    key: str
    inputs: int
    documents: int = 0
    failures: list[Failure] = field(default_factory=list)


def write_partition(
    partition: Partition,
    out_dir: str,
    gazetteer: Sequence[str] = (),
    parse: Callable[[str, tuple[str, ...]], Result] = parse_document,
) -> PartitionReport:
    """The task: parse a partition and write its JSONL and Parquet files atomically."""
    from .export.parquet import ParquetWriter

    init_worker(tuple(gazetteer))  # a no-op where the worker plugin already did it
    report = PartitionReport(partition.name, partition.key, len(partition.inputs))
    jsonl = AtomicFile(Path(out_dir) / "jsonl" / f"{partition.name}.jsonl")
    tables = ParquetWriter.partition(out_dir, partition.name)
    try:
        for source in partition.inputs:
            result = parse(source, tuple(gazetteer))
            if result.error is not None:
                failure = Failure(source=source, error=result.error)
                tables.failed(failure)
                report.failures.append(failure)
                continue
            assert result.document is not None  # a result without an error has one
            jsonl.fh.write(json_text(result.document) + "\n")  # as vap parse writes it
            tables.write(result.document)
            report.documents += 1
    except BaseException:
        jsonl.abort()
        tables.abort()
        raise
    tables.close()
    jsonl.commit()
    return report


# --------------------------------------------------------------------------- the library API


def _parse_partition(sources: list[str], gazetteer: tuple[str, ...]) -> list[Document | Failure]:
    init_worker(gazetteer)
    out: list[Document | Failure] = []
    for source in sources:
        result = parse_document(source, gazetteer)
        if result.error is not None:
            out.append(Failure(source=source, error=result.error))
        else:
            assert result.document is not None  # a result without an error has one
            out.append(result.document)
    return out


def parse_bag(
    paths: Sequence[str] | str,
    partition_size: int = PARTITION_SIZE,
    gazetteer: Sequence[str] = (),
) -> db.Bag:
    """A Dask bag of the records of the inputs (paths, folders, globs, URLs), in
    path order: a models.Document per parsed document, a models.Failure per
    document that could not be read or parsed. Nothing runs until computed, e.g.

        bag = parse_bag("s3://bucket/press/**/*.txt")
        places = bag.filter(lambda r: isinstance(r, Document)).pluck("places")
    """
    inputs = expand_inputs([paths] if isinstance(paths, str) else paths)
    sources = [p for p in inputs if isinstance(p, str)]  # skipped files, unlistable folders out
    chunks = [sources[i : i + partition_size] for i in range(0, len(sources), partition_size)]
    chunks_bag = db.from_sequence(chunks, npartitions=max(1, len(chunks)))
    return chunks_bag.map_partitions(
        lambda parts: [r for chunk in parts for r in _parse_partition(chunk, tuple(gazetteer))]
    )


def table_frame(out_dir: str | Path, table: str) -> Any:
    """One table of a `vap parse --engine dask` output as a Dask dataframe."""
    import dask.dataframe as dd

    return dd.read_parquet(str(Path(out_dir) / table))


# --------------------------------------------------------------------------- the client


def load_manifest(out_dir: str | Path) -> dict[str, dict[str, Any]]:
    path = Path(out_dir) / MANIFEST
    if not path.exists():
        return {}
    return dict(json.loads(path.read_text(encoding="utf-8")).get("partitions", {}))


def save_manifest(out_dir: str | Path, partitions: dict[str, dict[str, Any]]) -> None:
    file = AtomicFile(Path(out_dir) / MANIFEST)
    try:
        ordered = dict(sorted(partitions.items()))
        json.dump({"vap": __version__, "partitions": ordered}, file.fh, indent=1)
        file.fh.write("\n")
    except BaseException:
        file.abort()
        raise
    file.commit()


def _finished(out_dir: str | Path, part: Partition, manifest: dict[str, dict[str, Any]]) -> bool:
    entry = manifest.get(part.name)
    if not entry or entry.get("key") != part.key:
        return False
    return all(path.exists() for path in partition_files(out_dir, part.name))


def _forget_stale(
    out_dir: str | Path, names: set[str], manifest: dict[str, dict[str, Any]]
) -> None:
    """Partitions of an earlier, longer input list: their files would add old rows."""
    for name in sorted(names):
        for path in partition_files(out_dir, name):
            path.unlink(missing_ok=True)
        del manifest[name]


def _remove_temporaries(out_dir: str | Path) -> None:
    """Files a killed worker left half-written under a temporary name."""
    for path in Path(out_dir).glob("**/.*.tmp"):
        path.unlink(missing_ok=True)


@dataclass
class RunSummary:
    partitions: int = 0
    written: int = 0  # partitions parsed in this run (the others were already written)
    documents: int = 0  # in the whole output, this run's and earlier runs'
    failures: int = 0
    lost: list[str] = field(default_factory=list)  # partitions Dask gave up on


@contextlib.contextmanager
def dask_client(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client of the scheduler at `scheduler`, or of a LocalCluster of `workers`
    processes (0 = all cores) on this machine, closed on exit."""
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    cluster = LocalCluster(
        n_workers=workers or os.cpu_count() or 1,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",
        silence_logs=logging.ERROR,
    )
    with _quiet_when_stopped() as stopped, cluster, Client(cluster) as client:
        try:
            yield client
        except BaseException:
            stopped()
            _kill_workers(cluster)  # a signal: their partitions are lost anyway
            raise


def _drop_record(record: logging.LogRecord) -> bool:
    return False


@contextlib.contextmanager
def _quiet_when_stopped() -> Iterator[Callable[[], None]]:
    """Once `stopped` is called, distributed's own log handlers print nothing until the
    cluster is closed: workers killed on a signal make the client log its closed
    connections with their tracebacks ("Batched Comm Closed ... CommClosedError"),
    which would reach the user under vap's one line."""
    quieted: list[logging.Handler] = []

    def stopped() -> None:
        for name in list(logging.root.manager.loggerDict):
            if name == "distributed" or name.startswith("distributed."):
                for handler in logging.getLogger(name).handlers:
                    handler.addFilter(_drop_record)
                    quieted.append(handler)

    try:
        yield stopped
    finally:
        for handler in quieted:
            handler.removeFilter(_drop_record)


def _kill_workers(cluster: LocalCluster) -> None:
    """End a LocalCluster's worker processes at once (SIGKILL): a graceful close takes
    seconds, and writes on the parts it had under way, leaving them half-written."""
    from distributed.core import Status

    for nanny in list(cluster.workers.values()):
        pid = getattr(getattr(nanny, "process", None), "pid", None)
        if pid:
            nanny.status = Status.closing_gracefully  # (not started again in its place)
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)


def run(
    inputs: Sequence[str],
    out_dir: str | Path,
    *,
    scheduler: str | None = None,
    workers: int = 0,
    partition_size: int = PARTITION_SIZE,
    gazetteer: Sequence[str] = (),
    on_failure: Callable[[Failure], None] | None = None,
    parse: Callable[[str, tuple[str, ...]], Result] = parse_document,
) -> RunSummary:
    """Parse `inputs` (already expanded) on Dask into `out_dir`; skip the partitions
    the manifest says are written. `scheduler`: a Dask scheduler address; without
    it, a LocalCluster of `workers` processes (0 = all cores) on this machine."""
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    parts = make_partitions(inputs, partition_size, gazetteer)
    manifest = load_manifest(out_dir)
    stale = set(manifest) - {p.name for p in parts}
    _forget_stale(out_dir, stale, manifest)
    todo = [p for p in parts if not _finished(out_dir, p, manifest)]
    summary = RunSummary(partitions=len(parts))
    if todo:
        saved = [float("-inf")]  # when the manifest was last written

        def finished(part: Partition, report: PartitionReport) -> None:
            for failure in report.failures:
                if on_failure is not None:
                    on_failure(failure)
            entry = asdict(report)
            entry.update(failures=len(report.failures), first=part.inputs[0], last=part.inputs[-1])
            manifest[part.name] = entry
            # Every few seconds, not per partition: thousands of partitions would make
            # the rewrites quadratic; a crash costs at most those seconds of work.
            if time.monotonic() - saved[0] >= MANIFEST_EVERY:
                save_manifest(out_dir, manifest)
                saved[0] = time.monotonic()

        try:
            with dask_client(scheduler, workers) as client:
                summary.lost = _compute(
                    client, todo, str(out_dir), tuple(gazetteer), parse, finished
                )
        except BaseException:
            if not scheduler:  # the workers of this machine are gone: nothing writes there now
                _remove_temporaries(out_dir)
            raise
        summary.written = len(todo) - len(summary.lost)
    if stale or todo:  # a run with nothing to do writes nothing, the manifest included
        save_manifest(out_dir, manifest)
        _remove_temporaries(out_dir)
    summary.documents = sum(e["documents"] for e in manifest.values())
    summary.failures = sum(e["failures"] for e in manifest.values())
    return summary


def _compute(
    client: Client,
    todo: list[Partition],
    out_dir: str,
    gazetteer: tuple[str, ...],
    parse: Callable[[str, tuple[str, ...]], Result],
    finished: Callable[[Partition, PartitionReport], None],
) -> list[str]:
    """Run one task per partition; call `finished` as each one ends; return the
    partitions Dask gave up on."""
    client.register_plugin(VapResources(gazetteer), name=RESOURCES_PLUGIN)
    futures = {
        client.submit(write_partition, part, out_dir, gazetteer, parse, key=f"vap-{part.key}"): part
        for part in todo
    }
    lost: list[str] = []
    for future in as_completed(futures):
        if future.status == "finished":
            finished(futures[future], future.result())
        else:
            lost.append(futures[future].name)
    return lost
