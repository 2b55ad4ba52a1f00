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
