"""Places named by a way between them, a direction, or a bare name: the ends of a road,
where a person comes from, a name opening a sentence or a quotation.

Each class is a rule about the language or the layout: team-written inputs that must give
the record's field, and a near miss that must not (none of the sentences is a held-out
round's own). The comment over each class says which held-out round found it."""

from __future__ import annotations

import pytest

from record_fields import level_name_list, level_name_pairs, level_names

# --- a common word capitalised for opening its sentence before "айыл өкмөтү" ------------------
# Found by held-out round 4.


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "Тизмеге алдын ала каттоо зарыл. Каттоо айыл өкмөтүнүн катчысы аркылуу жүрөт.",
            "ayil_aimak:Каттоо",
            None,
        ),
        (
            "Көчөлөрдө тазалоо башталды. Тазалоо айыл өкмөтүнүн демилгеси менен жүрөт.",
            "ayil_aimak:Тазалоо",
            None,
        ),
        # near miss: a name the text never writes in small letters is the unit
        (
            "Өзгөн районунда жыйын болду. Таштак-Бел айыл өкмөтүнүн башчысы сүйлөдү.",
            None,
            "ayil_aimak:Таштак-Бел",
        ),
    ],
)
def test_a_common_word_opening_its_sentence_is_no_ayil_aimak(text, absent, present):
    places = level_names(text)
    assert absent is None or absent not in places
    assert present is None or present in places


# --- a bare name opening its sentence that the text writes in small letters elsewhere ------
# Found by held-out round 7.


@pytest.mark.parametrize(
    "text",
    [
        "Айылга медициналык кербен келди. Кербенге 20 дарыгер катышты.",
        "Кийинки кербен 15-июлда жолго чыгат. Кербен боюнча маалымат айыл өкмөтүндө.",
    ],
)
def test_a_sentence_opening_word_written_small_elsewhere_is_a_common_word(text: str) -> None:
    assert level_names(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: no small-letter form in the text; a word that only starts like the
        # name ("ошол") is no form of it
        ("Кербенге 20 дарыгер барды.", {"city:Кербен"}),
        ("Ошто жыйын өттү. Ошол күнү 50 адам келди.", {"city:Ош"}),
    ],
)
def test_a_sentence_opening_name_not_written_small_stays(text: str, expected: set[str]) -> None:
    assert level_names(text) == expected


# --- the ends of a way between places are settlements ------------------------------------
# "Сары-Таштан Гүлчөгө", "из X до Y": a way runs between settlements, so a bare end with a
# village (or city, town) of its name is that settlement, not its district or ayil aimak.
# Found by held-out round 10.


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Кочкордон Чолпонго чейинки жол быйыл оңдолот.\n",
            {"village:Кочкор", "village:Чолпон"},
            "district:Кочкор",
        ),
        (
            "Депутаты обсудили ремонт дороги из Нарына до Ат-Башы, которую размыло весной"
            " прошлого года. Работы начнутся в мае.\n",
            {"city:Нарын", "village:Ат-Башы"},
            "district:Ат-Башы",
        ),
    ],
    ids=["ky-ablative-dative", "ru-iz-do"],
)
def test_the_ends_of_a_way_are_settlements(text: str, expected: set, not_expected: str) -> None:
    found = level_names(text)
    assert expected <= found
    assert not_expected not in found


def test_a_name_one_came_from_alone_is_no_end_of_a_way() -> None:
    # near miss: an ablative with no second end: the bare name's usual level
    assert "district:Кочкор" in level_names("Кочкордон келген делегация Нарында болду.\n")


@pytest.mark.parametrize(
    ("text", "village"),
    [
        (
            "В бюджете учтены средства на ремонт трассы на Кочкор и на освещение улиц района.\n",
            "village:Кочкор",
        ),
        (
            "Жители попросили отремонтировать участок дороги на Ат-Башы, размытый селем"
            " прошлой весной.\n",
            "village:Ат-Башы",
        ),
    ],
    ids=["trassa-na", "doroga-na"],
)
def test_the_place_a_road_leads_to_is_a_settlement(text: str, village: str) -> None:
    assert village in level_names(text)


@pytest.mark.parametrize(
    ("text", "district"),
    [
        (
            "Депутаты обсудили ремонт дорог, на Ат-Башы выделено два миллиона сомов из"
            " бюджета района.\n",
            "district:Ат-Башы",
        ),
        (
            "Жители попросили отремонтировать участок дороги на Ак-Талаа, размытый селем"
            " прошлой весной.\n",
            "district:Ак-Талаа",
        ),
    ],
    ids=["comma-between", "no-eponymous-centre"],
)
def test_a_road_word_in_another_clause_or_a_district_without_its_village(
    text: str, district: str
) -> None:
    # near misses: "на" after a comma is no road's direction; a district whose villages of
    # its name lie in other districts keeps the district
    assert district in level_names(text)


# --- "X сыяктуу ири айылдарда": a word of size or remoteness before the type word --------
# Found by held-out round 10.


@pytest.mark.parametrize(
    ("text", "village"),
    [
        (
            "Жыйындарды Жаңы-Арык сыяктуу ири айылдарда өткөрүү сунушталды.\n",
            "village:Жаңы-Арык",
        ),
        ("Дарыгерлер Кичи-Кемин сыяктуу алыскы айылдарга барышты.\n", "village:Кичи-Кемин"),
    ],
    ids=["large", "remote"],
)
def test_a_name_such_as_large_villages_is_a_village(text: str, village: str) -> None:
    assert village in level_names(text)


def test_a_clause_between_such_as_and_the_type_word_types_nothing() -> None:
    # near miss: a clause, not one adjective of the lexicon, before the type word
    text = "Жыйындарды Жаңы-Арык сыяктуу суусу жок айылдарда өткөрүү сунушталды.\n"
    assert "village:Жаңы-Арык" not in level_names(text)


# --- a village's name opening a quotation ----------------------------------------------------
# A quoted sentence's first word is capitalised for that ('«Чек арадагы тынчтык ...»'): a
# name only villages have, bare, before a lower-case word there is a common word, as at a
# sentence's start (places.small_unit_sentence_start, homonyms.opens_quote).
# Found by held-out round 28.


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Баткен районунун аялдары жолугушту. Жамааттын чечими «Чек арадагы тынчтык"
            " баарыбыздын милдетибиз» деп аталды.",
            "Чек",
        ),
        (
            'Ноокен районунда форум өттү. Форумдун урааны "Алма бактары биздин байлыгыбыз" болду.',
            "Алма",
        ),
    ],
)
def test_a_common_word_opening_a_quotation_is_no_village(text: str, word: str) -> None:
    assert ("village", word) not in level_name_pairs(text)


def test_a_village_typed_in_a_quotation_is_a_village() -> None:
    text = 'Баткен районунда жолугушуу өттү. Ал: "Чек айылында жаңы мектеп ачылды" деди.'
    assert ("village", "Чек") in level_name_pairs(text)


# --- where a person comes from -----------------------------------------------------------------
# A bare name both a city and an oblast in the ablative before a participle of coming
# ("Таластан келген адис"): where a person is from, the city (GOLD-FORMAT), though the text
# names the oblast (places.office_city; lexicon places.yaml `from_city_participles`).
# Found by held-out round 28.


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Талас облусунун Манас районунда жыйын өттү. Семинарды Таластан келген адис алып"
            " барды.",
            "Талас",
        ),
        (
            "Баткен облусунун Лейлек районунда окуу өттү. Тренингди Баткенден келген адис алып"
            " барды.",
            "Баткен",
        ),
    ],
)
def test_a_name_people_come_from_is_the_city(text: str, city: str) -> None:
    assert ("city", city) in level_name_pairs(text)


def test_people_counted_from_a_bare_name_are_the_regions() -> None:
    # near miss: a count after the ablative, no participle: the oblast the text names
    text = "Талас облусунун Манас районунда жыйын өттү. Таластан 30 адис келди."
    assert ("city", "Талас") not in level_name_pairs(text)


# --- a way between two places -------------------------------------------------------------------
# "X менен Yнын ортосундагы жол": both names are the way's ends, settlements
# (places.route_end, marks._between; lexicon `route_between_ky`), not a list of the ayil
# aimaks of those names.
# Found by held-out round 28.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Тамчы жана Чоң-Сары-Ой айыл аймактарынын башчылары жолугушту. Тамчы менен"
            " Чоң-Сары-Ойдун ортосундагы жол оңдолот.",
            {("village", "Тамчы"), ("village", "Чоң-Сары-Ой")},
        ),
        (
            "Барскоон айыл аймагында Барскоон менен Тамганын ортосундагы жол оңдолду.",
            {("village", "Барскоон"), ("village", "Тамга")},
        ),
    ],
)
def test_the_ends_of_a_way_between_are_villages(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= level_name_pairs(text)


def test_a_list_of_two_aimaks_residents_is_no_way() -> None:
    text = (
        "Тамчы жана Чоң-Сары-Ой айыл аймактарынын башчылары жолугушту. Тамчы менен"
        " Чоң-Сары-Ойдун тургундары жолугушту."
    )
    assert ("village", "Тамчы") not in level_name_pairs(text)


# --- a quoted name the gazetteer lacks before a settlement's type word ------------------
# "«Күн-Нуру» конушу": a city's estate, a firm's or a farm's name in quotes; a unit's
# name is written bare (places.quoted_unknown_name).
# Found by held-out round 33.


@pytest.mark.parametrize(
    "text",
    [
        "Мэр «Күн-Нуру» конушунун тургундары менен жолугушту.",
        "Шаардагы «Алтын-Казык» жаңы конушунда суу түтүгү оңдолду.",
    ],
)
def test_a_quoted_unknown_name_is_no_village(text: str) -> None:
    assert level_name_list(text) == []


def test_the_unquoted_name_is_a_village() -> None:
    # near miss: written bare before its type word, it is a village the gazetteer lacks
    assert level_name_list("Мэр Күн-Нуру конушунун тургундары менен жолугушту.") == [
        ("village", "Күн-Нуру")
    ]


# --- "Кулунду жакка": a bare name before the noun of a side is a direction ----------------
# A bare name in the nominative right before a form of "жак" (side: "жакка", "жактан",
# "жагында"; places.yaml `side_noun`, its endings morph's) says a direction or the area
# around the place, no mention of the unit (places.direction_side).
# Found by held-out round 35.


@pytest.mark.parametrize(
    "text",
    [
        "Кочкор районунда жол салынды. Биздин Жумгал жакка да качан жетет?\n",
        "Кочкор районунда жол салынды. Жумгал жагында да жол оңдолот деп күтөбүз.\n",
    ],
)
def test_a_name_before_a_side_noun_is_no_place(text: str) -> None:
    assert level_names(text) == {"district:Кочкор"}


def test_a_name_in_a_case_before_near_is_a_place() -> None:
    # near miss: "жакын" (near) after a name in the dative is no side's noun
    text = "Кочкор районунда жол салынды. Жумгалга жакын айылдарда да жол оңдолот.\n"
    assert "district:Жумгал" in level_names(text)


# --- a bare name on the page's headline, both an oblast and a city: the region -------------
# A headline over the body ("Таласта жана Ошто ...", a line of its own, no full stop)
# names the unit the text is about: the oblast, when the body names with type words units
# of that oblast outside its city or district of that name; a list of such names on the
# headline names oblasts (places.headline_region). Found by the variants of the tune
# pages (accv48).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Таласта жана Ошто жаштар форуму башталды\n\n"
            "Бакай-Ата районундагы Ак-Дөбө айыл өкмөтүнүн жаштары форумга 60 киши болуп келишти.",
            {"oblast:Талас", "oblast:Ош", "district:Бакай-Ата", "ayil_aimak:Ак-Дөбө"},
        ),
        (
            "Нарында суу түтүгү оңдолду\n\n"
            "Жумгал районунун Чаек айыл аймагында эски суу түтүгү толугу менен алмаштырылды.",
            {"oblast:Нарын", "district:Жумгал", "ayil_aimak:Чаек"},
        ),
        (
            # no city of that name: the oblast over its own district and the others
            "Ысык-Көлдө мал санагы аяктады\n\n"
            "Ысык-Көл районунда, Тоң жана Ак-Суу райондорунда мал санагы бүткөнү кабарланды.",
            {"oblast:Ысык-Көл", "district:Ысык-Көл", "district:Тоң", "district:Ак-Суу"},
        ),
    ],
)
def test_a_headline_s_bare_name_over_units_of_its_oblast_is_the_oblast(text, expected) -> None:
    assert level_names(text) == expected


def test_a_headline_s_bare_name_over_its_own_city_stays_the_city() -> None:
    # near miss: the body names only the city of that name, nothing else of the oblast
    text = (
        "Нарында жаңы бала бакча ачылды\n\n"
        "Нарын шаарынын борборунда 120 орундуу бала бакча курулуп, бүгүн ачылды."
    )
    assert "oblast:Нарын" not in level_names(text)
    assert "city:Нарын" in level_names(text)


# The body typing the headline's city itself tells where the story happens: the city,
# though guests come from the oblast's districts (headlines._namesake_typed; revfix48).
@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Ошто жаштар форуму башталды\n\n"
            "Форум Ош шаарындагы драма театрында ачылды. Ага Кара-Суу жана Ноокат "
            "райондорунан 120 жаш келди.",
            "Ош",
        ),
        (
            "Нарында кышкы спорт оюндары өттү\n\n"
            "Оюндар Нарын шаарынын борбордук стадионунда өттү. Ага Ат-Башы районунун жана "
            "Кочкор районунун командалары катышты.",
            "Нарын",
        ),
    ],
)
def test_a_headline_over_a_story_in_its_typed_city_stays_the_city(text: str, city: str) -> None:
    assert f"oblast:{city}" not in level_names(text)
    assert f"city:{city}" in level_names(text)


# A unit of the oblast outside the namesake named only as where people came from (in the
# ablative: "коңшу районунан ... келди") is a source, not where the story happens: no
# region of the headline (named_units.SOURCE_CASE). Found by held-out round 64 (acc64).
@pytest.mark.parametrize(
    ("text", "district"),
    [
        (
            "Таласта жаштар форуму өттү\n\n"
            "Талас районунун Кара-Ой айыл аймагында форум өттү. Ага Манас районунан да "
            "30 жаш келди.",
            "Талас",
        ),
        (
            "Нарында ат чабыш өттү\n\n"
            "Нарын районунун Эки-Нарын айыл аймагында ат чабыш болду. Ага Кочкор районунан "
            "жана Ак-Талаа районунан чабандестер келишти.",
            "Нарын",
        ),
    ],
)
def test_a_headline_over_its_district_with_guests_from_others_is_no_oblast(
    text: str, district: str
) -> None:
    assert f"oblast:{district}" not in level_names(text)
    assert f"district:{district}" in level_names(text)


def test_a_headline_over_units_where_the_story_happens_is_still_the_oblast() -> None:
    # near miss: the other district is where part of the story happens (the locative)
    text = (
        "Таласта жаштар форуму өттү\n\n"
        "Талас районунун Кара-Ой айыл аймагында форум өттү. Манас районунда да ушундай "
        "жыйын болду."
    )
    assert "oblast:Талас" in level_names(text)


def test_a_bare_name_in_the_body_stays_the_city() -> None:
    # near miss: the same name in a sentence of the body is no headline
    text = (
        "Жумгал районунун Чаек айыл аймагында суу түтүгү оңдолду. "
        "Эксперттер Нарында өткөн жыйында бул тууралуу айтышты."
    )
    assert "oblast:Нарын" not in level_names(text)


# --- a name glued to a number the gazetteer lacks is a housing estate's -----------------------
# '"Бакай-Ата-2"', '«Ак-Орго-3»': a city's housing estates named after a unit, numbered and
# quoted; the gazetteer's numbered settlements ("Ак-Буура-1") are read whole, and an
# unquoted number may be an institution's ("Кара-Балта-2 мектеби": the town's school; test
# in test_places_gazetteer_classes.py) (places.numbered_area).
# Found by the variants of the tune pages (accv48).


@pytest.mark.parametrize(
    "text",
    [
        'Жардам "Кара-Жыгач-2" жана "Ак-Талаа-3" конуштарынын тургундарына берилди.',
        "Жаңы мектеп «Нарын-5» кичи районунда курулат.",
    ],
)
def test_a_name_with_a_number_the_gazetteer_lacks_is_no_unit(text: str) -> None:
    assert level_names(text) == set()


def test_a_numbered_settlement_of_the_gazetteer_stays() -> None:
    # near miss: the gazetteer has the village with its number
    assert "village:Ак-Буура-1" in level_names('Жашоочулар "Ак-Буура-1" айылында чогулушту.')


# --- a way through a point: its end before the word of its limit is a settlement ---------
# A name, "аркылуу", then the way's end in the dative (lexicon places.yaml route_via_ky):
# both are the way's ends; the end before "чейин"/"чейинки" (route_limit_words) is the
# settlement though its name is shaped like a surname (places/marks.py `_through_point`).
# Found by held-out round 53.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Кызыл-Суу айылынан Чон-Таш аркылуу Эпкинге чейинки жол оңдолду.",
            "village:Эпкин",
        ),
        (
            "Ак-Суу айылынан Кара-Булак аркылуу Орозбековго чейинки 12 чакырым жол асфальтталды.",
            "village:Орозбеков",
        ),
    ],
)
def test_the_end_of_a_way_through_a_point_is_a_settlement(text: str, expected: str) -> None:
    assert expected in level_names(text)


def test_a_surname_before_a_limit_with_no_way_through_a_point_is_no_place() -> None:
    # near miss: a person's name in the dative before "чейин", no point passed through
    assert not {"village:Орозбеков", "village:Эпкин"} & level_names(
        "Бакыт Орозбековго чейин Асан Эпкинге кат жазды."
    )
