"""`vap parse` end to end: formats read back, failures, determinism."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from vap_cli.batch import LINKED_FOLDER
from vap_cli.cli import cli
from vap_cli.export import AtomicFile, JsonlWriter
from vap_cli.export.table_schema import CHILD_TABLES, FILE_TABLES, TABLES
from vap_cli.models import WARNING_WHEN, WarningCode

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def invoke(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["parse", *args], input=input, catch_exceptions=False)


def test_jsonl_has_one_record_per_sample_in_path_order():
    result = invoke(str(SAMPLES), "--quiet")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    sources = [Path(r["source"]).name for r in records]
    assert sources == sorted(p.name for p in SAMPLES.glob("*.txt"))
    assert all(
        r["contacts"]["emails"] == ["njamankulova@dpi.kg"]
        for r in records
        if r["source"].endswith("000_7de6523ac942d557.txt")
    )


def test_json_is_one_array(tmp_path):
    out = tmp_path / "out.json"
    result = invoke(str(SAMPLES), "-f", "json", "-o", str(out), "-q")
    assert result.exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(data, list) and len(data) == 5
    assert len({d["id"] for d in data}) == 5


def test_csv_tables_read_back_with_the_csv_module(tmp_path):
    out = tmp_path / "csv"
    result = invoke(str(SAMPLES), "-f", "csv", "-o", str(out), "-q")
    assert result.exit_code == 0
    names = {p.name for p in out.iterdir()}
    assert {f"{t.name}.csv" for t in FILE_TABLES} == names
    for required in (
        "documents",
        "dates",
        "periods",
        "places",
        "participants",
        "persons",
        "contacts",
    ):
        assert f"{required}.csv" in names
    with open(out / "documents.csv", encoding="utf-8", newline="") as fh:
        docs = list(csv.DictReader(fh))
    assert len(docs) == 5
    ids = {d["doc_id"] for d in docs}
    with open(out / "contacts.csv", encoding="utf-8", newline="") as fh:
        contacts = list(csv.DictReader(fh))
    assert contacts and {c["doc_id"] for c in contacts} <= ids
    by_doc = {d["doc_id"]: d["source"] for d in docs}
    email = next(c for c in contacts if c["kind"] == "email")
    original = Path(by_doc[email["doc_id"]]).read_text(encoding="utf-8")
    assert original[int(email["span_start"]) : int(email["span_end"])] == email["text"]


def test_csv_for_excel_starts_with_a_byte_order_mark(tmp_path):
    out = tmp_path / "csv"
    assert invoke(str(SAMPLES), "-f", "csv", "-o", str(out), "--excel", "-q").exit_code == 0
    assert (out / "documents.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with open(out / "documents.csv", encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == 5


def test_sqlite_tables_join_on_document_id(tmp_path):
    out = tmp_path / "vap.db"
    assert invoke(str(SAMPLES), "-f", "sqlite", "-o", str(out), "-q").exit_code == 0
    db = sqlite3.connect(out)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {t.name for t in TABLES} | {"sources", "texts"} <= tables
    assert db.execute("SELECT count(*) FROM documents").fetchone() == (5,)
    rows = db.execute(
        "SELECT d.source, c.value FROM contacts c JOIN documents d ON d.doc_id = c.doc_id WHERE c.kind = 'url'"
    ).fetchall()
    assert ("samples/002_3d7c7275433fab36.txt".split("/")[-1], "www.dpi.kg") in {
        (Path(s).name, v) for s, v in rows
    }
    for table in CHILD_TABLES:
        fks = db.execute(f'PRAGMA foreign_key_list("{table.name}")').fetchall()
        assert fks and fks[0][2] == "documents", table.name
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_csv_and_sqlite_need_an_output_path():
    result = CliRunner().invoke(cli, ["parse", str(SAMPLES), "-f", "sqlite"])
    assert result.exit_code == 2
    assert "-o" in result.output


def test_standard_input_is_one_document():
    text = (SAMPLES / "002_3d7c7275433fab36.txt").read_text(encoding="utf-8")
    result = invoke("-", "-q", input=text)
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["source"] == "-"
    assert record["contacts"]["urls"] == ["www.vap.kg", "www.dpi.kg"]


def test_same_input_gives_byte_identical_output(tmp_path):
    outputs = []
    for run in range(2):
        out = tmp_path / f"run{run}"
        out.mkdir()
        for fmt, name in (("jsonl", "o.jsonl"), ("json", "o.json"), ("csv", "csv")):
            assert invoke(str(SAMPLES), "-f", fmt, "-o", str(out / name), "-q").exit_code == 0
        outputs.append(
            {p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
        )
    assert outputs[0] == outputs[1]


def _mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt"))[:3]:
        shutil.copy(sample, folder / sample.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02garbage" * 100)
    loop = folder / "loop.txt"
    os.symlink(loop, loop)  # unreadable whoever runs the tests (root included)
    (folder / "notes.xlsx").write_bytes(b"PK")
    (folder / ".hidden.txt").write_text("Нарын облусу", encoding="utf-8")
    return folder


def test_a_folder_with_bad_files_reports_each_and_keeps_the_good_ones(tmp_path):
    folder = _mixed_folder(tmp_path)
    result = invoke(str(folder))
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(Path(r["source"]).name for r in records) == sorted(
        p.name for p in sorted(SAMPLES.glob("*.txt"))[:3]
    )
    errors = [line for line in result.stderr.splitlines() if line.startswith("vap: error:")]
    assert len(errors) == 3
    assert any("empty.txt: empty file" in e for e in errors)
    assert any("binary.txt: binary file" in e for e in errors)
    assert any("loop.txt: cannot read" in e for e in errors)
    assert "notes.xlsx" in result.stderr and "skipped" in result.stderr
    assert ".hidden" not in result.output
    assert "Traceback" not in result.output
    assert "vap parse: 6 files, 3 failed" in result.stderr


def _linked_folders(tmp_path: Path) -> Path:
    """A folder holding one file, a symbolic link to another folder and one to a file."""
    samples = sorted(SAMPLES.glob("*.txt"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(samples[1], elsewhere / "linked.txt")
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(samples[0], folder / "own.txt")
    (folder / "archive").symlink_to(elsewhere, target_is_directory=True)
    (folder / "shortcut.txt").symlink_to(elsewhere / "linked.txt")
    return folder


def test_a_symlinked_folder_is_named_as_skipped_not_silently_left_out(tmp_path):
    folder = _linked_folders(tmp_path)
    result = invoke(str(folder))
    assert result.exit_code == 0, result.stderr
    names = sorted(Path(json.loads(line)["source"]).name for line in result.stdout.splitlines())
    assert names == ["own.txt", "shortcut.txt"]  # a link to a file is read as the file
    skipped = [line for line in result.stderr.splitlines() if line.startswith("vap: skipped:")]
    assert skipped == [f"vap: skipped: {folder / 'archive'}: {LINKED_FOLDER}"]


def test_a_symlinked_folder_named_on_the_command_line_is_read(tmp_path):
    folder = _linked_folders(tmp_path)
    result = invoke(str(folder / "archive"))
    assert result.exit_code == 0, result.stderr
    assert [Path(json.loads(line)["source"]).name for line in result.stdout.splitlines()] == [
        "linked.txt"
    ]
    assert "skipped" not in result.stderr


def test_an_excluded_symlinked_folder_is_not_reported(tmp_path):
    folder = _linked_folders(tmp_path)
    result = invoke(str(folder), "--exclude", "archive")
    assert result.exit_code == 0 and "skipped" not in result.stderr


@pytest.mark.parametrize(
    ("globs", "read"),
    [
        (["--exclude", "archive"], ["a.txt", "папка 2024/d.txt"]),  # a folder by its name
        # ... at any depth, as a file by its name
        (["--exclude", "old"], ["a.txt", "archive/b.txt", "папка 2024/d.txt"]),
        (["--exclude", "папка*"], ["a.txt", "archive/b.txt", "archive/old/c.txt"]),
        (["--exclude", "archive/*"], ["a.txt", "папка 2024/d.txt"]),  # a path in the folder
        (["--exclude", "archive/old"], ["a.txt", "archive/b.txt", "папка 2024/d.txt"]),
        (["--include", "папка 2024/*"], ["папка 2024/d.txt"]),
        (
            ["--include", "*.txt", "--exclude", "*/old/*"],
            ["a.txt", "archive/b.txt", "папка 2024/d.txt"],
        ),
        # a near miss: part of a folder's name is no glob of it
        (
            ["--exclude", "arch"],
            ["a.txt", "archive/b.txt", "archive/old/c.txt", "папка 2024/d.txt"],
        ),
    ],
)
def test_globs_match_paths_inside_the_folder_given(tmp_path, globs, read):
    folder = tmp_path / "inbox"
    sample = sorted(SAMPLES.glob("*.txt"))[0]
    for name in ("a.txt", "archive/b.txt", "archive/old/c.txt", "папка 2024/d.txt"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(sample.read_bytes() + name.encode())  # four texts
    result = invoke(str(folder), "-q", *globs)
    assert result.exit_code == 0, result.stderr
    sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
    assert sources == [str(folder / name) for name in read]


def test_fail_fast_stops_at_the_first_failure(tmp_path):
    folder = _mixed_folder(tmp_path)
    result = invoke(str(folder), "--fail-fast")
    assert result.exit_code == 1
    assert len([ln for ln in result.stderr.splitlines() if ln.startswith("vap: error:")]) == 1


def test_a_missing_path_is_a_failure_not_a_crash(tmp_path):
    result = invoke(str(SAMPLES / "000_7de6523ac942d557.txt"), str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert "missing.txt: no such file" in result.stderr
    assert len(result.stdout.splitlines()) == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Нарын", encoding="utf-8")
    path.chmod(0)
    result = invoke(str(path))
    assert result.exit_code == 1
    assert "permission denied" in result.stderr


def test_parallel_jobs_give_the_same_output_as_one():
    one = invoke(str(SAMPLES), "-q").stdout
    two = invoke(str(SAMPLES), "-q", "--jobs", "2").stdout
    assert one == two


def test_an_aborted_output_leaves_no_file(tmp_path):
    dest = tmp_path / "out.jsonl"
    writer = JsonlWriter(dest)
    writer.out.write("{}\n")
    assert not dest.exists()
    writer.abort()
    assert list(tmp_path.iterdir()) == []
    atomic = AtomicFile(tmp_path / "x.csv")
    atomic.fh.write("a")
    atomic.commit()
    assert (tmp_path / "x.csv").read_text() == "a"


def test_usage_errors_exit_2():
    result = CliRunner().invoke(cli, ["parse", str(SAMPLES), "--format", "xml"])
    assert result.exit_code == 2


def test_schema_describes_the_contract():
    result = CliRunner().invoke(cli, ["schema"])
    schema = json.loads(result.output)
    props = schema["properties"]
    for name in (
        "source",
        "language",
        "title",
        "issued",
        "dates",
        "periods",
        "places",
        "participants",
        "persons",
        "contacts",
        "warnings",
    ):
        assert name in props
    defs = schema["$defs"]
    place = defs["Place"]["properties"]
    for name in ("soate", "country", "oblast_soate", "district_soate", "ayil_aimak_soate"):
        assert name in place
    assert {"lat", "lon", "coords_soate"} <= set(place) and "id" not in place
    assert {"kind", "who_group", "in_total"} <= set(defs["Participation"]["properties"])
    assert {"kind_group", "kind_text"} <= set(defs["Event"]["properties"])
    assert "mentions" in defs["Period"]["properties"]
    assert "canonical_acronym" in defs["Organization"]["properties"]


def test_schema_and_readme_list_every_warning_code_with_when_it_is_given():
    schema = json.loads(CliRunner().invoke(cli, ["schema"]).output)
    defs = schema["$defs"]
    assert set(defs["WarningCode"]["enum"]) == {code.value for code in WarningCode}
    said = defs["ParseWarning"]["properties"]["code"]["description"]
    # the codes' own definition says when each is given too, and sends nowhere else
    of_the_codes = defs["WarningCode"]["description"]
    assert "README" not in of_the_codes
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code, when in WARNING_WHEN.items():
        assert f"{code.value}: {when}" in said
        assert f"{code.value}: {when}" in of_the_codes
        assert f"| `{code.value}` |" in readme


def test_an_internal_error_is_one_line_and_debug_shows_the_traceback(monkeypatch):
    from vap_cli import pipeline

    def broken(ctx):
        raise ValueError("extractor exploded")

    monkeypatch.setattr(pipeline, "EXTRACTORS", [*pipeline.EXTRACTORS, broken])
    sample = str(SAMPLES / "001_09dcb3baf791aa0b.txt")
    quiet = invoke(sample)
    assert quiet.exit_code == 1
    assert "internal error: ValueError: extractor exploded" in quiet.stderr
    assert "Traceback" not in quiet.stderr
    loud = invoke(sample, "--debug")
    assert "Traceback" in loud.stderr and "extractor exploded" in loud.stderr


def test_help_is_fast_and_imports_no_heavy_module():
    code = (
        "import sys, vap_cli.cli as c\n"
        "heavy = {'pydantic', 'rapidfuzz', 'phonenumbers', 'rich', 'yaml', 'regex'}\n"
        "print(sorted(heavy & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    result = subprocess.run(
        [sys.executable, "-m", "vap_cli", "--help"], capture_output=True, text=True, check=True
    )
    assert "parse" in result.stdout


def test_standard_input_with_parallel_jobs():
    """Worker processes have no standard input: `-` must still be read, in its place."""
    text = (SAMPLES / "001_09dcb3baf791aa0b.txt").read_text(encoding="utf-8")
    sample = str(SAMPLES / "000_7de6523ac942d557.txt")
    result = subprocess.run(
        [sys.executable, "-m", "vap_cli", "parse", sample, "-", "--jobs", "2", "-q"],
        input=text.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    sources = [json.loads(line)["source"] for line in result.stdout.decode().splitlines()]
    assert sources == [sample, "-"]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "sqlite"])
def test_an_output_that_is_a_folder_is_a_usage_error(tmp_path, fmt):
    result = CliRunner().invoke(cli, ["parse", str(SAMPLES), "-f", fmt, "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "is a folder" in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_mistyped_folder_is_reported_as_missing(tmp_path):
    result = invoke(str(tmp_path / "no-such-folder"))
    assert result.exit_code == 1
    assert "no-such-folder: no such file or folder" in result.stderr


def test_output_files_get_the_usual_mode(tmp_path):
    out = tmp_path / "out.jsonl"
    assert invoke(str(SAMPLES), "-o", str(out), "-q").exit_code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


# A Ctrl-C delivered while the entry point imports the named module (before cli.main
# installs its own handling): the import machinery is mid-way when it is raised.
_CTRL_C_DURING_IMPORT = """
import importlib.abc, os, signal, sys

# as in a terminal (a test runner in the background may have left Ctrl-C ignored)
signal.signal(signal.SIGINT, signal.default_int_handler)

TARGET = sys.argv[1]

class CtrlCOnImport(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == TARGET:
            sys.meta_path.remove(self)
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, CtrlCOnImport())
module, function = sys.argv[2].split(":")
sys.argv = ["vap", "parse", sys.argv[3], "-q"]
getattr(__import__(module, fromlist=[function]), function)()
"""


@pytest.mark.parametrize(
    "imported", ["click", "vap_cli.cli", "vap_cli.commands.parse", "vap_cli.pipeline", "regex"]
)
def test_a_ctrl_c_during_start_up_is_one_line_and_exit_130(imported):
    sample = str(SAMPLES / "000_7de6523ac942d557.txt")
    run = subprocess.run(
        [sys.executable, "-c", _CTRL_C_DURING_IMPORT, imported, "vap_cli.entry:main", sample],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 130
    assert run.stdout == ""
    assert "Traceback" not in run.stderr
    assert run.stderr.strip().endswith("vap: interrupted")


def test_the_program_and_python_m_start_at_the_entry_point():
    """The near miss: cli.main alone, before its handlers are in place, lets the
    traceback through; so `vap` and `python -m vap_cli` must start at entry.main."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'vap = "vap_cli.entry:main"' in pyproject
    assert "from .entry import main" in (ROOT / "src/vap_cli/__main__.py").read_text()
    sample = str(SAMPLES / "000_7de6523ac942d557.txt")
    bare = subprocess.run(
        [sys.executable, "-c", _CTRL_C_DURING_IMPORT, "click", "vap_cli.cli:main", sample],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" in bare.stderr and "KeyboardInterrupt" in bare.stderr


@pytest.mark.xdist_group("timed")  # timed or kills processes: never beside another such test
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_an_interrupted_run_leaves_no_partial_output(tmp_path, signum):
    """Stop a real run mid-way: the output either is whole or does not exist."""
    folder = tmp_path / "many"
    folder.mkdir()
    sample = (SAMPLES / "000_7de6523ac942d557.txt").read_bytes()
    for i in range(400):
        (folder / f"doc{i:04}.txt").write_bytes(sample)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [sys.executable, "-m", "vap_cli", "parse", str(folder), "-o", str(out), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    # Signal once the run writes its output (its temporary file is there), not after a
    # fixed delay: on a loaded machine a second may still be the interpreter's start,
    # before any handler of ours can exist.
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        if any(p.name.startswith(".out.jsonl") for p in tmp_path.iterdir()):
            break
        time.sleep(0.01)
    if proc.poll() is None:
        proc.send_signal(signum)
        proc.wait(timeout=30)
    if proc.returncode == 0:  # it finished before the signal came: the output is whole
        assert len(out.read_text(encoding="utf-8").splitlines()) == 400
    else:
        # 130 / 143 once the handlers are in place; a signal during start-up kills it.
        assert proc.returncode in (128 + signum, -signum)
        assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.jsonl")]
    assert b"Traceback" not in proc.stderr.read()


# README: a job a non-interactive shell script starts in the background ignores SIGINT
# (POSIX), and vap keeps what it inherits; SIGTERM stops it, exit 143.
_BACKGROUND_JOB = """
mkfifo "$FIFO"
"$PYTHON" -m vap_cli parse - -q < "$FIFO" > /dev/null &
vap=$!
exec 3> "$FIFO"  # standard input held open: the run waits for its document
sleep "$WARM_UP"
kill -INT $vap
sleep 1
kill -0 $vap && echo "alive after SIGINT"
kill -TERM $vap
wait $vap
echo "exit $?"
"""


@pytest.mark.xdist_group("timed")  # timed or kills processes: never beside another such test
def test_a_background_job_of_a_script_ignores_sigint_and_stops_on_sigterm(tmp_path):
    done = subprocess.run(
        ["bash", "-c", _BACKGROUND_JOB],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHON": sys.executable, "WARM_UP": "3", "FIFO": str(tmp_path / "in")},
    )
    assert done.stdout.splitlines() == ["alive after SIGINT", "exit 143"]
    assert "Traceback" not in done.stderr


def test_a_csv_file_without_a_table_names_every_table_and_the_folder_form(tmp_path):
    result = invoke(str(SAMPLES), "-o", str(tmp_path / "out.csv"))
    assert result.exit_code == 2
    message = " ".join(result.stderr.split())
    assert all(t.name in message for t in FILE_TABLES)  # sources too
    assert f"-o {tmp_path / 'out'}/" in message


# --- the ending signals are held only while the output is set up -----------------------------
# (signals.hold_ending_signals; a mask left blocked would reach every child process)

_ENDING = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["-o", "{tmp}/out.jsonl", "-q"], 0),  # the run goes through
        (["-o", "{tmp}/out.csv"], 2),  # a usage error while the writer is made
        (["--db", "{tmp}/not-a-db.sqlite"], 2),  # an error while the database is opened
    ],
)
def test_no_signal_stays_held_after_a_run(tmp_path, args, code):
    (tmp_path / "not-a-db.sqlite").write_text("no database", encoding="utf-8")
    result = invoke(str(SAMPLES), *(a.format(tmp=tmp_path) for a in args))
    assert result.exit_code == code
    assert not _ENDING & signal.pthread_sigmask(signal.SIG_BLOCK, [])
