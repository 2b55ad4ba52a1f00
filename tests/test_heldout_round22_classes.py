"""Failure classes of held-out round 22 (blind pages on dates and participants), each as
a rule about the language or the layout: two team-written inputs that must give the
record's field, and a near miss that must not (none of the sentences is round 22's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def counts(text: str) -> list[int]:
    return sorted(p.count for p in parse_text(text).participants)


# --- a certificate of honour or a letter of thanks: an award, not taking part -------------
# "ардак грамота", "грамота", "благодарственное письмо" are awards as a medal is; those
# given them (with no verb of taking part) are award recipients.


@pytest.mark.parametrize(
    "text",
    [
        "Жыйынтыгында 12 аял мугалимге ардак грамоталар тапшырылды.",
        "По итогам года грамоты получили 12 волонтеров.",
        "Благодарственные письма получили 9 депутатов айылного кенеша.",
    ],
)
def test_award_recipients_are_no_count(text: str) -> None:
    assert counts(text) == []


def test_thanks_said_is_no_award() -> None:
    # near miss: "ыраазычылык билдирди" says thanks, no certificate; the helpers counted
    assert counts("Аким ашарга катышкан 35 жигитке ыраазычылык билдирди.") == [35]


def test_awarded_after_taking_part_still_count() -> None:
    # near miss: a verb of taking part says the 40 took part, the award comes after
    assert counts("На субботник вышли 40 волонтеров, им вручили грамоты.") == [40]


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


# --- a part of those counted before it ----------------------------------------------------
# "среди них" / "среди которых" (among them) opens the rows of the total before it, as
# "из них" and "в том числе" do; a Kyrgyz part ("27си") takes the converb of coming,
# "келип", as its verb of taking part, as it takes "келди"; and a part whose whole is
# the participants, named earlier in its sentence with words of a share between
# ("Катышуучулардын көпчүлүгү, тагыраак айтканда 90у ..."), is a part of those who
# took part, as one right after them is.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Курсы прошли 60 работников аппарата, среди них 14 экономистов.", [14, 60]),
        ("На сход пришли около 200 сельчан, среди которых 45 экономистов.", [45, 200]),
    ],
)
def test_a_part_among_them_is_a_row_of_the_total(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_among_them_with_no_total_before_is_no_count() -> None:
    # near miss: no count of people before "среди них"
    assert counts("Семинар прошел 3 мая, среди них 14 экономистов.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Тизмедеги 900 шайлоочунун 610у шайлоо участкасына келип, добуш беришти.", [610]),
        ("Кеңештин 31 депутатынын 27си сессияга келип, отчетту угушту.", [27]),
    ],
)
def test_a_part_that_came_counts(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_a_part_with_no_verb_is_no_count() -> None:
    # near miss: no verb says the part came or took part
    assert counts("Тизмедеги 900 шайлоочунун 610у аялдар.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Жайлоо жыйынына 140 малчы катышты. Катышуучулардын көпчүлүгү, тагыраак"
            " айтканда 90у эркектер.",
            [90, 140],
        ),
        (
            "Форумга 300 жаш катышты. Делегаттардын жарымынан азы, башкача айтканда 120сы кыздар.",
            [120, 300],
        ),
    ],
)
def test_a_part_of_the_participants_named_earlier_counts(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_a_part_of_the_residents_is_no_count() -> None:
    # near miss: the whole is the village's residents, not those who took part
    assert (
        counts("Айылда 2 000 тургун жашайт. Тургундардын жарымы, башкача айтканда 1 000и аялдар.")
        == []
    )


# --- "ар биринен ... 8 делегаттан": the distributive ablative beside its total -----------
# A Kyrgyz count whose noun is in the ablative after a word of "each" in its clause is
# so many from each unit; beside a total in its paragraph it is that total's make-up
# (participants.quota_beside_total), as "5тен өкүл" and "по 3 делегата" are.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Курултайга ар бир айыл өкмөтүнөн шайланган 3 депутаттан, жалпы 27 депутат келди.",
            [27],
        ),
        ("Семинарга ар бир мектептен 2 мугалимден, бардыгы 40 мугалим чакырылды.", [40]),
    ],
)
def test_so_many_from_each_beside_a_total_is_its_make_up(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_so_many_from_each_alone_counts() -> None:
    # near miss: no total beside it, a verb says they are drawn in
    assert counts("Ар бир айыл аймагынан 2 адистен тартылаарын эскертти.") == [2]


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


# --- "из 21 депутата присутствовали 17": the part after its verb ----------------------------
# A body's roster after "из", then a verb of taking part and a bare number: the number
# is who took part, the roster is the body's size (as "Из 21 депутата 18 присутствовали").


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На заседании из 31 депутата присутствовали 25.", [25]),
        ("На сессии из 15 депутатов айылного кенеша присутствовали 12.", [12]),
    ],
)
def test_the_part_after_its_verb_counts_not_the_roster(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_a_whole_of_participants_and_its_part_both_count() -> None:
    # near miss: the whole is the participants, not a body's roster
    assert counts("Из 40 участников 25 – женщины.") == [25, 40]


# --- "312 предложений, из которых 47": a row of the things counted right before -----------
# A bare number after "из которых" / "из них" belongs to the number right before the
# opener, not to a count of people further back; when that number counts things (no
# people), the row counts no one either.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На собрание пришли более 200 человек, ими было подано 45 обращений, из которых"
            " 12 уже решены.",
            [200],
        ),
        (
            "В конкурсе участвовали 80 школьников, они написали 150 эссе, из них 20 вышли в финал.",
            [80],
        ),
    ],
)
def test_a_row_of_things_counted_is_no_count(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_a_row_of_the_people_counted_right_before_counts() -> None:
    # near miss: the number before the opener counts the people
    assert counts("В конкурсе участвовали 80 школьников, из них 20 вышли в финал.") == [20, 80]
