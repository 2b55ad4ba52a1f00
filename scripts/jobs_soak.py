"""Run `vap parse -j 4` many times on a 20-file folder: every run must finish.

A run that does not end within --timeout seconds is counted as hung (and
killed). Every finished run must exit 0 and print the same output as the first:
the order of records does not depend on which worker was faster.

With --stops N, N more runs per signal (Ctrl-C, SIGTERM, SIGHUP, sent to the
whole process group mid-run) must exit 128 + the signal, leave no output and
no temporary file; the slowest stop is reported.

    python scripts/jobs_soak.py --runs 200 --jobs 4
    python scripts/jobs_soak.py --runs 0 --stops 10 --jobs 4
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_folder(folder: Path, files: int) -> None:
    """`files` documents, copies of the samples in turn."""
    samples = sorted((ROOT / "samples").glob("*.txt"))
    for n in range(files):
        shutil.copy(samples[n % len(samples)], folder / f"doc{n:02}.txt")


def stop_once(
    command: list[str], out: Path, signum: int, delay: float, files: int
) -> tuple[str, float]:
    """(what became of the run: STOPPED, FINISHED or UNCLEAN; seconds from the signal
    to the exit) of one run interrupted `delay` seconds after it opened its output."""
    proc = subprocess.Popen(
        [*command, "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        # A job started in the background of a shell ignores Ctrl-C, and so
        # would its children: give the run the handling a terminal gives it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    while not any(p.name.startswith(f".{out.name}.") for p in out.parent.iterdir()):
        if proc.poll() is not None:
            print(f"finished (exit {proc.returncode}) before it could be stopped", file=sys.stderr)
            return UNCLEAN, 0.0
        time.sleep(0.02)
    time.sleep(delay)
    sent = time.monotonic()
    os.killpg(proc.pid, signum)
    try:
        _, stderr = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        print(f"{signal.Signals(signum).name}: hung after the signal", file=sys.stderr)
        return UNCLEAN, 60.0
    took = time.monotonic() - sent
    left = [p.name for p in out.parent.iterdir()]
    outcome = _outcome(proc.returncode, signum, out, left, files)
    if outcome == UNCLEAN or b"Traceback" in stderr:
        outcome = UNCLEAN
        tail = stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        print(
            f"{signal.Signals(signum).name} after {delay:.1f} s: exit {proc.returncode},"
            f" left {left}, stderr {tail}",
            file=sys.stderr,
        )
    return outcome, took


# What became of an interrupted run.
STOPPED = "stopped"  # it exited as the signal asks (130, 143, 129), leaving nothing
FINISHED = "finished"  # the signal came after the run was done: exit 0, the output whole
UNCLEAN = "unclean"  # anything else: a partial output, a temporary file, a traceback


def _outcome(returncode: int, signum: int, out: Path, left: list[str], files: int) -> str:
    # Killed by the signal itself (-signum) is a stop too when it came before the
    # handlers were set or after the output was closed: then nothing partial is left.
    temporary = [name for name in left if name != out.name]
    if temporary:
        return UNCLEAN
    whole = out.exists() and len(out.read_text(encoding="utf-8").splitlines()) == files
    if returncode in (128 + signum, -signum):
        return STOPPED if not out.exists() or whole else UNCLEAN
    return FINISHED if returncode == 0 and whole else UNCLEAN


def stops(command: list[str], runs: int, files: int) -> int:
    """Interrupted runs per signal; prints the slowest stop and how many runs had
    finished before their signal came; returns the number of unclean ones."""
    unclean = 0
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        slowest = 0.0
        outcomes: list[str] = []
        for run in range(runs):
            with tempfile.TemporaryDirectory() as tmp:
                delay = 0.1 * (run % 10)
                outcome, took = stop_once(command, Path(tmp) / "out.jsonl", signum, delay, files)
            outcomes.append(outcome)
            slowest = max(slowest, took)
        unclean += outcomes.count(UNCLEAN)
        print(
            f"{signal.Signals(signum).name}: {outcomes.count(STOPPED)} of {runs} runs stopped"
            f" (exit {128 + signum}), slowest in {slowest:.2f} s; {outcomes.count(FINISHED)}"
            f" had finished, their output whole, before the signal came;"
            f" {outcomes.count(UNCLEAN)} unclean"
        )
    return unclean


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=4)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--stops", type=int, default=0, help="interrupted runs per signal")
    args = parser.parse_args()
    hung = failed = differing = 0
    first: bytes | None = None
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        make_folder(folder, args.files)
        command = [sys.executable, "-m", "vap_cli", "parse", str(folder), "-j", str(args.jobs)]
        for run in range(1, args.runs + 1):
            try:
                done = subprocess.run(command, capture_output=True, timeout=args.timeout)
            except subprocess.TimeoutExpired:
                hung += 1
                print(f"run {run}: hung (killed after {args.timeout:.0f} s)", file=sys.stderr)
                continue
            if done.returncode != 0:
                failed += 1
                print(f"run {run}: exit {done.returncode}", file=sys.stderr)
            elif first is None:
                first = done.stdout
            elif done.stdout != first:
                differing += 1
                print(f"run {run}: output differs from run 1", file=sys.stderr)
        unclean = stops([*command, "-q"], args.stops, args.files) if args.stops else 0
    print(
        f"jobs soak: {args.runs} runs of `vap parse -j {args.jobs}` on {args.files} files: "
        f"{args.runs - hung - failed} finished, {hung} hung, {failed} failed, "
        f"{differing} with a different output, {time.perf_counter() - started:.0f} s"
    )
    if args.stops:
        print(f"{unclean} interrupted runs left something behind or exited otherwise")
    return 1 if hung or failed or differing or unclean else 0


if __name__ == "__main__":
    sys.exit(main())
