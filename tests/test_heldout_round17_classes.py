"""Failure classes of held-out round 17 (issue 14), each as a rule about the language or
the page's layout: two team-written inputs and a near miss that must not match. The
sentences are the team's own, not the round's documents."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def _counts(text: str) -> list[tuple[int, str]]:
    return [(p.count, p.qualifier) for p in parse_text(text).participants]


# --- a part after "в том числе" shares its total's clause: a dropped total drops it ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a population, then its part with no verb of its own
        (
            "Население села составляет 5 200 человек, в том числе свыше 1 200 детей "
            "дошкольного возраста. На сход пришли 85 жителей.",
            [(85, "exact")],
        ),
        (
            "Айылда 3 миңге жакын калк жашайт, анын ичинен 700дөн ашуун бала. "
            "Жыйынга 60 тургун катышты.",
            [(60, "exact")],
        ),
        # near miss: the total took part, so its part does too
        (
            "В сходе приняли участие 120 жителей, в том числе 45 женщин.",
            [(120, "exact"), (45, "exact")],
        ),
    ],
)
def test_a_part_of_a_dropped_total_counts_no_one(text, expected):
    assert _counts(text) == expected


# --- named beneficiaries of a project are no participants ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Прямыми благополучателями водопровода станут 800 жителей трех сел. "
            "На открытии присутствовали 70 жителей.",
            [(70, "exact")],
        ),
        (
            "Около 900 жителей стали бенефициарами программы, сообщил мэр. "
            "В обсуждении участвовали 40 жителей.",
            [(40, "exact")],
        ),
        # near miss: people of the project who took part in its training are counted
        (
            "В тренинге по проекту приняли участие 35 активистов.",
            [(35, "exact")],
        ),
    ],
)
def test_named_beneficiaries_are_no_participants(text, expected):
    assert _counts(text) == expected


# --- "занимаются" before a count is a school's or a club's roster (a habit) ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В спортивной школе занимаются 180 детей. На турнир приехали 40 спортсменов.",
            [(40, "exact")],
        ),
        ("В новом лицее занимаются около 500 учеников в две смены.", []),
        # near miss: past tense on one day is no habit
        ("На мастер-классе в субботу занимались 25 детей.", [(25, "exact")]),
    ],
)
def test_pupils_who_study_somewhere_are_a_roster(text, expected):
    assert _counts(text) == expected
