"""A part of a whole written in number words: the possessive on the last word of a run
("алардын он төртү", fourteen of them) is a part as "14ү" is in digits; a lone number
word with a possessive is not read ("ону", "жүзү" a face, "бири" one of them)."""

from __future__ import annotations

import pytest

from vap_cli.numbers import read_words
from vap_cli.pipeline import parse_text


def counts(text: str) -> list[int]:
    return sorted(p.count for p in parse_text(text).participants)


@pytest.mark.parametrize(
    ("words", "value", "ending"),
    [
        ("он төртү", 14, "ү"),
        ("он экиси", 12, "си"),
        ("жыйырма беши", 25, "и"),
        ("эки жүз отузу", 230, "у"),
    ],
)
def test_a_run_of_number_words_takes_a_possessive_on_its_last_word(
    words: str, value: int, ending: str
) -> None:
    phrase = read_words(words.split())
    assert phrase is not None
    assert (phrase.value, phrase.length, phrase.ending) == (value, len(words.split()), ending)


@pytest.mark.parametrize("word", ["ону", "жүзү", "бири", "экиси"])
def test_a_lone_number_word_with_a_possessive_is_no_number(word: str) -> None:
    assert read_words([word]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Семинарга 60 катышуучу келди. Алардын он төртү жаш кыз-келиндер.", [14, 60]),
        ("Жыйынга 45 депутат катышты, алардын он экиси аялдар.", [12, 45]),
        ("Окууга 80 мугалим тартылды. Алардын жыйырма беши жаш адистер.", [25, 80]),
    ],
)
def test_the_part_of_a_total_in_words_is_a_count(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_a_run_without_the_possessive_is_read_whole_as_before() -> None:
    # near miss: "он эки" with no ending is twelve people of its own, not a part
    assert counts("Жыйынга он эки аял катышты.") == [12]


def test_a_lone_possessive_word_after_a_total_is_no_part() -> None:
    # near miss: "ону" after a count is not "ten of them"
    assert counts("Жыйынга отуз беш киши келди, ону мен тааныйм.") == [35]
