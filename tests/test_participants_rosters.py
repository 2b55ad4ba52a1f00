"""Counts that are a roster or a capacity, not who came: a body's make-up or size, a school's
pupils, staff, a habit, how many may come, a population.

Each class is a rule about the language or the layout: team-written inputs that must give
the record's field, and a near miss that must not (none of the sentences is a held-out
round's own). The comment over each class says which held-out round found it."""

from __future__ import annotations

import pytest

from record_fields import (
    counts,
    counts_with_who_in_order,
    qualified_counts,
    qualified_counts_in_order,
)

# --- members chosen by the gathering: a body's size ---------------------------------------------
# Found by held-out round 4.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Курултайга 80 делегат катышып, кеңештин жети мүчөсүн шайлашты.", [(80, "exact")]),
        ("Жыйынга 45 тургун катышып, комиссиянын беш мүчөсүн тандашты.", [(45, "exact")]),
        # near miss: an election's voters take part ("шайлоо" is no choosing verb)
        ("Шайлоого 300 шайлоочу катышты.", [(300, "exact")]),
    ],
)
def test_members_chosen_by_a_gathering_are_no_count(text, expected):
    assert qualified_counts(text) == expected


# --- who joins a body is its make-up, not who takes part ----------------------------------
# Found by held-out round 7.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Комиссияга 3 депутат жана 2 тургун кирди.", []),
        ("В рабочую группу вошли 9 человек.", []),
        # near miss: a hall is no body, the people entering it came
        ("Залга 50 адам кирди.", [(50, "exact")]),
    ],
)
def test_who_joins_a_body_is_its_make_up(text: str, expected: list[tuple[int, str]]) -> None:
    assert qualified_counts(text) == expected


# Signing up to a body of governance ("жазылды", lexicon `body_signing_up_stems`,
# `governance_body_stems`) or to a group the text has just said was formed
# (`group_formed_stems`, signing_up.py) joins it too: its make-up; signing up to a club or
# another group is taking part, to a course being trained (round 42 counts "курска 25 бала
# жазылды"). Found by held-out round 45; narrowed by review45.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Шайлоо комиссиясына 11 тургун жазылды.", []),
        ("Айылдык штабга 7 ыктыярчы жазылды.", []),
        ("Жаштар өрт өчүрүүчү топ түзүштү. Топко азыр 11 жигит жазылды.", []),
        # near misses: a club, a volunteers' group and a course are no bodies of governance
        ("Күрөш тобуна 18 бала жазылды.", [18]),
        ("Экологиялык группага 14 студент жазылды.", [14]),
        ("Компьютердик курска 25 бала жазылды.", [25]),
    ],
)
def test_who_signs_up_to_a_body_is_its_make_up(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


# A working meeting ("кеңешме", typed "кенешме" too) opens with a council's stem but is no
# body: who sign up to it take part (lexicon governance_body_not_stems,
# signing_up.governance_noun). The council itself, typed either way, stays a body.
# Found by revfix51.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Айыл өкмөтүндөгү кеңешмеге 35 фермер жазылды.", [35]),
        ("Райондук кенешмеге 20 мугалим жазылды.", [20]),
        # near misses: the council, in its Kyrgyz and its keyboard spelling
        ("Айылдык кеңешке 9 депутат жазылды.", []),
        ("Айылдык кенешке 9 депутат жазылды.", []),
    ],
)
def test_who_signs_up_to_a_meeting_take_part(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


# --- how many may come ("-са болот") is a capacity, not who came --------------------------
# Found by held-out round 7.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Лагерде бир эле учурда 120 бала эс алса болот.", []),
        ("Залга 200дөй киши батса болот.", []),
        # near miss: who rested there
        ("Жайкы лагерде 120 бала эс алышты.", [(120, "exact")]),
    ],
)
def test_how_many_may_come_is_no_count(text: str, expected: list[tuple[int, str]]) -> None:
    assert qualified_counts(text) == expected


# --- a body created "из N человек" ---------------------------------------------------------
# Found by held-out round 11.


@pytest.mark.parametrize(
    "text",
    [
        "Для мониторинга создана рабочая группа из 9 человек.",
        "При айыл окмоту сформирована комиссия из 5 депутатов.",
    ],
)
def test_a_body_created_of_so_many_is_its_size(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Делегация из 12 человек прибыла на форум.",
        "В форуме приняла участие группа из 30 студентов.",
    ],
)
def test_a_group_that_came_counts(text: str) -> None:
    assert len(counts(text)) == 1


# --- a roster said in the future: "будут учиться N детей" ---------------------------------
# The infinitive of a verb of existence after the future's auxiliary (lexicon
# existence_verbs_before: учиться, обучаться, проживать) is a school's roster or a
# population as its present is (rule participants.existence). Found by held-out round 47.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В новом году в лицее будут учиться 640 школьников.", []),
        ("В новом микрорайоне будут проживать 2 500 человек.", []),
        # near misses: who will come to an event; who study at an event named before the
        # verb, trainees (lexicon studying_verbs_before; revfix47)
        ("На празднике будут выступать 40 учеников лицея.", [40]),
        ("На семинаре по пчеловодству будут учиться 35 фермеров.", [35]),
        ("На курсах кройки и шитья обучаются 18 женщин.", [18]),
    ],
)
def test_a_roster_in_the_future_is_no_count(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


# --- a body of governance "из N человек", whatever it does ---------------------------------
# A commission, a council, a committee or a staff (lexicon governance_body_stems) named
# with "из" and its people is its size, not who came, whatever the verb; "из" before
# units says whence its members came (rule participants.body_or_complaints). Found by
# held-out round 47.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Отчет акима заслушала комиссия из 7 депутатов.", []),
        ("Заявки рассмотрел совет из 11 депутатов районного кенеша.", []),
        # near misses: a travelling group came; the units the members came from; a body
        # a verb of taking part right before it says took part (revfix47)
        ("На встречу с жителями приехала группа из 14 студентов.", [14]),
        ("В совещании участвовали члены комитетов из 9 айылных аймаков.", [9]),
        ("В обсуждении бюджета приняла участие комиссия из 6 депутатов.", [6]),
        ("В рейде участвовал штаб из 12 волонтеров.", [12]),
    ],
)
def test_a_body_of_governance_of_so_many_is_its_size(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


# --- a body of governance "из N человек" before another clause's verb ------------------------
# The body's own clause (to its comma) has no verb of taking part; the verb found past the
# comma ("..., а работы планируется провести") is another clause's, and the body's count
# stays its size (bodies.sized_beyond_clause; participants.body_or_complaints). Found by
# held-out round 58.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Акт о приемке водопровода подпишет комиссия из шести человек, а пуск воды"
            " планируется провести в пятницу.",
            [],
        ),
        (
            "Смету проверит совет из 9 депутатов, а слушания планируется провести в июне.",
            [],
        ),
        # near miss: the body's own clause says it took part
        ("Комиссия из 5 депутатов приняла участие в проверке, а потом составила акт.", [5]),
        # counter-example of ordinary text: people, no body, before another clause's verb
        (
            "Группа из 12 студентов приехала утром, а на встречу пришли еще 30 жителей.",
            [12, 30],
        ),
    ],
)
def test_a_body_of_so_many_before_another_clauses_verb_is_its_size(
    text: str, expected: list[int]
) -> None:
    assert counts(text) == expected


# ... but a comma that opens an insert about the body (a participle's phrase, no
# conjunction after the comma) parts no clause: the verb of taking part past the insert is
# the body's own, and it counts; a clause opened by "а", "но" after the insert is still
# another's (bodies.sized_beyond_clause, revfix58's review).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Комиссия из 4 депутатов, созданная айыл кенешем, участвовала в приемке дороги.", [4]),
        ("Совет из семи аксакалов, избранный на сходе, принял участие в проверке пастбищ.", [7]),
        # near miss: past the insert the body's own verb, then a clause opened by "а"
        (
            "Комиссия из 4 депутатов, созданная айыл кенешем, составит акт, а приемку дороги"
            " планируется провести летом.",
            [],
        ),
    ],
)
def test_a_body_of_so_many_with_an_insert_before_its_verb_takes_part(
    text: str, expected: list[int]
) -> None:
    assert counts(text) == expected


# --- a body "состоящий из N": the Russian verb of consisting between the body and "из" ------
# The body before the verb (a comma perhaps between; a council written "кенеш" as a Russian
# keyboard types it) is so sized: no count (lexicon consisting_verbs_before, rule
# participants.body_or_complaints). Found by held-out round 51.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Итоги схода передали в айыльный кенеш, состоящий из 23 депутатов.", []),
        ("Вопрос рассмотрит совет, состоящий из 11 депутатов.", []),
        # near miss: a group that came, sized by the same verb, counts
        ("На форум прибыла делегация, состоящая из 15 человек.", [15]),
    ],
)
def test_a_body_consisting_of_so_many_is_its_size(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


# --- a list "из N": what a list or a register holds -------------------------------------------
# A list's noun before "из" counts what it holds, whatever the verb (lexicon list_of_stems,
# rule participants.body_or_complaints; accv49).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the old code counted these: a who noun before a verb of entering; revfix49)
        ("В реестр из 50 фермеров вошли участники программы.", []),
        ("В перечень из 14 школ, вошедших в проект, включили и сельскую школу.", []),
        # near miss: "из" after a gathering's noun says whence they came
        ("В семинаре участвовали представители из 12 сел.", [12]),
        # near miss: "из списка" before the count, which took part
        ("Из списка 40 человек приняли участие в семинаре.", [40]),
    ],
)
def test_a_list_of_so_many_is_what_it_holds(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


# --- members in the accusative are whom a verb acts upon, no body's make-up ---------------
# "кеңештин мүчөлөрүн чакырдык, жалпы 90 киши": the members invited are among those
# counted, not the size of their council (lexicon composition_member_stems, rule
# participants.body_or_complaints; accv50).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Семинарга айылдык кеңештин мүчөлөрүн жана мугалимдерди чакырдык, жалпы 90 киши.", [90]),
        ("Окууга ардагерлер кеңешинин мүчөлөрүн тартышты, бардыгы 35 адам.", [35]),
        # near miss: members in the nominative are the council's make-up
        ("Кеңештин мүчөлөрү 9 адам.", []),
        ("Комиссиянын мүчөлөрү 7 адамдан турат.", []),
    ],
)
def test_members_in_the_accusative_are_no_body_size(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


# --- a habit said of "we" is what people do, not a taking part -------------------------------
# Found by held-out round 16.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«Биз үч айыл өкмөтү бирге иштейбиз», — деди башчы.", []),
        ("Бул кварталда биз 250 адам жашайбыз.", []),
        # near miss: a verb of taking part
        ("Ашарга үч айыл өкмөтү катышты.", [(3, "exact")]),
    ],
)
def test_a_habit_said_of_we_is_no_taking_part(text: str, expected: list[tuple[int, str]]):
    assert qualified_counts_in_order(text) == expected


# --- "занимаются" before a count is a school's or a club's roster (a habit) ------------------
# Found by held-out round 17.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В спортивной школе занимаются 180 детей. На турнир приехали 40 спортсменов.",
            [(40, "exact")],
        ),
        ("В новом лицее занимаются около 500 учеников в две смены.", []),
        # near miss: past tense on one day is no habit
        ("На мастер-классе в субботу занимались 25 детей.", [(25, "exact")]),
    ],
)
def test_pupils_who_study_somewhere_are_a_roster(text, expected):
    assert qualified_counts_in_order(text) == expected


# --- a building's seats: the number counts the seats ------------------------------------------
# Found by held-out round 19.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Айылда 90 орундуу балдар лагери ачылат деп күтүлүүдө.", []),
        ("Ооруканада 50 төшөктүү балдар бөлүмү ачылды.", []),
        ("Шаарда 120 орундуу бала бакча ачылат деп күтүлүүдө.", []),
        # near miss: an adjective of having that counts no seats ("experienced")
        ("Семинарга 40 тажрыйбалуу мугалим катышты.", [(40, "мугалим")]),
    ],
)
def test_seats_of_a_building_are_no_count(text, expected):
    assert counts_with_who_in_order(text) == expected


# --- "мүмкүн" after the verbal noun: how many may come ----------------------------------------
# Found by held-out round 19.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Долбоорго кийинки жылы дагы үч айыл аймагы кошулушу мүмкүн.", []),
        ("Тренингге 30дан ашык мугалим катышышы мүмкүн.", []),
        # near miss: the word of opportunity in another clause
        (
            "Тренингге 30дан ашык мугалим катышты, бул мүмкүнчүлүктү баалашты.",
            [(30, "мугалим")],
        ),
    ],
)
def test_who_may_come_is_no_count(text, expected):
    assert counts_with_who_in_order(text) == expected


# --- pupils admitted to a school or its first grade: its roster -------------------------------
# Found by held-out round 19.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Быйыл мектепке биринчи класска 40 бала кабыл алынды.", []),
        ("Облуста 5 миңден ашуун бала 1-класска барды.", []),
        ("Жаңы лицейге 120 окуучу кабыл алынды.", []),
        # ... and in Russian: the first grade in the nominative or accusative, or
        # "зачислены" (round 47)
        ("В сентябре в первый класс района придут 410 детей.", []),
        ("В этом году в первые классы зачислены 95 учеников.", []),
        # ... and children signed up to a kindergarten or a school (accleft)
        ("В детский сад уже записано 80 детей.", []),
        ("Бала бакчага 60 бала катталды.", []),
        ("На сегодня в ясли записаны 40 детей, набор продолжается.", []),
        # near miss: pupils of a grade who took part in an event
        ("Биринчи класстын 25 окуучусу концертке катышты.", [(25, "окуучу")]),
        ("В концерте выступили 30 учеников первых классов.", [(30, "ученик")]),
        # near misses: signed up to a club or a section (at a school), they take part
        ("На кружок рисования записались 30 детей.", [(30, "ребенок")]),
        ("В секцию при школе записались 25 детей.", [(25, "ребенок")]),
        # ... and to a "school" that is a course or a camp: no kindergarten (revfixleft)
        ("В школу молодого лидера записались 30 школьников.", [(30, "школьник")]),
        ("Жайкы мектепке 35 окуучу катталды.", [(35, "окуучу")]),
    ],
)
def test_pupils_admitted_are_a_roster(text, expected):
    assert counts_with_who_in_order(text) == expected


# --- admitted to a camp or a course: who take part ------------------------------------------
# The phrase of admitting after the count, a programme people take part in named in the
# dative before it (participation.yaml `admitted_to_stems`: a camp, a course, a training):
# who take part, as those invited, no school's roster; "жаш" needs no other verb
# (participants.admitted_to_programme, admitted.py). Found by held-out round 54 (left54b).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Курска 25 жаш кабыл алынды.", [25]),
        ("Жайкы лагерге 50 окуучу кабыл алынат.", [50]),
        # a range: both its ends
        ("Жайкы семинарга быйыл 12ден 18ге чейин жаш кабыл алынат.", [12, 18]),
        # any kind word of events.yaml in the dative is a programme (revfixl54b)
        ("Конференцияга 40 жаш кабыл алынды.", [40]),
        ("Форумга 35 жаш кабыл алынды.", [35]),
    ],
)
def test_admitted_to_a_programme_take_part(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near miss: admitted to a school, its roster
        "Мектепке 120 окуучу кабыл алынды.",
        # near miss: a programme named, but not in the dative, not where they are admitted
        "Курстун жыйынтыгында 25 жаш кабыл алынды.",
        # near miss: an event in the dative, but no phrase of admitting after the count
        "Конференцияга 40 жаш тууралуу маалымат берилди.",
    ],
)
def test_admitted_to_a_school_or_no_programme_is_no_count(text: str) -> None:
    assert counts(text) == []


# --- graduates who studied at a school (participants.school_alumni) ---------------------
# Graduates who studied at or finished a school are its output over the years, no count
# of who took part in an event.
# Found by held-out round 24.


@pytest.mark.parametrize(
    "text",
    [
        "Мугалимдин колунан эки миңден ашуун бүтүрүүчү билим алды.",
        "За 60 лет школу окончили более 4 000 выпускников.",
    ],
)
def test_graduates_who_studied_are_no_count(text: str) -> None:
    assert counts(text) == []


def test_graduates_who_came_count() -> None:
    # near miss: graduates who came to a jubilee take part in it
    assert counts("Мектептин юбилейине 150гө жакын бүтүрүүчү келди.") == [150]


# --- staff hired by an institution: its roster ---------------------------------------------
# (rule participants.hired_staff)
# Found by held-out round 26.


@pytest.mark.parametrize(
    "text",
    [
        "Жаңы бала бакчага 12 тарбиячы ишке кабыл алынды.",
        "В этом году на работу приняты 14 учителей.",
    ],
)
def test_staff_taken_on_is_no_count(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Семинарга 24 мугалим катышты.", [24]), ("Ашарга 30 жумушчу ишке тартылды.", [30])],
)
def test_teachers_who_take_part_and_workers_of_the_work_count(
    text: str, expected: list[int]
) -> None:
    # near misses: teachers at a seminar; workers paid for the activity's work
    assert counts(text) == expected


# Staff who came to work at the institution ("жумушка келди", "ишке келишти", "пришли на
# работу") are taken on as the hired are (lexicon hiring_phrases).
# Found by held-out round 57 (left57).


@pytest.mark.parametrize(
    "text",
    [
        "Бала бакчага жаңы окуу жылында 6 тарбиячы жумушка келди.",
        "Ооруканага 3 медайым ишке келишти.",
        "В районную больницу в этом году на работу пришли 5 молодых врачей.",
    ],
)
def test_staff_who_came_to_work_is_no_count(text: str) -> None:
    assert counts(text) == []


def test_teachers_who_came_to_a_seminar_count() -> None:
    # near miss: they came to an event, no word of work
    assert counts("Семинарга райондун мектептеринен 25 мугалим келди.") == [25]


def test_teachers_who_came_to_work_at_an_ashar_and_took_part_count() -> None:
    # counter-example of ordinary text (left57's review): the sentence says they took part
    assert counts("Мектепке 40 мугалим жумушка келип, ашарга катышты.") == [40]


# Staff drawn in for a season of the institution's work, the season's noun in the Kyrgyz
# dative or after Russian "на", a verb of drawing in in their clause, are its staff
# engaged (participants.hired_staff, seasonal_staff.engaged_for_a_season; lexicon
# season_stems, season_preposition_ru, engaging_stems).
# Found by held-out round 57 (left57).


@pytest.mark.parametrize(
    "text",
    [
        "Күзгү сезонго балдар бакчасына 9 тарбиячы тартылды.",
        "На летний сезон в лагерь привлечены 6 воспитателей.",
    ],
)
def test_staff_drawn_in_for_the_season_is_no_count(text: str) -> None:
    assert counts(text) == []


def test_teachers_drawn_into_an_event_count() -> None:
    # near miss: an event, no season, is what they are drawn into
    assert counts("Иш-чарага райондун мектептеринен 30 мугалим тартылды.") == [30]


def test_teachers_drawn_into_a_meeting_before_the_season_count() -> None:
    # counter-example of ordinary text (left57's review): the season is the meeting's
    # purpose, the meeting is where they go
    assert counts("Сезонго даярдык көрүү үчүн жыйынга 20 мугалим тартылды.") == [20]


# --- a habit reported ------------------------------------------------------------------------
# A habit or state in reported speech ("окуй турганын", "жашай тургандыгын"; lexicon
# `reported_existence_words`) closes the count's clause: what there is, a school's roster,
# not who took part (participants.existence_clause).
# Found by held-out round 28.


@pytest.mark.parametrize(
    "text",
    [
        "Директор мектепте 1 200 окуучу окуй турганын, бирок спорт зал жок экенин айтты.",
        "Аким айылда 900 үй-бүлө жашай тургандыгын белгиледи.",
        # the habit's own verb reported, the aorist participle in the accusative
        # (`reported_existence_forms`; held-out round 43)
        "Башчы айыл аймагында 5 600дөн ашык адам жашаарын, бюджет аз экенин айтты.",
        "Директор лицейде 800дөй окуучу окуурун белгиледи.",
    ],
)
def test_a_reported_habit_is_no_count(text: str) -> None:
    assert counts(text) == []


def test_a_reported_taking_part_counts() -> None:
    assert counts("Мугалим сынакка 40 окуучу катышканын айтты.") == [40]


# --- what there is, reported with the copula -------------------------------------------------
# A verb of `existence_verbs` followed by the reported copula ("бар экенин", "иштейт
# экендигин"; lexicon `reported_copula_words`) or an aorist written with one vowel
# ("иштерин") closes the count's clause: the units or staff there are, not who took part
# (participants.existence_clause).
# Found by held-out round 44.


@pytest.mark.parametrize(
    "text",
    [
        "Башчы облуста 58 айыл аймагы бар экенин, бирок жол начар экенин айтты.",
        "Аким мекемеде 120дан ашык мугалим иштерин белгиледи.",
        "Директор мектепте 35 мугалим иштейт экендигин, бирок жай жок экенин айтты.",
    ],
)
def test_what_there_is_reported_with_the_copula_is_no_count(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "иштерин" after another noun is "the works", no habit (review41)
        ("Айылдагы 45 жаш тазалоо иштерин жүргүзүп, ишембиликке катышты.", [45]),
        ("Мектептин 60 окуучусу көчөт отургузуу иштерин аткарып, аянтты тазалашты.", [60]),
    ],
)
def test_the_works_after_another_noun_are_no_habit(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_who_came_reported_with_the_copula_counts() -> None:
    # near miss: the copula reports a verb of coming, no verb of what there is
    assert counts("Аким жыйынга 70 тургун келген экенин айтты.") == [70]


# --- a population said as ours or what a town grew to -------------------------------------
# "У нас 11 тысяч жителей", "Город вырос до 54 тысяч жителей": residents owned by "у" or a
# number a town grew to are its population (participants.population_said).
# Found by held-out round 29.


@pytest.mark.parametrize(
    "text",
    [
        "«У нас 7 тысяч жителей, а больница одна», — сказал глава айыл окмоту.",
        "За десять лет город вырос до 40 тысяч жителей.",
    ],
)
def test_a_population_said_is_no_count(text: str) -> None:
    assert counts(text) == []


def test_residents_who_came_still_count() -> None:
    # near miss: a verb says they came
    assert counts("На сход у здания мэрии пришли 400 жителей.") == [400]


# --- "все 12 тысяч жителей аймака": all of the residents, the whole population -------------
# "All" right before the number of residents ("все", "бардык"; lexicon
# `all_residents_before`), with no verb of taking part, is a unit's whole population
# (participants.residents). Found by held-out round 45.


@pytest.mark.parametrize(
    "text",
    [
        "Новый водопровод нужен, чтобы все 4 500 жителей села получали чистую воду.",
        "Айылдын бардык 3 000 тургуну жаңы көпүрөнү колдонот.",
    ],
)
def test_all_the_residents_are_a_population(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "В районе 40 депутатских мандатов, из них 11 депутатов моложе 30 лет.",
        "В совете старейшин 21 место, и 6 членов старше 70 лет.",
    ],
)
def test_a_body_s_members_by_age_count_no_one(text: str) -> None:
    # "61 депутат моложе 35 лет": members (`roster_lemmas`) described by an age right
    # after their noun (`age_comparatives`), no verb of taking part: the body's make-up
    # (participants.roster_by_age). Found by held-out round 45.
    assert counts(text) == []


def test_participants_by_age_still_count() -> None:
    # near miss: listeners of a seminar by age, a part of who took part (round 6's reading)
    assert counts("Среди участников 300 женщин, а 120 слушателей моложе 30 лет.") == [120, 300]


def test_members_by_age_after_a_verb_of_taking_part_still_count() -> None:
    # near miss: a verb of taking part earlier in the sentence governs the list, the
    # young members a part of who took part. Found by review45.
    text = "В заседании приняли участие 18 депутатов, 5 депутатов моложе 30 лет."
    assert counts(text) == [5, 18]


def test_all_the_residents_who_came_still_count() -> None:
    # near miss: a verb of taking part right before "все"
    assert counts("На сход пришли все 85 жителей села.") == [85]


# --- "курамасы 20 оюнчудан турду": a team's size ---------------------------------------------
# A team in a contest (команда, курама, сборная) consists of players who take part: its
# size counts, as a delegation's does; a jury's or a council's size does not
# (lexicon participant_group_stems, `оюнчу` a who-noun; participants.consisting_of).
# Found by held-out round 34.


@pytest.mark.parametrize(
    "text",
    [
        "Мелдеште Ак-Суу айыл аймагынын курамасы 18 оюнчудан турду.",
        "Турнирге чыккан команда 15 оюнчудан турду.",
    ],
)
def test_a_teams_size_counts(text: str) -> None:
    assert len(counts(text)) == 1


def test_a_jurys_size_does_not_count() -> None:
    # near miss: the jury judges, its size is a body's
    assert counts("Сынакта калыстар тобу 7 адамдан турду.") == []


# --- "6 адистен турган медициналык топ жөнөтүлдү": a group sent to the work -------------------
# The participle "турган", a group's noun after it and a verb of sending closing the clause
# (lexicon `sent_group_nouns`, `sent_group_verbs`): the group sent takes part, as a
# travelling group does; a body created keeps its size uncounted (participants.consisting_of,
# tallies._group_sent). Found by held-out round 45.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Суу каптаган айылга райондон 8 кишиден турган куткаруучулар тобу жиберилди.", [8]),
        ("Ашарга шаардан 10 кишиден турган ыктыярчылар бригадасы жөнөтүлдү.", [10]),
        # near miss: a body created, its size
        ("Зыянды баалоо үчүн 5 кишиден турган комиссия түзүлдү.", []),
    ],
)
def test_a_group_sent_to_the_work_counts(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


# --- "16 оюнчуга чейин каттай алат": how many may, not who came ------------------------------
# "can" in the present after a converb that is no verb of taking part is a rule's cap
# (participants.obligation, modality._may_only); after a verb of taking part it is who is
# expected and counts.
# Found by held-out round 34.


@pytest.mark.parametrize(
    "text",
    [
        "Эреже боюнча ар бир команда 20 оюнчуга чейин каттай алат.",
        "Залга 300 көрөрманга чейин батып алат.",
    ],
)
def test_what_may_be_done_counts_no_one(text: str) -> None:
    assert counts(text) == []


def test_who_may_take_part_counts() -> None:
    # near miss: the converb is of taking part
    assert qualified_counts("Угууга 120га чейин тургун катыша алат.") == [(120, "up_to")]


# --- "ага 3 команда барат": going to an event named before the count ---------------------------
# "барат", "барышат" (lexicon `going_verbs`, of `existence_verbs`) after a kind word of the
# events lexicon earlier in the count's sentence named as the goal (in the dative, or
# "ага"/"анда" after it): going to the event, taking part (participants.going_to_event,
# kept_anyway.py); with no event named as the goal it stays a habit (participants.existence).
# Found by held-out round 44.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Июнда облустук олимпиада өтөт, ага биздин мектептен 6 окуучу барат.", [6]),
        ("Райондук спартакиадага Ак-Талаа айыл аймагынан 4 команда барат.", [4]),
    ],
)
def test_going_to_an_event_counts(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no event named in the sentence, a school's pupils
        "Жаңы мектеп ачылды. Азыр ага айылдан 250 окуучу барат.",
        # ... an event named, but not as the goal (the locative); a given name (review41)
        "Семинарда айтылгандай, мектепке айылдан 300 бала барат.",
        "Сапар агай айткандай, мектепке айылдан 80 окуучу барат.",
    ],
)
def test_going_to_school_is_a_habit(text: str) -> None:
    assert counts(text) == []


# --- a population's daily life: "N адам ... суусун ичүүдө" ---------------------------------
# A count whose sentence ends in a verb of daily life in the present or the progressive
# (drinking, using: lexicon existence_verbs ичет, ичүүдө, колдонот ...) is a population,
# no taking part (participants.existence). Found by held-out round 47.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Эки айылда 3 миңден ашык адам булак суусун ичүүдө.", []),
        ("Бул көпүрөнү күн сайын 4 000 тургун колдонот.", []),
        # near miss: the progressive of taking part
        ("Тазалоо иштерине 50 тургун катышууда.", [50]),
    ],
)
def test_a_populations_daily_life_is_no_count(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


# --- "жыл сайын 2 000ге жакын жаран ... кетет": leaving in the present is a habit -------------
# "кетет", "кетишет" (leaves) are `existence_verbs` and `going_verbs`, as "барат" is: with no
# event named as the goal, a habit (labour migrants, students leaving to study:
# participants.existence); to an event named as the goal, taking part
# (participants.going_to_event). Found by held-out round 45.


@pytest.mark.parametrize(
    "text",
    [
        "Айылдан жыл сайын 300дөй тургун шаарга окууга кетет.",
        "Ар жылы 120 жаран Москвага кетишет.",
    ],
)
def test_leaving_in_the_present_is_a_habit(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near miss: the event named as the goal, in the dative, before the count
        ("Райондук спартакиадага айылдан 4 команда кетет.", [4]),
        # ... or after it, before the verb, where Kyrgyz puts the goal (review45)
        ("Мектептен 9 окуучу облустук турнирге кетет.", [9]),
        ("Эртең айылдан 14 балбан мелдешке кетишет.", [14]),
    ],
)
def test_leaving_for_an_event_counts(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


# --- "1 делегат от 150 жителей": a norm of representation -------------------------------------
# One person per so many people (a word of `ratio_words`, "от" or "на", between a count of
# one and a count of people, not units) is a ratio: neither side counts anyone
# (participants.representation_norm, ratios.py).
# Found by held-out round 44.


@pytest.mark.parametrize(
    "text",
    [
        "Делегатов выдвигают по норме 1 делегат от 200 избирателей.",
        "В районе по нормативу приходится 1 врач на 1 500 жителей.",
    ],
)
def test_a_norm_of_representation_counts_no_one(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: more than one on the first side, units on the second
        ("На слет приехали 24 человека от 6 сел.", [6, 24]),
        # ... one on the first side, but units on the second: one from each (review41)
        ("В форуме приняли участие 1 представитель от 12 сел.", [1, 12]),
        ("На семинар прибыл 1 специалист от 9 айыл окмоту.", [1, 9]),
    ],
)
def test_a_delegation_from_units_still_counts(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


# --- "60 сомов в месяц с одного жителя": a rate per head ------------------------------------
# A count of one after a preposition of rate ("с") or in a case of rate (the ablative, the
# dative), with a money word in its own clause, is a price's head
# (participants.per_person_rate, ratios.py). Found by held-out round 48.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Совет утвердил плату за полив: 70 сомов за сезон с одного жителя. На сессии"
            " присутствовали 18 депутатов.",
            [18],
        ),
        ("Взнос составит 500 сомов с одного участника, на семинар записались 25 участников.", [25]),
        # (revfix48) the Kyrgyz cases of rate: the ablative and the dative
        ("Кеңеш тарифти бекитти: 1 адамдан айына 50 сом. Сессияга 18 депутат катышты.", [18]),
        ("Жыйым 1 кишиге 120 сом болуп белгиленди, жыйынга 40 тургун катышты.", [40]),
    ],
)
def test_one_person_as_a_rates_head_counts_no_one(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near miss: no price in the clause, the one is a count
        ("Субботник начался с одного человека, к обеду на уборку вышли 50 жителей.", [1, 50]),
        # near miss (revfix48): the money is another clause's
        (
            "Акция началась с одного волонтера, а к вечеру 30 жителей собрали 5 тысяч сомов.",
            [1, 30],
        ),
    ],
)
def test_one_person_with_no_money_in_its_clause_still_counts(
    text: str, expected: list[int]
) -> None:
    assert counts(text) == expected


# --- "480 окуучу окуган мектеп": a place described by who is there ----------------------------
# People doing a habit in a place, in a participle before the place's noun, are its roster
# or population (participants.habit_of_place); the present is existence_verbs'.
# Found by held-out round 34.


@pytest.mark.parametrize(
    "text",
    [
        "Тургундар 600 окуучу окуган мектепти оңдоо маселесин айтышты.",
        "Аким 300 тургун жашаган конуштагы жолду көрүп, маселелерин талкуулашты.",
    ],
)
def test_people_of_a_place_in_a_participle_count_no_one(text: str) -> None:
    assert counts(text) == []


def test_people_who_came_in_a_participle_count() -> None:
    # near miss: a participle of taking part
    assert counts("Жыйынга 60 тургун келген мектептин залы толду.") == [60]


# --- "312 окуучу билим алып, 41 мугалим иштейт": a habit's converb, a habit closing -----------
# The count's verb is the converb of a verb that is also a habit ("билим алып", "үйрөнүп":
# lexicon `verbs` with `forms: past`), and the verb closing the sentence, which gives it
# its tense, says what there is or is in the present ("эмгектенет", "сабак берет", the
# progressive "алып жатат"): the school's roster (participants.converb_of_habit).
# Found by held-out round 45; by the closing verb's tense since review45.


@pytest.mark.parametrize(
    ("text", "roster"),
    [
        ("Бүгүнкү күндө гимназияда 640 окуучу билим алып, 45 мугалим эмгектенет.", 640),
        ("Азыркы тапта колледжде 900 студент билим алып жатат.", 900),
        ("Лицейде 250 окуучу билим алып, аларга 30 мугалим сабак берет.", 250),
    ],
)
def test_a_habit_s_converb_before_a_habit_in_the_present_counts_no_one(
    text: str, roster: int
) -> None:
    assert roster not in counts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: the sentence closes with a verb in the past
        ("Семинарда 40 мугалим билим алып, сертификат алышты.", [40]),
        ("Курста 25 фермер билим алып жатып, жаңы ыкмаларды үйрөнүштү.", [25]),
    ],
)
def test_a_habit_s_converb_before_a_past_verb_counts(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


# --- "кооператив, который объединяет 64 фермера": a Russian verb of being right before ------
# A Russian verb of what there is right before the count (объединяет, насчитывает,
# проживает) is the count's own verb, a roster or a population, though another clause has
# a verb of taking part (participants.existence, rosters.being_right_before).
# Found by held-out round 34.


@pytest.mark.parametrize(
    "text",
    [
        "Участники посетили кооператив, который объединяет 45 фермеров.",
        "Гости посетили село, где проживают 900 человек.",
    ],
)
def test_a_verb_of_being_before_the_count_is_its_own(text: str) -> None:
    assert counts(text) == []


# ... the verb written with ё or without it ("живёт", lexicon existence_verbs_before).
# Found by the third set of variants (accv50b).


@pytest.mark.parametrize(
    "text",
    [
        "Праздник устроили в аймаке. Здесь живёт свыше 5 тысяч жителей.",
        "Гости посетили айыл, где живёт 1 200 жителей.",
    ],
)
def test_a_verb_of_living_with_its_yo_is_a_population(text: str) -> None:
    assert counts(text) == []


def test_people_who_came_to_the_village_count() -> None:
    # near miss: no verb of living before the count, people who came
    assert counts("В селе прошёл праздник, на него пришли 300 жителей.") == [300]


def test_a_verb_of_taking_part_before_the_count_keeps_it() -> None:
    # near miss: the past "объединил" of an event gathers its participants
    assert counts("Форум объединил 45 фермеров.") == [45]


# --- "на 5 тысяч жителей приходится два врача": a ratio, what there is per others ----------
# The Russian verb of a share ("приходится", lexicon existence_verbs_before) before the
# count says what there is per a number of others, no one taking part. Found by held-out
# round 46.


@pytest.mark.parametrize(
    "text",
    [
        "В селе на 4 тысячи жителей приходится всего два фельдшера.",
        "На одного учителя в районе приходятся 30 учеников.",
    ],
)
def test_a_share_per_others_counts_no_one(text: str) -> None:
    assert counts(text) == []


def test_people_who_came_in_a_sentence_of_a_share_still_count() -> None:
    # near miss: the verb of a share closes another clause; the count's own verb is one
    # of taking part (revfix46: the old near miss had no verb of a share at all)
    text = "На эту неделю приходится открытие форума, в котором примут участие 300 делегатов."
    assert counts(text) == [300]


# --- a body's members said with "мүчө" or the past copula, no verb of taking part ----------
# "Кеңешке 60тан ашык жаш мүчө" (the members' noun as the predicate) and "Башында 12 гана
# жаш элек" (the past copula with a person's ending: "we were") say who is in a body, its
# roster, not who took part in an activity (lexicon participation.yaml composition_stems,
# existence_verbs; participants.body_or_complaints, participants.existence).
# Found by held-out round 42.


@pytest.mark.parametrize(
    "text",
    [
        "Азыр уюмга Кызыл-Суу жана Кең-Су айылдарынан 45тен ашык уул-кыз мүчө.",
        "Ассоциацияга 70 фермер мүчө.",
        "Биринчи жылы 9 гана кыз элек.",
        "Мурда бизде 5 эле адис элем деп айтты.",
    ],
)
def test_members_and_who_we_were_are_a_roster(text: str) -> None:
    assert counts(text) == []


def test_members_who_took_part_count() -> None:
    # near miss: a verb of taking part after the members
    assert counts("Сессияга кеңештин 11 мүчөсү катышты.") == [11]


# --- "кеңештерде 31 депутат болот": the future of being closes a clause of what there will
# be, a council's seats a law sets (lexicon existence_verbs) ... unless the count's own
# noun names those who take part ("40 катышуучу болот", "120 катышуучу бар": the
# participants, lexicon participant_noun_stems, vetoes.counts_participants). Found by the
# third set of variants (accv50b).


@pytest.mark.parametrize(
    "text",
    [
        "Жаңы мыйзам боюнча чоң шаардык кеңештерде 41 депутат болот.",
        "Ар бир айылдык кеңеште 21 депутат болот.",
    ],
)
def test_seats_a_council_will_have_are_no_one(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Форумда 120 катышуучу бар.", [120]),
        ("Конференцияда 90дон ашык катышуучу бар.", [90]),
        # ... and with the future of being, the noun of participants still counts
        ("Семинарга Ноокат районунан 40 катышуучу болот.", [40]),
    ],
)
def test_participants_there_are_take_part(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize("text", ["Айылда 120 тургун бар.", "Айылда 3 команда бар."])
def test_residents_or_teams_there_are_still_what_there_is(text: str) -> None:
    # near misses: no noun of those who take part themselves (a village's teams are its own)
    assert counts(text) == []


# --- "болот" says what there will be only of a body's members (lexicon seat_verbs with a
# roster_lemmas noun, words.closes_with_being): a council's seats; otherwise the future of
# being is who will come, and they take part (review of accv50b, revfix50b).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Майрамда 300дөн ашык конок болот.", [300]),
        ("Мелдеште облустун 16 командасы болот.", [16]),
        ("Семинарга 25 мугалим жана 40 окуучу болот.", [25, 40]),
    ],
)
def test_who_there_will_be_at_an_event_take_part(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_a_councils_members_there_will_be_are_still_its_seats() -> None:
    # near miss: a body's members with the future of being, its seats
    assert counts("Шаардык кеңеште мындан ары 45 депутат болот.") == []


# --- a body's members after the body in the genitive, at the body's own work ----------------
# "Жюринин N мүчөсү ... баалашты": the body's size (participants.body_members);
# with a verb of taking part the members attend. Found by held-out round 49.


@pytest.mark.parametrize(
    "text",
    [
        "Сынактын жыйынтыгын жюринин 6 мүчөсү чыгармаларды баалап аныкташты.",
        "Айыл кеңешинин 11 мүчөсү жаңы бюджеттин долбоорун колдоду.",
        "Шайлоо комиссиясынын 9 мүчөсү протоколго кол коюшту.",
    ],
)
def test_a_bodys_members_at_its_own_work_are_no_count(text: str) -> None:
    assert counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a verb of taking part, and members counted with no body before them
        ("Жюринин 6 мүчөсү жарманкеге катышты.", [6]),
        ("Тегерек үстөлгө жаштар уюмунан 14 мүчө келди.", [14]),
    ],
)
def test_members_who_attend_still_count(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


# --- being somewhere or in a state in the present: "жүрөт" closes a population's clause ------
# "... эмгек миграциясында жүрөт", "... чет өлкөдө иштеп жүрүшөт": labour migrants, a
# population (existence_verbs, participants.existence). Found by held-out round 49.


@pytest.mark.parametrize(
    "text",
    [
        "Аймактан 2 миңге жакын жаран эмгек миграциясында жүрөт, көбү Казакстанда.",
        "Биздин айылдан 150дөн ашык жигит Москвада курулушта иштеп жүрүшөт.",
    ],
)
def test_people_who_are_somewhere_in_the_present_are_no_count(text: str) -> None:
    assert counts(text) == []


def test_taking_part_in_the_progressive_still_counts() -> None:
    # near miss: a verb of taking part before "жүрөт" is the count's own
    assert counts("Курстарга 35 жаш аял катышып жүрөт.") == [35]


# After the converb of a verb that is no verb of what there is, "жүрөт" is the
# progressive's auxiliary, as "жатат" is: the converb's verb decides (lexicon
# being_auxiliaries, being_converbs, progressive_converb_endings; revfix49).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Көргөзмөдө 500дөй конок кыдырып жүрөт.", [500]),
        ("Жайкы лагерде 120 бала эс алып жүрөт.", [120]),
    ],
)
def test_the_progressive_of_another_verb_is_no_population(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_the_progressive_of_working_abroad_is_still_a_population() -> None:
    # near miss: the converb of a verb of what there is ("иштейт": a roster, migrants)
    assert counts("Айылдан 200 жаран Россияда иштеп жүрөт.") == []


# The present of the compound verb of resting ("эс алат": the noun of the activity before
# the verb) is staying at a camp or a sanatorium, who take part as in the progressive
# above, no habit of receiving as "билим алат" is (lexicon activity_compound_nouns,
# being.closes_with_being). Its parts after "анын ичинде" described by a word of benefit
# leave the total as it is: the cue of benefit is read only up to the opener of the parts
# (benefit_beside_parts.benefit_cue_tokens).
# Found by held-out round 57 (left57).


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Ысык-Көлдүн жээгиндеги санаторийде бул айда 85 ардагер эс алат.", 85),
        ("Жайкы лагерде бул сменада 120 бала эс алат.", 120),
        (
            "Көл жээгиндеги эс алуу үйүндө бул жумада 70 ардагер эс алат, анын ичинде 25и"
            " аз камсыз болгон үй-бүлөлөрдөн.",
            70,
        ),
        (
            "Жайкы лагерде 300дөй окуучу эс алат, алардын арасында 40 бала жөлөкпул алган"
            " үй-бүлөлөрдөн.",
            300,
        ),
    ],
)
def test_children_resting_at_a_camp_take_part(text: str, total: int) -> None:
    assert total in counts(text)


def test_pupils_studying_at_a_school_are_still_its_roster() -> None:
    # near miss: "билим алат", the habit of a school's pupils, whatever the parts say
    text = "Мектепте 480 окуучу билим алат, анын ичинде 120сы аз камсыз болгон үй-бүлөлөрдөн."
    assert counts(text) == []


def test_a_word_of_benefit_before_the_opener_of_the_parts_is_the_totals() -> None:
    # near miss: the benefit is the total's own, before "анын ичинде"
    text = (
        "Жайкы лагерде 240 бала жөлөкпул алган үй-бүлөлөрдөн, анын ичинде 60ы майыптыгы бар балдар."
    )
    assert 240 not in counts(text)


# Going after the converb of accompanying ("коштоп барат") is going along with a group on
# its trip: who accompany it take part, no habit of going (lexicon accompanying_converbs,
# being.closes_with_being).
# Found by held-out round 57 (left57).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Балдарды мектептин 6 мугалими коштоп барат.", [6]),
        ("Чабандардын балдарын жайлоодон 3 тарбиячы коштоп барышат.", [3]),
    ],
)
def test_staff_accompanying_a_group_take_part(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_going_to_school_every_day_is_still_a_habit() -> None:
    # near miss: going with no converb of accompanying, a habit
    assert counts("Мектепке 300 бала барат.") == []


def test_going_without_an_escort_is_still_a_habit() -> None:
    # counter-example of ordinary text (left57's review): a noun of the escort, no converb
    assert counts("Кичи айылдан мектепке 40 бала коштоочусуз барат.") == []


def test_rest_as_a_noun_is_no_compound_verb() -> None:
    # counter-example of ordinary text (left57's review): "эс алуучу жай" is a place of
    # rest, and residents needing one benefit
    assert counts("Айылда 500дөн ашык тургун эс алуучу жайга муктаж.") == []


# --- the past of living and numbering before the count: a population, no event -----------
# A Russian verb of living or numbering in the past right before the count ("проживало",
# "насчитывалось") tells what there was at a past day, a population, as its present does
# (participants.existence, lexicon existence_verbs_before); the past of studying on a day
# stays an event's trainees.
# Found by held-out round 50.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В 2020 году в селе проживало 4 200 человек, а на собрание пришли 70 жителей.", [70]),
        (
            "К концу года в айыл окмоту насчитывалось 6 500 жителей. На сход пришли 90 человек.",
            [90],
        ),
    ],
)
def test_the_past_of_living_before_the_count_is_a_population(
    text: str, expected: list[int]
) -> None:
    assert counts(text) == expected


def test_the_past_of_studying_on_a_day_still_counts() -> None:
    # near miss: trainees of a seminar, their verb in the past
    assert counts("На семинаре обучались 30 фермеров.") == [30]


# --- the make-up of a team sent to the work: its staff take part ---------------------------
# A medical brigade's or a rescue detachment's make-up ("бригаданын курамында", "в составе
# отряда") is its staff at the work reported, who take part (lexicon working_team_stems;
# bodies._working_team); a commission's or a council's make-up stays its size.
# Found by held-out round 52.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Көчмө бригаданын курамында 6 медайым жана 3 дарыгер иштеди.", [3, 6]),
        ("В составе отряда 20 спасателей.", [20]),
    ],
)
def test_a_working_teams_make_up_takes_part(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text", ["Комиссиянын курамында 7 адам бар.", "Кеңештин курамында 15 депутат болду."]
)
def test_a_bodys_make_up_stays_its_size(text: str) -> None:
    # near misses: a commission and a council, the same words of make-up
    assert counts(text) == []


# The present of resting or of accompanying is a habit again when its clause says so, a
# word of habit_cue_words ("жыл сайын", "ар жылы", "ежегодно"): a place's yearly guests,
# what there is, as "Мектепте 450 окуучу билим алат" (being.closes_with_being's `habit`,
# rosters.said_as_habit). Found by the review of left57 (revfixl57).


@pytest.mark.parametrize(
    "text",
    [
        "Жыл сайын бул жерде 300 киши эс алат.",
        "Ар жылы тоодогу санаторийде 900дөн ашык адам эс алат.",
        "Жыл сайын жайлоого 20 окуучуну 2 мугалим коштоп барат.",
    ],
)
def test_resting_or_accompanying_said_as_a_habit_is_no_count(text: str) -> None:
    assert counts(text) == []


def test_resting_in_this_shift_with_no_word_of_habit_counts() -> None:
    # near miss: the season's own campers, no word of a habit
    assert counts("Бул сменада тоодогу лагерде 500 бала эс алат.") == [500]


# Staff whose hiring, a participle, only describes them ("жумушка келген", "ишке кабыл
# алынган", "принятые на работу") take part in an event their clause names: a meeting or
# a training of the newly hired (seasonal_staff.described_at_event). Found by the review
# of left57 (revfixl57).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мектепке жумушка жаңы келген 12 мугалим менен жолугушуу болду.", [12]),
        ("Ооруканага ишке келген 7 жаш дарыгер үчүн тренинг уюштурулду.", [7]),
        ("Принятые на работу 11 учителей прошли тренинг в районном центре.", [11]),
    ],
)
def test_newly_hired_staff_at_an_event_count(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near miss: the finite verb of coming to work is the clause's own, whatever event
        # is named beside it
        "Семинардан кийин мектепке 8 мугалим жумушка келди.",
        # near miss: the participle with no event in the clause
        "Мектепке жумушка келген 12 мугалим квартира алды.",
    ],
)
def test_hired_staff_with_no_event_of_their_own_is_no_count(text: str) -> None:
    assert counts(text) == []


# Parts set off by commas in the middle of the clause ("120 пенсионер, анын ичинде 30
# жалгыз бой карыя, ... жардам алышты") leave the clause's cue of benefit after them to
# the total: all of them received aid (benefit_beside_parts.benefit_cue_tokens). Left57's
# cut at the opener dropped the cue and kept the total and its parts. Found by the review
# of left57 (revfixl57).


@pytest.mark.parametrize(
    "text",
    [
        ("Бул жумада 120 пенсионер, анын ичинде 30 жалгыз бой карыя, гуманитардык жардам алышты."),
        ("Өткөн айда 60 ардагер, анын ичинде 15 майып, көмүр менен жардам алышты."),
        ("В этом месяце 80 пенсионеров, в том числе 20 одиноких, получили гуманитарную помощь."),
    ],
)
def test_a_cue_of_benefit_after_parts_in_commas_is_the_totals(text: str) -> None:
    assert counts(text) == []


def test_a_cue_of_benefit_among_parts_running_to_the_end_is_the_parts() -> None:
    # near miss: the parts run on to the sentence's end, the benefit is a part's
    text = (
        "Жайкы лагерде 200 бала эс алат, анын ичинде 50и аз камсыз үй-бүлөлөрдөн, 12си"
        " ата-энесиз калган балдар."
    )
    assert 200 in counts(text)


# A season's noun in the dative before a postposition of a time limit ("мезгилге
# чейин": up to this time; dates.yaml range_to_words) is no season staff are drawn in
# for: staff drawn into a project up to now take part
# (seasonal_staff._for_a_season). Found by the review of left57 (revfixl57).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ушул мезгилге чейин долбоорго 40 мугалим тартылды.", [40]),
        ("Азыркы мезгилге чейин программага 18 тарбиячы тартылды.", [18]),
    ],
)
def test_staff_drawn_in_up_to_a_time_count(text: str, expected: list[int]) -> None:
    assert counts(text) == expected


def test_staff_drawn_in_for_the_winter_period_is_no_count() -> None:
    # near miss: the period's noun in the dative with no postposition, its purpose
    assert counts("Кышкы мезгилге балдар бакчасына 4 медайым тартылды.") == []


# --- workers taken on by an enterprise: the passive of taking on alone ----------------------
# A worker is "received" only into a job: "жумушчу кабыл алынды", "приняты ... рабочих",
# "наняты ... работников" (lexicon `hired_worker_lemmas`, `worker_hiring_phrases`:
# participants.hired_staff) are the enterprise's roster. Workers drawn into a work take part
# ("тартылды"). Found by held-out round 62 (acc62).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кант шаарындагы заводго 40 жаңы жумушчу кабыл алынды.", []),
        ("На кирпичный завод в Токмоке приняты 25 рабочих.", []),
        ("В сельхозкооператив наняты 12 работников.", []),
        # near misses: workers drawn into a work, and workers taking part
        ("Ашарга 30 жумушчу тартылды.", [(30, "exact")]),
        ("В субботнике приняли участие 50 работников.", [(50, "exact")]),
        # near misses: the phrases are whole words, so the participle of adopting and the
        # noun of adoption take no one on (fr59b)
        ("Кабыл алынган токтомго ылайык 40 жумушчу ашарга чыкты.", [(40, "exact")]),
        ("После принятия поправок 40 рабочих завода вышли на субботник.", [(40, "exact")]),
        ("Ишканага 20 жаңы жумушчу кабыл алынып, ишке киришти.", []),
    ],
)
def test_workers_taken_on_are_the_roster(text: str, expected: list[tuple[int, str]]) -> None:
    assert qualified_counts(text) == expected


# The active verb of hiring in its other forms, whoever hires: "нанимает", "нанял",
# "жалдады" (lexicon `worker_hiring_phrases`). Found by held-out round 64 (acc64).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Каждое хозяйство нанимает до 5 работников на сезон.", []),
        ("Весной фермер нанял 12 работников из соседнего села.", []),
        ("Быйыл ишкана 15 жумушчу жалдады.", []),
        # near miss: workers of an enterprise taking part in a work
        ("В субботнике участвовали 30 работников предприятия.", [(30, "exact")]),
    ],
)
def test_workers_an_employer_hires_are_the_roster(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert qualified_counts(text) == expected
