"""The number parser (numbers/), Kyrgyz and Russian: every word, composition up to
millions, endings, collectives; ordinals and vague words are not counts."""

from __future__ import annotations

import time

import pytest

from vap_cli.numbers import find_numbers, find_ranges, read_word, read_words
from vap_cli.pipeline import parse_text

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


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("минден ашык адам", [1000]),  # миң typed with н, with an ending
        ("эки мин адам", [2000]),  # bare, inside a run of number words
        ("мин эки жуз адам", [1200]),
        ("15 мин", [15]),  # alone after digits: minutes
        ("мин адам", []),
    ],
)
def test_thousand_typed_with_a_lookalike_letter(text: str, counts: list[int]) -> None:
    assert [m.value for m in find_numbers(text) if m.is_count] == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("он миңдеген адам", []),  # tens of thousands
        ("10 миңдеген адам", []),
        ("жүз миңдеген тургун", []),
        ("он миң адам", [10_000]),
    ],
)
def test_a_number_before_a_vague_scale_is_vague(text: str, counts: list[int]) -> None:
    assert [m.value for m in find_numbers(text) if m.is_count] == counts


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


@pytest.mark.perf  # timed: run by `pytest -m perf` (scripts/bench.py), not CI
@pytest.mark.parametrize(
    "hostile",
    ["1" * 200_000, "-" * 200_000, "1-" * 100_000, " " * 200_000, "1." * 100_000, "миң" * 70_000],
)
def test_number_finder_is_linear_on_hostile_input(hostile: str) -> None:
    began = time.perf_counter()
    list(find_numbers(hostile))
    assert time.perf_counter() - began < 1.0


# --- Russian ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "value"),
    [
        # every case of a unit: nominative, genitive, dative, instrumental, prepositional
        ("два", 2),
        ("две", 2),
        ("двух", 2),
        ("двум", 2),
        ("двумя", 2),
        ("трёх", 3),
        ("трех", 3),
        ("четырьмя", 4),
        ("пять", 5),
        ("пяти", 5),
        ("пятью", 5),
        ("восьми", 8),
        ("восемью", 8),
        ("одного", 1),
        # teens and tens decline like nouns in -ь; сорок, девяносто, сто on their own
        ("одиннадцать", 11),
        ("пятнадцатью", 15),
        ("двадцати", 20),
        ("тридцатью", 30),
        ("сорок", 40),
        ("сорока", 40),
        ("девяноста", 90),
        ("пятьдесят", 50),
        ("пятидесяти", 50),
        ("пятьюдесятью", 50),
        ("восьмидесяти", 80),
        # hundreds: a unit's case form + сот / стам / стами / стах
        ("сто", 100),
        ("ста", 100),
        ("двести", 200),
        ("двухсот", 200),
        ("двумстам", 200),
        ("двумястами", 200),
        ("двухстах", 200),
        ("триста", 300),
        ("четырёхсот", 400),
        ("пятьсот", 500),
        ("пятистам", 500),
        ("девятьюстами", 900),
        # scales are nouns
        ("тысяча", 1000),
        ("тысячу", 1000),
        ("тысячей", 1000),
        ("миллион", 1_000_000),
        ("миллиона", 1_000_000),
        # collectives count people
        ("трое", 3),
        ("пятерых", 5),
    ],
)
def test_russian_case_forms(word: str, value: int) -> None:
    phrase = read_words([word])
    assert phrase is not None and (phrase.value, phrase.length) == (value, 1)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("двадцать пять", 25),
        ("двадцати пяти", 25),
        ("сто двадцать", 120),
        ("двухсот тридцати семи", 237),
        ("триста одиннадцать", 311),
        ("две тысячи триста", 2300),
        ("тысяча двести", 1200),
        ("пять тысяч", 5000),
        ("сто двадцать пять тысяч триста", 125_300),
        ("полторы тысячи", 1500),
        ("полутора тысяч", 1500),
        ("полтора миллиона", 1_500_000),
        ("два миллиона пятьсот тысяч", 2_500_000),
    ],
)
def test_russian_composition(words: str, value: int) -> None:
    phrase = read_words(words.split())
    assert phrase is not None
    assert (phrase.value, phrase.length) == (value, len(words.split()))


@pytest.mark.parametrize(
    ("words", "value", "length"),
    [
        ("пять двадцать", 5, 1),  # a ten after a unit starts a new number
        ("одиннадцать пять", 11, 1),  # nothing adds to a teen
        ("двести сто", 200, 1),
        ("двадцать человек", 20, 1),
        ("он пять", 10, 1),  # Kyrgyz он (10) and Russian пять do not add ("он" is "he")
        ("он один", 10, 1),
        ("двадцать эки", 20, 1),
    ],
)
def test_russian_composition_stops_where_the_number_ends(
    words: str, value: int, length: int
) -> None:
    phrase = read_words(words.split())
    assert phrase is not None and (phrase.value, phrase.length) == (value, length)


@pytest.mark.parametrize(
    ("text", "value", "words"),
    [
        ("двадцать пять человек", 25, "двадцать пять"),
        ("более ста участников", 100, "ста"),
        ("около двухсот жителей", 200, "двухсот"),
        ("полторы тысячи человек", 1500, "полторы тысячи"),
        ("с двумястами депутатами", 200, "двумястами"),
        # nouns of a round number: a scale, singular after a qualifier
        ("более сотни участников", 100, "сотни"),
        ("две сотни жителей", 200, "две сотни"),
        ("около двух десятков человек", 20, "двух десятков"),
        ("полсотни человек", 50, "полсотни"),
        # "семью" (family) before a noun in the instrumental plural: with seven
        ("с семью участниками", 7, "семью"),
        ("с двадцатью семью жителями", 27, "двадцатью семью"),
        ("около полутысячи человек", 500, "полутысячи"),
    ],
)
def test_russian_numbers_in_text(text: str, value: int, words: str) -> None:
    match = next(m for m in find_numbers(text) if m.is_count)
    assert (match.value, text[match.start : match.end]) == (value, words)


# Words that look like Russian numbers or start like them are none.
@pytest.mark.parametrize(
    "text",
    [
        "стать",
        "стол",
        "тысячелетие",
        "однажды",
        "столица",
        "пятница",
        "семинар",
        "сотрудник",
        "семью",  # the family (accusative), not "with seven"
    ],
)
def test_russian_words_that_only_look_like_numbers(text: str) -> None:
    assert list(find_numbers(text)) == []


# --- a half wants a scale: "бир жарым миң", "полторы тысячи" --------------------------


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("бир жарым миң", 1500),
        ("эки жарым миллион", 2_500_000),
        ("жарым миллион", 500_000),
        ("полторы тысячи", 1500),
        ("два с половиной миллиона", 2_500_000),
        ("двадцать с половиной тысяч", 20_500),
        ("бир жарым жүз", 150),  # жүз takes a half as a scale does
        ("эки жарым жүз", 250),
    ],
)
def test_a_half_of_a_scale(words: str, value: int) -> None:
    phrase = read_words(words.split())
    assert phrase is not None and (phrase.value, phrase.length) == (value, len(words.split()))


@pytest.mark.parametrize(
    "words", ["бир жарым саат", "полтора часа", "полторы", "два с половиной часа"]
)
def test_a_half_without_a_scale_is_no_count(words: str) -> None:
    assert read_words(words.split()) is None


# --- digits with a scale word, decimals included ----------------------------------


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        ("1,5 тысячи человек", 1500, "1,5 тысячи"),
        ("1.5 тыс. жителей", 1500, "1.5 тыс."),
        ("2 тыс. человек", 2000, "2 тыс."),
        ("2 млн сом", 2_000_000, "2 млн"),
        ("2 миң адам", 2000, "2 миң"),
        ("1,5 миң адам", 1500, "1,5 миң"),
        ("около 2 тысяч человек", 2000, "2 тысяч"),
        ("2,25 млн", 2_250_000, "2,25 млн"),
        # the whole part with its group spaces (it raised on "48 6172")
        ("48 617,2 миң сом", 48_617_200, "48 617,2 миң"),
        ("1 250,5 тыс. сом", 1_250_500, "1 250,5 тыс."),
    ],
)
def test_digits_with_a_scale(text: str, value: int, span: str) -> None:
    match = next(find_numbers(text))
    assert (match.value, match.kind, text[match.start : match.end]) == (value, "digits", span)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("1.500 адам", [1500]),
        ("1,500 катышуучу", [1500]),  # the English way
        ("2,750 млн", [2_750_000]),  # a scale: a decimal
        ("12.000дөн ашык", [12000]),
        ("около 1.500 человек", [1500]),
        ("2.500 млн сом", [2_500_000]),  # a scale after it: a decimal
        ("3.50 сом", [3, 50]),  # a group has three digits
        ("1.5 км", [1, 5]),
    ],
)
def test_a_dot_or_comma_parting_thousands(text: str, values: list[int]) -> None:
    assert [m.value for m in find_numbers(text) if m.is_count] == values


def test_a_decimal_without_a_scale_is_two_numbers() -> None:
    # "1,5 км": no scale, so no whole count is read (the caller drops decimals)
    assert [m.value for m in find_numbers("1,5 км")] == [1, 5]


def test_a_scale_ending_stays_on_the_count() -> None:
    match = next(find_numbers("2 миңге чукул"))
    assert (match.value, match.case) == (2000, "dative")


# --- near misses: ordinals, "один из", lone plural scales ---------------------------


@pytest.mark.parametrize(
    "word", ["первый", "второго", "третьей", "пятого", "двадцатом", "сотый", "двухсотый"]
)
def test_russian_ordinals_are_rejected(word: str) -> None:
    assert read_word(word).kind == "ordinal"  # type: ignore[union-attr]
    assert read_words([word]) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("двадцать пятого мая", 25),
        ("в две тысячи двадцать третьем году", 2023),
        ("жыйырма бешинчи жолу", 25),
    ],
)
def test_an_ordinal_after_number_words_makes_the_whole_run_one_ordinal(
    text: str, value: int
) -> None:
    matches = list(find_numbers(text))
    assert [(m.kind, m.value) for m in matches] == [("ordinal", value)]


def test_a_count_before_a_noun_is_no_ordinal() -> None:
    assert [(m.kind, m.value) for m in find_numbers("двадцать пять участников")] == [("words", 25)]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("один человек", [1]),
        ("одна делегация", [1]),
        ("один из участников", []),  # one of them: a member, no count
        ("одна из причин", []),
        ("не пришёл ни один депутат", []),  # not a single one
    ],
)
def test_one_of_is_no_count(text: str, counts: list[int]) -> None:
    assert [m.value for m in find_numbers(text) if m.is_count] == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("более тысячи человек", [1000]),
        ("около тысячи жителей", [1000]),
        ("тысячи людей", []),  # thousands of people
        ("миллионы сомов", []),
        ("десятки сел", []),
        ("сотни жителей", []),
        # plural-only forms stay vague after a qualifier; singular-looking ones do not
        ("до тысяч человек", []),
        ("несколько сотен человек", []),
        ("до тысячи человек", [1000]),
        ("более десятка человек", [10]),
    ],
)
def test_a_plural_scale_alone_is_vague(text: str, counts: list[int]) -> None:
    assert [m.value for m in find_numbers(text) if m.is_count] == counts


# --- ranges give both ends --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ends", "span"),
    [
        ("30-40 киши", (30, 40), "30-40"),
        ("30–40 киши", (30, 40), "30–40"),
        ("около 500 - 600 работников", (500, 600), "500 - 600"),
        ("от 20 до 30 человек", (20, 30), "20 до 30"),
        ("от двадцати до тридцати человек", (20, 30), "двадцати до тридцати"),
        ("10дон 15ке чейин адам", (10, 15), "10дон 15ке"),
        ("жыйырмадан отузга дейре киши", (20, 30), "жыйырмадан отузга"),
        ("2-3 тысячи человек", (2000, 3000), "2-3 тысячи"),
        ("пять-шесть человек", (5, 6), "пять-шесть"),
        ("эки-үч адам", (2, 3), "эки-үч"),
        ("эки-үч жүз адам", (200, 300), "эки-үч жүз"),
        ("от 2 до 3 тысяч человек", (2000, 3000), "2 до 3 тысяч"),
        ("от двух до трех тысяч человек", (2000, 3000), "двух до трех тысяч"),
        ("от 500 до 2 тысяч человек", (500, 2000), "500 до 2 тысяч"),
        ("две-три тысячи человек", (2000, 3000), "две-три тысячи"),
    ],
)
def test_ranges(text: str, ends: tuple[int, int], span: str) -> None:
    (found,) = find_ranges(text)
    assert (found.low.value, found.high.value) == ends
    assert text[found.start : found.end] == span


@pytest.mark.parametrize(
    "text",
    [
        "771-711",  # ends that do not grow: a phone number
        "0555 313-385",  # the end of a phone number
        "28-29-июнунда",  # a day range of a date: the second end is an ordinal
        "Жети-Өгүз",
        "от 20 человек",
        "1,5 км",
    ],
)
def test_no_range(text: str) -> None:
    assert list(find_ranges(text)) == []


# --- end to end: the numbers above reach the participant counts -------------------


@pytest.mark.parametrize(
    ("sentence", "count", "qualifier"),
    [
        ("На семинаре приняли участие двадцать пять человек.", 25, "exact"),
        ("В форуме приняли участие более ста депутатов.", 100, "more_than"),
        ("На сход пришли около двухсот жителей села.", 200, "about"),
        ("В конференции участвовали полторы тысячи человек.", 1500, "exact"),
        ("В акции приняли участие 1,5 тысячи человек.", 1500, "exact"),
        ("Тренинг прошли 2 тыс. муниципальных служащих.", 2000, "exact"),
        ("На встречу пришли более тысячи человек.", 1000, "more_than"),
        ("Жыйынга бир жарым миң адам катышты.", 1500, "exact"),
        ("Форумга 1,5 миң адам катышты.", 1500, "exact"),
    ],
)
def test_counts_in_words_and_scales_reach_participants(
    sentence: str, count: int, qualifier: str
) -> None:
    found = [(p.count, p.qualifier) for p in parse_text(sentence).participants]
    assert found == [(count, qualifier)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Тысячи жителей приняли участие в субботнике.",  # thousands of: no count
        "В субботнике приняли участие тысячи жителей.",
        "Двадцать пятого участника наградили грамотой.",  # the 25th, not 20
        "На сессию не пришёл ни один депутат.",  # not a single one
    ],
)
def test_near_misses_give_no_participants(sentence: str) -> None:
    assert parse_text(sentence).participants == []


# Team-written sentences with numbers of every kind: digits, words, ranges, "от ... до".
GATED_SENTENCES = [
    "Семинарга 30-40 киши, жыйырмадан отузга чейин жаштар жана эки жүз элүү адам катышты.",
    "В тренинге приняли участие от 20 до 30 человек, около 500 - 600 работников и трое детей.",
    "Жети-Өгүз районунан беш-алты адам, 2-3 тысячи жителей жана 10дон 15ке чейин мугалим келди.",
]


@pytest.mark.parametrize("sentence", GATED_SENTENCES)
def test_a_token_that_cannot_start_a_number_starts_neither_a_number_nor_a_range(
    sentence: str,
) -> None:
    # may_start lets the participants extractor skip most tokens: it must never skip
    # one where a number or a range starts.
    from vap_cli.numbers import may_start, number_at, range_at, tokenize

    tokens = tokenize(sentence)
    skipped = [i for i, tok in enumerate(tokens) if not may_start(tok)]
    assert skipped, "the gate skips the plain words"
    for i in skipped:
        assert number_at(tokens, i) is None and range_at(tokens, i) is None, tokens[i]
    starts = [i for i in range(len(tokens)) if number_at(tokens, i) or range_at(tokens, i)]
    assert all(may_start(tokens[i]) for i in starts) and len(starts) >= 4


@pytest.mark.parametrize("sentence", GATED_SENTENCES)
def test_the_start_indexes_of_a_passage_are_its_tokens_that_may_start_a_number(
    sentence: str,
) -> None:
    # start_indexes is the participants' gate over a whole passage at once
    from vap_cli.numbers import may_start, start_indexes, tokenize

    tokens = tokenize(sentence)
    indexes = start_indexes(tokens)
    assert indexes == [i for i, tok in enumerate(tokens) if may_start(tok)]
    assert 4 <= len(indexes) < len(tokens)


@pytest.mark.parametrize(
    "sentence", [*GATED_SENTENCES, "Эки-үч жүз адам жана две-три тысячи жителей келди."]
)
def test_numbers_read_once_per_passage_are_the_numbers_read_afresh(sentence: str) -> None:
    # the participants extractor asks a passage's NumberReadings for a range and then
    # for a number at the same token, and again as it walks past a range's ends: each
    # answer must be the one number_at and range_at give without it
    from vap_cli.numbers import NumberReadings, number_at, range_at, tokenize

    tokens = tokenize(sentence)
    read = NumberReadings(tokens)
    ranges = 0
    for i in range(len(tokens)):
        found = range_at(tokens, i, read)
        assert found == range_at(tokens, i), tokens[i]
        assert read.at(i) == number_at(tokens, i), tokens[i]
        assert read.at(i) is read.at(i), "a token is read once"
        ranges += found is not None
    assert ranges >= 2
