"""The look-ups that replaced a scan per position (long documents) give what the
scan gave: the nearest full date (the first on a tie), the count before a number,
the dates a line opens with (in their order)."""

from __future__ import annotations

import datetime as dt
import random
from types import SimpleNamespace
from typing import Any

import pytest

from vap_cli.extractors.dates.datelines import Starting
from vap_cli.extractors.dates.years import _FullDates
from vap_cli.extractors.participants.trailing import _Keys
from vap_cli.segment.lines import SHORT_LINE


@pytest.mark.parametrize("seed", range(30))
def test_the_nearest_full_date_is_the_scans(seed: int) -> None:
    rng = random.Random(seed)
    full = [
        (rng.randint(0, 60), dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 99)))
        for _ in range(rng.randint(1, 12))
    ]
    nearest = _FullDates(full)
    for pos in range(70):
        assert nearest.nearest(pos) == min(full, key=lambda f: abs(f[0] - pos))[1]


@pytest.mark.parametrize("seed", range(30))
def test_the_count_before_a_number_is_the_scans(seed: int) -> None:
    rng = random.Random(seed)
    counts: dict[int, Any] = dict.fromkeys(rng.sample(range(50), rng.randint(0, 10)))
    keys = _Keys(counts)
    for k in range(55):
        if rng.random() < 0.2 and k not in counts:
            counts[k] = None
            keys.add(k)
        assert keys.before(k) == max((c for c in counts if c < k), default=None)


@pytest.mark.parametrize("seed", range(30))
def test_the_dates_a_line_opens_with_are_the_scans(seed: int) -> None:
    rng = random.Random(seed)
    atoms = sorted(
        (SimpleNamespace(start=rng.randint(0, 3 * SHORT_LINE)) for _ in range(12)),
        key=lambda a: a.start,
    )
    chosen = sorted(rng.sample(range(len(atoms)), rng.randint(0, len(atoms))))
    starting = Starting(atoms, chosen)  # type: ignore[arg-type]
    for start in range(0, 3 * SHORT_LINE, 7):
        line = SimpleNamespace(start=start, end=start + rng.randint(0, 2 * SHORT_LINE))
        stop = min(line.end, line.start + SHORT_LINE)
        expected = [i for i in chosen if line.start <= atoms[i].start < stop]
        assert starting.on(line) == expected  # type: ignore[arg-type]
