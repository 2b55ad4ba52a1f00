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
