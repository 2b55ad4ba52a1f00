"""A document's date line that the width of a copied page broke inside the date.

A minutes' or a resolution's date line stands at the right of a long line ("с. X, зал
школы            14 марта 2018 года"); wrapped at a fixed width (a PDF, an old site) the
day stays on that line and the month goes to the next. Normalising joins the two (the
next line opens with a small letter), and the issued date reads the header's lines as
the page laid them out: a break inside a date is no line of its own there, or the date
line would lose its day (found by the surface sweep's hard wrap of held-out round 38).
"""

from __future__ import annotations

import pytest

from vap_cli import parse_text

_WIDE = " " * 22


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ПРОТОКОЛ № 7\nсобрания жителей села Ананьево\n\n"
            f"с. Ананьево, актовый зал средней школы{_WIDE}14\nмарта 2018 года\n"
            "Начало: 10:00\n\nПрисутствовали: 80 человек.\n",
            "2018-03-14",
        ),
        (
            "ТОКТОМ № 12\nТүп айылдык кеңешинин кезектеги сессиясы\n\n"
            f"Түп айылы, айыл өкмөтүнүн жыйындар залы{_WIDE}5\nапрель 2021-жыл\n\n"
            "Сессияга 15 депутат катышты.\n",
            "2021-04-05",
        ),
    ],
)
def test_a_date_line_broken_inside_its_date_is_the_documents_date(text, expected):
    document = parse_text(text)
    assert str(document.issued) == expected
    # the same line unbroken gives the same date
    assert (
        str(
            parse_text(
                text.replace(f"{_WIDE}14\n", f"{_WIDE}14 ").replace(f"{_WIDE}5\n", f"{_WIDE}5 ")
            ).issued
        )
        == expected
    )


def test_a_date_broken_inside_a_sentence_is_no_date_line():
    text = (
        "Айылда жашоочулардын жалпы жыйыны өттү, ал эми кийинки жыйын 14\n"
        "марта 2018-жылы айыл өкмөтүнүн имаратында болот.\nЖыйынга 40 киши катышты.\n"
    )
    document = parse_text(text)
    assert document.issued is None
    assert [str(d.start) for d in document.dates] == ["2018-03-14"]
