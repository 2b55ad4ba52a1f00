"""cover.Cover: a position is inside the union of ranges exactly when it is inside
one of them (overlapping, touching, empty and unsorted ranges alike)."""

from __future__ import annotations

import random

import pytest

from vap_cli.segment.cover import Cover


@pytest.mark.parametrize("seed", range(50))
def test_a_position_is_covered_when_a_range_holds_it(seed: int) -> None:
    rng = random.Random(seed)
    ranges = []
    for _ in range(rng.randint(0, 10)):
        start = rng.randint(0, 40)
        ranges.append((start, start + rng.randint(-2, 8)))
    cover = Cover(ranges)
    for pos in range(-2, 52):
        assert (pos in cover) == any(a <= pos < b for a, b in ranges)
    assert bool(cover) == any(a < b for a, b in ranges)


def test_touching_ranges_cover_their_joint_and_an_empty_one_nothing() -> None:
    cover = Cover([(5, 7), (3, 5), (10, 10)])
    assert [pos for pos in range(12) if pos in cover] == [3, 4, 5, 6]


@pytest.mark.parametrize("seed", range(50))
def test_ranges_added_one_at_a_time_cover_and_overlap_as_the_ranges_do(seed: int) -> None:
    # the date atoms and the periods add their spans as they find them
    rng = random.Random(seed)
    ranges: list[tuple[int, int]] = []
    cover = Cover()
    for _ in range(rng.randint(0, 12)):
        start = rng.randint(0, 40)
        ranges.append((start, start + rng.randint(1, 8)))
        cover.add(*ranges[-1])
        for pos in range(-2, 52):
            assert (pos in cover) == any(a <= pos < b for a, b in ranges)
        for start in range(-2, 50):
            end = start + rng.randint(1, 5)
            assert cover.overlaps(start, end) == any(a < end and start < b for a, b in ranges)
