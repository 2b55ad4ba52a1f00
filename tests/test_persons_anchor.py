"""The persons' anchor search (tables.AnyOf): its kinds searched one by one find
what one alternation of them finds, match for match."""

from __future__ import annotations

import pytest

from vap_cli import rx
from vap_cli.extractors.persons.tables import (
    _ANCHOR_GIVEN,
    _ANCHOR_KINDS,
    ANCHOR,
    AnyOf,
    _whole_word,
)

SENTENCES = [
    # a surname core, a given name, a suffixless surname, a father's-name word
    "Бүгүн Асанов Бакыт менен Ким Сергей жана Токтогул уулу Марат жолугушту.",
    "Глава района Петренко и 5Иванов (не анкер) встретились с Айгуль Осмоновой.",
    "КЫЗЫ деп жазылган сөз, Ли, ЛИ жана Пакистан: бир нече сөз.",
    # a suffixless surname glued to a digit, inside a longer word, in capitals or lower
    # case (the capitalised lists are searched as capitalised runs of letters)
    "2Пак жана Пакистан, ПАК, пак, Кимдер: Ким Ли менен сүйлөштү, Цой-Ли.",
    # a given name glued to a digit before or after it, inside a longer word, in lower
    # case, cut by a combining mark; a father's-name word in capitals with an ending
    "5Нурлан менен Нурлан5, Нурланбектин, нурлан жана Нурла\u0301н, БАКЫТ УУЛУНУН үйү.",
    # a surname-shaped word (read off capitalised runs of letters): glued to a digit
    # before or after it, with too many letters after its core, in lower case, cut by
    # a combining mark or a hyphen, in capitals, and a core at its very start
    "7Жумабеков, Жумабеков7, Жумабековдордун, жумабеков, Жума\u0301беков, Ак-Сатыков.",
    "ЖУМАБЕКОВ жана Ов, Евтушенко менен Осмонбековадан кабар алды.",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_kinds_one_by_one_find_what_the_alternation_finds(sentence: str) -> None:
    alternation = rx.compile(_whole_word("|".join(_ANCHOR_KINDS)), 0, given=_ANCHOR_GIVEN)
    spans = [m.span() for m in ANCHOR.finditer(sentence)]
    assert spans == [m.span() for m in alternation.finditer(sentence)]


def test_given_names_and_fathers_name_words_are_searched_cheaply() -> None:
    # a father's-name word where one begins; the named list of given names, the
    # suffixless surnames and the surname-shaped words together, by capitalised runs
    # of letters
    assert [type(part).__name__ for part in ANCHOR.parts] == ["_Capitalised", "_Begun"]


def test_a_listed_word_with_a_hyphen_is_searched_by_the_alternation() -> None:
    # not all letters: two kinds could match overlapping stretches, so one alternation
    anchors = AnyOf(
        (r"\p{Lu}\p{L}{0,30}ян", r"\L<given>"), ["ян", "Тер-Петросян"], given=["Тер-Петросян"]
    )
    assert len(anchors.parts) == 1
    assert [m.group() for m in anchors.finditer("Вчера Тер-Петросян и Саркисян")] == [
        "Тер-Петросян",
        "Саркисян",
    ]
