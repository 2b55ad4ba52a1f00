"""Failure classes of held-out round 11 (blind pages on meetings, trainings, gatherings
and campaigns), each as a rule about the language or the layout: two team-written inputs
that must give the record's field, and a near miss that must not (none of the sentences
is round 11's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def counts(text: str) -> list[int]:
    return sorted(p.count for p in parse_text(text).participants)


def places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


def persons(text: str) -> list[str]:
    return [p.name for p in parse_text(text).persons]


# --- "эже" / "агай" between the given name and the surname --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Эмгек ардагери Бурулкан эже Осмонова жаштарга батасын берди.", ["Бурулкан Осмонова"]),
        ("Мектептин мугалими Мирлан агай Асанов ачык сабак өттү.", ["Мирлан Асанов"]),
        # "аке", "байке" are words of respect to an elder of the same kind
        ("Айылдын карыясы Бакыт байке Токоев жаштарга кеңеш берди.", ["Бакыт Токоев"]),
        ("Малчы Эркин аке Жумабаев жайлоодогу жолду сурады.", ["Эркин Жумабаев"]),
    ],
)
def test_a_word_of_respect_inside_a_name_is_dropped(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    "text", ["Жыйында Айгүл эже сөз сүйлөдү.", "Асан аке Бишкекке кечээ келди."]
)
def test_a_given_name_with_a_word_of_respect_alone_is_no_person(text: str) -> None:
    assert persons(text) == []
