"""The issued date on the page layouts the layout sweep found failing
(tests/sweeps/test_issued_paradigm.py), each class: two page excerpts that must give
the date and a near-miss that must not.
"""

from __future__ import annotations

import pytest

from record_fields import issued_and_content_days
from vap_cli import parse_text
from vap_cli.segment.lines import chrome_line

HEAD_RU = "В Таласе открыли новую школу на 300 мест"
HEAD_KY = "Талас районунда 300 орундуу жаңы мектеп ачылды"
PROSE_RU = "В Таласском районе открыли новую школу. На открытии были 50 жителей села."
PROSE_KY = "Талас районунда жаңы мектеп ачылды. Ачылышка айылдын 50 тургуну катышты."


def issued_of(text: str) -> str | None:
    return parse_text(text).issued


def _page(line: str, *, ky: bool = False) -> str:
    return f"{HEAD_KY}\n{line}\n{PROSE_KY}" if ky else f"{HEAD_RU}\n{line}\n{PROSE_RU}"


# --- a weekday with the date: the article's under its headline, a banner above it ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_page("Четверг, 7 ноября 2019"), "2019-11-07"),
        (_page("Бейшемби, 7-ноябрь 2019", ky=True), "2019-11-07"),
        (_page("7 ноября 2019, четверг"), "2019-11-07"),
        (_page("7-ноябрь 2019-жыл, бейшемби", ky=True), "2019-11-07"),
        # a press release: a line between the headline and its date
        (f"{HEAD_RU}\nДля немедленного выпуска\nЧетверг, 7 ноября 2019\n{PROSE_RU}", "2019-11-07"),
        # near-misses: the site's banner over its menus, under the site's name
        (
            f"Мэрия города Талас\nЧетверг, 7 ноября 2019\nГлавная | Новости\n{HEAD_RU}\n{PROSE_RU}",
            None,
        ),
        (f"Талас\nЧетверг, 7 ноября 2019\n{HEAD_RU}\n{PROSE_RU}", None),
        # ... and a banner under a long site name, over the real headline
        (
            f"Официальный сайт мэрии города Талас\nЧетверг, 7 ноября 2019\n{HEAD_RU}\n{PROSE_RU}",
            None,
        ),
    ],
)
def test_a_weekday_date_line_under_the_headline_is_the_page_date(text, expected):
    assert issued_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_page("Создано: Четверг, 7 ноября 2019 09:20"), "2019-11-07"),
        (f"Талас\n{HEAD_KY}\nЖарыяланды: Бейшемби, 7-ноябрь, 2019\n{PROSE_KY}", "2019-11-07"),
        # near-miss: a current-date banner has no posting label
        (f"Четверг, 7 ноября 2019\nГлавная | Новости\n{HEAD_RU}\n{PROSE_RU}", None),
    ],
)
def test_a_posting_label_before_a_weekday_makes_no_banner(text, expected):
    assert issued_of(text) == expected


# --- the month's own name before the day, a comma, the year (a CMS's format) ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_page("Четверг, Ноябрь 7, 2019"), "2019-11-07"),
        (_page("Ноябрь 7, 2019", ky=True), "2019-11-07"),
        # near-miss: no comma and year after the day
        (_page("Ноябрь 7 итогов", ky=True), None),
    ],
)
def test_month_day_comma_year_is_a_date_line(text, expected):
    assert issued_of(text) == expected


# --- an agency's host name after the dateline's year ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Бишкек, 7 ноябрь 2019 — 24.kg. {PROSE_KY}", "2019-11-07"),
        (f"ТАЛАС, 7 ноября 2019 - 24.kg. {PROSE_RU}", "2019-11-07"),
        # near-miss: a range of days after the year is no host name
        (f"Талас районунда 7 ноябрь 2019 - 8 ноябрь 2019 семинар өттү. {PROSE_KY}", None),
    ],
)
def test_a_host_name_after_the_year_keeps_the_year(text, expected):
    assert issued_of(text) == expected


# --- the cells of a date line: "/", "•", "·", "›" --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_page("Автор: Айгуль Асанова / 7 ноября 2019"), "2019-11-07"),
        (_page("07.11.2019 • Общество • 2 мин. чтения"), "2019-11-07"),
        (_page("Башкы бет › Жаңылыктар › 07.11.2019", ky=True), "2019-11-07"),
        (_page("Главная » Новости » 07.11.2019"), "2019-11-07"),
        (_page("Башкы бет » Жаңылыктар » 07.11.2019", ky=True), "2019-11-07"),
        # near-miss: a quotation mark clinging to a name parts no cell
        (_page("Конкурс «Лучший аильный аймак» 07.11.2019 стартует"), None),
        # near-miss: the date shares its cell with words
        (_page("Семинар / пройдёт 07.11.2019 в Таласе"), None),
    ],
)
def test_a_date_alone_in_a_cell_of_its_line_is_the_page_date(text, expected):
    assert issued_of(text) == expected


# --- bylines, comment counters, copied messages' time stamps -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_page("07.11.2019 by admin"), "2019-11-07"),
        (_page("07.11.2019 by Aibek", ky=True), "2019-11-07"),
        (_page("07.11.2019 2 комментария"), "2019-11-07"),
        (_page("07.11.2019 | 3 пикир", ky=True), "2019-11-07"),
        (f"[07.11.2019 09:20] Мэрия Таласа: {PROSE_RU}", "2019-11-07"),
        # near-miss: a date with words after it is a line of prose
        (_page("07.11.2019 комиссия собралась снова"), None),
    ],
)
def test_bylines_counters_and_time_stamps_beside_the_date(text, expected):
    assert issued_of(text) == expected


# --- chrome: a print version's date, a currency widget's ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Дата печати: 20.05.2025\n{HEAD_RU}\n{PROSE_RU}", None),
        (f"{HEAD_KY}\nБасып чыгаруу датасы: 20.05.2025\n{PROSE_KY}", None),
        (f"Курсы НБКР на 20.05.2025\nUSD 87.45\n{HEAD_RU}\n{PROSE_RU}", None),
        (f"Валюта курсу 20.05.2025\n{HEAD_KY}\n{PROSE_KY}", None),
        # near-miss: the article's date beside the print date stays the page date
        (
            f"{HEAD_RU}\nДата печати: 20.05.2025\nДата публикации: 07.11.2019\n{PROSE_RU}",
            "2019-11-07",
        ),
    ],
)
def test_print_and_currency_dates_are_chrome(text, expected):
    assert issued_of(text) == expected


# --- a journal's masthead: a date of the issue, never the page's issued date ---------------------
# (rule dates.masthead_date; the real pages' convention: the article's own date line is
# issued, the masthead's date is listed in dates, and dates the page's days without a year)


@pytest.mark.parametrize(
    ("text", "expected", "masthead"),
    [
        (
            f"Газета «Талас» № 45 (987) 8 ноября 2019\n{HEAD_RU}\n07.11.2019\n{PROSE_RU}",
            "2019-11-07",
            "2019-11-08",
        ),
        (
            f"«Талас» гезити № 45 (987) 8-ноябрь 2019\n{HEAD_KY}\n07.11.2019\n{PROSE_KY}",
            "2019-11-07",
            "2019-11-08",
        ),
        # with no date line of its own, the page has no issued date
        (f"Газета «Талас» № 45 (987) 8 ноября 2019\n{HEAD_RU}\n{PROSE_RU}", None, "2019-11-08"),
        (
            f"ТАЛАС ТАҢЫ\n№ 40 (9812) 11-октябрь, 2024-жыл\n{HEAD_KY}\n{PROSE_KY}",
            None,
            "2024-10-11",
        ),
    ],
)
def test_the_masthead_date_is_the_issues_not_the_pages(text, expected, masthead):
    doc = parse_text(text)
    assert doc.issued == expected
    assert masthead in {d.start for d in doc.dates if d.role == "other"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "КОЧКОР ЖАҢЫРЫГЫ\n№ 21 (3418)   24-май, 2013-жыл, жума\n\nМектептин жубилейи\n\n"
            "Салтанаттуу жыйын 18-майда мектептин залында өттү.",
            ["2013-05-18", "2013-05-24"],
        ),
        (
            "НАРЫН ГАЗЕТАСЫ\nПятница, 14 декабря 2018 г. № 104 (2987)\n\nСессия кенеша\n\n"
            "Сессия прошла 7 декабря в здании айыл окмоту.",
            ["2018-12-07", "2018-12-14"],
        ),
        # near miss: a site's banner, a weekday and a date with no issue number, is chrome
        (
            "Шейшемби, 14-май, 2024\n\nМектептин жубилейи\n\n"
            "Салтанаттуу жыйын 18-майда мектептин залында өттү.",
            ["--05-18"],
        ),
    ],
)
def test_a_masthead_with_a_weekday_is_no_banner_and_dates_the_page(text, expected):
    doc = parse_text(text)
    assert doc.issued is None
    assert sorted(d.start for d in doc.dates) == expected


def test_a_resolutions_number_is_no_issue_number():
    # near miss: "№ 5" without a running number is an act's number on its date line
    text = "Ак-Суу айылдык кеңешинин токтому\n№ 5      12.03.2019\n\nАйылдык кеңеш токтом кылат."
    assert parse_text(text).issued == "2019-03-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document's bare number before its date: the release's or the order's own date
        (f"Маалымат № 12, 2024-жылдын 14-марты\n{HEAD_KY}\n{PROSE_KY}", "2024-03-14"),
        (f"Приказ Министерства образования\n№ 45 14 марта 2024 года\n{PROSE_RU}", "2024-03-14"),
        # a phone's trunk and area codes opening the date line: "0 (3222)", no issue's number
        (
            f"Пресс-служба мэрии города Ош\n0 (3222) 5-12-34, 14 марта 2024 года\n{PROSE_RU}",
            "2024-03-14",
        ),
        (
            f"Ош шаарынын мэриясы\n0 (3222) 5-12-34, 2024-жылдын 14-марты\n{HEAD_KY}\n{PROSE_KY}",
            "2024-03-14",
        ),
        # near misses: an issue's number with its running number is the masthead still
        (f"Газета «Ош шамы» № 12 (4521), 14 марта 2024 года\n{HEAD_RU}\n{PROSE_RU}", None),
        (f"12 (4521) 2024-жылдын 14-марты\n{HEAD_KY}\n{PROSE_KY}", None),
    ],
)
def test_a_documents_bare_number_or_a_phone_code_is_no_issue_number(text, expected):
    doc = parse_text(text)
    assert doc.issued == expected
    assert "2024-03-14" in {d.start for d in doc.dates}


# --- comments under the article ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{HEAD_RU}\n{PROSE_RU}\nКомментарии (3)\nАйбек, 09.11.2019\nОтличная новость!", None),
        (f"{HEAD_KY}\n{PROSE_KY}\nПикирлер: 2\nАсел, 09.11.2019 10:15\nАзаматтар!", None),
        (f"{HEAD_RU}\n07.11.2019\n{PROSE_RU}\nКомментарии\nАйбек 09.11.2019 10:15", "2019-11-07"),
        # near-miss: a comment counter under the headline opens no block of comments
        (f"{HEAD_RU}\nКомментарии (0)\nПресс-служба мэрии, 07.11.2019\n{PROSE_RU}", "2019-11-07"),
    ],
)
def test_a_comment_date_is_not_the_page_date(text, expected):
    assert issued_of(text) == expected


# --- CMS date lines: a labelled time of posting, a category, a forum's hyphens ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_page("Жарыяланган убактысы: 07.11.2019 09:20", ky=True), "2019-11-07"),
        (_page("Время публикации: 07.11.2019 09:20"), "2019-11-07"),
        (_page("Рубрика: Общество Опубликовано: 07.11.2019"), "2019-11-07"),
        (_page("Бөлүм: Жаңылыктар Жарыяланды: 07.11.2019", ky=True), "2019-11-07"),
        (_page("7 ноября 2019 admin Без рубрики"), "2019-11-07"),
        (_page("07-ноя-2019, 09:20"), "2019-11-07"),
        # near-misses: a site's clock is chrome; a category's name is no date line's word
        (f"Бишкек убактысы 09:20 07.11.2019\n{HEAD_KY}\n{PROSE_KY}", None),
        (_page("Рубрика: Общество и власть Нарынской области 07.11.2019"), None),
    ],
)
def test_cms_date_lines(text, expected):
    assert issued_of(text) == expected


# --- an event's hour with its case ending ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_page("Жыйналыш 07.11.2019-ж. саат 10:00дө", ky=True), None),
        (_page("Сессия 7-ноябрь 2019-ж. саат 14:00дон", ky=True), None),
        (_page("Жыйналыш 07.11.2019-ж. саат 10:00-гө чейин", ky=True), None),
        # near-misses: a posting line's bare clock, and one glued to the next cell
        (_page("Жаңылыктар 07.11.2019 10:00", ky=True), "2019-11-07"),
        (_page("07.11.2019 10:00Просмотров: 35"), "2019-11-07"),
    ],
)
def test_a_clock_with_a_case_ending_is_an_events_hour(text, expected):
    assert issued_of(text) == expected


# --- an update's date gives way to the posting date beside it ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_page("Обновлено: 20.12.2019 | Опубликовано: 07.11.2019"), "2019-11-07"),
        (_page("07.11.2019, 09:20 (обновлено 18:40 20.12.2019)"), "2019-11-07"),
        (_page("Жаңыртылды: 20.12.2019 | Жарыяланды: 07.11.2019", ky=True), "2019-11-07"),
        # near-miss: alone, the update's date is still the page's
        (_page("Обновлено: 20.12.2019"), "2019-12-20"),
    ],
)
def test_the_posting_date_wins_over_the_update(text, expected):
    assert issued_of(text) == expected


# The update said by a Kyrgyz verb after its date (the verb stands last), and the update's
# label before the posting label on one line (their words share a date line): the posting
# date still wins. Alone, the update's date stays the page's own (the conventions' "a
# page's own date line, however it is laid out"), as above.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{HEAD_KY}\n20.12.2019 жаңыртылды\n07.11.2019\n{PROSE_KY}", "2019-11-07"),
        (_page("20.12.2019, 18:40 жаңыланды | 07.11.2019 жарыяланды", ky=True), "2019-11-07"),
        (_page("Жаңыртылган күнү: 20.12.2019 Жарыяланган күнү: 07.11.2019", ky=True), "2019-11-07"),
        (_page("Updated: 20 December 2019 | Published: 7 November 2019"), "2019-11-07"),
        # near misses: the update alone is the page's date; a verb in prose is no stamp
        (_page("20.12.2019 жаңыртылды", ky=True), "2019-12-20"),
        (
            _page("07.11.2019", ky=True)
            + " Тизме 20.12.2019 жаңыртылды жана ага айылдын жаңы тургундары кошулду.",
            "2019-11-07",
        ),
    ],
)
def test_the_posting_date_wins_over_an_update_said_after_its_date(text, expected):
    assert issued_of(text) == expected


def test_an_update_said_in_prose_stays_a_date_of_the_text():
    doc = parse_text(
        _page("07.11.2019", ky=True)
        + " Тизме 20.12.2019 жаңыртылды жана ага айылдын жаңы тургундары кошулду."
    )
    assert {d.start for d in doc.dates if d.role != "issued"} == {"2019-12-20"}


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (_page("Опубликовано: 07.11.2019 | Обновлено: 20.12.2019"), set()),
        (_page("Жаңыртылды: 20.12.2019 | Жарыяланды: 07.11.2019", ky=True), set()),
        # near-miss: an update said in prose is an event of the text
        (
            _page("07.11.2019")
            + " Список получателей был обновлен 20 декабря 2019 года по итогам встречи "
            "с жителями села и депутатами айылного кенеша.",
            {"2019-12-20"},
        ),
    ],
)
def test_an_update_stamp_is_no_date_of_the_text(text, dates):
    doc = parse_text(text)
    assert doc.issued == "2019-11-07"
    assert {d.start for d in doc.dates if d.role != "issued"} == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # an event's time label is no site's clock: its day is a date of the text
        (_page("Өтүү убактысы: 20.11.2019, саат 10:00", ky=True), {"2019-11-20"}),
        (_page("Жыйындын убактысы: 20-ноябрь 2019-ж.", ky=True), {"2019-11-20"}),
        # near-misses: a site's clock, a site's update stamp
        (f"Бишкек убактысы 09:20 20.11.2019\n{HEAD_KY}\n{PROSE_KY}", set()),
        (f"{HEAD_RU}\n{PROSE_RU}\nПоследнее обновление сайта: 20.11.2019", set()),
    ],
)
def test_an_events_time_label_is_no_clock_banner(text, dates):
    doc = parse_text(text)
    assert doc.issued is None
    assert {d.start for d in doc.dates if d.role != "issued"} == dates


# --- a resolution's heading wrapped over lines: its type, its body, "от", date, number -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"РЕШЕНИЕ\nТаласского районного кенеша\nот 7 ноября 2019 года № 12\n{PROSE_RU}",
            "2019-11-07",
        ),
        (f"ПОСТАНОВЛЕНИЕ\nМэрии города Талас\nот 07.11.2019 г. № 45/2\n{PROSE_RU}", "2019-11-07"),
        # near-miss: the preamble names another act and goes on
        (f"РЕШЕНИЕ\nНа основании решения от 07.11.2019 № 12, кенеш решил:\n{PROSE_RU}", None),
    ],
)
def test_a_resolutions_wrapped_heading_dates_the_page(text, expected):
    assert issued_of(text) == expected


# --- a date line with a small letter first, joined to the headline by normalising -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_page("четверг, 7 ноября 2019"), "2019-11-07"),
        (_page("бейшемби, 7-ноябрь 2019", ky=True), "2019-11-07"),
        (_page("опубликовано 7 ноября 2019"), "2019-11-07"),
        # near-miss: a headline that ends with its event's day
        (f"В Таласе откроют новую школу 7 ноября 2019\n{PROSE_RU}", None),
    ],
)
def test_a_small_letter_date_line_under_the_headline(text, expected):
    assert issued_of(text) == expected


# --- a copied page's cells glued together -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_page("Опубликовано:07.11.2019"), "2019-11-07"),
        (_page("Жарыяланды:07.11.2019 09:20", ky=True), "2019-11-07"),
        (_page("Общество07.11.2019"), "2019-11-07"),
        (_page("Коом07.11.2019 09:20", ky=True), "2019-11-07"),
        # near-misses: a clock's digits before the colon; a glued word with prose after it
        (_page("Обновление в 10:07.11.2019"), None),
        (_page("Семинарда07.11.2019 жаңы мектеп ачылат", ky=True), None),
    ],
)
def test_glued_cells_of_a_copied_page(text, expected):
    assert issued_of(text) == expected


# --- widgets: a currency rate with its date, a temperature range, prayer times -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"07.11.2019 USD 69.80 EUR 77.10\n{HEAD_RU}\n{PROSE_RU}", None),
        (f"Доллар 69.80 | Евро 77.10 | 07.11.2019\n{HEAD_RU}\n{PROSE_RU}", None),
        (f"Талас: +3...+9 07.11.2019\n{HEAD_RU}\n{PROSE_RU}", None),
        (f"Намаз убактысы: 07.11.2019\n{HEAD_KY}\n{PROSE_KY}", None),
        # near-misses: a budget line in soms, a phone's "+996", are no widgets: their
        # dates stay
        (f"{HEAD_RU}\nБюджет: 12.50 млн сом, срок 07.11.2019\n{PROSE_RU}", "2019-11-07"),
        (f"{HEAD_RU}\nТел.: +996-312-62-11-45, прием до 07.11.2019\n{PROSE_RU}", "2019-11-07"),
    ],
)
def test_widgets_give_no_date(text, expected):
    doc = parse_text(text)
    assert doc.issued is None
    assert {d.start for d in doc.dates} == ({expected} if expected else set())


# --- a dateline's place: a district or an oblast with its Kyrgyz type word --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Талас району, 7-ноябрь /Кабар/ - {PROSE_KY}", "--11-07"),
        (f"{HEAD_KY}\n07.11.2019, Талас облусу\n{PROSE_KY}", "2019-11-07"),
        # near-misses: no unit's name before the type word; an event's day in a sentence
        (f"Семинар району, 7-ноябрь /Кабар/ - {PROSE_KY}", None),
        (f"Талас району 7-ноябрда жаңы мектеп ачат. {PROSE_KY}", None),
    ],
)
def test_a_district_or_oblast_dateline(text, expected):
    assert issued_of(text) == expected


# --- a dateline's place: a unit's official Russian name, its adjective and type word ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Таласская область, 7 ноября /Кабар/. {PROSE_RU}", "--11-07"),
        (f"Аксыйский район, 7 ноября 2019 г. – АКИpress. {PROSE_RU}", "2019-11-07"),
        # near-misses: an adjective that names no unit; the unit's name in a sentence
        (f"Областная администрация, 7 ноября /Кабар/. {PROSE_RU}", None),
        (f"Таласская область, 7 ноября открыла новую школу. {PROSE_RU}", None),
    ],
)
def test_a_russian_official_unit_name_as_a_dateline(text, expected):
    assert issued_of(text) == expected


# --- a date badge with the month over the day, each on a line of its own -------------------------

_FOOT_RU = "\n".join([PROSE_RU] * 6)  # a page long enough that its foot is no header


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{HEAD_RU}\nНОЯ\n7\n{PROSE_RU}", "--11-07"),
        (f"{HEAD_KY}\nНоябрь\n7\n2019\n{PROSE_KY}", "2019-11-07"),
        (f"NOV\n7\n{HEAD_RU}\n{PROSE_RU}", "--11-07"),
        # near-misses: a column of months and numbers at the page's foot; a month over
        # a count in words
        (f"{HEAD_RU}\n{_FOOT_RU}\nМесяц\nОбращений\nНоябрь\n7", None),
        (f"{HEAD_RU}\nНоябрь\n7 человек\n{PROSE_RU}", None),
    ],
)
def test_a_badge_with_the_month_over_the_day(text, expected):
    doc = parse_text(text)
    assert doc.issued == expected
    assert [d.start for d in doc.dates if d.role != "issued"] == []


# --- a date line with a small letter first under the headline, read as the page laid it out -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_page("г. Талас, 7 ноября 2019 г. - " + PROSE_RU), "2019-11-07"),
        (_page("ш. Талас, 7-ноябрь. " + PROSE_KY, ky=True), "--11-07"),
        (_page("ноября\n7\n2019"), "2019-11-07"),
        # near-misses: a sentence that goes on the headline's line; a headline wrapped
        # at a small letter, with its event's day
        (_page("в селе Кара-Ой 7 ноября 2019 г. открыли школу."), None),
        (f"В Таласе 7 ноября 2019 года\nоткроют новую школу на 300 мест\n{PROSE_RU}", None),
    ],
)
def test_a_small_letter_date_line_laid_out_under_the_headline(text, expected):
    assert issued_of(text) == expected


@pytest.mark.parametrize("brk", ["\r", "\r\n"])
@pytest.mark.parametrize(
    ("line", "ky", "expected"),
    [
        ("г. Талас, 7 ноября 2019 г. - " + PROSE_RU, False, "2019-11-07"),
        ("ш. Талас, 7-ноябрь. " + PROSE_KY, True, "--11-07"),
        # near-miss: the headline's sentence goes on past the break
        ("в селе Кара-Ой 7 ноября 2019 г. открыли школу.", False, None),
    ],
)
def test_the_layout_is_read_with_any_line_break(line, ky, expected, brk):
    # an old Mac's lone CR or Windows' CRLF breaks a line as "\n" does (found by Hypothesis:
    # a text and its cleaned form gave different issued dates)
    assert issued_of(_page(line, ky=ky).replace("\n", brk)) == expected


# --- an event's name before the date under the headline: its day, no section -----------------------


@pytest.mark.parametrize(
    ("text", "issued", "dates"),
    [
        (_page("Конференция 07.11.2019"), None, {"2019-11-07"}),
        (_page("Сынак 7-ноябрь 2019", ky=True), None, {"2019-11-07"}),
        # near-miss: a site's section before the date is the page's posting line
        (_page("Коом 07.11.2019", ky=True), "2019-11-07", set()),
        (_page("Общество 7 ноября 2019"), "2019-11-07", set()),
    ],
)
def test_an_events_name_before_the_date(text, issued, dates):
    doc = parse_text(text)
    assert doc.issued == issued
    assert {d.start for d in doc.dates if d.role != "issued"} == dates


# --- a category said in words after the posting date -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_page("07.11.2019 в рубрике Общество"), "2019-11-07"),
        (_page("7-ноябрь 2019, 14:35, Коом бөлүмүндө", ky=True), "2019-11-07"),
        (_page("07.11.2019 в разделе «Конкурсы»"), "2019-11-07"),
        # near-miss: a place in words after the date is an event's
        (_page("07.11.2019 в здании Акимиата"), None),
    ],
)
def test_a_category_in_words_after_the_date(text, expected):
    assert issued_of(text) == expected


# --- a section's chrome word on the posting line, the date with its month's name ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_page("Регионы 7 ноября 2019"), "2019-11-07"),
        (_page("Рубрика: Общество, 7 ноября 2019, 14:35"), "2019-11-07"),
        # near-miss: a menu's section with its counter is chrome, its number no day
        (f"Регионы 7\n{HEAD_RU}\n{PROSE_RU}", None),
    ],
)
def test_a_section_word_before_a_written_date(text, expected):
    assert issued_of(text) == expected
    assert chrome_line(text.split("\n")[1 if expected else 0]) is (expected is None)


# --- "Жайгаштырылды:" (placed, the Kyrgyz "Размещено:") labels the posting date ----------
# Over a resolution's own date line, the posting date is the page's and the resolution's
# goes to the dates (the conventions in docs/EVALUATION.md).


def _issued_and_dates(text: str) -> tuple[str | None, list[str]]:
    doc = parse_text(text)
    return doc.issued, sorted(str(d.start) for d in doc.dates if d.role != "issued")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ак-Суу айыл өкмөтү\nТоктомдор\n\nЖайгаштырылды: 14.02.2025\n\n"
            "АЙЫЛДЫК КЕҢЕШТИН ТОКТОМУ\n\n10 – февраль 2025 – жыл  № 3-1\n\n"
            "Сессия бюджетти бекитти.",
            ("2025-02-14", ["2025-02-10"]),
        ),
        (
            "Жаңылыктар\nЖайгаштырылган күнү: 3-март, 2023 | Автор: Айгүл Токтосунова\n\n"
            "Айыл өкмөтү 1-мартта жыйын өткөрдү, ага 40 тургун катышты.",
            ("2023-03-03", ["2023-03-01"]),
        ),
        # near miss: the verb in prose says where a thing was placed, not when the page was
        (
            "Мектепке жаңы жабдуулар келди\n\n"
            "Жабдуулар 12-мартта мектептин эки классына жайгаштырылды, деди директор.",
            (None, ["--03-12"]),
        ),
    ],
)
def test_the_placed_label_gives_the_posting_date(text: str, expected: tuple) -> None:
    assert _issued_and_dates(text) == expected


# --- a masthead's issue number on the line right above its date -------------------------------


@pytest.mark.parametrize(
    ("text", "masthead"),
    [
        (
            f"«Нарын» гезити № 40 (9812)\n11-октябрь, 2024-жыл\n\n{HEAD_KY}\n{PROSE_KY}",
            "2024-10-11",
        ),
        (f"Газета «Талас» № 45 (987)\n8 ноября 2019\n\n{HEAD_RU}\n{PROSE_RU}", "2019-11-08"),
    ],
)
def test_an_issue_number_over_the_date_line_makes_it_the_masthead(text, masthead):
    doc = parse_text(text)
    assert doc.issued is None
    assert masthead in {d.start for d in doc.dates if d.role == "other"}


@pytest.mark.parametrize(
    "text",
    [
        # near misses: an order's bare number, a phone's code, over the page's date line
        f"Приказ № 45\n14 марта 2024 года\n\n{HEAD_RU}\n{PROSE_RU}",
        f"Тел.: 0 (3222) 5-12-34\n14.03.2024\n\n{HEAD_RU}\n{PROSE_RU}",
    ],
)
def test_a_number_over_the_date_line_that_is_no_issues_leaves_it_issued(text):
    assert parse_text(text).issued == "2024-03-14"


# --- the issued date written again: the dateline under a posting line (walkthrough 22) ------


@pytest.mark.parametrize(
    ("text", "issued", "text_of_issued"),
    [
        (
            "Жаңылыктар\nЖарыяланды: 02.02.2026 09:15\nБаткен, 2026-жылдын 2-февралы. Бүгүн"
            " Баткен шаарында курс башталды. Курс 2026-жылдын 6-февралына чейин уланат.",
            "2026-02-02",
            "02.02.2026 09:15",
        ),
        (
            "Кабарлар\nОпубликовано: 25.05.2017\nНарын, 25 мая 2017 года. В Нарыне прошел"
            " тренинг для 30 муниципальных служащих.",
            "2017-05-25",
            "25.05.2017",
        ),
        # the labelled line under the dateline: the labelled one is issued, the dateline
        # its repeat
        (
            "Нарын, 2017-жылдын 25-майы. Нарын шаарында тренинг өттү.\nЖарыяланды: 25.05.2017",
            "2017-05-25",
            "25.05.2017",
        ),
    ],
)
def test_the_issued_date_written_again_is_listed_once(
    text: str, issued: str, text_of_issued: str
) -> None:
    doc = parse_text(text)
    assert doc.issued == issued
    assert [d.text for d in doc.dates if d.start == issued] == [text_of_issued]
    assert [d.role for d in doc.dates if d.start == issued] == ["issued"]
    assert not [p for p in doc.periods if p.start == int(issued[:4])]


def test_a_dateline_of_another_day_under_a_posting_line_is_an_event() -> None:
    # near miss: a dateline whose day is not the posting line's is a date of the text
    doc = parse_text(
        "Жаңылыктар\nЖарыяланды: 02.02.2026 09:15\nНарын, 2026-жылдын 30-январы. Нарын"
        " шаарында курс башталды."
    )
    assert doc.issued == "2026-02-02"
    assert [(d.start, d.role) for d in doc.dates] == [
        ("2026-02-02", "issued"),
        ("2026-01-30", "event"),
    ]


# --- a kenesh act's number with its convocation in Roman numerals ------------------------
# "№ VII-4-12" beside the resolution's date line is the act's number: its Roman letters are
# no words of the line, so the date is the act's own (round 38).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ТАЛАС РАЙОНДУК КЕҢЕШИНИН\nТОКТОМУ\n\nТалас шаары          2022-жылдын 3-марты"
            " № VII-2-7\n\nЖайыттар жөнүндө программа бекитилсин.",
            "2022-03-03",
        ),
        (
            "РЕШЕНИЕ\nсессии Ноокенского районного кенеша\n\n15 апреля 2020 года № XII-5"
            "          г. Кочкор-Ата\n\nУтвердить план работы на год.",
            "2020-04-15",
        ),
    ],
)
def test_a_date_line_with_a_roman_numbered_act_is_issued(text: str, expected: str) -> None:
    assert issued_of(text) == expected


def test_roman_letters_that_are_a_word_beside_the_date_are_words() -> None:
    # near miss: a word after the date is no act's number, the line is prose's
    text = (
        "Токтом\n\nТалас шаары          2022-жылдын 3-марты MIX фестивалы өттү\n\n"
        "Жайыттар жөнүндө программа бекитилсин."
    )
    assert issued_of(text) is None


# --- a letter's outgoing number line ---------------------------------------------------------
# "Исх. № 112 от 27 августа 2020 г." (the outgoing label, the letter's number, "от"):
# the letter's own date (lexicon dates.yaml outgoing_number_labels; round 38).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Токтогульская районная государственная администрация Жалал-Абадской области\n"
            "информирует глав айыл окмоту о сроках представления сведений о посевной\n\n"
            "Исх. № 318 от 4 марта 2021 г.\n\nПросим представить сведения о посевной.",
            "2021-03-04",
        ),
        (
            "Ат-Башы райондук мамлекеттик администрациясы Нарын облусу\n"
            "айыл өкмөтүнүн башчыларына жайыттардын абалы жөнүндө маалымат суроо боюнча\n\n"
            "Чыг. № 214, 2023-жылдын 16-майы\n\nМаалымат берүүңүздөрдү суранабыз.",
            "2023-05-16",
        ),
    ],
)
def test_an_outgoing_number_line_is_issued(text: str, expected: str) -> None:
    assert issued_of(text) == expected


def test_an_incoming_number_is_no_outgoing_label() -> None:
    # near miss: an incoming register's stamp is when the letter came, not its own date
    text = (
        "Токтогульская районная государственная администрация Жалал-Абадской области\n"
        "информирует глав айыл окмоту о сроках представления сведений о посевной\n\n"
        "Вх. № 318 от 4 марта 2021 г.\n\nПросим представить сведения о посевной."
    )
    assert issued_of(text) is None


# --- a saved post's own date line repeating the issued day ---------------------------------
# On a page of saved posts each post has its date line ("14.05.2024 16:20" over a channel's
# next post, a shared post's "3-май, 2024-ж." indented under the share line): a date line
# no other date line stands next to, on the issued day, is the issued line again
# (dates.issued_repeat; datelines.py `post_date_lines`; round 40), no event day. A column of
# date lines is a schedule's rows, and a date of the same day in prose an event.


def event_days(text: str) -> list[str]:
    return [d.start for d in parse_text(text).dates if d.role != "issued"]


@pytest.mark.parametrize(
    "text",
    [
        "Мэрия г. Каракол\n\n14.05.2024 09:10\nВ Караколе проходит месячник чистоты, к уборке"
        " привлекут 40 волонтеров.\n\n14.05.2024 16:20\nСегодня мэр встретился с жителями. На"
        " встрече присутствовали 80 человек.\n\nКомментарии (4)\nАйбек: Спасибо за встречу!\n"
        "Гульнара: Когда отремонтируют дорогу?\nМэрия г. Каракол: Гульнара, дорога в плане.\n"
        "Айбек: Ждем результатов.\n",
        "Ноокат району\n5-июнь, 2024-ж. саат 18:40\nНоокат районунун акимчилиги Барпы айыл"
        " окмотунун постун бөлүштү.\n\n    Барпы айыл окмоту\n    5-июнь, 2024-ж.\n    Бугун"
        " айылда ашар болду! Ашарга 70 тургун чыкты.\n\nЖактыруу   Комментарий   Бөлүшүү\n\n"
        "Асан Токтоматов Азаматтар!\n3 с. Жактыруу Жооп берүү\n\nСалима"
        " Бекова Рахмат!\nЖактыруу · Жооп берүү · 45 мүн.\n",
    ],
)
def test_a_post_s_date_line_on_the_issued_day_is_no_event(text: str) -> None:
    doc = parse_text(text)
    assert doc.issued is not None
    assert event_days(text) == []


def test_a_column_of_date_lines_stays_a_schedule() -> None:
    # near miss: date lines under one another are a schedule's rows, the issued day among them
    text = (
        "Жарыяланды: 14.05.2024\nКабыл алуу графиги:\n14.05.2024\n21.05.2024\n28.05.2024\n"
        "Аким тургундарды кабыл алат.\n"
    )
    assert "2024-05-14" in event_days(text)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Жарыяланды: 14.05.2024\nКабыл алуу күндөрү:\n07.05.2024\n14.05.2024\n"
            "Аким ушул күндөрү тургундарды айыл өкмөтүнүн имаратында кабыл алат.\n"
            "Кабыл алуу саат 9:00дө башталат.\nТургундар арыздарын алдын ала тапшырышат.\n"
            "Кошумча маалымат айыл өкмөтүнүн кеңсесинен алынат.\n",
            "2024-05-14",
        ),
        (
            "Опубликовано: 03.06.2024\nГрафик выездных приемов:\n27.05.2024\n03.06.2024\n"
            "Глава айыл окмоту проведет прием граждан в здании сельского клуба.\n"
            "Прием начнется в 10:00.\nЗаписаться можно у секретаря.\nПрием бесплатный.\n",
            "2024-06-03",
        ),
    ],
)
def test_the_second_of_two_date_lines_over_a_post_s_text_stays_an_event(
    text: str, day: str
) -> None:
    # near miss: a date line under another date line, over a long line, is a schedule's
    # last row, not a post's own date line
    assert day in event_days(text)


def test_a_schedule_s_date_cell_over_its_place_stays_an_event() -> None:
    # near miss: a schedule laid out a cell a line, each date over its village
    text = (
        "Жарыяланды: 14.05.2024\nСеминарлардын графиги:\n\n14.05.2024\nКочкор\n\n"
        "21.05.2024\nАт-Башы\n\nСеминарларга айыл өкмөттөрүнүн адистери чакырылат.\n"
    )
    assert "2024-05-14" in event_days(text)


# --- a saved post's yearless date alone on the page's last line ------------------------------
# An Instagram page shows a post's date under it and its comments, without the current year
# ("23 МАРТА", "5-ИЮНЬ"): the page's only date alone on a line, on its last line, is the
# issued date, --MM-DD (the real corpus's convention for a yearless publication line;
# datelines.py `last_line_date`; round 40). A column of dates is a schedule.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "talas_ao • Подписаться\nТалас айыл окмоту\n\ntalas_ao Айылда ашар өттү! Ашарга 60"
            " тургун чыкты.\nАрыктар тазаланды.\nКөчөттөр отургузулду.\n\n❤️ 210 отметок"
            " «Нравится»\naigul_t Азаматтар!\nbeka_07 Рахмат!\nnurai.k Супер!\n14 АПРЕЛЯ\n",
            "--04-14",
        ),
        (
            "naryn_jashtar\nНарын жаштары\n\nЖаштар борборунда семинар болду, 25 жаш"
            " катышты.\nСеминар эки күнгө созулду.\n\nБардык 9 комментарийди көрүү\nbektur.n"
            " Супер!\naida_n Кийинкиде биз да барабыз\nmeerim Рахмат!\n5-ИЮНЬ\n",
            "--06-05",
        ),
    ],
)
def test_a_post_s_yearless_date_on_the_last_line_is_issued(text: str, expected: str) -> None:
    assert issued_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "talas_ao • Подписаться\nТалас айыл окмоту\n\ntalas_ao Айылда жыйындар өтөт.\nАр бир"
        " жыйынга 30 тургун чакырылат.\nКүн тартиби: жайыттар жана суу.\nЖыйындар мектепте"
        " өтөт.\nЖыйындардын күндөрү:\n12 АПРЕЛЯ\n19 АПРЕЛЯ\n\n❤️ 48 отметок «Нравится»\n"
        "aigul_t Рахмат!\nbeka_07 Барабыз!\n26 АПРЕЛЯ\n",
        "naryn_jashtar\nНарын жаштары\n\nЖаштар борборунда англис тили сабактары башталат.\n20"
        " жаш катышат.\nСабактарды мугалим Айгүл өтөт.\nСабактар акысыз.\nСабактар:\n3-ИЮНЬ\n"
        "10-ИЮНЬ\n\nБардык 4 комментарийди көрүү\nbektur.n Супер!\naida_n Мен да барам\n17-ИЮНЬ\n",
    ],
)
def test_a_yearless_last_line_under_other_lone_dates_is_no_issued_date(text: str) -> None:
    # near miss: other dates alone on their lines above it: a schedule's last row
    assert issued_of(text) is None


def test_a_yearless_day_in_the_last_line_s_sentence_is_no_issued_date() -> None:
    # near miss: the last line's date stands in a sentence, not alone
    text = (
        "talas_ao\nАйылда ашар өттү! Ашарга 60 тургун чыкты.\n\n❤️ 210 отметок «Нравится»\n"
        "Кийинки ашар 14-апрелде болот.\n"
    )
    assert issued_of(text) is None


# --- a date line under a line naming the document's type, below a site's page of its own ---
# An ayil okmotu's page about itself, then an announcement: its type on a line ("ЖАРЫЯ",
# "ОБЪЯВЛЕНИЕ"; structure.yaml `document_types`), its date alone on the next line, then its
# headline, past the header's lines (dates.issued_type_line). Found by held-out round 45.

_ABOUT_KY = (
    "Ак-Суу айыл өкмөтү\nАЙЫЛ АЙМАГЫ ЖӨНҮНДӨ\n"
    "Айыл аймагы тоонун этегинде жайгашкан. Анда үч айыл бар.\n"
    "Тургундар дыйканчылык жана мал чарбачылыгы менен алектенишет.\n"
    "Аймакта эки мектеп жана бир бала бакча иштейт.\n"
    "Айыл өкмөтүнүн имараты 1985-жылы курулган.\n\n"
)
_ABOUT_RU = (
    "Айыл окмоту Ак-Суу\nОБ АЙЫЛНОМ АЙМАКЕ\n"
    "Аймак расположен у подножия гор. В него входят три села.\n"
    "Жители занимаются земледелием и животноводством.\n"
    "В аймаке работают две школы и детский сад.\n"
    "Здание айыл окмоту построено в 1985 году.\n\n"
)
# the announcement's closing lines: its date line is not among the page's last lines
_CLOSING_KY = (
    "Ар бир үйдөн бир киши чыгышы керек.\nКүрөк жана тырмоо ала келиңиздер.\n\nАйыл өкмөтү\n"
)
_CLOSING_RU = "От каждого двора нужен один человек.\nПросим взять лопаты и грабли.\n\nАйыл окмоту\n"


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        (
            _ABOUT_KY + "ЖАРЫЯ\n2019-04-02\n\nАйылда ашар өтөт\n\n"
            "Тургундар 6-апрелде көчөлөрдү тазалоого чакырылат.\n" + _CLOSING_KY,
            "2019-04-02",
        ),
        (
            _ABOUT_RU + "ОБЪЯВЛЕНИЕ\n02.04.2019\n\nВ селе пройдет субботник\n\n"
            "Жителей приглашают 6 апреля на уборку улиц.\n" + _CLOSING_RU,
            "2019-04-02",
        ),
        # near miss: the date alone under a line of prose is no announcement's date line
        (
            _ABOUT_KY + "Ашардын күнү:\n2019-04-06\n\nАйылда ашар өтөт\n\n"
            "Тургундар көчөлөрдү тазалоого чакырылат.\n" + _CLOSING_KY,
            None,
        ),
    ],
)
def test_a_date_line_under_the_document_type_line_is_issued(text: str, issued: str | None) -> None:
    assert issued_of(text) == issued


# --- a news item's rubric line under a page's about-block of prose ---------------------------
# A project's site: its name, a menu, a block about the project in prose, then one news
# item: its rubric, a bar and its date on a line ("ЖАҢЫЛЫК | 14.02.2023"), its headline
# right under it. The header scan has ended at the prose (a line over 200 characters);
# the page's only rubric line is the item's own date line (dates/rubric.py,
# dates.issued_rubric_line; lexicon issued_cell_separators, rubric_words_max). Left by
# acc52 (round 52), fixed by left52; revfixl52: the separators are a date line's cells'
# (a breadcrumb's "›" among them), no list of their own.

_PROJECT_KY = (
    "«Таза суу» долбоору\nБашкы бет | Долбоор жөнүндө | Жаңылыктар | Байланыш\n\n"
    "Долбоор Нарын облусунун 12 айылында ичүүчү суу тармактарын оңдоону көздөйт. "
    "Анын максаты – ар бир үйгө таза суу жеткирүү жана суу түйүндөрүн калыбына келтирүү. "
    "Иштерди айыл өкмөттөрү жана жергиликтүү суу пайдалануучулар бирикмелери аткарат.\n\n"
)
_PROJECT_RU = (
    "Проект «Чистая вода»\nГлавная | О проекте | Новости | Контакты\n\n"
    "Проект охватывает 12 сел Нарынской области и направлен на ремонт водопроводов. "
    "Его цель – обеспечить каждый дом чистой водой и восстановить водозаборы. "
    "Работы ведут айыл окмоту и местные ассоциации водопользователей.\n\n"
)


@pytest.mark.parametrize(
    ("text", "issued"),
    [
        (
            _PROJECT_KY + "ЖАҢЫЛЫКТАР | 21.09.2024\n\nКочкордо суу түйүнү ачылды\n\n"
            "18-сентябрда Кочкор айылында жаңы суу түйүнү ишке берилди.\n",
            "2024-09-21",
        ),
        (
            _PROJECT_RU + "Новости района / 03.10.2024\n\nВ Ат-Баши открыли водозабор\n\n"
            "1 октября в селе Ат-Баши ввели в строй новый водозабор.\n",
            "2024-10-03",
        ),
        (
            _PROJECT_RU + "Объявления › 17.06.2024\n\nВ Нарыне пройдет ярмарка саженцев\n\n"
            "В субботу на центральной площади Нарына откроется ярмарка.\n",
            "2024-06-17",
        ),
    ],
)
def test_a_rubric_line_over_an_items_headline_is_issued(text: str, issued: str) -> None:
    assert issued_of(text) == issued


@pytest.mark.parametrize(
    "text",
    [
        # near miss: two rubric lines are a feed of items, each date its own
        _PROJECT_KY + "ЖАҢЫЛЫК | 21.09.2024\n\nКочкордо суу түйүнү ачылды\n\n"
        "Жаңы суу түйүнү ишке берилди.\n\nЖАҢЫЛЫК | 02.09.2024\n\nАт-Башыда курулуш башталды\n\n"
        "Курулуш иштери башталды.\n",
        # near miss: a sentence under the rubric line is no headline
        _PROJECT_KY + "ЖАҢЫЛЫК | 21.09.2024\n\nКочкордо суу түйүнү ачылды.\n\n"
        "18-сентябрда Кочкор айылында жаңы суу түйүнү ишке берилди.\n",
    ],
)
def test_a_feed_or_a_sentence_under_the_rubric_line_gives_no_issued_date(text: str) -> None:
    assert issued_of(text) is None


# --- the posting's clock between the section and the date ----------------------------------
# "Section  HH:MM, date" under the headline is the posting line, as "Section  date" is
# (dates/patterns.py SECTION_BEFORE, the clock maybe after its hour word). Found by
# held-out round 55 (acc55).


@pytest.mark.parametrize(
    ("text", "issued", "dates"),
    [
        (_page("Коом  09:15, 3-март 2024", ky=True), "2024-03-03", set()),
        (_page("Регионы  17:40, 12 апреля 2023"), "2023-04-12", set()),
        # near-miss: an event's name with its hour before the date is that event's day
        (_page("Конференция 10:00, 12 апреля 2023"), None, {"2023-04-12"}),
    ],
)
def test_a_clock_between_the_section_and_the_date(
    text: str, issued: str | None, dates: set[str]
) -> None:
    doc = parse_text(text)
    assert doc.issued == issued
    assert {d.start for d in doc.dates if d.role != "issued"} == dates


# --- a saved post's stamp alone under its counters --------------------------------------
# extractors/dates/posted.post_stamp (rule dates.issued_post_stamp).

# a channel's post longer than the header the issued date's other rules read
_CHANNEL_POST = (
    "Айыл өкмөтү | Расмий канал\n\n"
    + "Айылда ардагерлер менен жолугушуу болду, ага 30 ардагер катышты.\n" * 7
    + "\n"
)


@pytest.mark.parametrize(
    ("counters", "stamp", "issued"),
    [
        ("👁 1,4K   ✏️ edited 09:12", "3 мар 2024, 08:55", "2024-03-03"),
        ("❤️ 25  👁 880", "17.10.2023 19:40", "2023-10-17"),
    ],
)
def test_a_date_alone_under_a_posts_counters_is_issued(
    counters: str, stamp: str, issued: str
) -> None:
    text = (
        _CHANNEL_POST + f"#айыл #жолугушуу\n{counters}\n{stamp}\n\n"
        "Комментарии (2)\nАсан Асанов: Рахмат!\nАйгүл: Качан кайра болот?\n"
    )
    assert issued_and_content_days(text) == (issued, [])


def test_a_date_under_a_line_of_prose_is_no_stamp() -> None:
    # near miss: the date stands under a sentence, no counters over it
    text = (
        _CHANNEL_POST + "Кийинки жолугушуу болот:\n3 мар 2024, 08:55\n\n"
        "Комментарии (2)\nАсан Асанов: Рахмат!\nАйгүл: Качан кайра болот?\n"
    )
    assert parse_text(text).issued != "2024-03-03"


@pytest.mark.parametrize(
    "last_row",
    ["Кабинет | 12 | 14 | 16", "2 | 40 | 15 000"],
)
def test_a_date_under_a_tables_row_of_numbers_is_no_stamp(last_row: str) -> None:
    # near miss (revfix63d): a line of bare numbers (a table's or a schedule's last row)
    # is no counters' line (no counter's noun, no reaction's sign): the date under it is
    # no post's stamp
    text = (
        _CHANNEL_POST + f"#айыл #жолугушуу\n{last_row}\n3 мар 2024, 08:55\n\n"
        "Комментарии (2)\nАсан Асанов: Рахмат!\nАйгүл: Качан кайра болот?\n"
    )
    assert parse_text(text).issued != "2024-03-03"
