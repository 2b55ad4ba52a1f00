"""Failure classes of held-out round 10 (blind pages written like real ones, with their
chrome), each as a rule about the language or the layout: two team-written inputs that
must give the record's field, and a near miss that must not (none of the sentences is
round 10's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def persons(text: str) -> list[str]:
    return [p.name for p in parse_text(text).persons]


def places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


def periods(text: str) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in parse_text(text).periods]


# --- a site's language switcher: its language names are no person ----------------------
# "Кыргызча   Русский" has a capitalised word and a word with a surname's -ский: a name's
# shape, but the names of languages (lexicon persons.yaml `language_names`).


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Министерство юстиции Кыргызской Республики\nВерсия для печати   Кыргызча   Русский\n\n"
            "В Оше прошла встреча с жителями. Перед ними выступил Бакыт Асанов.\n",
            ["Бакыт Асанов"],
        ),
        (
            "Нарын облустук администрациясы\nРусский  Кыргызча\n\n"
            "Жыйында облустун жаштар бөлүмүнүн адиси Айгүл Токтосунова сөз сүйлөдү.\n",
            ["Айгүл Токтосунова"],
        ),
    ],
    ids=["ru-wide-gaps", "ky-russian-first"],
)
def test_a_language_switcher_names_no_person(text: str, people: list[str]) -> None:
    assert persons(text) == people


def test_a_surname_in_sky_after_a_given_name_is_still_a_person() -> None:
    # near miss: an adjectival surname is a surname when no language's name stands by it
    text = "На встрече выступил заместитель акима Андрей Вишневский.\n"
    assert persons(text) == ["Андрей Вишневский"]


# --- an office of the administration before "айыл окмоту" names no ayil aimak -----------
# A contacts list or a menu writes "Приемная айыл окмоту", "Бухгалтерия айыл окмоту":
# the office's noun (lexicon places.yaml `not_unit_names_russian`), no unit's name.


@pytest.mark.parametrize(
    "text",
    [
        "Телефоны для справок:\nПриемная айыл окмоту — (03134) 5-12-34\n",
        "Бухгалтерия айыл окмоту принимает документы до пятницы.\n",
    ],
    ids=["reception", "accounts"],
)
def test_an_office_before_the_type_word_names_no_ayil_aimak(text: str) -> None:
    assert not any(p.startswith("ayil_aimak:") for p in places(text))


def test_the_unit_after_an_office_is_still_read() -> None:
    # near miss: the office of a named ayil aimak names that unit
    text = "Приемная Новопавловского айыл окмоту работает с 8:00.\n"
    assert "ayil_aimak:Новопавловка" in places(text)


# --- a role, a given name and a surname that is also a unit, before "айыл аймагы" -------
# The given name between the role word and the surname makes the surname the person's:
# the ayil aimak of that name (the gazetteer has ayil aimaks named after people) is not
# meant; the type word belongs to the sentence ("the ayil aimak's budget").


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
    assert "ayil_aimak:Карасаев" in places(text)


# --- a copyright notice's years are the footer's, also after the owner's name ------------
# (A short line with the mark is chrome whole; a notice with the site's address runs
# longer: its years are dropped, its address is content.)

NOTICE = (
    "© Нарын шаардык мэриясынын басма сөз кызматы, 2015-2024. Нарын шаары, Ленин көчөсү,"
    " 12, 2-кабат.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "Жыйын 2024-жылы өттү.\n\n" + NOTICE,
        "Сход прошел в 2024 году.\n\n(c) Пресс-служба Жалал-Абадской областной администрации"
        " 2010-2023, все материалы сайта доступны по лицензии\n",
    ],
    ids=["ky-owner-comma", "ru-owner"],
)
def test_the_years_of_a_copyright_notice_are_no_period(text: str) -> None:
    assert periods(text) == [(2024, 2024)]


def test_years_in_the_sentence_after_the_notice_are_a_period() -> None:
    # near miss: the notice ends at its full stop; the sentence after it is the page's
    text = (
        "© Ош шаардык мэриясы. Шаарда 2020-2024-жылдары 40 мектеп жана 12 бала бакча"
        " курулуп, пайдаланууга берилди.\n"
    )
    assert periods(text) == [(2020, 2024)]


def test_the_address_of_a_copyright_notice_still_names_its_city() -> None:
    assert "city:Нарын" in places("Жыйын 2024-жылы өттү.\n\n" + NOTICE)


# --- a bare name in the genitive before its nameless villages: the district --------------
# "Кочкордун айылдары": a bare name names the district sooner than its ayil aimak of that
# name (bare_levels); the ayil aimak only when the name has no district.


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Жумгалдын алыскы айылдарына жаңы жол салынды.\n", "district:Жумгал"),
        ("АТ-БАШЫНЫН АЙЫЛДАРЫ ЖАЗГЫ ЭГИШКЕ ДАЯР\n\nДыйкандар үрөн алышты.\n", "district:Ат-Башы"),
    ],
    ids=["ky", "capitals"],
)
def test_a_district_and_ayil_aimak_name_owning_villages_is_the_district(
    text: str, unit: str
) -> None:
    found = places(text)
    level, name = unit.split(":")
    assert unit in found
    assert f"ayil_aimak:{name}" not in found


def test_an_ayil_aimak_name_owning_villages_is_the_ayil_aimak() -> None:
    # near miss: no district has the name: its ayil aimak owns the villages
    assert "ayil_aimak:Жазы" in places("Жазынын бардык айылдарында таза суу бар.\n")


# --- where an event is held: a city-and-oblast name's Russian noun after "в" -------------
# Next to an event's kind word or verb (lexicon events.yaml), "в Оше" is the venue, the
# city, though the text names the oblast of that name (rounds 6 and 8's writers; the
# real pages' "the unit the text is about" still reads the region where no event is held
# there).


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Форумы прошли во всех районах Баткенской области. Итоги подведут на"
            " конференции в Баткене в мае.\n",
            "city:Баткен",
        ),
        (
            "Депутаты Таласской области одобрили план, а в Таласе пройдет семинар для"
            " специалистов.\n",
            "city:Талас",
        ),
    ],
    ids=["kind-before", "verb-after"],
)
def test_a_city_and_oblast_name_where_an_event_is_held_is_the_city(text: str, city: str) -> None:
    found = places(text)
    assert city in found
    assert "oblast:" + city.split(":")[1] in found


def test_a_city_and_oblast_name_with_no_event_is_the_region() -> None:
    # near miss: no event's word by it: the region the text is about
    text = (
        "В селе Кызыл-Адыр Таласской области построили школу. Депутаты в Таласе"
        " поддержали стройку.\n"
    )
    assert "city:Талас" not in places(text)


# --- a Russian adjective written with ю or ё for the Kyrgyz ү and ө ----------------------
# "Угютского айыл аймака" is Үгүт, as a bare "Кёк-Жар" is Көк-Жар: the adjective's stem is
# read with the Kyrgyz vowels too, and its type word picks the level.


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Глава Тюгёль-Сайского айыл окмоту выступил на сходе.\n", "ayil_aimak:Түгөл-Сай"),
        ("Делегация Угютского айыл окмоту посетила Нарын.\n", "ayil_aimak:Үгүт"),
    ],
    ids=["both-vowels", "village-spelt-so"],
)
def test_a_russian_adjective_with_yu_or_yo_names_the_kyrgyz_unit(text: str, unit: str) -> None:
    assert unit in places(text)


def test_a_russian_adjective_with_yu_that_names_a_unit_as_written_keeps_it() -> None:
    # near miss: the spelling as written is the gazetteer's own
    assert "ayil_aimak:Люксембург" in places("Сотрудники Люксембургского айыл окмоту выступили.\n")


def counts(text: str) -> list[int]:
    return sorted(p.count for p in parse_text(text).participants)


# --- a district's Russian adjective misspelt: the closest district's ---------------------
# "Ыссык-Атинском районе" (a doubled letter) is Ысык-Ата, as a typed district one letter
# off is (`places.fuzzy_spelling`); a region abroad stays none.


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Сход прошел в Ыссык-Атинском районе.\n", "district:Ысык-Ата"),
        ("Семинар для депутатов прошел в Ноокатсском районе.\n", "district:Ноокат"),
    ],
    ids=["doubled-s", "stray-s"],
)
def test_a_misspelt_district_adjective_names_the_district(text: str, unit: str) -> None:
    assert unit in places(text)


def test_a_region_abroad_is_no_misspelt_district() -> None:
    # near miss: an adjective no district is close to
    assert places("Делегация из Жамбылской области посетила Талас.\n") == {"city:Талас"}


# --- the ends of a way between places are settlements ------------------------------------
# "Сары-Таштан Гүлчөгө", "из X до Y": a way runs between settlements, so a bare end with a
# village (or city, town) of its name is that settlement, not its district or ayil aimak.


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
    found = places(text)
    assert expected <= found
    assert not_expected not in found


def test_a_name_one_came_from_alone_is_no_end_of_a_way() -> None:
    # near miss: an ablative with no second end: the bare name's usual level
    assert "district:Кочкор" in places("Кочкордон келген делегация Нарында болду.\n")


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
    assert village in places(text)


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
    assert district in places(text)


# --- "X сыяктуу ири айылдарда": a word of size or remoteness before the type word --------


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
    assert village in places(text)


def test_a_clause_between_such_as_and_the_type_word_types_nothing() -> None:
    # near miss: a clause, not one adjective of the lexicon, before the type word
    text = "Жыйындарды Жаңы-Арык сыяктуу суусу жок айылдарда өткөрүү сунушталды.\n"
    assert "village:Жаңы-Арык" not in places(text)
