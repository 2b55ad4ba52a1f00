"""The suite's own set-up: under `--dist loadgroup` (pyproject's addopts), a test marked
xdist_group(NAME) tells xdist's scheduler its group, so the tests of one group run on
one worker (conftest.XdistGroups; lost without a word on pytest 9.2 before it)."""

from __future__ import annotations

import pytest


@pytest.mark.xdist_group("timed")
def test_a_grouped_test_names_its_group_to_the_scheduler(request: pytest.FixtureRequest) -> None:
    if not getattr(request.config.option, "loadgroup", False):
        pytest.skip("not run by xdist under --dist loadgroup")
    assert request.node.nodeid.endswith(
        "::test_a_grouped_test_names_its_group_to_the_scheduler@timed"
    )
