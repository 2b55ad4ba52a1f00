"""Modifier phrases between a count and the noun of who takes part: the count is of that
noun, read across the phrase.

Each class is a rule about the language: team-written inputs that must give the record's
counts, and a near miss that must not (none of the sentences is a held-out round's own).
The comment over each class says which held-out round found it."""

from __future__ import annotations

import pytest

from record_fields import counts, qualified_counts

# --- a possessive noun and a word of having or lacking before the noun of who -------------
# "80ден ашык майыптыгы бар адам катышты": a noun in the 3rd-person possessive and "бар" or
# "жок" after it (lexicon participation.yaml modifiers.having_owner_suffix, having_words;
# measures.possessed_having) are one modifier of the noun after them.
# Found by held-out round 57.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Майрамдык кечеге 80ден ашык майыптыгы бар адам жана алардын үй-бүлө мүчөлөрү катышты.",
            [(80, "more_than")],
        ),
        (
            "Семинарга 30дай жумушу жок тургун жана айыл өкмөтүнүн адистери катышты.",
            [(30, "about")],
        ),
    ],
)
def test_a_having_phrase_between_the_count_and_its_noun(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert qualified_counts(text) == expected


def test_what_there_is_after_a_count_is_no_having_phrase() -> None:
    # near miss: the count's own noun then "бар": a roster of what there is, no modifier
    assert counts("Айылда 40 мугалими бар мектеп иштейт, ал жакта жыйын болду.") == []


def test_a_having_phrase_before_a_noun_of_no_people_is_no_count() -> None:
    # counter-example: the having phrase before a thing: no people
    assert counts("Айылда 3 жатаканасы бар лагерь ачылды.") == []
