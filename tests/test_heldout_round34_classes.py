"""Failure classes of held-out round 34 (blind pages about people counted: counts in
words, breakdowns by sex, place and unit, groups that did not come, councils' sizes,
votes, rosters), each as a rule about the language: team-written inputs that must give
the count, and a near miss that must not (none of the sentences is round 34's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def counts(text: str) -> list[tuple[int, str]]:
    return sorted((p.count, p.qualifier) for p in parse_text(text).participants)


def values(text: str) -> list[int]:
    return sorted(p.count for p in parse_text(text).participants)


# --- "төрт айылынан жүзгө жакын тургун": a count in words after the units people came from -
# A number in words inside the short noun phrase before a verb of taking part opens a
# count of its own, as digits there do: the units in the ablative before it are where its
# people came from (participants.source_units), not a noun of the first number
# (generic._opens_count).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Жыйынга беш айылынан элүүгө жакын тургун катышты.",
            [(5, "exact"), (50, "about")],
        ),
        (
            "Семинарга үч райондон отуздан ашык мугалим катышты.",
            [(3, "exact"), (30, "more_than")],
        ),
        (
            "Форумга жети облустан эки жүз жаш келишти.",
            [(7, "exact"), (200, "exact")],
        ),
    ],
)
def test_a_count_in_words_after_source_units_is_its_own(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts(text) == expected


def test_a_phrase_without_a_second_number_stays_one_count() -> None:
    # near miss: no number after the units, the phrase is one noun of the count
    assert counts("Жыйынга беш айылдын тургундары катышты.") == [(5, "exact")]


# --- "Алардын тогузу аял, жыйырма үчү эркек": a lone number word as a part -----------------
# A lone number word with the possessive ("тогузу", "жыйырмасы") is a part of a whole right
# after "алардын"/"анын", or after a comma in the list of parts such a word opens; alone
# it is as often another word, and "ону", "жүзү", "бири", "жарымы" never are
# (numbers.yaml `lone_part`, finding._lone_part).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Курска 32 мугалим катышты. Алардын тогузу эркек, жыйырма үчү аял.", [9, 23, 32]),
        ("Сессияга 15 депутат катышты. Алардын алтысы аял, тогузу эркек.", [6, 9, 15]),
        (
            "Тренингге 40 жаш катышты. Алардын он экиси студент, жыйырмасы мугалим.",
            [12, 20, 40],
        ),
    ],
)
def test_a_lone_possessed_number_word_is_a_part(text: str, expected: list[int]) -> None:
    assert values(text) == expected


def test_a_lone_possessed_word_without_its_owner_is_no_part() -> None:
    # near misses: "анын жүзү" is his face; "жарымы" a half; no owner before "тогузу"
    assert values("Жыйынга 30 тургун келди. Анын жүзү күлүп турду.") == [30]
    assert values("Жыйынга 30 тургун келди. Алардын жарымы аял.") == [30]
    assert values("Жыйынга 30 тургун келди, тогузу кечигип келди.") == [30]


# --- "58 мектептин 46сынан ... окуучусу катышты": a part of units in the ablative -----------
# A part in the ablative of units counted in the genitive before it (possessive and
# ablative endings on digits: "-сынан", "-инен", "-унан") is the units the people counted
# next came from (participants.source_units); the whole is all there are
# (participants.whole_of_part).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сынакка райондун 40 мектебинин 25инен 200 окуучу катышты.", [25, 200]),
        ("Жарышка 30 мектептин 18инен 8-10-класстын 150 окуучусу келди.", [18, 150]),
        ("Форумга 12 айыл аймагынын 10унан 90 жаш катышты.", [10, 90]),
    ],
)
def test_a_part_of_units_in_the_ablative_counts_the_part(text: str, expected: list[int]) -> None:
    assert values(text) == expected


def test_a_part_of_units_with_no_people_after_it_counts_nothing() -> None:
    # near miss: no count of people follows the part: neither the part nor the whole
    assert values("Райондун 40 мектебинин 25инен жаңы китептер алынды.") == []


# --- "восьми из девяти айылных аймаков": the whole after a part in words -------------------
# "N из M" names a part and its whole also when the part is written in words: the whole
# is dropped (participants.whole_of_part), as after digits.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На форуме были представители шести из восьми районов области.", [6]),
        ("В сессии участвовали двадцать из двадцати пяти депутатов.", [20]),
    ],
)
def test_a_whole_after_a_part_in_words_is_dropped(text: str, expected: list[int]) -> None:
    assert values(text) == expected


def test_two_counts_without_iz_stay() -> None:
    # near miss: no "из" between them, two counts
    assert values("В сессии участвовали 20 депутатов и 5 специалистов.") == [5, 20]


# --- "8 команд – почти сотня всадников": the same people counted again after a dash --------
# A dash after a count that a Russian verb of taking part opens sets the same people in
# another noun: the second count takes the verb too (participants.generic_noun_after_verb,
# lexicon `apposition_dashes`).


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
    assert counts(text) == expected


def test_a_bare_number_after_the_dash_is_no_count() -> None:
    # near miss: no noun after the second number
    assert values("В турнире участвовали 10 команд – 4 из Таласа.") == [10]


# --- "курамасы 20 оюнчудан турду": a team's size ---------------------------------------------
# A team in a contest (команда, курама, сборная) consists of players who take part: its
# size counts, as a delegation's does; a jury's or a council's size does not
# (lexicon participant_group_stems, `оюнчу` a who-noun; participants.consisting_of).


@pytest.mark.parametrize(
    "text",
    [
        "Мелдеште Ак-Суу айыл аймагынын курамасы 18 оюнчудан турду.",
        "Турнирге чыккан команда 15 оюнчудан турду.",
    ],
)
def test_a_teams_size_counts(text: str) -> None:
    assert len(values(text)) == 1


def test_a_jurys_size_does_not_count() -> None:
    # near miss: the jury judges, its size is a body's
    assert values("Сынакта калыстар тобу 7 адамдан турду.") == []


# --- "16 оюнчуга чейин каттай алат": how many may, not who came ------------------------------
# "can" in the present after a converb that is no verb of taking part is a rule's cap
# (participants.obligation, modality._may_only); after a verb of taking part it is who is
# expected and counts.


@pytest.mark.parametrize(
    "text",
    [
        "Эреже боюнча ар бир команда 20 оюнчуга чейин каттай алат.",
        "Залга 300 көрөрманга чейин батып алат.",
    ],
)
def test_what_may_be_done_counts_no_one(text: str) -> None:
    assert values(text) == []


def test_who_may_take_part_counts() -> None:
    # near miss: the converb is of taking part
    assert counts("Угууга 120га чейин тургун катыша алат.") == [(120, "up_to")]


# --- "9 депутат макул, 5 депутат каршы": a council's votes -----------------------------------
# A body's members said to agree ("макул") right after their count are votes on a
# decision, as "каршы добуш" is (lexicon decision_vote_after; participants.decision_votes).


@pytest.mark.parametrize(
    "text",
    [
        "Сессияда 11 депутат макул, 3 депутат каршы добуш беришти.",
        "Маселе боюнча 14 депутат макул болду.",
    ],
)
def test_members_who_agree_are_votes(text: str) -> None:
    assert values(text) == []


def test_people_who_agree_and_come_count() -> None:
    # near miss: residents, not a body's members
    assert values("Сунушка 20 тургун макул болуп, жыйынга катышты.") == [20]


# --- "150 конок чакырылган, бирок 90го жакыны гана келе алды": a part with no owner ---------
# A part with no owner word, whose own verb says it took part (also "келе алды", managed
# to come), is a part of the people counted before it in its sentence
# (participants.part_of_counted).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Кечеге 200 конок чакырылган, бирок 120га жакыны гана келе алды.",
            [(120, "about"), (200, "exact")],
        ),
        (
            "Жыйынга 80 тургун чакырылып, 60тан ашыгы келишти.",
            [(60, "more_than"), (80, "exact")],
        ),
    ],
)
def test_a_part_of_those_counted_before_counts(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


def test_a_part_after_money_is_no_count() -> None:
    # near miss: the number before it is money, no people
    assert values("Кечеге 150 миң сом бөлүнүп, 90го жакыны келишти.") == []


# --- "проект охватил 24 муниципалитета": units a project covers --------------------------------
# Units a project covers are its targets (the real README: target municipalities are not
# counted), whatever verb of taking part a later clause has (participants.units_covered).


@pytest.mark.parametrize(
    "text",
    [
        "Проект охватил 18 муниципалитетов, а на форуме ожидается участие 300 жителей.",
        "Долбоор 12 айыл аймагын камтыды, ага 300 жаш катышты.",
    ],
)
def test_units_covered_are_targets(text: str) -> None:
    assert values(text) == [300]


def test_units_after_a_covering_clause_take_part() -> None:
    # near miss: the covering verb is in another clause, far from the units
    assert values("Проект охватил весь район: в форуме приняли участие 18 муниципалитетов.") == [18]


# --- "480 окуучу окуган мектеп": a place described by who is there ----------------------------
# People doing a habit in a place, in a participle before the place's noun, are its roster
# or population (participants.habit_of_place); the present is existence_verbs'.


@pytest.mark.parametrize(
    "text",
    [
        "Тургундар 600 окуучу окуган мектепти оңдоо маселесин айтышты.",
        "Аким 300 тургун жашаган конуштагы жолду көрүп, маселелерин талкуулашты.",
    ],
)
def test_people_of_a_place_in_a_participle_count_no_one(text: str) -> None:
    assert values(text) == []


def test_people_who_came_in_a_participle_count() -> None:
    # near miss: a participle of taking part
    assert values("Жыйынга 60 тургун келген мектептин залы толду.") == [60]


# --- "кооператив, который объединяет 64 фермера": a Russian verb of being right before ------
# A Russian verb of what there is right before the count (объединяет, насчитывает,
# проживает) is the count's own verb, a roster or a population, though another clause has
# a verb of taking part (participants.existence, rosters.being_right_before).


@pytest.mark.parametrize(
    "text",
    [
        "Участники посетили кооператив, который объединяет 45 фермеров.",
        "Гости посетили село, где проживают 900 человек.",
    ],
)
def test_a_verb_of_being_before_the_count_is_its_own(text: str) -> None:
    assert values(text) == []


def test_a_verb_of_taking_part_before_the_count_keeps_it() -> None:
    # near miss: the past "объединил" of an event gathers its participants
    assert values("Форум объединил 45 фермеров.") == [45]


# --- "экөө ... окууну аягына чыгара алган жок": a part that did not ---------------------------
# A collective number whose own clause denies a participle ("алган жок", "келген эмес")
# did not do what its clause says (participants.negated, negation.denied_clause).


@pytest.mark.parametrize(
    "text",
    [
        "Курска 30 аял катышты: үчөө окууну аягына чыгара алган жок.",
        "Жыйынга 25 депутат чакырылды: экөө келген жок.",
    ],
)
def test_a_denied_collective_is_no_count(text: str) -> None:
    assert len(values(text)) == 1


def test_a_collective_row_not_denied_counts() -> None:
    # near miss: the row's clause is not denied
    assert values("Курска 30 аял катышты: үчөө окууну эрте бүтүрдү.") == [3, 30]


# --- "Ак-Терек жана Жай-Терек айылдарынан 11ден киши келди": a named units' row --------------
# So many from units its sentence names, with a verb saying they came and no word of
# "each", is the real attendance of those units, a row of a breakdown by place, not a quota
# beside the total (participants.units_named_row); "ар бир айылдан" stays a quota.


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Семинарга 70 адам катышты: Кызыл-Жар айылынан 30, Сары-Булак жана Көк-Жар "
            "айылдарынан 20дан киши келди.",
            20,
        ),
        (
            "В семинаре приняли участие 40 человек. По пять человек прислали Ивановский и "
            "Кеминский айыл окмоту.",
            5,
        ),
    ],
)
def test_so_many_from_named_units_is_a_row(text: str, row: int) -> None:
    assert row in values(text)


def test_so_many_from_each_unit_beside_a_total_is_a_quota() -> None:
    # near miss: "each", not named units
    assert values("Семинарга 70 адам катышты. Ар бир айылдан 10дон киши келди.") == [70]
