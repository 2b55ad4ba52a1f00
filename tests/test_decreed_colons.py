"""The words before colons that the rows of a decreed total are looked for after
(participants/decreed.py): each colon read back to the word before it, not a search of
the whole text for a word and a colon (which tries every letter of every word)."""

from __future__ import annotations

import pytest
import regex

from vap_cli.extractors.participants.decreed import words_before_colons

# What the reading back must find: the search it replaced, over the whole text.
_SEARCHED = regex.compile(r"(\p{L}+)\s*:")


def searched(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(1), m.start(1), m.end() - 1) for m in _SEARCHED.finditer(text)]


def test_the_word_of_an_order_before_its_colon() -> None:
    text = "Курултайга 45 делегат шайлансын: Ак-Талаа айылынан 20, Сары-Булактан 25."
    colon = text.index(":")
    assert list(words_before_colons(text)) == [("шайлансын", colon - len("шайлансын"), colon)]


def test_spaces_and_a_line_break_between_the_word_and_its_colon() -> None:
    text = "Жыйынга 60 өкүл чакырылсын \n : Жаңы-Жол айылынан 25"
    assert [word for word, _, _ in words_before_colons(text)] == ["чакырылсын"]


def test_a_colon_after_no_letter_gives_no_word() -> None:
    # near miss: the colon of a time, and one after a closing bracket
    assert list(words_before_colons("Саат 10:30да (Бишкек): 40 киши")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ак-Талаа: 20, Сары-Булак:25 делегат",
        "а:б:в::  г\t:",
        ":" + "ы" * 300 + " " * 200 + ":",
        "Бишкек\u00a0:\nОш :",
        "déjà: vu",
        "",
    ],
)
def test_the_same_words_as_a_search_of_the_text(text: str) -> None:
    assert list(words_before_colons(text)) == searched(text)
