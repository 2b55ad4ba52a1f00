"""A sender's line over a release's date or type is no headline (found by a Russian-speaking
analyst: 12 of 17 titles were "Министерство финансов ...", "Мэрия города Ош" and the like):
the body's name, its head first in Russian or last in Kyrgyz with a possessive ending, over
a date line or a document type; or an agency's name with the date on one line."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Министерство финансов Кыргызской Республики\nПресс-релиз\n12 марта 2019 г.\n"
            "Семинар по бюджету прошел в Бишкеке\nВ Бишкеке прошел семинар для 40 глав.\n",
            "Семинар по бюджету прошел в Бишкеке",
        ),
        (
            "Мэрия города Ош\n15.04.2021\nВ Оше обсудили благоустройство парков\n"
            "В мэрии прошло совещание, в котором приняли участие 30 человек.\n",
            "В Оше обсудили благоустройство парков",
        ),
        (
            "ИА «Ала-Тоо Пресс», 18 сентября 2024 года, 14:35\nВ Таласе прошел форум молодежи\n"
            "В форуме приняли участие 200 человек.\n",
            "В Таласе прошел форум молодежи",
        ),
        (
            "Нарын облустук мамлекеттик администрациясы\n2023-жылдын 5-майы\n"
            "Кочкордо жаштар форуму өттү\nФорумга 150 жаш катышты.\n",
            "Кочкордо жаштар форуму өттү",
        ),
    ],
)
def test_the_headline_under_a_senders_line_is_the_title(text: str, title: str) -> None:
    assert parse_text(text).title == title


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a headline over its date, one ending in a body's genitive
        "Семинар по бюджету прошел в Бишкеке\n12 марта 2019 г.\nВ Бишкеке прошел семинар.\n",
        "Семинар для членов общественных советов\n20.11.2017\nВ Оше пройдет семинар.\n",
    ],
)
def test_a_headline_over_its_date_stays_the_title(text: str) -> None:
    assert parse_text(text).title == text.split("\n")[0]


def test_the_document_type_under_a_senders_line_is_read() -> None:
    text = "Министерство финансов\nПресс-релиз\n12 марта 2019 г.\nСеминар прошел в Бишкеке\n"
    assert parse_text(text).doc_type == "пресс-релиз"


# A masthead's name and a letterhead are no headline either (found by an analyst's
# walkthrough: "ВЕЧЕРНИЙ БИШКЕК", a PDF's letterhead, a .docx header's agency).


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a newspaper's name over its issue's line
        (
            "ВЕЧЕРНИЙ БИШКЕК\n№ 12 (13245) 24 января 2026 года\n\n"
            "Жители Свердловского района обсудили благоустройство\n\n"
            "22 января в Свердловском районе прошла встреча жителей с депутатами.\n",
            "Жители Свердловского района обсудили благоустройство",
        ),
        # ... and a rubric or the journal's registration between it and the headline: the
        # line over the first paragraph of prose
        (
            "«НАРЫН ТАҢЫ» гезити\n№ 36 (10214) 14-сентябрь, 2017-жыл\n\nАЙЫЛ ТУРМУШУ\n\n"
            "КОЧКОРДО ЖАҢЫ СУУ ТҮТҮГҮ\n\nКочкор районундагы Кара-Суу айыл аймагынын "
            "тургундары көптөн күткөн ичүүчү суу түтүгү ишке кирди, ага 300 тургун катышты.\n",
            "КОЧКОРДО ЖАҢЫ СУУ ТҮТҮГҮ",
        ),
        (
            "Муниципалитет Илимий-популярдуу журнал\n\n9 (107) 5 Октябрь 2020\n\nISBN 1694-7053\n"
            "Массалык маалымат каражаттарын\nкаттоо жөнүндө күбөлүктүн каттоо номери 1785.\n\n"
            "Жаштар кеңеши түзүлдү\n\n2020-09-11 / Жаңылыктар\nЖаштар кеңеши түзүлдү\n\n"
            "Авторы: Айгүл Асанова.\n\nАт-Башы районундагы Ача-Кайыңды айыл аймагында жаштар "
            "кеңеши түзүлүп, анын курамына 11 жигит-кыз шайланды.\n",
            "Жаштар кеңеши түзүлдү",
        ),
        # a letterhead: the organisation's name and its address over the date
        (
            "КЫРГЫЗ РЕСПУБЛИКАСЫ\tКЫРГЫЗСКАЯ РЕСПУБЛИКА\nТАЛАС ОБЛУСУ\tТАЛАССКАЯ ОБЛАСТЬ\n"
            "БООТЕРЕК АЙЫЛ ӨКМӨТҮ\tАЙЫЛ ОКМОТУ БОО-ТЕРЕК\n\n724200, Бакай-Ата району, Боо-Терек "
            "айылы, тел.: (03457) 6-12-30\n\n2020-жылдын 20-февралы № 45\n\n"
            "Боо-Терек айылында жаштар менен жолугушуу өттү\n\nЖолугушууга 35 жаш катышты.\n",
            "Боо-Терек айылында жаштар менен жолугушуу өттү",
        ),
        # ... or an agency's name in capitals over the document's type
        (
            "ГОСУДАРСТВЕННОЕ АГЕНТСТВО ПО ДЕЛАМ МЕСТНОГО САМОУПРАВЛЕНИЯ И МЕЖЭТНИЧЕСКИХ "
            "ОТНОШЕНИЙ ПРИ ПРАВИТЕЛЬСТВЕ КЫРГЫЗСКОЙ РЕСПУБЛИКИ\n\nПРЕСС-РЕЛИЗ\n"
            "Бишкек, 12 октября 2018 года\nГлавы айыл окмоту обсудили сбор местных налогов\n"
            "В семинаре участвовали 96 глав айыл окмоту.\n",
            "Главы айыл окмоту обсудили сбор местных налогов",
        ),
    ],
)
def test_a_mastheads_name_or_a_letterhead_is_no_headline(text: str, title: str) -> None:
    assert parse_text(text).title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # near misses: an upper-case headline over its date; a headline over a line
        # numbered as no issue is; a headline over a contact line and no date
        ("ЖАШТАР ФОРУМУ ӨТТҮ\n12.03.2019\nТаласта жаштар форуму өттү.\n", "ЖАШТАР ФОРУМУ ӨТТҮ"),
        (
            "Семинар по бюджету прошел в Бишкеке\n№ 45 14 марта 2024 года\nВ Бишкеке прошел семинар.\n",
            "Семинар по бюджету прошел в Бишкеке",
        ),
        (
            "Жаштар форуму өттү\nтел.: 0555 123456\nТаласта 2019-жылы жаштар форуму өттү.\n",
            "Жаштар форуму өттү",
        ),
    ],
)
def test_a_headline_over_its_date_or_contacts_stays_the_title(text: str, title: str) -> None:
    assert parse_text(text).title == title
