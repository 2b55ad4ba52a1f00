"""Participant counts that are parts of a whole counted before them ("алардын", "анын
ичинде", "в том числе", "из них"): which parts count, with their total or alone.

Each class is a rule about the language or the layout: team-written inputs that must give
the record's field, and a near miss that must not (none of the sentences is a held-out
round's own). The comment over each class says which held-out round found it."""

from __future__ import annotations

import pytest

from record_fields import counts, counts_with_who, qualified_counts, qualified_counts_in_order
from vap_cli.pipeline import parse_text

# --- "Из общего числа участников 61 – женщины": the whole named by a count noun -----------
# Found by held-out round 8.


@pytest.mark.parametrize(
    "text",
    [
        "На форум приехали 150 человек. Из общего числа делегатов 48 – женщины.\n",
        "В семинаре участвовали 150 человек. Из общего количества слушателей 48 – женщины.\n",
    ],
)
def test_a_part_of_the_whole_named_by_its_count_noun_counts(text: str) -> None:
    assert counts(text) == [48, 150]


def test_a_count_noun_without_from_is_no_whole() -> None:
    # near miss: "Число участников" with no "из" names the count itself, not a part of it
    text = "На форум приехали 150 человек. Общего числа участников 48 не было.\n"
    assert counts(text) == [150]


# --- a part of counted objects is no people: "150 арызды карап, алардын 120сы ..." ---------------
# Found by held-out round 9.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Быйыл комиссия 150 арызды карап, алардын 120сы макулдашуу менен аяктаган.", []),
        ("Сот 75 талашты караган, алардын 60ы тынчтык жолу менен аяктады.", []),
        # near miss: a part of people who took part is a count
        (
            "Тренингге 40 мугалим катышып, алардын 25и курсту ийгиликтүү аяктады.",
            [(25, "exact"), (40, "exact")],
        ),
    ],
)
def test_a_part_of_objects_counted_is_no_count(text, expected):
    assert qualified_counts(text) == expected


# --- a list of parts goes on past a hyphenated noun and past "the rest" -----------------
# "Алардын 60ы кыздар, калгандары жигиттер, ал эми 25и ...": the rest, a part with no
# number, and a compound noun joined by a hyphen ("кыз-келиндер") are parts of the list
# too; the parts after them are still parts of the total.
# Found by held-out round 11.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Жайлоо жыйынына 120 малчы келди. Алардын 70и эркектер, калгандары аялдар, ал"
            " эми 25и жаштар.",
            [25, 70, 120],
        ),
        (
            "Семинарга 50 мугалим катышты, алардын 30у кыз-келиндер, 12си жаш адистер.",
            [12, 30, 50],
        ),
    ],
)
def test_parts_after_the_rest_or_a_compound_noun(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_the_rest_opening_no_list_makes_no_part() -> None:
    # near miss: "калгандары" in a sentence of its own, no "алардын" before the part
    assert counts("Жыйынга 200 адам катышты. Калгандары үйдө калды, ал эми 30у окуучулар.") == [200]


# --- the later parts of a list after "анын ичинде" ---------------------------------------
# "..., анын ичинде 25 аял жана 15 жаш": the second part, a noun that needs a verb ("жаш",
# young people), is a part of the total as the first one is.
# Found by held-out round 11.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кеңешмеге 60 киши келди, анын ичинде 25 аял жана 15 жаш.", [15, 25, 60]),
        ("Сессияга 90 тургун катышты, анын ичинде 40 аял, 22 жаш жана 6 ардагер.", [6, 22, 40, 90]),
    ],
)
def test_later_parts_after_an_opener(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_a_later_part_with_no_opener_is_not_kept_as_one() -> None:
    # near miss: no opener, the clause says what there is; "жаш" needs its verb
    assert 21 not in counts("Айылда 96 тургун бар, 38 аял жана 21 жаш.")


# --- parts of one whole listed one after another, each with its qualifier --------------------
# Found by held-out round 16.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Семинарга 80 адам катышты. Катышкандардын 50дөн ашыгы аялдар, 20га жакыны "
            "жаштар болду.",
            [(80, "exact"), (50, "more_than"), (20, "about")],
        ),
        (
            "Жыйынга 300 тургун келди. Катышуучулардын 100дөн ашууну мугалимдер, 40ка "
            "жакыны дарыгерлер эле.",
            [(300, "exact"), (100, "more_than"), (40, "about")],
        ),
        # near miss: parts of a village's people, no one taking part
        ("Айылдын 200дөн ашыгы малчылар, 50гө жакыны мугалимдер.", []),
    ],
)
def test_qualified_parts_of_participants(text: str, expected: list[tuple[int, str]]):
    assert qualified_counts_in_order(text) == expected


# --- "алардын 12си" after a clause whose people a verb of taking part ends -------------------
# Found by held-out round 16.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ашарга кошуна айылдан да тургундар келишти, алардын 15и кечке чейин иштешти.",
            [(15, "exact")],
        ),
        (
            "Жолугушууга жаштар катышты, алардын 12си сунуштарын жазып беришти.",
            [(12, "exact")],
        ),
        # near misses: a part that won; people of a place who took part in nothing
        ("Семинарга мугалимдер катышты, алардын 8и грантка татыктуу болду.", []),
        ("Айылда тургундар жашайт, алардын 300ү мал багышат.", []),
    ],
)
def test_a_part_of_those_who_took_part_in_the_clause_before(
    text: str, expected: list[tuple[int, str]]
):
    assert qualified_counts_in_order(text) == expected


# --- a part after "в том числе" shares its total's clause: a dropped total drops it ----------
# Found by held-out round 17.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a population, then its part with no verb of its own
        (
            "Население села составляет 5 200 человек, в том числе свыше 1 200 детей "
            "дошкольного возраста. На сход пришли 85 жителей.",
            [(85, "exact")],
        ),
        (
            "Айылда 3 миңге жакын калк жашайт, анын ичинен 700дөн ашуун бала. "
            "Жыйынга 60 тургун катышты.",
            [(60, "exact")],
        ),
        # near miss: the total took part, so its part does too
        (
            "В сходе приняли участие 120 жителей, в том числе 45 женщин.",
            [(120, "exact"), (45, "exact")],
        ),
    ],
)
def test_a_part_of_a_dropped_total_counts_no_one(text, expected):
    assert qualified_counts_in_order(text) == expected


# --- the parts listed after a part of a dropped total are parts of it too -------------------
# A second part joined to the first by "жана", "и" or a comma, with no verb of its own, is
# another part of the same whole: people a service was given to (subsets.py
# _listed_after_parts; participants.part_of_dropped_total). Found by held-out round 52.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Акция учурунда 700 тургун медициналык кароодон өттү, анын ичинде 250 аял жана 90 "
            "ардагер. Ага 6 медайым тартылды.",
            [(6, "exact")],
        ),
        ("Всего осмотрено 1 800 сельчан, из них 600 детей и 250 пожилых людей.", []),
        ("Всего осмотрено 1 800 жителей, из них 600 детей, 250 пенсионеров.", []),
        # near miss: the whole took part, so its parts listed after it do too
        (
            "Семинарга 80 адам катышты, анын ичинде 40 аял жана 20 жаш.",
            [(80, "exact"), (40, "exact"), (20, "exact")],
        ),
    ],
)
def test_parts_listed_after_a_part_of_a_dropped_total_count_no_one(text, expected):
    assert qualified_counts_in_order(text) == expected


# --- a part of those counted before, its noun after a dash (round 18's _part_noun too) -------
# Found by held-out round 17.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Жыйынга 80 тургун катышты. Алардын 30дан ашыгы — жаш келиндер.",
            [(80, "exact"), (30, "more_than")],
        ),
        (
            "Ашарга 200дөн ашуун адам чыкты. Алардын 50дөн ашыгы — 16 жаштан 25 жашка "
            "чейинки жаштар.",
            [(200, "more_than"), (50, "more_than")],
        ),
        # near miss: a part of a roster (no one taking part before it) is none
        ("Мектепте 450 окуучу окуйт. Алардын 200дөн ашыгы — кыздар.", []),
    ],
)
def test_a_part_named_after_a_dash_counts_with_its_total(text, expected):
    assert qualified_counts_in_order(text) == expected


# --- a part, a dash for "is", its noun ---------------------------------------------------------
# Found by held-out round 18.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жыйынга 120 киши катышты. Алардын 45и – аялдар.", [(120, "exact"), (45, "exact")]),
        (
            "Окууга 60 мугалим катышып, алардын ичинен 38и – жаштар.",
            [(60, "exact"), (38, "exact")],
        ),
        # near miss: the whole is a school's roster, not kept, so its part is none either
        ("Мектепте 450 окуучу окуйт. Алардын 230у – кыздар.", []),
    ],
)
def test_a_part_whose_noun_follows_a_dash(text, expected):
    assert qualified_counts_in_order(text) == expected


# --- a part of those taking part named by their noun, then a dash -------------------------
# Russian names the total's people again by the noun of those taking part in place of the
# pronoun ("из участников", "среди присутствующих"): an opener of the total's rows as "из
# них" is (lexicon `breakdown_openers`). Found by held-out round 55 (left55).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В семинаре приняли участие 45 фермеров, среди участников 12 — женщины.",
            [(45, "exact"), (12, "exact")],
        ),
        (
            "На сход пришли 90 жителей; из присутствующих 30 — молодые семьи.",
            [(90, "exact"), (30, "exact")],
        ),
        # near miss: the total before the opener is a roster, no one taking part: its
        # part is none
        ("В школе учатся 450 детей; из участников 12 — призёры олимпиады.", []),
    ],
)
def test_a_part_of_the_participants_named_by_their_noun(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert qualified_counts_in_order(text) == expected


# Found by revfixl55's review: the openers with the noun are every Russian opener with
# its pronoun "них" in the noun's place (lexicon `breakdown_pronoun_ru`,
# `breakdown_people_nouns_ru`), not the two prepositions left55 listed: "в числе" too.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В форуме приняли участие 60 фермеров, в числе участников 15 — женщины.",
            [(60, "exact"), (15, "exact")],
        ),
        (
            "На сход пришли 90 жителей, в числе присутствующих 30 — пенсионеры.",
            [(90, "exact"), (30, "exact")],
        ),
        # near miss: "в числе" before a noun of no one taking part opens no row
        ("На сход пришли 90 жителей, в числе вопросов 3 — ремонт дорог.", [(90, "exact")]),
    ],
)
def test_every_opener_of_them_takes_the_participants_noun(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert qualified_counts_in_order(text) == expected


# --- a later part of a whole that takes part, after the list's first part ----------------
# Found by held-out round 21.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Семинарга катышкан 60 адамдын 35и аялдар, 25и 30 жашка чейинки жаштар болду.",
            [(25, "exact"), (35, "exact"), (60, "exact")],
        ),
        (
            "Окууга чакырылган 40 мугалимдин 25и аялдар, 15и жаш адистер болду.",
            [(15, "exact"), (25, "exact"), (40, "exact")],
        ),
        # near miss: the whole takes no part (pupils who study there): no part counts
        ("Мектепте окуган 450 окуучунун 230у кыздар, 220сы эркек балдар.", []),
    ],
)
def test_later_parts_of_a_whole_taking_part_count(text, expected):
    assert qualified_counts(text) == expected


# --- a part of those counted before it ----------------------------------------------------
# "среди них" / "среди которых" (among them) opens the rows of the total before it, as
# "из них" and "в том числе" do; a Kyrgyz part ("27си") takes the converb of coming,
# "келип", as its verb of taking part, as it takes "келди"; and a part whose whole is
# the participants, named earlier in its sentence with words of a share between
# ("Катышуучулардын көпчүлүгү, тагыраак айтканда 90у ..."), is a part of those who
# took part, as one right after them is.
# Found by held-out round 22.


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


# --- voters or citizens on a list, a part of them voting in the next clause -------------
# "Тизмеге N жаран киргизилген, алардын M-ы добуш берди": the verb after the comma is the
# part's; the whole is a register (participants.registered_whole), the part counts.
# Found by held-out round 25.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Шайлоочулардын тизмесине 7 315 жаран киргизилип, алардын 4 020сы шайлоого катышты.",
            [4020],
        ),
        (
            "Шайлоочулардын тизмесине 3 900 шайлоочу катталган, алардын 2 100ү шайлоого катышты.",
            [2100],
        ),
    ],
)
def test_a_register_whole_is_no_count(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


# --- any people a list holds, named in the locative, a part of them after the comma -----
# "Тизмесинде N ..., алардын M-и келди", "В списке N человек, из них ...": the list's whole
# counts no one, its part that took part does, whoever the people are
# (participants.listed_whole, listed.py). Found by held-out round 48.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Курстун тизмесинде 60 мугалим болсо, алардын 48и сабакка келди.", [48]),
        ("Тизмеде 90 жаш жазылган, алардын 70и форумга келди.", [70]),
        ("В списке 180 человек, из них в собрании участвовали 150 жителей.", [150]),
        (
            "В списках приглашенных значилось 95 фермеров, а из них на семинар пришли 80 фермеров.",
            [80],
        ),
        # near miss: no list, the whole's own verb of taking part: both count
        ("Жыйынга 150 катышуучу келди, алардын 120сы добуш берүүгө катышты.", [120, 150]),
    ],
)
def test_a_lists_whole_before_its_part_is_no_count(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_people_enrolled_for_an_event_still_count() -> None:
    # near miss: people, not voters or citizens, signed up for a seminar, then a part came
    assert counts("Семинарга 45 адам катталып, алардын 40ы катышты.") == [40, 45]


# --- a part after "алардын ичинде" and where it came from --------------------------
# "Алардын ичинде <source in the ablative> N жаш болду": a part of the total before it,
# the words of its origin between the opener and the count (participants.part_after_opener).
# Found by held-out round 25.


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "Жыйынга 160тан ашуун тургун келди. Алардын ичинде алыскы тоолуу айылдардан"
            " 35ке жакын жаш болду.",
            35,
        ),
        (
            "Окууга 90 катышуучу келди, алардын ичинен Кочкор менен Жумгалдын"
            " айылдарынан 28 жаш болду.",
            28,
        ),
    ],
)
def test_a_part_after_its_source_counts(text: str, part: int) -> None:
    assert part in counts(text)


def test_a_part_without_an_opener_needs_a_verb() -> None:
    # near miss: no opener, "болду" is no verb of taking part
    text = "Жыйынга 160тан ашуун тургун келди. Тоолуу айылдардан 35ке жакын жаш болду."
    assert counts(text) == [160]


# A list of such parts, each after its own source ("Алардын ичинде Ак-Суудан 30, Кара-Суу
# айылынан 25 ата-эне бар"): every part's source stands between the joiner and its number,
# and the list goes back through them to the opener (kept_anyway._before_own_source).
# Found by held-out round 57 (left57).


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Чогулушка 210 ата-эне катышты. Алардын ичинде Ак-Суу айылынан 30, Кара-Суу"
            " айылынан 25, Тоо-Башы айылынан 19 ата-эне бар.",
            [19, 25, 30],
        ),
        (
            "Семинарга 120дан ашуун мугалим келди, анын ичинде Кочкор районунан 18 жана"
            " Жумгал районунан 14 мугалим бар.",
            [14, 18],
        ),
    ],
)
def test_a_list_of_parts_each_after_its_source_counts(text: str, parts: list[int]) -> None:
    assert set(parts) <= set(counts(text))


def test_a_list_of_parts_with_sources_and_no_opener_says_what_there_is() -> None:
    # near miss: no opener before the list, "бар" says what there is
    text = "Чогулушка 210 ата-эне катышты. Ак-Суу айылынан 30, Кара-Суу айылынан 25 ата-эне бар."
    assert counts(text) == [210]


def test_sources_of_a_part_after_a_sentence_of_what_there_is_count_no_one() -> None:
    # counter-example of ordinary text (left57's review): an opener of another sentence
    # before a list of a village's households in a sentence of what there is
    text = (
        "Чогулушка 210 ата-эне катышты, алардын ичинде 40 аял.\n\nАйылдын борборунан 120,"
        " четинен 80 үй бар."
    )
    assert 120 not in counts(text) and 80 not in counts(text)


# --- a sentence opening "among the delegates": its counts are parts of them ---------------
# A sentence that opens with those who take part in the genitive and "арасында"/"ичинде"
# ("Делегаттардын ичинде ...", lexicon `among_owner_stems`) holds parts of them, though its
# verb says what there is ("... бар"), however far its sources push the counts
# (participants.part_among_participants, kept_anyway.among_participants).
# Found by held-out round 54 (left54b).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Меймандардын ичинде 9 ардагер жана 14 студент бар.", [9, 14]),
        (
            "Катышуучулардын арасында Ноокаттан 8 мугалим, Араван районунан 5 дарыгер жана"
            " Өзгөндөн 3 акын бар.",
            [3, 5, 8],
        ),
    ],
)
def test_counts_in_a_sentence_opening_among_the_delegates_are_parts(
    text: str, expected: list[int]
) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near miss: among residents, a population, not those who take part
        "Тургундардын арасында 20 ардагер бар.",
        # near miss: the words later in the sentence, not its opening
        "Бул айылда, делегаттардын арасында эмес, 30 мугалим бар.",
    ],
)
def test_among_a_population_or_later_in_the_sentence_is_no_part(text: str) -> None:
    assert counts(text) == []


# ... nor entries, which are no people and no part of those who take part (lexicon
# `entry_lemmas`): their noun still needs its verb (revfixl54b).
@pytest.mark.parametrize(
    "text",
    [
        "Делегаттардын арасында талкуу болуп, 5 долбоор сунушталды.",
        "Делегаттардын арасында 4 долбоор бар.",
    ],
)
def test_entries_in_a_sentence_opening_among_the_delegates_are_no_part(text: str) -> None:
    assert counts(text) == []


# --- a roster's verb, a particle, then the part that came --------------------------------
# "Из 31 депутата городского кенеша присутствовали лишь 9": a particle (lexicon
# gap_particles) may stand between the roster's verb and its part; a town's and a
# district's council own their members as an ayil's does (who_groups in
# participation.yaml).
# Found by held-out round 29.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Из 25 депутатов городского кенеша присутствовали лишь 14.", [14]),
        ("Из 33 депутатов районного кенеша присутствовали только 20.", [20]),
    ],
)
def test_a_part_after_its_rosters_verb_and_a_particle(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_a_body_that_took_part_whole_still_counts() -> None:
    # near miss: no part is taken from the members
    assert counts("В сессии городского кенеша приняли участие 25 депутатов.") == [25]


def test_a_particle_with_no_verb_before_it_makes_no_part() -> None:
    # near miss: no verb of taking part stands before the particle
    assert counts("Из 40 айылных аймаков района лишь 7 сами покрывают свои расходы.") == []


# --- a part opening a list of people who share the verb ----------------------------------
# "Сессияга 17 депутаттын 15и, мугалимдер жана ата-энелер катышты": the part is the
# first of a list of people whose verb of taking part ends the sentence
# (participants.partitive_listed).
# Found by held-out round 29.


@pytest.mark.parametrize(
    "text",
    [
        "Жыйынга 21 депутаттын 18и, айыл өкмөтүнүн кызматкерлери жана мугалимдер катышты.",
        "Сессияга 19 депутаттын 16сы, мектептин мугалимдери жана ата-энелер катышты.",
    ],
)
def test_a_part_opening_a_list_shares_its_verb(text: str) -> None:
    doc = parse_text(text)
    assert [p.count for p in doc.participants] in ([18], [16])


def test_a_part_before_a_list_with_another_verb_is_no_count() -> None:
    # near miss: the list's verb is no verb of taking part
    assert (
        counts("Кеңештин 21 депутатынын 18и, мугалимдер жана ата-энелер жаңы имаратты көрүштү.")
        == []
    )


# A person named by initials in the list ("өкүлү Т.А. Бекова"): the initials' dots end
# no list (partitive_reach._initial_dot).
# Found by held-out round 44.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Сессияга 23 депутаттын 19у, райондук акимчиликтин өкүлү Т.А. Бекова жана"
            " мектептин мугалимдери катышты.",
            [19],
        ),
        (
            "Жыйынга кеңештин 11 депутатынын 9у, айыл өкмөтүнүн башчысы К. Жумаев жана"
            " Эркин айылынын тургундары катышты.",
            [9],
        ),
    ],
)
def test_a_part_opening_a_list_with_initials_shares_its_verb(
    text: str, expected: list[int]
) -> None:
    assert counts(text) == expected


def test_a_part_before_a_list_with_initials_and_another_verb_is_no_count() -> None:
    # near miss: the list's verb is no verb of taking part
    text = (
        "Кеңештин 23 депутатынын 19у, акимчиликтин өкүлү Т.А. Бекова жана мугалимдер"
        " жаңы мектепти көрүштү."
    )
    assert counts(text) == []


# --- a part restated as a share ----------------------------------------------------------
# ", башкача айтканда 56,2 пайызы", ", то есть 40 процентов,": the part's verb is read
# after the share that restates it (participation.yaml restating_openers).
# Found by held-out round 29.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Тизмеге 3 200 шайлоочу киргизилген, алардын 1 750и, башкача айтканда 54,7 пайызы"
            " добуш берүүгө катышты.",
            [1750],
        ),
        (
            "Жыйынга 80 жаш келди, алардын 30у, тагыраак айтканда 37 пайызы тренингге катышты.",
            [30, 80],
        ),
    ],
)
def test_a_part_restated_as_a_share_keeps_its_verb(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_a_part_restated_with_no_verb_of_taking_part_is_no_count() -> None:
    # near miss: the verb after the share says where they live
    text = (
        "Тизмеге 3 200 шайлоочу киргизилген, алардын 1 750и, башкача айтканда 54,7 пайызы"
        " шаарда жашайт."
    )
    assert counts(text) == []


# --- a part of those examined, sent for treatment ---------------------------------------
# "алардын 40ы дарыланууга жөнөтүлдү": a part of those named before with a service's word
# in its own clause is that service's recipients (participants.service_received), though
# "жөнөтүлдү" sends people to take part elsewhere.
# Found by held-out round 33.


@pytest.mark.parametrize(
    "text",
    [
        "Кербенде 900 тургун текшерүүдөн өтүп, алардын 40ы дарыланууга жөнөтүлдү.",
        "Медициналык кароодон 500 бала өттү, алардын 12си дарылоого жөнөтүлдү.",
    ],
)
def test_a_part_sent_for_treatment_counts_no_one(text: str) -> None:
    assert counts(text) == []


def test_a_part_sent_to_a_training_counts() -> None:
    # near miss: a part sent to a training takes part
    assert 40 in counts("Семинарга 60 мугалим келди, алардын 40ы тренингге жөнөтүлдү.")


# --- "Алардын тогузу аял, жыйырма үчү эркек": a lone number word as a part -----------------
# A lone number word with the possessive ("тогузу", "жыйырмасы") is a part of a whole right
# after "алардын"/"анын", or after a comma in the list of parts such a word opens; alone
# it is as often another word, and "ону", "жүзү", "бири", "жарымы" never are
# (numbers.yaml `lone_part`, finding._lone_part).
# Found by held-out round 34.


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
    assert counts(text) == expected


def test_a_lone_possessed_word_without_its_owner_is_no_part() -> None:
    # near misses: "анын жүзү" is his face; "жарымы" a half; no owner before "тогузу"
    assert counts("Жыйынга 30 тургун келди. Анын жүзү күлүп турду.") == [30]
    assert counts("Жыйынга 30 тургун келди. Алардын жарымы аял.") == [30]
    assert counts("Жыйынга 30 тургун келди, тогузу кечигип келди.") == [30]


# The owning pronoun may stand before a postposition of "among" ("анын ичинде тогузу",
# "алардын арасында алтысы"; numbers.yaml `lone_part.among`), a dash between the part and
# its noun or not. Found by held-out round 64 (acc64).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Сынакка 20 окуучу катышты, анын ичинде тогузу – кыздар.", [9, 20]),
        ("Жыйынга 25 тургун келди, алардын арасында алтысы аял.", [6, 25]),
    ],
)
def test_a_lone_possessed_number_word_among_them_is_a_part(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_a_postposition_of_among_with_no_owner_makes_no_part() -> None:
    # near miss: "ичинде" after a noun, not after the owning pronoun
    assert counts("Сынакка 20 окуучу катышты, мектеп ичинде тогузу кыздар.") == [20]


# --- "экөө ... окууну аягына чыгара алган жок": a part that did not ---------------------------
# A collective number whose own clause denies a participle ("алган жок", "келген эмес")
# did not do what its clause says (participants.negated, negation.denied_clause).
# Found by held-out round 34.


@pytest.mark.parametrize(
    "text",
    [
        "Курска 30 аял катышты: үчөө окууну аягына чыгара алган жок.",
        "Жыйынга 25 депутат чакырылды: экөө келген жок.",
    ],
)
def test_a_denied_collective_is_no_count(text: str) -> None:
    assert len(counts(text)) == 1


def test_a_collective_row_not_denied_counts() -> None:
    # near miss: the row's clause is not denied
    assert counts("Курска 30 аял катышты: үчөө окууну эрте бүтүрдү.") == [3, 30]


# --- a collective after a colon is a row of a count of people before it ---------------------
# "Курска 30 аял катышты: үчөө ...": the rows of the total before the colon; after a colon
# with no count of people before it ("дөңгөлөктүн экөө: экөө бирдей айланат": two
# wheels), a collective with no verb of taking part is no count (collectives._total_before).
# Found by the variants of the tune pages (accv48).


@pytest.mark.parametrize(
    "text",
    [
        "Кеңеш менен өкмөт бир кайыктын эки калагындай: экөө бирдей иштесе кайык алга жылат.",
        "Долбоордун эки багыты бар: экөө тең маанилүү.",
    ],
)
def test_a_collective_after_a_colon_with_no_count_of_people_is_no_count(text: str) -> None:
    assert counts(text) == []


def test_a_collective_row_of_a_count_of_people_counts() -> None:
    # near miss: the rows of 25 deputies before the colon
    assert counts("Жыйынга 25 депутат келди: экөө аял.") == [2, 25]


def test_a_collective_row_after_a_pronoun_opener_far_from_its_total_counts() -> None:
    # "алардын ичинде" points back to the people itself: unlike a colon, it needs no
    # count of people within reach before it (collectives._total_before; revfix48)
    text = (
        "Семинарга райондун бардык айыл өкмөттөрүнөн, мектептеринен, ооруканаларынан жана "
        "коомдук уюмдарынан келген 25 киши жыйналып, жаңы мыйзамдын негизги жоболорун, аны "
        "ишке ашыруунун "
        "жолдорун жана милдеттерин талкуулашты, алардын ичинде башчылардын экөө аял."
    )
    assert 2 in counts(text)


# --- every way of saying "among them": "в их числе", "в числе которых", "алардын катарында" --
# A breakdown opener with its pronoun in another place (lexicon breakdown_openers; accv49).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На турнир приехали 64 школьника, в их числе 20 сирот.",
            [(64, "exact"), (20, "exact")],
        ),
        # (a part with "бар", what there is: a row only after an opener; revfix49)
        (
            "Жыйынга 70 тургун катышты, анын катарында 15 депутат бар.",
            [(70, "exact"), (15, "exact")],
        ),
        # near miss: the opener with no total before it counts no one
        ("В их числе 20 сирот живут в интернате.", []),
    ],
)
def test_a_part_after_among_them_in_other_words_counts_with_its_total(text, expected):
    assert qualified_counts_in_order(text) == expected


# --- entrants, then their number set off by dashes: "финалистов — 12 — выставил ..." ---
# A noun of entrants (participation.yaml entrant_lemmas, финалист among them) in the
# Russian genitive plural, then its number between two dashes and the sentence's verb, is
# their count, as "Участников — 120." is with the number closing its sentence
# (participants/named._set_off_by_dashes). Found by held-out round 54 (left54).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Участников — 40 — прислал Таласский район.", [40]),
        ("Финалистов — 12 — выставил лицей села Ананьево.", [12]),
    ],
)
def test_entrants_and_their_number_between_dashes(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near miss: things, no entrants, own the number between dashes
        "Медалей — 14 — завоевала сборная Нарына.",
        # near miss: a range of ages after the dash, no parenthesis
        "Возраст участников — 14 — 18 лет.",
    ],
)
def test_a_number_between_dashes_after_no_entrants_is_no_count(text: str) -> None:
    assert counts(text) == []


# --- "..., анын ичинде 30у коңшу райондордон": a part in the possessive with no noun ---------
# A part written as a number with the possessive ending ("50и", "120сы") right after the
# opener of a total's rows, no noun of who after it and no finite verb in its clause, which
# closes in the ablative, where its people come from: a row of the total kept before it, with
# its noun and status, also when the total's verb is none of taking part (working at a
# centre, treated at a sanatorium) and the part alone could not be read as a partitive
# (participants.owned_part_of_total, rows.owned_part_row). Found by the leftovers of rounds
# 57 and 58 (left59).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Жаштар борборунда бул айда 90 ыктыярчы иштеди, анын ичинде 30у коңшу райондордон.",
            [(30, "ыктыярчы"), (90, "ыктыярчы")],
        ),
        (
            "Бул айда санаторийде 85 ардагер дарыланды, анын ичинде 30у Чүй облусунун айылдарынан.",
            [(30, "ардагер"), (85, "ардагер")],
        ),
    ],
)
def test_a_possessive_part_with_no_noun_is_a_row_of_the_kept_total(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts_with_who(text) == expected


def test_a_possessive_part_with_a_finite_verb_of_its_own_is_no_row() -> None:
    # near miss: the part's clause says what it did ("окууга кетти"), a clause of its own
    text = "Жаштар борборунда бул айда 90 ыктыярчы иштеди, анын ичинде 15и окууга кетти."
    assert counts(text) == [90]


def test_a_possessive_part_of_a_roster_is_no_row() -> None:
    # near miss: the total is a kindergarten's roster (dropped), so no total holds the part
    text = "Бала бакчада 140 бала тарбияланат, анын ичинде 35и жакырчылыктагы үй-бүлөлөрдөн."
    assert counts(text) == []


# --- "Алардын үчөө малчылар": a collective part and the noun it is -------------------------
# A collective number right after "алардын" with no verb, a noun of who in the nominative
# after it (a few modifiers between) that says what the part are: a part of the total
# before it, as "Алардын 3ү малчылар" is, kept only under a total kept before it
# (participants.owned_partitive_row, collectives._predicate_noun). Found by the leftovers of
# rounds 57 and 58 (left59).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Семинарга 25 дыйкан катышты. Алардын үчөө малчылар.",
            [(3, "малчы"), (25, "дыйкан")],
        ),
        (
            "Жолугушууга 30 тургун келди. Алардын экөө тажрыйбалуу ардагерлер.",
            [(2, "ардагер"), (30, "тургун")],
        ),
    ],
)
def test_a_collective_part_with_its_predicate_noun_counts(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert counts_with_who(text) == expected


def test_a_collective_part_of_a_roster_is_no_count() -> None:
    # near miss: the total is a school's staff (a roster, dropped), so is its part
    assert counts("Мектепте 30 мугалим иштейт. Алардын экөө жаш адистер.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses (fix59): the noun after the collective is an object, a postposition
        # or a finite verb after it, no predicate that closes the clause
        ("Жыйынга 30 окуучу катышты. Алардын экөө мугалимдер менен сүйлөштү.", [30]),
        ("Курска 25 киши катышты. Алардын үчөө мугалимдер үчүн ыр ырдады.", [25]),
    ],
)
def test_a_noun_the_collective_part_acts_on_is_no_predicate(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_a_collective_part_with_no_noun_after_it_is_no_count() -> None:
    # near miss: where the part came from, no noun of who: no verb, no predicate
    assert counts("Тренингге 25 дыйкан катышты. Алардын үчөө Нарындан.") == [25]


def test_a_possessive_part_said_where_it_is_is_no_row() -> None:
    # near miss: the part's clause closes in the locative (where they are), no source
    text = "Жаштар борборунда бул айда 90 ыктыярчы иштеди, анын ичинде 15и жаңы имаратта."
    assert counts(text) == [90]


# --- a part's age between "анын ичинде" and its count (participants.part_after_opener) ----
# The part's age ("16-18 жаштагы", "14 жаштагы": numbers, a dash, an age's word of the
# lexicon's measure_forms) may stand between the opener and the count: the count is still
# the opener's part of the total before it, kept despite the clause's "бар". Found by
# held-out round 61 (acc61).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Жыйынга 200 жаш келди, алардын ичинде 16-18 жаштагы 50 окуучу бар.",
            [(50, "exact"), (200, "exact")],
        ),
        (
            "Форумга 90 жаш катышты, анын ичинде 14 жаштагы 12 өспүрүм бар.",
            [(12, "exact"), (90, "exact")],
        ),
        # near miss: a village's population, no total of people taking part
        ("Айылда 900 тургун бар, анын ичинде 16-18 жаштагы 50 окуучу бар.", []),
    ],
)
def test_a_parts_age_after_the_opener(text: str, expected: list[tuple[int, str]]) -> None:
    assert qualified_counts(text) == expected
