"""Failure classes of held-out round 16 (issue 14: villages and ayil aimaks), each as a
rule about the language or the page's layout: two team-written inputs and a near miss
that must not match. The sentences are the team's own, not the round's documents."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def _places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


# --- a Russian case form of a village of the district the document types --------------------
# ("в Котовском", "из Сретенки"): a Russian text about a district names its villages bare,
# as a Kyrgyz one does; elsewhere a bare Russian noun is read for large units only.

_RUSSIAN_VILLAGES_OF_THE_DISTRICT = [
    (
        "В Иссык-Атинском районе отремонтировали дороги. Новый мост построили в "
        "Котовском, а школу — в Дмитриевке.",
        {"district:Ысык-Ата", "village:Котовское", "village:Дмитриевка"},
    ),
    (
        "Аким Московского района встретился с жителями. Жалобы поступили из Сретенки и Заводского.",
        {"district:Москва", "village:Сретенка", "village:Заводское"},
    ),
    # near misses: no district typed; another district than the villages'; a surname
    ("Жалобы поступили из Сретенки и Заводского.", set()),
    (
        "Аким Иссык-Атинского района встретился с жителями. Жалобы поступили из "
        "Сретенки и Заводского.",
        {"district:Ысык-Ата"},
    ),
    ("Аким Московского района встретился с Петровым.", {"district:Москва"}),
]


@pytest.mark.parametrize(("text", "expected"), _RUSSIAN_VILLAGES_OF_THE_DISTRICT)
def test_a_russian_case_of_a_village_of_the_typed_district(text: str, expected: set[str]):
    assert _places(text) == expected
