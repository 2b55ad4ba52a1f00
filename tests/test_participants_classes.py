"""Participant counts by failure class of real pages (docs/EVALUATION.md): for each
class, sentences written by the team with the counts they must give, two positives
and a near miss that must give nothing (or less)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def counts(text: str) -> list[tuple[int, str]]:
    return [(p.count, p.qualifier) for p in parse_text(text).participants]


def whos(text: str) -> list[tuple[int, str | None]]:
    return [(p.count, p.who) for p in parse_text(text).participants]


# --- units whose members take part ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # territories and bodies: a country, an oblast, a town, an institution, a community
        (
            "Жыйынга үч өлкөнүн парламент мүчөлөрү жана эксперттери катышат.",
            [(3, "өлкө")],
        ),
        (
            "Угуулар эки облустун жаштарынын катышуусу менен өттү.",
            [(2, "облус")],
        ),
        (
            "Форумга 12 шаардан жана 40 айыл аймагынан келген жаштар катышты.",
            [(12, "шаар"), (40, "айыл аймагы")],
        ),
        (
            "Ишембиликке 120 мекеменин кызматкерлери катышты.",
            [(120, "мекеменин кызматкери")],
        ),
        (
            "На встрече с руководителями 9 молодежных центров обсудили планы.",
            [(9, "центр")],
        ),
        (
            "Отчитались мэры 5 городов республиканского значения.",
            [(5, "город")],
        ),
        # near misses: units in the genitive owning a thing, not people
        ("Быйыл дагы 3 мектептин ачылышы күтүлүүдө.", []),
        ("Төрт облустун борборунда өтө турган жыйындар талкууланды.", []),
        # units in the attributive case are where, not who
        ("Адистер 25 айыл өкмөтүндөгү жамааттардын абалын изилдешти.", []),
        ("Семинар 4 шаардагы мектептерде өттү.", []),
        # units receiving money
        ("Фонд беш айылдык аймакка 2 миллион сом бөлдү.", []),
    ],
)
def test_units_whose_members_take_part(sentence: str, expected: list) -> None:
    assert whos(sentence) == expected
