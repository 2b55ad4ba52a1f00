"""Ranges of years told by months: each end of the range names its month either by
the month's own case ending ("январынан", "мартына") or by the word "ай" in that case
after the month ("март айынан", "май айына"), and a writer may mix the two ways in one
range (held-out round 58)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text

BODY = "Иш-чара тууралуу маалымат.\n"


def periods_of(text: str) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in parse_text(BODY + text).periods]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the start with the word "ай", the end with the month's own ending
        (
            "Мектептин курулушу 2016-жылдын июль айынан 2017-жылдын мартына чейин созулду.",
            [(2016, 2017)],
        ),
        # the start with the month's own ending, the end with the word "ай"
        ("Жол 2020-жылдын октябрынан 2021-жылдын июнь айына чейин оңдолду.", [(2020, 2021)]),
        # both ends in one way, as before
        ("Долбоор 2019-жылдын февраль айынан 2022-жылдын май айына чейин иштеди.", [(2019, 2022)]),
        ("Долбоор 2019-жылдын февралынан 2022-жылдын майына чейин иштеди.", [(2019, 2022)]),
    ],
)
def test_a_range_by_months_of_stated_years_is_one_period(
    sentence: str, expected: list[tuple[int, int]]
) -> None:
    assert periods_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # near miss: two months of two years in the locative are two moments, no range
        (
            "Сессия 2016-жылдын июль айында жана 2017-жылдын мартында чакырылды.",
            [(2016, 2016), (2017, 2017)],
        ),
        # counter-example of ordinary text: the second month is in no dative, the clause
        # goes on to another verb
        (
            "2016-жылдын июль айынан бери иштеген клуб 2017-жылдын мартында жабылды.",
            [(2016, 2016), (2017, 2017)],
        ),
    ],
)
def test_months_of_two_years_that_close_no_range_are_two_periods(
    sentence: str, expected: list[tuple[int, int]]
) -> None:
    assert periods_of(sentence) == expected
