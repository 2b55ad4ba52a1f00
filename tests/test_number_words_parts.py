"""A part of a whole written in number words: the possessive on the last word of a run
("алардын он төртү", fourteen of them) is a part as "14ү" is in digits; a lone number
word with a possessive is not read ("ону", "жүзү" a face, "бири" one of them)."""

from __future__ import annotations

import pytest

from vap_cli import morph
from vap_cli.numbers import PART_ABLATIVE_ENDINGS, PARTITIVE_ENDINGS, read_words
from vap_cli.numbers.word_tables import KY_NUMBER_STEMS
from vap_cli.numbers.words import part_ablative_word
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


# A part in the ablative ("он эки мектептин тогузунан": from nine of the twelve): a number
# word with the possessive, then the ablative (numbers/words.part_ablative_word).


@pytest.mark.parametrize(
    ("word", "value", "ending"),
    [("тогузунан", 9, "унан"), ("жыйырмасынан", 20, "сынан"), ("Бешинен", 5, "инен")],
)
def test_a_number_word_with_the_possessive_and_the_ablative_is_a_part(
    word: str, value: int, ending: str
) -> None:
    part = part_ablative_word(word)
    assert part is not None
    assert (part.value, part.ending) == (value, ending)


@pytest.mark.parametrize("word", ["тогуздан", "жарымынан", "онунан", "тогузуна"])
def test_an_ablative_with_no_lone_part_before_it_is_no_part(word: str) -> None:
    # near misses: the ablative with no possessive, a half, "ону" (him: lexicon
    # lone_part not), the possessive with the dative
    assert part_ablative_word(word) is None


def test_every_part_in_the_ablative_ends_in_a_possessive_and_an_ablative() -> None:
    # what part_ablative_word reads ends in PART_ABLATIVE_ENDINGS without testing it: the
    # word less its ablative is read by lone_part_word, whose ending is a possessive
    ablatives = morph.variants("ablative_p")
    read = 0
    for stem in KY_NUMBER_STEMS:
        for possessive in PARTITIVE_ENDINGS:
            for ablative in ablatives:
                part = part_ablative_word(stem + possessive + ablative)
                if part is not None:
                    read += 1
                    assert part.ending in PART_ABLATIVE_ENDINGS
                    assert part.stem + part.ending == stem + possessive + ablative
    assert read
