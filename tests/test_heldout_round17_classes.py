"""Failure classes of held-out round 17 (issue 14), each as a rule about the language or
the page's layout: two team-written inputs and a near miss that must not match. The
sentences are the team's own, not the round's documents."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def _counts(text: str) -> list[tuple[int, str]]:
    return [(p.count, p.qualifier) for p in parse_text(text).participants]


def _periods(text: str) -> list[tuple[int, int]]:
    return sorted((p.start, p.end) for p in parse_text(text).periods)


_BODY_PERIOD = "\n\nВ 2020 году в селе прошел сход жителей.\n"
# --- a fair is an event: the year closing its name is a period --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В Таласе прошла сельскохозяйственная ярмарка «Урожай – 2024».", [(2024, 2024)]),
        ("Нарында «Алтын күз – 2023» жарманкеси өттү.", [(2023, 2023)]),
        # near miss: a book's name closed by a year is no event's
        ("Нарында «Алтын күз – 2023» аттуу китеп басылып чыкты.", []),
    ],
)
def test_a_year_closing_a_fairs_name_is_a_period(text, expected):
    assert _periods(text + _BODY_PERIOD) == [(2020, 2020), *expected]


# --- a site's path ending in a year's archive is chrome ---------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Айыл өкмөтү | Токтомдор | 2025-жыл", []),
        ("Главная / Документы / Отчеты / 2024 год", []),
        # near miss: a title and its year, two items, is no site's path
        ("Токтомдор | 2025-жыл", [(2025, 2025)]),
    ],
)
def test_a_year_archive_in_a_sites_path_is_no_period(line, expected):
    assert _periods(line + _BODY_PERIOD) == sorted([(2020, 2020), *expected])


# --- a CMS's posting label "Дата размещения:" / "Размещено:" dates the page -------------------

# (more lines than a page's header holds: the label line is the page's foot)
_NOTICE = "\n\n".join(
    [
        "Айыл окмоту Кок-Жар сообщает о проведении схода жителей 20 марта в сельском клубе. "
        "На сходе будут рассмотрены вопросы ремонта водопровода и уличного освещения, "
        "а также график вывоза мусора.",
        "Также жители обсудят план благоустройства центральной площади села.",
        "Предложения можно направлять в письменном виде в айыл окмоту.",
        "Проект плана размещен на доске объявлений у здания айыл окмоту.",
        "Справки по вопросам схода дает ответственный секретарь.",
        "Глава айыл окмоту А. Асанов",
    ]
)


@pytest.mark.parametrize(
    ("foot", "issued", "dates"),
    [
        ("Дата размещения: 12.03.2025", "2025-03-12", ["2025-03-20"]),
        ("Размещено: 11.03.2025 16:40", "2025-03-11", ["2025-03-20"]),
        # near miss: the label of the event's day ("Дата проведения") dates no page
        ("Дата проведения схода: 20.03.2025", None, ["2025-03-20", "2025-03-20"]),
    ],
)
def test_a_posting_label_under_the_text_dates_the_page(foot, issued, dates):
    record = parse_text(_NOTICE + "\n\n" + foot + "\n")
    assert record.issued == issued
    assert [d.start for d in record.dates if d.role != "issued"] == dates


def _places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}
