"""People and units: a sentence and how its counts are marked (people or units,
who group, counted in the people total), and the people total of a document."""

from __future__ import annotations

import pytest

from conftest import check_linear
from vap_cli.gazetteer import fold_key
from vap_cli.lexicon import load
from vap_cli.pipeline import parse_text
from vap_cli.resolve.headcount import people_total
from vap_cli.who_groups import _stems, who_group


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Семинарга 25 катышуучу катышты.", (25, "participants", "people")),
        ("Окууга 40 депутат катышты.", (40, "deputies", "people")),
        ("Жыйынга 30 тургун келди.", (30, "residents", "people")),
        ("Тренингге айыл өкмөтүнүн 12 башчысы катышты.", (12, "officials", "people")),
        ("Тренингге айыл өкмөтүнүн 8 адиси катышты.", (8, "specialists", "people")),
        ("Форумга 50 жаш катышты.", (50, "youth", "people")),
        ("Тренингге 20 аял катышты.", (20, "women", "people")),
        ("Конкурска 14 студент катышты.", (14, "students", "people")),
        ("Тренингге 5 айыл өкмөтү катышты.", (5, "units", "units")),
        ("Жыйынга 7 район катышты.", (7, "units", "units")),
        ("В семинаре приняли участие 30 женщин.", (30, "women", "people")),
        ("В обучении участвовали 12 муниципалитетов.", (12, "units", "units")),
    ],
)
def test_a_count_is_marked_people_or_units_with_its_who_group(sentence, expected):
    found = parse_text(sentence).participants
    assert [(p.count, p.who_group, p.kind) for p in found] == [expected]
    assert found[0].in_total == (expected[2] == "people")


@pytest.mark.parametrize(
    ("who", "group"),
    [
        ("айыл өкмөтүнүн башчысы", "officials"),  # the last word decides
        ("айыл өкмөтүнүн өкүлү", "participants"),
        ("айыл окмоту", "units"),  # spelling without Kyrgyz letters
        ("ата-эне жана окуучу", "students"),
        ("демилгелүү топ", "units"),
        ("жашоочу", "residents"),  # the longer stem wins over "жаш"
        ("талапкер", "participants"),
        # voters and town dwellers are residents, girls women (a Russian-speaking analyst
        # found them under "other"); a village council stays a unit
        ("избиратель", "residents"),
        ("горожанин", "residents"),
        ("шайлоочу", "residents"),
        ("девушка", "women"),
        ("айылдык кеңеш", "units"),
        ("космонавт", "other"),
        (None, "participants"),
    ],
)
def test_who_group_of_a_who_as_written(who, group):
    assert who_group(who) == group


def _who_group_by_definition(who: str) -> str:
    """The group of a `who`: the first stem (longest first) its last word with one
    begins with, tried one by one."""
    for word in reversed(who.split()):
        folded = fold_key(word)
        for stem, group in _stems():
            if folded.startswith(stem):
                return group
    return "other"


def test_the_looked_up_stem_is_the_longest_one_tried_one_by_one():
    """who_group looks a word's beginnings up instead of trying every stem: the same
    group for every stem, as a word, with an ending, cut short and after another word."""
    whos = ["космонавт", "ата-эне жана окуучу"]
    for stem, _ in _stems():
        whos += [stem, stem + "лар", stem[:-1], stem.upper() + "ЛЕР", f"{stem} космонавт"]
    for who in whos:
        assert who_group(who) == _who_group_by_definition(who), who


def test_every_who_group_has_kyrgyz_and_russian_labels():
    groups = load("who_groups")["groups"]
    assert set(groups) == {
        "officials", "deputies", "residents", "youth", "women", "students", "specialists",
        "participants", "units", "other",
    }  # fmt: skip
    assert all(g["labels"]["ky"] and g["labels"]["ru"] for g in groups.values())


def test_units_never_enter_the_people_total():
    doc = parse_text("Тренингге 411 айылдык кеңештен 1052 депутат катышты.")
    assert [(p.count, p.kind) for p in doc.participants] == [(411, "units"), (1052, "people")]
    assert people_total(doc) == 1052


def test_the_parts_of_a_total_are_not_counted_again():
    text = "Окууга 140 кызматкер катышты: Ош облусунан 60 кызматкер, Баткен облусунан 80 кызматкер."
    doc = parse_text(text)
    assert [(p.count, p.part_of, p.in_total) for p in doc.participants] == [
        (140, None, True),
        (60, 0, False),
        (80, 0, False),
    ]
    assert people_total(doc) == 140


def test_an_approximate_count_that_an_exact_one_fits_is_the_same_people():
    text = "Окууга миңден ашуун депутат катышты. Тактап айтканда, окуудан 1052 депутат өттү."
    doc = parse_text(text)
    assert [(p.count, p.in_total) for p in doc.participants] == [(1000, False), (1052, True)]
    assert people_total(doc) == 1052


def test_different_groups_add_up():
    doc = parse_text("Жыйынга 30 тургун жана 12 депутат катышты.")
    assert people_total(doc) == 42


def test_the_same_count_said_twice_is_counted_once():
    doc = parse_text("Тренингге 25 катышуучу катышты. Тренингге 25 катышуучу катышты.")
    assert people_total(doc) == 25


def test_people_total_is_public_api():
    import vap_cli

    doc = vap_cli.parse_text("Жыйынга 30 тургун келди.")
    assert vap_cli.people_total(doc) == 30


def _classify_rows(text: str) -> None:
    # One count per unit of text, every tenth one approximate: the restatement
    # look-ups must stay linear in the number of counts.
    from vap_cli.models import Participation, Span
    from vap_cli.pipeline import build_context
    from vap_cli.resolve.headcount import classify_participants

    ctx = build_context("")
    ctx.participants = [
        Participation(
            count=10 + i,
            qualifier="about" if i % 10 == 0 else "exact",
            who="тургун" if i % 2 else "катышуучу",
            text="x",
            span=Span(start=0, end=1),
        )
        for i in range(len(text) // 10)
    ]
    classify_participants(ctx)


@pytest.mark.perf  # timed: run by `pytest -m perf` (scripts/bench.py), not CI
def test_classifying_many_counts_stays_linear():
    check_linear(_classify_rows, "0123456789", size=200_000, budget=10.0)
