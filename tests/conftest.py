from __future__ import annotations

import functools
import importlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from xdist.scheduler import LoadGroupScheduling

from vap_cli import batch

if TYPE_CHECKING:
    from vap_cli.batch import Result

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLD = ROOT / "tests" / "gold"


@pytest.fixture(scope="session")
def sample_paths() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def parsed(path: str | Path) -> Result:
    """What `vap parse PATH` gives for one file (batch.parse_one, the built-in gazetteer),
    parsed once per test process: the records that the Dask tests compare against and
    the span checks read, so the team corpus is not parsed again by every test file.
    Shared by all tests: never change what it returns."""
    return _parse_once(str(path), os.getcwd())


@functools.cache
def _parse_once(source: str, folder: str) -> Result:
    # `folder`: a relative source names another file in another working directory
    return _PARSE_ONE(source)


# batch.parse_one as imported, whoever patches the module's name later (the quality gate
# hands `parsed` to evaluate in its place)
_PARSE_ONE = batch.parse_one


class LazyModule:
    """A module imported when one of its names is first read: a test module that only
    some tests need (Dask, Arrow, pandas) is then not imported by every process that
    collects the tests."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        # pytest looks for fixtures behind every name of a test module, asking each for
        # `__wrapped__` and `_mock_name`: those questions import nothing (the module's
        # names the tests read are public).
        if attribute.startswith("_"):
            raise AttributeError(attribute)
        return getattr(importlib.import_module(self._name), attribute)


# The xdist group of the quality gate (tests/test_quality_gate.py) and of the tests that
# read the records of the same documents through `parsed`: on one worker, each document
# is parsed once for all of them.
QUALITY_GATE_GROUP = "quality-gate"

PERF_MARKER = "perf"
# the user property under which tests/test_quality_gate.py hands its table to the summary
QUALITY_TABLE = "quality_gate_table"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{PERF_MARKER}: timed (CPU-time) checks, run by scripts/bench.py or `pytest -m perf`,"
        " not in CI, where a loaded machine makes time noisy; also the longer inputs of the"
        " work-counting checks, which CI runs on shorter ones",
    )
    # Each test process (an xdist worker, or the single process) gets its own start-up
    # cache (src/vap_cli/diskcache.py): no two processes write one ~/.cache/vap, and a
    # run never reads or leaves a cache of the user's. The vap commands the tests start
    # inherit it.
    if getattr(config.option, "loadgroup", False):  # an xdist worker under --dist loadgroup
        config.pluginmanager.register(XdistGroups(), "vap-xdist-groups")
    if getattr(config.option, "dist", "no") == "loadgroup" and not hasattr(config, "workerinput"):
        config.pluginmanager.register(GroupScheduler(), "vap-group-scheduler")
    # Every test process compiles the package and the test modules once, and writes their
    # bytecode (the __pycache__ folders git ignores) even where PYTHONDONTWRITEBYTECODE
    # is set: the other worker and every `vap` process the tests start read it rather
    # than compiling the package again (about half the CPU time of a `vap parse`).
    sys.dont_write_bytecode = False
    worker = getattr(config, "workerinput", {}).get("workerid", "main")
    folder = tempfile.mkdtemp(prefix=f"vap-test-cache-{worker}-")
    os.environ["VAP_CACHE_DIR"] = folder
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


class XdistGroups:
    """What `--dist loadgroup` promises: the tests marked xdist_group(NAME) run on one
    worker. pytest-xdist 3.8 tells its scheduler a test's group by appending "@NAME" to
    `item._nodeid`, which pytest 9.2 no longer reads (a node id is built from `item._id`),
    so the groups were silently lost and the "timed" tests ran on both workers, beside
    each other, each worker starting its own Dask cluster (pytest-xdist issue 1386).
    After xdist's hook, an id without its group gets it where this pytest reads it."""

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        for item in items:
            names = {
                str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
                for mark in item.iter_markers("xdist_group")
            }
            suffix = "@" + "_".join(sorted(names))
            if names and not item.nodeid.endswith(suffix) and hasattr(item, "_id"):
                from _pytest.nodeid import NodeId

                item._id = NodeId.parse(item.nodeid + suffix)


class ForgettingGroupScheduling(LoadGroupScheduling):
    """xdist's scheduler of `--dist loadgroup`, without its work per finished test that
    grows with the tests already run. Each test out of a group is a unit of work of its
    own, and LoadGroupScheduling, after every test, counts the unfinished tests of all
    the units a worker was ever given: with about 6,000 tests, the controller spent
    seconds of CPU on the two cores the workers share. Here a worker's unit is forgotten
    once its last test is done, so only the units in progress are counted (a crashed
    worker's unfinished units are run again, as before; its finished ones no longer)."""

    def mark_test_complete(self, node: Any, item_index: int, duration: float = 0) -> None:
        nodeid = self.registered_collections[node][item_index]
        scope = self._split_scope(nodeid)
        units = self.assigned_work[node]
        units[scope][nodeid] = True
        if all(units[scope].values()):
            del units[scope]
        self._reschedule(node)

    def _reschedule(self, node: Any) -> None:
        """Tops a worker's queue up to a few dozen tests, sent in one message, rather
        than one unit (most often one test) after each test done: a worker then never
        waits for the controller between two short tests. The queue shrinks as the
        work left does, and the last ONE_BY_ONE units go one at a time as xdist sends
        them, so that no test waits queued behind a slow one while the other worker
        has nothing left (both finish together)."""
        if node.shutting_down:
            return
        if not self.workqueue:
            node.shutdown()
            return
        units = self.assigned_work[node]
        pending = sum(list(unit.values()).count(False) for unit in units.values())
        wanted = max(2, min(MAX_QUEUED, (len(self.workqueue) - ONE_BY_ONE) // 8))
        if pending > 2 and pending >= wanted // 2:
            return
        indexes: list[int] = []
        where = self._indexes(node)
        while self.workqueue and pending < wanted:
            scope, unit = self.workqueue.popitem(last=False)
            units[scope] = unit
            todo = [where[nodeid] for nodeid, done in unit.items() if not done]
            indexes += todo
            pending += len(todo)
        node.send_runtest_some(indexes)

    def _assign_work_unit(self, node: Any) -> None:
        # xdist's, with the index of a test looked up rather than searched for
        scope, unit = self.workqueue.popitem(last=False)
        self.assigned_work.setdefault(node, {})[scope] = unit
        where = self._indexes(node)
        node.send_runtest_some([where[nodeid] for nodeid, done in unit.items() if not done])

    def _indexes(self, node: Any) -> dict[str, int]:
        """Each test's index in this worker's collection (xdist searches the list)."""
        cached = getattr(self, "_index_of", None)
        if cached is None:
            cached = self._index_of = {}
        if node not in cached:
            cached[node] = {nodeid: k for k, nodeid in enumerate(self.registered_collections[node])}
        return cached[node]


# the most tests a worker is sent ahead of the one it runs, and the units at the end of
# the run sent one at a time (ForgettingGroupScheduling)
MAX_QUEUED = 64
ONE_BY_ONE = 1000


class GroupScheduler:
    """Hands the controller ForgettingGroupScheduling under `--dist loadgroup`."""

    @pytest.hookimpl(tryfirst=True)
    def pytest_xdist_make_scheduler(self, config: pytest.Config, log: Any) -> Any:
        return ForgettingGroupScheduling(config, log)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The quality gate's tables, whatever the capture mode and however many workers."""
    tables = {
        value
        for reports in terminalreporter.stats.values()
        for report in reports
        for key, value in getattr(report, "user_properties", ())
        if key == QUALITY_TABLE
    }
    for table in sorted(tables):
        terminalreporter.write(table)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Every test that times code is a perf test: CI runs the work-counting
    # complexity tests (tests/test_complexity.py) instead.
    for item in items:
        if "assert_linear" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.perf)


def _cpu_seconds(run: Callable[[str], object], text: str) -> float:
    started = time.process_time()
    run(text)
    return time.process_time() - started


def check_linear(
    run: Callable[[str], object], unit: str, size: int = 200_000, budget: float = 10.0
) -> None:
    """`run` on `unit` repeated to `size` characters stays linear: four times the
    input may cost at most ten times the CPU time (quadratic would be sixteen; the
    slack absorbs a loaded machine), and each run stays within `budget` seconds."""
    small = unit * max(1, size // 4 // len(unit))
    big = unit * max(1, size // len(unit))
    t_small = min(_cpu_seconds(run, small) for _ in range(2))
    t_big = min(_cpu_seconds(run, big) for _ in range(2))
    assert t_big < budget, f"{t_big:.2f} s on {len(big)} characters of {unit!r}"
    assert t_big <= 10 * max(t_small, 0.05), f"{t_small:.3f} s -> {t_big:.3f} s: not linear"


@pytest.fixture(scope="session")
def assert_linear() -> Callable[..., None]:
    return check_linear


@pytest.fixture
def users_gazetteer(tmp_path: Path) -> Path:
    """A user's `--gazetteer` file adding one ayil aimak the built-in gazetteer lacks
    (Жылалды, under the Өзгөн district)."""
    path = tmp_path / "users-gazetteer.yaml"
    path.write_text(
        "units:\n"
        '  - id: "41706255899000"\n'
        "    level: ayil_aimak\n"
        "    name: Жылалды\n"
        '    parent: "41706255000000"\n',
        encoding="utf-8",
    )
    return path
