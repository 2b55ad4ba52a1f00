"""Villages the gazetteer names after a man in the Russian genitive ("Им. Суйменкула
Чокморова", "Атая Огонбаева"), found by the man's name in the nominative (Kyrgyz) or after
"имени" (Russian): the gazetteer's nominative aliases (scripts/gazetteer_names.py
`named_after_alias`) and the extractor's "имени" reading (morph_names.man_nominative).
Moved out of tests/test_places_named_after_people.py (over 600 lines) by revfixp54.

Each class is a rule about the language or the layout: team-written inputs that must give
the record's field, and a near miss that must not (none of the sentences is a held-out
round's own)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text

# --- a village the gazetteer names in a man's genitive, named in the nominative (places54) -----
# The SOATE list writes "Им. Суйменкула Чокморова", "Им. Алиаскара Токтоналиева", "Атая
# Огонбаева"; Kyrgyz text writes the man's name in the nominative, Russian keeps the genitive
# after "имени": the gazetteer's nominative alias (scripts/build_gazetteer.py
# named_after_alias) finds the unit, in its ayil aimak.


def village_codes(text: str) -> set[tuple[str, str | None]]:
    return {(p.name, p.soate) for p in parse_text(text).places if p.level == "village"}


@pytest.mark.parametrize(
    ("text", "village", "code"),
    [
        (
            "Таш-Дөбө айыл аймагынын Суйменкул Чокморов айылында жолугушуу болду.",
            "Суйменкул Чокморов",
            "41708203864040",
        ),
        (
            "Нурманбет айыл аймагына караштуу Алиаскар Токтоналиев айылынын тургундары чогулду.",
            "Алиаскар Токтоналиев",
            "41708206816030",
        ),
        # Russian: "имени" and the man's genitive after the village's type word
        (
            "В селе имени Суйменкула Чокморова Таш-Дебинского айыл окмоту прошел сход.",
            "Суйменкул Чокморов",
            "41708203864040",
        ),
        (
            "Встреча прошла в с. имени Кирова Ноокенского айылного аймака.",
            "Киров",
            "41703215846030",
        ),
    ],
)
def test_a_village_named_after_a_man_in_the_nominative_is_the_gazetteers(
    text: str, village: str, code: str
) -> None:
    assert (village, code) in village_codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the man himself, and a school named after him: no village
        "Суйменкул Чокморов атындагы мектепте 30 окуучу сынак тапшырды.",
        "Встреча прошла в школе имени Кирова Ноокенского айылного аймака.",
    ],
)
def test_near_miss_a_name_after_a_man_with_no_village_word_is_no_village(text: str) -> None:
    assert village_codes(text) == set()


# --- "имени" and a given name in the genitive in -я, read as the gazetteer's alias (revfixp54) -
# A Russian "с. имени X" read only names whose every word ended in "-а" after a consonant
# (candidates.py's own stem rule) while the gazetteer's aliases came from
# morph_names.man_nominative ("Атая" -> "Атай"): one morphology now reads both.


@pytest.mark.parametrize(
    "text",
    [
        "Вчера в селе имени Атая Огонбаева Таласского района прошел сход жителей.",
        "Новая школа открылась в с. имени Атая Огонбаева Калбинского айыл окмоту.",
    ],
)
def test_a_given_name_in_ya_after_imeni_names_the_village(text: str) -> None:
    assert ("Атай Огонбаев", "41707232862020") in village_codes(text)


def test_near_miss_a_hall_named_after_the_man_is_no_village() -> None:
    text = "Концерт прошел в филармонии имени Атая Огонбаева в Таласском районе."
    assert village_codes(text) == set()
