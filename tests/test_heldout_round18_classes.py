"""Failure classes of held-out round 18 (issue 14), each as a rule about the language
or the page's layout: two team-written inputs and a near miss that must not match. The
sentences are the team's own, not the round's documents."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def _places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


def _counts(text: str) -> list[tuple[int, str]]:
    return [(p.count, p.qualifier) for p in parse_text(text).participants]


# --- an agency's date line "hh:mm, date, City – host" names its city -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Полпред в Нарынской области открыл школу\n\n"
            "09:15, 3 марта 2022, Нарын - 24.kg, Айбек Осмонов\n\n"
            "Полномочный представитель Президента в Нарынской области открыл новую школу.",
            {"city:Нарын", "oblast:Нарын"},
        ),
        (
            "Ош облусунда жаңы бала бакча ачылды\n\n"
            "11:05, 12-май 2021, Ош – 24.kg, Айгүл Осмонова\n\n"
            "Ош облусунун Ноокат районунда жаңы бала бакча ачылды.",
            {"city:Ош", "oblast:Ош", "district:Ноокат"},
        ),
        # near miss: no agency's host after the dash, the name is the oblast named before
        (
            "Полпред в Нарынской области открыл школу\n\n"
            "09:15, 3 марта 2022, Нарын – центр внимания\n\n"
            "Полномочный представитель Президента в Нарынской области открыл новую школу.",
            {"oblast:Нарын"},
        ),
    ],
)
def test_an_agency_date_line_names_its_city(text, expected):
    assert _places(text) == expected


# --- the event's kind word and verb before "в <city>": where it is held ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В Джалал-Абадской области прошел конкурс. Следующий форум пройдет в Джалал-Абаде.",
            {"oblast:Жалал-Абад", "city:Жалал-Абад"},
        ),
        (
            "В Ошской области обсудили бюджет. Семинар запланирован на 5 мая в Оше.",
            {"oblast:Ош", "city:Ош"},
        ),
        # near miss: no event's verb in the clause, the region the text is about
        (
            "В Нарынской области прошел форум. Депутаты в Нарыне одобрили решения.",
            {"oblast:Нарын"},
        ),
    ],
)
def test_an_event_held_in_a_city_named_after_its_verb(text, expected):
    assert _places(text) == expected
