"""Participant counts swept over the lexicons (counts7): every who-noun of
lexicon/participation.yaml in the forms the morphology gives it, with counts in digits
and words; every qualifier of the lexicon's lists before or after its number in the case
the list names; every verb of taking part in the forms the lexicon lists; breakdowns;
and numbers beside a count that are none (lexicon_count_cells.py builds the cells).

The share of cells giving exactly the counts they must give has a floor per axis, a
little under what was measured. The classes the sweep found and that were fixed have
their behaviour tests below; what is left is listed as known failures.

Measured (counts7, `python -m pytest tests/sweeps/test_participants_lexicon.py`, the
shares printed by a loop over all_cells()): before the fixes 7841 of 8019 cells gave
their counts (ru.for_whom 0/56, ru.with_whom 0/56, ru.near-miss 47/56, ky.genitive
1335/1380, ky.breakdown 89/92, ky.dative 91/92, ky.similative 33/34, ky.accusative
83/87, ru.instrumental 54/56, ru.nominative_singular 55/56, every other axis all); after,
8010 of 8018 (one cell fewer: "орган" is a body, not trained in the accusative).
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

import pytest
from count_keys import Key, keys, predicted
from lexicon_count_cells import RU_ENTRIES, RU_FORMS, RU_UNITS, all_cells, ky_entries

from vap_cli import lexicon
from vap_cli.pipeline import parse_text

MAX_SHOWN = 20

# Measured share per axis (counts7), less a little.
FLOORS: dict[str, float] = {
    "ky.accusative": 0.96,
    "ky.breakdown": 0.96,
    "ky.cap.not-count": 0.99,
    "ky.dative": 0.99,
    "ky.entry": 0.99,
    "ky.genitive": 0.99,
    "ky.near-miss": 0.99,
    "ky.nominative": 0.99,
    "ky.not-count": 0.99,
    "ky.plural": 0.99,
    "ky.plural_possessive": 0.99,
    "ky.possessive": 0.99,
    "ky.qualifier.about_after": 0.99,
    "ky.qualifier.about_after_dative": 0.99,
    "ky.qualifier.about_after_genitive": 0.99,
    "ky.qualifier.about_before": 0.99,
    "ky.qualifier.at_least_after_ablative": 0.99,
    "ky.qualifier.at_least_before": 0.99,
    "ky.qualifier.more_than_after_ablative": 0.99,
    "ky.qualifier.more_than_after_bare": 0.99,
    "ky.qualifier.up_to_after_ablative": 0.99,
    "ky.qualifier.up_to_after_dative": 0.99,
    "ky.similative": 0.99,
    "ky.unit": 0.99,
    "ky.verb": 0.99,
    "ru.breakdown": 0.99,
    "ru.cap": 0.99,
    "ru.cap.not-count": 0.99,
    "ru.entry": 0.99,
    "ru.for_whom": 0.97,
    "ru.genitive_plural": 0.99,
    "ru.genitive_singular": 0.99,
    "ru.instrumental": 0.97,
    "ru.near-miss": 0.99,
    "ru.nominative_singular": 0.97,
    "ru.not-count": 0.99,
    "ru.qualifier.about_before": 0.99,
    "ru.qualifier.at_least_before": 0.99,
    "ru.qualifier.more_than_after_bare": 0.99,
    "ru.qualifier.more_than_before": 0.99,
    "ru.qualifier.up_to_before": 0.99,
    "ru.unit": 0.99,
    "ru.verb_after": 0.99,
    "ru.with_whom": 0.97,
}


@cache
def _by_axis() -> dict[str, list[tuple[str, frozenset[Key]]]]:
    out: dict[str, list[tuple[str, frozenset[Key]]]] = defaultdict(list)
    for axis, text, written in all_cells():
        out[axis].append((text, keys(written)))
    return out


def test_every_axis_has_a_floor_and_every_who_noun_is_swept() -> None:
    assert set(_by_axis()) == set(FLOORS)
    lemmas = {e["lemma"] for e in lexicon.load("participation")["who"]}
    swept = {e["lemma"] for e in ky_entries()} | set(RU_FORMS) | set(RU_UNITS) | set(RU_ENTRIES)
    assert lemmas == swept
    assert sum(len(cells) for cells in _by_axis().values()) > 8000


@pytest.mark.parametrize(
    "axis", [pytest.param(a, marks=pytest.mark.xdist_group("lexicon-counts")) for a in FLOORS]
)
def test_the_axis_stays_above_its_floor(axis: str) -> None:
    cells = _by_axis()[axis]
    # a text that several cells of the axis give (434 repeats over the sweep, suite61) is
    # parsed once: each cell is still scored, against what vap gives for its text
    given = {text: predicted(text) for text in dict.fromkeys(text for text, _ in cells)}
    failing = [f"{t} -> {sorted(given[t])}" for t, want in cells if given[t] != want]
    share = 1 - len(failing) / len(cells)
    assert share >= FLOORS[axis], (round(share, 4), failing[:MAX_SHOWN])


# --- the classes the sweep found, each with two inputs and a near miss -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # participants.day_of_month: a day before the name of its month is a date,
        # whatever verb of taking part follows ("12 октября в семинаре" was a count)
        ("3 декабря в Оше участвовали 40 волонтеров.", {(40, "exact")}),
        ("15 мая на сходе приняли участие около 200 жителей.", {(200, "about")}),
        ("5 мартта жыйынга 45 адам катышты.", {(45, "exact")}),
        # near miss: a number before a word that is a month only after a hyphen ("май", oil)
        ("Жыйынга 5 май чогулду.", {(5, "exact")}),
        # a noun that needs a verb (people, voters) counts when its taking part is named
        # with it
        ("Жыйын 100дөн ашык элдин катышуусу менен өттү.", {(100, "more_than")}),
        ("Шайлоо 300 шайлоочунун катышуусунда өттү.", {(300, "exact")}),
        ("Встреча прошла с участием 300 избирателей.", {(300, "exact")}),
        # near misses: a nation, a register, projects carried out
        ("Эки элдин ортосунда келишим түзүлдү.", set()),
        ("Шайлоочулардын саны 70 миңге жетти.", set()),
        ("Жыйын 20 долбоордун катышуусу менен өттү.", set()),
        # a hyphenated noun of the lexicon in its case forms
        ("Мектепте 45 ата-энеге окутуу өткөрүлдү.", {(45, "exact")}),
        ("Форумга 60 ата-энедей келишти.", {(60, "about")}),
        ("Жыйын 25 ата-эненин катышуусу менен өттү.", {(25, "exact")}),
        # near miss: a hyphenated word that is no one
        ("Жыйынга 25 иш-чара пландалды.", set()),
        # the instrumental plural of "дети"
        ("Встреча с 30 детьми прошла в школе.", {(30, "exact")}),
        ("Беседа со 120 детьми прошла в лагере.", {(120, "exact")}),
        ("Встреча с 30 машинами прошла в школе.", set()),
        # a Russian count after a preposition of whom it was for or with is no subject of
        # the verb of organising after it (lexicon object_prepositions)
        ("Для 40 учителей провели семинар.", {(40, "exact")}),
        ("С 30 жителями провели встречу.", {(30, "exact")}),
        ("Тренинг для более 25 женщин организовали в Оше.", {(25, "more_than")}),
        # near misses: who ran it, after the verb or from a source
        ("Семинар провели 3 специалиста.", set()),
        ("Представители от 5 организаций провели тренинг.", set()),
    ],
)
def test_found_class(text: str, expected: set[Key]) -> None:
    assert predicted(text) == expected


def test_a_hyphenated_noun_is_its_lemma() -> None:
    (found,) = parse_text("Жыйынга 45 ата-энелер катышты.").participants
    assert (found.count, found.who) == (45, "ата-эне")


# Classes known as failures before round 10 fixed them: a part right after a breakdown's
# opener takes its total's verb (participants.part_after_opener); "окутушту", the plural
# of "окутту", trains; voters an event was for or with (participants.voters_met); the
# Russian singular verb of a count ending in 1.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Жыйынга 300 адам катышты, анын ичинде 30дан ашык эл.",
            {(300, "exact"), (30, "more_than")},
        ),
        ("Тренингге 80 киши келди, анын ичинде 25 шайлоочу.", {(80, "exact"), (25, "exact")}),
        ("Семинарда 30га чейин элди окутушту.", {(30, "up_to")}),
        ("Семинарда 40 шайлоочуну окутушту.", {(40, "exact")}),
        ("Адистер 120 шайлоочуну окутушкан.", {(120, "exact")}),
        # near misses: no total kept before the opener; people with no verb at all
        ("Айылда 3 000 тургун жашайт, анын ичинде 500дөн ашык эл.", set()),
        ("Тизмеде 40 шайлоочу бар.", set()),
    ],
)
def test_people_or_voters_with_no_verb_of_taking_part_in_a_breakdown_or_trained(
    text: str, expected: set[Key]
) -> None:
    assert predicted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Встреча с 30 избирателями прошла в Оше.", {(30, "exact")}),
        ("Для 40 избирателей провели семинар.", {(40, "exact")}),
        ("Перед 200 избирателями выступили кандидаты на собрании.", {(200, "exact")}),
        ("В обучении участвовал 21 избиратель.", {(21, "exact")}),
        ("В тренинге приняла участие 31 женщина.", {(31, "exact")}),
        ("Депутат встретился с 30 избирателями.", {(30, "exact")}),
        # Kyrgyz puts its postposition after the voters
        ("Депутат 50 шайлоочу менен жолугушуу өткөрдү.", {(50, "exact")}),
        ("Округда 3 000 шайлоочу менен 12 участок бар.", set()),
        # near misses: a polling station's register, no event; voters with no verb
        ("Участок с 1 500 избирателями открылся в школе.", set()),
        ("В списки внесены 3 000 избирателей.", set()),
    ],
)
def test_voters_met_trained_or_with_a_singular_verb(text: str, expected: set[Key]) -> None:
    assert predicted(text) == expected
