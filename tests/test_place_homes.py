"""A small unit of the document's district where a person lives, was born or comes from,
read even where its name opens the sentence (places.home_opening; homes.py): the
participle after the name says it is a place, where the capital of a sentence's first
word says nothing. Without such a participle an inflected opener stays unread: many small
units are named by common words ("Майданда" is also "on the square")."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def _places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # locative before a participle of living: Кабак, an ayil aimak of Жумгал
        (
            "Жумгал районунда жыйын болду. Кабакта жашаган мугалим сөз сүйлөдү.",
            "ayil_aimak:Кабак",
        ),
        # locative before one of being born: the village, where both levels exist
        ("Аламүдүн районунда айтыш болду. Арашанда туулган акын ырдады.", "village:Арашан"),
        # ablative before a participle of coming
        (
            "Ат-Башы районунда мелдеш өттү. Ак-Муздан келген балбан биринчи орунду алды.",
            "village:Ак-Муз",
        ),
    ],
)
def test_a_home_opening_its_sentence_is_the_unit(text: str, place: str) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no participle: "on the square", though Майдан is a unit of Кадамжай
        ("Кадамжай районунда майрам болду. Майданда 200 жаш катышты.", "Майдан"),
        # a participle, but Арашан is no unit of the district the text names
        ("Жумгал районунда жыйын болду. Арашанда туулган акын ырдады.", "Арашан"),
        # a participle of coming after the locative is no home
        ("Кадамжай районунда майрам болду. Майданда келген коноктор отурду.", "Майдан"),
    ],
)
def test_an_opener_without_a_home_participle_of_its_case_is_not_read(text: str, name: str) -> None:
    assert not any(p.endswith(f":{name}") for p in _places(text))


# places.attributive_opening: a compound name (capitalised parts joined by a hyphen) in the
# attributive right before a lower-case noun opens its sentence: the noun's thing is at
# that place, and no common word is written as such a compound.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Ак-Муз, a village of Ат-Башы: the school there
        (
            "Ат-Башы районунда жыйын болду. Ак-Муздагы мектептин чатыры оңдолду.",
            "village:Ак-Муз",
        ),
        # Кара-Күнгей, a village of Кочкор: its residents
        (
            "Кочкор районунда суу түтүгү курулду. Кара-Күнгейдеги тургундар ыраазы болушту.",
            "village:Кара-Күнгей",
        ),
    ],
)
def test_a_compound_name_in_the_attributive_opening_its_sentence_is_the_unit(
    text: str, place: str
) -> None:
    assert place in _places(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # one word in the attributive: "on the square", though Майдан is a unit of Кадамжай
        ("Кадамжай районунда майрам болду. Майдандагы аянтта 200 жаш катышты.", "Майдан"),
        # a capitalised word after it: no noun the name qualifies (a person's name follows)
        ("Ат-Башы районунда жыйын болду. Ак-Муздагы Асан Осмонов сүйлөдү.", "Ак-Муз"),
        # a compound, but no unit of the district the text names
        ("Жумгал районунда жыйын болду. Ак-Муздагы мектептин чатыры оңдолду.", "Ак-Муз"),
    ],
)
def test_an_attributive_opener_not_a_compound_before_a_noun_is_not_read(
    text: str, name: str
) -> None:
    assert not any(p.endswith(f":{name}") for p in _places(text))
