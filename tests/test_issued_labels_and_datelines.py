"""The page's own date (role issued): posting labels in their forms, a resolution's date
line, a dateline of a village or a news agency.

Each class is a rule about the language or the layout: team-written inputs that must give
the record's field, and a near miss that must not (none of the sentences is a held-out
round's own). The comment over each class says which held-out round found it."""

from __future__ import annotations

import pytest

from record_fields import content_days, issued_and_content_ranges, issued_date
from vap_cli.pipeline import parse_text

# --- a masthead glosses the month in the old calendar: "12-апрель (Чын куран), 2024-жыл" -------
# Found by held-out round 4.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Жыйын 14-декабрь (Бештин айы), 2022-жылы айыл өкмөтүндө өттү.",
            (None, ["2022-12-14..2022-12-14"]),
        ),
        (
            "АЙЫЛ КАБАРЛАРЫ\nЧыгарылышы № 9 (310) · 3-март (Жалган куран), 2023-жыл\n\n"
            "Айылдык кеңештин сессиясы Бугу айынын 5инде болот.",
            (None, ["2023-03-03..2023-03-03", "2023-05-05..2023-05-05"]),
        ),
        # near miss: a weekday in brackets is no gloss: the number after it is no year
        (
            "Жыйын 14-декабрь (шаршемби), 2022 тургун менен өттү.",
            (None, ["--12-14..--12-14"]),
        ),
    ],
)
def test_a_month_glossed_in_brackets_keeps_its_year(text, expected):
    assert issued_and_content_ranges(text) == expected


# --- a posting label with its day word: "Кошулган күнү: 17-май, 2024" -------------------------
# Found by held-out round 4.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Айылда жаңы мектеп ачылды\nКошулган күнү: 5-июнь, 2023 | Автор: Асан Үсөнов\n"
            "Мектептин ачылышы 2-июнда болду.",
            ("2023-06-05", ["2023-06-02..2023-06-02"]),
        ),
        (
            "Сессия өттү\nКошулган күнү: 12.09.2022\nСессия 9-сентябрда болду.",
            ("2022-09-12", ["2022-09-09..2022-09-09"]),
        ),
        # near miss: an announced event's day label is no posting label
        (
            "Жыйын болот\nӨтүүчү күнү: 5-июнь, 2023 | Орду: маданият үйү\nБаарыңар келгиле.",
            (None, ["2023-06-05..2023-06-05"]),
        ),
    ],
)
def test_the_added_day_label_gives_the_page_date(text, expected):
    assert issued_and_content_ranges(text) == expected


# --- "Дата размещения:" labels the page's own date (lexicon: issued_line_words) ------------
# Found by held-out round 5.


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        (
            "ОБЪЯВЛЕНИЕ\n\nДата размещения: 03.11.2025\n\nАйыл окмоту объявляет конкурс на"
            " должность специалиста. Документы принимаются до 20 ноября 2025 года.\n",
            "2025-11-03",
        ),
        (
            "Новости района\nДата размещения: 14 мая 2024 г.\n\n"
            "В Кеминском районе прошла сельскохозяйственная ярмарка.\n",
            "2024-05-14",
        ),
    ],
)
def test_the_posting_label_in_the_genitive_gives_the_issued_date(text: str, issued: str) -> None:
    assert str(parse_text(text).issued) == issued


# --- "Дата публикации:" labels the page's own date over a schedule table's rows ------------
# (lexicon dates.yaml issued_opening_labels). Found by held-out round 46.


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        (
            "ОБЪЯВЛЕНИЕ\n\nДата публикации: 11.03.2021\n\nГрафик приёма граждан:\n"
            "Дата | Время | Место\n15.03.2021 | 09:00 | айыл окмоту\n"
            "17.03.2021 | 14:00 | дом культуры\n",
            "2021-03-11",
        ),
        (
            "Новости\nДобавлено: 2 июня 2022 г.\n\n"
            "05.06.2022 | 10:00 | собрание жителей села Ак-Суу\n",
            "2022-06-02",
        ),
    ],
)
def test_the_publication_label_gives_the_page_date_over_a_schedule(text: str, issued: str) -> None:
    assert str(parse_text(text).issued) == issued


def test_a_publication_planned_in_prose_is_no_label() -> None:
    # near miss: the words in a sentence ("дата публикации результатов ...") label nothing
    text = (
        "Новости района\n\nВ Кемине прошёл конкурс. Дата публикации результатов 20.05.2022"
        " будет объявлена позже.\n"
    )
    assert str(parse_text(text).issued) != "2022-05-20"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Айыл өкмөтү кабарлайт\n\nЖарыяланган күнү 2024-жылдын 5-марты болуп белгиленди,"
            " жыйынга 40 киши катышты.\n",
            "2024-03-05",
        ),
        ("Приказ отменён\n\nДобавлено 14 апреля 2023 года распоряжение о сходе.\n", "2023-04-14"),
    ],
)
def test_a_participles_phrase_without_its_colon_is_no_label(text: str, day: str) -> None:
    # near misses (revfix46): "жарыяланган күнү", "добавлено" open a sentence of prose;
    # only their colon makes them a label of the page's date
    assert str(parse_text(text).issued) != day


def test_a_deadline_for_posting_is_no_issued_date() -> None:
    # near miss: "Срок размещения" (how long a notice stays up) is no posting label
    text = (
        "ОБЪЯВЛЕНИЕ\n\nСрок размещения: 05.06.2025\n\n"
        "Айыл окмоту объявляет конкурс на должность специалиста.\n"
    )
    assert parse_text(text).issued is None


# --- a village opening a news agency's dateline: "Чаек, 2024-жылдын 3-майы /Кабар/." ------------
# Found by held-out round 9.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Чаек, 2024-жылдын 3-майы /Кабар/. Жумгал районунда жаштар форуму өттү.",
            "2024-05-03",
        ),
        (
            "Баетов, 2023-жылдын 14-октябры (КирТАГ). Айылда жаңы мектеп ачылды.",
            "2023-10-14",
        ),
        # near miss: a village and a date opening a sentence that goes on is no dateline
        ("Чаек, 2024-жылдын 3-майында жаштар форуму өттү.", None),
    ],
)
def test_a_village_opens_an_agencys_dateline(text, expected):
    assert issued_date(text) == expected


# --- a resolution's date line under its number and type ("№ 5 ТОКТОМУ") is issued, also
# past the header's lines ----------------------------------------------------------------------
# Found by held-out round 12.

_COUNCIL_KY = (
    "КЫРГЫЗ РЕСПУБЛИКАСЫ\nЧҮЙ ОБЛУСУ КЕМИН РАЙОНУ\nАЛМАЛУУ АЙЫЛ АЙМАГЫНЫН АЙЫЛДЫК КЕҢЕШИ\n"
    "Алмалуу айылы, Ленин көчөсү №3\n"
    "Алмалуу айылдык кеңешинин жетинчи чакырылышынын XII сессиясынын\n"
)
_BUDGET_KY = (
    "\n\nАйылдын бюджетин тактоо жөнүндө. Айылдык кеңеш токтом кылат: 2024-жылдын "
    "1-июлуна чейин аткарылсын."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _COUNCIL_KY
            + "№ 5 ТОКТОМУ\n22 — май 2024 — жыл                       Алмалуу айылы"
            + _BUDGET_KY,
            "2024-05-22",
        ),
        (
            "КЫРГЫЗСКАЯ РЕСПУБЛИКА\nЧУЙСКАЯ ОБЛАСТЬ ЖАЙЫЛСКИЙ РАЙОН\n"
            "АЙЫЛЬНЫЙ КЕНЕШ СУУСАМЫРСКОГО АЙЫЛЬНОГО АЙМАКА\nс. Суусамыр, ул. Ленина, 1\n"
            "очередной сессии айыльного кенеша седьмого созыва\nРЕШЕНИЕ № 14\n"
            "12 ноября 2024 года                     с. Суусамыр\n\n"
            "О местном бюджете. Айыльный кенеш решил: исполнить до 1 декабря 2024 года.",
            "2024-11-12",
        ),
        # near miss: a number over the date line with no act's type word
        (
            _COUNCIL_KY
            + "Маалымат № 5\n22 — май 2024 — жыл                       Алмалуу айылы"
            + _BUDGET_KY,
            None,
        ),
    ],
)
def test_a_date_line_under_the_acts_number_is_issued(text, expected):
    assert parse_text(text).issued == expected


# --- a CMS's posting label "Дата размещения:" / "Размещено:" dates the page -------------------
# Found by held-out round 17.

# (more lines than a page's header holds: the label line is the page's foot)
_NOTICE = "\n\n".join(
    [
        "Айыл окмоту Кок-Жар сообщает о проведении схода жителей 20 марта в сельском клубе. "
        "На сходе будут рассмотрены вопросы ремонта водопровода и уличного освещения, "
        "а также график вывоза мусора.",
        "Также жители обсудят план благоустройства центральной площади села.",
        "Предложения можно направлять в письменном виде в айыл окмоту.",
        "Проект плана размещен на доске объявлений у здания айыл окмоту.",
        "Справки по вопросам схода дает ответственный секретарь.",
        "Глава айыл окмоту А. Асанов",
    ]
)


@pytest.mark.parametrize(
    ("foot", "issued", "dates"),
    [
        ("Дата размещения: 12.03.2025", "2025-03-12", ["2025-03-20"]),
        ("Размещено: 11.03.2025 16:40", "2025-03-11", ["2025-03-20"]),
        # near miss: the label of the event's day ("Дата проведения") dates no page
        ("Дата проведения схода: 20.03.2025", None, ["2025-03-20", "2025-03-20"]),
    ],
)
def test_a_posting_label_under_the_text_dates_the_page(foot, issued, dates):
    record = parse_text(_NOTICE + "\n\n" + foot + "\n")
    assert record.issued == issued
    assert [d.start for d in record.dates if d.role != "issued"] == dates


# --- a village's dateline repeating the page's own day (dates.village_dateline) ---------
# A district's centre is often a village ("Ат-Башы", "Түп"): a village's name and the
# page's own day opening a line of the header is the dateline again, as a city's is.
# Found by held-out round 24.


@pytest.mark.parametrize(
    "text",
    [
        "Кочкор районунда жыйын өттү\n07.03.2025 10:15\n\nКочкор, 7-март. Кочкор районунда"
        " айыл аймактардын башчыларынын жыйыны өттү.",
        "Түп районунда мелдеш өттү\n16.06.2025, 11:02\n\nТүп, 16-июнь – Кабар. Түп районунда"
        " футбол мелдеши өттү.",
    ],
)
def test_a_village_dateline_of_the_page_day_is_no_date(text: str) -> None:
    assert content_days(text) == []


def test_the_page_day_in_a_sentence_is_an_event_day() -> None:
    # near miss: the same day said in the prose is the day of an event
    text = (
        "Кочкор районунда жыйын өттү\n07.03.2025 10:15\n\nКочкор айылында 7-мартта айыл"
        " аймактардын башчыларынын жыйыны өттү."
    )
    assert content_days(text) == ["2025-03-07"]


# --- a document's own date after "Түзүлгөн күнү:" -----------------------------------
# The day a report or notice was drawn up, labelled on its own line, is its issued date.
# Found by held-out round 25.


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        (
            "МААЛЫМАТ\nАйыл аймактарындагы окуулар жөнүндө\n\nТүзүлгөн күнү: 2023-жылдын"
            " 14-ноябры\n\nОкуулар төрт айылда өттү.",
            "2023-11-14",
        ),
        (
            "СПРАВКА\nО ходе слушаний по бюджету в айыл аймаках\n\nДата составления:"
            " 02.10.2024\n\nСлушания прошли в пяти селах.",
            "2024-10-02",
        ),
    ],
)
def test_a_drawn_up_label_gives_the_issued_date(text: str, issued: str) -> None:
    assert parse_text(text).issued == issued


def test_drawn_up_in_prose_is_no_issued_date() -> None:
    # near miss: a body formed on a day, in a sentence
    text = "Айыл өкмөтүндө жумушчу топ иштейт\n\nТоп 2023-жылдын 14-ноябрында түзүлдү."
    assert parse_text(text).issued is None


# --- a posting label under a resolution ---------------------------------------------------
# A council's site posts its resolution, the act's own date line at its head and a posting
# label under the text ("Сайтка жайгаштырылды: 20.04.2021", lexicon dates.yaml
# `issued_opening_labels`, read in the last lines too: dates/issued.py `_page_date`): the
# posting date is issued, the act's date a date (the real README, h015/h016).
# Found by held-out round 28.


def _resolution(items: int, label: str) -> str:
    rows = "\n".join(f"{k}. Бөлүм {k} жооптуу." for k in range(1, items + 1))
    return (
        "Ак-Суу айылдык кеңешинин токтому\n\nАк-Суу айылы                 2021-жылдын 14-апрели"
        f" № 5-3\n\nАйылдык кеңештин сессиясы бюджетти бекитти.\n{rows}\n\n"
        f"Айылдык кеңештин төрагасы      А. Токтогулов\n{label}"
    )


@pytest.mark.parametrize("label", ["Сайтка жайгаштырылды: 20.04.2021", "Жайгаштырылды: 20.04.2021"])
def test_a_posting_label_under_a_long_resolution_is_issued(label: str) -> None:
    text = _resolution(24, label)
    assert parse_text(text).issued == "2021-04-20"
    assert content_days(text) == ["2021-04-14"]


def test_a_date_alone_under_a_resolution_is_no_posting_line() -> None:
    # near miss: no label, a date under the signature of a long act is no posting date
    # the act's own date line under its title is the document's date
    text = _resolution(24, "Тиркеме: 20.04.2021-жылдагы тизме")
    assert parse_text(text).issued == "2021-04-14"


# --- a sentence under a resolution that says it was posted on a site ------------------------
# The posting date said in a sentence of the last lines, a word of the site and a verb of
# posting on its line ("Токтом сайтка ... жайгаштырылды", "Решение размещено на сайте ...";
# lexicon dates.yaml `posted_site_words`, `posted_verbs`): the posting date is issued, the
# act's own date line a date, as with the label above (dates.issued_posted_sentence).
# Found by held-out round 45.


@pytest.mark.parametrize(
    "sentence",
    [
        "Чечим айылдык кеңештин сайтына 2021-жылдын 20-апрелинде жарыяланды.",
        "Решение размещено на сайте айыл окмоту 20 апреля 2021 года.",
    ],
)
def test_a_sentence_saying_the_act_was_posted_on_a_site_is_issued(sentence: str) -> None:
    text = _resolution(6, sentence)
    assert parse_text(text).issued == "2021-04-20"
    assert content_days(text) == ["2021-04-14"]


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the act's control on a later day, no site; an order to post it
        "Токтомдун аткарылышы 2021-жылдын 20-апрелинде текшерилет.",
        "Токтом айыл өкмөтүнүн сайтына 2021-жылдын 20-апрелине чейин жайгаштырылсын.",
    ],
)
def test_a_sentence_under_a_resolution_saying_no_posting_is_no_posting_line(
    sentence: str,
) -> None:
    assert parse_text(_resolution(6, sentence)).issued == "2021-04-14"


@pytest.mark.parametrize(
    "sentence",
    [
        "Сынактын жоболору министрликтин сайтында 2024-жылдын 2-мартында жарыяланды.",
        "Положение о конкурсе опубликовано на сайте министерства 2 марта 2024 года.",
    ],
)
def test_a_news_pages_sentence_about_something_else_posted_leaves_its_date(
    sentence: str,
) -> None:
    # near miss: the sentence names no act (the page is news, what was posted is another
    # thing), so the news page's own date line stays issued. Found by review45.
    text = f"Жаңылыктар\n11.03.2024\n\nБишкек, 11-март. Министрлик сынак жарыялады.\n\n{sentence}\n"
    assert parse_text(text).issued == "2024-03-11"


# --- a posting line with a counter of reads ----------------------------------------------
# "Жарыяланган күнү: 14-март 2019-ж.  Окулду: 312": "окулду" (was read), "Прочитано" are
# a page's counter beside the posting date (dates.yaml issued_line_words): the line is
# still the page's date line.
# Found by held-out round 29.


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        (
            "Аймак жаңылыктары\n\nАйылда жаңы көпүрө курулду\n\n"
            "Жарыяланган күнү: 14-март 2019-ж.  Окулду: 312\n\nАйылда көпүрө курулду.",
            "2019-03-14",
        ),
        (
            "Новости района\n\nВ селе открыли мост\n\n"
            "Дата публикации: 5 апреля 2020 г.   Прочитано: 87\n\nВ селе открыли мост.",
            "2020-04-05",
        ),
    ],
)
def test_a_posting_line_with_a_read_counter_is_issued(text: str, issued: str) -> None:
    assert parse_text(text).issued == issued


def test_a_day_in_prose_with_a_word_of_reading_is_no_posting_line() -> None:
    # near miss: a report read out at a session on a day is an event
    text = (
        "Айылдык кеңештин сессиясы өттү. Ага 15 депутат катышты.\n\n"
        "Отчет 14-март 2019-ж. сессияда окулду жана депутаттар аны талкуулашты."
    )
    assert parse_text(text).issued is None


# --- "Кошулган убакыт: 14-июль, 2025": a posting label with the bare "time" noun ---------
# The Kyrgyz label of a post's time says "убакыт" (and "убакыты") as well as "убактысы"
# (dates.yaml `issued_line_words`, lines.yaml `posting_labels`): the page's own date line.
# Found by held-out round 36.


@pytest.mark.parametrize(
    ("line", "issued"),
    [
        ("Кошулган убакыт: 3-май, 2024 | Автор: Асель Токтогулова", "2024-05-03"),
        ("Жарыяланган убакыт: 21.11.2022 | Көрүүлөр: 140", "2022-11-21"),
        ("Жарыяланган убакыты: 09.02.2021", "2021-02-09"),
    ],
)
def test_a_posting_time_label_dates_the_page(line: str, issued: str) -> None:
    text = (
        f"КАРА-ТОО АЙЫЛ ӨКМӨТҮ\n\nАким тургундар менен жолукту\n\n{line}\n\n"
        "Ушул жылдын 1-майында аким айылга келди.\n"
    )
    doc = parse_text(text)
    assert doc.issued == issued
    assert doc.issued[:4] in {d.start[:4] for d in doc.dates}  # the year fills "1-майында"


def test_an_event_time_label_in_the_body_is_no_posting_date() -> None:
    # near miss: an announced event's time under the prose
    text = (
        "КАРА-ТОО АЙЫЛ ӨКМӨТҮ\n\nКулактандыруу\n\n"
        "Айыл өкмөтү тургундарды жыйынга чакырат. Жыйында бюджет талкууланат.\n\n"
        "Өтүүчү убакыт: 20-июль, 2025, саат 10:00\n"
    )
    assert parse_text(text).issued is None


# --- a dateline's places closed by a full stop: "Нарын облусу, Кочкор району. 5-май" ----------
# The places of a dateline (the last a unit with its Kyrgyz type word, or a city) may end
# with a full stop before the date rather than a comma: the page's own date
# (datelines._places_before_stop). Found by held-out round 51.


@pytest.mark.parametrize(
    "text",
    [
        "Жаңылыктар\n\nЖол оңдолду\n\nНарын облусу, Кочкор району. 2026-жылдын 14-апрели\n\n"
        "Айылда жол оңдоо иштери аяктады. Ага 30 тургун катышты.\n",
        "Жаңылыктар\n\nМектеп ачылды\n\nТалас облусу, Бакай-Ата району. 14-апрель, 2026-жыл\n\n"
        "Жаңы мектептин ачылышына 200 окуучу келди.\n",
        # a city alone, then a unit with its type word (revfix51: each place checked)
        "Жаңылыктар\n\nКөпүрө бүттү\n\nОш облусу, Өзгөн району. 2026-жылдын 14-апрели\n\n"
        "Көпүрөнүн ачылышына 80 тургун келди.\n",
    ],
)
def test_a_datelines_places_closed_by_a_full_stop_give_the_issued_date(text: str) -> None:
    assert issued_date(text) == "2026-04-14"


def test_a_sentence_closed_before_a_date_is_no_dateline() -> None:
    # near miss: a short sentence (no place with its type word) and a full stop before the
    # date opening the line: the date is the text's, no page's own
    text = (
        "Жаңылыктар\n\nЖол оңдолду\n\nЖыйын болду. 2026-жылдын 14-апрели\n\n"
        "Айылда жол оңдоо иштери аяктады. Ага 30 тургун катышты.\n"
    )
    assert issued_date(text) is None


def test_a_sentence_before_the_comma_of_a_place_is_no_dateline() -> None:
    # near miss (revfix51): a sentence's words, a comma, a unit with its type word and a
    # full stop: every part of a dateline's places must be a place, so the date is the
    # text's
    text = (
        "Жаңылыктар\n\nЖол оңдолду\n\nБиз жашаган жер, Кочкор району. 2026-жылдын 14-апрели\n\n"
        "Айылда жол оңдоо иштери аяктады. Ага 30 тургун катышты.\n"
    )
    assert issued_date(text) is None
