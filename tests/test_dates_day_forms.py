"""Dates written in their less usual forms: a day word as an adjective, a day by its number
alone, the month's short genitive, a stray dot, a range told by verbs, a yearly event.

Each class is a rule about the language or the layout: team-written inputs that must give
the record's field, and a near miss that must not (none of the sentences is a held-out
round's own). The comment over each class says which held-out round found it."""

from __future__ import annotations

import pytest

from record_fields import (
    content_day_spans,
    day_spans,
    issued_and_content_days,
    issued_and_content_ranges,
)
from vap_cli.pipeline import parse_text

# --- the day word's form of time: "ноябрдын 2-күнкү сессиясында" ----------------------------
# Found by held-out round 3.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14.11.2012\nМаселе ноябрдын 5-күнкү сессияда каралды.", ["2012-11-05"]),
        ("20.03.2021\nЧечим март айынын 12-күнкү жыйында кабыл алынды.", ["2021-03-12"]),
        # near miss: a day word with no month is no date
        ("20.03.2021\nЧечим экинчи күнкү жыйында кабыл алынды.", []),
    ],
)
def test_the_day_word_as_an_adjective_gives_the_date(text: str, expected: list[str]) -> None:
    assert issued_and_content_days(text)[1] == expected


# --- a stray dot after the month: a past verb that cannot agree with "год" -------------------
# (lexicon month_dot_not_year_subject_endings)
# Left after held-out round 3's first fixes (issue 14).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В селе 7 октября. 2022 г. состоялось собрание жителей.", "2022-10-07"),
        ("Сход 3 марта. 2023 г. собрались жители трех сел.", "2023-03-03"),
        # near miss: a masculine verb has the year as its subject: a new sentence
        ("Семинар прошёл 14 марта. 2020 г. выдался для нас трудным.", "--03-14"),
    ],
)
def test_a_year_after_a_months_dot_joins_unless_it_is_the_verbs_subject(
    text: str, expected: str
) -> None:
    assert [d.start for d in parse_text(text).dates] == [expected]


# --- a yearly event on an undated page keeps "--MM-DD" ----------------------------------------
# Found by held-out round 4.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "С 1 октября 2024 года муниципалитеты начнут прием заявок.\n"
            "Ежегодный форум партнеров пройдет 21–22 ноября в Караколе.",
            ["--11-21..--11-22", "2024-10-01..2024-10-01"],
        ),
        (
            "2023-жылдын 1-августунан тартып базар жаңы имаратта иштейт.\n"
            "Жыл сайынкы жарманке 5-сентябрда айылдын борборунда өтөт.",
            ["--09-05..--09-05", "2023-08-01..2023-08-01"],
        ),
        # near miss: an event said once takes the year of the text's full date
        (
            "С 1 октября 2024 года муниципалитеты начнут прием заявок.\n"
            "Форум партнеров пройдет 21–22 ноября в Караколе.",
            ["2024-10-01..2024-10-01", "2024-11-21..2024-11-22"],
        ),
    ],
)
def test_a_yearly_event_takes_no_year_from_another_sentence(text, expected):
    assert issued_and_content_ranges(text)[1] == expected


def test_a_yearly_event_on_a_dated_page_takes_the_page_year():
    text = "12.10.2024 10:00\nЕжегодный форум партнеров пройдет 21–22 ноября в Караколе."
    assert issued_and_content_ranges(text) == ("2024-10-12", ["2024-11-21..2024-11-22"])


# --- "26-го числа": a day by its number alone, in the month of its paragraph -------------
# A Russian day named by its number and "числа" with no month beside it takes the month
# (and the year, if written) of the nearest date before it in its paragraph; a day of
# every month ("ежемесячно, 15-го числа", "до 20-го числа месяца") is no date, nor is a
# day with no date before it in its paragraph.
# Found by held-out round 22.


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


# --- a deadline the text reports as past keeps the page's year ------------------------
# A yearless deadline lies ahead of the document, unless its clause ends in a Kyrgyz
# verb of the past: then it is a day like any other (the nearest year, or its
# sentence's).
# Found by held-out round 25.


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Ош, 2024-жылдын 20-майы. Сынак 2024-жылдын 1-апрелинде башталып, табыштамалар"
            " 10-майга чейин кабыл алынган.",
            ("2024-05-10", "2024-05-10"),
        ),
        (
            "Нарын, 2023-жылдын 15-ноябры. Сынакка табыштамалар 5-ноябрга чейин тапшырылган.",
            ("2023-11-05", "2023-11-05"),
        ),
    ],
)
def test_a_past_deadline_is_not_moved_ahead(text: str, day: tuple[str, str]) -> None:
    assert day in day_spans(text)


def test_a_deadline_ahead_still_moves_to_next_year() -> None:
    # near miss: the deadline's verb is in the present-future
    text = "Ош, 2024-жылдын 20-майы. Табыштамалар 10-майга чейин кабыл алынат."
    assert ("2025-05-10", "2025-05-10") in day_spans(text)


# --- a day its clause says is yet to come lies ahead of the page's date -------------------
# A yearless event day with a verb of what is to come in its stretch of the sentence
# ("запланирована на", "пройдет", "будет проведено"; lexicon dates.yaml `ahead_verbs_ru`;
# a Kyrgyz verb closing the clause in the present-future, "өтөт", "болот") takes the year
# that puts it (its last day) on or after the document's date, not the nearest year: a
# page of March planning an October meeting means this October (dates/years.py
# `_DateBounds.said_ahead`). Found by held-out round 45.


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Талас, 5 марта 2024 г. Итоговый сход жителей запланирован на 20 ноября.",
            ("2024-11-20", "2024-11-20"),
        ),
        (
            "Жарыяланды: 12.02.2023\nКийинки жыйын Кара-Бурада 25-сентябрда өтөт.",
            ("2023-09-25", "2023-09-25"),
        ),
        # near miss: the day told as past keeps the nearest year, though the next clause
        # says what is to come
        (
            "Талас, 5 марта 2024 г. Первый сход прошел 20 ноября, второй пройдет весной.",
            ("2023-11-20", "2023-11-20"),
        ),
    ],
)
def test_a_day_yet_to_come_lies_ahead_of_the_page(text: str, day: tuple[str, str]) -> None:
    assert day in day_spans(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the Kyrgyz present-future by the morphology, not a list of forms
        ("Жарыяланды: 11.04.2024\nКийинки отурум 18-ноябрда болот.", ("2024-11-18", "2024-11-18")),
        (
            "Жарыяланды: 11.04.2024\nАйылдык жыйын 2-декабрда чакырылат.",
            ("2024-12-02", "2024-12-02"),
        ),
        (
            "Бишкек, 11 апреля 2024 г. Отчетное собрание будет проведено 18 ноября.",
            ("2024-11-18", "2024-11-18"),
        ),
        # near miss: the verb closing the clause is in the past
        ("Жарыяланды: 11.04.2024\nАкыркы отурум 18-ноябрда болду.", ("2023-11-18", "2023-11-18")),
        # near miss: a reference day in the dative, "as of", with a present of what is
        (
            "Жарыяланды: 11.04.2024\nАйылда 18-ноябрга карата 900 үй-бүлө жашайт.",
            ("2023-11-18", "2023-11-18"),
        ),
    ],
)
def test_the_verb_of_the_days_clause_says_it_is_yet_to_come(
    text: str, day: tuple[str, str]
) -> None:
    # Found by review45.
    assert day in day_spans(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Бишкек, 11 апреля 2024 г. Первый тур прошел 2 апреля и второй тур пройдет 25 апреля.",
            ("2024-04-02", "2024-04-02"),
        ),
        (
            "Жарыяланды: 11.04.2024\nБиринчи тур 2-апрелде өттү жана экинчи тур 25-апрелде өтөт.",
            ("2024-04-02", "2024-04-02"),
        ),
    ],
)
def test_a_conjunction_ends_the_clause_of_a_day_told_as_past(
    text: str, day: tuple[str, str]
) -> None:
    # near miss of the class above: "пройдет" and "өтөт" are the later day's clause's,
    # after "и" and "жана". Found by review45.
    assert day in day_spans(text)


# --- "мартын 28инде": the month's short genitive before a day with the possessive -------
# Pages write the genitive "мартынын" short ("мартын", "апрелин"): before a day that
# takes the possessive and a case itself it is the month-first date.
# Found by held-out round 25.


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Жарыяланды: 12.05.2022\nЖыйын апрелин 19унда Кочкордо өттү.",
            ("2022-04-19", "2022-04-19"),
        ),
        (
            "Жарыяланды: 12.05.2022\nДаярдык мартын 3үндө башталган.",
            ("2022-03-03", "2022-03-03"),
        ),
    ],
)
def test_a_short_genitive_month_before_a_possessive_day(text: str, day: tuple[str, str]) -> None:
    assert day in day_spans(text)


def test_a_month_in_the_accusative_before_a_count_is_no_date() -> None:
    # near miss: a number with no possessive after the month
    text = "Жарыяланды: 12.05.2022\nБиз апрелин 19 күн күттүк."
    assert ("2022-04-19", "2022-04-19") not in day_spans(text)


# --- a range told by verbs of beginning and ending ---------------------------------------
# "X-дан башталып, Y-га чейин", "начнётся X, а завершится к Y": the two days are one
# range (dates.yaml range_begun_ky, range_begin_ru, range_end_ru; ranges.join_atoms).
# Found by held-out round 29.


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Ош, 10-март, 2023-жыл. Жолду оңдоо 5-майдан башталып, 20-июлга чейин бүтөт.",
            ("2023-05-05", "2023-07-20"),
        ),
        (
            "Ош, 10 марта 2023 года. Посевная начнётся 3 апреля, а завершится к 25 мая.",
            ("2023-04-03", "2023-05-25"),
        ),
        (
            "Ош, 10 марта 2023 года. Ремонт школы начался 2 июня и закончился к 30 августа.",
            ("2023-06-02", "2023-08-30"),
        ),
    ],
)
def test_a_begun_and_ended_work_is_one_range(text: str, span: tuple[str, str]) -> None:
    assert span in content_day_spans(text)


# ... its start in the locative, the day the work began on, maybe with its weekday set off
# by commas ("X-да, жекшемби күнү башталып, Y-га чейин"; dates.yaml
# range_weekday_day_words_ky; ranges.join_atoms). Found by held-out round 54 (left54).


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Ош, 10-март, 2023-жыл. Көчөт отургузуу 3-апрелде башталып, 14-апрелге чейин уланат.",
            [("2023-04-03", "2023-04-14")],
        ),
        (
            "Нарын, 2-май, 2024-жыл. Спартакиада 20-апрелде, жекшемби күнү башталып,"
            " 28-апрелге чейин өттү.",
            [("2024-04-20", "2024-04-28")],
        ),
        # near miss: another subject between the start and the end (a deadline of its own)
        (
            "Ош, 10-март, 2023-жыл. Сынак 3-апрелде башталып, катышуучулар 14-апрелге чейин"
            " катталат.",
            [("2023-04-03", "2023-04-03"), ("2023-04-14", "2023-04-14")],
        ),
        # near miss: the end in the dative without "чейин" is no range's end
        (
            "Ош, 10-март, 2023-жыл. Иш 3-апрелде башталып, 14-апрелге белгиленген жыйынга уланды.",
            [("2023-04-03", "2023-04-03"), ("2023-04-14", "2023-04-14")],
        ),
    ],
)
def test_a_work_begun_on_a_day_until_another_is_one_range(
    text: str, spans: list[tuple[str, str]]
) -> None:
    assert content_day_spans(text) == spans


# ... its start told by "с" instead of a verb of beginning: "с X и продлится до Y",
# "с X, а завершится к Y" (ranges.join_atoms: range_open_ru before the first day).
# Found by held-out round 42.


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Талас, 2 апреля 2021 года. Приём документов откроется с 5 апреля и продлится до 30 апреля.",
            ("2021-04-05", "2021-04-30"),
        ),
        (
            "Каракол, 1 июля 2024 года. Ярмарка работает с 12 июля, а завершится к 4 августа.",
            ("2024-07-12", "2024-08-04"),
        ),
    ],
)
def test_a_range_opened_by_s_and_closed_by_a_verb_of_ending(
    text: str, span: tuple[str, str]
) -> None:
    assert span in content_day_spans(text)


def test_a_day_after_s_in_another_clause_stays_alone() -> None:
    # near miss: the second day has a verb of its own after a sentence's end
    text = "Талас, 2 апреля 2021 года. Приём начался с 5 апреля. Итоги объявят 30 апреля."
    assert content_day_spans(text) == [("2021-04-05", "2021-04-05"), ("2021-04-30", "2021-04-30")]


def test_two_days_with_no_verb_of_ending_stay_two() -> None:
    # near miss: the second day has a verb of its own, no end of the first's work
    text = "Ош, 10 марта 2023 года. Конкурс начнётся 3 апреля. Итоги подведут 25 мая."
    assert content_day_spans(text) == [("2023-04-03", "2023-04-03"), ("2023-05-25", "2023-05-25")]


# --- "11-окябрь 2020": a month one slip away from its spelling keeps the year after it ------
# A day, its hyphen and a month's name with one letter dropped, added, changed or two
# swapped (dategrammar.misspelt_month, patterns.DAY_AND_WORD) takes the year written after
# it, as a month spelt right does ("5-декабрь 2021-ж."); a year after a day in a case of
# the sentence is the next phrase's, as for a month spelt right.
# Found by held-out round 35.


@pytest.mark.parametrize(
    ("text", "issued", "dates"),
    [
        (
            "Айыл өкмөтүнүн жаңылыктары\n\nЖарыяланды: 14-сентяьрь 2021 | Кошкон: admin\n\n"
            "Мектепте 3-сентябрда жаңы окуу жылы башталды.\n",
            "2021-09-14",
            ["2021-09-03"],
        ),
        (
            "Райондук кеңештин жаңылыгы\n\nЖарыяланган күнү: 2-феврль, 2023-ж.\n\n"
            "Сессия 27-январда өттү.\n",
            "2023-02-02",
            ["2023-01-27"],
        ),
    ],
)
def test_a_misspelt_month_takes_the_year_after_it(text: str, issued: str, dates: list[str]) -> None:
    assert issued_and_content_days(text) == (issued, dates)


def test_a_year_after_a_misspelt_month_in_a_case_is_the_next_phrase() -> None:
    # near miss: "5-декбарда 2022-жылдын бюджети": the year is the budget's, not the day's
    text = "Кеңештин жыйыны\n\nКеңеш 5-декбарда 2022-жылдын бюджетин карады.\n"
    assert issued_and_content_days(text)[1] == ["--12-05"]


# --- two days in digits joined by a dash, no year: "25.04-10.05" -------------------------
# Each typed with two digits for its day and its month, the first day not after the last:
# one range of days, the year the page's (rule dates.day_month_range_digits). Found by
# held-out round 47 (a schedule table's column of periods).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Опубликовано: 14.03.2023\nГрафик приема:\n| Село | Даты |\n"
            "| Кара-Ой | 20.03–31.03 |\n| Ак-Суу | 03.04 - 14.04 |\n",
            [("2023-03-20", "2023-03-31"), ("2023-04-03", "2023-04-14")],
        ),
        (
            "Жарыяланды: 02.06.2019\nЖайыт комитеттери отчетторун 10.06-28.06 аралыгында"
            " тапшырышат.",
            [("2019-06-10", "2019-06-28")],
        ),
        # near misses: a clock's range, an amount's, and days out of order are no range
        ("Жарыяланды: 02.06.2019\nКабыл алуу саат 09.10-11.10 аралыгында.", []),
        ("Опубликовано: 14.03.2023\nЦена выросла на 10.05-12.08 сом.", []),
        ("Опубликовано: 14.03.2023\nКоды 28.11-03.02 в таблице.", []),
        # ... and a measure's (lexicon numeric_range_amounts; revfix47)
        ("Жарыяланды: 02.06.2019\nСуунун деңгээли 12.05-12.10 метрге жетти.", []),
        ("Опубликовано: 14.03.2023\nУровень воды в реке 05.06-07.09 метра.", []),
    ],
)
def test_two_days_in_digits_joined_by_a_dash_are_a_range(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert content_day_spans(text) == expected


# --- a day with a past participle after it dates a deed done ---------------------------
# A Kyrgyz day in the locative qualifying a noun through a past participle ("3-майда
# болгон", "10-ноябрда өткөн") tells of a deed done, though the sentence closes with a
# verb of what goes on or is to come: it keeps the nearest year (dates.day_of_past_deed;
# dates/years.py `_DateBounds._past_participle_after`). Found by held-out round 56.


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Жарыяланды: 14.03.2022\n10-мартта болгон сел жүрүүнүн кесепеттерин жоюу уланууда.",
            ("2022-03-10", "2022-03-10"),
        ),
        (
            "Жарыяланды: 02.12.2021\n25-ноябрда өткөн жыйындын чечимдери ишке ашырылат.",
            ("2021-11-25", "2021-11-25"),
        ),
        # near miss: a future participle's auxiliary after a converb stays ahead
        (
            "Жарыяланды: 02.12.2021\n25-ноябрда өтө турган жыйынга даярдык уланууда.",
            ("2022-11-25", "2022-11-25"),
        ),
        # near misses (revfix56): a place's name that ends like a participle, a verb
        # yet to come closing the sentence: the next year's day
        (
            "Жарыяланды: 14.03.2024\nКийинки жыйын 10-мартта Өзгөн шаарында өтөт.",
            ("2025-03-10", "2025-03-10"),
        ),
        (
            "Жарыяланды: 14.03.2024\nКийинки жарыш 11-мартта Ноокен районунда өтөт.",
            ("2025-03-11", "2025-03-11"),
        ),
        # near miss (review): a noun that ends like a participle is no deed done
        (
            "Жарыяланды: 11.04.2024\nКийинки жыйын 18-ноябрда органдардын катышуусу менен өтөт.",
            ("2024-11-18", "2024-11-18"),
        ),
    ],
)
def test_a_day_with_a_past_participle_after_it_is_past(text: str, day: tuple[str, str]) -> None:
    assert day in day_spans(text)


def test_the_past_deed_rule_is_explained() -> None:
    from vap_cli.pipeline import explain_text

    text = "Жарыяланды: 14.03.2022\n10-мартта болгон сел жүрүүнүн кесепеттерин жоюу уланууда."
    assert "dates.day_of_past_deed" in {d.rule.code for d in explain_text(text)[1]}


# --- an English month and its day alone on a line: a channel's day header -----------------
# A channel read in an app's English interface heads each day's posts with the month's
# English word and the day, no year ("September 7"): the post's date, yearless
# (dates.en_month_day_line, then dates.issued_yearless_line). Not in a sentence, where
# a month's name before a number is no date. Found by held-out round 62 (acc62).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Айыл өкмөтү | Канал\n\nMarch 14\n\nАйылда жаңы көпүрө ачылды.\n", ("--03-14", [])),
        ("Мэрия | Канал\n\nNov 2\n\nВ селе открыли новый мост.\n", ("--11-02", [])),
        # a form of the line, not of one layout: under a plain headline too (revfix62)
        ("Шаардагы жаңылыктар\n\nOctober 21\n\nШаарда жаңы сейил бак ачылды.\n", ("--10-21", [])),
        # near miss: the month's word and a number inside a line of prose
        ("Айыл өкмөтү | Канал\n\nКөпүрө March 14 долбоору менен салынды.\n", (None, [])),
    ],
)
def test_an_english_month_and_day_alone_on_a_line(
    text: str, expected: tuple[str | None, list[str]]
) -> None:
    assert issued_and_content_days(text) == expected
