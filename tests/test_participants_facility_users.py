"""The users of a facility built or mended (a bridge, a road, a water line) are its
beneficiaries, no one taking part: a Russian verb of using before or after the count
(lexicon participation.yaml `outcome_stems`: the infinitive after "будут", "пользоватьс",
added to the present and past "пользуют", "пользовал"; participants.beneficiaries). Not
the nouns "в пользу", "пользователи". Found by held-out round 56 (acc56); the sentences
are the team's own."""

from __future__ import annotations

import pytest

from record_fields import qualified_counts
from vap_cli.pipeline import explain_text, parse_text

HEAD = "Бишкек, 11 апреля 2024 г.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HEAD + "После ремонта мостом будут пользоваться более 800 жителей.", []),
        (HEAD + "Новой дорогой уже пользуются 2 000 сельчан трех айылов.", []),
        # near misses: the nouns "в пользу" and "пользователи" are no verb of using
        (
            HEAD + "В сходе приняли участие члены объединений пользователей воды – всего "
            "90 человек.",
            [(90, "exact")],
        ),
        # near miss: the noun "в пользу" is no verb of using
        (
            HEAD + "На сходе в пользу строительства дороги высказались 60 жителей села.",
            [(60, "exact")],
        ),
    ],
)
def test_users_of_a_facility_are_no_count(text, expected):
    assert qualified_counts(text) == expected


def test_review_people_at_a_meeting_about_roads_they_use_still_count():
    # ordinary text: the verb of using in the next sentence is another clause's
    text = (
        HEAD + "В Кочкоре прошел сход, на котором присутствовали 40 жителей. "
        "Они рассказали, какими дорогами пользуются зимой."
    )
    assert qualified_counts(text) == [(40, "exact")]
    kept = {(d.rule.code, d.kept) for d in explain_text(text)[1]}
    assert ("participants.beneficiaries", False) not in kept


# --- the chance to take part used: entrants, no users of a good ----------------------------
# A verb of using whose object is the chance or the right to take part: the people took part
# (participants.chance_to_take_part, chances.py; lexicon `chance_using_stems`, its tense the
# status). Left by revfix56, fixed by left56.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HEAD + "В этом году 25 школьников воспользовались правом участвовать в олимпиаде.",
            [(25, "actual")],
        ),
        (
            HEAD + "Возможностью принять участие в ярмарке воспользовались 45 фермеров.",
            [(45, "actual")],
        ),
        ("Тренингге катышуу мүмкүнчүлүгүн 18 мугалим пайдаланды.", [(18, "actual")]),
        (
            HEAD + "Правом участвовать в конкурсе воспользуются 60 мастеров.",
            [(60, "planned")],
        ),
    ],
)
def test_using_the_chance_to_take_part_is_taking_part(
    text: str, expected: list[tuple[int, str]]
) -> None:
    found = parse_text(text).participants
    assert [(p.count, p.status) for p in found] == expected


@pytest.mark.parametrize(
    ("text", "users"),
    [
        # near miss: a service used, no word of taking part
        (HEAD + "Услугами передвижной клиники воспользовались 30 жителей.", 30),
        # near miss: a noun of participants is no chance to take part
        ("Жаңы залды 30 катышуучу пайдаланды.", 30),
        # near miss: the word of taking part is another clause's
        (HEAD + "В форуме участвовали 20 гостей, а услугами такси воспользовались 40 жителей.", 40),
        # near miss (revfixl56): a word of taking part, but no chance or right is used
        (HEAD + "Без участия родителей новым бассейном воспользовались 80 детей.", 80),
        # near misses (revfixl56): the imperfective says who have the right, not who used it
        (HEAD + "Правом участвовать в выборах пользуются 12 000 жителей округа.", 12000),
        (HEAD + "Правом участвовать в выборах пользовались 9 000 жителей округа.", 9000),
    ],
)
def test_using_a_good_stays_a_benefit(text: str, users: int) -> None:
    assert users not in {p.count for p in parse_text(text).participants}
