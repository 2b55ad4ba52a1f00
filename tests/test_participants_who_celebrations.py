"""Participant counts by the noun of who comes to a celebration or performs at it: guests
(мейман) and a culture house's amateur performers (көркөм өнөрпоз).

Team-written inputs that must give the count and a near miss that must not (none of the
sentences is a held-out round's own). Found by held-out round 54 (acc54)."""

from __future__ import annotations

import pytest

from record_fields import counts, counts_with_who, qualified_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Айылдын тоюна 400дөн ашуун мейман келди.", [(400, "мейман")]),
        ("Маарекеге коңшу райондордон 250 мейман чакырылды.", [(250, "мейман")]),
        ("Концертке райондон 45 көркөм өнөрпоз чыкты.", [(45, "көркөм өнөрпоз")]),
        ("Облустук фестивалга 70 көркөм өнөрпоз катышты.", [(70, "көркөм өнөрпоз")]),
    ],
)
def test_guests_and_amateur_performers_count(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts_with_who(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a guest house's rooms and a hotel's places are no people
        "Айылда 12 мейманкана иштейт.",
        # an art form named by the adjective alone is no performer
        "Мектепте 3 көркөм ийрим иштейт.",
    ],
)
def test_guest_houses_and_art_circles_are_no_count(text: str) -> None:
    assert counts(text) == []


# The number of spectators ("<spectators> саны") counts with no verb of taking part: who
# watched attended (participants.spectators_number; lexicon who: көрүүчү, spectators).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Оюнду көрүүчүлөрдүн саны 2 миңден ашты.", [(2000, "more_than")]),
        ("Финалда күйөрмандардын жалпы саны 1 200гө жетти.", [(1200, "exact")]),
    ],
)
def test_number_of_spectators_counts(text: str, expected: list[tuple[int, str]]) -> None:
    assert qualified_counts(text) == expected


def test_number_of_residents_stays_a_population() -> None:
    assert counts("Айылдагы тургундардын саны 2 миңден ашты.") == []
