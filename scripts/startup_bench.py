"""Start-up of `vap parse ONE_FILE` and `vap --help`: medians of wall and CPU time.

    python scripts/startup_bench.py [--runs 25] [--base OTHER_CHECKOUT] [--no-bytecode]

With --base, the runs of this checkout and of another one (a worktree of main, with
its own .venv) alternate, so that both see the same load on the machine. Each
checkout gets its own cache folder (VAP_CACHE_DIR), warmed by one run first: the
numbers are of a warm start, as every run after the first is.

--no-bytecode: what a run sees when nothing wrote the package's .pyc files (an
editable install on a machine that sets PYTHONDONTWRITEBYTECODE=1): the package's
__pycache__ folders are removed first and the runs set that variable. Without it,
the variable is unset and the .pyc files are written by the warm-up run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "000_7de6523ac942d557.txt"


def measure(vap: Path, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process) of one run, which must succeed."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        [str(vap), *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{vap} {' '.join(args)} failed")
    return wall, usage.ru_utime + usage.ru_stime


def environment(cache: Path, no_bytecode: bool) -> dict[str, str]:
    env = {**os.environ, "VAP_CACHE_DIR": str(cache)}
    env.pop("VAP_NO_CACHE", None)
    if no_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def drop_bytecode(checkout: Path) -> None:
    for folder in (checkout / "src").rglob("__pycache__"):
        shutil.rmtree(folder)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=25, help="runs of each command (default 25)")
    parser.add_argument("--base", type=Path, help="another checkout to compare with")
    parser.add_argument("--no-bytecode", action="store_true", help="no .pyc of the package")
    parser.add_argument("--file", type=Path, default=SAMPLE, help="the file parsed")
    args = parser.parse_args()
    checkouts = {"this": ROOT, **({"base": args.base.resolve()} if args.base else {})}
    commands = {"vap --help": ["--help"], "vap parse ONE_FILE": ["parse", str(args.file)]}
    work = Path(tempfile.mkdtemp(prefix="vap-startup-"))
    try:
        envs = {name: environment(work / name, args.no_bytecode) for name in checkouts}
        vaps = {name: path / ".venv" / "bin" / "vap" for name, path in checkouts.items()}
        for name, checkout in checkouts.items():
            if args.no_bytecode:
                drop_bytecode(checkout)
            measure(vaps[name], commands["vap parse ONE_FILE"], envs[name])  # warm up
        mode = "no .pyc of the package" if args.no_bytecode else ".pyc written"
        print(f"{args.runs} runs of each, alternating; {mode}; load {os.getloadavg()[0]:.1f}")
        print("| command | checkout | wall median | CPU median |\n|---|---|---|---|")
        for command, argv in commands.items():
            times: dict[str, list[tuple[float, float]]] = {name: [] for name in checkouts}
            for _ in range(args.runs):
                for name in checkouts:
                    times[name].append(measure(vaps[name], argv, envs[name]))
            for name, runs in times.items():
                wall = statistics.median(w for w, _ in runs) * 1000
                cpu = statistics.median(c for _, c in runs) * 1000
                print(f"| `{command}` | {name} | {wall:.0f} ms | {cpu:.0f} ms |")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
