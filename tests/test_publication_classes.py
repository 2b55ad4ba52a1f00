"""The publication-line classes the round-7 sweep found failing
(tests/sweeps/test_publication_forms.py), each with two page excerpts that must give
their record and a near miss that must not.
"""

from __future__ import annotations

import pytest

from vap_cli import parse_text

PROSE_KY = "Нарын районунда 3-декабрда семинар өттү. Ага беш айылдан 30 киши катышты."
PROSE_RU = "Семинар прошёл 3 декабря в Нарыне. В нём участвовали 30 человек из пяти сёл."


def record(text: str) -> tuple[str | None, set[tuple[str, str]]]:
    """The issued date and the other dates (first and last day) of a page."""
    doc = parse_text(text)
    return doc.issued, {(d.start, d.end) for d in doc.dates if d.role != "issued"}


def _days(*days: str) -> set[tuple[str, str]]:
    return {(d, d) for d in days}


# --- a weekday date line under a short headline -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Kyrgyz headline closed by its verb in the past, a photo's credit under the date
        (
            f"Нарында семинар өттү\nИшемби, 5-декабрь 2026-жыл\nСүрөт: пресс-кызмат\n{PROSE_KY}",
            ("2026-12-05", _days("2026-12-03")),
        ),
        (
            f"Айылда мектеп ачылды\nШейшемби, 8-декабрь 2026\n{PROSE_KY}",
            ("2026-12-08", _days("2026-12-03")),
        ),
        # near miss: a site's name (no verb) over its banner and a photo's credit
        (
            f"Аймак кабарлары\nИшемби, 5-декабрь 2026-жыл\nСүрөт: пресс-кызмат\n{PROSE_KY}",
            (None, _days("--12-03")),
        ),
    ],
)
def test_a_weekday_date_line_under_a_headline_closed_by_its_verb(
    text: str, expected: tuple[str | None, set[tuple[str, str]]]
) -> None:
    assert record(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short headline, the weekday date line right under it, then the prose
        (
            f"Итоги сессии кенеша\nСуббота, 5 декабря 2026 г.\n{PROSE_RU}",
            ("2026-12-05", _days("2026-12-03")),
        ),
        (
            f"Айыл кеңешинин кезектеги сессиясы\nИшемби, 5-декабрь 2026, 14:30\n{PROSE_KY}",
            ("2026-12-05", _days("2026-12-03")),
        ),
        # near misses: a site's name over its banner, then the headline or the menus
        (
            f"Вечерний Нарын\nСуббота, 5 декабря 2026\nИтоги сессии кенеша\n{PROSE_RU}",
            (None, _days("--12-03")),
        ),
        (
            f"Вечерний Нарын\nСуббота, 5 декабря 2026\nГлавная | Новости\n{PROSE_RU}",
            (None, _days("--12-03")),
        ),
    ],
)
def test_a_weekday_date_line_right_over_the_prose_under_a_short_headline(
    text: str, expected: tuple[str | None, set[tuple[str, str]]]
) -> None:
    assert record(text) == expected


# --- a nominative year word closing a date line keeps its year ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Нарында жыйын өттү\nЖарыяланды: 3-январь 2026-жыл\n6-январда айылда жыйын өттү.",
            ("2026-01-03", _days("2026-01-06")),
        ),
        (
            "Нарында жыйын өттү\n14:30, 3-январь 2025-ж.\n6-январь күнү айылда жыйын өттү.",
            ("2025-01-03", _days("2025-01-06")),
        ),
        # near misses: the genitive wraps onto its day's line; on one line the nominative
        # is the year of the day after it
        (
            "Нарында жыйын өттү\nЖыйын 2024-жылдын\n6-январында айылда өттү.",
            (None, _days("2024-01-06")),
        ),
        (
            "Нарында жыйын өттү\nЖыйын 2024-жыл, 6-январда айылда өттү.",
            (None, _days("2024-01-06")),
        ),
    ],
)
def test_a_year_word_ending_a_line_is_not_the_next_lines_year(
    text: str, expected: tuple[str | None, set[tuple[str, str]]]
) -> None:
    assert record(text) == expected


# --- the clock's hour word before the posting date --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Нарында семинар өттү\nСаат 14:30, 05.12.2026\n{PROSE_KY}", "2026-12-05"),
        (f"Нарында семинар өттү\nЖарыяланды: саат 09:15, 5-декабрь 2026\n{PROSE_KY}", "2026-12-05"),
        # near misses: an event's hour (its case ending), an announcement's details
        (f"Нарында семинар өттү\nСаат 14:30дө, 05.12.2026\n{PROSE_KY}", None),
        (f"Нарында семинар өттү\n14:30дө, 05.12.2026\n{PROSE_KY}", None),
        (f"Нарында семинар өттү\nОрду: Нарын\nСаат 14:30, 05.12.2026\n{PROSE_KY}", None),
    ],
)
def test_a_posting_clock_after_its_hour_word(text: str, expected: str | None) -> None:
    assert parse_text(text).issued == expected


# --- May's three letters with the abbreviation's dot, a Russian month's name with it too ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"В Нарыне прошёл семинар по бюджету\n5 май. 2019 | Автор: admin\n{PROSE_RU}",
            "2019-05-05",
        ),
        (
            f"В Нарыне прошёл семинар по бюджету\nОпубликовано: 12 май. 2024 г., 14:30\n{PROSE_RU}",
            "2024-05-12",
        ),
        # a Russian month's whole name with the dot the same format puts after it
        (
            f"В Нарыне прошёл семинар по бюджету\n5 мая. 2019 | Автор: admin\n{PROSE_RU}",
            "2019-05-05",
        ),
        (
            "В Нарыне прошёл семинар по бюджету\nОпубликовано: 12 сентября. 2024 г., 14:30\n"
            f"{PROSE_RU}",
            "2024-09-12",
        ),
    ],
)
def test_a_months_abbreviation_or_name_with_its_dot_before_a_year(text: str, expected: str) -> None:
    assert parse_text(text).issued == expected


def test_mays_abbreviation_without_a_year_is_no_date() -> None:
    # "май" is also "butter": with no hyphen and no year after it, no date
    doc = parse_text("Дүкөнгө 5 май. Андан кийин 3 кап ун келди.")
    assert doc.dates == []


def test_a_russian_months_name_ending_a_sentence_takes_no_dot_and_no_year() -> None:
    # near miss: the dot of a sentence's end, no year after it
    doc = parse_text("Семинар прошёл 14 марта. Затем в нём участвовали 30 человек из пяти сёл.")
    assert [(d.start, d.text) for d in doc.dates] == [("--03-14", "14 марта")]


@pytest.mark.parametrize(
    ("text", "day", "year"),
    [
        # near miss: the year opens a new sentence about itself, its year word no date
        # line's ("2024 г.,", "2024 года")
        ("Семинар прошёл 14 марта. 2019 год стал для нас важным.", "--03-14", 2019),
        ("Конференция открылась 5 мая. 2018 год запомнился многим.", "--05-05", 2018),
        ("Жыйын 5 мая. 2019-жылы да ушундай жыйын өткөн.", "--05-05", 2019),
        # ... or an abbreviated year word that is the new sentence's subject, a word in
        # lower case after it (lexicon `month_dot_sentence_year_words`)
        ("Конференция открылась 5 мая. 2021 г. запомнился многим.", "--05-05", 2021),
        ("Семинар прошёл 14 марта. 2020 г. стал для нас важным.", "--03-14", 2020),
    ],
)
def test_a_year_with_a_sentences_year_word_after_a_months_dot_is_a_new_sentence(
    text: str, day: str, year: int
) -> None:
    doc = parse_text(text)
    assert [d.start for d in doc.dates] == [day]
    assert [(p.start, p.end) for p in doc.periods] == [(year, year)]


@pytest.mark.parametrize(
    ("line", "issued"),
    [
        ("Опубликовано: 3 октября. 2023 года", "2023-10-03"),
        ("Опубликовано: 12 сентября. 2024-ж.", "2024-09-12"),
        ("Жарыяланды: 7 ноября. 2022 ж.", "2022-11-07"),
        # near miss: a preposition in lower case after the year word ("в 14:30") is the
        # date line's, no sentence's verb
        ("Опубликовано: 12 сентября. 2024 г. в 14:30", "2024-09-12"),
    ],
)
def test_a_date_lines_year_word_after_a_months_dot_keeps_the_year(line: str, issued: str) -> None:
    text = f"В Нарыне прошёл семинар по бюджету\n{line}\n{PROSE_RU}"
    assert parse_text(text).issued == issued


def test_a_kyrgyz_case_form_before_a_dot_takes_no_year_of_the_next_sentence() -> None:
    # near miss: "5-мартта." ends its sentence; the year opens the next one
    doc = parse_text("Жыйын 5-мартта өттү. Быйыл 5-мартта. 2019-жылы да ушундай жыйын өткөн.")
    assert {d.start for d in doc.dates} == {"--03-05"}
    assert [(p.start, p.end) for p in doc.periods] == [(2019, 2019)]


# --- an update's Kyrgyz verb after a date, or the label of the next date ------------------


@pytest.mark.parametrize(
    "dates",
    [
        # the verb opens the next cell, or the next line, with a colon or "күнү" after it:
        # the next date's label, and the date before it is the posting date
        "Жаңыртылды: 20.12.2019 | 07.11.2019  Жаңыртылды: 21.12.2019",
        "Жаңыртылды: 20.12.2019\n07.11.2019\nЖаңыртылган күнү: 21.12.2019",
        "Жаңыртылды: 20.12.2019\n07.11.2019\nЖаңыртылды: 21.12.2019",
        "Жарыяланды: 07.11.2019  Жаңыртылды: 20.12.2019",
        # the label's noun is the date's ("датасы") or its time's ("убактысы")
        "07.11.2019  Жаңыртылган датасы: 21.12.2019",
        "07.11.2019 Жаңыртылган убактысы: 21.12.2019 10:00",
    ],
)
def test_an_update_label_after_the_posting_date_belongs_to_the_next_date(dates: str) -> None:
    doc = parse_text(f"Нарында семинар өттү\n{dates}\n{PROSE_KY}")
    assert doc.issued == "2019-11-07"
    assert ("2019-11-07", "issued") in [(d.start, d.role) for d in doc.dates]


def test_an_update_verb_ending_its_cell_marks_its_own_date() -> None:
    # near miss: "жаңыртылды" after the date closes its cell: that date is the update's
    doc = parse_text(f"Нарында семинар өттү\n07.11.2019 жаңыртылды | 05.11.2019\n{PROSE_KY}")
    assert doc.issued == "2019-11-05"


# --- a press service's signature and the date, no comma between ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"Нарында семинар өттү\n{PROSE_KY}\nМаалымат кызматы 05.12.2026-ж.",
            ("2026-12-05", _days("2026-12-03")),
        ),
        (
            f"В Нарыне прошёл семинар\n{PROSE_RU}\nПресс-служба мэрии 5 декабря 2026 г.",
            ("2026-12-05", _days("2026-12-03")),
        ),
        # near misses: a sentence naming the service, a line with no service's name
        (
            f"В Нарыне прошёл семинар\n{PROSE_RU}\nПресс-служба мэрии провела семинар 5 декабря 2026 г.",
            (None, _days("2026-12-03", "2026-12-05")),
        ),
        (
            f"В Нарыне прошёл семинар\n{PROSE_RU}\nСледующий семинар 05.12.2026",
            (None, _days("2026-12-03", "2026-12-05")),
        ),
    ],
)
def test_a_press_services_signature_without_a_comma(
    text: str, expected: tuple[str | None, set[tuple[str, str]]]
) -> None:
    assert record(text) == expected
