"""Participant classes found by held-out round 63 (health and social protection): births
and deaths, the verb before an "от ... до" range, the health workers' nouns, the verbal
noun of appointing, a staff's present of serving, a table under a caption of aid, and the
units aid's recipients come from.

Each class is a rule about the language or the layout: team-written inputs that must give
the record's field, and a near miss that must not (none of the sentences is a held-out
round's own or a real text's)."""

from __future__ import annotations

import pytest

from record_fields import counts_with_who_in_order, qualified_counts
from vap_cli.pipeline import explain_text

# --- people born or who died are a statistic, no one taking part ------------------------
# The idioms of coming into the world and of leaving it, and the Russian verbs (lexicon
# `vital_event_phrases`, `vital_event_verbs`; participants.born_or_died): asserted through
# --explain, so that a count some other rule drops does not pass without this one (fr63).

_BORN_OR_DIED = "participants.born_or_died"


def _dropped_by(text: str) -> list[str]:
    return [
        d.rule.code
        for d in explain_text(text)[1]
        if not d.kept and d.rule.code.startswith("participants.")
    ]


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("Өткөн айда районубузда 230 бала жарык дүйнөгө келди.", 1),
        ("В январе в городе родились 640 детей, умерли 210 человек.", 2),
        ("Кыш ичинде айылда 12 адам дүйнөдөн кайтты.", 1),
        # the idiom's participle right before the count; the Russian verb further back
        ("Быйыл облуста жарык дүйнөгө келген 1 200 бала катталды.", 1),
        ("Родились в феврале 310 детей.", 1),
    ],
)
def test_births_and_deaths_are_dropped_by_their_rule(text: str, dropped: int) -> None:
    assert _dropped_by(text) == [_BORN_OR_DIED] * dropped


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: "дүйнөгө" not before a verb of coming; a maternity home is no birth
        ("Дүйнөгө таанымал 20 спортчу мелдешке келди.", [(20, "exact")]),
        ("В родильном доме 40 врачей прошли обучение.", [(40, "exact")]),
        # ... the idiom's participle describing other people, not the count's predicate
        # (revfix63p): the fallen remembered, the parents of children who died
        (
            "Согушта курман болуп дүйнөдөн кайткан жоокерлерди эскерүүгө 45 окуучу катышты.",
            [(45, "exact")],
        ),
        (
            "На вечер памяти у семей умерших ветеранов собрались 60 человек.",
            [(60, "exact")],
        ),
        # ... a verb of birth joined to another verb says where they are from
        ("Родились и выросли в нашем районе 14 участников олимпиады.", [(14, "exact")]),
    ],
)
def test_births_and_deaths_near_misses_keep_the_count(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert qualified_counts(text) == expected


# --- every past form of a Russian verb of birth or death, read whole -------------------
# The lexicon holds the masculine past ("умер", "родился"); the morphology gives its
# feminine, neuter and plural as whole words (morph.russian_past_forms; left65), so the
# masculine without its past mark is read and no stem takes in "умеренный".


@pytest.mark.parametrize(
    "text",
    [
        "На прошлой неделе в селе умер 1 ветеран труда.",
        "За сутки в роддоме области родилось 52 ребенка.",
        "За зиму в горных селах умерло 14 человек.",
    ],
)
def test_every_past_form_of_a_verb_of_birth_or_death_drops_the_count(text: str) -> None:
    assert _dropped_by(text) == [_BORN_OR_DIED]


def test_a_word_that_opens_as_a_past_of_dying_is_no_death() -> None:
    # near miss: "умеренных" begins as "умер" does, a whole form it is not
    text = "В дебатах выступили 30 сторонников умеренных реформ."
    assert _BORN_OR_DIED not in _dropped_by(text)
    assert qualified_counts(text) == [(30, "exact")]


# --- the verb nearest the count governs it -------------------------------------------------
# A verb of birth further back in the clause, another verb between it and the count: the
# count is that verb's subject ("выросли здесь 14 участников"), no birth (left65).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Родились в этом горном селе и выросли здесь 14 участников форума.", [(14, "exact")]),
        ("Родились в Таласе и переехали в столицу 20 участников конкурса.", [(20, "exact")]),
    ],
)
def test_a_verb_between_a_verb_of_birth_and_the_count_governs_it(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert _BORN_OR_DIED not in _dropped_by(text)
    assert qualified_counts(text) == expected


def test_a_verb_of_birth_nearest_the_count_still_governs_it() -> None:
    # near miss: another verb further back, the verb of birth right before the count
    assert _dropped_by("В селе выросли новые дома и родились 90 детей.") == [_BORN_OR_DIED]


# --- the high end of an "от ... до" range reads the verb before the whole range ------------
# ("участвовали от 15 до 25 студентов": the verb is the range's, so no veto of a count
# with no verb drops its ends; decide._status_before_range).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В доставке помощи участвовали от 15 до 25 студентов.", [(15, "exact"), (25, "up_to")]),
        ("На ашар вышли от 40 до 60 семей.", [(40, "exact"), (60, "up_to")]),
        # near miss: no verb before the range, families counted only with one
        ("В списке от 40 до 60 семей.", []),
    ],
)
def test_a_verb_before_a_from_to_range_is_its_ends_verb(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert qualified_counts(text) == expected


# --- midwives, feldshers and the heads of facilities are who-nouns ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На совещание прибыли 17 заведующих детскими садами.", [(17, "заведующий")]),
        ("Семинарга 25 акушерка жана 10 фельдшер катышты.", [(25, "акушерка"), (10, "фельдшер")]),
        ("Обучение прошли 30 акушерок и 12 фельдшеров.", [(30, "акушерка"), (12, "фельдшер")]),
        # near miss: a staff that works there, in the present, is a roster
        ("В районе работают 12 заведующих ФАПами.", []),
    ],
)
def test_health_workers_and_heads_are_who_nouns(
    text: str, expected: list[tuple[int, str | None]]
) -> None:
    assert counts_with_who_in_order(text) == expected


# --- the verbal noun of appointing is no verb of appointing --------------------------------
# ("по назначению пенсий": pensions assigned; lexicon `chosen_verb_not`)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На учебу прибыли около 70 сотрудников из пяти районов: специалисты по назначению"
            " пенсий и кассиры.",
            [(70, "сотрудник"), (5, "район")],
        ),
        (
            "В тренинге участвовали 45 инспекторов отдела назначения пенсий из семи районов.",
            [(45, "инспектор"), (7, "район")],
        ),
        # near miss: the verb's form still says who were appointed
        ("Приказом назначены 3 заведующих отделами.", []),
    ],
)
def test_the_noun_of_appointing_selects_no_one(
    text: str, expected: list[tuple[int, str | None]]
) -> None:
    assert counts_with_who_in_order(text) == expected


# ... but right before the count the noun's object is the count: the people appointed,
# how many were selected (real README: elected and selected are no participants; lexicon
# `appointing_noun_stems`; participants.elected_or_selected; left65)


@pytest.mark.parametrize(
    "text",
    [
        "Назначение 5 новых руководителей прошло в мае.",
        "После назначения 4 новых директоров школ в районе прошло совещание.",
        "Назначение 12 глав айыл окмоту согласовано с кенешами.",
    ],
)
def test_the_noun_of_appointing_right_before_the_count_selects_it(text: str) -> None:
    assert _dropped_by(text) == ["participants.elected_or_selected"]


def test_a_count_after_the_appointing_nouns_own_object_is_kept() -> None:
    # near miss: the benefit assigned stands right after the noun, the count further on
    assert counts_with_who_in_order("Отдел по назначению пособий посетили 12 пенсионеров.") == [
        (12, "пенсионер")
    ]


# --- a staff serving in the present is a roster ---------------------------------------------
# ("кызмат көрсөтөт" beside "кызмат кылат": lexicon `duty_verbs`)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Лагерде 4 медайым кызмат көрсөтөт.", []),
        ("Бөлүмдө 6 адис кызмат көрсөтүшөт.", []),
        # near miss: the past says who served at an event
        ("Майрамда 12 медайым кызмат көрсөтүштү.", [(12, "exact")]),
        # ... and so does an event named before the count in its clause, the present
        # serving there (revfix63p)
        ("Жарманкеде 15 медайым кызмат көрсөтөт.", [(15, "exact")]),
        ("Акция учурунда 40 дарыгер тургундарга акысыз кызмат кылат.", [(40, "exact")]),
    ],
)
def test_serving_in_the_present_is_a_roster(text: str, expected: list[tuple[int, str]]) -> None:
    assert qualified_counts(text) == expected


# --- a table under a caption of aid counts its recipients -----------------------------------
# (participants.aid_table: the caption line right above the table names aid, not as a
# means; a column whose name says taking part stays)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Распределение помощи по селам:\n\n| Село | Пенсионеры | Сумма, сом |\n|---|---|---|\n"
            "| Талды-Булак | 24 | 48 000 |\n| Кен-Суу | 17 | 34 000 |\n",
            [],
        ),
        (
            "Жардамдын айылдар боюнча бөлүштүрүлүшү:\n\nАйыл | Жесир аялдар | Көмүр, тонна\n"
            "Ак-Жол | 12 | 12\nЖаңы-Жер | 9 | 9\n",
            [],
        ),
        # near misses: a caption with no aid; aid as the means; a column of those who took part
        (
            "Субботниктин жыйынтыгы айылдар боюнча:\n\nАйыл | Тургундар | Тигилген көчөттөр\n"
            "Ак-Жол | 40 | 120\nЖаңы-Жер | 25 | 80\n",
            [(40, "тургун"), (25, "тургун")],
        ),
        (
            "Субботник волонтерлордун жардамы менен өттү:\n\nАйыл | Тургундар | Тигилген көчөттөр\n"
            "Ак-Жол | 40 | 120\nЖаңы-Жер | 25 | 80\n",
            [(40, "тургун"), (25, "тургун")],
        ),
        (
            "Распределение помощи по селам:\n\n| Село | Участвовали волонтеры | Семьи |\n"
            "|---|---|---|\n| Талды-Булак | 6 | 48 |\n| Кен-Суу | 4 | 34 |\n",
            [(6, "волонтёр"), (4, "волонтёр")],
        ),
        # ... a caption of aid that names taking part or an event: the aid is what the
        # people took part in, the table a breakdown of them (revfix63p)
        (
            "Участники благотворительной акции помощи по районам:\n\n| Район | Волонтеры |\n"
            "|---|---|\n| Ат-Башинский | 24 |\n| Кочкорский | 17 |\n",
            [(24, "волонтёр"), (17, "волонтёр")],
        ),
        (
            "Биринчи жардам боюнча семинардын жыйынтыгы:\n\n| Айыл | Медайымдар |\n|---|---|\n"
            "| Ак-Жол | 14 |\n| Жаңы-Жер | 11 |\n",
            [(14, "медайым"), (11, "медайым")],
        ),
        # ... a Kyrgyz caption whose head, its last word, is a training ("окуу", "окуулар":
        # the events lexicon's `kinds_with_holding_verb`; left65)
        (
            "Биринчи жардам көрсөтүү боюнча окуу:\n\n| Айыл | Медайымдар |\n|---|---|\n"
            "| Ак-Жол | 14 |\n| Жаңы-Жер | 11 |\n",
            [(14, "медайым"), (11, "медайым")],
        ),
        (
            "Мектептерде биринчи жардам боюнча окуулар:\n\n| Айыл | Мугалимдер |\n|---|---|\n"
            "| Ак-Жол | 9 |\n| Жаңы-Жер | 7 |\n",
            [(9, "мугалим"), (7, "мугалим")],
        ),
        # ... near misses: "окуу" modifying the head after it, and the pupil's noun
        (
            "Окуу жайлары боюнча жардам:\n\n| Айыл | Медайымдар |\n|---|---|\n"
            "| Ак-Жол | 14 |\n| Жаңы-Жер | 11 |\n",
            [],
        ),
        (
            "Окуучуларга жардамдын бөлүштүрүлүшү:\n\n| Айыл | Жесир аялдар |\n|---|---|\n"
            "| Ак-Жол | 14 |\n| Жаңы-Жер | 11 |\n",
            [],
        ),
    ],
)
def test_a_table_under_a_caption_of_aid_counts_recipients(
    text: str, expected: list[tuple[int, str | None]]
) -> None:
    assert counts_with_who_in_order(text) == expected


# --- the units aid's recipients come from are no units taking part -------------------------
# (participants.units_of_aid_recipients: "из" and units after a list of people with no
# number, the word of aid before them with no verb of taking part between)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Помощь получили вдовы, инвалиды и пенсионеры из семи айыл окмоту.", []),
        (
            "В декабре материальную помощь получили одинокие старики, многодетные матери и"
            " инвалиды из шести айылных аймаков.",
            [],
        ),
        (
            "Помощь этой зимой получили многодетные матери, сироты и ветераны из восьми айыл окмоту.",
            [],
        ),
        # near misses: no word of aid; aid as the means of a training
        ("На субботник вышли пенсионеры и студенты из семи айыл окмоту.", [(7, "айыл өкмөтү")]),
        ("С помощью фонда студенты из пяти сел прошли обучение.", [(5, "село")]),
        # ... no verb of receiving: those named give the aid and take part (revfix63p)
        (
            "Помощь в тот день развозили волонтеры, студенты колледжа и учителя из пяти айыл"
            " окмоту.",
            [(5, "айыл өкмөтү")],
        ),
    ],
)
def test_the_units_of_aid_recipients_take_no_part(
    text: str, expected: list[tuple[int, str | None]]
) -> None:
    assert counts_with_who_in_order(text) == expected


# --- "Алардын ичинде" after a sentence opening with those who take part ---------------------
# (the pronoun names them: its counts are their parts, though the verb says what there is;
# kept_anyway.among_participants, lexicon `among_back_references`)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Катышуучулар үч күн бою билимин жогорулатышат. Алардын ичинде Ат-Башы, Кочкор"
            " жана Жумгал райондорунан 30 мугалим бар.",
            [(30, "мугалим")],
        ),
        ("Делегаттар эртең менен шаарга жыйналышты. Алардын арасында 12 аял бар.", [(12, "аял")]),
        # near miss: residents opening the sentence before are a population
        ("Тургундар жайкы жайытка көчүштү. Алардын арасында 20 ардагер бар.", []),
    ],
)
def test_a_part_of_those_taking_part_named_by_a_pronoun(
    text: str, expected: list[tuple[int, str | None]]
) -> None:
    assert counts_with_who_in_order(text) == expected


# --- the everyday verbs of birth and death, said by the rule itself ----------------------
# "төрөлдү" (was born), "каза болду" and "кайтыш болду" (died) are the plain verbs of
# the statistic, beside the idioms (lexicon `vital_event_phrases`; fr63): the count is
# dropped by participants.born_or_died, no other rule.


@pytest.mark.parametrize(
    "text",
    [
        "Үстүбүздөгү жылдын алгачкы айында айылда 45 бала төрөлдү.",
        "Кышкы суукта райондо 12 карыя каза болду.",
        "Мурунку жумада шаарда 7 адам кайтыш болду.",
    ],
)
def test_the_plain_verbs_of_birth_and_death_drop_the_count_by_their_rule(text):
    assert _dropped_by(text) == [_BORN_OR_DIED]


def test_a_count_beside_a_word_of_birth_that_is_no_predicate_is_kept():
    # near miss: "төрөлгөн күнүнө" (to a birthday) names a day, the count took part
    text = "Акындын төрөлгөн күнүнө арналган кечеге 60 окуучу катышты."
    assert qualified_counts(text) == [(60, "exact")]


# --- an incident's people are struck by it, no beneficiaries ------------------------------
# The words of an incident (lexicon `incident_stems`, `incident_words`) were outcomes of
# participants.beneficiaries, and so was "төрөл" (born), whose reason said people benefit:
# an incident's words now drop the count by participants.struck_by_incident, asked after
# beneficiaries, and birth is born_or_died's alone (left65).


@pytest.mark.parametrize(
    "text",
    [
        "После весеннего паводка пострадали 40 жителей района.",
        "Кечээ жол кырсыгынан 8 адам жабыркады.",
        "Тоодо 3 адам каза тапты.",
    ],
)
def test_people_an_incident_struck_are_dropped_by_their_rule(text: str) -> None:
    assert _dropped_by(text) == ["participants.struck_by_incident"]


def test_aid_given_to_an_incidents_victims_names_the_aid() -> None:
    # near miss: the victims in the dative before a word of aid are its beneficiaries
    text = "Жабыр тарткан 30 үй-бүлөгө гуманитардык жардам көрсөтүлдү."
    assert _dropped_by(text) == ["participants.beneficiaries"]


# --- the verb between a verb of birth and the count is joined to it ------------------------
# A word that only ends as a Russian past does ("села", a noun) is no verb between: only a
# verb joined by "и" (lexicon `row_joiners`) is the second predicate that governs the
# count (vital._is_verb; revfixl65).


@pytest.mark.parametrize(
    "text",
    [
        "Умерли в больнице села 3 жителя.",
        "Родились в роддоме соседнего села 25 детей.",
    ],
)
def test_a_noun_that_ends_as_a_past_leaves_the_verb_of_birth_governing(text: str) -> None:
    assert _dropped_by(text) == [_BORN_OR_DIED]


def test_a_joined_verb_past_such_a_noun_still_governs_the_count() -> None:
    # near miss: the noun skipped, the verb joined by "и" further back is the count's
    text = "Родились в районе и собрались в клубе села 30 ветеранов."
    assert _BORN_OR_DIED not in _dropped_by(text)
    assert qualified_counts(text) == [(30, "exact")]


# --- a participle of an incident before a noun of who describes those people ----------------
# After the count, a cue of `incident_stems` in a Kyrgyz participle right before a noun of
# who is said of those people, the object of another verb: the count's people took part
# (cues._describes_people_after; revfixl65).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Семинарда 25 дарыгер ооруга чалдыккан балдарды дарылоо тууралуу сүйлөштү.",
            [(25, "дарыгер")],
        ),
        (
            "Кеңешмеде 18 мугалим жабыр тарткан окуучуларды колдоо жолдорун карашты.",
            [(18, "мугалим")],
        ),
    ],
)
def test_an_incidents_participle_before_other_people_keeps_the_count(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert "participants.struck_by_incident" not in _dropped_by(text)
    assert counts_with_who_in_order(text) == expected


def test_an_incidents_participle_closing_the_clause_is_the_counts() -> None:
    # near miss: the participle is the count's predicate, no noun after it
    text = "Суу ташкынынан улам 12 тургун жабыр тарткан."
    assert _dropped_by(text) == ["participants.struck_by_incident"]
