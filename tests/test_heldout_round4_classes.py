"""Failure classes of held-out round 4 (issue 14), each as a rule about the language or
the page's layout: two team-written inputs and a near miss that must not match. The
sentences are the team's own, not the round's documents."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def _dates(text: str) -> tuple[str | None, list[str]]:
    doc = parse_text(text)
    return doc.issued, sorted(f"{d.start}..{d.end}" for d in doc.dates if d.role != "issued")


def _places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


def _counts(text: str) -> list[tuple[int, str]]:
    return sorted((p.count, p.qualifier) for p in parse_text(text).participants)


def _persons(text: str) -> list[str]:
    return [p.name for p in parse_text(text).persons]


# --- a masthead glosses the month in the old calendar: "12-апрель (Чын куран), 2024-жыл" -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Жыйын 14-декабрь (Бештин айы), 2022-жылы айыл өкмөтүндө өттү.",
            (None, ["2022-12-14..2022-12-14"]),
        ),
        (
            "АЙЫЛ КАБАРЛАРЫ\nЧыгарылышы № 9 (310) · 3-март (Жалган куран), 2023-жыл\n\n"
            "Айылдык кеңештин сессиясы Бугу айынын 5инде болот.",
            (None, ["2023-03-03..2023-03-03", "2023-05-05..2023-05-05"]),
        ),
        # near miss: a weekday in brackets is no gloss: the number after it is no year
        (
            "Жыйын 14-декабрь (шаршемби), 2022 тургун менен өттү.",
            (None, ["--12-14..--12-14"]),
        ),
    ],
)
def test_a_month_glossed_in_brackets_keeps_its_year(text, expected):
    assert _dates(text) == expected


# --- a posting label with its day word: "Кошулган күнү: 17-май, 2024" -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Айылда жаңы мектеп ачылды\nКошулган күнү: 5-июнь, 2023 | Автор: Асан Үсөнов\n"
            "Мектептин ачылышы 2-июнда болду.",
            ("2023-06-05", ["2023-06-02..2023-06-02"]),
        ),
        (
            "Сессия өттү\nКошулган күнү: 12.09.2022\nСессия 9-сентябрда болду.",
            ("2022-09-12", ["2022-09-09..2022-09-09"]),
        ),
        # near miss: an announced event's day label is no posting label
        (
            "Жыйын болот\nӨтүүчү күнү: 5-июнь, 2023 | Орду: маданият үйү\nБаарыңар келгиле.",
            (None, ["2023-06-05..2023-06-05"]),
        ),
    ],
)
def test_the_added_day_label_gives_the_page_date(text, expected):
    assert _dates(text) == expected


# --- a banner date line is no prose: a section name under it still heads the headline ----------

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
    assert _dates(text) == expected


# --- sports games are contests: a year closing their name is a period ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жаштар «Айыл спорту – 2023» оюндарына катышты.", [(2023, 2023)]),
        ("Окуучулар «Билим – 2022» олимпиадасына катышты.", [(2022, 2022)]),
        # near miss: "оюн" alone (a play, a game of any kind) names no contest
        ("Сахнада «Ата-Эне – 2023» оюну көрсөтүлдү.", []),
    ],
)
def test_a_year_closing_the_name_of_sports_games_is_a_period(text, expected):
    assert [(p.start, p.end) for p in parse_text(text).periods] == expected


# --- a yearly event on an undated page keeps "--MM-DD" ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "С 1 октября 2024 года муниципалитеты начнут прием заявок.\n"
            "Ежегодный форум партнеров пройдет 21–22 ноября в Караколе.",
            ["--11-21..--11-22", "2024-10-01..2024-10-01"],
        ),
        (
            "2023-жылдын 1-августунан тартып базар жаңы имаратта иштейт.\n"
            "Жыл сайынкы жарманке 5-сентябрда айылдын борборунда өтөт.",
            ["--09-05..--09-05", "2023-08-01..2023-08-01"],
        ),
        # near miss: an event said once takes the year of the text's full date
        (
            "С 1 октября 2024 года муниципалитеты начнут прием заявок.\n"
            "Форум партнеров пройдет 21–22 ноября в Караколе.",
            ["2024-10-01..2024-10-01", "2024-11-21..2024-11-22"],
        ),
    ],
)
def test_a_yearly_event_takes_no_year_from_another_sentence(text, expected):
    assert _dates(text)[1] == expected


def test_a_yearly_event_on_a_dated_page_takes_the_page_year():
    text = "12.10.2024 10:00\nЕжегодный форум партнеров пройдет 21–22 ноября в Караколе."
    assert _dates(text) == ("2024-10-12", ["2024-11-21..2024-11-22"])


def _ayil_aimaks(text: str) -> list[str]:
    return sorted(p.name for p in parse_text(text).places if p.level == "ayil_aimak")


# --- a related link's label run into its headline ---------------------------------------------

_PROSE_KY = "Айылда жыйын болду, ага 25 тургун катышты жана бюджетти талкуулашты.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_PROSE_KY + "Окшош: Нарында 50 мугалим окуудан өттү\n", [(25, "exact")]),
        (
            "В селе прошло собрание, в нем участвовали 25 жителей.\n\n"
            "Похожее: В Оше 40 волонтеров приняли участие в субботнике\n",
            [(25, "exact")],
        ),
        # near miss: the word in prose, no label
        (
            "Окшош семинар Нарында да болуп, ага 50 мугалим катышты.",
            [(50, "exact")],
        ),
    ],
)
def test_a_related_link_label_run_into_a_headline_is_another_article(text, expected):
    assert _counts(text) == expected
