"""Failure classes of held-out round 31 (blind pages of the ordinary mix: council
sessions held online, district papers, contests of youth projects, elections of
aksakal courts), each as a rule about the language: team-written inputs that must give
the record's field, and a near miss that must not (none of the sentences is round 31's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def counts(text: str) -> list[int]:
    return sorted(p.count for p in parse_text(text).participants)


def periods(text: str) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in parse_text(text).periods]


def place_names(text: str) -> list[str]:
    return [p.name for p in parse_text(text).places]


# --- "2020-жылдагыга караганда": an attributive year taken as a noun, with a case ------
# The attributive "-дагы" (that of a year) is used as a noun and takes a case of its own
# ("-дагыга караганда", "-дагыдан", "-дагыны"): the year is still a period
# (dategrammar._year_words generates the forms from morph's case chains).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Быйыл 2019-2020-жылдардагыга караганда эки эсе көп каражат бөлүндү.", [(2019, 2020)]),
        ("Салык түшүүлөрү 2022-жылдагыдан 15 пайызга көбөйдү.", [(2022, 2022)]),
        ("Айыл өкмөтү 2018-жылдагыны кайталабоого убада берди.", [(2018, 2018)]),
    ],
)
def test_an_attributive_year_with_a_case_is_a_period(
    text: str, expected: list[tuple[int, int]]
) -> None:
    assert periods(text) == expected


def test_an_ordinal_before_the_attributive_is_no_year() -> None:
    # near miss: "5-жылдагыга" is a fifth year (a count of years), not a calendar year
    assert periods("Киреше 5-жылдагыга салыштырмалуу өстү.") == []
