"""Sentence ends: a dot after an abbreviation or an initial goes on with the sentence."""

from __future__ import annotations

import pytest

from conftest import check_linear
from vap_cli.sentences import abbreviation_dot


def _dot_after(text: str, before: str) -> int:
    return text.index(before) + len(before)


@pytest.mark.parametrize(
    ("text", "before", "expected"),
    [
        ("в г. Нарын прошел семинар", "г", True),
        ("в с. Тюп прошел семинар", " с", True),
        ("в Нарынской обл. Ат-Башинском районе", "обл", True),
        ("в Ат-Башинском р-н. Ача-Кайынды", "р-н", True),
        ("по ул. Токтогула, 12", "ул", True),
        ("школа им. Ж. Баласагына", "им", True),
        ("школа им. Ж. Баласагына", "Ж", True),
        ("обучение, т.е. семинар", "т.е", True),
        ("Доклад сделал А. Асанов.", "А", True),
        # a word that only ends like an abbreviation, and ordinary sentence ends
        ("Семинар өттү. Андан кийин", "өттү", False),
        ("Тренинг Бишкекте болду. Катышуучулар", "болду", False),
        ("обсуждали вопросы ирригац. Потом", "ирригац", False),
        ("Тренинг 2017-ж. Андан кийин", "2017-ж", False),
        ("и т.д. Потом", "т.д", False),
        # after a year "г." is "года" and may end the sentence
        ("завершится в декабре 2020 г. Следующий", "2020 г", False),
        ("в 2019-2020 гг. Потом", "гг", False),
        ("в 2020г. Потом", "2020г", False),
    ],
)
def test_abbreviation_dot(text: str, before: str, expected: bool) -> None:
    assert abbreviation_dot(text, _dot_after(text, before)) is expected


def test_not_a_dot_is_no_abbreviation() -> None:
    assert abbreviation_dot("г, Нарын", 1) is False


@pytest.mark.parametrize("unit", ["г.", "А.", ".", "т.е."])
def test_abbreviation_dots_stay_linear(unit: str) -> None:
    def every_dot(text: str) -> None:
        for pos in range(len(text)):
            abbreviation_dot(text, pos)

    check_linear(every_dot, unit)
