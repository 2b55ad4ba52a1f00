"""Failure classes of held-out round 9 (issue 14), each as a rule about the language or
the page's layout: two team-written inputs and a near miss that must not match. The
sentences are the team's own, not the round's documents."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text
from vap_cli.segment.lines_chrome import menu_line


def _issued(text: str) -> str | None:
    return parse_text(text).issued


def _places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


def _persons(text: str) -> list[str]:
    return [p.name for p in parse_text(text).persons]


# --- a village opening a news agency's dateline: "Чаек, 2024-жылдын 3-майы /Кабар/." ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Чаек, 2024-жылдын 3-майы /Кабар/. Жумгал районунда жаштар форуму өттү.",
            "2024-05-03",
        ),
        (
            "Баетов, 2023-жылдын 14-октябры (КирТАГ). Айылда жаңы мектеп ачылды.",
            "2023-10-14",
        ),
        # near miss: a village and a date opening a sentence that goes on is no dateline
        ("Чаек, 2024-жылдын 3-майында жаштар форуму өттү.", None),
    ],
)
def test_a_village_opens_an_agencys_dateline(text, expected):
    assert _issued(text) == expected


# --- a menu with its items parted by two spaces ---------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Жаңылыктар  Райондун тарыхы  Айыл аймактар  Байланыш", True),
        ("Башкы бет  Документтер  Долбоорлор  Сүрөттөр", True),
        # near miss: a sentence written with double spaces has its punctuation
        ("Жаңылыктар  боюнча  айыл  аймактар  маалымат  берди.", False),
    ],
)
def test_a_menu_parted_by_two_spaces_is_chrome(line, expected):
    assert menu_line(line) is expected


def test_a_two_space_menu_names_no_place():
    text = (
        "Жаңылыктар  Райондун тарыхы  Айыл аймактар  Инвестициялар  Байланыш\n\n"
        "Кеңеш айылында жыйын өттү."
    )
    assert "ayil_aimak:Инвестициялар" not in _places(text)


def _counts(text: str) -> list[tuple[int, str]]:
    return sorted((p.count, p.qualifier) for p in parse_text(text).participants)


def _periods(text: str) -> list[tuple[int, int]]:
    return sorted((p.start, p.end) for p in parse_text(text).periods)


# --- a year with its year word before 1900: "айыл 1868-жылы негизделген" ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мугалимдин айтымында, айыл 1872-жылы негизделген.", [(1872, 1872)]),
        ("Село основано в 1885 году переселенцами.", [(1885, 1885)]),
        # near miss: a number of that size without its year word is no year
        ("Китепканада 1868 китеп бар.", []),
    ],
)
def test_a_year_with_its_year_word_counts_before_1900(text, expected):
    assert _periods(text) == expected
