"""Failure classes of held-out round 5 (blind pages written like real ones), each as
a rule about the language or the layout: two team-written inputs that must give the
record's field, and a near miss that must not (none of the sentences is round 5's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def counts(text: str) -> list[tuple[int, str]]:
    return sorted((p.count, p.qualifier) for p in parse_text(text).participants)


def places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


# --- "Дата размещения:" labels the page's own date (lexicon: issued_line_words) ------------


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        (
            "ОБЪЯВЛЕНИЕ\n\nДата размещения: 03.11.2025\n\nАйыл окмоту объявляет конкурс на"
            " должность специалиста. Документы принимаются до 20 ноября 2025 года.\n",
            "2025-11-03",
        ),
        (
            "Новости района\nДата размещения: 14 мая 2024 г.\n\n"
            "В Кеминском районе прошла сельскохозяйственная ярмарка.\n",
            "2024-05-14",
        ),
    ],
)
def test_the_posting_label_in_the_genitive_gives_the_issued_date(text: str, issued: str) -> None:
    assert str(parse_text(text).issued) == issued


def test_a_deadline_for_posting_is_no_issued_date() -> None:
    # near miss: "Срок размещения" (how long a notice stays up) is no posting label
    text = (
        "ОБЪЯВЛЕНИЕ\n\nСрок размещения: 05.06.2025\n\n"
        "Айыл окмоту объявляет конкурс на должность специалиста.\n"
    )
    assert parse_text(text).issued is None


# --- a Russian decade is its ten years (lexicon: decade_endings_ru) ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Дом культуры построили в 1980-х годах, крышу с тех пор не меняли.", [(1980, 1989)]),
        ("В 1990-е годы многие жители уехали на заработки.", [(1990, 1999)]),
    ],
)
def test_a_decade_is_a_period_of_ten_years(text: str, expected: list[tuple[int, int]]) -> None:
    assert [(p.start, p.end) for p in parse_text(text).periods] == expected


def test_a_year_not_ending_in_zero_names_no_decade() -> None:
    # near miss: "1975-х" is no decade
    assert parse_text("Мост построили в 1975-х годах.").periods == []
