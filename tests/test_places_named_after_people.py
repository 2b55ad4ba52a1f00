"""Places and persons that share a name: a unit named after a man, a surname shaped like a
village, a head's name after a unit's type word.

Each class is a rule about the language or the layout: team-written inputs that must give
the record's field, and a near miss that must not (none of the sentences is a held-out
round's own). The comment over each class says which held-out round found it."""

from __future__ import annotations

import pytest

from record_fields import ayil_aimak_names, level_names, person_names
from vap_cli.pipeline import explain_text, parse_text

# --- a surname after a given name, before a bracket, is the head's (places.surname_before_bracket)
# Left after held-out round 3's first fixes (issue 14).


@pytest.mark.parametrize(
    "text",
    [
        "Жыйынга Бакыт Асанов (Нарын району) айыл өкмөтүнүн башчысы катышты.",
        "Сөз Айгүл Токтосунова (Ат-Башы району) айыл өкмөтүнүн башчысына берилди.",
    ],
)
def test_a_named_persons_surname_before_a_bracket_is_no_ayil_aimak(text: str) -> None:
    assert not any(p.startswith("ayil_aimak:") for p in level_names(text))


def test_a_surname_like_unit_without_a_given_name_stays_an_ayil_aimak() -> None:
    # near miss: an ayil aimak named after a person, no given name before it
    text = "Жыйын Токтосунов (Ат-Башы району) айыл өкмөтүндө өттү."
    assert "ayil_aimak:Токтосунов" in level_names(text)


# --- a person's name ending a list's first member is no unit of the list ----------------------
# Found by held-out round 4.


def test_a_person_before_a_list_of_units_is_no_member():
    assert ayil_aimak_names(
        "Жыйынга райондун акими Нурлан Сыдыков, Ак-Муз жана Ак-Моюн айыл аймактарынын "
        "башчылары катышты."
    ) == ["Ак-Моюн", "Ак-Муз"]
    assert "Токтосунов" not in ayil_aimak_names(
        "Кеңешмеге төрага Айбек Токтосунов, Кара-Суу жана Талды-Суу айыл аймактарынын "
        "өкүлдөрү келди."
    )
    # near miss: a surname-named unit with no given name before it stays a member
    assert "Момунов" in ayil_aimak_names(
        "Жыйынга Момунов, Ак-Муз жана Ак-Моюн айыл аймактарынын башчылары катышты."
    )


# --- a unit named after a man, with "а/а" after it, is no person -------------------------------
# Found by held-out round 4.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("№ | Айыл аймагы | Жери\n1 | Токтомат Зулпуев а/а | Таштак айылы\n", []),
        ("Кабыл алуу Сайпидин Атабеков а/ө имаратында өтөт.", []),
        # near miss: a comma parts the name from the abbreviation: the head of the unit
        ("Жыйынды Бакыт Асанов, а/а башчысы ачты.", ["Бакыт Асанов"]),
    ],
)
def test_a_name_before_the_ayil_aimak_abbreviation_is_no_person(text, expected):
    assert person_names(text) == expected


# --- a surname and its initials after a Russian type phrase: the head, not the unit -------
# Found by held-out round 8.


@pytest.mark.parametrize(
    "text",
    [
        "Отчет главы айыл окмоту Жумабекова А.С. сессия приняла к сведению.\n",
        "Совещание провел глава айыл окмоту Токтогулов Б. К., присутствовали депутаты.\n",
    ],
)
def test_a_surname_with_initials_after_the_type_phrase_is_no_unit(text: str) -> None:
    assert not {p for p in level_names(text) if p.startswith("ayil_aimak:")}


def test_a_unit_the_gazetteer_lacks_after_the_type_phrase_stays_one() -> None:
    # near miss: an unknown name without initials after the type phrase is the unit
    assert "ayil_aimak:Жаңы-Жер" in level_names("Собрание прошло в айыл окмоту Жаңы-Жер.\n")


# --- a head's name in a Russian oblique case after "айыл окмоту" is no unit ----------------------
# Found by held-out round 9.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Встреча с главой айыл окмоту Бакытом Асановым прошла в селе Кенеш.",
            ({"village:Кенеш"}, ["Бакыт Асанов"]),
        ),
        (
            "Вопрос решили вместе с главой айыл окмоту Маратом Ташиевым.",
            (set(), ["Марат Ташиев"]),
        ),
        # near miss: a unit's name after the type word is the unit
        ("Сход прошел в айыл окмоту Кегети.", ({"ayil_aimak:Кегети"}, [])),
    ],
)
def test_a_heads_name_in_a_case_after_the_type_word_is_a_person(text, expected):
    assert (level_names(text), person_names(text)) == expected


# --- "айыл окмоту имени X-а": the unit named after X ---------------------------------------------
# Found by held-out round 9.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Айыл окмоту имени Кочкорбаева провел сход.", {"ayil_aimak:Кочкорбаев"}),
        (
            "Сессия айылного аймака имени Токтомата Зулпуева прошла в селе.",
            {"ayil_aimak:Токтомат Зулпуев"},
        ),
        # near miss: a school named after a man is no unit
        ("Средняя школа имени Токтогула отметила юбилей.", set()),
    ],
)
def test_a_unit_named_after_a_person_in_full(text, expected):
    assert level_names(text) == expected


# --- "айыл аймака им. X Y-а": a given name on a vowel stays as written in the genitive --------
# After a unit's Russian type word and "им." or "имени", the person's name in the Russian
# genitive: the surname takes "-а", a Kyrgyz given name on a vowel is left as written
# (places/named_after._genitive_readings). Found by held-out round 53.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Жители айыл аймака им. Торогелди Балтагулова собрались на сход.",
            ["Төрөгелди Балтагулов"],
        ),
        ("Бюджет айыл окмоту имени Алля Анарова утвержден на сессии.", ["Алля Анаров"]),
        (
            "Депутаты айылного кенеша в айыл аймаке им. Алля Анарова провели сессию.",
            ["Алля Анаров"],
        ),
        # near miss: a school named after the same man, no unit's type word before it
        ("Ученики школы им. Торогелди Балтагулова победили на олимпиаде.", []),
    ],
)
def test_a_unit_named_after_a_person_whose_given_name_ends_in_a_vowel(text, expected):
    assert ayil_aimak_names(text) == expected


# --- a village named after a person, listed after villages, is no person -------------------------
# Found by held-out round 9.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "С 1 по 15 марта мы провели сходы во всех трех селах: Кенеш, Буденновка и "
            "Доктурбек Курманалиев.",
            [],
        ),
        (
            "Жыйындар Кенеш, Будённовка жана Доктурбек Курманалиев айылдарында өттү.",
            [],
        ),
        # near miss: listed after a person, the name is a person's
        ("Сүйлөгөндөр: Асанов жана Доктурбек Курманалиев.", ["Асанов", "Доктурбек Курманалиев"]),
    ],
)
def test_a_full_name_listed_after_places_is_the_unit(text, expected):
    assert person_names(text) == expected


# --- a role, a given name and a surname that is also a unit, before "айыл аймагы" -------
# The given name between the role word and the surname makes the surname the person's:
# the ayil aimak of that name (the gazetteer has ayil aimaks named after people) is not
# meant; the type word belongs to the sentence ("the ayil aimak's budget").
# Found by held-out round 10.


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Ак-Талаа айыл өкмөтүнүн башчысы Бакыт Карасаев айыл аймагынын жер планын"
            " тааныштырды.\n",
            "Бакыт Карасаев",
        ),
        (
            "Жыйында айыл өкмөтүнүн жооптуу катчысы Мурат Аманбаев айыл аймагындагы"
            " жайыттар тууралуу маалымат берди.\n",
            "Мурат Аманбаев",
        ),
    ],
    ids=["head", "secretary"],
)
def test_a_surname_named_unit_after_a_role_and_given_name_is_the_person(
    text: str, person: str
) -> None:
    doc = parse_text(text)
    assert person in [p.name for p in doc.persons]
    surname = person.split()[1]
    assert not any(p.name == surname for p in doc.places)


def test_a_surname_named_unit_without_a_given_name_is_the_unit() -> None:
    # near miss: no given name before it, the unit of the gazetteer
    text = "Карасаев айыл аймагынын тургундары жаңы мектептин ачылышына чогулушту.\n"
    assert "ayil_aimak:Карасаев" in level_names(text)


# --- a given name in a Russian case after a type word, before a surname: the head's name -----
# Found by held-out round 16.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Отчет подписан главой айыл окмоту Курманбеком Токтосуновым.", set()),
        ("Вопрос обсудили с главой айылного аймака Атаем Ыбраевым.", set()),
        # near miss: no surname after it: the ayil aimak in its case
        ("Работы прошли в айыл окмоту Курманбеке.", {"ayil_aimak:Курманбек"}),
    ],
)
def test_a_given_name_in_a_russian_case_before_a_surname(text: str, expected: set[str]):
    assert level_names(text) == expected


# --- a village named after a man: his full name before its type word -------------------------
# Found by held-out round 16.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ат-Башы районундагы Казыбек айыл аймагына караштуу Бектур Асанов айылында мектеп "
            "ачылды.",
            {"district:Ат-Башы", "ayil_aimak:Казыбек", "village:Бектур Асанов"},
        ),
        (
            "Кочкор районунун Чолпон айыл аймагындагы Жумабек Токтогулов айылында клуб оңдолду.",
            {"district:Кочкор", "ayil_aimak:Чолпон", "village:Жумабек Токтогулов"},
        ),
        # near miss: the head after his title, before the ayil aimak he heads
        (
            "Кочкор районунда Чолпон айыл аймагынын башчысы Бакыт Осмонов айыл аймагына "
            "караштуу айылдарды кыдырды.",
            {"district:Кочкор", "ayil_aimak:Чолпон"},
        ),
    ],
)
def test_a_village_named_after_a_man_by_his_full_name(text: str, expected: set[str]):
    assert level_names(text) == expected


# --- villages the gazetteer spells in Russian, written in Kyrgyz ---------------------------
# Found by held-out round 21.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ю read as ү: the gazetteer's Жалгыз-Орюк of Кызыл-Суу ayil aimak
        (
            "Жети-Өгүз районундагы Кызыл-Суу айыл аймагына караштуу Жалгыз-Өрүктө жыйын өттү.",
            "Жалгыз-Өрүк",
        ),
        # the Russian neuter ending left off: the gazetteer's Кочубаево of Чек-Абад
        (
            "Араван районундагы Чек-Абад айыл аймагына караштуу Кочубаев, Кызыл-Шарк жана"
            " Чек-Абад тургундары жыйналды.",
            "Кочубаев",
        ),
    ],
)
def test_a_russian_spelt_village_is_read_in_its_kyrgyz_spelling(text, expected):
    assert f"village:{expected}" in level_names(text)


def test_a_surname_of_the_shape_of_a_village_is_still_a_person():
    # near miss: the name of a man (given name first), no list of villages: no village
    text = "Араван районунда өткөн жыйында Марат Кочубаев сүйлөдү."
    assert level_names(text) == {"district:Араван"}


@pytest.mark.parametrize(
    "text",
    [
        "Каракол, 3-март. Жыйында Федоров, Ананьев жана Кочубаев сүйлөштү.",
        "Бишкек, 3 марта. На совещании выступили Федоров, Аманбаев и Кочубаев.",
    ],
)
def test_a_list_of_surnames_read_as_villages_names_people(text):
    # the readings without -ово/-ево make these surnames villages' names: a list of
    # words that all end as surnames, with no case ending or type word, names people
    assert not {p for p in level_names(text) if p.startswith("village:")}


def test_surname_shaped_villages_with_a_case_ending_stay_villages():
    # near miss: in the locative they are where meetings were held
    text = "Жаркынбаевде, Баетовдо жана Орозбековдо жыйындар өттү."
    assert level_names(text) == {"village:Жаркынбаев", "village:Баетов", "village:Орозбеков"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Жыйында Орозбеков, Баетов жана Жаркынбаев сөз сүйлөштү.",
            ["Орозбеков", "Баетов", "Жаркынбаев"],
        ),
        ("Выступили Асанов, Жаркынбаев и Баетов.", ["Асанов", "Жаркынбаев", "Баетов"]),
    ],
)
def test_a_list_of_surnames_that_are_also_villages_names_people(text, expected):
    # the gazetteer has villages of these names; a list the places stage reads as
    # people (no type word, no case) is the persons' too, not nobody's
    assert person_names(text) == expected
    assert not {p for p in level_names(text) if p.startswith("village:")}


@pytest.mark.parametrize(
    "text",
    [
        "Орозбеков, Жаркынбаев жана Баетов айыл аймактарынын башчылары келишти.",
        "Жители сел Орозбеков, Жаркынбаев и Баетов пришли.",
    ],
)
def test_a_typed_list_of_such_villages_names_no_people(text):
    # near miss: a type word after or before the list makes them the villages
    assert person_names(text) == []


# --- "имени Шабдан Баатыра": a bare name after the Russian "named after" -------------------
# A bare name right after "имени" or "им." names the person a building or a park is named
# after, no place (as a name before the Kyrgyz "атындагы" does); a unit named so is read
# with its type word ("Айыл окмоту имени Кочкорбаева").
# Found by held-out round 22.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Алайский район. Сход прошел в школе имени Курманжан Датка.", {"district:Алай"}),
        ("Кеминский район. Ветераны собрались в парке имени Шабдан Баатыра.", {"district:Кемин"}),
    ],
)
def test_a_name_after_named_after_is_no_place(text: str, expected: set[str]) -> None:
    assert level_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Алайский район. Сход прошел в селе Курманжан Датка.", "village:Курманжан Датка"),
        ("Айыл окмоту имени Кочкорбаева провел сход.", "ayil_aimak:Кочкорбаев"),
    ],
)
def test_a_unit_named_after_a_person_is_still_a_place(text: str, expected: str) -> None:
    # near misses: the village with its type word; a unit's type word before "имени"
    assert expected in level_names(text)


# --- a unit named after a person, listed before another unit and their type word ----------
# "Сайпидин Атабеков жана Кулатов айыл аймактарынын": the full name is an ayil aimak of
# the gazetteer listed with another before their (plural) type word, no person, and its
# surname alone is none either (as a unit listed after a place is, round 19).
# Found by held-out round 22.


@pytest.mark.parametrize(
    "text",
    [
        "Жыйынга Сайпидин Атабеков жана Кулатов айыл аймактарынын тургундары келишти.",
        "Абсамат Масалиев жана Кара-Дөбө айыл аймактарында жаңы мектептер ачылды.",
    ],
)
def test_a_unit_listed_before_a_place_is_no_person(text: str) -> None:
    assert person_names(text) == []


def test_people_listed_before_a_place_are_people() -> None:
    # near miss: the second member is a person, not a unit; both are people
    text = "Болот Мамбетов жана Асан Асанов Көк-Мойнок айыл аймагында иштешет."
    assert person_names(text) == ["Болот Мамбетов", "Асан Асанов"]


# ... and with more units between, each after a comma ("X Y, Орозбеков, Барпы жана Кара-Дөбө
# айыл аймактарында"; persons/vetoes._next_listed). Found by held-out round 54 (left54).


@pytest.mark.parametrize(
    "text",
    [
        "Жыйынга Сайпидин Атабеков, Курманбек жана Барпы айыл аймактарынын тургундары келишти.",
        "Абсамат Масалиев, Орозбеков, Барпы жана Кара-Дөбө айыл аймактарында жаңы мектептер ачылды.",
    ],
)
def test_a_unit_opening_a_longer_list_of_places_is_no_person(text: str) -> None:
    assert person_names(text) == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # near miss: a person between the unit-named name and the type word
        (
            "Болот Мамбетов, Асан Асанов жана Көк-Мойнок айыл аймагынын башчылары жолугушту.",
            ["Болот Мамбетов", "Асан Асанов"],
        ),
        # near miss: a list of people, no type word closing it
        (
            "Жыйынга Болот Мамбетов, Бакыт Исаков жана Айгүл Кулатова катышты.",
            ["Болот Мамбетов", "Бакыт Исаков", "Айгүл Кулатова"],
        ),
    ],
)
def test_people_listed_before_places_stay_people(text: str, people: list[str]) -> None:
    assert person_names(text) == people


# --- a head's full name after a Russian type word (places/candidates.py) ----------------
# "главы айыл окмоту Асанову Беку Маратовичу": a surname, a given name and a patronymic
# after the type word are the head, no unit the gazetteer lacks.
# Found by held-out round 24.


@pytest.mark.parametrize(
    "text",
    [
        "Заявления принимает заместитель главы айыл окмоту Садыкову Айгуль Маратовну.",
        "Письмо направлено главе айыл окмоту Жумабаеву Нурлану Асановичу.",
    ],
)
def test_a_full_name_after_a_type_word_is_no_unit(text: str) -> None:
    assert not any(p.level == "ayil_aimak" for p in parse_text(text).places)


def test_a_unit_after_a_type_word_is_still_one() -> None:
    # near miss: a name with no given name and patronymic after it
    assert "ayil_aimak:Жазы" in level_names("В айыл окмоту Жазы прошел сход.")


# --- a person-shaped name before a Kyrgyz type word ------------------------------------------
# a head's surname, given name and patronymic, or an initialled surname, right before "айыл
# аймакта" (in the aimak): a patronymic ends the name or an initial opens it: the subject, the type word the place
# the sentence tells of (rule places.person_shaped_name; round 41). The units named after
# people are the gazetteer's.


@pytest.mark.parametrize(
    "text",
    [
        "Айыл өкмөтүнүн башчысы Сатыбалдиев Нурлан Токтосунович айыл аймакта 12 мектеп бар"
        " экенин айтты.",
        "Башчы Б.К. Эсенгулов айыл аймакта жаңы мектеп курулаарын билдирди.",
        # the patronymic's word capitalised, as a passport writes it (lower-case, it forms
        # no name)
        "Жыйында Бакыт Асан Уулу айыл аймакта жайыт жетишсиз экенин айтты.",
        "Ошондой эле Гүлзат Сапар Кызы айыл аймакта 40 үй-бүлө жашаарын айтты.",
    ],
)
def test_a_person_shaped_name_before_a_type_word_is_no_unit(text: str) -> None:
    assert not {p for p in level_names(text) if p.startswith("ayil_aimak:")}


def test_a_unit_named_after_a_person_with_an_initial_stays() -> None:
    # near misses: the gazetteer names the ayil aimak so ("Т. Зулпуев"); the type word's
    # possessive makes an initialled name a unit's, one the gazetteer lacks too
    assert level_names("Т. Зулпуев айыл аймагында жыйын өттү.") == {"ayil_aimak:Токтомат Зулпуев"}
    assert level_names("Б.Эсенгулов айыл аймагында жыйын өттү.") == {"ayil_aimak:Б.Эсенгулов"}


# --- a full name in the Russian order before the type word of the post ------------------------
# A given name, a Russian patronymic and a surname right before "айыл өкмөтүнүн башчысы" (the
# head elected or appointed): the surname ends the person's name, no ayil aimak named after
# him (rule places.person_shaped_name, person_names._surname_after_patronymic). Found by
# held-out round 51.


@pytest.mark.parametrize(
    "text",
    [
        "Сессияда 11 добуш алган Нурбек Асанбекович Токтогазиев айыл өкмөтүнүн башчысы"
        " болуп шайланды.",
        "Жыйынды Айнура Маратовна Жусупбекова айыл аймагынын атынан ачып берди.",
    ],
)
def test_a_surname_after_a_patronymic_before_a_type_word_is_no_unit(text: str) -> None:
    assert not {p for p in level_names(text) if p.startswith("ayil_aimak:")}


def test_a_surname_with_no_patronymic_before_it_stays_a_unit() -> None:
    # near miss: a surname-shaped name alone before the type word is a unit the
    # gazetteer lacks, named after a man
    assert level_names("Токтогазиев айыл өкмөтүнүн башчысы болуп шайланды.") == {
        "ayil_aimak:Токтогазиев"
    }


# --- a village before its ayil aimak named after a man ---------------------------------------
# "Калмак-Кырчын Курманбек айыл аймагы Сузак району": the capitalised word after the village is
# the ayil aimak's name before its type word, no surname (candidates._next_to_person_name),
# so the village stays. Found by the variants of the tune pages (accv48).


@pytest.mark.parametrize(
    ("text", "village"),
    [
        (
            "Конуштардын тизмеси:\nКалмак-Кырчын Курманбек айыл аймагы Сузак району;",
            "village:Калмак-Кырчын",
        ),
        (
            "Конуштардын тизмеси:\nЖазгак Момбеков айыл аймагы Ноокен району;",
            "village:Жазгак",
        ),
    ],
)
def test_a_village_before_an_ayil_aimak_named_after_a_man_stays(text: str, village: str) -> None:
    assert village in level_names(text)


def test_a_name_before_a_surname_is_no_village() -> None:
    # near miss: a surname with no type word after it names a person
    assert not {p for p in level_names("Жазгак Момбеков жыйынды ачты.") if "Жазгак" in p}


# A given name before a surname and "айыл өкмөтүнүн башчысы" is the head's, no village:
# the surname names no ayil aimak of the gazetteer, as "Курманбек" and "Момбеков" do
# (candidates._unit_named_after_man; revfix48), though the text typed a village of that
# name before.
@pytest.mark.parametrize(
    ("text", "given"),
    [
        (
            "Кочкордогу Чолпон айылында жыйын өттү. Жыйында Чолпон Асанова айыл өкмөтүнүн"
            " башчысы болуп дайындалды.",
            "Чолпон",
        ),
        (
            "Кочкор районундагы Чолпон айылында сход болду. Айыл өкмөтүнүн катчысы болуп"
            " мурда Чолпон Ташиева айыл өкмөтүнүн кеңсесинде иштеген.",
            "Чолпон",
        ),
    ],
)
def test_a_given_name_before_a_surname_and_a_type_word_is_no_village(text: str, given: str) -> None:
    found = {(d.rule.code, d.kept, d.text) for d in explain_text(text)[1]}
    assert ("places.person_name", False, given) in found


# --- a unit named after a man right after "X районуна караштуу" ---------------------------
# A district's type word in the dative and a word of belonging own the name after them as
# the genitive does ("Аксы районунун Мавлянов ..."): a unit of that district, a member of
# the list its plural type word closes (lexicon `belonging_after_dative`; accv49).


@pytest.mark.parametrize(
    "text",
    [
        "Сыйлыкты Аксы районуна караштуу Мавлянов жана Ноокен районундагы Момбеков айыл "
        "өкмөттөрү бөлүшүп алышты.",
        # (the old code found the name at a list's head, not before another "караштуу")
        "Грантты Аксы районуна караштуу Мавлянов жана Ноокен районуна караштуу Момбеков айыл "
        "өкмөттөрү утуп алышты.",
    ],
)
def test_a_unit_after_its_district_and_a_word_of_belonging_is_the_unit(text: str) -> None:
    assert "Мавлянов" in ayil_aimak_names(text)


def test_near_miss_a_surname_after_belonging_with_no_type_word_is_no_unit() -> None:
    assert "Асанов" not in ayil_aimak_names("Аксы районуна караштуу Асанов мектепке келди.")


# --- a unit named after a man, his full name right after its Russian type words ---------------
# "в айыл аймаке Болот Мамбетов", "жители села Доктурбек Курманалиев": the unit, no person
# (persons.unit_after_type_words). Found by held-out round 49.


@pytest.mark.parametrize(
    "text",
    [
        "Весенний сход граждан прошел в айылном аймаке Болот Мамбетов Тонского района.",
        "Жители села Доктурбек Курманалиев собрались у новой школы.",
        "На форум приехали представители айыл окмоту Курманжан Датка.",
    ],
)
def test_a_full_name_after_the_russian_type_words_is_the_unit(text: str) -> None:
    assert person_names(text) == []


def test_a_name_no_unit_has_after_the_type_words_is_the_head() -> None:
    # near miss: no unit of the gazetteer has this name: the ayil okmotu's head
    assert person_names("Глава айыл окмоту Асан Бакиев провел сход граждан.") == ["Асан Бакиев"]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a sentence's end or a line break parts the type word from the name:
        # the name opens the next sentence or line, the man himself (revfix49)
        "Новая школа открылась в селе. Болот Мамбетов, директор школы, поблагодарил гостей.",
        "Итоги года подвели в айыл окмоту\nБолот Мамбетов, его заместитель, выступил первым.",
    ],
)
def test_a_full_name_after_a_sentence_end_past_the_type_words_is_a_person(text: str) -> None:
    assert person_names(text) == ["Болот Мамбетов"]


# --- an initial before a namesake, not an abbreviated type word (places.namesake_initial) --
# One capital letter and its dot before a name no unit of the level has, then "атындагы"
# (lexicon places.yaml named_after_ky), is a person's initial: "С." there is no "с."
# (село), "Г." no "г." (город). Found by held-out round 61 (acc61).


@pytest.mark.parametrize(
    "text",
    [
        "Жыйын болду. С. Асанов атындагы мектептин окуучулары ырдашты.\n",
        "Жыйын болду. Г. Бекназаров атындагы колледждин студенттери сүйлөштү.\n",
        "Сынак аяктады.\n\nС. Нуралиев атындагы бала бакчанын тарбиячылары келишти.\n",
    ],
)
def test_an_initial_before_a_namesake_is_no_village(text: str) -> None:
    assert level_names(text) == set()


def test_the_small_type_word_before_a_namesake_stays_a_village() -> None:
    # near miss: "с." written small is the type word; the village is named after the man
    text = "Жыйын болду. с. Асанов атындагы мектептин окуучулары ырдашты.\n"
    assert level_names(text) == {"village:Асанов"}
