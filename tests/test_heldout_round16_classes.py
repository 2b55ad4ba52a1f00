"""Failure classes of held-out round 16 (issue 14: villages and ayil aimaks), each as a
rule about the language or the page's layout: two team-written inputs and a near miss
that must not match. The sentences are the team's own, not the round's documents."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def _places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


def _counts(text: str) -> list[tuple[int, str]]:
    return [(p.count, p.qualifier) for p in parse_text(text).participants]


# --- the site's name over the page names no unit ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the copyright line repeats the first line: the site's name
        (
            "Ысык-Көл облусунун жаңылыктары\n\nТоң районунда көпүрө курулду.\n\n© 2022 Ысык-Көл "
            "облусунун жаңылыктары. Бардык укуктар корголгон.",
            {"district:Тоң"},
        ),
        (
            "Вести Баткенской области\n\nВ Лейлекском районе открыли школу.\n\n© 2021 Вести "
            "Баткенской области",
            {"district:Лейлек"},
        ),
        # a dash after the name says what publication it is; a byline repeats it
        (
            "НАРЫН ЖАҢЫЛЫКТАРЫ — облустук коомдук-саясий гезит\n\nКочкор районунда жыйын "
            "өттү.\n\nАсан Асанов, «Нарын жаңылыктары»",
            {"district:Кочкор"},
        ),
        (
            "ОШ ШАМЫ — шаардык коомдук-саясий гезит\n\nКара-Суу районунда ашар өттү.",
            {"district:Кара-Суу"},
        ),
        # near misses: the site of a unit's own office names its unit; a first line that
        # no copyright line repeats, and whose dash says no publication, is content
        (
            "НАРЫН ОБЛУСТУК МАМЛЕКЕТТИК АДМИНИСТРАЦИЯСЫ\n\nКочкор районунда жыйын өттү.\n\n© "
            "Нарын облустук мамлекеттик администрациясы, 2024",
            {"oblast:Нарын", "district:Кочкор"},
        ),
        (
            "Вести Баткенской области\n\nВ Лейлекском районе открыли школу.",
            {"oblast:Баткен", "district:Лейлек"},
        ),
        (
            "Нарын облусу — Кыргызстандын эң бийик аймагы\n\nКочкор районунда жыйын өттү.",
            {"oblast:Нарын", "district:Кочкор", "country:Кыргызстан"},
        ),
        # a site's name of one word, a unit's: over the page only, not the unit's name
        # wherever the text names the unit
        (
            "ТАЛАС — облустук коомдук-саясий гезит\n\nТалас облусунда жыйын өттү. Талас "
            "шаарынан 40 киши катышты.",
            {"oblast:Талас", "city:Талас"},
        ),
        (
            "БАТКЕН — облустук гезит\n\nБаткен облусунун Лейлек районунда мектеп ачылды.",
            {"oblast:Баткен", "district:Лейлек"},
        ),
    ],
)
def test_the_sites_name_names_no_unit(text: str, expected: set[str]):
    assert _places(text) == expected
