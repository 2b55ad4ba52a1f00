"""Failure classes of held-out round 7 (blind pages written like real ones), each as
a rule about the language or the layout: two team-written inputs that must give the
record's field, and a near miss that must not (none of the sentences is round 7's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def periods(text: str) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in parse_text(text).periods]


# --- a Kyrgyz decade: a year ending in 0 with the plural year word ("жылдары") ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Айылдагы клуб 1970-жылдары курулган, чатыры ошондон бери алмашкан эмес.", [(1970, 1979)]),
        ("1990-жылдардын аягында көп тургун жумуш издеп кетишкен.", [(1990, 1999)]),
        ("Карыялар 1950-жылдардагы жайыттарды эскеришти.", [(1950, 1959)]),
    ],
)
def test_a_kyrgyz_decade_is_a_period_of_ten_years(
    text: str, expected: list[tuple[int, int]]
) -> None:
    assert periods(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a year not ending in 0 is that year; the last year of a list
        # carries the plural for the list, and a range is a range
        ("2019-жылдары айылда жол оңдолгон.", [(2019, 2019)]),
        ("2010 жана 2020-жылдары айылда шайлоо өткөн.", [(2010, 2010), (2020, 2020)]),
        ("2010, 2020-жылдары айылда шайлоо өткөн.", [(2010, 2010), (2020, 2020)]),
        ("2010-2020-жылдары айылда үч мектеп курулган.", [(2010, 2020)]),
    ],
)
def test_a_plural_year_word_that_names_no_decade(
    text: str, expected: list[tuple[int, int]]
) -> None:
    assert periods(text) == expected


# --- a year closing a quoted name, named so ("аттуу") before the event's kind word ---------


@pytest.mark.parametrize(
    "text",
    [
        "Айылда «Таза суу – 2024» аттуу балдар фестивалы өттү.",
        "Райондо «Мыкты айыл – 2024» деген сынак жарыяланды.",
        "Мектепте «Жаш лидер – 2024» окуучулар форуму болду.",
    ],
)
def test_a_year_closing_a_quoted_name_before_its_kind_word_is_a_period(text: str) -> None:
    assert periods(text) == [(2024, 2024)]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the quoted name is a project's, the kind word further on names
        # another thing; no kind word at all
        "«Таза суу – 2024» долбоорунун алкагында райондо форум өттү.",
        "«Жаш лидер – 2024» аттуу долбоор башталды.",
    ],
)
def test_a_year_closing_a_quoted_name_of_no_event_is_not_a_period(text: str) -> None:
    assert periods(text) == []


def counts(text: str) -> list[tuple[int, str]]:
    return sorted((p.count, p.qualifier) for p in parse_text(text).participants)


def places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}
