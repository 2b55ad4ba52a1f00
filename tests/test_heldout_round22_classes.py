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


# --- "имени Шабдан Баатыра": a bare name after the Russian "named after" -------------------
# A bare name right after "имени" or "им." names the person a building or a park is named
# after, no place (as a name before the Kyrgyz "атындагы" does); a unit named so is read
# with its type word ("Айыл окмоту имени Кочкорбаева").


def places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Алайский район. Сход прошел в школе имени Курманжан Датка.", {"district:Алай"}),
        ("Кеминский район. Ветераны собрались в парке имени Шабдан Баатыра.", {"district:Кемин"}),
    ],
)
def test_a_name_after_named_after_is_no_place(text: str, expected: set[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Алайский район. Сход прошел в селе Курманжан Датка.", "village:Курманжан Датка"),
        ("Айыл окмоту имени Кочкорбаева провел сход.", "ayil_aimak:Кочкорбаев"),
    ],
)
def test_a_unit_named_after_a_person_is_still_a_place(text: str, expected: str) -> None:
    # near misses: the village with its type word; a unit's type word before "имени"
    assert expected in places(text)


# --- a list of bare Russian adjectives keeps its level -----------------------------------
# A bare adjective in a list takes the type its sibling before it took ("айылных аймаков
# района – Гавриловского, Камышановского и Сокулукского": all ayil aimaks), though a
# district shares its name and the noun "района" stands nearer.


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "На совещание приехали главы айылных аймаков района – Гавриловского,"
            " Камышановского и Сокулукского.",
            "ayil_aimak:Сокулук",
        ),
        (
            "Семинар прошел для специалистов айылных аймаков района: Маргунского,"
            " Бешкентского и Лейлекского.",
            "ayil_aimak:Лейлек",
        ),
    ],
)
def test_a_list_member_takes_its_siblings_level(text: str, member: str) -> None:
    found = places(text)
    assert member in found
    assert not any(p.startswith("district:") for p in found)


def test_an_adjective_with_no_sibling_keeps_the_nearest_noun() -> None:
    # near miss: no list, the nearest type noun of its level decides
    text = "На совещание приехали главы айылных аймаков района и представители Сокулукского."
    assert places(text) == {"district:Сокулук"}


# --- "шаарча": a settlement the gazetteer may list as a village ----------------------------
# "X шаарчасы" (a small town, a settlement) names the town X, else the village X when the
# gazetteer has no town of that name (as "поселок" does), never an unknown city.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жыйын Сокулук шаарчасындагы маданият үйүндө өттү.", "village:Сокулук"),
        ("Семинар Беловодское шаарчасында өттү.", "village:Беловодское"),
    ],
)
def test_a_settlement_without_a_town_is_the_village(text: str, expected: str) -> None:
    assert places(text) == {expected}


def test_a_settlement_that_is_a_town_stays_a_town() -> None:
    # near miss: the gazetteer has the town
    assert places("Жыйын Кемин шаарчасында өттү.") == {"city:Кемин"}


# --- a unit named after a person, listed before another unit and their type word ----------
# "Сайпидин Атабеков жана Кулатов айыл аймактарынын": the full name is an ayil aimak of
# the gazetteer listed with another before their (plural) type word, no person, and its
# surname alone is none either (as a unit listed after a place is, round 19).


def persons(text: str) -> list[str]:
    return [p.name for p in parse_text(text).persons]


@pytest.mark.parametrize(
    "text",
    [
        "Жыйынга Сайпидин Атабеков жана Кулатов айыл аймактарынын тургундары келишти.",
        "Абсамат Масалиев жана Кара-Дөбө айыл аймактарында жаңы мектептер ачылды.",
    ],
)
def test_a_unit_listed_before_a_place_is_no_person(text: str) -> None:
    assert persons(text) == []


def test_people_listed_before_a_place_are_people() -> None:
    # near miss: the second member is a person, not a unit; both are people
    text = "Болот Мамбетов жана Асан Асанов Көк-Мойнок айыл аймагында иштешет."
    assert persons(text) == ["Болот Мамбетов", "Асан Асанов"]
