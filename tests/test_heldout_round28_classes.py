"""Failure classes of held-out round 28 (the ordinary mix, places named in passing), each
as a rule about the language or the layout: team-written inputs that must give the
record's field, and a near miss that must not (none of the sentences is round 28's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def places(text: str) -> set[tuple[str, str]]:
    return {(p.level, p.name) for p in parse_text(text).places if p.level != "country"}


def counts(text: str) -> list[int]:
    return sorted(p.count for p in parse_text(text).participants)


def day_list(text: str) -> list[str]:
    return sorted(d.start for d in parse_text(text).dates if d.role != "issued")


# --- a weekday banner over a site section's name -----------------------------------------
# A site's name of some words over its menu, then a weekday date line with a city's clock,
# then a section's name alone ("Аймактар", "Новости"), then the headline and its own date
# line: the weekday line is the site's banner of today (lines._over_a_headline: a section's
# name under it, lines_chrome.section_name_line), no issued date and no place.


@pytest.mark.parametrize(
    ("text", "issued", "clock_city"),
    [
        (
            "АЙМАК ПРЕСС | Кабарлар агенттиги\nБашкы бет  Коом  Экономика  Аймактар\n"
            "15.03.2024, жума | Ош 09:15\n\nАймактар\n\nНоокатта жаңы мектеп курулуп бүттү\n\n"
            "12.03.2024 08:40\n\nНоокат районунун Кара-Тоо айылында 300 орундуу мектеп ачылды.",
            "2024-03-12",
            ("city", "Ош"),
        ),
        (
            "ТАЛАС ЖАҢЫЛЫКТАРЫ | Облустук маалымат порталы\nГлавная  Общество  Экономика  Регионы"
            "\n16.06.2023, пятница | Бишкек 11:02\n\nНовости\n\nВ Таласе отремонтировали школу\n\n"
            "14.06.2023 10:05\n\nВ селе Кок-Ой Таласского района завершился ремонт школы.",
            "2023-06-14",
            ("city", "Бишкек"),
        ),
    ],
)
def test_a_weekday_banner_over_a_section_name_is_chrome(
    text: str, issued: str, clock_city: tuple[str, str]
) -> None:
    doc = parse_text(text)
    assert doc.issued == issued
    assert clock_city not in places(text)


def test_a_weekday_date_line_under_the_headline_is_the_articles() -> None:
    # near miss: no section's name under it, the article's prose: its own date line
    text = (
        "Ноокатта жаңы мектеп курулуп бүттү\n12.03.2024, шейшемби\n\n"
        "Ноокат районунун Кара-Тоо айылында 300 орундуу мектеп ачылды."
    )
    assert parse_text(text).issued == "2024-03-12"


# --- a posting label under a resolution ---------------------------------------------------
# A council's site posts its resolution, the act's own date line at its head and a posting
# label under the text ("Сайтка жайгаштырылды: 20.04.2021", lexicon dates.yaml
# `issued_opening_labels`, read in the last lines too: dates/issued.py `_page_date`): the
# posting date is issued, the act's date a date (the real README, h015/h016).


def _resolution(items: int, label: str) -> str:
    rows = "\n".join(f"{k}. Бөлүм {k} жооптуу." for k in range(1, items + 1))
    return (
        "Ак-Суу айылдык кеңешинин токтому\n\nАк-Суу айылы                 2021-жылдын 14-апрели"
        f" № 5-3\n\nАйылдык кеңештин сессиясы бюджетти бекитти.\n{rows}\n\n"
        f"Айылдык кеңештин төрагасы      А. Токтогулов\n{label}"
    )


@pytest.mark.parametrize("label", ["Сайтка жайгаштырылды: 20.04.2021", "Жайгаштырылды: 20.04.2021"])
def test_a_posting_label_under_a_long_resolution_is_issued(label: str) -> None:
    text = _resolution(24, label)
    assert parse_text(text).issued == "2021-04-20"
    assert day_list(text) == ["2021-04-14"]


def test_a_date_alone_under_a_resolution_is_no_posting_line() -> None:
    # near miss: no label, a date under the signature of a long act is no posting date
    # the act's own date line under its title is the document's date
    text = _resolution(24, "Тиркеме: 20.04.2021-жылдагы тизме")
    assert parse_text(text).issued == "2021-04-14"


# --- a village's name opening a quotation ----------------------------------------------------
# A quoted sentence's first word is capitalised for that ('«Чек арадагы тынчтык ...»'): a
# name only villages have, bare, before a lower-case word there is a common word, as at a
# sentence's start (places.small_unit_sentence_start, homonyms.opens_quote).


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
    assert ("village", word) not in places(text)


def test_a_village_typed_in_a_quotation_is_a_village() -> None:
    text = 'Баткен районунда жолугушуу өттү. Ал: "Чек айылында жаңы мектеп ачылды" деди.'
    assert ("village", "Чек") in places(text)


# --- a unit's Russian adjective in the plural -------------------------------------------------
# "главы тюпских и тонских айыл окмоту": several ayil aimaks, not one of that name; the
# adjective names the district holding them (places.plural_adjective_holder); a lower-case
# adjective listed before it shares its type word (lists.add_russian_list_members).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Главы тюпских и тонских айыл окмоту обсудили бюджет.",
            {("district", "Түп"), ("district", "Тоң")},
        ),
        ("Семинар собрал глав кеминских айыл окмоту и депутатов.", {("district", "Кемин")}),
    ],
)
def test_a_plural_adjective_names_the_district(text: str, expected: set[tuple[str, str]]) -> None:
    assert places(text) == expected


def test_a_singular_adjective_names_the_ayil_aimak() -> None:
    assert places("Глава Тонского айыл окмоту выступил на сессии.") == {("ayil_aimak", "Тоң")}


# --- an event's venue after the name, with "на" -----------------------------------------------
# "в Джалал-Абаде на областном форуме": the kind word of the event a word further when a
# preposition of an event opens the words after the name (lexicon places.yaml
# `venue_event_prepositions`; places.event_venue): the city.


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "В Джалал-Абадской области, в Сузакском районе прошли слушания. Итоги представят"
            " в Джалал-Абаде на областном форуме.",
            "Жалал-Абад",
        ),
        (
            "В Ошской области, в Ноокатском районе прошел сход. Итоги обсудят в Оше на"
            " республиканском семинаре.",
            "Ош",
        ),
    ],
)
def test_a_venue_before_na_and_an_event_is_the_city(text: str, city: str) -> None:
    assert ("city", city) in places(text)


def test_a_name_before_na_and_no_event_is_the_region() -> None:
    text = (
        "В Нарынской области, в Кочкорском районе прошли сходы. Депутаты в Нарыне на прошлой"
        " неделе обсудили бюджет."
    )
    assert ("city", "Нарын") not in places(text)


# --- where a person comes from -----------------------------------------------------------------
# A bare name both a city and an oblast in the ablative before a participle of coming
# ("Таластан келген адис"): where a person is from, the city (GOLD-FORMAT), though the text
# names the oblast (places.office_city; lexicon places.yaml `from_city_participles`).


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
    assert ("city", city) in places(text)


def test_people_counted_from_a_bare_name_are_the_regions() -> None:
    # near miss: a count after the ablative, no participle: the oblast the text names
    text = "Талас облусунун Манас районунда жыйын өттү. Таластан 30 адис келди."
    assert ("city", "Талас") not in places(text)


# --- a way between two places -------------------------------------------------------------------
# "X менен Yнын ортосундагы жол": both names are the way's ends, settlements
# (places.route_end, marks._between; lexicon `route_between_ky`), not a list of the ayil
# aimaks of those names.


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
    assert expected <= places(text)


def test_a_list_of_two_aimaks_residents_is_no_way() -> None:
    text = (
        "Тамчы жана Чоң-Сары-Ой айыл аймактарынын башчылары жолугушту. Тамчы менен"
        " Чоң-Сары-Ойдун тургундары жолугушту."
    )
    assert ("village", "Тамчы") not in places(text)


# --- a village named by a masculine adjective, in a Russian case ------------------------------------
# "жители Мирного": the oblique endings of a neuter and a masculine adjective are one
# (-ого, -ому, -ом, -ым); every nominative the gazetteer has is read (lexicon places.yaml
# `russian_neuter_name`), and the unit the context picks names the place (Мирный in the
# ayil aimak the text names, Мирное in another: forms.russian_noun_at, assemble._written).


@pytest.mark.parametrize(
    ("text", "village"),
    [
        (
            "В Джаны-Пахтинском айыл окмоту Сокулукского района отремонтировали арык: воду"
            " теперь получают жители Мирного.",
            "Мирный",
        ),
        (
            "В Барпынском айыл окмоту Сузакского района открыли ФАП. Жители Пригородного"
            " получили медпункт.",
            "Пригородный",
        ),
    ],
)
def test_a_masculine_adjective_village_in_a_case(text: str, village: str) -> None:
    assert ("village", village) in places(text)


def test_the_neuter_namesake_in_its_own_aimak() -> None:
    text = (
        "В Сокулукском районе, в Нижнечуйском айыл окмоту, отремонтировали клуб. Жители"
        " Мирного пришли на открытие."
    )
    assert ("village", "Мирное") in places(text)
    assert ("village", "Мирный") not in places(text)
