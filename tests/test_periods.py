"""Year-level periods, and the numbers that are not periods."""

from __future__ import annotations

import pytest

from record_fields import period_spans, period_starts, sorted_period_spans
from vap_cli.pipeline import parse_text

BODY = "Иш-чара тууралуу маалымат.\n"


def periods_of(text: str) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in parse_text(BODY + text).periods]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2018-2022-жылдарга Программанын долбоору талкууланат.", [(2018, 2022)]),
        ("ЖӨБ Союзунун 2020-2025 – жж. Стратегиясы", [(2020, 2025)]),
        ("ЖӨБ Союзунун 2020-2025-жж. стратегиясы", [(2020, 2025)]),
        ("2017-2020-жылдарга Программанын аткарылышы", [(2017, 2020)]),
        ("2021-жылы шайлоо өттү.", [(2021, 2021)]),
        ("2021-жылдагы чакырылыштагы депутаттар", [(2021, 2021)]),
        ("2018-жылга жана андан кийинки жылдарга иш планы", [(2018, 2018)]),
        ("2018-жылдан 2022-жылга чейин долбоор иштейт.", [(2018, 2022)]),
        ("Программа на 2018-2022 годы принята.", [(2018, 2022)]),
        ("Программа с 2018 по 2022 год.", [(2018, 2022)]),
        ("В 2021 году прошли выборы.", [(2021, 2021)]),
        ("2019-2020-окуу жылында мектептер", [(2019, 2020)]),
        ("2021-жылкы бюджет", [(2021, 2021)]),
        ("по сравнению с 2021 годом", [(2021, 2021)]),
        ("2025-жылга чейин бүтөт", [(2025, 2025)]),
        # a day-level date with its year before the day, then a year of its own
        ("Кеңеш 2020-жылдын 20-ноябрында 2021-жылга бюджетти талкуулады.", [(2021, 2021)]),
        # a Russian ordinal ending makes a bare year a year
        ("За первые полгода 2020-го число обращений выросло.", [(2020, 2020)]),
        ("Еще в 2019-м здание было закрыто.", [(2019, 2019)]),
        ("Смета 2023-го года утверждена.", [(2023, 2023)]),
        # a bare range, a project's term: "(USAID, 2021 - 2025)", "Сен. 2021 – Сен. 2025"
        ("Долбоор (Швейцария, 2016 - 2024) аяктады.", [(2016, 2024)]),
        ("Мөөнөтү: Янв. 2019 – Дек. 2022", [(2019, 2022)]),
        # month-level ranges in Russian and Kyrgyz give their years
        ("Проект работал с января 2020 по март 2022 года.", [(2020, 2022)]),
        ("2019-жылдын майынан баштап 2021-жылдын июнуна чейин иштеди.", [(2019, 2021)]),
        # years listed before the one that carries the year word: each a period
        ("В 2021 и 2022 годах отремонтировали школы.", [(2021, 2021), (2022, 2022)]),
        ("2019, 2020 жана 2021-жылдары жол курулду.", [(2019, 2019), (2020, 2020), (2021, 2021)]),
        # a school or budget year in any case, with a slash or a hyphen
        ("В 2019/2020 учебном году открыли школу.", [(2019, 2020)]),
        ("В 2022-2023 финансовом году бюджет вырос.", [(2022, 2023)]),
        # a relative year glossed by its year in brackets states it (round 37)
        ("Былтыр (2023) бул жолдо көпүрө курулган.", [(2023, 2023)]),
        ("В прошлом году (2022) урожай был низким.", [(2022, 2022)]),
    ],
)
def test_period(sentence: str, expected: list[tuple[int, int]]) -> None:
    assert periods_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "ЖӨБ Союзунун 20-жылдан ашык тарыхы бар.",  # a duration
        "Долбоордун жардамы менен 1052 депутаты окуудан өтүштү.",  # a count
        "тел.: (0770) 771-711, (0555) 313-385",  # phones
        "Отчеттун 2021-бетинде",  # a page
        "2000 жылдан ашык тарыхы бар шаар",  # a duration in years
        "Шаар 2000 жыл мурун түзүлгөн.",  # years ago
        "2017-жылдын 25-октябры жыйын болду.",  # the year of a full date
        "2017-жылдын 20-ноябрынан 25-декабрына чейин.",  # the year of a range
        "Заседание 20 ноября 2017 года.",
        "Авария на 1500-м километре трассы.",  # an ordinal outside the years
        "Тел.: 0312 2015-2023",  # a phone's digit groups, not a bare range
        "В 2021 и 2022 кварталах сдали дома.",  # a list of numbers with no year word
        "Токтом № 2019-2020 кабыл алынды.",  # a number
        # a year said only to date a day of its sentence is part of that date
        "2022-жылы жыйын 15-мартта өттү.",
        "В 2021 году 5 мая прошла сессия.",
        # near miss: a bracketed number after no word of a year
        "Отчет (2023) сайтка жарыяланды.",
    ],
)
def test_not_a_period(sentence: str) -> None:
    assert periods_of(sentence) == []


def test_period_span_indexes_the_original() -> None:
    original = BODY + "Союздун 2020-2025 \u2013 жж. Стратегиясы"
    (period,) = parse_text(original).periods
    assert original[period.span.start : period.span.end] == period.text == "2020-2025 \u2013 жж."


def test_a_period_said_twice_is_one_period_with_its_mentions():
    text = "2021-жылы тренинг өттү. 2021-жылдагы жыйынтык. 2018-2022-жылдарга стратегия."
    periods = parse_text(text).periods
    assert [(p.start, p.end, p.text) for p in periods] == [
        (2021, 2021, "2021-жылы"),
        (2018, 2022, "2018-2022-жылдарга"),
    ]
    assert [text[m.start : m.end] for m in periods[0].mentions] == ["2021-жылы", "2021-жылдагы"]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (" date 2021-12 В айылда жаңы мектеп ачылды.", [(2021, 2021, "2021")]),
        (" date 2019-03 Собрание жителей прошло в селе.", [(2019, 2019, "2019")]),
        # a full date on the line is the issued date, not a period
        (" date 2019-03-14 Собрание жителей прошло в селе.", []),
        # a month that is no month
        (" date 2019-13 Собрание жителей прошло в селе.", []),
    ],
)
def test_a_page_date_line_with_a_month_but_no_day_gives_its_year(
    page: str, expected: list[tuple[int, int, str]]
) -> None:
    assert [(p.start, p.end, p.text) for p in parse_text(page).periods] == expected


def test_a_year_said_on_its_own_too_stays_a_period():
    # near-miss of "a year that dates a day": the year also stands in a sentence of its own
    text = "2022-жылы курулуш башталды. 2022-жылы жыйын 15-мартта өттү."
    assert periods_of(text) == [(2022, 2022)]
    (date,) = parse_text(BODY + text).dates
    assert date.start == "2022-03-15"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a year that closes an event's name (a kind word of the events lexicon in the name)
        ("Жаштар форуму – 2025 Ош шаарында өттү.", [(2025, 2025)]),
        ("Итоги конкурса «Лучшая библиотека села-2022» объявлены.", [(2022, 2022)]),
        ('"Таза көчө - 2024" мелдеши жыйынтыкталды.', [(2024, 2024)]),
        # a holiday's name (events.yaml `майрам`: its noun and the holidays' names; round 40)
        ("НООРУЗ-2022 айылдын аянтында белгиленди.", [(2022, 2022)]),
        ("Праздник «Навруз – 2021» собрал жителей села.", [(2021, 2021)]),
        # the assembly's noun in a Russian case, "курултая", "курултае" (events.yaml
        # `жыйын`: the stem "курулта"; round 44)
        ("Мэрия объявила о созыве курултая «Талас – 2035: наш город».", [(2035, 2035)]),
        ("На курултае «Чолпон-Ата – 2028» выступили жители.", [(2028, 2028)]),
    ],
)
def test_a_year_closing_an_events_name_is_a_period(
    sentence: str, expected: list[tuple[int, int]]
) -> None:
    assert periods_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "План мероприятий – 2024 утвержден.",  # a dash and a year, but no event word
        "Семинар – 2024-жылдын 3-апрелинде өтөт.",  # the year of a date
        # the year ending a date range after an event word
        "Тренинг 2023-жылдын 5-декабрынан - 2024-жылдын 9-январына чейин уланат.",
        # the event word on the line above names another thing
        "Семинардын жыйынтыгы\nКелечек планы - 2024",
        # near miss of the assembly's stem: a city's program named with its year
        "Мэрия утвердила программу «Талас – 2035: наш город».",
    ],
)
def test_a_dashed_year_outside_an_events_name_is_not_a_period(sentence: str) -> None:
    assert periods_of(sentence) == []


# A year closing a quoted name's title before its colon and subtitle, the kind word after
# the closing quote and "аттуу" with up to three words of its own ('"Нарын – 2024:
# жаштар демилгелери" аттуу II облустук жаштар форуму'). Found by held-out round 46.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            'Талас шаарында "Талас – 2023: айыл жаштары" аттуу II облустук жаштар форуму өттү.',
            [(2023, 2023)],
        ),
        ('Ошто "Ош – 2026: таза шаар" аттуу шаардык сынак жарыяланды.', [(2026, 2026)]),
    ],
)
def test_a_year_closing_a_quoted_names_title_before_its_subtitle(sentence, expected):
    assert periods_of(sentence) == expected


def test_a_year_before_a_subtitle_of_no_event_is_no_period() -> None:
    # near miss: the quoted name with a title and subtitle names a programme, no event
    assert periods_of('Мэрия "Талас – 2030: жашыл шаар" аттуу программаны бекитти.') == []


@pytest.mark.parametrize(
    "sentence",
    [
        '"Ала-Тоо – 2024" аттуу компаниянын өкүлдөрү форумга катышты.',
        '"Көк-Жар – 2023" аттуу кооперативдин мүчөлөрү жыйынга чогулду.',
    ],
)
def test_a_year_in_the_name_of_a_genitives_owner_is_no_period(sentence: str) -> None:
    # near misses (revfix46): "аттуу" names the word in the genitive after it (a company,
    # a cooperative), not the event further on
    assert periods_of(sentence) == []


# --- the forms that open with a year are tried only where a year starts ----------------

YEAR_TEXTS = [
    "2018-жылдан 2022-жылга чейин, 2020-жылдын январынан 2022-жылдын мартына чейин иштейт.",
    "2020-жылдын март айынан 2022-жылдын май айына чейин; 2018-2022-жылдарга, 2020-2025 - жж.",
    "Программа с 2018 по 2022 год (SDC, 2015-2023), Сен. 2021 - Сен. 2025, в 2021 и 2022 годах.",
    "За шесть месяцев 2022-го, в 2020-м; 2019, 2020 жана 2021-жылдары; № 2019-2020, 12019-жылы.",
    # a month, or two, before a bare year: tried only at the words within reach of a year
    "Сентябрь 2021, в марте 2024 прошёл, Январь  -  Сентябрь., 2024; августа 2019 и май2020.",
    "ноябрь\n2022 (сентября 2021 года), Сен.-окт. 2023, в декабре — 2018, 20 марта 2021.",
]


@pytest.mark.parametrize("text", YEAR_TEXTS)
def test_every_period_form_finds_where_it_may_start_what_its_search_finds(text: str) -> None:
    from vap_cli.extractors import periods

    years = periods.year_starts(text)
    found_any = False
    for pattern in [*periods.PERIOD_FORMS, periods.LISTED_YEARS]:
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in periods.form_matches(pattern, text, years)] == expected
        found_any = found_any or bool(expected)
    assert found_any


def test_the_forms_that_open_with_a_year_are_tried_where_their_lookbehinds_allow() -> None:
    # every such form opens with _NOT_BEFORE: "2018-2022" gives its forms 2018, not 2022
    from vap_cli.extractors import periods

    assert all(p.pattern.startswith(periods._NOT_BEFORE) for p in periods._YEAR_FIRST)
    text = "2018-2022-жылдарга, № 2019-2020, 2021 - 2023, 2024."
    years = periods.year_starts(text)
    assert [text[k : k + 4] for k in years.every] == [
        "2018", "2022", "2019", "2020", "2021", "2023", "2024",
    ]  # fmt: skip
    assert [text[k : k + 4] for k in years.free] == ["2018", "2019", "2021", "2024"]


@pytest.mark.parametrize("text", [*YEAR_TEXTS, *(t.upper() for t in YEAR_TEXTS)])
def test_a_month_before_a_year_is_read_backwards_as_the_lookbehind_reads_it(text: str) -> None:
    # the years MONTH_BEFORE_YEAR's words are looked for before: those with a month,
    # its dot, maybe a comma and 1-3 blanks right before them, as a lookbehind finds them
    import regex

    from vap_cli.extractors import periods

    behind = regex.compile(rf"(?<={periods._MONTH_OF_YEAR}\.?,?\s{{1,3}})", regex.IGNORECASE)
    every = periods.year_starts(text).every
    expected = [k for k in every if behind.match(text, k)]
    assert periods._after_month(text, every) == expected


def test_a_month_before_a_year_needs_the_month_right_before_its_blanks() -> None:
    from vap_cli.extractors import periods

    text = "Сентябрь 2021, сентябрь., 2022; сентябрьда 2023, май2024, 2025 ноябрь."
    after = periods._after_month(text, periods.year_starts(text).every)
    assert [text[k : k + 4] for k in after] == ["2021", "2022"]


def test_the_forms_that_open_with_a_year_are_recognised_as_such() -> None:
    # (a form on _NOT_BEFORE that opens otherwise is searched whole: still right, slower)
    from vap_cli.extractors import periods

    forms = [*periods.PERIOD_FORMS, periods.LISTED_YEARS]
    on_year = [p for p in forms if p.pattern.startswith(periods._NOT_BEFORE)]
    assert on_year and all(p in periods._YEAR_FIRST for p in on_year)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the second year of a range cut to its last two digits, before a year word
        ("Өнүгүү программасы 2021-25-жылдарга бекитилди.", [(2021, 2025)]),
        ("Программа развития на 2019-22 гг. принята сессией.", [(2019, 2022)]),
        ("2023-24-окуу жылында мектепке 120 бала барды.", [(2023, 2024)]),
        # near-misses: no year word after it; a second value not after the first
        ("Токтомдун номери 2021-25, ал кабыл алынды.", []),
        ("Программа 2021-05-жылы бекитилди.", []),
    ],
)
def test_a_year_range_with_its_second_year_cut_short(sentence, expected):
    assert periods_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Проект реализуется с сентября 2021 г. по сентябрь 2025 г.", [(2021, 2025)]),
        ("Программа действовала с 2018 г. по 2022 г. в Нарыне.", [(2018, 2022)]),
        # near-miss: two years in two clauses are two periods
        ("В 2018 г. начали проект, а в 2022 г. его завершили.", [(2018, 2018), (2022, 2022)]),
    ],
)
def test_a_russian_year_range_with_the_abbreviated_year_word(sentence, expected):
    assert periods_of(sentence) == expected


# Two months of stated years joined by a dash, each in the nominative ("2014-жылдын
# сентябры – 2018-жылдын августу"): one range of years. Found by held-out round 46.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Долбоордун мөөнөтү: 2019-жылдын марты – 2022-жылдын декабры.", [(2019, 2022)]),
        ("Программа 2020-жылдын январы—2023-жылдын июну аралыгында ишке ашты.", [(2020, 2023)]),
        # each month with the word "ай" (revfix46)
        (
            "Курулуш 2021-жылдын апрель айы – 2024-жылдын октябрь айы аралыгында жүрдү.",
            [(2021, 2024)],
        ),
        # near miss: two months of two years in two clauses are two periods
        (
            "Курулуш 2019-жылдын мартында башталып, 2022-жылдын декабрында бүттү.",
            [(2019, 2019), (2022, 2022)],
        ),
    ],
)
def test_two_months_of_stated_years_joined_by_a_dash_are_one_range(sentence, expected):
    assert periods_of(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site's footer with its years and no copyright sign
        ("Айылда жыйын өттү.\n2010-2024 Бардык укуктар корголгон.", []),
        ("В селе прошёл сход.\nВсе права защищены, 2024 г.", []),
        # near-miss: a sentence about rights that names a year
        (
            "Айылда жыйын өттү.\nЖарандардын укуктары 2024-жылы кабыл алынган мыйзам менен корголот.",
            [(2024, 2024)],
        ),
    ],
)
def test_a_footers_rights_line_gives_no_period(text, expected):
    assert periods_of(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a month, or a range of months, before a bare year: a month-level reference
        ("Январь-март 2024 аралыгында айылда 3 жыйын өттү.", [(2024, 2024)]),
        ("Долбоор сентябрь 2021 башталып, 2025-жылы бүтөт.", [(2021, 2021), (2025, 2025)]),
        ("В марте 2024 в Оше прошёл форум.", [(2024, 2024)]),
        # near-misses: oil ("май") before a count; a day's date is no period
        ("Айылга май 2024 литр жеткирилди.", []),
        ("Форум прошёл 5 марта 2024 в Оше.", []),
    ],
)
def test_a_month_before_a_bare_year_is_a_period(sentence, expected):
    assert periods_of(sentence) == expected


# --- sports games are contests: a year closing their name is a period ---------------------------
# Found by held-out round 4.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Жаштар «Айыл спорту – 2023» оюндарына катышты.", [(2023, 2023)]),
        ("Окуучулар «Билим – 2022» олимпиадасына катышты.", [(2022, 2022)]),
        # near miss: "оюн" alone (a play, a game of any kind) names no contest
        ("Сахнада «Ата-Эне – 2023» оюну көрсөтүлдү.", []),
    ],
)
def test_a_year_closing_the_name_of_sports_games_is_a_period(text, expected):
    assert [(p.start, p.end) for p in parse_text(text).periods] == expected


# --- a Russian decade is its ten years (lexicon: decade_endings_ru) ------------------------
# Found by held-out round 5.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Дом культуры построили в 1980-х годах, крышу с тех пор не меняли.", [(1980, 1989)]),
        ("В 1990-е годы многие жители уехали на заработки.", [(1990, 1999)]),
    ],
)
def test_a_decade_is_a_period_of_ten_years(text: str, expected: list[tuple[int, int]]) -> None:
    assert [(p.start, p.end) for p in parse_text(text).periods] == expected


def test_a_year_not_ending_in_zero_names_no_decade() -> None:
    # near miss: "1975-х" is no decade
    assert parse_text("Мост построили в 1975-х годах.").periods == []


# --- a Kyrgyz decade: a year ending in 0 with the plural year word ("жылдары") ------------
# Found by held-out round 7.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Айылдагы клуб 1970-жылдары курулган, чатыры ошондон бери алмашкан эмес.", [(1970, 1979)]),
        ("1990-жылдардын аягында көп тургун жумуш издеп кетишкен.", [(1990, 1999)]),
        ("Карыялар 1950-жылдардагы жайыттарды эскеришти.", [(1950, 1959)]),
    ],
)
def test_a_kyrgyz_decade_is_a_period_of_ten_years(
    text: str, expected: list[tuple[int, int]]
) -> None:
    assert period_spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a year not ending in 0 is that year; the last year of a list
        # carries the plural for the list, and a range is a range
        ("2019-жылдары айылда жол оңдолгон.", [(2019, 2019)]),
        ("2010 жана 2020-жылдары айылда шайлоо өткөн.", [(2010, 2010), (2020, 2020)]),
        ("2010, 2020-жылдары айылда шайлоо өткөн.", [(2010, 2010), (2020, 2020)]),
        ("2010-2020-жылдары айылда үч мектеп курулган.", [(2010, 2020)]),
    ],
)
def test_a_plural_year_word_that_names_no_decade(
    text: str, expected: list[tuple[int, int]]
) -> None:
    assert period_spans(text) == expected


# --- a year closing a quoted name, named so ("аттуу") before the event's kind word ---------
# Found by held-out round 7.


@pytest.mark.parametrize(
    "text",
    [
        "Айылда «Таза суу – 2024» аттуу балдар фестивалы өттү.",
        "Райондо «Мыкты айыл – 2024» деген сынак жарыяланды.",
        "Мектепте «Жаш лидер – 2024» окуучулар форуму болду.",
    ],
)
def test_a_year_closing_a_quoted_name_before_its_kind_word_is_a_period(text: str) -> None:
    assert period_spans(text) == [(2024, 2024)]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the quoted name is a project's, the kind word further on names
        # another thing; no kind word at all
        "«Таза суу – 2024» долбоорунун алкагында райондо форум өттү.",
        "«Жаш лидер – 2024» аттуу долбоор башталды.",
    ],
)
def test_a_year_closing_a_quoted_name_of_no_event_is_not_a_period(text: str) -> None:
    assert period_spans(text) == []


# --- a year with its year word before 1900: "айыл 1868-жылы негизделген" ------------------------
# Found by held-out round 9.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мугалимдин айтымында, айыл 1872-жылы негизделген.", [(1872, 1872)]),
        ("Село основано в 1885 году переселенцами.", [(1885, 1885)]),
        # near miss: a number of that size without its year word is no year
        ("Китепканада 1868 китеп бар.", []),
    ],
)
def test_a_year_with_its_year_word_counts_before_1900(text, expected):
    assert sorted_period_spans(text) == expected


# --- a range of two years alone in brackets before 1900: a life's years ---------------------
# "(1894–1971)" after a name: the brackets and the range mark years as the year word does
# (periods._bracketed_years). Found by held-out round 64 (acc64).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Акын Токтогул Сатылганов (1864–1933) айылда туулган.", [(1864, 1933)]),
        ("В зале показали работы мастера (1882-1951) и его учеников.", [(1882, 1951)]),
        # near miss: a range of numbers in brackets with its unit is no pair of years
        ("Бюджет (1850-1950 сом) бөлүндү.", []),
    ],
)
def test_a_bracketed_range_of_years_counts_before_1900(text, expected):
    assert sorted_period_spans(text) == expected


# --- a fair is an event: the year closing its name is a period --------------------------------
# Found by held-out round 17.


_BODY_PERIOD = "\n\nВ 2020 году в селе прошел сход жителей.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В Таласе прошла сельскохозяйственная ярмарка «Урожай – 2024».", [(2024, 2024)]),
        ("Нарында «Алтын күз – 2023» жарманкеси өттү.", [(2023, 2023)]),
        # near miss: a book's name closed by a year is no event's
        ("Нарында «Алтын күз – 2023» аттуу китеп басылып чыкты.", []),
    ],
)
def test_a_year_closing_a_fairs_name_is_a_period(text, expected):
    assert sorted_period_spans(text + _BODY_PERIOD) == [(2020, 2020), *expected]


# --- the year closing a campaign's name (periods.campaign_name_year) --------------------
# A campaign (акция, кампания, өнөктүк, марафон) is named with its year as an event is:
# '«Таза айыл – 2025» акциясы', 'акция «Чистое село – 2025»'.
# Found by held-out round 24.


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("«Жашыл айыл – 2024» акциясынын алкагында 300 көчөт тигилди.", 2024),
        ("В селе прошла акция «Чистый берег – 2026».", 2026),
        ("«Кайрымдуулук – 2023» өнөктүгү аяктады.", 2023),
    ],
)
def test_a_year_closing_a_campaigns_name_is_a_period(text: str, year: int) -> None:
    assert period_starts(text) == [year]


def test_a_quoted_name_with_a_year_and_no_kind_word_is_no_period() -> None:
    # near miss: a quoted title with no event's or campaign's word after it
    assert period_starts("Баяндаманын темасы: «Жашыл айыл – 2024».") == []


# --- the year closing an exhibition's name (periods.event_name_year) ----------------------
# An exhibition (көргөзмө, выставка: lexicon dates.yaml exhibition_stems, no event kind) is
# named with its year as an event is (accv49).


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Сүрөттөр «Алтын күз – 2023» көргөзмөсүндө коюлду.", 2023),
        ("Работы покажут на выставке «Ремёсла – 2023» в музее.", 2023),
    ],
)
def test_a_year_closing_an_exhibitions_name_is_a_period(text: str, year: int) -> None:
    assert period_starts(text) == [year]


def test_an_exhibition_after_a_quoted_title_of_a_talk_is_no_name() -> None:
    # near miss: the year closes a talk's title, the exhibition another sentence's
    assert period_starts("Баяндаманын темасы: «Тоо гүлү – 2025». Көргөзмө ачылды.") == []


# --- the year closing a cup's name (periods.event_name_year) -----------------------------
# A cup (кубок: lexicon dates.yaml cup_stems, no event kind) is a competition named after
# its trophy, with its year as an event's name is (acc64; round 64).


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Жайлоодо «Суусамыр кубогу – 2024» үчүн беттештер башталды.", 2024),
        ("Команды разыграли Кубок Нарына – 2023 по волейболу.", 2023),
    ],
)
def test_a_year_closing_a_cups_name_is_a_period(text: str, year: int) -> None:
    assert period_starts(text) == [year]


def test_a_quoted_place_and_year_with_no_cup_is_no_period() -> None:
    # near miss: the quoted name closes with a year but names a village, no competition
    assert period_starts("Сүрөттүн аты «Ат-Башы айылы – 2024» деп коюлду.") == []


# --- "2020-жылдагыга караганда": an attributive year taken as a noun, with a case ------
# The attributive "-дагы" (that of a year) is used as a noun and takes a case of its own
# ("-дагыга караганда", "-дагыдан", "-дагыны"): the year is still a period
# (dategrammar._year_words generates the forms from morph's case chains).
# Found by held-out round 31.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Быйыл 2019-2020-жылдардагыга караганда эки эсе көп каражат бөлүндү.", [(2019, 2020)]),
        ("Салык түшүүлөрү 2022-жылдагыдан 15 пайызга көбөйдү.", [(2022, 2022)]),
        ("Айыл өкмөтү 2018-жылдагыны кайталабоого убада берди.", [(2018, 2018)]),
    ],
)
def test_an_attributive_year_with_a_case_is_a_period(
    text: str, expected: list[tuple[int, int]]
) -> None:
    assert period_spans(text) == expected


def test_an_ordinal_before_the_attributive_is_no_year() -> None:
    # near miss: "5-жылдагыга" is a fifth year (a count of years), not a calendar year
    assert period_spans("Киреше 5-жылдагыга салыштырмалуу өстү.") == []


# --- a contest's kind word and its own words before the quoted name the year closes ------
# 'конкурс педагогического мастерства "Учитель года – 2024"': the kind word
# stands before the quote with its genitive words, the name's words after it; the year
# closing the quoted name is a period (event_name_years.kind_before_quote).
# Found by held-out round 57.


@pytest.mark.parametrize(
    "text",
    [
        "В Караколе прошел областной конкурс педагогического мастерства «Учитель года"
        " Иссык-Куля – 2024» среди учителей школ.",
        "Нарында кесиптик чеберчилик сынагы «Айыл мектебинин эң мыкты жаш мугалими – 2024» өттү.",
    ],
)
def test_a_year_closing_a_quoted_name_after_its_contest_word_is_a_period(text: str) -> None:
    assert period_spans(text) == [(2024, 2024)]


def test_a_contest_word_in_the_sentence_before_the_quote_names_nothing() -> None:
    # near miss: the contest is the sentence before's; the quote names a firm
    text = "Конкурс аяктады. Жеңүүчүлөргө «Ала-Тоо Курулуш – 2024» компаниясы сыйлык берди."
    assert period_spans(text) == []


def test_a_closed_quote_before_the_dashed_year_is_no_quoted_name() -> None:
    # counter-example: a quoted name closed before a dash and a year of another kind
    text = "Сынак «Мыкты мугалим» аталышында өттү, жеңүүчүгө үй-бүлөсү менен саякат – 2024."
    assert period_spans(text) == []


# --- the year closing an operation's name (periods.campaign_name_year) -------------------
# A police or a service's operation (операция, операциясы: lexicon dates.yaml
# campaign_stems) is a campaign, named with its year as one is ('«Мак – 2024»
# операциясы', 'операция «Допинг-2023»'). Found by held-out round 61 (acc61).


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Талаа «Көкнар – 2024» операциясынын алкагында текшерилди.", 2024),
        ("В районе стартовала операция «Подросток-2026».", 2026),
    ],
)
def test_a_year_closing_an_operations_name_is_a_period(text: str, year: int) -> None:
    assert period_starts(text) == [year]


def test_an_operation_beside_a_quoted_title_is_no_name() -> None:
    # near miss: the year closes a book's title; the operation is a surgery of another
    # sentence
    assert period_starts("Китептин аты «Ден соолук – 2024». Операция ийгиликтүү өттү.") == []
