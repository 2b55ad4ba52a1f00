"""`vap parse --engine dask`: the same records as `vap parse`, Parquet tables that
pandas and polars read, per-document failures as rows, a killed worker that
costs nothing, and a re-run that writes nothing new. A LocalCluster of two
worker processes runs the team corpus (tests/gold/docs)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner

from conftest import GOLD, ROOT, SAMPLES, LazyModule, parsed
from vap_cli.cli import cli
from vap_cli.export.table_schema import TABLES, table_rows

if TYPE_CHECKING:
    from distributed import LocalCluster

    from vap_cli.batch import Result

# Dask, Arrow, pandas and polars take a second to import and every xdist worker collects
# this module: they are imported when a test first uses them, on the one worker that runs it.
pd = LazyModule("pandas")
pl = LazyModule("polars")
ds = LazyModule("pyarrow.dataset")
distributed = LazyModule("distributed")
engine = LazyModule("vap_cli.dask")
parquet = LazyModule("vap_cli.export.parquet")

# Team-written.
NOTE_TEXT = "2024-жылдын 3-мартында Ош шаарында 25 адам семинарга катышты.\n"
CORPUS = sorted(str(p) for p in (GOLD / "docs").glob("*.txt"))
# One xdist worker runs the whole module, so one cluster serves it (rather than one per
# xdist worker), and the worker-killing test is never beside another timed test.
pytestmark = pytest.mark.xdist_group("timed")
# Diagnostics no test reads, off: each worker's statistical profiler samples its threads
# every 10 ms and each process checks its event loop every 20 ms, CPU spent for as long
# as the module's cluster lives, on a machine the other tests share.
QUIET_DASK = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
}
QUIET_DASK_ENV = {  # the same, for the cluster a `vap parse --engine dask` process starts
    "DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False",
    "DASK_DISTRIBUTED__ADMIN__TICK__INTERVAL": "1s",
}


def expected_lines(paths: list[str]) -> list[str]:
    """What `vap parse PATHS` prints: one JSON line per document, in path order."""
    return [r.document.model_dump_json() for r in map(parsed, paths) if r.document is not None]


def output_lines(out: Path) -> list[str]:
    parts = sorted((out / "jsonl").glob("part-*.jsonl"))
    return [line for part in parts for line in part.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    import cloudpickle
    import dask

    # Test tasks are pickled by value: the workers need not import this module.
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    # the settings are read as the scheduler starts and handed to every worker a nanny
    # starts (again after the kill of the last test)
    with (
        dask.config.set(QUIET_DASK),
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as local,
    ):
        yield local


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory: pytest.TempPathFactory, cluster: LocalCluster) -> Path:
    out = tmp_path_factory.mktemp("dask") / "out"
    summary = engine.run(CORPUS, out, scheduler=cluster.scheduler_address, partition_size=20)
    assert (summary.partitions, summary.written, summary.lost) == (7, 7, [])
    return out


def test_the_records_are_those_of_vap_parse(corpus_out: Path) -> None:
    assert output_lines(corpus_out) == expected_lines(CORPUS)


def test_every_table_loads_in_pandas_and_polars_with_its_schema(corpus_out: Path) -> None:
    documents = [parsed(path).document for path in CORPUS]
    for table in (*TABLES, parquet.ERRORS_TABLE):
        folder = corpus_out / table.name
        assert ds.dataset(folder).schema.equals(parquet.table_schema(table))
        expected = [tuple(row) for doc in documents for row in table_rows(doc).get(table.name, [])]
        frame = pd.read_parquet(folder)
        assert list(frame.columns) == parquet.table_schema(table).names
        assert len(frame) == len(expected)
        assert pl.read_parquet(folder / "*.parquet").rows() == expected
    ids = pd.read_parquet(corpus_out / "documents")["doc_id"].tolist()
    assert ids == [doc.id for doc in documents]


def test_a_second_run_writes_nothing(corpus_out: Path, cluster: LocalCluster) -> None:
    before = {p: p.stat().st_mtime_ns for p in corpus_out.rglob("*")}
    summary = engine.run(CORPUS, corpus_out, scheduler=cluster.scheduler_address, partition_size=20)
    assert (summary.written, summary.documents) == (0, len(CORPUS))
    assert {p: p.stat().st_mtime_ns for p in corpus_out.rglob("*")} == before


def test_a_rerun_parses_only_the_partitions_not_in_the_manifest(
    tmp_path: Path, cluster: LocalCluster
) -> None:
    out = tmp_path / "out"
    paths = CORPUS[:30]
    engine.run(paths, out, scheduler=cluster.scheduler_address, partition_size=10)
    manifest = engine.load_manifest(out)
    del manifest["part-00001"]  # as if the run had stopped before it finished
    engine.save_manifest(out, manifest)
    kept = (out / "jsonl" / "part-00000.jsonl").stat().st_mtime_ns
    summary = engine.run(paths, out, scheduler=cluster.scheduler_address, partition_size=10)
    assert summary.written == 1
    assert (out / "jsonl" / "part-00000.jsonl").stat().st_mtime_ns == kept
    assert output_lines(out) == expected_lines(paths)


def test_a_shorter_input_list_drops_the_partitions_it_no_longer_has(
    tmp_path: Path, cluster: LocalCluster
) -> None:
    out = tmp_path / "out"
    engine.run(CORPUS[:30], out, scheduler=cluster.scheduler_address, partition_size=10)
    engine.run(CORPUS[:15], out, scheduler=cluster.scheduler_address, partition_size=10)
    assert sorted(engine.load_manifest(out)) == ["part-00000", "part-00001"]
    assert output_lines(out) == expected_lines(CORPUS[:15])


def test_a_document_that_fails_is_a_row_of_the_errors_table(
    tmp_path: Path, cluster: LocalCluster
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "broken.docx").write_bytes(b"not a zip archive")
    paths = [str(SAMPLES / "000_7de6523ac942d557.txt"), *sorted(map(str, tmp_path.iterdir()))]
    failed: list[str] = []
    summary = engine.run(
        paths,
        tmp_path / "out",
        scheduler=cluster.scheduler_address,
        on_failure=lambda f: failed.append(f.source),
    )
    assert (summary.documents, summary.failures, summary.lost) == (1, 2, [])
    errors = pd.read_parquet(tmp_path / "out" / "errors")
    assert errors["source"].tolist() == paths[1:] == failed
    assert errors["error"].tolist()[1] == "empty file"


def test_a_url_input_gives_the_same_facts(tmp_path: Path, cluster: LocalCluster) -> None:
    inputs = [i for i in engine.expand_inputs([f"file://{SAMPLES}/*.txt"])]
    assert inputs == [f"file://{p}" for p in sorted(SAMPLES.glob("*.txt"))]
    engine.run(inputs, tmp_path, scheduler=cluster.scheduler_address)
    by_url = pl.read_parquet(tmp_path / "participants" / "*.parquet").drop("doc_id").rows()
    local = [parsed(path).document for path in sorted(map(str, SAMPLES.glob("*.txt")))]
    participants = [tuple(row[1:]) for doc in local for row in table_rows(doc)["participants"]]
    assert by_url == participants


def test_resources_are_built_once_per_worker(corpus_out: Path, cluster: LocalCluster) -> None:
    def gazetteer_loads() -> int:
        from vap_cli import resources

        return resources._load.cache_info().misses

    with distributed.Client(cluster) as client:
        assert set(client.run(gazetteer_loads).values()) == {1}


def test_the_command_gives_the_facts_of_vap_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    command = [sys.executable, "-m", "vap_cli", "parse", "--engine", "dask", "samples", "-o"]
    env = {**os.environ, **QUIET_DASK_ENV}
    done = subprocess.run(
        [*command, str(out), "-j", "1"], cwd=ROOT, capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stderr
    assert "5 documents, 0 failed" in done.stderr
    samples = sorted(str(p.relative_to(ROOT)) for p in SAMPLES.glob("*.txt"))
    monkeypatch.chdir(ROOT)  # sources as given on the command line, relative
    assert output_lines(out) == expected_lines(samples)
    assert len(pd.read_parquet(out / "places")) == sum(
        len(parsed(ROOT / s).document.places) for s in samples
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["samples"], "-o OUT_DIR"),
        (["samples", "-o", "out", "-f", "csv"], "does not take --format"),
        (["samples", "-o", "out", "--dedupe"], "does not take --dedupe"),
        (["samples", "-o", "out.jsonl"], "writes a folder of JSONL and Parquet parts"),
        (["samples", "-o", "corpus.parquet"], "writes a folder of JSONL and Parquet parts"),
    ],
)
def test_usage_errors(arguments: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, ["parse", "--engine", "dask", *arguments])
    assert result.exit_code == 2
    assert message in result.output


def test_scheduler_needs_the_dask_engine() -> None:
    result = CliRunner().invoke(cli, ["parse", "samples", "--scheduler", "tcp://x:8786"])
    assert result.exit_code == 2 and "--scheduler needs --engine dask" in result.output


def test_without_the_extra_the_error_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "vap_cli.dask", None)  # import fails as if not installed
    result = CliRunner().invoke(cli, ["parse", "--engine", "dask", "samples", "-o", "out"])
    assert result.exit_code == 2
    assert "pip install 'vap-cli[dask]'" in result.output
    assert "Traceback" not in result.output


def test_parse_bag_gives_the_records_of_vap_parse(cluster: LocalCluster, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    paths = [*CORPUS[:9], str(tmp_path / "empty.txt")]
    bag = engine.parse_bag(paths, partition_size=4)
    assert bag.npartitions == 3
    with distributed.Client(cluster) as client:
        records = client.compute(bag).result()
    documents = [r.model_dump_json() for r in records if isinstance(r, engine.Document)]
    assert documents == expected_lines(paths)
    assert records[-1] == engine.Failure(source=paths[-1], error="empty file")


def test_the_core_commands_do_not_import_dask() -> None:
    code = "import sys, vap_cli.cli, vap_cli.commands.parse; print('dask' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr


def test_a_bad_file_is_one_line_and_exit_1_the_others_written(
    tmp_path: Path, cluster: LocalCluster
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(NOTE_TEXT, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"   \n")
    out = tmp_path / "out"
    arguments = ["parse", "--engine", "dask", str(folder), "-o", str(out)]
    result = CliRunner().invoke(cli, [*arguments, "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 1
    assert f"vap: error: {folder / 'b.txt'}: empty file" in result.output
    assert "1 document, 1 failed" in result.output
    assert pd.read_parquet(out / "documents")["source"].tolist() == [str(folder / "a.txt")]


def test_a_name_that_is_not_utf8_is_written_like_vap_parse_and_fails_nothing(
    tmp_path: Path, cluster: LocalCluster
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(NOTE_TEXT, encoding="utf-8")
    raw = os.fsencode(folder) + b"/bad\xff\xfe.txt"
    with open(raw, "wb") as fh:
        fh.write(NOTE_TEXT.encode("utf-8"))
    out = tmp_path / "out"
    arguments = ["parse", "--engine", "dask", str(folder), "-o", str(out)]
    result = CliRunner().invoke(cli, [*arguments, "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 0, result.output  # the partition failed on every try
    assert "2 documents, 0 failed" in result.output
    lines = CliRunner().invoke(cli, ["parse", str(folder), "-q"]).stdout.splitlines()
    assert sorted(output_lines(out)) == sorted(lines)
    escaped = os.fsdecode(raw).encode("utf-8", "backslashreplace").decode()  # as CSV, SQLite
    sources = pd.read_parquet(out / "documents")["source"].tolist()
    assert sorted(sources) == sorted([escaped, str(folder / "a.txt")])


def test_a_subfolder_that_cannot_be_listed_is_one_line_and_exit_1(
    tmp_path: Path, cluster: LocalCluster, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root reads every folder: the refusal is simulated where it happens, in os.scandir
    of this process, which expands the inputs."""
    folder = tmp_path / "in"
    locked = folder / "locked"
    locked.mkdir(parents=True)
    (folder / "a.txt").write_text(NOTE_TEXT, encoding="utf-8")
    (locked / "b.txt").write_text(NOTE_TEXT, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: str = ".") -> Iterator[os.DirEntry[str]]:
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "out"
    arguments = ["parse", "--engine", "dask", str(folder), "-o", str(out)]
    result = CliRunner().invoke(cli, [*arguments, "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 1
    assert f"vap: error: {locked}: cannot read the folder: Permission denied" in result.output
    assert pd.read_parquet(out / "documents")["source"].tolist() == [str(folder / "a.txt")]


def test_inputs_from_a_list_file_a_glob_and_a_folder(tmp_path: Path) -> None:
    samples = sorted(str(p) for p in SAMPLES.glob("*.txt"))
    listing = tmp_path / "inputs.txt"
    listing.write_text(f"{samples[3]}\n\n{samples[1]}\n", encoding="utf-8")
    assert list(engine.expand_inputs([f"@{listing}"])) == [samples[3], samples[1]]
    assert list(engine.expand_inputs([f"{SAMPLES}/00[01]_*.txt"])) == samples[:2]
    assert list(engine.expand_inputs([str(SAMPLES)])) == samples
    assert list(engine.expand_inputs([f"file://{SAMPLES}"])) == [f"file://{p}" for p in samples]


def test_a_partition_is_parsed_again_when_the_gazetteer_changes(tmp_path: Path) -> None:
    places = tmp_path / "places.yaml"
    places.write_text('units:\n  - {id: "41706255824000", aliases: [Жазы-Суу]}\n', "utf-8")
    first = engine.make_partitions(CORPUS[:4], 2, [str(places)])
    assert engine.make_partitions(CORPUS[:4], 2, [str(places)]) == first
    places.write_text('units:\n  - {id: "41706255824000", aliases: [Жазы Суу]}\n', "utf-8")
    again = engine.make_partitions(CORPUS[:4], 2, [str(places)])
    assert [p.inputs for p in again] == [p.inputs for p in first]
    assert not {p.key for p in again} & {p.key for p in first}


def test_inputs_keep_the_order_they_are_given_in() -> None:
    assert list(engine.expand_inputs([CORPUS[0], f"file://{SAMPLES}/000_*"])) == [
        CORPUS[0],
        f"file://{SAMPLES}/000_7de6523ac942d557.txt",
    ]


def slow_parse(source: str, gazetteer: tuple[str, ...] = ()) -> Result:
    """Slow enough that a worker is killed while it parses."""
    time.sleep(0.05)
    return engine.parse_document(source, gazetteer)


# Last in the module: it kills a worker of the module's cluster (its nanny starts another),
# and the tests above count what each worker has loaded.
def test_a_killed_worker_still_gives_complete_output(tmp_path: Path, cluster: LocalCluster) -> None:
    out = tmp_path / "out"
    paths = CORPUS[:40]
    with distributed.Client(cluster) as client:
        summaries: list[engine.RunSummary] = []
        job = threading.Thread(
            target=lambda: summaries.append(
                engine.run(
                    paths,
                    out,
                    scheduler=cluster.scheduler_address,
                    partition_size=5,
                    parse=slow_parse,
                )
            )
        )
        job.start()
        deadline = time.monotonic() + 60
        while not (out / engine.MANIFEST).exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        busy = next(address for address, keys in client.processing().items() if keys)
        pid = client.run(os.getpid)[busy]
        os.kill(pid, signal.SIGKILL)
        job.join(timeout=120)
        assert pid not in client.run(os.getpid).values()
    assert summaries and summaries[0].lost == [] and summaries[0].written == 8
    assert output_lines(out) == expected_lines(paths)
    assert not list(out.rglob("*.tmp"))


def session_processes(session: int) -> list[int]:
    """Live processes of the session `session` (zombies excluded)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[3]) == session:  # state, then ppid, pgrp, session
            found.append(int(entry.name))
    return found


# Copies of the samples in the folder a signal interrupts: two partitions being written.
FILES_TO_INTERRUPT = 300


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="lists processes through /proc")
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_a_signal_stops_the_local_cluster_leaving_no_part_half_written(
    tmp_path: Path, signum: int
) -> None:
    """Ctrl-C or SIGTERM (to vap alone, as a service manager sends it) while the workers
    write their parts: the workers are killed, not closed gracefully (which took seconds
    and left their half-written parts), and their temporary files are removed."""
    folder = tmp_path / "in"
    folder.mkdir()
    samples = sorted(SAMPLES.glob("*.txt"))
    for n in range(FILES_TO_INTERRUPT):
        (folder / f"doc{n:03}.txt").write_bytes(samples[n % len(samples)].read_bytes())
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "vap_cli", "parse", "--engine", "dask", "-j", "2", str(folder)]
        + ["-o", str(out), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        env={**os.environ, **QUIET_DASK_ENV},
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 300
    while not (out.is_dir() and list(out.rglob(".part-*.tmp"))):
        assert proc.poll() is None and time.monotonic() < deadline, "no part was started"
        time.sleep(0.05)
    os.kill(proc.pid, signum)
    proc.wait(timeout=120)
    assert proc.returncode == 128 + signum
    assert list(out.rglob("*.tmp")) == []
    assert proc.stderr is not None and b"Traceback" not in proc.stderr.read()
    deadline = time.monotonic() + 60
    while session_processes(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert session_processes(proc.pid) == []
