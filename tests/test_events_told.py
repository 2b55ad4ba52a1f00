"""What a sentence tells of an event, as an analyst reads it (events40): the day of the
event, not a law's in its sentence; "today" on a dated page; the next and an earlier event
of a kind; a kind inside a quoted question, in a room's name, in an outcome's phrase; the
items of an outcome's list; an announced plural under a longer dated kind; the kind words
of each class, with their Russian-keyboard spellings. Each class: two inputs and a near miss."""

from __future__ import annotations

import pytest

from vap_cli.extractors.events import kinds_in
from vap_cli.pipeline import explain_text, parse_text


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.kind, e.start) for e in parse_text(text).events]


# --- the kind words of each class, and as a Russian keyboard types them ---


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a Kyrgyz working meeting, a council's sitting, a campaign
        ("Акимиятта мектеп директорлору менен кеңешме болду.", "жолугушуу"),
        ("Шаардык кеңештин кезектеги отуруму өттү.", "сессия"),
        ("Районда эмдөө өнөктүгү башталды.", "акция"),
        ("В районе стартовала кампания по вакцинации.", "акция"),
        # the bare nominative "жыйын" and its other cases
        ("Жыйын саат 10до башталат.", "жыйын"),
        ("Жыйында бюджет каралды.", "жыйын"),
        # typed on a Russian keyboard: о у н for ө ү ң
        ("Мэрияда тегерек устол уюштурулду.", "тегерек үстөл"),
        ("Акимиятта кенешме болду.", "жолугушуу"),
    ],
)
def test_kind_words_by_class(sentence: str, kind: str) -> None:
    assert [k for k, _, _ in kinds_in(sentence)] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a result starts like "жыйын", a company is no campaign
        "Иштин жыйынтыгы чыгарылды.",
        "Компания жаңы кампус курду.",
    ],
)
def test_lookalikes_of_kind_words_are_no_kind(sentence: str) -> None:
    assert kinds_in(sentence) == []


# --- a word that is a kind only when held: "окуу" (a training; study, reading) ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2021-жылдын 3-декабрында Кызыл-Адыр айылында 45 фермер үчүн окуу өткөрүлдү.",
            [("тренинг", "2021-12-03")],
        ),
        ("Айыл өкмөтүнүн адистери үчүн окуулар уюштурулду.", [("тренинг", None)]),
        # typed on a Russian keyboard
        ("Жаштар үчүн окуу болуп отту.", [("тренинг", None)]),
    ],
)
def test_a_training_word_with_a_verb_of_holding_is_an_event(text: str, expected: list) -> None:
    assert _events(text) == expected
    reasons = _reasons(text)
    assert any(code == "events.kind_with_holding_verb" and kept for code, kept, _ in reasons)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a school year, textbooks, applying to study; none is held
        "2023-жылдын 1-сентябрында жаңы окуу жылы башталды.",
        "Мектепке окуу куралдары тапшырылды.",
        "Кызы университетке окууга тапшырды.",
        "Окуу жайы жаңы имаратта өтөт.",
    ],
)
def test_study_and_reading_are_no_training(text: str) -> None:
    assert _events(text) == []
    assert kinds_in(text) == []


# --- the event's day is its own, not a document's in its sentence ---


@pytest.mark.parametrize(
    "text",
    [
        "На тренинге разберут поправки в Закон «О статусе депутатов» от 14 мая 2019 года.",
        "Семинарда Кыргыз Республикасынын 2020-жылдын 3-июнундагы №45 Мыйзамы түшүндүрүлдү.",
    ],
)
def test_a_document_s_date_is_no_event_s_day(text: str) -> None:
    assert all(start is None for _, start in _events(text))


def test_an_event_s_own_date_beside_a_document_stays() -> None:
    # near miss: the event's day comes first, the law is named without its date
    text = "15 апреля 2024 года прошел семинар о Законе о местном самоуправлении."
    assert _events(text) == [("семинар", "2024-04-15")]


# --- "today" on a page with an issued date ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жарыяланды: 12.03.2024\nБүгүн Таласта жаштар форуму өттү.", [("форум", "2024-03-12")]),
        (
            "Опубликовано: 05.06.2023\nСегодня в Караколе прошел сход жителей.",
            [("жыйын", "2023-06-05")],
        ),
    ],
)
def test_today_is_the_page_s_issued_day(text: str, expected: list) -> None:
    assert _events(text) == expected


def test_today_without_an_event_verb_or_an_issued_day_dates_nothing() -> None:
    # near misses: no issued date ("Бүгүн" alone), no event verb (a rate's "курс")
    assert _events("Бүгүн Таласта жаштар форуму өттү.") == [("форум", None)]
    assert _events("Опубликовано: 05.06.2023\nСегодня курс доллара вырос.") == []


# --- a dateline's date is the report's day, not the day of the event it tells ---


def _reasons(text: str) -> set[tuple[str, bool, str]]:
    return {(d.rule.code, d.kept, d.text) for d in explain_text(text)[1]}


@pytest.mark.parametrize(
    ("text", "dateline_date", "more"),
    [
        (
            "Талас, 14 марта 2024 года. В городе Талас прошел тренинг для 30 депутатов."
            " Участники тренинга изучили бюджет.",
            "14 марта 2024 года",
            "Участники тренинга изучили бюджет.",
        ),
        (
            "Нарын, 2022-жылдын 9-октябры. Шаарда аялдар үчүн семинар өткөрүлдү."
            " Семинарга 18 киши катышты.",
            "2022-жылдын 9-октябры",
            "Семинарга 18 киши катышты.",
        ),
    ],
)
def test_an_event_told_under_a_dateline_has_no_day_and_says_why(
    text: str, dateline_date: str, more: str
) -> None:
    # tests/gold part_15, part_16, part_21: "the dateline date is the report's"
    record = parse_text(text)
    assert record.issued is not None
    assert [e.start for e in record.events] == [None]
    reasons = _reasons(text)
    assert ("events.issued_is_report_day", False, dateline_date) in reasons
    # the second sentence adds to the event told without a day, not "with a date"
    assert ("events.undated_adds_to_undated", False, more) in reasons
    assert not any(code == "events.undated_adds_to_only" for code, _, _ in reasons)


def test_an_event_with_its_own_day_under_a_dateline_says_nothing_of_the_dateline() -> None:
    # near miss: the sentence dates its event; the dateline's date is not spoken of,
    # and a later sentence adds to an event told with a date
    text = "Ош, 20 мая 2023 года. 18 мая в Оше прошел форум молодежи. Форум собрал 90 человек."
    assert _events(text) == [("форум", "2023-05-18")]
    reasons = _reasons(text)
    assert not any(code == "events.issued_is_report_day" for code, _, _ in reasons)
    assert ("events.undated_adds_to_only", False, "Форум собрал 90 человек.") in reasons


# --- the next event of a kind, and an earlier one ---


@pytest.mark.parametrize(
    "text",
    [
        "2023-жылдын 7-мартында Кара-Көлдө жаштар форуму өттү. Кийинки форум Таласта өтөт.",
        "5 мая 2022 года в Токмоке прошел семинар. Следующий семинар пройдет в Кемине.",
    ],
)
def test_the_next_event_of_a_kind_is_an_event_of_its_own(text: str) -> None:
    assert [start for _, start in _events(text)][1:] == [None]


def test_more_about_the_told_event_is_no_new_one() -> None:
    # near miss: the same kind word, with no word of the next time
    text = "2023-жылдын 7-мартында Кара-Көлдө жаштар форуму өттү. Форум Таласта да уланат."
    assert len(_events(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Мурунку жыйындар 10.02.2021-ж. аяктаган.",
        "Предыдущие сессии прошли 4 марта 2020 года.",
    ],
)
def test_an_earlier_event_of_a_kind_is_none_of_this_page(text: str) -> None:
    assert _events(text) == []


def test_an_event_after_an_earlier_word_of_another_place_stays() -> None:
    # near miss: "мурунку" is not right before the kind word
    assert _events("Мурунку имаратта 10.02.2021-ж. жыйын өттү.") == [("жыйын", "2021-02-10")]


# --- a kind word that names no event: a quoted question, a room, an outcome's phrase ---


@pytest.mark.parametrize(
    "text",
    [
        'Депутаттар "семинар кантип өтөт" деген суроону талкуулашты.',
        "Жители задали вопрос «Когда пройдет собрание?» главе айыл окмоту.",
    ],
)
def test_a_kind_inside_a_quoted_question_is_no_event(text: str) -> None:
    assert _events(text) == []


def test_a_quoted_kind_a_verb_outside_tells_is_an_event() -> None:
    # near miss: the quotation is the event's name, the verb outside tells it
    assert _events("Кечээ айылда «сход граждан» болуп өттү.") == [("жыйын", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Тренинг 2024-жылдын 3-майында акимияттын жыйындар залында өттү.",
        "Тренинг прошел 3 мая 2024 года в зале заседаний акимиата.",
    ],
)
def test_a_room_named_for_its_events_names_none(text: str) -> None:
    assert _events(text) == [("тренинг", "2024-05-03")]


def test_a_kind_after_a_kyrgyz_hall_word_stays() -> None:
    # near miss: the Kyrgyz locative "залында" before the kind word is the event's place
    text = "2024-жылдын 3-майында акимияттын чоң залында коомдук угуу болуп өттү."
    assert _events(text) == [("коомдук угуу", "2024-05-03")]


@pytest.mark.parametrize(
    "text",
    [
        "Семинардын жыйынтыгында 2025-жылдын 1-июнуна чейин жол оңдолот.",
        "По итогам совещания отчеты сдадут к 10 июня 2025 года.",
    ],
)
def test_a_kind_in_an_outcome_s_phrase_is_no_event(text: str) -> None:
    assert _events(text) == []


def test_a_final_event_is_an_event() -> None:
    # near miss: "итоговая" (final) starts like "итог"
    assert _events("Итоговая конференция прошла 29 мая 2024 года.") == [
        ("конференция", "2024-05-29")
    ]


# --- the items of an outcome's list are decisions ---


@pytest.mark.parametrize(
    "opener",
    ["Жыйындын жыйынтыгы:", "Решение собрания:"],
)
def test_the_items_of_an_outcome_s_list_are_no_events(opener: str) -> None:
    text = f"{opener}\n1) 1-декабрга чейин арык тазалансын\n2) 5-декабрга чейин отчет берилсин\n"
    assert _events(text) == []


def test_the_items_of_a_schedule_list_are_events() -> None:
    # near miss: a list of the event's days, no outcome's noun over it
    text = "Жыйындар төмөнкү күндөрү өтөт:\n1) 1-декабрда Ак-Суу\n2) 5-декабрда Кара-Суу\n"
    assert [kind for kind, _ in _events(text)] == ["жыйын", "жыйын"]


# --- an announced plural under a longer dated kind ---


@pytest.mark.parametrize(
    "text",
    [
        "В Таласе пройдут семинары для депутатов. С 3 по 7 июня 2024 года пройдут семинар-тренинги.",
        "Ошто тренингдер өтөт. 2024-жылдын 3-июнунан тарта семинар-тренингдер уюштурулат.",
    ],
)
def test_a_plural_of_a_word_of_the_dated_kind_announces_it(text: str) -> None:
    assert _events(text) == [("семинар-тренинг", "2024-06-03")]


def test_a_plural_of_another_kind_is_an_event_of_its_own() -> None:
    # near miss: "форум" is no word of "семинар-тренинг"
    text = "В Таласе пройдут форумы. С 3 по 7 июня 2024 года пройдут семинар-тренинги."
    assert sorted(_events(text), key=str) == [("семинар-тренинг", "2024-06-03"), ("форум", None)]


# --- a verbal noun of holding is no event verb ---


@pytest.mark.parametrize(
    "text",
    [
        "Депутаты обсудили опыт проведения публичных слушаний.",
        "Специалистов обучат проведению сходов граждан.",
    ],
)
def test_a_verbal_noun_of_holding_tells_no_event(text: str) -> None:
    assert _events(text) == []


def test_about_the_holding_of_an_event_announces_it() -> None:
    # near miss: "о проведении" announces the event ("сообщает о проведении")
    assert _events("Айыл окмоту сообщает о проведении общественных слушаний.") == [
        ("коомдук угуу", None)
    ]
