"""A series announced in prose lends its duration to its table's rows: the rows a
dated announcement's range covers take its days, the others an undated one's."""

from __future__ import annotations

from vap_cli import parse_text

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
