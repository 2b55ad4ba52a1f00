"""Places in two layouts of lists and parents: names joined by a slash in one word
("Ат-Башы/Кочкор райондорунда", places.slash_list), and a bracketed parent between a
name and its Kyrgyz type word ("Казыбек (Ат-Башы району) айылында",
places.bracketed_parent), and a bracket holding a name's own ayil aimak after it ("Тамчы
(Тамчы айыл аймагы)", places.village_before_bracketed_aimak)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def places_of(text: str) -> list[tuple[str, str, bool]]:
    return [(p.level, p.name, p.soate is not None) for p in parse_text(text).places]


SLASHED = [
    (
        "Семинар Кочкор/Жумгал райондорунда өттү.",
        [("district", "Кочкор", True), ("district", "Жумгал", True)],
    ),
    (
        "Нарын/Ысык-Көл облустарынан келген адистер сүйлөштү.",
        [("oblast", "Нарын", True), ("oblast", "Ысык-Көл", True)],
    ),
]


@pytest.mark.parametrize(("text", "places"), SLASHED)
def test_gazetteer_names_joined_by_a_slash_are_a_list(text, places):
    assert places_of(text) == places


def test_near_miss_a_slashed_abbreviation_or_unknown_part_keeps_the_word_whole():
    # а/а is the ayil aimak's abbreviation; "Кочкор/Жолу" has a part no gazetteer name
    assert places_of("Кызыл-Суу а/а башчысы келди.") == [("ayil_aimak", "Кызыл-Суу", True)]
    assert places_of("Кочкор/Жолу райондорунда жыйын өттү.") == []


BRACKETED = [
    # a name the gazetteer has (also an ayil aimak: the type word after the bracket decides)
    (
        "Ак-Муз (Ат-Башы району) айылында жыйын өттү.",
        [("village", "Ак-Муз", True), ("district", "Ат-Башы", True)],
    ),
    # one it lacks, with a parent of two words
    (
        "Кечээ Бозбармак (Ала-Бука району) айылынын тургундары чогулушту.",
        [("village", "Бозбармак", False), ("district", "Ала-Бука", True)],
    ),
]


@pytest.mark.parametrize(("text", "places"), BRACKETED)
def test_a_bracketed_parent_leaves_the_type_word_to_the_name_before_it(text, places):
    assert places_of(text) == places


@pytest.mark.parametrize(
    "text",
    [
        # a person before a bracketed district, no type word after the bracket
        "Жыйынга Асанов (Ат-Башы району) келди.",
        # a sentence opener is no name even before a bracket and a type word
        "Семинар (Ат-Башы району) айылында өттү.",
    ],
)
def test_near_miss_no_name_or_no_type_word_around_the_bracket(text):
    assert places_of(text) == [("district", "Ат-Башы", True)]


VILLAGE_BEFORE_ITS_AIMAK = [
    # a list of villages, the aimak of the same name in the bracket
    (
        "Көмүр алган айылдар:\n- Тамчы (Тамчы айыл аймагы) — 40 үй-бүлө;\n- Чырпыкты — 12 үй-бүлө.",
        [
            ("village", "Тамчы", True),
            ("ayil_aimak", "Тамчы", True),
            ("village", "Чырпыкты", True),
        ],
    ),
    # Russian, the aimak by its adjective and the abbreviation
    (
        "Список сёл:\n- Челпек (Челпекский АА) — 30 семей;\n- Бурма-Суу — 12 семей.",
        [
            ("village", "Челпек", True),
            ("ayil_aimak", "Челпек", True),
            ("village", "Бурма-Суу", True),
        ],
    ),
    # in prose, in the locative
    (
        "Жыйын Тамчыда (Тамчы айыл аймагы) өттү.",
        [("village", "Тамчы", True), ("ayil_aimak", "Тамчы", True)],
    ),
]


@pytest.mark.parametrize(("text", "places"), VILLAGE_BEFORE_ITS_AIMAK)
def test_a_name_before_its_bracketed_ayil_aimak_is_its_village(
    text: str, places: list[tuple[str, str, bool]]
) -> None:
    assert places_of(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the name before the bracket has no village in that aimak: an oblast stays one
        (
            "Жыйынга Ысык-Көл (Тамчы айыл аймагы) өкүлдөрү катышты.",
            [("oblast", "Ысык-Көл", True), ("ayil_aimak", "Тамчы", True)],
        ),
        # the bracket holds more than the aimak: no bracket of the name's parent
        (
            "Тамчы (Тамчы айыл аймагы, 40 үй-бүлө) катышты.",
            [("ayil_aimak", "Тамчы", True)],
        ),
    ],
)
def test_near_miss_no_village_of_the_bracketed_aimak_or_more_in_the_bracket(
    text: str, places: list[tuple[str, str, bool]]
) -> None:
    assert places_of(text) == places
