"""Dates, date ranges, the document's own date and missing years.

Each case is a sentence as releases write it and the record it must give.
"""

from __future__ import annotations

import time

import pytest

from vap_cli import rx
from vap_cli.dategrammar import MONTH_FORMS
from vap_cli.extractors import dates, periods
from vap_cli.models import WarningCode
from vap_cli.pipeline import build_context, parse_text

BODY = "Иш-чара тууралуу маалымат.\n"  # a first line, so no test date looks like a date line


def dates_of(text: str) -> list[tuple[str, str]]:
    doc = parse_text(BODY + text)
    return [(d.start, d.end) for d in doc.dates]


# --- one written form each ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2017-жылдын 25-октябры Бишкекте жыйын болду.", ("2017-10-25", "2017-10-25")),
        ("2020-жылдын 9-мартында талкуу болуп өттү.", ("2020-03-09", "2020-03-09")),
        ("Тренинг 25-октябрь 2017-ж. өтөт.", ("2017-10-25", "2017-10-25")),
        ("Тренинг 24.10.17 күнү Нарында өтөт.", ("2017-10-24", "2017-10-24")),
        ("Отчет 2021-05-24 күнү жарыяланды.", ("2021-05-24", "2021-05-24")),
        ("Семинар 20 ноября 2017 года в Оше.", ("2017-11-20", "2017-11-20")),
        ("Жыйын 20.11.2017-ж. өттү.", ("2017-11-20", "2017-11-20")),
        ("Жыйын 20/11/2017 өттү.", ("2017-11-20", "2017-11-20")),
        ("2021-жылдын 5-апрелинде окуу башталды.", ("2021-04-05", "2021-04-05")),
        ("2019-жылдын 3-июлунда келишим түзүлдү.", ("2019-07-03", "2019-07-03")),
        ("2019-жылы 14-августта жолугушуу болду.", ("2019-08-14", "2019-08-14")),
        ("2018-ж. 1-сентябрда мектеп ачылды.", ("2018-09-01", "2018-09-01")),
        ("2022-жылдын 7-майында сапар болду.", ("2022-05-07", "2022-05-07")),
        ("2016-жылдын 12-февралында отурум болду.", ("2016-02-12", "2016-02-12")),
        ("2016-жылдын 30-январында отурум болду.", ("2016-01-30", "2016-01-30")),
        ("2016-жылдын 18-июнунда отурум болду.", ("2016-06-18", "2016-06-18")),
        ("2016-жылдын 10-декабрында отурум болду.", ("2016-12-10", "2016-12-10")),
        ("ЖУРНАЛ 4 (62) 17 Октябрь 2018", ("2018-10-17", "2018-10-17")),
        ("2020-жылдын 5-Жетинин айында жыйын болду.", ("2020-11-05", "2020-11-05")),
        ("2020-жылдын 12-Жалган куранында жыйын болду.", ("2020-03-12", "2020-03-12")),
        ("2020-жылдын 3-Бугусунда жыйын болду.", ("2020-05-03", "2020-05-03")),
        ("Жыйын 2020-жылдын 29-февралында болду.", ("2020-02-29", "2020-02-29")),
        ("Решение от «20» ноября 2017 г. принято.", ("2017-11-20", "2017-11-20")),
        ("Жыйын 25.10.2017ж. болду.", ("2017-10-25", "2017-10-25")),
        ("Отчет 2021-05-24T14:00 жарыяланды.", ("2021-05-24", "2021-05-24")),
        # "жума сайын" (every Friday) with a clock time is prose, not a site banner
        (
            "2024-жылдын 5-апрелинен баштап жума сайын саат 10:00дө окуу.",
            ("2024-04-05", "2024-04-05"),
        ),
    ],
)
def test_single_date(sentence: str, expected: tuple[str, str]) -> None:
    assert dates_of(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Окуулар 2017-жылдын 20 жана 21-ноябрында өтөт.",
            {("2017-11-20", "2017-11-20"), ("2017-11-21", "2017-11-21")},
        ),
        (
            "Семинары пройдут 5, 6 и 7 декабря 2019 года.",
            {
                ("2019-12-05", "2019-12-05"),
                ("2019-12-06", "2019-12-06"),
                ("2019-12-07", "2019-12-07"),
            },
        ),
    ],
)
def test_listed_days_share_the_month(sentence: str, expected: set[tuple[str, str]]) -> None:
    doc = parse_text(BODY + sentence)
    assert {(d.start, d.end) for d in doc.dates} == expected
    assert doc.periods == []  # the year belongs to the dates


def test_time_is_kept() -> None:
    doc = parse_text(BODY + "Жарыяланды 12.03.2020 09:50 боюнча.")
    assert [(d.start, d.time, d.text) for d in doc.dates] == [
        ("2020-03-12", "09:50", "12.03.2020 09:50")
    ]


def test_time_with_saat() -> None:
    doc = parse_text(BODY + "Жыйын 2020-жылдын 9-мартында саат 10:00дө башталат.")
    assert [(d.start, d.time) for d in doc.dates] == [("2020-03-09", "10:00")]


# --- ranges: one record {start, end} --------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "2017-жылдын 20-ноябрынан 25-декабрына чейин тренингдер өтөт.",
            ("2017-11-20", "2017-12-25"),
        ),
        ("2021-жылдын 24-майынан 2-июлуна чейин тренингдер өттү.", ("2021-05-24", "2021-07-02")),
        (
            "2017-жылдын 24-октябрынан 17-ноябрына чейинки аралыкта семинарлар болот.",
            ("2017-10-24", "2017-11-17"),
        ),
        ("Сапар 2017-жылдын 20-25-ноябрь күндөрү болот.", ("2017-11-20", "2017-11-25")),
        ("Сапар 2017-жылдын 20-25-ноябрда болот.", ("2017-11-20", "2017-11-25")),
        (
            "2019-жылдын 28-декабрынан 2020-жылдын 5-январына чейин майрам.",
            ("2019-12-28", "2020-01-05"),
        ),
        ("Семинары пройдут с 20 по 25 ноября 2017 года.", ("2017-11-20", "2017-11-25")),
        ("Семинары пройдут 20-25 ноября 2017 г. в Нарыне.", ("2017-11-20", "2017-11-25")),
        (
            "Курсы пройдут с 28 декабря 2019 года по 5 января 2020 года.",
            ("2019-12-28", "2020-01-05"),
        ),
        ("Курсы пройдут с 20 ноября по 5 декабря 2017 года.", ("2017-11-20", "2017-12-05")),
        ("Окуу 2018-жылдын 5-мартынан баштап 9-мартына чейин.", ("2018-03-05", "2018-03-09")),
        ("Окуу 20.11.2017 - 25.11.2017 аралыгында.", ("2017-11-20", "2017-11-25")),
        ("Окуу 20-25.11.2017 аралыгында.", ("2017-11-20", "2017-11-25")),
        (
            "Окуу 01.11.2017-жылдан 15.11.2017-жылга чейин өтөт.",
            ("2017-11-01", "2017-11-15"),
        ),
    ],
)
def test_range_is_one_record(sentence: str, expected: tuple[str, str]) -> None:
    assert dates_of(sentence) == [expected]


def test_year_before_the_day_is_not_read_again_after_the_month() -> None:
    doc = parse_text(BODY + "Кеңеш 2020-жылдын 20-ноябрында 2021-жылга бюджетти талкуулады.")
    assert [(d.start, d.text) for d in doc.dates] == [("2020-11-20", "2020-жылдын 20-ноябрында")]


# --- the month first, then the day with "күн" ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2018-жылы Чын куран айынын 25-26-күндөрү семинар өтөт.", ("2018-04-25", "2018-04-26")),
        ("2017-жылдын ноябрынын 20-күнү жыйын болду.", ("2017-11-20", "2017-11-20")),
        ("Жыйын март айынын 5-күнү өтөт.", ("--03-05", "--03-05")),
        ("Жетинин айынын 3-күнүнөн баштап каттоо ачылат.", ("--11-03", "--11-03")),
        # the day number takes the possessive and a case itself
        ("Жыйын март айынын 5-инде өттү.", ("--03-05", "--03-05")),
        ("Жыйын 2023-жылдын ноябрынын 20-сында болот.", ("2023-11-20", "2023-11-20")),
        # a Russian ordinal day
        ("Сессия состоится 5-го марта 2023 года.", ("2023-03-05", "2023-03-05")),
        ("С 1-е апреля меняется график.", ("--04-01", "--04-01")),
    ],
)
def test_month_then_day_word(sentence: str, expected: tuple[str, str]) -> None:
    assert dates_of(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # days listed before the last with a joiner: each day is a date
        ("Жыйындар март айынын 5 жана 6-күндөрү өттү.", [("--03-05",) * 2, ("--03-06",) * 2]),
        (
            "Курстар 2024-жылдын ноябрынын 5, 6 жана 7-күндөрү өтөт.",
            [("2024-11-05",) * 2, ("2024-11-06",) * 2, ("2024-11-07",) * 2],
        ),
        # near-miss: a range of days stays one record
        ("Жыйын март айынын 5-6-күндөрү өттү.", [("--03-05", "--03-06")]),
    ],
)
def test_month_then_listed_days(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert dates_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ноябрь 20-күнү жыйын болду.",  # the month must be in the genitive (or "... айынын")
        "Бугу айынын 5 күнү тоодо жүрдү.",  # no hyphen after the day: not a date
        "Ноябрь 20-сында жыйын болду.",  # the month must be in the genitive here too
    ],
)
def test_month_then_day_word_needs_its_grammar(sentence: str) -> None:
    assert dates_of(sentence) == []


def test_traditional_month_takes_the_year_of_the_document() -> None:
    doc = parse_text(
        "Каракол, 2018-жылдын 16-апрели\nСеминар\nЧын куран айынын 25-26-күндөрү семинар өтөт."
    )
    assert [(d.start, d.end, d.text) for d in doc.dates if d.role != "issued"] == [
        ("2018-04-25", "2018-04-26", "Чын куран айынын 25-26-күндөрү")
    ]


def test_range_text_and_span() -> None:
    text = BODY + "2017-жылдын 20-ноябрынан 25-декабрына чейин тренинг."
    (mention,) = parse_text(text).dates
    assert mention.text == "2017-жылдын 20-ноябрынан 25-декабрына чейин"
    assert text[mention.span.start : mention.span.end] == mention.text


# --- every case form of a month comes from the lexicon --------------------------------


@pytest.mark.parametrize(
    ("form", "month", "case"),
    [
        ("ноябры", 11, "nominative"),
        ("ноябрынан", 11, "ablative"),
        ("ноябрына", 11, "dative"),
        ("ноябрында", 11, "locative"),
        ("ноябрдын", 11, "genitive"),
        ("майынан", 5, "ablative"),
        ("майында", 5, "locative"),
        ("майына", 5, "dative"),
        ("июлуна", 7, "dative"),
        ("апрелинде", 4, "locative"),
        ("августунда", 8, "locative"),
        ("мартка", 3, "dative"),
        ("декабря", 12, "ru_genitive"),
        ("үчтүн айы", 1, "nominative"),
        ("бештин айынан", 12, "ablative"),
        ("аяк оонада", 9, "locative"),
    ],
)
def test_month_forms_generated(form: str, month: int, case: str) -> None:
    assert (MONTH_FORMS[form].month, MONTH_FORMS[form].case) == (month, case)


# --- missing years -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # issued 2017-10-25: 21 November is three weeks later, same year
        ("2017-жылдын 25-октябры\nЖыйын 21-ноябрь күнү болот.", [("2017-11-21", "2017-11-21")]),
        # issued 2017-12-20: 5 January is nearest in the next year
        ("20.12.2017\nЖыйын 5-январь күнү болот.", [("2018-01-05", "2018-01-05")]),
        # issued 2018-01-10: 28 December is nearest in the year before
        ("10.01.2018\nЖыйын 28-декабрда болду.", [("2017-12-28", "2017-12-28")]),
        # a year-less range across New Year
        (
            "20.12.2017\nМайрам 28-декабрдан 5-январга чейин.",
            [("2017-12-28", "2018-01-05")],
        ),
        # a deadline lies ahead: 1 December after a notice of May is this December,
        # although last December is nearer
        (
            "18.05.2021\nПредложения принимаются до 1 декабря.",
            [("2021-12-01", "2021-12-01")],
        ),
        (
            "2021-жылдын 18-майы\nАрыздар 1-декабрга чейин кабыл алынат.",
            [("2021-12-01", "2021-12-01")],
        ),
    ],
)
def test_year_from_issued_date(text: str, expected: list[tuple[str, str]]) -> None:
    doc = parse_text(text)
    assert [(d.start, d.end) for d in doc.dates if d.role != "issued"] == expected


def test_year_from_other_full_dates_without_issued() -> None:
    text = (
        BODY + "2019-жылдын 20-ноябрынан 25-декабрына чейин тренингдер өтөт. "
        "Биринчиси 21-ноябрь күнү Нарында болот."
    )
    doc = parse_text(text)
    assert doc.issued is None
    assert [(d.start, d.end) for d in doc.dates] == [
        ("2019-11-20", "2019-12-25"),
        ("2019-11-21", "2019-11-21"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a law's date (role "other") does not date the session of the same text
        (
            "Жергиликтүү кеңештердин 2011-жылдын 15-июлундагы №101 Мыйзамына ылайык, "
            "айылдык кеңештин сессиясы 5-мартта өттү.",
            [("2011-07-15", "other"), ("--03-05", "event")],
        ),
        # nor does a date of birth, Kyrgyz after it or Russian before it
        (
            "Башчы Талант Осмонов 1975-жылдын 5-мартында туулган. Ал 10-декабрда дайындалды.",
            [("1975-03-05", "other"), ("--12-10", "event")],
        ),
        (
            "Глава айыл окмоту родился 5 марта 1975 года. Совещание он провёл 10 декабря.",
            [("1975-03-05", "other"), ("--12-10", "event")],
        ),
        # near-miss: an event's full date still dates the days near it
        (
            "Семинар 2021-жылдын 16-мартында Таласта өттү. Кийинкиси 23-мартта болот.",
            [("2021-03-16", "event"), ("2021-03-23", "event")],
        ),
    ],
)
def test_a_law_or_birth_date_gives_no_year_to_other_days(text, expected):
    """Without the document's date, a day without a year takes the year of the
    nearest full date only when that date is an event's, not a law's or a birth's."""
    doc = parse_text(BODY + text)
    assert doc.issued is None
    assert [(d.start, d.role) for d in doc.dates] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year said as a time earlier in the sentence gives a day its year (class 5)
        ("2023-жылы экинчи курултай 20-декабрда өтүп, 500 делегат катышкан.", ["2023-12-20"]),
        ("В 2022 году форум прошел 5 мая в Оше.", ["2022-05-05"]),
        # ... with the year's Russian ordinal ending, or the Kyrgyz possessive locative
        ("В 2022-м году форум прошел 5 мая в Оше.", ["2022-05-05"]),
        ("2023-жылында курултай 20-декабрда өттү.", ["2023-12-20"]),
        # near-misses: a year the budget is for; a year of another sentence
        ("2027-жылга карата бюджет 20-декабрда кабыл алынды.", ["--12-20"]),
        ("Форум 2022-жылы түзүлгөн. Быйыл ал 5-майда өттү.", ["--05-05"]),
        # an abbreviation's dot ("г.", "обл.") does not end the sentence
        ("В 2022 году в г. Ош форум прошел 5 мая.", ["2022-05-05"]),
        ("2023-жылы Чүй обл. жаштары 20-декабрда чогулушту.", ["2023-12-20"]),
        # near-miss: a sentence that really ends between the year and the day
        ("В 2022 году форум прошел в Оше. В Нарыне он прошел 5 мая.", ["--05-05"]),
    ],
)
def test_a_year_said_before_a_day_in_its_sentence_is_the_days_year(text, expected):
    assert [d.start for d in parse_text(BODY + text).dates] == expected


def test_a_deadline_does_not_take_the_year_of_another_clause():
    text = "Отчет\n15.01.2025\nСпасибо за работу в 2024 году, заявки принимаются до 31 января."
    assert [d.start for d in parse_text(text).dates if d.role == "deadline"] == ["2025-01-31"]


def test_no_year_to_go_on_gives_month_day() -> None:
    assert dates_of("Жазы АА, 21-ноябрь: 20дан ашуун өкүл.") == [("--11-21", "--11-21")]


# --- the document's own date -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        ("Талкуу болуп өттү\n\n12.03.2020 09:50\nЖолугушууда маселе каралды.", "2020-03-12"),
        (" 2017-жылдын 25-октябры\n\nПРЕСС-РЕЛИЗ\nКыргызстан, Бишкек\nТЕМА", "2017-10-25"),
        # a journal's masthead is the date, not the page's (tests/test_issued_layouts.py)
        ("ЖУРНАЛ\n4 (62) 17 Октябрь 2018\nМазмуну", None),
        ("Бишкек, 20 ноября 2017 года\nПресс-релиз\nСеминар пройдет.", "2017-11-20"),
        ("Кабар | Аймактар | 2022-жылдын 27-июну, 12:40\nНарында форум өттү", "2022-06-27"),
        ("Аймактар\nАвтор: Нуржан Бейшенова | 13.05.2024\nКочкордо окуу өттү.", "2024-05-13"),
        ("Жарыяланды: 23.05.2025 11:20 | Окулду: 1 245\nМектеп ачылды.", "2025-05-23"),
        ("Рейтинг\nӨзгөн, 2025-жылдын 3-марты. Администрация рейтинг жарыялады.", "2025-03-03"),
        ("Итоги\nБишкек, 30 декабря 2022 г. В 2022 году обучение прошли.", "2022-12-30"),
        ("ГРАНТ\nБишкек, 2024-жылдын 2-сентябры — программа башталды.", "2024-09-02"),
        ("Кабар.кг, 19 января 2025\nВ Кочкорском районе подвели итоги.", "2025-01-19"),
        ("ЖӨБ Союзунун маалымат бюллетени № 3 (45), 2021-жылдын 31-марты\nКабарлар", None),
        ("Маалымдама\nМаалымдама бөлүм тарабынан 2023-жылдын 7-июлунда даярдалды.", "2023-07-07"),
        (
            "Сообщение\n"
            + "Семинар пройдет в феврале для секретарей айыл окмоту. " * 5
            + "\nКонтакты: тел.\nПресс-служба ГАМСУМО, 6 февраля 2023 года",
            "2023-02-06",
        ),
        # under the signature at the end of a notice
        (
            "КУЛАКТАНДЫРУУ\n"
            + "Угуу 2015-жылдын 2-мартында саат 10:00дө маданият үйүндө өтөт. " * 4
            + "\nАйыл өкмөтүнүн башчысы                А. Токтогулов\n\n16.02.2015",
            "2015-02-16",
        ),
        (
            "ОБЪЯВЛЕНИЕ\n"
            + "Слушания состоятся 14 декабря 2020 года в здании айыл окмоту. " * 4
            + "\nГлава айыл окмоту              К. Абдраимов\n\n30 ноября 2020 г.",
            "2020-11-30",
        ),
        ("Кулактандыруу\nЖыйын өтөт.\nКаракол шаары, 2022-жылдын 4-апрели", "2022-04-04"),
        # a saved web page: banner and menus first, the article's date under its headline
        (
            "Бишкек +27°C   Сегодня: 14 июля 2021, среда\n"
            "USD 84,78   EUR 100,25   RUB 1,15\n"
            "Главная | Политика | Экономика | Общество\n"
            "Регионы: Баткен · Нарын · Ош · Талас\n"
            "Войти | Регистрация\n\n"
            "Общество › Регионы\n\n"
            "В Жети-Огузском районе депутаты прошли обучение\n\n"
            "13 июля 2021, 16:40   Просмотров: 856\n\n"
            "9–10 июля в с. Кызыл-Суу прошел семинар.",
            "2021-07-13",
        ),
        (
            "3-Март, 2022-жыл, бейшемби, Бишкек убактысы 09:12\n"
            "USD 79.45   EUR 84.10   RUB 1.32\n"
            "Башкы бет   Жаңылыктар   Саясат   Коом   Аймактар\n"
            "Бишкек | Ош | Баткен | Жалал-Абад | Нарын\n"
            "Кирүү | Катталуу\n\n"
            "Аймактар / Жалал-Абад\n\n"
            "Арстанбап айыл аймагында суу түтүгү пайдаланууга берилди\n\n"
            "18.05.2022 10:15   Көрүүлөр: 1243\n\n"
            "Курулуш 2021-жылдын 10-августунда башталган.",
            "2022-05-18",
        ),
        # the last date alone on a line of a schedule column is a row, not a signature date
        (
            "Семинарлардын графиги\n\nКүнү\nРайону\nКүнү\nРайону\n\nНарын облусу\n"
            "Жалал-Абад облусу\n\n03.04.18\nКочкор\n\n12.04.18\nСузак\n"
            "Байланыш: (0312) 62-11-45",
            None,
        ),
        # the value of a label line at the end is a deadline, not the document's date
        (
            "Кулактандыруу\n" + "Өтүнмөлөр айыл өкмөтүндө кабыл алынат. " * 6 + "\n"
            "Тапшыруу мөөнөтү:\n15.03.2020",
            None,
        ),
        # an event date on a "Күнү:" (day) line of an announcement is not the document's date
        ("КУЛАКТАНДЫРУУ\nУрматтуу жарандар!\nКүнү: 2024-жылдын 12-ноябры, саат 14:00", None),
        # a table row's date is a schedule row
        ("Отчет\n| 1 | Кеминский | Боролдой | 10.04.2024 | 18 |", None),
        # a date in running prose of the first line is an event, not the document's date
        ("2017-жылдын 20-ноябрынан 25-декабрына чейин тренингдер өтөт.", None),
        ("Тренинг 2020-жылдын 9-мартында Бишкек шаарында болуп өттү жана уланды.", None),
    ],
)
def test_issued(text: str, issued: str | None) -> None:
    doc = parse_text(text)
    assert doc.issued == issued
    assert [d.start for d in doc.dates if d.role == "issued"] == ([issued] if issued else [])


@pytest.mark.parametrize(
    ("text", "issued", "dates"),
    [
        # a "Дата:" line in an announcement's block of details is the event's day
        (
            "В Нарыне пройдёт семинар\nПриглашаются главы айыл окмоту.\n"
            "Дата: 5 марта 2024 г.\nМесто: актовый зал айыл окмоту.",
            None,
            [("2024-03-05", "event")],
        ),
        (
            "Нарында семинар өтөт\n12.02.2024 10:15\nАйыл өкмөтүнүн башчылары чакырылат.\n"
            "Датасы: 05.03.2024\nОрду: Нарын шаары",
            "2024-02-12",
            [("2024-02-12", "issued"), ("2024-03-05", "event")],
        ),
        # near-miss: a page's own "Дата:" line with no details beside it
        (
            "Дата: 08:12, 05-03-2024.\nВ Нарыне прошёл семинар для глав айыл окмоту.",
            "2024-03-05",
            [("2024-03-05", "issued")],
        ),
        # a last sentence saying an event took place, then a comma and the date
        (
            "В Нарыне прошёл семинар\nУчаствовали главы айыл окмоту и депутаты.\n"
            "Семинар прошёл в Оше, 24 ноября 2024 года.",
            None,
            [("2024-11-24", "event")],
        ),
        (
            "Нарында семинар өттү\nАга айыл өкмөтүнүн башчылары катышты.\n"
            "Жыйын Ошто өттү, 2024-жылдын 24-ноябрында.",
            None,
            [("2024-11-24", "event")],
        ),
        # near-miss: a signature and its date
        (
            "В Нарыне прошёл семинар\nУчаствовали главы айыл окмоту и депутаты.\n"
            "Пресс-служба мэрии, 12 марта 2020 года",
            "2020-03-12",
            [("2020-03-12", "issued")],
        ),
    ],
)
def test_an_announced_or_reported_day_is_not_the_pages_date(text, issued, dates):
    doc = parse_text(text)
    assert doc.issued == issued
    assert [(d.start, d.role) for d in doc.dates] == dates


@pytest.mark.parametrize(
    "banner",
    [
        "Шейшемби, 14-май, 2024 | 10:05",
        "Пятница, 12 апреля 2024 года, Бишкек 09:15",
        "Окшош кабарлар: «Нарында жаз талаа иштери башталды» (12.05.2024)",
    ],
)
def test_page_chrome_lines_carry_no_date(banner: str) -> None:
    doc = parse_text("Кабарлар\n" + banner + "\n2024-жылдын 10-майында окуу өттү.")
    assert [(d.start, d.role) for d in doc.dates] == [("2024-05-10", "event")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a short sentence naming the day of the week ends with its verb and a full stop
        ("Жыйын шаршемби, 5-мартта өттү.", [("--03-05", "event")]),
        ("Сессия жума, 7-июнда болот.", [("--06-07", "event")]),
        # near-miss: a banner ending with the year's abbreviation and its dot
        ("Бишкек, 14-май, 2024-ж., шейшемби.", []),
    ],
)
def test_a_short_sentence_with_a_weekday_is_no_banner(line: str, expected: list) -> None:
    text = "Айылдык кеңеш\nАйылдык кеңештин сессиясы өттү. Ага 11 депутат катышты.\n"
    doc = parse_text(text + line + "\nДепутаттар бюджетти бекитишти.")
    assert [(d.start, d.role) for d in doc.dates] == expected


def test_today_banner_is_chrome_but_prose_today_is_not() -> None:
    banner = "Бишкек +27°C   Сегодня: 14 июля 2021, среда\nНовости\n"
    assert parse_text(banner + "Семинар прошел 9 июля 2021 года.").issued is None
    assert [d.start for d in parse_text(banner + "Семинар прошел 9 июля 2021 года.").dates] == [
        "2021-07-09"
    ]
    prose = BODY + "Сегодня, 14 июля 2021 года, в Бишкеке прошел форум."
    assert [d.start for d in parse_text(prose).dates] == ["2021-07-14"]


def test_issued_date_is_not_also_an_event() -> None:
    doc = parse_text("Талкуу болуп өттү\n\n18.05.2022 10:15   Көрүүлөр: 1243\nСуу берилди.")
    assert [(d.start, d.role) for d in doc.dates] == [("2022-05-18", "issued")]


def test_page_chrome_banner_is_not_a_date() -> None:
    text = "3-Март, 2024-жыл, жекшемби, Бишкек убактысы 09:12\nЖаңылык\n2025-жылдын 20-майында жыйын болду."
    doc = parse_text(text)
    assert [(d.start, d.role) for d in doc.dates] == [("2025-05-20", "event")]


# --- the document's own date on web layouts (failure class 1) -------------------------------
# Each layout: two inputs that must give the issued date, and a near-miss that must not.


MASTHEAD = "Айыл Журналы\n4 (52) 7 Март 2022\nКаттоо номери 123.\nАйыл жаңылыктары\n"


def issued_and_dates(text: str) -> tuple[str | None, list[str]]:
    doc = parse_text(text)
    return doc.issued, [d.start for d in doc.dates if d.role != "issued"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label and the date open the text, the article follows on the same line
        pytest.param(
            " date 2024-03-14 Талас облусунда 40 мектепке компьютер берилди.",
            ("2024-03-14", []),
            id="labelled-opening-1",
        ),
        pytest.param(
            "Дата: 02.10.2023 В Караколе открыли новый детский сад.",
            ("2023-10-02", []),
            id="labelled-opening-2",
        ),
        # near-miss: a date opens the text without a label: it is the event's day
        pytest.param(
            "2024-жылдын 14-мартында Талас облусунда жыйын өттү.",
            (None, ["2024-03-14"]),
            id="labelled-opening-3",
        ),
        # a posting line (date, then a section after "/") wins over the masthead above it
        pytest.param(
            MASTHEAD + "Суу түтүгү оңдолду\n2019-05-12 / Аймактардан\nАйылда суу бар.",
            ("2019-05-12", ["2022-03-07"]),
            id="posting-line-1",
        ),
        pytest.param(
            "Айыл кеңешинин токтомдору\n14-Бештин айы, 2023-ж // Токтомдор // admin\nI сессия",
            ("2023-12-14", []),
            id="posting-line-2",
        ),
        # a byline after the date: "Выкл." (comments off), then the author
        pytest.param(
            "Жаңы мектеп ачылды\n03.09.2021 Выкл. Автор site.kg\nМектеп ачылды.",
            ("2021-09-03", []),
            id="posting-line-3",
        ),
        # near-miss: a date opening a line of prose, no separator, no byline
        pytest.param(
            MASTHEAD + "Суу түтүгү оңдолду\n2019-05-12 күнү айылда суу түтүгү оңдолду.",
            (None, ["2022-03-07", "2019-05-12"]),  # the masthead: the date
            id="posting-line-4",
        ),
        # a rate table and a clock above the headline do not use up the header lines
        pytest.param(
            "Бештин айы 3, 2024\nУбакыт: 09:12\nUSD\n87.10\n87.60\nEUR\n93.20\n94.00\n"
            "Мектепке спорт залы курулду\n12.11.2021 10:05\n2041\nАйылда спорт залы ачылды.",
            ("2021-11-12", []),
            id="rate-table-1",
        ),
        pytest.param(
            "Время: 18:40\nKZT\n0.18\n0.19\nCNY\n12.1\n12.2\n"
            "Новый мост открыт\n05.06.2022 12:00\nВ селе открыли мост.",
            ("2022-06-05", []),
            id="rate-table-2",
        ),
        # near-miss: lines with words of their own are header lines: the date comes too late
        # (no site section's name among them: no menu)
        pytest.param(
            "Маданият\nСпорт\nДүйнө\nБилим\nЖаштар\nАйыл чарба\n"
            "Мектепке спорт залы курулду\n12.11.2021 10:05\nАйылда спорт залы ачылды.\n"
            "Залда 200 бала машыгат.\nКурулуш бир жыл созулду.\nАйыл өкмөтү ыраазычылык билдирди.",
            (None, ["2021-11-12"]),
            id="rate-table-3",
        ),
        # a menu written one item a line, a site section's name among them, is chrome:
        # the date line under the headline is the page's own
        pytest.param(
            "Башкы бет\nЖаңылыктар\nКоом\nСаясат\nМаданият\nСпорт\n"
            "Мектепке спорт залы курулду\n12.11.2021 10:05\nАйылда спорт залы ачылды.\n"
            "Залда 200 бала машыгат.\nКурулуш бир жыл созулду.\nАйыл өкмөтү ыраазычылык билдирди.",
            ("2021-11-12", []),
            id="menu-lines-1",
        ),
        pytest.param(
            "Регионы\nОш, 14 марта /Кабар/. В Оше прошел семинар.",
            ("--03-14", []),
            id="news-dateline-1",
        ),
        pytest.param(
            "БИШКЕК, 9 окт — Sputnik. Мэрия сообщила о ремонте дорог.",
            ("--10-09", []),
            id="news-dateline-2",
        ),
        pytest.param(
            "Новости\nНарын, 18.04.23. /Кабар/. В Нарыне открыли школу.",
            ("2023-04-18", []),
            id="news-dateline-3",
        ),
        pytest.param(
            "Бишкек. 7 августа. КирТАГ — Прошла встреча с жителями.",
            ("--08-07", []),
            id="news-dateline-4",
        ),
        # near-miss: a word that is no city of the gazetteer before the date
        pytest.param(
            "Регионы\nСеминар, 14 марта /Кабар/. В Оше прошел семинар.",
            (None, ["--03-14"]),
            id="news-dateline-5",
        ),
        # a label or a clock, then the date, open a line of the header
        pytest.param(
            "Мост оңдолду\nДата: 09:20, 14-03-2024.\nАйылда көпүрө оңдолду.",
            ("2024-03-14", []),
            id="label-or-clock-1",
        ),
        pytest.param(
            "16:05, 3 марта 2023, Бишкек - site.kg\nВ селе открыли школу.",
            ("2023-03-03", []),
            id="label-or-clock-2",
        ),
        # near-misses: a label that names another date; a phone's dashed digits
        pytest.param(
            "Кулактандыруу\nДата проведения: 14-03-2024\nКеңсе тел.: 62-11-45",
            (None, ["2024-03-14"]),
            id="label-or-clock-3",
        ),
        # a resolution's place and date, parted by a wide gap of spaces
        pytest.param(
            "ТОКТОМУ № 4/2\nЧаек айылы                              12 — март 2021 — жыл\n"
            "Айыл кеңеши токтом кылат.",
            ("2021-03-12", []),
            id="wide-gap-cell-1",
        ),
        pytest.param(
            "ПРИКАЗ\nс. Кочкор            5 мая 2020 года\nОб утверждении плана.",
            ("2020-05-05", []),
            id="wide-gap-cell-2",
        ),
        # near-miss: a single space: the date belongs to the sentence
        pytest.param(
            "ТОКТОМУ № 4/2\nЧаек айылы 12-март 2021-жылы жыйын өткөрдү.\nАйыл кеңеши токтом кылат.",
            (None, ["2021-03-12"]),
            id="wide-gap-cell-3",
        ),
        # a page title with its posting date run in
        pytest.param(
            "Айылдык кеңештин токтомдору 18.08.2023\nI сессия\nТоктом кабыл алынды.",
            ("2023-08-18", []),
            id="title-run-in-1",
        ),
        pytest.param(
            "Решения сессии 02.09.2021 14:10\nСессия приняла решения.",
            ("2021-09-02", []),
            id="title-run-in-2",
        ),
        # near-miss: a date in words inside the title is the event's
        pytest.param(
            "Жыйын 2023-жылдын 18-августунда өтөт\nI сессия\nТоктом кабыл алынды.",
            (None, ["2023-08-18"]),
            id="title-run-in-3",
        ),
    ],
)
def test_issued_on_web_layouts(text, expected):
    """Each layout (the id names it): inputs that must give the issued date, and a near-miss."""
    assert issued_and_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a news dateline repeating the issued day is the issued line again (class 5)
        (
            "Мост открыт\nДата: 10:15, 05-07-2025.\nОш. 5 июля. КирТАГ — В Оше открыли мост.",
            ("2025-07-05", []),
        ),
        (
            "Жаңылык\n12.03.2024 09:50\nНарын, 12-март /Кабар/. Нарында мектеп ачылды.",
            ("2024-03-12", []),
        ),
        # near-miss: a dateline of another day is an event
        (
            "Жаңылык\n12.03.2024 09:50\nНарын, 11-март /Кабар/. Нарында мектеп ачылды.",
            ("2024-03-12", ["2024-03-11"]),
        ),
    ],
)
def test_a_dateline_repeating_the_issued_day_is_not_an_event(text, expected):
    assert issued_and_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page's month-only date line fixes the year of day-month dates (no issued date)
        (" date 2023-04 В селе Ак-Терек 19 апреля открыли клуб.", (None, ["2023-04-19"])),
        ("Дата: 2019-05 Айылда 3-майда жыйын өттү.", (None, ["2019-05-03"])),
        # near-miss: a month-like number in prose is no page date line
        ("Отчет 2021-12 жылдын жыйынтыгы. 28-декабрда жыйын.", (None, ["--12-28"])),
    ],
)
def test_a_page_month_line_gives_the_year_of_day_month_dates(text, expected):
    assert issued_and_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a resolution's header pads the year far from its day; a year word says it is one
        ("Токтом\n  02-декабрь    2022-жыл       Чаек айылы\nСессия.", ("2022-12-02", [])),
        ("Токтом\n 5-март        2021-ж.         Кочкор айылы\nЖыйын.", ("2021-03-05", [])),
        # near-miss: a far number without a year word is no year
        ("Отчет\n5-декабрь        2022 киши катышты.", (None, ["--12-05"])),
        # the page's posting date run into its title is issued; the resolution's own
        # date line below it is a date of the text
        (
            "Айылдык кеңештин токтомдору 18.08.2023\nТоктом\n  02-декабрь    2022-жыл"
            "       Чаек айылы\nСессия.",
            ("2023-08-18", ["2022-12-02"]),
        ),
    ],
)
def test_a_resolutions_date_line_with_its_year_padded_far(text, expected):
    assert issued_and_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the issued date again on a date line of its own, in a page's footer
        (
            "Айылда жол оңдолду\n19.02.2018 16:27\nЖол 20-февралда ачылат.\nЖарыяланды: 19.02.2018",
            ("2018-02-19", ["2018-02-20"]),
        ),
        (
            "Сессия прошла\n12 марта 2021 г.\nДепутаты собрались 10 марта.\n\n12 марта 2021 г.",
            ("2021-03-12", ["2021-03-10"]),
        ),
        # near-miss: the prose names the issued day as an event day
        (
            "Бишкек, 5 мая 2021 года. Прошла сессия. 5 мая 2021 года депутаты собрались.",
            ("2021-05-05", ["2021-05-05"]),
        ),
    ],
)
def test_the_issued_date_again_on_a_date_line_is_no_event(text, expected):
    assert issued_and_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a publication label of more than one word shares the date's line
        ("Сессия прошла\nДата публикации: 12.03.2021\nВ селе прошла сессия.", ("2021-03-12", [])),
        ("Сессия прошла\nРазмещено: 14.05.2022\nВ селе прошла сессия.", ("2022-05-14", [])),
        # near-miss: a date inside a sentence is an event of the text
        (
            "Сессия прошла\nВ селе 12.03.2021 прошла сессия депутатов айыльного кенеша.",
            (None, ["2021-03-12"]),
        ),
    ],
)
def test_a_publication_labels_date_line_is_issued(text, expected):
    assert issued_and_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the headlines of a related-news block carry other articles' dates and years
        (
            "Жыйын болду\n15.03.2021 10:00\nАйылда 14-мартта жыйын болду.\n\n"
            "Окшош жаңылыктар\n\nЖаңы мектеп ачылды\n12.03.2021\n\nЖол курулду 2020-жылы\n",
            ("2021-03-15", ["2021-03-14"], []),
        ),
        (
            "Сессия прошла\n15.03.2021 10:00\nВ селе прошла сессия.\n\nЧитайте также:\n"
            "В Оше открыли школу 12 марта\nДорогу построили в 2020 году\n",
            ("2021-03-15", [], []),
        ),
        # near-miss: a sentence after the block is the article's again
        (
            "Жыйын болду\n15.03.2021 10:00\n\nОкшош жаңылыктар\nЖаңы мектеп ачылды\n\n"
            "Кийинки жыйын 2021-жылы 20-мартта өтөт.\n",
            ("2021-03-15", ["2021-03-20"], []),
        ),
        # a site's news ticker over the article: the block ends with the article's own
        # headline and date line, right over its prose
        (
            "Башкы бет\nАкыркы жаңылыктар\nОшто форум өттү\nТаласта жол курулду\n\n"
            "Нарында семинар өттү\n15.03.2021 10:00\nАйылда 14-мартта семинар өттү.\n",
            ("2021-03-15", ["2021-03-14"], []),
        ),
        (
            "Лента новостей\nВ Оше открыли школу\n\nВ селе прошла сессия\n15.03.2021\n"
            "Сессия айыльного кенеша прошла 14 марта в селе Ак-Муз.\n",
            ("2021-03-15", ["2021-03-14"], []),
        ),
        # near-miss: under the article, a related headline and its date stay chrome
        (
            "Жыйын болду\n15.03.2021 10:00\nАйылда 14-мартта жыйын болду.\n\n"
            "Окшош жаңылыктар\nЖаңы мектеп ачылды\n12.03.2021\nКийинки жыйын 20-мартта өтөт.\n",
            ("2021-03-15", ["2021-03-14", "2021-03-20"], []),
        ),
        # a related headline closed by its date and the year's abbreviation: the dot is
        # the abbreviation's, the block goes on to the next headline
        (
            "Жыйын болду\n15.03.2021 10:00\nАйылда 14-мартта жыйын болду.\n\n"
            "Окшош жаңылыктар\nТаласта форум өттү · 28.02.2021 ж.\n"
            "Нарында жол курулду · 21.02.2021 ж.\n",
            ("2021-03-15", ["2021-03-14"], []),
        ),
        (
            "Сессия прошла\n15.03.2021 10:00\nВ селе прошла сессия 14 марта.\n\n"
            "Читайте также:\nВ Оше открыли школу, 28.02.2021г.\nВ Нарыне построили дорогу, "
            "21 февраля 2021 г.\n",
            ("2021-03-15", ["2021-03-14"], []),
        ),
        # near-miss: a sentence's full stop after a word ends the block; the line after
        # it is the article's again
        (
            "Жыйын болду\n15.03.2021 10:00\nАйылда 14-мартта жыйын болду.\n\n"
            "Окшош жаңылыктар\nТаласта форум өттү.\nКийинки жыйын 2021-жылы 20-мартта өтөт\n",
            ("2021-03-15", ["2021-03-14", "2021-03-20"], []),
        ),
    ],
)
def test_related_headlines_give_no_dates_or_periods(text, expected):
    doc = parse_text(text)
    events = [d.start for d in doc.dates if d.role != "issued"]
    assert (doc.issued, events, [(p.start, p.end) for p in doc.periods]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clock after a dash keeps the date's year: the page's date line
        ("Мектеп ачылды\n15 марта 2021 - 12:45\nВ селе открыли школу.", ("2021-03-15", [])),
        ("Мектеп ачылды\n15-март 2021 - 10:00\nАйылда мектеп ачылды.", ("2021-03-15", [])),
        # near-miss: a day after the dash is another date of the text
        (
            "Мектеп ачылды\nСессия проходила 5 марта 2021 - 12 марта 2021 в селе.",
            (None, ["2021-03-05", "2021-03-12"]),
        ),
    ],
)
def test_a_clock_after_a_dash_keeps_the_year(text, expected):
    assert issued_and_dates(text) == expected


_PAGE_TOP = (
    "Башкы бет\nБайланыш\nБиз жөнүндө\nЖаңылыктар\nТоктомдор\nАйылдык кеңеш\n"
    "Сессиялар\nДепутаттар\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a resolution's date line below a page's menus: the number and the date in cells
        # of their own, the day in quotation marks and the month in digits
        (
            _PAGE_TOP + "Токтом\nЧаек айылы       №3        «09» 01.2017-ж\nСессия.",
            ("2017-01-09", []),
        ),
        (
            _PAGE_TOP + "Решение\nс. Кочкор      № 12      “21” 03.2020 г.\nСессия.",
            ("2020-03-21", []),
        ),
        # near-miss: a number and a date inside a sentence of prose are the text's
        (
            _PAGE_TOP
            + "Токтом\nКеңеш №3 токтомду «09» 01.2017-ж кабыл алып, жолдорду оңдоону чечти.",
            (None, ["2017-01-09"]),
        ),
    ],
)
def test_a_resolutions_numbered_date_line_past_the_header(text, expected):
    assert issued_and_dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a newspaper's founding line is masthead chrome: no date, no period
        ("Эл Гезити\nНегизделген 1925-жылдын 23-мартында\nАйылда жол оңдолду.", []),
        ("Газета «Айыл»\nОснована 1 января 1931 года\nВ селе отремонтировали дорогу.", []),
        # ... also when it wraps onto a second short line
        ("Газета «Айыл»\nОснована 1 января\n1931 года\nВ селе отремонтировали дорогу.", []),
        # ... and its Russian verb spelt with "ё", as with "е" (accv49)
        ("Газета «Айыл»\nИздаётся с 1 января\n1931 года\nВ селе отремонтировали дорогу.", []),
        ("Газета «Айыл»\nИздается с 1 января 1931 года\nВ селе отремонтировали дорогу.", []),
        # near-miss: a founding date inside a long line of prose is the text's
        (
            "Новости\nОснована школа 1 сентября 1965 года, в ней сегодня учатся 500 детей "
            "и работают 40 учителей из соседних сел.",
            ["1965-09-01"],
        ),
    ],
)
def test_a_newspapers_founding_line_is_chrome(text, expected):
    doc = parse_text(text)
    assert [d.start for d in doc.dates] == expected
    assert doc.periods == []  # the year of a date is no period, the founding line none at all


def test_a_row_of_a_table_written_cell_per_line_is_no_date_line():
    text = "Тизме\n| № |\nАты-жөнү |\nТуулган күнү |\n1 |\nАсанов Бекболот |\n31.10.1988 |\n"
    assert issued_and_dates(text) == (None, ["1988-10-31"])


def test_an_agencys_month_abbreviation_is_a_month_only_after_a_day():
    assert dates_of("Жыйын 22 апр 2024 болду.") == [("2024-04-22", "2024-04-22")]
    assert dates_of("Апр айында жыйын болду.") == []


# --- roles -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Өтүнмөлөрдү 2020-жылдын 15-ноябрына чейин тапшыруу керек.", "deadline"),
        ("Арыздар 2020-жылдын 1-декабрына чейин кабыл алынат.", "deadline"),
        ("Заявки принимаются до 20 ноября 2020 года.", "deadline"),
        ("Акыркы мөөнөт: 15-ноябрь 2020-ж.", "deadline"),
        ("Крайний срок - 1 декабря 2020 года.", "deadline"),
        ("Тренинг 2020-жылдын 25-ноябрына чейин уланат.", "event"),
        ("2011-жылдын 15-июлундагы №101 Мыйзамына ылайык иштейт.", "other"),
        ("Согласно постановлению от 15 июля 2011 года № 101.", "other"),
        ("2020-жылдын 9-мартында талкуу болуп өттү.", "event"),
        # the dot of an abbreviation does not end the sentence that says what is due
        ("Документтер 2020-жылдын 15-ноябрына чейин г. Нарын шаарына жөнөтүлөт.", "deadline"),
        ("Отчетторду 2020-жылдын 15-ноябрына чейин с. Ак-Суу өкмөтүнө тапшыруу керек.", "deadline"),
    ],
)
def test_role(sentence: str, role: str) -> None:
    assert [d.role for d in parse_text(BODY + sentence).dates] == [role]


# --- a resolution's point that orders a thing done by a day ----------------------------------
# "... 1-декабрга чейин берип турушсун": a Kyrgyz verb of the 3rd person's order (the
# jussive, morphology.yaml) closing the clause after "чейин" makes the day a deadline,
# ahead of the document, so a yearless one takes the next such day after its date (round 38).


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Мектептер отчетторун 1-ноябрга чейин райондук бөлүмгө жиберишсин.", "2024-11-01"),
        ("Курулуш иштери 20-декабрга чейин толук аякталсын.", "2024-12-20"),
    ],
)
def test_an_ordered_day_is_a_deadline_ahead_of_the_act(sentence: str, expected: str) -> None:
    doc = parse_text("ТОКТОМ\n\nАк-Суу айылы       2024-жылдын 20-марты № 5\n\n" + sentence)
    assert [(d.start, d.role) for d in doc.dates if d.role != "issued"] == [(expected, "deadline")]


def test_a_possessive_accusative_is_no_order() -> None:
    # near miss: "программасын" ends in the accusative of a possessive, no verb of order
    doc = parse_text(
        "ТОКТОМ\n\nАк-Суу айылы       2024-жылдын 20-марты № 5\n\n"
        "Депутаттар 1-ноябрга чейин иштелип чыккан өнүгүү программасын."
    )
    assert [d.role for d in doc.dates if d.role != "issued"] == ["event"]


# --- invalid dates and things that are not dates ------------------------------------------


@pytest.mark.parametrize(
    "sentence", ["Күнү: 31.02.2020.", "Күнү: 45.13.17.", "2019-жылдын 31-июнунда."]
)
def test_invalid_date_warns(sentence: str) -> None:
    text = BODY + sentence
    doc = parse_text(text)
    assert doc.dates == []
    (warning,) = [w for w in doc.warnings if w.code == WarningCode.INVALID_DATE]
    assert warning.span is not None
    assert (
        warning.message == f"invalid date ignored: {text[warning.span.start : warning.span.end]!r}"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "тел.: (0770) 771-711, (0555) 313-385",
        "байланыш: 0555 313-385, 0555 / 0500 313-385",
        "Бишкек: (0312) 12-34-56",
        "1052 депутаты окуудан өтүштү, 51% ды түздү",
        "20-жылдан ашык тарыхы бар",
        "5 май жана 3 кг эт сатып алынды",
        "Версия 1.2.3 жарыяланды",
        "www.site.kg/news/2021-05-24/item",
        "Федерациянын эрежелеринин 5.12-беренесине ылайык 2.5 миң доллар",
    ],
)
def test_not_a_date(sentence: str) -> None:
    doc = parse_text(BODY + sentence)
    assert doc.dates == [] and doc.warnings == []


# --- spans and hostile input -------------------------------------------------------------------


def test_spans_index_the_original_text() -> None:
    # en dash, no-break space and a Latin "o" inside a Cyrillic word
    original = (
        BODY
        + "2017\u2013жылдын 20\u00a0ноябрынан 25-декабрына чейин, жыйын 12.03.2020 09:50 болду."
    )
    doc = parse_text(original)
    assert len(doc.dates) == 2
    for mention in doc.dates:
        assert original[mention.span.start : mention.span.end] == mention.text


@pytest.mark.perf  # timed: run by `pytest -m perf` (scripts/bench.py), not CI
@pytest.mark.parametrize(
    "hostile",
    [
        "1" * 200_000,
        "-" * 200_000,
        "1-" * 100_000,
        " " * 200_000,
        "1." * 100_000,
        "2017-" * 40_000,
        "12.03." * 33_000,
        "с 1 по " * 28_000,
        "20-ноябрь " * 5_000,
        "1, " * 66_000,
        "1 жана " * 28_000,
        "«1» " * 50_000,
        "март айынын " * 20_000,
        "Сегодня: " * 20_000,
    ],
)
def test_hostile_input_is_fast(hostile: str) -> None:
    # The date extractors and the year step alone (other extractors have their own
    # tests); CPU time of this process, so a loaded machine does not count.
    ctx = build_context(hostile)
    started = time.process_time()
    dates.extract(ctx)
    periods.extract(ctx)
    dates.fill_missing_years(ctx)
    # 1 s of CPU for 200 KB, as the persons' hostile inputs have: the date and period
    # forms of the sweep (issue 14) brought "2017-" * 40_000 to 0.6 s on an idle machine
    # (linear: 10,000 units take a quarter of 40,000's time); a quadratic path takes minutes.
    assert time.process_time() - started < 1.0


@pytest.mark.parametrize("unit", ["1.1.2020\n", "1.1.2020 | 2.2.2020\n", "Бишкек | Ош\n"])
def test_dense_date_lines_stay_linear(unit: str, assert_linear) -> None:
    # Every line a date or a menu: the header, footer and lone-date checks stay linear.
    def run(text: str) -> None:
        dates.extract(build_context(text))

    assert_linear(run, unit, size=100_000)


# --- each form is tried only where it may start (the same matches as its search) -------

FORM_TEXTS = [
    "2019-жылдын 11-13-ноябрында Нарында, 5, 6, 7-мартта жана 20 жана 21-ноябрда жыйын өттү.",
    'С 20 по 25 НОЯБРЯ прошёл тренинг, "5" мая и \'12 мая - встречи; со 2 по 4 июня 2021 года.',
    "Отчет 2021-05-24, 2021.05.24, 05-07-2025 жана 12.03.2020 09:50; 28.12 - 03.01.2020.",
    "toktom_05.03.2019.pdf, 0555-31-33-85, 7-декбарда, 5мартында; с 5.03 по 7.03.2024.",
    "«09» 01.2017-ж.; March 5, 2021; 2017-жылдын ноябрынын 20-күнү; а5 мая, 1.1.1.2020.",
    # a letter that case-folds to two: the forms are searched whole
    "Straße, 2019-жылдын ноябрынын 20-күнү жана „5“ 3.2019, Dec 24th, 2024.",
    # runs of digits of every length before every separator, blanks of other kinds
    "1\u00a0-\u00a03.03.2021, 4\t- 6.03.2021, 123.05.2020, 20215-05-24, 2021 -жылы 5 -майда.",
    "7-8-2021, 2021-5-6, 2021/05/24, 0007.05.2020; 2022 жылы 9-майда, 31 - июнда.",
    "5,6,7 июня; 8, 9 жана 10-июлда; '12' мая; 2020жылдын 3-мартында; 5тен 7-июнга чейин; 123 мая, 5.мая.",
    # a day before its dot: a spaced date, a day and month with the day's word or a clock
    "05. 03. 2021-жылы, 5. 03. 2021, 123.05 күнү, 05.03 күнү, 5.06 саат 10.00дө, 1.2.3 күнү.",
]


@pytest.mark.parametrize("text", FORM_TEXTS)
def test_every_form_finds_where_it_may_start_what_its_search_finds(text: str) -> None:
    from vap_cli.extractors.dates import atoms, form_starts

    runs = [m.span() for m in atoms.DIGIT_RUN.finditer(text)]
    words = form_starts.word_starts(text)
    found_any = False
    for pattern, _ in atoms.FORMS:
        expected = [m.span() for m in pattern.finditer(text)]
        found = form_starts.form_matches(pattern, text, runs, words)
        assert [m.span() for m in found] == expected
        found_any = found_any or bool(expected)
    assert found_any


@pytest.mark.parametrize("text", FORM_TEXTS)
def test_the_forms_words_found_with_other_stages_words_are_those_of_their_own_search(
    text: str,
) -> None:
    # the dates' words searched once for the document with participants', events' and
    # organizations' (word_starts.word_sets): the places, and the dates, of their own
    # search; None for a text whose case folding changes its length ("Straße")
    from vap_cli.extractors import word_starts
    from vap_cli.extractors.dates import atoms, form_starts
    from vap_cli.segment.tokens import TokenStream

    shared = word_starts.starts(TokenStream(text), form_starts.WORD_BEGINS)
    assert shared == form_starts.word_starts(text)
    assert (shared is None) == ("ß" in text)
    assert atoms.find_atoms(text, words=shared) == atoms.find_atoms(text)
    assert atoms.find_atoms(text)


@pytest.mark.parametrize("text", FORM_TEXTS)
def test_each_form_tried_at_its_own_words_finds_what_its_search_finds(text: str) -> None:
    # a document's dates: each form searched by its words tried only where a word of
    # its own begins (found with other stages' words, word_starts.word_sets), not at
    # every word of every form; None where case folding changes the text's length
    from vap_cli.extractors import word_starts
    from vap_cli.extractors.dates import atoms, form_starts
    from vap_cli.segment.tokens import TokenStream

    stream = TokenStream(text)
    places = form_starts.form_places(lambda begins: word_starts.starts(stream, begins))
    assert (places is None) == ("ß" in text)
    if places is None:
        return
    runs = [m.span() for m in atoms.DIGIT_RUN.finditer(text)]
    for pattern, begins in form_starts.FORM_BEGINS.items():
        assert places[pattern] == rx.beginnings_in(begins, text.casefold())
        found = form_starts.form_matches(pattern, text, runs, places)
        assert [m.span() for m in found] == [m.span() for m in pattern.finditer(text)]
    assert atoms.find_atoms(text, words=places) == atoms.find_atoms(text)
