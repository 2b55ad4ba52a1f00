"""scripts/interleaved_cpu.py: the side-by-side CPU timer the performance notes use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HALF_A_HUNDREDTH = 0.005 + 1e-9


def test_one_tree_against_itself_prints_its_cpu_and_a_ratio_of_one() -> None:
    sample = sorted((ROOT / "samples").glob("*.txt"))[0]
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "interleaved_cpu.py"), "--rounds", "1",
         "--document", str(sample), str(ROOT)],
        capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    (line,) = done.stdout.splitlines()
    tree, cpu, unit, _, ratio, _, run = line.split()
    assert (tree, unit, ratio) == (str(ROOT), "s", "1.000")
    # the median of one run is that run (printed to 3 and to 2 decimals)
    assert abs(float(cpu) - float(run)) <= HALF_A_HUNDREDTH and float(run) > 0
