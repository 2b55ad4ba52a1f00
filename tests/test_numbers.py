"""The Kyrgyz number-word parser (numbers.py): every word, composition up to
millions, endings, collectives; ordinals and vague words are not counts."""

from __future__ import annotations

import time

import pytest

from vap_cli.numbers import find_numbers, read_word, read_words

EVERY_WORD = [
    ("бир", 1),
    ("эки", 2),
    ("үч", 3),
    ("төрт", 4),
    ("беш", 5),
    ("алты", 6),
    ("жети", 7),
    ("сегиз", 8),
    ("тогуз", 9),
    ("он", 10),
    ("жыйырма", 20),
    ("отуз", 30),
    ("кырк", 40),
    ("элүү", 50),
    ("алтымыш", 60),
    ("жетимиш", 70),
    ("жетмиш", 70),
    ("сексен", 80),
    ("токсон", 90),
    ("жүз", 100),
    ("миң", 1000),
    ("миллион", 1_000_000),
]


@pytest.mark.parametrize(("word", "value"), EVERY_WORD)
def test_every_number_word(word: str, value: int) -> None:
    phrase = read_words([word])
    assert phrase is not None and (phrase.value, phrase.length) == (value, 1)


@pytest.mark.parametrize(("word", "value"), EVERY_WORD)
def test_every_number_word_capitalised(word: str, value: int) -> None:
    phrase = read_words([word.capitalize()])
    assert phrase is not None and phrase.value == value


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("жыйырма беш", 25),
        ("отуз бир", 31),
        ("токсон тогуз", 99),
        ("эки жүз", 200),
        ("эки жүз элүү", 250),
        ("жүз он", 110),
        ("үч жүз сексен беш", 385),
        ("миң", 1000),
        ("бир миң", 1000),
        ("миң эки жүз", 1200),
        ("миң элүү эки", 1052),
        ("эки миң", 2000),
        ("он беш миң", 15000),
        ("эки жүз миң", 200_000),
        ("тогуз жүз токсон тогуз миң тогуз жүз токсон тогуз", 999_999),
        ("бир миллион", 1_000_000),
        ("бир миллион беш жүз миң", 1_500_000),
        ("эки миллион үч жүз миң жыйырма", 2_300_020),
        ("жетмиш беш", 75),
    ],
)
def test_composition(words: str, value: int) -> None:
    phrase = read_words(words.split())
    assert phrase is not None
    assert (phrase.value, phrase.length) == (value, len(words.split()))


@pytest.mark.parametrize(
    ("words", "value", "length"),
    [
        ("беш алты", 5, 1),  # two units do not add: two numbers
        ("он жыйырма", 10, 1),
        ("жыйырма эки жүз", 22, 2),  # "жүз" after a ten-group starts a new number
        ("миң миң", 1000, 1),
        ("эки облус", 2, 1),
        ("сексенден ашуун", 80, 1),  # an ending closes the number
    ],
)
def test_composition_stops_where_the_number_ends(words: str, value: int, length: int) -> None:
    phrase = read_words(words.split())
    assert phrase is not None and (phrase.value, phrase.length) == (value, length)


@pytest.mark.parametrize(
    ("word", "value", "case"),
    [
        ("сексенден", 80, "ablative"),
        ("миңден", 1000, "ablative"),
        ("экиден", 2, "ablative"),
        ("жетиге", 7, "dative"),
        ("үчкө", 3, "dative"),
        ("кыркка", 40, "dative"),
        ("жыйырмадан", 20, "ablative"),
        ("элүүдөн", 50, "ablative"),
        ("жүзгө", 100, "dative"),
        ("миллиондон", 1_000_000, "ablative"),
        ("ондун", 10, "genitive"),
        ("бештен", 5, "ablative"),
        ("жүздөй", 100, "approximative"),
        ("миңге", 1000, "dative"),
    ],
)
def test_inflected_words(word: str, value: int, case: str) -> None:
    nw = read_word(word)
    assert nw is not None and nw.value == value and nw.case == case


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("экөө", 2),
        ("үчөө", 3),
        ("төртөө", 4),
        ("бешөө", 5),
        ("алтоо", 6),
        ("жетөө", 7),
        ("сегизөө", 8),
        ("тогузоо", 9),
        ("экөөбүз", 2),
        ("үчөөнүн", 3),
    ],
)
def test_collectives(word: str, value: int) -> None:
    phrase = read_words([word])
    assert phrase is not None and phrase.collective and phrase.value == value


@pytest.mark.parametrize(
    "word",
    [
        "биринчи",
        "экинчи",
        "үчүнчү",
        "төртүнчү",
        "бешинчи",
        "алтынчы",
        "жетинчи",
        "сегизинчи",
        "тогузунчу",
        "онунчу",
        "жыйырманчы",
        "элүүнчү",
        "жүзүнчү",
        "миңинчи",
        "экинчиден",
    ],
)
def test_ordinals_are_rejected(word: str) -> None:
    assert read_word(word).kind == "ordinal"  # type: ignore[union-attr]
    assert read_words([word]) is None


@pytest.mark.parametrize("word", ["ондогон", "жүздөгөн", "миңдеген", "миллиондогон"])
def test_vague_words_are_not_counts(word: str) -> None:
    assert read_word(word).kind == "vague"  # type: ignore[union-attr]
    assert read_words([word]) is None


@pytest.mark.parametrize(
    "word",
    [
        "үчүн",
        "алтын",
        "жетишүү",
        "жеткиликтүү",
        "ону",
        "онун",
        "онлайн",
        "бирок",
        "жүзүндө",
        "беште"[:0] + "бешик",
    ],
)
def test_words_that_only_look_like_numbers(word: str) -> None:
    assert read_words([word]) is None


@pytest.mark.parametrize(
    ("text", "value", "kind", "ending"),
    [
        ("1 500 000 адам", 1_500_000, "digits", ""),
        ("1 500 катышуучу", 1500, "digits", ""),
        ("20дан ашуун", 20, "digits", "дан"),
        ("18ден ашуун", 18, "digits", "ден"),
        ("20-дан ашуун", 20, "digits", "дан"),
        ("100гө жакын", 100, "digits", "гө"),
        ("5 миң адам", 5000, "digits", ""),
        ("21-ноябрь", 21, "ordinal", "ноябрь"),
        ("20-жылдан ашык", 20, "ordinal", "жылдан"),
        ("жыйырма беш катышуучу", 25, "words", ""),
        ("сексенден ашуун өкүл", 80, "words", "ден"),
        ("экөө тең", 2, "collective", ""),
        ("бешинчи жолу", 5, "ordinal", "инчи"),
    ],
)
def test_find_numbers(text: str, value: int, kind: str, ending: str) -> None:
    first = next(find_numbers(text))
    assert (first.value, first.kind, first.ending) == (value, kind, ending)
    assert first.start == 0


def test_digit_groups_and_phone_digits_stay_apart() -> None:
    values = [m.value for m in find_numbers("0555 313-385, 1 052 депутат")]
    assert values == [555, 313, 385, 1052]


@pytest.mark.parametrize(
    "hostile",
    ["1" * 200_000, "-" * 200_000, "1-" * 100_000, " " * 200_000, "1." * 100_000, "миң" * 70_000],
)
def test_number_finder_is_linear_on_hostile_input(hostile: str) -> None:
    began = time.perf_counter()
    list(find_numbers(hostile))
    assert time.perf_counter() - began < 1.0
