"""`--jobs`: parallel runs always finish, keep the order of the inputs, and stop
at once on Ctrl-C, SIGTERM or SIGHUP with nothing left behind (no output, no
temporary file, no worker process)."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from vap_cli.cli import cli

# timed and killing processes: on one xdist worker, never beside another such test
pytestmark = pytest.mark.xdist_group("timed")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
VAP = [sys.executable, "-m", "vap_cli"]
# A hang guard, no speed claim: a stopped run that has not ended in this long hangs
# (the stop itself is near-instant; a loaded CI machine may still be slow to schedule it).
HANG_SECONDS = 60.0


def folder_of(path: Path, files: int) -> Path:
    path.mkdir()
    for n in range(files):
        shutil.copy(SAMPLES[n % len(SAMPLES)], path / f"doc{n:03}.txt")
    return path


def processes_naming(marker: str) -> list[int]:
    """Live processes whose command line mentions `marker` (zombies excluded)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if marker.encode() in cmdline and state != "Z":
            found.append(int(entry.name))
    return found


def test_parallel_runs_always_finish_with_the_order_of_one_job(tmp_path):
    folder = folder_of(tmp_path / "in", 20)
    # one job in this process: the same records, without the start-up of another process
    one = CliRunner().invoke(cli, ["parse", str(folder), "-q"], catch_exceptions=False)
    assert one.exit_code == 0
    for _ in range(3):
        # A deadlock at pool shutdown shows as a timeout here.
        four = subprocess.run(
            [*VAP, "parse", str(folder), "-q", "-j", "4"], capture_output=True, timeout=300
        )
        assert four.returncode == 0
        assert four.stdout == one.stdout_bytes


@pytest.mark.parametrize(
    "signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP], ids=["ctrl-c", "sigterm", "sighup"]
)
def test_a_signal_stops_a_parallel_run_at_once_leaving_nothing(tmp_path, signum):
    """The signal goes to the whole process group, workers included, as a
    terminal sends Ctrl-C and a closed terminal SIGHUP."""
    folder = folder_of(tmp_path / "in", 300)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [*VAP, "parse", str(folder), "-o", str(out), "-q", "-j", "4"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while not any(p.name.startswith(".out.jsonl.") for p in tmp_path.iterdir()):
        assert proc.poll() is None and time.monotonic() < deadline, "the run did not start"
        time.sleep(0.05)
    time.sleep(0.5)  # the workers are busy
    os.killpg(proc.pid, signum)
    proc.wait(timeout=HANG_SECONDS)  # raises TimeoutExpired on a hang
    assert proc.returncode == 128 + signum
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]
    assert b"Traceback" not in proc.stderr.read()
    time.sleep(0.2)
    assert processes_naming(str(folder)) == []


# How long the workers of a killed run may take to end: the kernel ends them at once,
# but a loaded machine schedules them late.
ORPHAN_SECONDS = 30.0


def workers_of(proc: subprocess.Popen, marker: str) -> list[int]:
    """The worker processes of the run `proc` (on `marker`), once they exist."""
    deadline = time.monotonic() + 120
    while True:
        assert proc.poll() is None and time.monotonic() < deadline, "no worker started"
        workers = [pid for pid in processes_naming(marker) if pid != proc.pid]
        if workers:
            return workers
        time.sleep(0.05)


def test_the_workers_end_when_the_parent_is_killed(tmp_path):
    """SIGKILL to vap alone (the OOM killer, `timeout -s KILL`, systemd escalating a stop):
    its workers end too, instead of waiting on their pipes forever."""
    folder = folder_of(tmp_path / "in", 300)
    proc = subprocess.Popen(
        [*VAP, "parse", str(folder), "-o", str(tmp_path / "out.jsonl"), "-q", "-j", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    workers_of(proc, str(folder))
    time.sleep(0.5)  # both workers are up and busy
    workers = [pid for pid in processes_naming(str(folder)) if pid != proc.pid]
    proc.kill()
    proc.wait(timeout=HANG_SECONDS)
    deadline = time.monotonic() + ORPHAN_SECONDS
    left = [pid for pid in workers if pid in processes_naming(str(folder))]
    while left and time.monotonic() < deadline:
        time.sleep(0.1)
        left = [pid for pid in workers if pid in processes_naming(str(folder))]
    for pid in left:  # (the old code's orphans: not left to run forever)
        os.kill(pid, signal.SIGKILL)
    assert len(workers) == 2
    assert left == []


# Records written before the kill: the run is under way, far from its end (80 files).
WRITTEN_BEFORE_KILL = 10
# The path of a record's file, as the JSON Lines output writes it first in the record.
_RECORD_SOURCE = re.compile(rb'^\{"id":"[0-9a-f]+","source":"([^"]+)"', re.MULTILINE)
_LOST_FILE = re.compile(r"^vap: error: (.+?): internal error: the worker process died", re.M)


class _Drain:
    """Everything a pipe's writer writes, read as it comes in a thread of its own (raw
    reads: no byte left in a reader's buffer, as `communicate` after `readline` leaves
    it), and the moment the first `lines` lines are in. The run's writer is never kept
    waiting on a full pipe, so its workers always have files sent ahead (workers.AHEAD)."""

    def __init__(self, fd: int, lines: int) -> None:
        self.chunks: list[bytes] = []
        self.lines_in = threading.Event()
        self._fd, self._lines = fd, lines
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        seen = 0
        while chunk := os.read(self._fd, 65536):
            self.chunks.append(chunk)
            seen += chunk.count(b"\n")
            if seen >= self._lines:
                self.lines_in.set()
        self.lines_in.set()  # the end: the waiting test looks what came

    def all(self) -> bytes:
        self._thread.join(timeout=HANG_SECONDS)
        return b"".join(self.chunks)


def test_a_worker_that_dies_costs_its_files_not_the_run(tmp_path):
    """A worker killed from outside (the OOM killer's way) mid-run: its files are
    reported as failed, a new worker takes over, the run ends."""
    # The kill lands after WRITTEN_BEFORE_KILL records, while at most two files per worker
    # are in flight: the other files of the folder are still to parse.
    files = 8 * WRITTEN_BEFORE_KILL
    folder = folder_of(tmp_path / "in", files)
    proc = subprocess.Popen(
        [*VAP, "parse", str(folder), "-q", "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
    )
    workers = workers_of(proc, str(folder))
    # Kill once records flow: the workers are parsing then, not still starting (a
    # worker killed before its first file costs nothing, and the run ends with 0).
    # Events counted, not time: the kill waits for the records however slow the machine.
    assert proc.stdout is not None and proc.stderr is not None
    out = _Drain(proc.stdout.fileno(), WRITTEN_BEFORE_KILL)
    assert out.lines_in.wait(timeout=300), "no records came"
    assert proc.poll() is None, "the run ended before the kill"
    os.kill(workers[0], signal.SIGKILL)
    stderr = proc.stderr.read().decode()
    proc.wait(timeout=HANG_SECONDS)
    written = [m.decode() for m in _RECORD_SOURCE.findall(out.all())]
    lost = _LOST_FILE.findall(stderr)
    assert proc.returncode == 1, stderr
    assert 1 <= len(lost) <= 2, stderr  # the file it was parsing, and the one sent ahead
    # every file once: written, or reported lost
    assert sorted(written + lost) == sorted(str(p) for p in folder.iterdir()), stderr


def test_a_signal_swallowed_by_a_finalizer_is_delivered_again(monkeypatch):
    """Python prints and drops an exception raised inside `__del__`; Ctrl-C at that
    moment must still stop the run, without a traceback."""
    import sys

    from vap_cli import cli

    class Finalizer:
        def __del__(self):
            raise KeyboardInterrupt

    resent: list[int] = []
    monkeypatch.setattr(os, "kill", lambda pid, signum: resent.append(signum))
    monkeypatch.setattr(sys, "unraisablehook", cli._unraisable)
    Finalizer()  # dropped at once: __del__ runs and raises
    deadline = time.monotonic() + HANG_SECONDS  # sent from another thread once the hook returned
    while not resent and time.monotonic() < deadline:
        time.sleep(0.01)
    assert resent == [signal.SIGINT]


def test_a_signal_a_finalizer_swallowed_is_sent_again_once_the_hook_returned():
    """Sent again from inside sys.unraisablehook, the handler would raise there and be
    swallowed once more (the run then went on to the end, a traceback on stderr)."""
    import time
    import traceback
    from types import SimpleNamespace

    from vap_cli.cli import _unraisable

    frames_seen: list[list[str]] = []

    def record(signum: int, frame: object) -> None:
        frames_seen.append([f.name for f in traceback.extract_stack(frame)])  # type: ignore[arg-type]

    previous = signal.signal(signal.SIGUSR1, record)
    try:
        _unraisable(SimpleNamespace(exc_value=SystemExit(128 + signal.SIGUSR1)))  # type: ignore[arg-type]
        # the handler runs in this thread, between two bytecodes, once the timer's
        # thread has run: on a loaded machine that took over 5 s (a flaky failure)
        deadline = time.monotonic() + HANG_SECONDS
        while not frames_seen and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        signal.signal(signal.SIGUSR1, previous)
    assert len(frames_seen) == 1
    assert "_unraisable" not in frames_seen[0]
