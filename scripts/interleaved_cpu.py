"""Whole-process CPU of `python -m vap_cli parse FILE` for several source trees,
interleaved (tree A, tree B, ..., then again) so that a loaded machine's drift falls on
every tree alike; medians of user + system CPU, and each tree's ratio to the first.

    python scripts/interleaved_cpu.py --rounds 7 --document long.txt ../vap-a26caa4 .

Each TREE is a checkout whose `src/` holds vap_cli (a `git worktree add --detach` of the
commit to compare); each gets its own cache directory, warmed by a first run that is not
counted. Compile every tree's bytecode first (`python -m compileall -q TREE/src`) when
PYTHONDONTWRITEBYTECODE is set, or the trees pay for compiling. Output goes to
/dev/null: only the parse is timed, start-up included.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path


def cpu_of_run(tree: Path, document: Path, cache: Path) -> float:
    """User + system CPU seconds of one parse of `document` with `tree`'s code."""
    env = dict(os.environ, PYTHONPATH=str(tree / "src"), VAP_CACHE_DIR=str(cache))
    command = [sys.executable, "-m", "vap_cli", "parse", str(document)]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, _, usage = os.wait4(child.pid, 0)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "trees", nargs="+", type=Path, help="checkouts to compare; the first is the base"
    )
    parser.add_argument("--document", type=Path, required=True, help="the file to parse")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vap-interleaved-") as tmp:
        caches = {tree: Path(tmp) / str(k) for k, tree in enumerate(args.trees)}
        for tree in args.trees:  # warm each tree's cache of lexicons and patterns
            cpu_of_run(tree, args.document, caches[tree])
        runs: dict[Path, list[float]] = {tree: [] for tree in args.trees}
        for _ in range(args.rounds):
            for tree in args.trees:
                runs[tree].append(cpu_of_run(tree, args.document, caches[tree]))
    base = statistics.median(runs[args.trees[0]])
    for tree, cpu in runs.items():
        median = statistics.median(cpu)
        each = " ".join(f"{c:.2f}" for c in cpu)
        print(f"{tree}  {median:.3f} s  ratio {median / base:.3f}  runs {each}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
