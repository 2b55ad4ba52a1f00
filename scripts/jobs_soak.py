"""Run `vap parse -j 4` many times on a 20-file folder: every run must finish.

A run that does not end within --timeout seconds is counted as hung (and
killed). Every finished run must exit 0 and print the same output as the first:
the order of records does not depend on which worker was faster.

    python scripts/jobs_soak.py --runs 200 --jobs 4
"""

from __future__ import annotations

import argparse
import shutil
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=4)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    hung = failed = differing = 0
    first: bytes | None = None
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
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
    print(
        f"jobs soak: {args.runs} runs of `vap parse -j {args.jobs}` on {args.files} files: "
        f"{args.runs - hung - failed} finished, {hung} hung, {failed} failed, "
        f"{differing} with a different output, {time.perf_counter() - started:.0f} s"
    )
    return 1 if hung or failed or differing else 0


if __name__ == "__main__":
    sys.exit(main())
