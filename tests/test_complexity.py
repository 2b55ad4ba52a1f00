"""The whole pipeline does work linear in the length of its input.

Work is counted, not timed: every Python function call and every call into C
(each regex search, each string method) made while parsing. The count is the
same on a loaded CI machine as on an idle one. Ten times the input may cost at
most LINEAR_SLACK times the work: a linear parser costs about ten times, a
quadratic one a hundred. (Regex backtracking inside one C call is not counted
here; tests/test_hostile_input.py times those cases under `pytest -m perf`.)
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

import pytest

from vap_cli import parse_text

GROWTH = 10
LINEAR_SLACK = 20  # of GROWTH = 10: room for fixed costs, far below quadratic's 100
SMALL_SIZE = 750  # characters
# Quadratic work shows at either size; `pytest -m perf` adds twice the size, first used here.
SMALL_SIZES = [SMALL_SIZE, pytest.param(2 * SMALL_SIZE, marks=pytest.mark.perf)]


def count_calls(run: Callable[[str], object], text: str) -> int:
    calls = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal calls
        if event in ("call", "c_call"):
            calls += 1

    sys.setprofile(profile)
    try:
        run(text)
    finally:
        sys.setprofile(None)
    return calls


def repeat_to(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def work_ratio(unit: str, size: int = SMALL_SIZE) -> float:
    parse_text(unit)  # warm the caches: the lexicons and patterns are built once
    small = count_calls(parse_text, repeat_to(unit, size))
    big = count_calls(parse_text, repeat_to(unit, size * GROWTH))
    return big / max(small, 1)


# Inputs that repeat what the extractors look for: numbers next to places,
# names, dates, list separators, page chrome and table rows.
REPEATED_UNITS = {
    "counts after places": "Нарын облусунан 25 катышуучу, ",
    "russian counts": "из г. Ош – 20 человек, ",
    "names with roles": "Бекболот Бекиев, долбоордун жетекчиси. ",
    "dates": "2017-жылдын 25-октябры ",
    "table rows": "1 | Ат-Башы району | 24 | 12 |\n",
    "digit runs": "1",
    "dash runs": "-",
    "capitals": "Аа ",
    "contacts": "тел: 0555 313 385, info@vap.kg ",
}


@pytest.mark.parametrize("size", SMALL_SIZES)
@pytest.mark.parametrize("unit", REPEATED_UNITS.values(), ids=REPEATED_UNITS.keys())
def test_work_grows_linearly(unit: str, size: int) -> None:
    ratio = work_ratio(unit, size)
    assert ratio <= LINEAR_SLACK, f"{GROWTH}x the input cost {ratio:.1f}x the work"


def test_the_counter_catches_quadratic_work() -> None:
    # The measuring stick itself: a loop over pairs must fail the bound.
    def quadratic(text: str) -> None:
        words = text.split()
        for first in words:
            for second in words:
                first.startswith(second)

    small = count_calls(quadratic, "аа " * 100)
    big = count_calls(quadratic, "аа " * 100 * GROWTH)
    assert big / small > LINEAR_SLACK


def cpu_seconds(text: str) -> float:
    """The least CPU time of three runs: CPU time, not wall time, so that another
    process on the machine does not count; the least, to drop cache hiccups."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        parse_text(text)
        best = min(best, time.process_time() - started)
    return best


CPU_SLACK = 30  # of GROWTH = 10: linear code measures 8-13x here, quadratic 50x and more
CPU_SMALL_SIZE = 2_000
CPU_SMALL_SIZES = [CPU_SMALL_SIZE, pytest.param(2 * CPU_SMALL_SIZE, marks=pytest.mark.perf)]


@pytest.mark.parametrize("size", CPU_SMALL_SIZES)
@pytest.mark.parametrize(
    "unit",
    [
        pytest.param(REPEATED_UNITS["counts after places"], id="counts after places"),
        pytest.param(REPEATED_UNITS["russian counts"], id="russian counts"),
        pytest.param(REPEATED_UNITS["names with roles"], id="names with roles"),
    ],
)
def test_cpu_time_grows_linearly(unit: str, size: int) -> None:
    # Work inside one C call (a regex search over a growing prefix) escapes the
    # call counter: a wide CPU-time ratio catches it.
    parse_text(unit)
    small = cpu_seconds(repeat_to(unit, size))
    big = cpu_seconds(repeat_to(unit, size * GROWTH))
    ratio = big / max(small, 0.005)
    assert ratio <= CPU_SLACK, f"{GROWTH}x the input cost {ratio:.1f}x the CPU time"
