"""Sentence ends: a dot after an abbreviation or an initial goes on with the sentence."""

from __future__ import annotations

import pytest

from conftest import check_linear
from vap_cli.segment import segment
from vap_cli.segment.sentences import abbreviation_dot, sentence_ends


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


@pytest.mark.perf  # timed: run by `pytest -m perf` (scripts/bench.py), not CI
@pytest.mark.parametrize("unit", ["г.", "А.", ".", "т.е."])
def test_abbreviation_dots_stay_linear(unit: str) -> None:
    def every_dot(text: str) -> None:
        for pos in range(len(text)):
            abbreviation_dot(text, pos)

    check_linear(every_dot, unit)


# --- sentences of a document, computed once by the segment stage -------------------------


def sentences(text: str) -> list[str]:
    segments = segment(text)
    return [text[start:end] for start, end in segments.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviations and initials go on with the sentence
        ("Катышуучулар из г. Ош – 20.", ["Катышуучулар из г. Ош – 20."]),
        ("Семинар с. Ак-Суу айылында өттү.", ["Семинар с. Ак-Суу айылында өттү."]),
        ("Семинарды Т. Асанов ачты. Андан кийин", ["Семинарды Т. Асанов ачты.", "Андан кийин"]),
        ("по ул. Токтогула, 12 в каб. 5", ["по ул. Токтогула, 12 в каб. 5"]),
        # after a year "г." is "года" and closes the sentence
        ("Завершился в 2019 г. Новый семинар", ["Завершился в 2019 г.", "Новый семинар"]),
        # real ends: a mark before a new sentence, a line break (a clause mark is none)
        ("Семинар өттү. Катышуучулар келди!", ["Семинар өттү.", "Катышуучулар келди!"]),
        ("Нарынская – 76; Таласская – 50", ["Нарынская – 76; Таласская – 50"]),
        ("Биринчи сап\nЭкинчи сап", ["Биринчи сап", "Экинчи сап"]),
        # a dot inside a number or before a small letter ends nothing
        ("12.03.2020 жана 1,5 млн. сом бөлүндү", ["12.03.2020 жана 1,5 млн. сом бөлүндү"]),
    ],
)
def test_sentences_of_a_document(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentence_ends_are_looked_up_by_offset() -> None:
    text = "Из г. Ош – 20. Андан кийин"
    segments = segment(text)
    dot = text.index("20.") + 2
    assert segments.ends_sentence(dot) and not segments.ends_sentence(text.index("г.") + 1)
    assert segments.sentence_break(0, dot) is None
    assert segments.sentence_break(0, len(text)) == dot
    assert segments.sentence_start(text.index("Андан")) == dot + 1


def test_a_clause_mark_ends_a_clause_not_a_sentence() -> None:
    text = "Нарынская – 76; Таласская – 50"
    segments = segment(text)
    assert segments.sentence_break(0, len(text)) is None
    assert segments.sentence_break(0, len(text), clauses=True) == text.index(";")


@pytest.mark.perf  # timed: run by `pytest -m perf` (scripts/bench.py), not CI
def test_sentence_ends_stay_linear() -> None:
    check_linear(sentence_ends, "с. Ак-Суу. ")
