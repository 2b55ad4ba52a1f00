"""A Russian count joined by "и" (no comma before it) or ", а также" to a count whose verb
stands before both takes that verb's status: both take part. Found by an analyst's
walkthrough ("приняли участие 23 депутата и около 15 жителей": 15 had no status)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def _statuses(text: str) -> dict[int, str]:
    return {p.count: p.status for p in parse_text(text).participants}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("В совещании приняли участие 23 депутата и около 15 жителей.", 15),
        ("В работе участвовали 25 врачей и 40 медсестер.", 40),
        ("Приняли участие 17 депутатов, а также 35 жителей.", 35),
    ],
)
def test_a_joined_count_shares_the_verb_before_the_first(text: str, count: int) -> None:
    assert _statuses(text)[count] == "actual"


def test_a_lone_conjunction_after_a_comma_opens_a_clause_of_its_own() -> None:
    # near miss: "и" after a comma starts a new clause; its count does not take part
    statuses = _statuses("Приняли участие 23 депутата, и 15 жителей обратились с жалобами.")
    assert statuses == {23: "actual"}


@pytest.mark.parametrize(
    "text",
    [
        "Ожидается участие до 500 делегатов.",
        "Обучение пройдут около 300 депутатов.",
        "Планируется участие 40 депутатов.",
    ],
)
def test_a_future_or_expected_attendance_is_planned(text: str) -> None:
    # found by a Russian-speaking analyst: these counts had no status and entered the
    # people taking part
    (status,) = _statuses(text).values()
    assert status == "planned"


def test_a_training_passed_is_actual() -> None:
    # near miss: the past tense of the same words
    assert _statuses("Обучение прошли 300 депутатов.") == {300: "actual"}


# A place between the verb and its count (participants.verb_before_place): the verb opens
# the clause, where they took part stands between, the count is its subject. Found by a
# Russian-speaking analyst ("приняли участие в Кочкорском районе полторы тысячи
# избирателей" gave nothing: voters count only with a verb, and it was not beside them).


def _one(text: str) -> tuple[int, str, str, str | None]:
    (p,) = parse_text(text).participants
    return p.count, p.who or "", p.status, p.place.name if p.place else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В выборах в местные кенеши приняли участие в Жумгальском районе две тысячи "
            "избирателей.",
            (2000, "избиратель", "actual", "Жумгал"),
        ),
        (
            "Обучение пройдут в Таласской области около 120 депутатов.",
            (120, "депутат", "planned", "Талас"),
        ),
        (
            "Шайлоого катышты Ак-Талаа районунда 3200 шайлоочу.",
            (3200, "шайлоочу", "actual", "Ак-Талаа"),
        ),
        (
            "Жыйынга катышат Кара-Суу айыл аймагында 80ден ашык тургун.",
            (80, "тургун", "planned", "Кара-Суу"),
        ),
    ],
)
def test_a_count_after_its_place_takes_the_verb_before_both(
    text: str, expected: tuple[int, str, str, str | None]
) -> None:
    assert _one(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the verb before the place is no verb of taking part
        "Проживают в Кочкорском районе 1500 избирателей.",
        "Зарегистрированы в Кочкорском районе 1500 избирателей.",
        "Катталды Кочкор районунда 1500 шайлоочу.",
    ],
)
def test_a_place_after_another_verb_gives_no_count(text: str) -> None:
    assert parse_text(text).participants == []
