"""The suite's own set-up: under `--dist loadgroup` (pyproject's addopts), a test marked
xdist_group(NAME) tells xdist's scheduler its group, so the tests of one group run on
one worker (conftest.XdistGroups; lost without a word on pytest 9.2 before it); and the
controller's scheduler (conftest.ForgettingGroupScheduling) sends every test once and
keeps only the units of work in progress."""

from __future__ import annotations

import pytest

from conftest import MAX_QUEUED, ONE_BY_ONE, ForgettingGroupScheduling


@pytest.mark.xdist_group("timed")
def test_a_grouped_test_names_its_group_to_the_scheduler(request: pytest.FixtureRequest) -> None:
    if not getattr(request.config.option, "loadgroup", False):
        pytest.skip("not run by xdist under --dist loadgroup")
    assert request.node.nodeid.endswith(
        "::test_a_grouped_test_names_its_group_to_the_scheduler@timed"
    )


class _Options:
    loadscopereorder = True
    tx = ["popen", "popen"]


class _Config:
    """What xdist's schedulers read of a configuration: two local workers."""

    option = _Options()

    def getvalue(self, name: str) -> object:
        return getattr(self.option, name)


class _Worker:
    def __init__(self) -> None:
        self.gateway = type("Gateway", (), {"id": "gw"})()
        self.shutting_down = False
        self.sent: list[int] = []

    def send_runtest_some(self, indices: list[int]) -> None:
        self.sent.extend(indices)

    def shutdown(self) -> None:
        self.shutting_down = True


def _scheduled(tests: list[str]) -> tuple[ForgettingGroupScheduling, list[_Worker]]:
    """The scheduler of two workers that collected `tests`, after its first sending."""
    from xdist.remote import Producer

    scheduler = ForgettingGroupScheduling(_Config(), Producer("test", enabled=False))
    workers = [_Worker(), _Worker()]
    for worker in workers:
        scheduler.add_node(worker)
        scheduler.add_node_collection(worker, tests)
    scheduler.schedule()
    return scheduler, workers


def _run(tests: list[str]) -> tuple[ForgettingGroupScheduling, list[_Worker], list[int]]:
    """Two workers run `tests` one at a time, each test finishing as it is sent."""
    scheduler, workers = _scheduled(tests)
    largest = 0  # the most units a worker held at once
    done = []
    while any(w.sent for w in workers):
        for worker in workers:
            if worker.sent:
                done.append(worker.sent.pop(0))
                scheduler.mark_test_complete(worker, done[-1])
                largest = max(largest, len(scheduler.assigned_work.get(worker, {})))
    return scheduler, workers, [largest, *done]


def test_the_scheduler_runs_each_test_once_and_keeps_a_group_on_one_worker() -> None:
    tests = [f"tests/test_m.py::test_{k}" for k in range(ONE_BY_ONE + 2000)]
    grouped = [f"tests/test_t.py::test_{k}@timed" for k in range(20)]
    scheduler, workers, (largest, *done) = _run(tests + grouped)
    assert sorted(done) == list(range(len(tests) + len(grouped)))
    assert scheduler.tests_finished and all(w.shutting_down for w in workers)
    # the units of finished tests are forgotten: a worker holds those queued ahead of it,
    # not the ~1,500 it ran
    assert largest <= MAX_QUEUED + 2


def test_a_worker_is_sent_tests_ahead_while_much_is_left_and_one_by_one_at_the_end() -> None:
    tests = [f"tests/test_m.py::test_{k}" for k in range(ONE_BY_ONE + 2000)]
    scheduler, workers = _scheduled(tests)
    first = len(workers[0].sent)
    assert 2 < first <= MAX_QUEUED + 2  # the first sending: a queue, not one test
    sent_at_a_time = []
    while any(w.sent for w in workers):
        for worker in workers:
            if worker.sent:
                before = len(worker.sent)
                scheduler.mark_test_complete(worker, worker.sent.pop(0))
                sent_at_a_time.append(len(worker.sent) - before + 1)
    assert max(sent_at_a_time) > 2  # topped up in batches
    # the last units one at a time: both workers finish together
    assert max(sent_at_a_time[-ONE_BY_ONE:]) <= 1


def test_the_tests_of_a_group_are_sent_to_one_worker() -> None:
    tests = [f"tests/test_m.py::test_{k}" for k in range(10)]
    grouped = [f"tests/test_t.py::test_{k}@timed" for k in range(20)]
    _, workers = _scheduled(tests + grouped)
    group = set(range(len(tests), len(tests) + len(grouped)))
    assert [bool(group & set(w.sent)) for w in workers].count(True) == 1
