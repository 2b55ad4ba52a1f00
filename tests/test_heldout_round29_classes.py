"""Failure classes of held-out round 29 (blind pages of councils' sessions, district
papers and Russian agency news), each as a rule about the language or the layout:
team-written inputs that must give the record's field, and a near miss that must not
(none of the sentences is round 29's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def places(text: str) -> set[tuple[str, str]]:
    return {(p.level, p.name) for p in parse_text(text).places if p.level != "country"}


def counts(text: str) -> list[int]:
    return sorted(p.count for p in parse_text(text).participants)


def persons(text: str) -> list[str]:
    return [p.name for p in parse_text(text).persons]


def spans(text: str) -> list[tuple[str, str]]:
    return sorted((d.start, d.end) for d in parse_text(text).dates if d.role != "issued")


def years(text: str) -> list[tuple[int, int]]:
    return sorted((p.start, p.end) for p in parse_text(text).periods)


# --- a range told by verbs of beginning and ending ---------------------------------------
# "X-дан башталып, Y-га чейин", "начнётся X, а завершится к Y": the two days are one
# range (dates.yaml range_begun_ky, range_begin_ru, range_end_ru; ranges.join_atoms).


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Ош, 10-март, 2023-жыл. Жолду оңдоо 5-майдан башталып, 20-июлга чейин бүтөт.",
            ("2023-05-05", "2023-07-20"),
        ),
        (
            "Ош, 10 марта 2023 года. Посевная начнётся 3 апреля, а завершится к 25 мая.",
            ("2023-04-03", "2023-05-25"),
        ),
        (
            "Ош, 10 марта 2023 года. Ремонт школы начался 2 июня и закончился к 30 августа.",
            ("2023-06-02", "2023-08-30"),
        ),
    ],
)
def test_a_begun_and_ended_work_is_one_range(text: str, span: tuple[str, str]) -> None:
    assert span in spans(text)


def test_two_days_with_no_verb_of_ending_stay_two() -> None:
    # near miss: the second day has a verb of its own, no end of the first's work
    text = "Ош, 10 марта 2023 года. Конкурс начнётся 3 апреля. Итоги подведут 25 мая."
    assert spans(text) == [("2023-04-03", "2023-04-03"), ("2023-05-25", "2023-05-25")]


# --- a posting line with a counter of reads ----------------------------------------------
# "Жарыяланган күнү: 14-март 2019-ж.  Окулду: 312": "окулду" (was read), "Прочитано" are
# a page's counter beside the posting date (dates.yaml issued_line_words): the line is
# still the page's date line.


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        (
            "Аймак жаңылыктары\n\nАйылда жаңы көпүрө курулду\n\n"
            "Жарыяланган күнү: 14-март 2019-ж.  Окулду: 312\n\nАйылда көпүрө курулду.",
            "2019-03-14",
        ),
        (
            "Новости района\n\nВ селе открыли мост\n\n"
            "Дата публикации: 5 апреля 2020 г.   Прочитано: 87\n\nВ селе открыли мост.",
            "2020-04-05",
        ),
    ],
)
def test_a_posting_line_with_a_read_counter_is_issued(text: str, issued: str) -> None:
    assert parse_text(text).issued == issued


def test_a_day_in_prose_with_a_word_of_reading_is_no_posting_line() -> None:
    # near miss: a report read out at a session on a day is an event
    text = (
        "Айылдык кеңештин сессиясы өттү. Ага 15 депутат катышты.\n\n"
        "Отчет 14-март 2019-ж. сессияда окулду жана депутаттар аны талкуулашты."
    )
    assert parse_text(text).issued is None


# --- a newspaper's static founding line --------------------------------------------------
# After the paper's own description on its line ("Общественно-политическая газета ...
# области. Основана ..."; lines.yaml masthead_paper_words), and in the paper's imprint,
# beside the editors' address or the circulation ("Гезит 1935-жылдан бери чыгат. Нускасы
# 900."; lines.yaml imprint_marks), the founding line is chrome: no date, period or place.
# (Under the prose with no imprint's mark it is the text's: round 3.)

_PAPER_RU = (
    "ТАЛАССКИЙ ВЕСТНИК\nОбщественно-политическая газета Таласской области. Основана 3 мая"
    " 1936 года\n№ 12 (8 101)   Пятница, 17 марта 2023 г.\n\nВ Таласе отремонтировали"
    " школу. На открытие пришли 80 жителей."
)
_PAPER_KY = (
    "Айылда жаңы мектеп ачылды\n\nКара-Буура районунда жаңы мектеп ачылды. Ага 200 окуучу"
    " барат, ачылыш аземине 150 адам катышты.\n\nРедакциянын дареги: Кара-Буура ш.,"
    " Манас көчөсү, 12\nГезит 1935-жылдан бери чыгат. Нускасы 900."
)


def test_a_founding_line_after_the_papers_description_is_chrome() -> None:
    doc = parse_text(_PAPER_RU)
    assert "1936-05-03" not in {d.start for d in doc.dates}
    assert ("oblast", "Талас") not in places(_PAPER_RU)


def test_a_founding_line_in_the_imprint_is_chrome() -> None:
    assert (1935, 1935) not in years(_PAPER_KY)


def test_a_paper_coming_out_since_a_year_in_prose_is_a_period() -> None:
    # near miss: the sentence has prose after it, and says more than a founding line
    text = (
        "Райондук гезит 1935-жылдан бери чыгат. Гезиттин юбилейине 60 окурман катышты жана"
        " редакцияга ыраазычылык айтышты."
    )
    assert (1935, 1935) in years(text)


# --- a menu with a currency widget on its line --------------------------------------------
# "Башкы | Коом | Тоң | Спорт      USD 87,45 | EUR 95,10": a wide gap parts the menu
# from the rates after it; the menu is chrome still (lines_chrome._without_rates).


@pytest.mark.parametrize(
    "menu",
    [
        "Башкы | Коом | Аймактар | Тоң | Спорт      USD 87,45 | EUR 95,10",
        "Главная | Политика | Регионы | Тоң | Спорт     USD 87.45 | RUB 1.02",
    ],
)
def test_a_menu_with_currency_rates_is_chrome(menu: str) -> None:
    text = f"Кабар\n{menu}\n\nТалас, 3-март, 2021. Айылда жыйын өттү."
    assert ("district", "Тоң") not in places(text)


def test_a_menu_before_numbers_that_are_no_rates_is_read() -> None:
    # near miss: years after the gap are no currency widget: the line is no menu
    text = (
        "Кабар\nБашкы | Коом | Аймактар | Тоң | Спорт      2020 | 2021 | 2022\n\n"
        "Талас, 3-март, 2021. Айылда жыйын өттү."
    )
    assert ("district", "Тоң") in places(text)
