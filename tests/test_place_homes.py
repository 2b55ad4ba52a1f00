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
