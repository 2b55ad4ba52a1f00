"""A list row whose dash stands for the verb of the row before it keeps a noun counted
only with a verb (participants.gapped_row): "приняли участие 1500 избирателей, в
Ат-Башинском – 1200 избирателей". And the voter's noun ("избиратель") is no verb of
electing, though it starts like one ("избира-"). Found by a Russian-speaking analyst."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def _counts(text: str) -> list[int]:
    return [p.count for p in parse_text(text).participants]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "В Кочкорском районе в голосовании приняли участие 1500 избирателей, в "
            "Ат-Башинском – 1200 избирателей, в Нарынском – 900.",
            [1500, 1200, 900],
        ),
        (
            "Приняли участие 1500 избирателей, в Ат-Башинском районе – 1200 избирателей.",
            [1500, 1200],
        ),
    ],
)
def test_a_gapped_row_shares_the_verb_of_the_row_before(text: str, counts: list[int]) -> None:
    assert _counts(text) == counts


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the row before has no verb of taking part, or none at all
        "В Кочкорском районе зарегистрировано 1500 избирателей, в Ат-Башинском – 1200 избирателей.",
        "В Кочкорском районе 1500 избирателей, в Ат-Башинском – 1200 избирателей.",
    ],
)
def test_without_a_verb_of_taking_part_before_no_row_is_kept(text: str) -> None:
    assert 1200 not in _counts(text)


def _statuses(text: str) -> dict[int, str]:
    return {p.count: p.status for p in parse_text(text).participants}


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # the row before's verb right before its count, before its place (both found by
        # an analyst: the gapped row kept its voters with no status), or after its noun
        ("В голосовании участвовали 900 избирателей, в Нарынском районе – 700 избирателей.", 700),
        (
            "В выборах приняли участие в Кочкорском районе 1500 избирателей, в Ат-Башинском "
            "– 1200 избирателей.",
            1200,
        ),
        ("Курска Жумгал районунан 25 кызматкер катышты, Ак-Талаа районунан – 18 кызматкер.", 18),
        # the row before counted in words
        (
            "В выборах приняли участие в Жумгальском районе две тысячи избирателей, в "
            "Кочкорском – 1300 избирателей.",
            1300,
        ),
        ("Жыйынга Кочкор районунан отуз депутат катышты, Ат-Башы районунан – 20 депутат.", 20),
        ("Обучение пройдут 40 депутатов из Таласской области, из Нарынской – 30 депутатов.", 30),
    ],
)
def test_a_gapped_row_takes_the_status_of_the_verb_it_stands_for(text: str, row: int) -> None:
    statuses = _statuses(text)
    assert statuses[row] == next(iter(statuses.values())) != "unknown"


@pytest.mark.parametrize(
    "text",
    [
        # near misses: an aside in brackets is no row of a list; a row before whose verb
        # is no verb of taking part
        "Сессияга 17 депутат катышты (кеңештин курамы – 21 депутат).",
        "Кочкор районунда 1500 шайлоочу катталган, Ат-Башы районунда – 1200 шайлоочу.",
    ],
)
def test_no_status_is_lent_across_an_aside_or_from_another_verb(text: str) -> None:
    assert 21 not in _statuses(text) and 1200 not in _statuses(text)


# Found by held-out round 55 (acc55; counts_without_who.split_taking_part): Russian parts
# "принять участие" by what is taken part in, the noun first and the verb right before the
# count; voters, counted only with a verb, count then as after "участие" itself.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Участие в сельском сходе приняли 640 избирателей из трёх сёл.", 640),
        ("Участие в досрочных выборах главы айыл окмоту приняли 2 115 избирателей.", 2115),
    ],
)
def test_a_split_idiom_of_taking_part_counts_voters(text: str, count: int) -> None:
    assert count in _counts(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the verb without the idiom's noun, or denied
        "Накануне выборов комиссия приняли 640 избирателей в списки.",
        "Участие в сельском сходе не приняли 640 избирателей.",
    ],
)
def test_the_idiom_verb_alone_or_denied_counts_no_voters(text: str) -> None:
    assert 640 not in _counts(text)


# The idiom's verbs are those generic_verbs_before pairs with "участие" and the forms of
# taking_part_split_ru.more_verbs (one list of each form; tidy55).
@pytest.mark.parametrize(
    ("text", "count"),
    [
        # paired with "участие" in generic_verbs_before
        ("Участие в весеннем сходе принимали 315 избирателей села.", 315),
        ("Участие в отчётном сходе принимали 870 избирателей айыла.", 870),
        # only in more_verbs
        ("Участие в референдуме приняла 1 420 избирателей участка.", 1420),
        ("Участие в местных выборах примет 2 060 избирателей района.", 2060),
    ],
)
def test_every_verb_of_the_split_idiom_counts_voters(text: str, count: int) -> None:
    assert count in _counts(text)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a verb generic_verbs_before pairs with another noun ("прошли
        # обучение", "стали участниками") is no verb of the idiom
        "Участие в сельских выборах прошли 315 избирателей села.",
        "Участие в сельских выборах стали 315 избирателей села.",
    ],
)
def test_a_verb_paired_with_another_noun_is_no_verb_of_the_split_idiom(text: str) -> None:
    assert 315 not in _counts(text)


# Found by revfix55's review (left55; split_idiom.py): the idiom's noun is the verb's
# only across a comma that closes an aside right before the verb; a comma with words of
# another clause after it parts them. And "не" before the idiom's verb denies the count
# whatever its noun (participants.negated), as "не приняли участие" does.
@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Участие в сходе, созванном весной, приняли 315 избирателей.", 315),
        ("Участие в выборах, прошедших вчера, приняли 870 избирателей.", 870),
    ],
)
def test_the_split_idiom_reads_across_an_aside(text: str, count: int) -> None:
    assert count in _counts(text)


@pytest.mark.parametrize(
    "text",
    [
        # near miss: the comma opens another clause whose verb takes its own object
        "Участие в собрании бесплатное, в клубе приняли 315 избирателей.",
        "Участие в сходе открытое, на входе приняли 315 избирателей без записи.",
    ],
)
def test_the_split_idiom_does_not_read_into_another_clause(text: str) -> None:
    assert 315 not in _counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Участие в районном турнире так и не приняли 6 команд из соседних сёл.",
        "Участие в весенней ярмарке не приняли 12 фермеров из Ак-Суу.",
    ],
)
def test_a_denied_split_idiom_counts_no_one(text: str) -> None:
    assert _counts(text) == []


def test_near_miss_a_not_apart_from_the_verb_leaves_the_idiom_count() -> None:
    # "не раз" (more than once) is no denial of the verb: "не" is not right before it
    text = "Участие в турнире не раз приняли 6 команд из соседних сёл."
    assert 6 in _counts(text)


# Found by held-out round 55 (acc55; participants.parallel_place_row and rows.bare_row):
# a pair "N — в X и M — в Y" after a total or a count leaves out the noun and the verb in
# its second half; a dash and "в" after a count of another shape is no such half.
@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Участие в сходе приняли 410 избирателей, из них 260 — в селе Ак-Суу и 150 — в "
            "селе Кара-Суу.",
            [410, 260, 150],
        ),
        (
            "В выборах приняли участие 530 избирателей — в Тогуз-Булаке и 275 — в Чон-Сары.",
            [530, 275],
        ),
    ],
)
def test_the_second_half_of_a_gapped_place_pair_is_a_row(text: str, counts: list[int]) -> None:
    assert _counts(text) == counts


def test_a_dash_and_a_year_after_a_count_of_another_shape_is_no_row() -> None:
    assert _counts("Семинар посетили 40 учителей из трёх сёл, и 120 — в 2021 году.") == [40]
