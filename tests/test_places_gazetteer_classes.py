"""Places: classes of gazetteer names that the whole-gazetteer sweep found misread
(tests/sweeps/test_gazetteer_forms.py, issue 14), each with two team-written sentences
with different names of the class and a near miss."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text

RU_TAIL = " Об этом рассказали в пресс-службе, это также подтвердили депутаты."


def places_of(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places if p.level != "country"}


# A unit named after a person, written with the person's initial glued or spaced
# before the surname: when the initial is a letter a Russian type word is shortened to
# (С. село, Г. город, П. посёлок), the type word after the name still gives its level.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Араван районунун С.Юсупов айыл аймагында жыйын өттү.",
            {"district:Араван", "ayil_aimak:С.Юсупов"},
        ),
        ("Жыйын кечээ Г.Айтиев айыл аймагында өттү.", {"ayil_aimak:Г.Айтиев"}),
        ("П. Исаков айыл аймагынын башчысы сүйлөдү.", {"ayil_aimak:П. Исаков"}),
    ],
)
def test_an_initial_before_a_name_and_its_type_word_is_no_type_word(text, expected):
    assert places_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no Kyrgyz type word after the name: the capital С. is село
        "Встреча прошла в С. Ленинское вчера." + RU_TAIL,
        # in lower case it is село whatever follows
        "Жыйын кечээ с.Ленинское айылында өттү.",
    ],
)
def test_near_miss_the_abbreviation_of_a_village_before_its_name(text):
    assert places_of(text) == {"village:Ленинское"}


# A village named after a person, its "им." (имени) capitalised as the whole name is
# ("Им. Кирова"): the official name, not a village "Им" (a Russian pronoun too).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Встреча прошла в селе Им. Кирова вчера." + RU_TAIL, {"village:Им. Кирова"}),
        ("Им. Тельмана айылынын жашоочулары келди.", {"village:Им. Тельмана"}),
        ("Жыйын кечээ им. Чапаева айылында өттү.", {"village:Им. Чапаева"}),
    ],
)
def test_a_capitalised_named_after_abbreviation_opens_the_official_name(text, expected):
    assert places_of(text) == expected


def test_near_miss_a_capitalised_im_before_no_unit_gives_no_place():
    # "Им." before a person no unit is named after, and "Им" the pronoun
    assert places_of("Встреча прошла в селе Им. Пушкина вчера. Им было трудно." + RU_TAIL) == set()


# A settlement numbered after a hyphen (the word stream has no digits): the name with
# its number, as the gazetteer writes it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жыйын кечээ Ак-Буура-1 айылында өттү.", {"village:Ак-Буура-1"}),
        ("Встреча прошла в селе Жашасын-2 вчера." + RU_TAIL, {"village:Жашасын-2"}),
        (
            "Папан айыл аймагына караштуу Ак-Буура-3 айылынын жашоочулары келди.",
            {"ayil_aimak:Папан", "village:Ак-Буура-3"},
        ),
    ],
)
def test_a_numbered_settlement_keeps_its_number(text, expected):
    assert places_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number no unit has is not read into the name (a school's, a year)
        ("Кара-Балта-2 мектебинде жыйын өттү.", {"city:Кара-Балта"}),
        ("Форум Кара-Балта-2024 кечээ өттү.", {"city:Кара-Балта"}),
    ],
)
def test_near_miss_a_number_no_unit_has_stays_out_of_the_name(text, expected):
    assert places_of(text) == expected


# An official Russian adjective in another ending than -ск- (Пригородный, Целинный,
# Красновосточный айылный аймак) before its noun names its unit.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сход прошёл в Пригородном айылном аймаке." + RU_TAIL, {"ayil_aimak:Пригородное"}),
        ("Глава Целинного айылного аймака выступил." + RU_TAIL, {"ayil_aimak:Целинный"}),
        (
            "Жители Красновосточного айылного аймака собрались." + RU_TAIL,
            {"ayil_aimak:Красновосточный"},
        ),
    ],
)
def test_an_official_adjective_in_ny_names_its_unit(text, expected):
    assert places_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an adjective in -ный that is no unit's official one, and an official one before
        # the noun of another level
        "Сход прошёл в Центральном районе." + RU_TAIL,
        "Сход прошёл в Пригородном районе." + RU_TAIL,
    ],
)
def test_near_miss_an_adjective_in_ny_no_unit_of_its_noun_has(text):
    assert places_of(text) == set()


def test_an_initial_after_a_russian_type_word_opens_the_named_after_unit():
    # "айыл окмоту С.Юсупов": no Kyrgyz type word after the name; С. is no second type
    # word (село) after one (places.initial_after_type)
    text = "Глава айыл окмоту С.Юсупов выступил на сессии." + RU_TAIL
    assert places_of(text) == {"ayil_aimak:С.Юсупов"}


def test_an_initial_spaced_after_a_russian_type_phrase_opens_the_named_after_unit():
    # the ayil aimak the gazetteer names after Токтомат Зулпуев, written with his initial
    text = "Встреча прошла в айылном аймаке Т. Зулпуев вчера." + RU_TAIL
    assert places_of(text) == {"ayil_aimak:Токтомат Зулпуев"}


def test_near_miss_an_initial_after_a_type_word_naming_no_unit_is_the_head():
    # no unit is named after А. Асанов: the head of the ayil okmotu, no place (and no
    # village "А." either)
    text = "Глава айыл окмоту А. Асанов выступил на сессии." + RU_TAIL
    assert places_of(text) == set()


def test_a_name_opening_with_a_number_is_read_whole():
    # "15 Жаш": the word stream has no digits; the number is read off the text
    # (places.number_opened_name)
    assert places_of("Жыйын кечээ 15 Жаш айылында өттү.") == {"village:15 Жаш"}


def test_a_name_opening_with_a_number_opens_its_sentence_too():
    assert places_of("15 Жаш айылынын тургундары жолугушууга келишти.") == {"village:15 Жаш"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count before a village: no name of the gazetteer opens with it
        ("Кечээ 15 Ак-Суу айылынын тургуну келди.", {"village:Ак-Суу"}),
        # a year glued before the name's number is no number of a name
        ("Кечээ 2015 Жаш айылында жыйын болду.", {"village:Жаш"}),
    ],
)
def test_near_miss_a_number_before_a_name_it_opens_no_gazetteer_name_with(text, expected):
    assert places_of(text) == expected
