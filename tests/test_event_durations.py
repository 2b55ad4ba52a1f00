"""A series announced in prose lends its duration to its table's rows: the rows a
dated announcement's range covers take its days, the others an undated one's."""

from __future__ import annotations

import random

import pytest

from vap_cli import parse_text
from vap_cli.extractors.events.lending import Lending
from vap_cli.models import Event

TABLE = (
    "\nСеминарлардын графиги:\n\nКүнү\tРайону\tЖайы\n"
    "20.10.17\tАт-Башы\tРМА залы\n22.10.17\tКочкор\tРМА залы\n28.10.17\tЖумгал\tРМА залы\n\n"
)


def durations(prose: str) -> list[tuple[str | None, int | None]]:
    return [(e.start, e.duration_days) for e in parse_text(prose + TABLE).events]


def test_rows_in_a_range_take_its_days_the_others_the_undated_announcements() -> None:
    prose = (
        "Нарында эки күндүк семинарлар өтөт.\n"
        "2017-жылдын 20-октябрынан 25-октябрына чейин үч күндүк семинарлар өтөт.\n"
    )
    assert durations(prose) == [("2017-10-20", 3), ("2017-10-22", 3), ("2017-10-28", 2)]


def test_a_range_without_days_leaves_the_rows_to_the_undated_announcement() -> None:
    prose = (
        "2017-жылдын 20-октябрынан 25-октябрына чейин семинарлар өтөт.\n"
        "Нарында эки күндүк семинарлар өтөт.\n"
    )
    assert durations(prose) == [("2017-10-20", 2), ("2017-10-22", 2), ("2017-10-28", 2)]


def test_rows_keep_no_duration_when_none_is_announced() -> None:
    prose = "2017-жылдын 20-октябрынан 25-октябрына чейин семинарлар өтөт.\n"
    assert durations(prose) == [("2017-10-20", None), ("2017-10-22", None), ("2017-10-28", None)]


def _one_by_one(rows: list[Event], announcements: list[Event]) -> list[Event]:
    """What the rows take when each announcement is given to its rows in turn."""
    kept = []
    for event in announcements:
        if event.start is None:
            covered = rows
        else:
            covered = [
                row
                for row in rows
                if event.start <= (row.start or "") <= (event.end or "")
                and row.end
                and row.end <= (event.end or "")
            ]
        for row in covered:
            row.duration_days = row.duration_days or event.duration_days
        if not covered:
            kept.append(event)
    return kept


def _day(rng: random.Random) -> str:
    return f"2017-10-{rng.randint(10, 30)}"


@pytest.mark.parametrize("seed", range(100))
def test_settled_lending_is_lending_in_turn(seed: int) -> None:
    rng = random.Random(seed)
    rows = []
    for _ in range(rng.randint(1, 12)):
        start = _day(rng)
        end = rng.choice([start, None, max(start, _day(rng)), max(start, _day(rng))])
        days = rng.choice([None, None, 0, 1, 3])
        rows.append(Event.model_construct(kind="k", start=start, end=end, duration_days=days))
    rows.sort(key=lambda row: row.start or "")
    announcements = []
    for _ in range(rng.randint(1, 12)):
        first, second = sorted((_day(rng), _day(rng)))
        start, end = rng.choice([(None, None), (first, second), (first, second)])
        if start == end:
            start = end = None
        days = rng.choice([None, 0, 2, 5])
        announcements.append(
            Event.model_construct(kind="k", start=start, end=end, duration_days=days)
        )
    expected = [row.model_copy() for row in rows]
    expected_kept = _one_by_one(expected, announcements)
    lending = Lending(rows)
    kept = [
        a
        for order, a in enumerate(announcements)
        if not (
            lending.lend_all(order, a.duration_days) is None
            if a.start is None
            else lending.lend_range(order, a)
        )
    ]
    lending.settle(announcements)
    assert [row.duration_days for row in rows] == [row.duration_days for row in expected]
    assert kept == expected_kept


# --- a day that "чейин" closes is the event's last (walkthrough 22) -------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Баткен шаарында беш күндүк курс башталды. Курс 2026-жылдын 6-февралына чейин уланат.",
            ("2026-02-02", "2026-02-06"),
        ),
        (
            "Нарында үч күндүк семинар башталды. Семинар 2025-жылдын 1-мартына чейин уланат.",
            ("2025-02-27", "2025-03-01"),
        ),
        # near misses: a range says its first day itself; a day without "чейин" is the start;
        # with no days told the day stays the start
        (
            "2026-жылдын 2-февралынан 6-февралына чейин беш күндүк курс өтөт.",
            ("2026-02-02", "2026-02-06"),
        ),
        (
            "Баткен шаарында беш күндүк курс 2026-жылдын 2-февралында башталды.",
            ("2026-02-02", "2026-02-02"),
        ),
        ("Курс 2026-жылдын 6-февралына чейин уланат.", ("2026-02-06", "2026-02-06")),
    ],
)
def test_a_day_closed_by_cheyin_is_the_events_last(text: str, days: tuple[str, str]) -> None:
    (event,) = parse_text(text).events
    assert (event.start, event.end) == days
