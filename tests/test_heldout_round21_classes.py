"""Failure classes of held-out round 21 (issue 14), each as a rule about the language or
the page's layout: two team-written inputs and a near miss that must not match. The
sentences are the team's own, not the round's documents."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def _places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


def _counts(text: str) -> list[tuple[int, str]]:
    return sorted((p.count, p.qualifier) for p in parse_text(text).participants)


def _persons(text: str) -> list[str]:
    return [p.name for p in parse_text(text).persons]


# --- a related heading that says what it lists: "Бул темага байланыштуу материалдар" ------

_ARTICLE = "Талас районунда жыйын өттү, тургундар жолдорду оңдоо маселесин талкуулашты.\n\n"
_HEADLINES = "\nБаткенде жаңы мектеп ачылды\nНарында жол оңдолду"


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Темага байланыштуу жаңылыктар:", {"district:Талас"}),
        ("Ушул темага тиешелүү макалалар:", {"district:Талас"}),
        # near miss: no noun of articles after the phrase: the lines under it are content
        (
            "Бул темага байланыштуу суроолор:",
            {"district:Талас", "city:Баткен", "city:Нарын"},
        ),
    ],
)
def test_a_related_heading_with_the_noun_of_what_it_lists(heading, expected):
    assert _places(_ARTICLE + heading + _HEADLINES) == expected
