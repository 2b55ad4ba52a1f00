"""Participant counts written in number words: a half after its scale, a range of number
words, a fraction that is a share, an estimate.

Each class is a rule about the language or the layout: team-written inputs that must give
the record's field, and a near miss that must not (none of the sentences is a held-out
round's own). The comment over each class says which held-out round found it."""

from __future__ import annotations

import pytest

from record_fields import qualified_counts, qualified_counts_in_order
from vap_cli.numbers.words import read_words

# --- "миң жарым": a half after its scale -------------------------------------------------------
# Found by held-out round 4.


@pytest.mark.parametrize(
    ("words", "expected"),
    [("миң жарымдан", 1500), ("эки миң жарым", 2500), ("бир жарым саат", None)],
)
def test_a_half_after_its_scale_adds_half_of_it(words, expected):
    phrase = read_words(words.split())
    assert (phrase.value if phrase else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жыйынга миң жарымдан ашык тургун катышты.", [(1500, "more_than")]),
        ("Форумга эки миң жарым адам келди.", [(2500, "exact")]),
        # near miss: an amount of money
        ("Долбоорго миң жарым сом бөлүндү.", []),
    ],
)
def test_a_thousand_and_a_half_people_is_a_count(text, expected):
    assert qualified_counts(text) == expected


# --- a Russian fraction ("двух третей", "трех четвертей") is a share of a whole, no count ------
# Found by held-out round 12.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Всего обучение прошли более девяноста человек; из них свыше двух третей составили "
            "женщины.",
            [(90, "more_than")],
        ),
        (
            "Всего на сход пришли 200 жителей, из них около трех четвертей – женщины.",
            [(200, "exact")],
        ),
        # near miss: tens are a number of people, the row of the total is kept
        (
            "Всего на сход пришли 200 жителей, из них около трех десятков – женщины.",
            [(200, "exact"), (30, "about")],
        ),
    ],
)
def test_a_fraction_is_a_share_not_a_count(text, expected):
    assert qualified_counts_in_order(text) == expected


# --- a range of number words whose high end has two words: "он-он беш" -------------------------
# Found by held-out round 18.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мурда жыйынга он-он беш гана киши келчү.", [(10, "exact"), (15, "exact")]),
        ("На встречу пришли двадцать-двадцать пять человек.", [(20, "exact"), (25, "exact")]),
        # a scale after the high end scales the low end too
        ("Майрамга он-он беш миң киши чогулду.", [(10000, "exact"), (15000, "exact")]),
        (
            "На митинг вышли двадцать-двадцать пять тысяч человек.",
            [(20000, "exact"), (25000, "exact")],
        ),
        # near miss: the second number is less, no range
        ("Жыйынга отуз-жыйырма беш киши келди.", [(25, "exact")]),
        # near miss: scaled, the second number is still less, no range
        ("Жыйынга отуз-жыйырма беш миң киши келди.", [(25000, "exact")]),
    ],
)
def test_a_word_range_with_a_compound_high_end(text, expected):
    assert qualified_counts_in_order(text) == expected


# --- "Уюштуруучулардын болжолу боюнча, ... 2-3 миң конок келет": an estimate --------------
# A sentence said as an estimate, by a phrase a few words before the count
# (`estimate_phrases`: болжолу боюнча, по оценкам, по прогнозам ...), makes a count with no
# qualifier of its own "about", a range's two ends too.
# Found by held-out round 36.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Уюштуруучулардын болжолу боюнча, майрамга 4-5 миң конок келет.",
            [(4000, "about"), (5000, "about")],
        ),
        ("По оценкам организаторов, на фестиваль приедут 500 гостей.", [(500, "about")]),
        (
            "По прогнозам организаторов, на ярмарку придут более 300 жителей.",
            [(300, "more_than")],
        ),
    ],
)
def test_an_estimated_count_is_about(text: str, expected: list[tuple[int, str]]) -> None:
    assert qualified_counts(text) == expected


def test_preliminary_data_is_no_estimate() -> None:
    # near miss: data, no estimate
    assert qualified_counts("По предварительным данным, на фестиваль приедут 500 гостей.") == [
        (500, "exact")
    ]


# --- a Kyrgyz number word that is a Russian word, in a Russian text ----------------------
# "он" is ten in Kyrgyz and the pronoun "he" in Russian: alone in a Russian text it is the
# pronoun, whatever noun follows (lexicon numbers.yaml russian_homographs; the drop rule
# participants.russian_homograph). Found by held-out round 48.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В селе Кок-Жар открыли спортзал. Аким вышел к людям. Он поздравил граждан и"
            " отметил, что зал построен за счет бюджета.",
            [],
        ),
        (
            "В Нарыне прошел форум, на который приехали 80 гостей. Он собрал горожан из всех"
            " районов и продлился два дня.",
            [(80, "exact")],
        ),
    ],
)
def test_the_russian_pronoun_is_no_ten(text: str, expected: list[tuple[int, str]]) -> None:
    assert qualified_counts_in_order(text) == expected


def test_the_kyrgyz_ten_in_a_kyrgyz_text_counts() -> None:
    # near miss: in a Kyrgyz text the word is the number
    text = "Айылда жыйын өттү, ага айыл өкмөтүнүн башчысы катышты. Он жигит жана 20 кыз мелдешке катышты."
    assert qualified_counts_in_order(text) == [(10, "exact"), (20, "exact")]


# --- a game's or a dish's name that opens with a number word ---------------------------
# "тогуз коргоол" (the board game of nine stones), "беш бармак" (the dish): the name, in
# either language's text, counts no one (lexicon numbers.yaml numeral_names; the drop
# rule participants.numeral_name). Found by held-out round 64 (acc64).


@pytest.mark.parametrize(
    "text",
    [
        "Айылда тогуз коргоол боюнча мелдешке мектеп окуучулары катышты.",
        "В турнире по тогуз коргоол участвовали школьники района.",
        "Майрамда беш бармак жасоо сынагына аялдар катышты.",
    ],
)
def test_a_name_opening_with_a_number_word_counts_no_one(text: str) -> None:
    assert qualified_counts_in_order(text) == []


def test_the_number_word_before_another_noun_counts() -> None:
    # near miss: the same number word before a noun of who takes part
    assert qualified_counts_in_order("Мелдешке тогуз оюнчу катышты.") == [(9, "exact")]


# --- a collective numeral written with digits ("3өө" for үчөө) --------------------------
# The collective's suffix glued to a digit from 2 to 9 (lexicon numbers.yaml
# collective_digit_endings) makes the collective: so many of a whole named before it,
# the whole (a council's size) no count of its own.
# Found by held-out round 55 (acc55).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кеңештин 15 депутатынан 4өө гана жолугушууга катышты.", [(4, "exact")]),
        ("Отурумга комиссиянын 9 мүчөсүнүн 6оо гана келди.", [(6, "exact")]),
    ],
)
def test_a_collective_in_digits_is_the_part_that_took_part(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert qualified_counts(text) == expected


def test_a_number_past_nine_with_the_suffix_is_no_collective() -> None:
    # near miss: no collective numeral past тогузоо (9): "12өө" is no count
    assert qualified_counts("Отурумга 12өө келди.") == []


# ... only the suffix its collective takes by vowel harmony (үчөө, бешөө: өө; алтоо,
# тогузоо: оо): "5оо", "3оо" are no collectives (a 500, a 300 typed with the letter о for
# the zeros), no count of 5 or 3 (revfix55's review of collective digits).


@pytest.mark.parametrize(
    "text",
    ["Жыйынга 5оо киши катышты.", "Мелдешке 3оо спортчу катышты."],
)
def test_a_digit_with_another_collectives_suffix_is_no_collective(text: str) -> None:
    assert qualified_counts(text) == []


def test_a_digit_with_its_own_collective_suffix_in_oo_is_one() -> None:
    # near miss: тогузоо takes "оо", so "9оо" is the collective
    assert qualified_counts("Комиссиянын 11 мүчөсүнүн 9оо жыйынга келди.") == [(9, "exact")]
