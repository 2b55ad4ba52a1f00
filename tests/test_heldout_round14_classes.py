"""Failure classes of held-out rounds 14 and 15 (issue 14), each as a rule about the
language or the page's layout: two team-written inputs and a near miss that must not
match. The sentences are the team's own, not the rounds' documents."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def _counts(text: str) -> list[tuple[int, str]]:
    return [(p.count, p.qualifier) for p in parse_text(text).participants]


# --- the years of a copyright footer count no one, the owner's name after them notwithstanding --

_BODY_KY = "Ат-Башы районунда жолдорду оңдоо боюнча жыйын өттү, ага 45 тургун катышты.\n\n"
_BODY_RU = "В селе Чон-Арык прошло собрание жителей, в нем участвовали 60 человек.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _BODY_KY + "© 2018 Айыл өкмөттөрү ассоциациясы. Бардык укуктар корголгон.",
            [(45, "exact")],
        ),
        (
            _BODY_RU + "(c) 2011-2022 Бакай-Атинский айыл окмоту. Все права защищены.",
            [(60, "exact")],
        ),
    ],
)
def test_the_years_of_a_copyright_footer_count_no_one(text, expected):
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Семинарга (a) 25 мугалим, (b) 40 окуучу жана (c) 2000 ата-эне катышты.",
            [(25, "exact"), (40, "exact"), (2000, "exact")],
        ),
        (
            "На форум пришли (а) 30 депутатов, (б) 45 студентов и (с) 1500 жителей.",
            [(30, "exact"), (45, "exact"), (1500, "exact")],
        ),
    ],
)
def test_a_lettered_lists_item_c_is_no_copyright_mark(text, expected):
    # "(c)" after "(a)" and "(b)" in its sentence is an item of the list, not "©"
    assert sorted(_counts(text)) == sorted(expected)


def test_a_year_sized_count_with_no_copyright_mark_stays_a_count():
    # near miss: the same number with no mark before it is a count of the people
    assert _counts("Шаардык марафонго 2014 жаш спортчу катышты.") == [(2014, "exact")]


# --- a clock banner ending with "г." has not begun the article: the page's headline and ----------
# --- date line under a section's name are the article's own, not related news -----------------

_MENU_KY = "Башкы бет | Айыл өкмөтү жөнүндө | Айылдык кеңеш | Жаңылыктар | Документтер | Байланыш"
_MENU_RU = "Главная | О городе | Городской кенеш | Новости | Объявления | Документы | Контакты"


def _issued_and_dates(text: str) -> tuple[str | None, list[str]]:
    record = parse_text(text)
    return record.issued, [d.start for d in record.dates]


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
    assert _issued_and_dates(text) == (issued, [issued])


def test_a_section_under_the_articles_prose_still_lists_other_articles():
    # near miss: under a sentence of the article, "Новости" heads other articles' headlines
    text = (
        f"Мэрия города Токмок\n\n{_MENU_RU}\n\n"
        "В мэрии города прошла встреча с предпринимателями по вопросам аренды.\n\n"
        "Новости\n\nМэр встретился с ветеранами\n\n13.11.2023 16:40\n"
    )
    assert _issued_and_dates(text) == (None, [])


def _places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


# --- other announcements' links and a journal issue's contents are related-news blocks ----------

_NOTICE = (
    "Ак-Суу айыл өкмөтү 2024-жылдын 14-мартында жайыттарды ижарага берүү боюнча сынак"
    " жарыялайт. Арыздар айыл өкмөтүндө кабыл алынат.\n\n"
)
_LINKS = (
    "Жайыт комитетинин жыйыны өтөт (12.02.2024)\nТоктогул айылында мектеп оңдолот (07.02.2024)\n"
)


def _places_and_dates(text: str) -> tuple[set[str], list[str]]:
    record = parse_text(text)
    return {f"{p.level}:{p.name}" for p in record.places}, [d.start for d in record.dates]


@pytest.mark.parametrize(
    "text",
    [
        _NOTICE + "Окшош жарыялар\n" + _LINKS,
        _NOTICE + "Журналдын бул санында:\nНарын облусунда жергиликтүү бюджет кантип түзүлөт?\n",
    ],
)
def test_the_links_under_an_announcements_or_issues_heading_are_chrome(text):
    assert _places_and_dates(text) == ({"ayil_aimak:Ак-Суу"}, ["2024-03-14"])


def test_the_same_lines_under_no_heading_are_content():
    # near miss: with no heading over them the lines are the text's own
    places, dates = _places_and_dates(_NOTICE + _LINKS)
    assert "village:Токтогул" in places
    assert dates == ["2024-03-14", "2024-02-12", "2024-02-07"]


# --- a Telegram channel's bare link is a url ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("Каналыбызга жазылыңыз: t.me/naryn_aimak", "t.me/naryn_aimak"),
        ("Telegram-канал мэрии: t.me/talas_meria.", "t.me/talas_meria"),
    ],
)
def test_a_bare_telegram_link_is_a_url(text, url):
    assert parse_text(text).contacts.urls == [url]


def test_a_telegram_handle_is_no_url():
    # near miss: the channel's handle alone names no host
    assert parse_text("Пишите в Telegram: @talas_meria").contacts.urls == []
