"""Participant counts in clauses whose noun or verb is left out (a dash, a gapped clause of
another time or place): the same people counted with their neighbour's noun and verb.

Each class is a rule about the language or the layout: team-written inputs that must give
the record's field, and a near miss that must not (none of the sentences is a held-out
round's own). The comment over each class says which held-out round found it."""

from __future__ import annotations

import pytest

from record_fields import counts, qualified_counts, qualified_counts_in_order
from vap_cli.pipeline import parse_text

# --- "N – из <place>" after a count: the same people, their noun and verb left out --------------
# Found by held-out round 14.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На семинар 30 депутатов приехали из Ошской области, 25 – из Джалал-Абадской и 12 –"
            " из Баткенской.",
            [(30, "депутат"), (25, "депутат"), (12, "депутат")],
        ),
        (
            "В обучении участвовали 40 специалистов из Чуйской области, 18 – из Таласской.",
            [(40, "специалист"), (18, "специалист")],
        ),
    ],
)
def test_a_gapped_row_counts_the_people_of_the_count_before_it(text, expected):
    assert [(p.count, p.who) for p in parse_text(text).participants] == expected


def test_a_gapped_row_after_a_count_of_things_counts_no_one():
    # near miss: the count before it is of books, so nothing is counted
    assert parse_text("Собрали 300 книг из Ошской области, 25 – из Баткенской.").participants == []


# --- a gapped clause of another time counts the same people ----------------------------------
# Found by held-out round 17.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В этом году на сход пришли 95 жителей, а в прошлом году — только 60.",
            [(95, "exact"), (60, "exact")],
        ),
        ("Быйыл жыйынга 120 тургун катышты, ал эми былтыр — 90.", [(120, "exact"), (90, "exact")]),
        # near miss: a gapped clause of another thing (seats), no word of time
        ("В семинаре участвовали 40 человек, а в зале мест — 60.", [(40, "exact")]),
    ],
)
def test_a_gapped_clause_of_another_time_counts_the_same_people(text, expected):
    assert qualified_counts_in_order(text) == expected


# --- a gapped clause whose contrast names an event and its place before the time ---------
# Found by held-out round 21.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В этом году в слушаниях участвовали 45 жителей, а на отчете главы в селе Ак-Суу"
            " в прошлом году – 70.",
            [(45, "exact"), (70, "exact")],
        ),
        (
            "Быйыл жыйынга 120 тургун катышты, ал эми акимдин отчетунда Ат-Башыда былтыр – 90.",
            [(90, "exact"), (120, "exact")],
        ),
        # near miss: no word of another time in the contrast: no gapped count
        (
            "В этом году в слушаниях участвовали 45 жителей, а на отчете главы в селе Ак-Суу"
            " перед жителями района – 70.",
            [(45, "exact")],
        ),
    ],
)
def test_a_gapped_clause_may_name_an_event_and_its_place(text, expected):
    assert qualified_counts(text) == expected


# --- "8 команд – почти сотня всадников": the same people counted again after a dash --------
# A dash after a count that a Russian verb of taking part opens sets the same people in
# another noun: the second count takes the verb too (participants.generic_noun_after_verb,
# lexicon `apposition_dashes`).
# Found by held-out round 34.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В турнире участвовали 10 команд – около 120 борцов из пяти районов.",
            [(5, "exact"), (10, "exact"), (120, "about")],
        ),
        (
            "В соревнованиях приняли участие 6 команд - почти сотня наездников.",
            [(6, "exact"), (100, "about")],
        ),
    ],
)
def test_a_count_after_a_dash_shares_the_verb(text: str, expected: list[tuple[int, str]]) -> None:
    assert qualified_counts(text) == expected


def test_a_bare_number_after_the_dash_is_no_count() -> None:
    # near miss: no noun after the second number
    assert counts("В турнире участвовали 10 команд – 4 из Таласа.") == [10]


# --- ", <unit adjective> — N" after a count: the same people, type noun and verb left out ---
# Found by held-out round 54 (acc54; participants.gapped_unit_row).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Чуйскую область на слете представляли 55 активистов, Иссык-Кульскую — 30.",
            [(55, "exact"), (30, "exact")],
        ),
        (
            "Больше всех прислал Ноокатский район — 48 волонтеров, Кара-Суйский — 36, Узгенский — 21.",
            [(48, "exact"), (36, "exact"), (21, "exact")],
        ),
    ],
)
def test_unit_adjective_rows_share_the_count_before(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert qualified_counts_in_order(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no count before the row in its sentence
        ("Итоги таковы. Нарынский — 40.", []),
        # an adjective that names no unit before the dash: an age, not people
        ("В забеге участвовали 60 человек, средний возраст — 27.", [60]),
        # a common adjective with a unit's ending, in lower case: the same people by sex
        # (revfix54: the unit's name is written with a capital)
        ("Форум собрал 200 участников, женский — 120, мужской — 80.", [200]),
        ("На ярмарку пришли 90 жителей, сельский — 50.", [90]),
    ],
)
def test_unit_adjective_rows_need_a_unit_and_a_count_before(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


# --- "..., и N из <place>" after a count, the dash left out too: the same people ----------
# Found by held-out round 54 (acc54; participants.elliptic_row, elliptic_rows._joined_source).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На курсы приехали 40 учителей из Нарына, 25 из Таласа и 12 из Баткена.",
            [(40, "exact"), (25, "exact"), (12, "exact")],
        ),
        (
            "Турнир собрал 18 борцов из Кочкорского района и 11 из Ат-Башинского.",
            [(18, "exact"), (11, "exact")],
        ),
    ],
)
def test_joined_source_rows_share_the_count_before(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert qualified_counts_in_order(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of a whole named after "из", no source
        ("На сбор приехали 30 спортсменов и 5 из 7 тренеров.", [30]),
        # no count kept before it in its sentence to share
        ("Учителя приехали из разных сел, 25 из Таласа.", []),
        # people named by their noun after "из": a part of a whole, no source (revfix54)
        ("В соревнованиях участвовали 70 спортсменов, 9 из призеров прошлого года.", [70]),
        ("На форум приехали 80 делегатов, и 15 из участников выступили.", [80]),
    ],
)
def test_joined_source_rows_need_a_place_after_iz(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_a_joined_row_from_an_ayil_aimak_still_shares_the_count() -> None:
    # a unit's noun after "из" is where the people came from, not a noun of people
    text = "Игры собрали 26 борцов из Чаткальского района и 14 из айылного аймака Кара-Суу."
    assert counts(text) == [14, 26]
