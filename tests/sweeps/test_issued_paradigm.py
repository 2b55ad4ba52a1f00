"""The issued-date layout sweep (issue 14): every layout class of tests/sweeps/issued_cells.py
(date and time lines in every format, labels, weekdays, bylines, counters, breadcrumbs,
news datelines, dates at the end, copied social posts, print versions, which date wins)
and the near-misses that give no issued date (today's banners, weather and currency
lines, event dates in the first sentence). Precision and recall over the cells stay
above floors; every cell passes now (a class found failing is listed as
xfail(strict=True) until it is fixed).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from issued_cells import Cell, all_cells  # noqa: E402

from vap_cli import parse_text  # noqa: E402
from vap_cli.evaluate.scoring import FieldScore  # noqa: E402

CELLS = all_cells()


def _got(cell: Cell) -> tuple[str | None, set[str]]:
    """The issued date and the other dates (their first days) the cell gives."""
    doc = parse_text(cell.text)
    return doc.issued, {d.start for d in doc.dates if d.role != "issued"}


def sweep() -> tuple[FieldScore, FieldScore, list[Cell]]:
    """The issued score, the score of the other dates (page chrome gives none, an
    event's day is one), and the failing cells."""
    score, dates, failing = FieldScore(), FieldScore(), []
    for cell in CELLS:
        got, got_dates = _got(cell)
        want = cell.issued
        score.tp += int(got is not None and got == want)
        score.fp += int(got is not None and got != want)
        score.fn += int(want is not None and got != want)
        dates.tp += len(got_dates & cell.dates)
        dates.fp += len(got_dates - cell.dates)
        dates.fn += len(cell.dates - got_dates)
        if (got, got_dates) != (want, cell.dates):
            failing.append(cell)
    return score, dates, failing


# Measured on this sweep (727 cells: precision 1.0, recall 1.0; 601 cells at 0.998 and
# 0.992 before the five layouts of round 5; before the layout rules of this sweep 0.956
# and 0.821), minus a little.
FLOORS = (0.98, 0.98)
# ... and of the other dates (53 in the cells: precision 1.0, recall 1.0; 34 at 0.92 and
# 0.97 before round 5; before, 0.25 and 0.85: the dates of update stamps, clock lines,
# weekday lines), minus a little.
DATE_FLOORS = (0.95, 0.95)


def test_the_issued_sweep_keeps_its_floors() -> None:
    score, dates, failing = sweep()
    assert [c.name for c in failing] == []
    assert score.precision >= FLOORS[0], score
    assert score.recall >= FLOORS[1], score
    assert dates.precision >= DATE_FLOORS[0], dates
    assert dates.recall >= DATE_FLOORS[1], dates


def test_the_sweep_has_positive_and_negative_cells_of_every_kind() -> None:
    kinds = {c.cls.split(" (")[0] for c in CELLS}
    assert {"datetime", "label", "byline", "counter", "dateline", "social post"} <= kinds
    assert sum(c.issued is None for c in CELLS) >= 30
