"""Page chrome over the article that gives no place and no date: menus (gaps, a search box,
a clock or a currency widget on their line), date and clock banners, a site's path.

Each class is a rule about the language or the layout: team-written inputs that must give
the record's field, and a near miss that must not (none of the sentences is a held-out
round's own). The comment over each class says which held-out round found it."""

from __future__ import annotations

import pytest

from record_fields import (
    content_days_of,
    counts,
    days_in_order,
    issued_and_content_ranges,
    issued_and_days_in_order,
    level_name_list,
    level_name_pairs,
    level_names,
    sorted_level_names,
    sorted_period_spans,
)
from vap_cli.pipeline import explain_text, parse_text
from vap_cli.segment.lines_chrome import menu_line

# --- a region field naming a unit by its type word is content (lexicon region_field_*) -------
# Left after held-out round 3's first fixes (issue 14).


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Аймактар: Ош облусу (Ноокат жана Кара-Суу райондору)", {"oblast:Ош"}),
        ("Регионы: Нарынская область (Кочкорский район)", {"oblast:Нарын"}),
    ],
)
def test_a_region_field_with_a_type_word_names_its_units(line: str, expected: set[str]) -> None:
    text = f"Долбоорлор\n{line}\n\nДолбоор 2024-жылы башталды.\n"
    assert expected <= level_names(text)


def test_a_region_menu_of_bare_names_stays_chrome() -> None:
    # near miss: the label over bare names is a site's menu
    text = "Долбоорлор\nАймактар: Баткен, Талас\n\nДолбоор 2024-жылы башталды.\n"
    assert level_names(text) == set()


# --- a banner date line is no prose: a section name under it still heads the headline ----------
# Found by held-out round 4.

_BANNER_RU = "Министерство финансов\nВремя в Бишкеке: 10:20 | Среда, 6 марта 2024 г.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _BANNER_RU + "Главная | Новости | Контакты\n\nНовости\n\n"
            "В Нарыне прошел семинар для депутатов\n05.03.2024 14:10 · Просмотров: 120\n\n"
            "С 1 по 2 марта в Нарыне прошел семинар, в нем участвовали депутаты.",
            ("2024-03-05", ["2024-03-01..2024-03-02"]),
        ),
        (
            "Мэрия города\nСегодня: пятница, 12 апреля 2024 г.\n\nРегионы\n\n"
            "В Оше открыли новую школу\n11.04.2024 09:30 · Просмотров: 88\n\n"
            "Школу открыли 10 апреля, в ней будут учиться дети.",
            ("2024-04-11", ["2024-04-10..2024-04-10"]),
        ),
        # near miss: under the article's prose the section's name heads other headlines
        (
            "В селе открыли школу, в ней будут учиться триста детей из трех сел.\n\n"
            "Новости\n\nВ Оше прошел форум молодежи\n04.04.2024 10:00\n",
            (None, []),
        ),
    ],
)
def test_a_banner_date_line_is_no_prose_over_the_page_section(text, expected):
    assert issued_and_content_ranges(text) == expected


# --- a menu with its items parted by two spaces ---------------------------------------------------
# Found by held-out round 9.


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Жаңылыктар  Райондун тарыхы  Айыл аймактар  Байланыш", True),
        ("Башкы бет  Документтер  Долбоорлор  Сүрөттөр", True),
        # near miss: a sentence written with double spaces has its punctuation
        ("Жаңылыктар  боюнча  айыл  аймактар  маалымат  берди.", False),
    ],
)
def test_a_menu_parted_by_two_spaces_is_chrome(line, expected):
    assert menu_line(line) is expected


def test_a_two_space_menu_names_no_place():
    text = (
        "Жаңылыктар  Райондун тарыхы  Айыл аймактар  Инвестициялар  Байланыш\n\n"
        "Кеңеш айылында жыйын өттү."
    )
    assert "ayil_aimak:Инвестициялар" not in level_names(text)


# --- a clock banner ending with "г." has not begun the article: the page's headline and ----------
# --- date line under a section's name are the article's own, not related news -----------------
# Found by held-out round 14.

_MENU_KY = "Башкы бет | Айыл өкмөтү жөнүндө | Айылдык кеңеш | Жаңылыктар | Документтер | Байланыш"
_MENU_RU = "Главная | О городе | Городской кенеш | Новости | Объявления | Документы | Контакты"


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        (
            f"Ак-Суу айыл өкмөтү\nРасмий сайт\n\n{_MENU_KY}\n\n"
            "Время в Бишкеке: 14:05 | 3 марта 2024 г.\n\nНовости\n\n"
            "В селе Ак-Суу открыли новую библиотеку\n\nОпубликовано: 02.03.2024 11:20\n\n"
            "В селе Ак-Суу состоялось открытие сельской библиотеки, на котором присутствовали"
            " жители и школьники.\n",
            "2024-03-02",
        ),
        (
            f"Мэрия города Токмок\n\n{_MENU_RU}\n\nСегодня: 14 ноября 2023 г.\n\nНовости\n\n"
            "Мэр встретился с предпринимателями\n\n13.11.2023 16:40\n\n"
            "В мэрии города Токмок прошла встреча мэра с предпринимателями города, обсуждены"
            " вопросы налогов и аренды.\n",
            "2023-11-13",
        ),
    ],
)
def test_a_clock_banner_does_not_begin_the_article(text, issued):
    assert issued_and_days_in_order(text) == (issued, [issued])


def test_a_section_under_the_articles_prose_still_lists_other_articles():
    # near miss: under a sentence of the article, "Новости" heads other articles' headlines
    text = (
        f"Мэрия города Токмок\n\n{_MENU_RU}\n\n"
        "В мэрии города прошла встреча с предпринимателями по вопросам аренды.\n\n"
        "Новости\n\nМэр встретился с ветеранами\n\n13.11.2023 16:40\n"
    )
    assert issued_and_days_in_order(text) == (None, [])


# --- a site's path ending in a year's archive is chrome ---------------------------------------
# Found by held-out round 17.


_BODY_PERIOD = "\n\nВ 2020 году в селе прошел сход жителей.\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Айыл өкмөтү | Токтомдор | 2025-жыл", []),
        ("Главная / Документы / Отчеты / 2024 год", []),
        # near miss: a title and its year, two items, is no site's path
        ("Токтомдор | 2025-жыл", [(2025, 2025)]),
    ],
)
def test_a_year_archive_in_a_sites_path_is_no_period(line, expected):
    assert sorted_period_spans(line + _BODY_PERIOD) == sorted([(2020, 2020), *expected])


# --- a menu whose last item is a search box ----------------------------------------
# Items parted by two spaces, the first a site section's name, the last a search box's
# placeholder with its ellipsis ("Поиск...", "Издөө…"): a menu, chrome, no place.
# Found by held-out round 25.


@pytest.mark.parametrize(
    "menu",
    [
        "Главная  Новости  Айыл аймаки  Контакты    Поиск...",
        "Башкы бет  Жаңылыктар  Айыл аймактар  Байланыш  Издөө...",
    ],
)
def test_a_menu_with_a_search_box_is_chrome(menu: str) -> None:
    text = f"Кочкор районунун администрациясы\n{menu}\n\nЖыйын Кочкор районунда өттү."
    assert "ayil_aimak:Контакты" not in sorted_level_names(text)
    assert sorted_level_names(text) == ["district:Кочкор"]


def test_a_sentence_ending_in_an_ellipsis_is_no_menu() -> None:
    # near miss: prose with commas and an ellipsis names its places
    text = "Жаңылыктар\n\nСеминарлар Нарында, Таласта жана Ошто өттү...\n"
    assert "oblast:Талас" in sorted_level_names(text) or "city:Талас" in sorted_level_names(text)


# --- a site's menu with two-space gaps, longer than a short line --------------------------
# A menu of short items parted by two spaces, its first item a site section's name, is
# chrome up to a headline's length (lines_chrome._narrow_gap_menu), and it is no prose:
# a section's name under it ("Новости") still stands over the page's own headline, whose
# posting line is the page's date (lines_related._prose_not_date). Its items name no
# place ("Об АО": about the ayil okmotu).
# Found by held-out round 26.


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        (
            "Талас айыл өкмөтү - расмий сайт\n"
            "Башкы бет  Биз жөнүндө  Кеңеш  Жаңылыктар  Кулактандыруулар  Бюджет  Даректер"
            "  Байланыш\nЖаңылыктар\nАйыл өкмөтү жаштар менен жолугушту\n"
            "Жарыяланды: 03.04.2022 | Бөлүм: Жаңылыктар | Көрүүлөр: 210\n"
            "Айыл өкмөтүнүн башчысы жаштар менен жолугушуу өткөрдү. Ага 40 жаш катышты.",
            "2022-04-03",
        ),
        (
            "Главная  Об АО  Айылный кенеш  Новости  Объявления  Бюджет  Обращения граждан"
            "  Документы  Контакты\nНовости\nСход граждан прошел в айыл окмоту\n"
            "Опубликовано: 11.09.2021 | Категория: Новости\n"
            "Сход граждан прошел в айыл окмоту. Участвовали 60 жителей.",
            "2021-09-11",
        ),
    ],
)
def test_a_long_two_space_menu_is_chrome_and_no_prose(text: str, issued: str) -> None:
    doc = parse_text(text)
    assert doc.issued == issued
    assert not {p.name for p in doc.places} & {"Об"}
    assert [p.count for p in doc.participants] in ([40], [60])


def test_a_sentence_with_double_spaces_is_no_menu() -> None:
    # near miss: a line of prose typed with double spaces has its commas and full stop
    text = (
        "Жаңылыктар  Жыйындар  өттү, айыл аймагында  тургундар  суу  маселесин  талкуулашты"
        "  жана  Кочкор  районунун  акимине  кайрылышты.\nЖарыяланды: 03.04.2022"
    )
    assert ("district", "Кочкор") in level_name_pairs(text)


# --- a banner of today's date and time over a labelled posting line ---------------------
# A line of a date and a clock with no word ("12.11.2026 | 08:15") above the page's
# posting line that a label opens ("Жарыяланды: ...", "Опубликовано: ...") is the site's
# banner of the day the page was saved: no date, and it does not date the days without a
# year (rule dates.current_date_banner).
# Found by held-out round 26.


@pytest.mark.parametrize(
    ("text", "issued", "days"),
    [
        (
            "Ак-Талаа айыл аймагы\n12.11.2026 | 08:15\nСессия өттү\n"
            "Жарыяланды: 05.03.2021 | Көрүүлөр: 88\nАйылдык кеңештин сессиясы 4-мартта өттү.",
            "2021-03-05",
            ["2021-03-04"],
        ),
        (
            "Сайт айыл окмоту\n01.07.2026  09:40\nСход граждан\n"
            "Опубликовано: 14.05.2020\nСход прошел 12 мая, следующий пройдет 2 июня.",
            "2020-05-14",
            ["2020-05-12", "2020-06-02"],
        ),
    ],
)
def test_a_bare_date_and_clock_over_a_labelled_posting_line_is_a_banner(
    text: str, issued: str, days: list[str]
) -> None:
    doc = parse_text(text)
    assert doc.issued == issued
    assert content_days_of(doc) == days


def test_a_bare_date_and_clock_with_no_label_below_is_the_page_date() -> None:
    # near miss: no posting label under it: the line is the page's own date line
    doc = parse_text(
        "Ак-Талаа айыл аймагы\n12.11.2021 | 08:15\nСессия өттү\n"
        "Айылдык кеңештин сессиясы 4-мартта өттү."
    )
    assert doc.issued == "2021-11-12"


# --- a bare date and clock in the header over a news dateline -------------------------------
# A header line of a date and a clock and no word ("08:40 | 3-март 2026") above a news
# dateline with its year ("Талас, 2019-жылдын 14-марты — Кабар.") is the site's banner of
# today's date: no date, no period, and the dateline's date is issued, which dates the days
# without a year (rules dates.issued_dateline_under_banner, dates.banner_over_dateline).
# Found by held-out round 47.


@pytest.mark.parametrize(
    ("text", "issued", "days"),
    [
        (
            "Аймак жаңылыктары\nКоом | Саясат\n08:40 | 3-март 2026\n\nТаласта жыйын өттү\n\n"
            "Талас, 2019-жылдын 14-марты — Кабар. Райондо 11-12-март күндөрү жыйын өттү.",
            "2019-03-14",
            ["2019-03-11"],
        ),
        (
            "Новости регионов\n17:05 | 9 октября 2026\n\nВ Оше прошел форум\n\n"
            "Ош, 22 мая 2018 года — АКИpress. Форум прошел 20 мая в городском театре.",
            "2018-05-22",
            ["2018-05-20"],
        ),
    ],
)
def test_a_bare_date_and_clock_over_a_news_dateline_is_a_banner(
    text: str, issued: str, days: list[str]
) -> None:
    doc = parse_text(text)
    assert doc.issued == issued
    assert content_days_of(doc) == days
    assert [p.start for p in doc.periods] == []


def test_a_bare_date_and_clock_over_prose_without_a_dateline_is_the_page_date() -> None:
    # near miss: the prose under it opens with no dateline: the line is the page's own date
    doc = parse_text(
        "Аймак жаңылыктары\n08:40 | 14-март 2019\n\nТаласта жыйын өттү\n\n"
        "Райондо 11-12-март күндөрү жыйын өттү, ага 40 киши катышты."
    )
    assert doc.issued == "2019-03-14"


# --- a date beside the site's log-in and search links over a labelled posting line ---------
# A date whose other cells are a site's links ("12.11.2026 | Кирүү | Издөө", "Войти | Поиск";
# lexicon lines.yaml `site_link_words`) is the banner of today's date as a clock beside it
# makes one (rule dates.current_date_banner). Found by held-out round 45.


@pytest.mark.parametrize(
    ("text", "issued", "days"),
    [
        (
            "Ак-Талаа айыл аймагы\n12.11.2026 | Кирүү | Издөө\nСессия өттү\n"
            "Жарыяланды: 05.03.2021 | Көрүүлөр: 88\nАйылдык кеңештин сессиясы 4-мартта өттү.",
            "2021-03-05",
            ["2021-03-04"],
        ),
        (
            "Сайт айыл окмоту\nВойти | Поиск | 01.07.2026\nСход граждан\n"
            "Опубликовано: 14.05.2020\nСход прошел 12 мая.",
            "2020-05-14",
            ["2020-05-12"],
        ),
        # near miss: a word of its own beside the date: the line is no banner of today
        (
            "Ак-Талаа айыл аймагы\n12.11.2020 | Кирүү | Сессия\nСессия өттү\n"
            "Жарыяланды: 05.03.2021 | Көрүүлөр: 88\nАйылдык кеңештин сессиясы 4-мартта өттү.",
            "2021-03-05",
            ["2020-11-12", "2021-03-04"],
        ),
    ],
)
def test_a_date_beside_the_site_s_links_over_a_labelled_posting_line_is_a_banner(
    text: str, issued: str, days: list[str]
) -> None:
    doc = parse_text(text)
    assert doc.issued == issued
    assert content_days_of(doc) == days


# A link of a few words ("Поиск на сайте", "Сайт боюнча издөө") beside a weekday's banner date
# ("Шейшемби, 8-декабрь 2026") makes the same banner (dates.banner_beside_links; left54).
@pytest.mark.parametrize(
    ("text", "issued", "days"),
    [
        (
            "Тоо-Суу айыл аймагы\nШейшемби, 8-декабрь 2026 | Сайт боюнча издөө\nЖыйын өттү\n"
            "Жарыяланды: 03.02.2022\nАйылдык жыйын 2-февралда өттү.",
            "2022-02-03",
            ["2022-02-02"],
        ),
        (
            "Сайт мэрии\nВход в кабинет | Среда, 9 декабря 2026\nСубботник\n"
            "Опубликовано: 11.04.2019\nСубботник прошел 10 апреля.",
            "2019-04-11",
            ["2019-04-10"],
        ),
        # near miss: the cell beside the date is a phrase of the page, no short link
        (
            "Сайт мэрии\nСреда, 9 декабря 2026 | Поиск юных талантов в районах области\n"
            "Конкурс\nОпубликовано: 11.04.2019\nКонкурс прошел 10 апреля.",
            "2019-04-11",
            ["2019-04-10", "2026-12-09"],
        ),
    ],
)
def test_a_weekday_date_beside_a_link_of_a_few_words_is_a_banner(
    text: str, issued: str, days: list[str]
) -> None:
    doc = parse_text(text)
    assert doc.issued == issued
    assert content_days_of(doc) == days


# ... the link's other words name the site (lines.yaml site_link_companions): a cell of a
# link word and a word of the page ("Вход свободный": the entry is free) is no link, and
# the date beside it is the event's (revfixl54).
@pytest.mark.parametrize(
    ("text", "issued", "days"),
    [
        (
            "Сайт района\n14.05.2026 | Войти на сайт\nОтчет\n"
            "Опубликовано: 02.03.2021\nСессия прошла 1 марта.",
            "2021-03-02",
            ["2021-03-01"],
        ),
        # near miss: "free entry" beside the date of the event
        (
            "Выставка ковров\n12.03.2024 | Вход свободный\nОпубликовано: 01.03.2024\n"
            "Выставка откроется в Бишкеке.",
            "2024-03-01",
            ["2024-03-12"],
        ),
        # near miss: the same in Kyrgyz ("кирүү акысыз")
        (
            "Көргөзмө\n12.03.2024 | Кирүү акысыз\nЖарыяланды: 01.03.2024\n"
            "Көргөзмө Бишкекте ачылат.",
            "2024-03-01",
            ["2024-03-12"],
        ),
    ],
)
def test_a_link_word_beside_a_word_of_the_page_is_no_link(
    text: str, issued: str, days: list[str]
) -> None:
    doc = parse_text(text)
    assert doc.issued == issued
    assert content_days_of(doc) == days


# --- "today", a comma, a date and a clock: a site's banner of today's date ----------------
# A line that opens with "today" and a comma ("Сегодня,", "Бүгүн,") and has only a date and
# a clock after it is the site's banner of the day the page was saved (with a colon it is a
# chrome line already): no issued date, no date, no period, and it dates no day-month of
# the article (rule dates.today_banner). In prose the date goes on to a sentence.
# Found by held-out round 42.


@pytest.mark.parametrize(
    ("text", "issued", "ranges"),
    [
        (
            "Вести района\nСегодня, 9 октября 2026, 08:35\n\nВ Токмоке отремонтировали мост\n\n"
            "ТОКМОК, 14 марта 2022 — Вести. Мост открыли 11 марта, следующий откроют 2 мая.",
            "2022-03-14",
            ["2022-03-11..2022-03-11", "2022-05-02..2022-05-02"],
        ),
        (
            "Айыл жаңылыктары\nБүгүн, 3-ноябрь, 2025-жыл, 17:20\n\nМектепке жаңы автобус\n\n"
            "15.09.2019\n\nАйыл өкмөтү мектепке автобус тапшырды. Сабак 2-октябрда башталат.",
            "2019-09-15",
            ["2019-10-02..2019-10-02"],
        ),
    ],
)
def test_today_and_a_comma_before_a_date_and_clock_is_a_banner(
    text: str, issued: str, ranges: list[str]
) -> None:
    assert issued_and_content_ranges(text) == (issued, ranges)
    assert sorted_period_spans(text) == []


def test_today_and_a_comma_in_prose_keeps_the_date() -> None:
    # near miss: the line goes on to a sentence after the date: the article's event day
    text = (
        "Шаар жаңылыктары\n\n12.05.2024\n\n"
        "Сегодня, 12 мая 2024, в 10:00 в мэрии прошла встреча с жителями.\n"
    )
    doc = parse_text(text)
    assert doc.issued == "2024-05-12"
    assert "2024-05-12" in [d.start for d in doc.dates if d.role != "issued"]


# --- a currency widget written with the currencies' signs -------------------------------
# A short line with two or more currency signs and rates with decimals ("$ 87.45   €
# 101.20"), beside the site's clocks, is a widget (lexicon lines.yaml currency_signs):
# the clocks' cities are no places.
# Found by held-out round 26.


@pytest.mark.parametrize(
    "text",
    [
        "Жаңылыктар\nБишкек 09:10   Ош 09:10   $ 87.45   € 101.20   ₽ 1.12\n"
        "Кочкор районунда жыйын өттү\nКочкор районунун айылдарында жыйындар башталды.",
        "Новости\nБишкек 09:10   Ош 09:10   € 101.20   $ 87.45\n"
        "В Кочкорском районе прошел сход\nСход прошел в Кочкорском районе.",
    ],
)
def test_a_widget_of_currency_signs_is_chrome(text: str) -> None:
    assert level_name_pairs(text) == {("district", "Кочкор")}


def test_one_sign_with_a_price_is_no_widget() -> None:
    # near miss: one sign is a price on a line of the text
    assert ("city", "Бишкек") in level_name_pairs(
        "Новости\nБилет: $ 12.50 Бишкек\nВ Нарыне прошел форум."
    )


# --- a weekday banner over a site section's name -----------------------------------------
# A site's name of some words over its menu, then a weekday date line with a city's clock,
# then a section's name alone ("Аймактар", "Новости"), then the headline and its own date
# line: the weekday line is the site's banner of today (lines._over_a_headline: a section's
# name under it, lines_chrome.section_name_line), no issued date and no place.
# Found by held-out round 28.


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
    assert clock_city not in level_name_pairs(text)


def test_a_weekday_date_line_under_the_headline_is_the_articles() -> None:
    # near miss: no section's name under it, the article's prose: its own date line
    text = (
        "Ноокатта жаңы мектеп курулуп бүттү\n12.03.2024, шейшемби\n\n"
        "Ноокат районунун Кара-Тоо айылында 300 орундуу мектеп ачылды."
    )
    assert parse_text(text).issued == "2024-03-12"


# --- a menu with a currency widget on its line --------------------------------------------
# "Башкы | Коом | Тоң | Спорт      USD 87,45 | EUR 95,10": a wide gap parts the menu
# from the rates after it; the menu is chrome still (lines_chrome._without_rates).
# Found by held-out round 29.


@pytest.mark.parametrize(
    "menu",
    [
        "Башкы | Коом | Аймактар | Тоң | Спорт      USD 87,45 | EUR 95,10",
        "Главная | Политика | Регионы | Тоң | Спорт     USD 87.45 | RUB 1.02",
    ],
)
def test_a_menu_with_currency_rates_is_chrome(menu: str) -> None:
    text = f"Кабар\n{menu}\n\nТалас, 3-март, 2021. Айылда жыйын өттү."
    assert ("district", "Тоң") not in level_name_pairs(text)


def test_a_menu_before_numbers_that_are_no_rates_is_read() -> None:
    # near miss: years after the gap are no currency widget: the line is no menu
    text = (
        "Кабар\nБашкы | Коом | Аймактар | Тоң | Спорт      2020 | 2021 | 2022\n\n"
        "Талас, 3-март, 2021. Айылда жыйын өттү."
    )
    assert ("district", "Тоң") in level_name_pairs(text)


# --- a menu's line with a clock or today's date at its end -----------------------------
# A site's menu longer than a short line, with a widget a wide gap parts from its items
# (a clock "Бишкек убактысы 11:47", today's date and clock "09:41, 21 марта 2019"), is
# chrome as a menu with a currency widget is (lines_chrome `_without_widget`): no
# village from its items, no issued date from its clock; the dateline's date is issued.
# Found by held-out round 33.


def test_a_menu_with_a_clock_names_no_village() -> None:
    text = (
        "Башкы | Саясат | Коом | Экономика | Аймактар | Маданият      Бишкек убактысы 11:47\n\n"
        "Лейлек районунда суу түтүгү ишке берилди\n\n"
        "Лейлек, 2021-жылдын 5-июлу — Кабар. Суу түтүгү пайдаланууга берилди.\n"
    )
    assert ("village", "Маданият") not in level_name_list(text)


def test_a_menu_with_todays_date_gives_no_issued_date() -> None:
    text = (
        "Главная | Политика | Экономика | Регионы | Общество           09:41, 21 марта 2019\n\n"
        "В Нарыне открыли школу\n\n"
        "Нарын, 20 марта 2019 г. — КирТАГ. В Нарыне открыли новую школу.\n"
    )
    doc = parse_text(text)
    assert str(doc.issued) == "2019-03-20"
    assert "2019-03-21" not in days_in_order(text)


# ... and so is today's date with its weekday set off by a comma after the gap ("...
# Спорт      Жума, 3-март 2017"): a banner_date_line ending a menu; the dateline under
# the headline is issued. Found by held-out round 46.


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        (
            "Жаңылыктар | Саясат | Билим | Спорт | Ден соолук        Жума, 3-март 2017\n\n"
            "Таласта жаңы мектеп ачылды\n\n"
            "Талас, 2-март 2017-ж. /Кабар/. Шаарда 300 орундуу мектеп ачылды.\n",
            "2017-03-02",
        ),
        (
            "Главная  Новости  Регионы  Экономика  Культура        Среда, 9 октября 2019\n\n"
            "В Токмоке отремонтировали дорогу\n\n"
            "Токмок, 8 окт. 2019 г. /АКИpress/. В городе завершили ремонт улицы.\n",
            "2019-10-08",
        ),
    ],
)
def test_a_menu_ending_in_a_weekday_banner_gives_no_issued_date(text: str, issued: str) -> None:
    assert str(parse_text(text).issued) == issued


def test_a_weekday_in_a_menus_last_sentence_is_no_banner() -> None:
    # near miss: a sentence after the gap names the weekday, it is no banner
    text = "Главная  Новости  Регионы      Сессия пройдет в среду, 9 октября 2019 года\n"
    assert days_in_order(text) == ["2019-10-09"]


def test_a_sentence_after_a_menu_keeps_its_date() -> None:
    # near miss: words of a sentence after the gap are no widget
    text = "Главная | Новости | Регионы | Общество      Сессия кенеша пройдет 15 марта 2024 года\n"
    assert days_in_order(text) == ["2024-03-15"]


# --- a menu closed by a search box's placeholder ----------------------------------------
# Items parted by wide gaps with a search box's placeholder last ("Издөө...", "Поиск…")
# are a menu though none of them is a section's name the lexicon lists: its "Айыл
# аймактары" types no unit.
# Found by held-out round 33.


@pytest.mark.parametrize(
    "text",
    [
        "☰   Акимиат   Айыл аймактары   Долбоорлор   Издөө…\n\nКара-Суу шаарында форум өттү\n",
        "Меню   Акимиат   Айыл аймактары   Мыйзамдар   Издөө...\n\nКара-Суу шаарында форум өттү\n",
    ],
)
def test_a_menu_with_a_search_box_names_no_unit(text: str) -> None:
    assert level_name_list(text) == [("city", "Кара-Суу")]


def test_a_row_of_typed_names_is_no_menu() -> None:
    # near miss: a row of villages with their type words, no search box, names them
    text = "Ак-Суу айылы   Кара-Суу айылы   Жаңы-Жол айылы   Сары-Булак айылы\n"
    assert len(level_name_list(text)) == 4


# --- the page's section: an item of the menu above, alone on its line -------------------
# A header's line that repeats one item of a menu above it is the page's section (lines.py
# `_section`), no village of that name; it still counts as a header line for the
# page's date (dates/issued.py).
# Found by held-out round 33.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Облус | Райондор | Маданият | Спорт | Видео\n\nМаданият\n\n"
            "Райондо жаңы спорт аянтчасы ачылды\n",
            "Маданият",
        ),
        (
            "Башкы бет | Жаңылыктар | Тынчтык | Спорт | Видео\n\nТынчтык\n\n"
            "Райондо жаңы спорт аянтчасы ачылды\n",
            "Тынчтык",
        ),
    ],
)
def test_a_menu_item_over_the_headline_is_no_village(text: str, name: str) -> None:
    assert ("village", name) not in level_name_list(text)


def test_a_name_the_menu_lacks_is_still_read() -> None:
    # near miss: a line the menu does not list is no section's name
    text = "Облус | Райондор | Спорт | Видео\n\nМаданият\n\nРайондо жаңы спорт аянтчасы ачылды\n"
    assert ("village", "Маданият") in level_name_list(text)


# --- "Нарын 12:04 | Бишкек 12:04 | Ош 12:04": a line of places' clocks is page chrome -------
# A short line made only of two or more capitalised names each with its clock time, parted
# by a menu's separator or by spaces, is a site's world clock (clock_widget.place_clocks,
# read by lines_chrome.chrome_mark): it names no place (places.chrome_line).
# Found by held-out round 35.


@pytest.mark.parametrize(
    "clocks",
    [
        "Талас 09:41 | Бишкек 09:41 | Москва 06:41",
        "Жалал-Абад: 17:20   Кара Балта: 17:20",
    ],
)
def test_a_line_of_places_clocks_names_no_place(clocks: str) -> None:
    text = f"Жаңылыктар\n{clocks}\n\nАйыл өкмөтүндө жыйын болду.\n"
    assert level_names(text) == set()


def test_prose_with_two_clocks_names_its_places() -> None:
    # near miss: lower-case words between the clocks make it prose
    text = "Жаңылыктар\n\nАвтобус Таластан 09:40та чыгып, Бишкекке 15:10до жетет.\n"
    assert {"city:Талас", "city:Бишкек"} <= level_names(text)


# --- a breaking-news ticker's label and another article's headline on one line -------------
# "ШАШЫЛЫШ: <headline>", "СРОЧНО: <headline>" at the page's head is the site's ticker of
# other news: chrome, no place (lexicon lines.yaml chrome_words).
# Found by held-out round 42.


@pytest.mark.parametrize(
    "ticker",
    ["ШАШЫЛЫШ: Таласта кар көчкү жолду жаап калды", "СРОЧНО: В Караколе отключат свет"],
)
def test_a_breaking_news_ticker_names_no_place(ticker: str) -> None:
    text = f"Жаңылыктар порталы\n{ticker}\n\nЖыйын өттү\n\nАйыл өкмөтүндө жыйын болду.\n"
    assert level_names(text) == set()


def test_a_headline_naming_a_place_is_read() -> None:
    # near miss: no ticker's label before it
    text = "Жаңылыктар порталы\nТаласта кар көчкү жолду жаап калды\n\nЖол жабылды.\n"
    assert "city:Талас" in level_names(text)


# --- a menu closed by a language switcher after a wide gap ------------------------------
# A site's menu of section names run on to its language switcher ("НОВОСТИ  ВЛАСТЬ  СПОРТ
# Кыргызча | Русский"): the switcher is a widget as a currency rate is, so the line
# is a menu, no prose; a section's name under it stands over the page's own headline,
# whose dateline gives the issued date and whose byline a person. Found by held-out round 48.

_SWITCHER_PAGES = [
    (
        "НОВОСТИ  ВЛАСТЬ  РЕГИОНЫ  МИР  СПОРТ  ЗДОРОВЬЕ                    Кыргызча | Русский"
        " | English\n\nРЕГИОНЫ\n\nВ Баткене отремонтировали дорогу\n\n"
        "14:05, 21 июня 2020, Баткен – Нуржан САДЫКОВ\n\n"
        "В Баткене отремонтировали дорогу. На открытии присутствовали 70 жителей.\n",
        "2020-06-21",
    ),
    (
        "ВЛАСТЬ  ПОЛИТИКА  ОБЩЕСТВО  ЭКОНОМИКА  КУЛЬТУРА  СПОРТ           RSS | Кыргызча | Русский"
        "\n\nРЕГИОНЫ\n\nВ Таласе построили новый мост\n\n"
        "09:40, 5 апреля 2021, Талас – 24.kg, Бакыт АСАНОВ\n\n"
        "В городе Талас построили новый мост. На открытии присутствовали 200 жителей.\n",
        "2021-04-05",
    ),
]


@pytest.mark.parametrize(("text", "issued"), _SWITCHER_PAGES)
def test_a_menu_ending_in_a_language_switcher_is_chrome(text: str, issued: str) -> None:
    doc = parse_text(text)
    assert str(doc.issued) == issued
    assert len(doc.persons) == 1


@pytest.mark.parametrize(
    "line",
    [
        "ЖАҢЫЛЫКТАР  БИЙЛИК  АЙМАКТАР  ДҮЙНӨ  СПОРТ  МАДАНИЯТ                    RSS | Кыргызча | Русча",
        "ГЛАВНАЯ  ОБЩЕСТВО  РЕГИОНЫ  КУЛЬТУРА  СПОРТ                    Кыргызча | Русский | English",
    ],
)
def test_a_menus_line_closed_by_a_language_switcher_is_a_menu(line: str) -> None:
    assert menu_line(line)


def test_a_menu_ending_in_places_is_no_switcher() -> None:
    # near miss: short items after the gap with no language's name are no switcher
    line = "НОВОСТИ  ВЛАСТЬ  РЕГИОНЫ  МИР  СПОРТ  ЗДОРОВЬЕ                    RSS | Бишкек | Ош"
    assert not menu_line(line)


# --- "Сайтта: 14 конок": a site's counter of its visitors is page chrome --------------------
# A label of who is on the site now, its colon and a count (lexicon lines.yaml
# visitor_counter_labels) make a short line a widget: its count is no participant, its
# date no date of the text. Found by held-out round 53.


@pytest.mark.parametrize(
    "text",
    [
        "Сайтта: 9 конок | 12.05.2021\n\nАйылда жыйын болду, ага 40 тургун катышты.\n",
        "Сейчас на сайте: 3 гостя\n\nВ селе прошел сход, в нем участвовали 40 жителей.\n",
    ],
)
def test_a_visitors_counter_gives_no_count(text: str) -> None:
    assert counts(text) == [40]


def test_a_sentence_about_the_site_keeps_its_count() -> None:
    # near miss: the label's word inside a sentence, no colon right after it
    assert counts("Сайтта жарыяланды: 25 мугалим сынакка катышат.\n") == [25]


# --- "На сайте: 12.05.2019 ...": a date after the counter's label is no counter -------------
# The label, its colon and a number that goes on after a date's or a time's mark
# (lines_chrome.py `_VISITOR_COUNTER`): the line tells of a date, it is the text's.
# Found by the review of acc53 (revfix53).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Документтер даяр.\n\nСайтта: 15.03.2022 күнү жаңы буйрук жарыяланды.\n", ["2022-03-15"]),
        ("Документы готовы.\n\nНа сайте: 12.05.2019 размещен отчет о сходе.\n", ["2019-05-12"]),
    ],
)
def test_a_date_after_a_counters_label_is_the_texts(text: str, expected: list[str]) -> None:
    assert days_in_order(text) == expected


def test_a_counter_beside_a_date_is_still_chrome() -> None:
    # near miss: a count after the label, the date in another cell of the widget
    text = "Азыр сайтта: 7 конок | 03.04.2020\n\nАйылда жыйын болду, ага 30 тургун катышты.\n"
    assert counts(text) == [30]
    assert days_in_order(text) == []


# --- chrome labels typed on a Russian keyboard (fold.typed_too) ---------------------------------
# Found by the surface sweep (tests/sweeps/test_surface_metamorphic.py, kyrgyz_as_russian) once
# rounds 54 and 55 joined its pool: "Бугун:" and "Мурунку жанылык:" for "Бүгүн:", "Мурунку
# жаңылык:" are the same chrome.


@pytest.mark.parametrize(
    ("text", "issued", "ranges"),
    [
        (
            "Талды айыл окмоту\nБугун: 18.02.2026  10:05\n\n2021-06-04 / Жанылыктар\n\n"
            "Айылда суу тутуму ондолду\n\nСуу тутуму 2-июнда ишке кирди.\n",
            "2021-06-04",
            ["2021-06-02..2021-06-02"],
        ),
        (
            "Кок-Жар айыл окмоту\n\n14.10.2023\n\nМектепте жаны спорт зал ачылды\n\n"
            "Зал 10-октябрда ачылды.\n\nМурунку жанылык: Айылда жол ондолду (2023-09-28)\n"
            "Кийинки жанылык: Кузги жарманке (2023-10-20)\n",
            "2023-10-14",
            ["2023-10-10..2023-10-10"],
        ),
    ],
)
def test_chrome_labels_typed_on_a_russian_keyboard_give_no_date(
    text: str, issued: str, ranges: list[str]
) -> None:
    assert issued_and_content_ranges(text) == (issued, ranges)


def test_today_typed_on_a_russian_keyboard_in_prose_keeps_the_date() -> None:
    # near miss: "бугун" opening a sentence with a comma, no colon: the article's own day
    text = (
        "Айыл жанылыктары\n\n05.03.2024\n\n"
        "Бугун, 5-мартта айыл окмотунда жергиликтуу бюджет боюнча жыйын отту.\n"
    )
    assert content_days_of(parse_text(text)) == ["2024-03-05"]


# --- a programme's day headings are the text's dates, no banner (programme_days.py) -------------
# A weekday date line under the text's prose whose next line is a timetable row (its clock
# time, then a dash) is the day of the programme the text announces, however many days
# it lists. Found by held-out round 64 (acc64).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Айыл өкмөтү 2026-жылдын 3-4-июнунда жайлоодо майрам өткөрөт. Баарыңыздарды"
            " чакырабыз.\n\nПрограмма\n\n3-июнь, шаршемби\n10:00 — Ат чабыш\n\n"
            "4-июнь, бейшемби\n12:00 — Көк-бөрү\n",
            ["2026-06-03", "2026-06-03", "2026-06-04"],
        ),
        (
            "Районный дом культуры 12–13 мая 2026 года проведет смотр самодеятельности."
            " Приглашаем всех жителей.\n\nПрограмма\n\nВторник, 12 мая\n09:30 – 10:00 –"
            " регистрация участников\n\nСреда, 13 мая\n11:00 — награждение\n",
            ["2026-05-12", "2026-05-12", "2026-05-13"],
        ),
    ],
)
def test_a_programmes_day_headings_are_dates(text: str, expected: list[str]) -> None:
    assert sorted(str(d.start) for d in parse_text(text).dates) == expected


def test_a_news_feeds_weekday_line_stays_chrome() -> None:
    # near miss: a feed's headline after its clock, no dash: a site's list, no programme
    text = (
        "Районный дом культуры 12 мая 2026 года провел смотр самодеятельности, пришли жители"
        " сел.\n\nЛента новостей\nСреда, 14 мая\n10:05 В Бишкеке открыли новый сквер\n"
    )
    assert [str(d.start) for d in parse_text(text).dates] == ["2026-05-12"]


# A programme's day heading is named by its own rule (dates.programme_day) and is never
# the page's issued date; a weekday date line over the page's menu, above the prose, is
# the site's banner whatever follows it (revfix64).


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Сельская библиотека 20 и 21 августа 2026 года проведет дни чтения. Приглашаем"
            " читателей всех возрастов.\n\nПрограмма\n\nЧетверг, 20 августа\n10:00 — открытие"
            " выставки книг\n\nПятница, 21 августа\n14:00 — встреча с писателем\n",
            ["20 августа", "21 августа"],
        ),
        (
            "Айылдык китепкана 2026-жылдын 20-21-августунда окуу күндөрүн өткөрөт. Бардык"
            " окурмандарды чакырабыз.\n\nПрограмма\n\n20-август, бейшемби\n10:00 — китеп"
            " көргөзмөсүнүн ачылышы\n\n21-август, жума\n14:00 — жазуучу менен жолугушуу\n",
            ["20-август", "21-август"],
        ),
    ],
)
def test_a_programmes_day_heading_is_named_and_no_issued_date(text: str, days: list[str]) -> None:
    document, decisions = explain_text(text)
    named = [d.text for d in decisions if d.rule.code == "dates.programme_day"]
    assert all(day in named for day in days)
    assert all(d.role != "issued" for d in document.dates if d.text in named)


def test_a_weekday_date_line_over_the_menu_stays_a_banner() -> None:
    # near miss: no prose above the weekday line, a menu under it
    text = (
        "Пятница, 21 августа\n10:00 — Главная | Новости | Контакты\n\nВ селе открыли"
        " библиотеку\n\nВ селе Ак-Суу открыли новую библиотеку, пришли 40 читателей.\n"
    )
    assert parse_text(text).dates == []
