"""Failure classes of held-out round 22 (blind pages on dates and participants), each as
a rule about the language or the layout: two team-written inputs that must give the
record's field, and a near miss that must not (none of the sentences is round 22's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def counts(text: str) -> list[int]:
    return sorted(p.count for p in parse_text(text).participants)


# --- "26-го числа": a day by its number alone, in the month of its paragraph -------------
# A Russian day named by its number and "числа" with no month beside it takes the month
# (and the year, if written) of the nearest date before it in its paragraph; a day of
# every month ("ежемесячно, 15-го числа", "до 20-го числа месяца") is no date, nor is a
# day with no date before it in its paragraph.


def day_spans(text: str) -> list[tuple[str, str]]:
    return sorted((d.start, d.end) for d in parse_text(text).dates)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Опубликовано: 05.05.2024\nСобрание прошло 3 мая в селе Арал, а 17-го числа там"
            " пройдет сход граждан.",
            ("2024-05-17", "2024-05-17"),
        ),
        (
            "Опубликовано: 10.11.2023\nСеминар для депутатов завершился 9 ноября. Отчеты"
            " принимаются до 25-го числа включительно.",
            ("2023-11-25", "2023-11-25"),
        ),
    ],
)
def test_day_by_number_takes_the_month_of_its_paragraph(text: str, day: tuple[str, str]) -> None:
    assert day in day_spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Опубликовано: 10.11.2023\nСеминар завершился 9 ноября. Прием граждан проводится"
        " ежемесячно, 25-го числа.",
        "Опубликовано: 10.11.2023\nОтчет сдан 9 ноября. Отчеты сдаются до 25-го числа"
        " месяца, следующего за кварталом.",
        "Опубликовано: 10.11.2023\nСеминар завершился 9 ноября.\n\nСледующая встреча"
        " пройдет 25-го числа.",
    ],
)
def test_day_of_every_month_or_of_another_paragraph_is_no_date(text: str) -> None:
    # near misses: a day of every month, or no date before it in its paragraph
    assert day_spans(text) == [("2023-11-09", "2023-11-09"), ("2023-11-10", "2023-11-10")]


def places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


def persons(text: str) -> list[str]:
    return [p.name for p in parse_text(text).persons]
