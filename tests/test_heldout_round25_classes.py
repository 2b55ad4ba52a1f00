"""Failure classes of held-out round 25 (blind pages on participants and dates), each as
a rule about the language or the layout: two team-written inputs that must give the
record's field, and a near miss that must not (none of the sentences is round 25's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def counts(text: str) -> list[int]:
    return sorted(p.count for p in parse_text(text).participants)


def day_spans(text: str) -> list[tuple[str, str]]:
    return sorted((d.start, d.end) for d in parse_text(text).dates)


def places(text: str) -> list[str]:
    return sorted(f"{p.level}:{p.name}" for p in parse_text(text).places)


# --- a document's own date after "Түзүлгөн күнү:" -----------------------------------
# The day a report or notice was drawn up, labelled on its own line, is its issued date.


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        (
            "МААЛЫМАТ\nАйыл аймактарындагы окуулар жөнүндө\n\nТүзүлгөн күнү: 2023-жылдын"
            " 14-ноябры\n\nОкуулар төрт айылда өттү.",
            "2023-11-14",
        ),
        (
            "СПРАВКА\nО ходе слушаний по бюджету в айыл аймаках\n\nДата составления:"
            " 02.10.2024\n\nСлушания прошли в пяти селах.",
            "2024-10-02",
        ),
    ],
)
def test_a_drawn_up_label_gives_the_issued_date(text: str, issued: str) -> None:
    assert parse_text(text).issued == issued


def test_drawn_up_in_prose_is_no_issued_date() -> None:
    # near miss: a body formed on a day, in a sentence
    text = "Айыл өкмөтүндө жумушчу топ иштейт\n\nТоп 2023-жылдын 14-ноябрында түзүлдү."
    assert parse_text(text).issued is None


# --- a deadline the text reports as past keeps the page's year ------------------------
# A yearless deadline lies ahead of the document, unless its clause ends in a Kyrgyz
# verb of the past: then it is a day like any other (the nearest year, or its
# sentence's).


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Ош, 2024-жылдын 20-майы. Сынак 2024-жылдын 1-апрелинде башталып, табыштамалар"
            " 10-майга чейин кабыл алынган.",
            ("2024-05-10", "2024-05-10"),
        ),
        (
            "Нарын, 2023-жылдын 15-ноябры. Сынакка табыштамалар 5-ноябрга чейин тапшырылган.",
            ("2023-11-05", "2023-11-05"),
        ),
    ],
)
def test_a_past_deadline_is_not_moved_ahead(text: str, day: tuple[str, str]) -> None:
    assert day in day_spans(text)


def test_a_deadline_ahead_still_moves_to_next_year() -> None:
    # near miss: the deadline's verb is in the present-future
    text = "Ош, 2024-жылдын 20-майы. Табыштамалар 10-майга чейин кабыл алынат."
    assert ("2025-05-10", "2025-05-10") in day_spans(text)


# --- "мартын 28инде": the month's short genitive before a day with the possessive -------
# Pages write the genitive "мартынын" short ("мартын", "апрелин"): before a day that
# takes the possessive and a case itself it is the month-first date.


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Жарыяланды: 12.05.2022\nЖыйын апрелин 19унда Кочкордо өттү.",
            ("2022-04-19", "2022-04-19"),
        ),
        (
            "Жарыяланды: 12.05.2022\nДаярдык мартын 3үндө башталган.",
            ("2022-03-03", "2022-03-03"),
        ),
    ],
)
def test_a_short_genitive_month_before_a_possessive_day(text: str, day: tuple[str, str]) -> None:
    assert day in day_spans(text)


def test_a_month_in_the_accusative_before_a_count_is_no_date() -> None:
    # near miss: a number with no possessive after the month
    text = "Жарыяланды: 12.05.2022\nБиз апрелин 19 күн күттүк."
    assert ("2022-04-19", "2022-04-19") not in day_spans(text)


# --- a menu whose last item is a search box ----------------------------------------
# Items parted by two spaces, the first a site section's name, the last a search box's
# placeholder with its ellipsis ("Поиск...", "Издөө…"): a menu, chrome, no place.


@pytest.mark.parametrize(
    "menu",
    [
        "Главная  Новости  Айыл аймаки  Контакты    Поиск...",
        "Башкы бет  Жаңылыктар  Айыл аймактар  Байланыш  Издөө...",
    ],
)
def test_a_menu_with_a_search_box_is_chrome(menu: str) -> None:
    text = f"Кочкор районунун администрациясы\n{menu}\n\nЖыйын Кочкор районунда өттү."
    assert "ayil_aimak:Контакты" not in places(text)
    assert places(text) == ["district:Кочкор"]


def test_a_sentence_ending_in_an_ellipsis_is_no_menu() -> None:
    # near miss: prose with commas and an ellipsis names its places
    text = "Жаңылыктар\n\nСеминарлар Нарында, Таласта жана Ошто өттү...\n"
    assert "oblast:Талас" in places(text) or "city:Талас" in places(text)
