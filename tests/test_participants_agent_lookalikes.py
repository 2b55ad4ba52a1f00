"""Nouns of things that end like a Russian agent's form after a number ("-ника", as in
"3 механика"): the loans in -ика that Kyrgyz writes in the nominative after a count
("8 техника тартылды": machines, "2 клиника": clinics) are no people (lexicon
participation.yaml `agent_nouns.russian_ending_things`; participants/words.py
`agent_at`). Found by held-out round 56 (acc56); the sentences are the team's own.
And a Russian group's noun with "из" before an agent noun's count: the group's people
(participants.group_of_agents, left55)."""

from __future__ import annotations

import pytest

from record_fields import qualified_counts, qualified_counts_with_who
from vap_cli.pipeline import explain_text

HEAD = "Жарыяланды: 11.04.2024\n"
HEAD_RU = "Бишкек, 11 апреля 2024 г.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HEAD + "Суу каптаган көчөлөрдү тазалоого райондон 8 техника тартылды.", []),
        (HEAD + "Тазалоого 12 техника жана 40 ыктыярчы чыкты.", [(40, "exact")]),
        # near miss: a noun of agents with its suffix still counts with its verb
        (HEAD + "Тазалоо ишине райондон 25 айдоочу тартылды.", [(25, "exact")]),
    ],
)
def test_things_in_ika_are_no_agents(text, expected):
    assert qualified_counts(text) == expected


def test_review_a_russian_agent_in_nika_still_counts():
    # ordinary Russian text: the genitive plural of an agent in -ник is people
    text = "Бишкек, 11 апреля 2024 г.\nВ рейде приняли участие 30 дружинников и 5 медиков."
    assert qualified_counts(text) == [(5, "exact"), (30, "exact")]
    assert any(d.kept for d in explain_text(text)[1] if d.rule.code.startswith("participants."))


# --- revfix56: the loans in -ика are things only in a Kyrgyz text ---------------------
# In Russian "3 техника", "2 сантехника" are the genitive of agents in -ник after 2, 3,
# 4: people (lexicon `agent_nouns.kyrgyz_loan_things`, words.Tokens.russian); the nouns
# that are never people ("клиника") stay none in either language.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HEAD_RU + "Для ремонта котельной в школу прибыли 3 техника.", [(3, "exact")]),
        (HEAD_RU + "Для ремонта водопровода в больницу прибыли 2 сантехника.", [(2, "exact")]),
        # near misses: a Kyrgyz text's machines, a Russian noun of things
        (HEAD + "Көчөлөрдү тазалоого 3 техника тартылды.", []),
        (HEAD_RU + "В районе работают 2 поликлиника и больница.", []),
    ],
)
def test_loans_in_ika_are_agents_only_in_a_russian_text(text, expected):
    assert qualified_counts(text) == expected


# --- left55: a group's noun, "из" and the count before an agent noun ------------------
# An agent noun outside `who` counts elsewhere only beside a verb of taking part; after a
# group's noun and "из" it names the group's people (participants/group_members.py,
# lexicon `member_group_nouns_ru`, the who lemmatised by `agent_nominatives_ru`).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            HEAD_RU + "На ремонт моста из соседнего района приехала бригада из 9 монтажников.",
            [(9, "exact", "монтажник")],
        ),
        (
            HEAD_RU + "Экипаж из 4 водителей доставил гуманитарный груз в горные сёла.",
            [(4, "exact", "водитель")],
        ),
        (
            HEAD_RU + "Из Каракола прибыла делегация из 6 преподавателей, а из Балыкчи 3 врача.",
            [(3, "exact", "врач"), (6, "exact", "преподаватель")],
        ),
    ],
)
def test_a_group_of_so_many_agents_counts_the_agents(
    text: str, expected: list[tuple[int, str, str]]
) -> None:
    assert qualified_counts_with_who(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a group of things, "из" after no group's noun (a part of a whole)
        HEAD_RU + "На ремонт моста из соседнего района приехала бригада из 9 машин.",
        HEAD_RU + "Каждый из 9 монтажников получил благодарственное письмо.",
    ],
)
def test_near_miss_a_group_of_things_or_no_group_noun_counts_no_agents(text: str) -> None:
    assert qualified_counts(text) == []


# Found by revfixl55's review: "группа" groups things too, whose nouns an agent's suffix
# makes as it makes people's ("-тель", "-ник"): only a group of people (a team, a
# delegation, a crew: `working_team_stems`, `unit_group_stems`, `people_group_more_stems`)
# says its agents are people.
@pytest.mark.parametrize(
    "text",
    [
        HEAD_RU + "Над перевалом пролетела группа из 4 истребителей.",
        HEAD_RU + "На насосную станцию доставили группу из 3 двигателей.",
        HEAD_RU + "В подъезде установили группу из 6 счётчиков воды.",
    ],
)
def test_near_miss_a_group_that_may_hold_things_counts_no_agents(text: str) -> None:
    assert qualified_counts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HEAD_RU + "Команда из 5 сварщиков выиграла районный конкурс.", [(5, "exact")]),
        (HEAD_RU + "Экипажем из 3 механиков руководил опытный пилот.", [(3, "exact")]),
    ],
)
def test_a_group_of_people_only_counts_its_agents(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert qualified_counts(text) == expected
