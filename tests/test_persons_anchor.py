"""The persons' anchor search (tables.AnyOf): its kinds searched one by one find
what one alternation of them finds, match for match."""

from __future__ import annotations

import sys
import unicodedata
from functools import partial

import pytest

from vap_cli import rx
from vap_cli.extractors.persons.tables import (
    _ANCHOR_GIVEN,
    _ANCHOR_KINDS,
    _CAPITAL_RUN,
    ANCHOR,
    AnyOf,
    _whole_word,
)
from vap_cli.extractors.word_starts import starts
from vap_cli.segment.tokens import TokenStream

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
    # a letter that case-folds to two before a father's-name word: its places are not
    # known from the folded text, the word is searched for itself
    "Straße: Асан уулу Бакыт жана Айгүл кызы келди.",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_kinds_one_by_one_find_what_the_alternation_finds(sentence: str) -> None:
    alternation = rx.compile(_whole_word("|".join(_ANCHOR_KINDS)), 0, given=_ANCHOR_GIVEN)
    spans = [m.span() for m in ANCHOR.finditer(sentence)]
    assert spans == [m.span() for m in alternation.finditer(sentence)]


# A few characters of each Unicode category (letters of every kind, marks, digits and
# other numbers, signs, spaces, controls), and a line break.
_CHARACTERS_A_CATEGORY = 4


def _of_every_category() -> list[str]:
    by_category: dict[str, list[str]] = {}
    for code in range(sys.maxunicode + 1):
        category = unicodedata.category(chr(code))
        found = by_category.setdefault(category, [])
        if len(found) < _CHARACTERS_A_CATEGORY and category != "Cs":
            found.append(chr(code))
    return ["\n", "\u0345", "²", "Ⅻ", *(c for cs in by_category.values() for c in cs)]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_fathers_name_words_where_the_shared_search_found_them_give_the_same_anchors(
    sentence: str,
) -> None:
    # the persons' stage reads where "уулу", "кызы" begin from the one search of the
    # document's word sets (word_starts), not a scan of its own
    stream = TokenStream(sentence)
    shared = [m.span() for m in ANCHOR.finditer(sentence, partial(starts, stream))]
    assert shared == [m.span() for m in ANCHOR.finditer(sentence)]


def test_a_capitalised_run_is_found_after_any_character_as_a_look_behind_first() -> None:
    # _CAPITAL_RUN looks behind from after its capital; the same runs as the pattern
    # that looks behind first, whatever stands before, in and after them
    first = rx.compile(r"(?<![\p{L}\d])(?=\p{Lu})\p{L}++")
    text = "".join(f"{c}Ив{c}{c}Б{c}ж" for c in _of_every_category())
    assert [m.span() for m in _CAPITAL_RUN.finditer(text)] == [
        m.span() for m in first.finditer(text)
    ]


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
