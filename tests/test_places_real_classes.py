"""Places: failure classes that real pages showed (issue 14), each with team-written
sentences: two that must give the places and a near miss that must not. The sentences
and their places are in tests/fixtures/places_real_classes.yaml, each row named by
its class."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from vap_cli.pipeline import explain_text, parse_text

# read as every xdist worker collects this module: libyaml's loader (yaml.safe_load's safe
# constructor, the same data, its scanner in C)
CASES = yaml.load(
    (Path(__file__).parent / "fixtures" / "places_real_classes.yaml").read_text(encoding="utf-8"),
    getattr(yaml, "CSafeLoader", yaml.SafeLoader),
)


def places_of(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places if p.level != "country"}


@pytest.mark.parametrize("case", CASES["gives"], ids=lambda c: c["class"])
def test_the_sentence_gives_its_places(case: dict):
    found = places_of(case["text"])
    if "exactly" in case:
        assert found == set(case["exactly"])
    else:
        assert set(case["has"]) <= found


@pytest.mark.parametrize("case", CASES["not_given"], ids=lambda c: c["class"])
def test_the_sentence_gives_no_such_place(case: dict):
    assert not any(case["part"] in p for p in places_of(case["text"]))


def test_a_name_in_capitals_inside_a_line_is_no_dateline():
    decisions = explain_text("Жаңылык\n\nБүгүн НАРЫН. Кочкор районунда жыйын өттү.")[1]
    assert not any(d.rule.code == "places.dateline" for d in decisions)


# A common word opening a sentence is the unit when the text names it with its type word.
@pytest.mark.parametrize(
    "text",
    [
        "Талас облусунда жыйын болду. Талас жаштары жыйынга катышты.",
        "Чүй облусунун акими келди. Чүй боюнча 30 киши катышты.",
    ],
)
def test_a_common_word_opening_a_sentence_with_its_unit_named(text: str):
    assert [len(p.mentions) for p in parse_text(text).places] == [2]


# A name several units share is the one under the nearest ancestor the text names: its
# ayil aimak before its district, its district before its oblast.
@pytest.mark.parametrize(
    ("text", "district", "ayil_aimak"),
    [
        (
            "Сузак районунун Кызыл-Туу айыл аймагына караштуу Ак-Булак айылында жыйын өттү.",
            "Сузак",
            "Кызыл-Туу",
        ),
        (
            "Сузак районундагы Кыз-Көл айыл аймагынын Ак-Булак айылында жыйын өттү.",
            "Сузак",
            "Кыз-Көл",
        ),
        (
            "Жалал-Абад облусунун Сузак районундагы Таш-Булак айыл аймагынын Таш-Булак "
            "айылында жаңы мектеп ачылды.",
            "Сузак",
            "Таш-Булак",
        ),
    ],
)
def test_the_nearest_named_ancestor_places_a_shared_name(text, district, ayil_aimak):
    village = next(p for p in parse_text(text).places if p.level == "village")
    assert (village.district, village.ayil_aimak) == (district, ayil_aimak)
