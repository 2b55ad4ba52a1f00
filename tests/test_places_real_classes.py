"""Places: failure classes that real pages showed (issue 14), each with team-written
sentences: two that must give the places and a near miss that must not."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import explain_text, parse_text


def places_of(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places if p.level != "country"}


# Villages listed after their ayil aimak in the genitive or locative, no type word of
# their own (decrees, lists of settlements): each is a village.
CHILD_AFTER = [
    (
        "Ноокен районунун Масы айыл аймагындагы Кара-Жыгач, Сары-Бээ жана Жаңы-Кыштак,"
        " Кочкор районунун Сон-Көл айыл аймагынын Төлөк.",
        {"village:Кара-Жыгач", "village:Сары-Бээ", "village:Жаңы-Кыштак", "village:Төлөк"},
    ),
    (
        "Мыйзамга ылайык Сузак районунун Барпы айыл аймагынын Беш-Таш жана Тегерек айыл"
        " макамын алды.",
        {"village:Беш-Таш", "village:Тегерек"},
    ),
]


@pytest.mark.parametrize(("text", "villages"), CHILD_AFTER)
def test_names_after_an_ayil_aimak_in_the_genitive_are_its_villages(text: str, villages: set):
    assert villages <= places_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Кара-Суу айыл аймагынын Маданият үйү жаңыланды.",  # "the house of culture"
        "Жазы айыл аймагынын Башчысы Асанов келди.",
    ],
)
def test_a_word_of_a_phrase_after_an_ayil_aimak_is_no_village(text: str):
    assert not any(p.startswith("village:") for p in places_of(text))


# A decree's row: villages, their ayil aimak and its district, all in the nominative.
CHILD_BEFORE = [
    (
        "Кара-Жыгач Жерге-Тал айыл аймагы Аксы району;",
        {"village:Кара-Жыгач", "ayil_aimak:Жерге-Тал", "district:Аксы"},
    ),
    (
        "Сары-Булак жана Тоо-Моюн Мады айыл аймагы Кара-Суу району;",
        {"village:Сары-Булак", "village:Тоо-Моюн", "ayil_aimak:Мады", "district:Кара-Суу"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHILD_BEFORE)
def test_names_before_an_ayil_aimak_in_a_decree_row_are_its_villages(text: str, expected: set):
    assert places_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Кызыл Сумсар айыл аймагы жыйын өткөрдү.",  # no district closes the row
        "Болот Мамбетов айыл аймагы Ак-Талаа району.",  # a unit named after a person
    ],
)
def test_a_word_before_an_ayil_aimak_outside_a_decree_row_is_no_village(text: str):
    assert not any(p.startswith("village:") for p in places_of(text))


# A village keeps the text's spelling when the text writes a variant of the
# gazetteer's name; its Russian name gives the gazetteer's Kyrgyz name.
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Гулистан айылында жол салынды.", "village:Гулистан"),
        ("Самаркандек айылынын тургундары чогулду.", "village:Самаркандек"),
        ("Жители в с. Кара-Кульджа собрались.", "village:Кара-Кулжа"),  # near miss
    ],
)
def test_a_village_keeps_the_texts_spelling_of_a_variant(text: str, key: str):
    assert key in places_of(text)


# "айылдык кеңеш" typed with н for ң is the ayil aimak's council all the same.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сарай айылдык кенешинин сессиясы өттү.", {"ayil_aimak:Сарай"}),
        ("Депутаттар Жазы айылдык кенешине шайланды.", {"ayil_aimak:Жазы"}),
        ("Айылдык кенештин депутаттары чогулду.", set()),
    ],
)
def test_an_ayil_kenesh_spelt_with_n(text: str, expected: set):
    assert places_of(text) == expected


# A name may open with capitalised numbers ("Он Эки-Бел": twelve ...).
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ноокат районунун Он Эки-Бел айыл аймагы жаңы мектеп курду.", "ayil_aimak:Он-Эки-Бел"),
        (
            "Кочкор районунун Чолпон айыл аймагынын Он Эки-Булак жана Жаңы-Кыштак.",
            "village:Он Эки-Булак",
        ),
    ],
)
def test_a_name_opening_with_numbers_is_whole(text: str, key: str):
    assert key in places_of(text)


def test_a_number_before_a_type_word_names_no_unit():
    assert places_of("Он айыл аймагы катышты.") == set()


# A page excerpt cut off in the middle of a line: its last name may be cut short.
@pytest.mark.parametrize(
    "text",
    [
        "Жаңылыктар\nКочкор районунун Чолпон айыл аймагынын Кара-Суу жана Ак-Кы",
        "Жаңылыктар\nАлар Нарын районуна, Ат-Башы районуна жана Кочкор",
    ],
)
def test_a_name_running_into_the_cut_is_dropped(text: str):
    last = text.rsplit(" ", 1)[-1]
    assert not any(p.endswith(":" + last) for p in places_of(text))


def test_a_city_alone_on_the_last_line_is_kept():
    assert "city:Бишкек" in places_of("Жыйын өттү.\nБишкек")


# A list member whose units lack the list's level is read as a bare name.
@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Өзгөн районунун Куршаб, Кара-Суу районунун Жоош айыл өкмөттөрү сыйланды.",
            "ayil_aimak:Куршаб",
        ),
        (
            "Сузак районунун Барпы, Ноокен районунун Масы айыл өкмөттөрү сыйланды.",
            "ayil_aimak:Барпы",
        ),
    ],
)
def test_a_list_member_of_another_level_is_read_alone(text: str, key: str):
    assert key in places_of(text)


def test_a_common_word_in_a_list_still_needs_its_type_word():
    assert not any(
        ":Достук" in p for p in places_of("Достук, Ат-Башы районунун Казыбек айыл өкмөтү.")
    )


# An oblast or district one letter off with its type word: that unit (oblasts and
# districts are few, so a looser match stays unambiguous).
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Кара-Суй районундагы мектеп ачылды.", "district:Кара-Суу"),
        ("Жети-Өзүз районунда жыйын болду.", "district:Жети-Өгүз"),
    ],
)
def test_a_misspelt_district_with_its_type_word(text: str, key: str):
    assert key in places_of(text)


def test_an_unknown_district_far_from_every_name_is_none():
    assert places_of("Кара-Тоо районунда жыйын болду.") == set()


# A unit's Russian adjective before a Kyrgyz type word or abbreviation: the unit.
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("В Сумбулинском АА прошла встреча.", "ayil_aimak:Сумбула"),
        ("Жители Лебединовского АА собрались.", "ayil_aimak:Лебединовка"),
    ],
)
def test_a_russian_adjective_before_an_abbreviation(text: str, key: str):
    assert places_of(text) == {key}


def test_an_adjective_of_no_unit_before_an_abbreviation_gives_no_unit_of_that_name():
    assert not any("Сумбулин" in p for p in places_of("В Сумбулинском районе прошла встреча."))


# After a plural Russian type word of villages, every member of the list is a village,
# also one the gazetteer lacks (a village named after a person).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Женщины из сёл Кулунду, Сарыбекова и Ак-Сай приехали.",
            {"village:Кулунду", "village:Сарыбекова", "village:Ак-Сай"},
        ),
        (
            "Жители сел Чаек, Асанова и Кызыл-Жылдыз пришли.",
            {"village:Чаек", "village:Асанова", "village:Кызыл-Жылдыз"},
        ),
    ],
)
def test_a_plural_russian_type_word_types_unknown_members(text: str, expected: set):
    assert places_of(text) == expected


def test_a_singular_russian_type_word_types_no_surname_after_it():
    assert places_of("Жители села Чаек, Асанов и другие пришли.") == {"village:Чаек"}


# A name both a city and an oblast, bare, names the oblast when the text names a unit
# inside the oblast with its type word (a headline label "Баткен:"); else the city.
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Баткен: Кадамжай районундагы Жаш-Тилек айылында жыйын өттү.", "oblast:Баткен"),
        ("Нарындан келген делегация Кочкор районуна барды.", "oblast:Нарын"),
        ("Нарындан келген делегация Бишкекке барды.", "city:Нарын"),  # near miss
        # a nominative inside a sentence names a thing of the city: its office there
        ("Өзгөн районунда жыйын өттү. Маалымат: ӨСИнин Ош кеңсеси.", "city:Ош"),
    ],
)
def test_a_city_and_oblast_name_with_a_unit_inside_named(text: str, key: str):
    assert key in places_of(text)


# A dateline in capitals before a dot or a dash names the city.
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Жаңылык\n\nЖАЛАЛ-АБАД. Бүгүн облустук жыйын өттү.", "city:Жалал-Абад"),
        ("Жаңылык\n\nНАРЫН – Кочкор районунда жыйын өттү.", "city:Нарын"),
    ],
)
def test_a_dateline_in_capitals(text: str, key: str):
    assert key in places_of(text)


def test_a_name_in_capitals_inside_a_line_is_no_dateline():
    decisions = explain_text("Жаңылык\n\nБүгүн НАРЫН. Кочкор районунда жыйын өттү.")[1]
    assert not any(d.rule.code == "places.dateline" for d in decisions)


# A common word opening a sentence is the unit when the text names it with its type word.
@pytest.mark.parametrize(
    "text",
    [
        "Талас облусунда жыйын болду. Талас жаштары жыйынга катышты.",
        "Чүй облусунун акими келди. Чүй боюнча 30 киши катышты.",
    ],
)
def test_a_common_word_opening_a_sentence_with_its_unit_named(text: str):
    doc = parse_text(text)
    assert [len(p.mentions) for p in doc.places] == [2]


def test_a_common_word_opening_a_sentence_alone_is_no_place():
    assert places_of("Кочкор эти даамдуу болду. Нарын облусунда жыйын.") == {"oblast:Нарын"}


# More type words: "айылдык аймак"; Russian "сельсовет", a city's "мэрия" and
# "муниципалитет".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кара-Суу айылдык аймагынын башчысы келди.", {"ayil_aimak:Кара-Суу"}),
        ("Жители Кара-Балтинского муниципалитета.", {"city:Кара-Балта"}),
        ("В Балыкчинской мэрии прошло собрание.", {"city:Балыкчы"}),
        ("Полпред посетил Кочкорский сельсовет.", {"ayil_aimak:Кочкор"}),
        ("Глава Лебединовского муниципалитета выступил.", set()),  # no city of that name
    ],
)
def test_more_type_words(text: str, expected: set):
    assert places_of(text) == expected


# A name of several words with a later word in lower case, before its type word.
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Биринчи май районунда жыйын.", "district:Биринчи Май"),
        ("Ленин жана Биринчи май райондорунда жыйын.", "district:Биринчи Май"),
    ],
)
def test_a_name_with_a_lower_case_word_before_its_type_word(text: str, key: str):
    assert key in places_of(text)


def test_a_lower_case_phrase_without_a_type_word_is_no_place():
    assert places_of("Биринчи май майрамы белгиленди.") == set()


# A quoted name before a type word outside the quotes is the unit.
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ноокат районунун «Көк-Жар» айыл аймагы", "ayil_aimak:Көк-Жар"),
        ('"Жаңы-Жол" айыл аймагынын тургундары.', "ayil_aimak:Жаңы-Жол"),
    ],
)
def test_a_quoted_name_before_its_type_word(text: str, key: str):
    assert key in places_of(text)


@pytest.mark.parametrize("text", ["«Мыкты айыл өкмөтү» сынагы", "«Кадамжай» командасы жеңди."])
def test_a_quoted_title_or_team_is_no_place(text: str):
    assert places_of(text) == set()


# A Russian case form after its Russian type word, and the Russian names of an ayil
# aimak's administration before its name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Собрание прошло в городе Оше и Ошской области.", {"city:Ош", "oblast:Ош"}),
        ("Жители в селе Покровке собрались на сход.", {"village:Покровка"}),
        (
            "Глава сельской управы Чаек Джумгальского района выступил.",
            {"ayil_aimak:Чаек", "district:Жумгал"},
        ),
        ("В айыльном округе Кок-Ой прошел сход.", {"ayil_aimak:Көк-Ой"}),
    ],
)
def test_russian_forms_after_a_russian_type_word(text: str, expected: set):
    assert places_of(text) == expected


def test_a_russian_type_word_before_a_word_of_no_unit():
    assert places_of("В городе Москве прошла встреча.") == set()


# A compound name written with a spaced dash.
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Баш — Кайыңды айылдык кеңешинин сессиясы.", "ayil_aimak:Баш-Кайыңды"),
        ("Жыйын Кара - Кулжа районунда өттү.", "district:Кара-Кулжа"),
    ],
)
def test_a_compound_name_with_a_spaced_dash(text: str, key: str):
    assert key in places_of(text)


def test_two_names_on_either_side_of_a_dash_stay_two():
    assert places_of("Нарын — Кочкор жолу оңдолду.") != {"district:Нарын-Кочкор"}


# Names listed before "сыяктуу" (such as) and a type word, perhaps after a count.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ак-Талаа, Бел-Саз сыяктуу айылдарда суу жок.",
            {"village:Ак-Талаа", "village:Бел-Саз"},
        ),
        (
            "Ноокен райондорунда, Кара-Жыгач, Бешбулак сыяктуу 14 айылда жыйын өттү.",
            {"district:Ноокен", "village:Кара-Жыгач", "village:Бешбулак"},
        ),
    ],
)
def test_names_before_such_as_and_a_type_word(text: str, expected: set):
    assert places_of(text) == expected


def test_names_before_such_as_without_a_type_word_are_no_places():
    assert places_of("Эркин, Асан деген балдар келди.") == set()


# A plural type word types the list before it, not names after it.
def test_a_plural_type_word_types_only_the_list_before_it():
    found = places_of("Аксы жана Ноокен райондорунда, Кара-Жыгач айылында жыйын.")
    assert found == {"district:Аксы", "district:Ноокен", "village:Кара-Жыгач"}


# "аймак" alone after a name the gazetteer has only as an ayil aimak: that ayil aimak.
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Кызыл-Туу аймагынын Маловодное айылындагы мектеп.", "ayil_aimak:Кызыл-Туу"),
        ("Жаңы-Жер аймагында жыйын болду.", "ayil_aimak:Жаңы-Жер"),
    ],
)
def test_aimak_alone_after_an_ayil_aimak_name(text: str, key: str):
    assert key in places_of(text)


def test_aimak_alone_after_a_region_name_is_no_ayil_aimak():
    assert not any(p.startswith("ayil_aimak:") for p in places_of("Ысык-Көл аймагында жаан жаады."))
