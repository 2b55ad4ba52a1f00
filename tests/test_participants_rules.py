"""Participants as named rules: each number is kept or dropped by one rule, recorded
when an explanation is asked for; look-ups cost the same for every number, whatever
the document's length (counted as work, not timed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vap_cli.explain import Rule
from vap_cli.extractors import participants
from vap_cli.extractors.participants import breakdowns, rows, rules, vetoes
from vap_cli.extractors.participants.words import Tokens
from vap_cli.pipeline import EXTRACTORS, build_context, parse_text
from vap_cli.segment.tokens import TokenStream


def decisions(text: str) -> list[tuple[str, str, bool]]:
    """(text, rule code, kept) of every participants decision, in order."""
    ctx = build_context(text)
    ctx.decisions = []
    for extractor in EXTRACTORS[: EXTRACTORS.index(participants.extract) + 1]:
        extractor(ctx)
    return [
        (d.text, d.rule.code, d.kept) for d in ctx.decisions if d.rule.extractor == "participants"
    ]


@pytest.mark.parametrize(
    ("sentence", "number", "code", "kept"),
    [
        ("Семинарга 25 катышуучу катышты.", "25 катышуучу", "participants.who_noun", True),
        ("Тренингге 50 эксперт катышты.", "50 эксперт", "participants.generic_noun", True),
        ("Сынакка 40 шырдак тартууланды.", "40 шырдак", "participants.contest_entry", True),
        ("Пришло человек пятьдесят.", "человек пятьдесят", "participants.inverted_count", True),
        ("Экөө тең катышты.", "Экөө", "participants.collective", True),
        ("Сессияга 21 депутаттын 17си катышты.", "17си", "participants.partitive", True),
        ("Сессияга 21 депутаттын 17си катышты.", "21", "participants.whole_of_part", False),
        ("Нарындан 20, Таластан 15 катышуучу келди.", "20", "participants.elliptic_row", True),
        ("Семинарга 30-40 киши катышты.", "30", "participants.range", True),
        ("Семинарга 30-40 киши катышты.", "40 киши", "participants.range", True),
        (
            "Жыйынга 1 134 кызматкер өттү, анын ичинде Ош облусунан – 468, Чүйдөн – 300.",
            "300",
            "participants.row_of_total",
            True,
        ),
        ("2019-жылы 30 адам катышты.", "2019-жылы", "participants.year_not_count", False),
        ("В 2019 году 30 человек приняли участие.", "2019", "participants.year_not_count", False),
        ("Долбоорго 500 000 сом бөлүндү.", "500 000", "participants.money_amount", False),
        ("Тренинг 3 күнгө созулду.", "3", "participants.measure", False),
        ("Шайлоо 420 айылдык кеңеште өттү.", "420", "participants.hosts", False),
        (
            "Облустун калкы 268 000 адамды түздү.",
            "268 000",
            "participants.election_or_population",
            False,
        ),
        ("Тел.: 0555 313-385", "313", "participants.phone_number", False),
        ("Өлкөдө 452 айыл аймагы бар.", "452", "participants.existence", False),
        ("В каждом аймаке по 2 человека.", "2", "participants.distributive", False),
        ("Семинары прошли в 12 районах.", "12", "participants.host_preposition", False),
        ("Бир нече адам келди.", "Бир", "participants.article_or_vague", False),
        ("Кеңешке 2 жаштар борбору катышты.", "2", "participants.not_who_compound", False),
        (
            "Жыйынга 90 адам келди. Алардын ичинен 40ы аялдар.",
            "40ы",
            "participants.owned_partitive_row",
            True,
        ),
        ("Жыйынга 90 адам келди: 40ы аялдар.", "40ы", "participants.partitive_row", True),
        (
            "Алардын 10у грантка татыктуу болду.",
            "10у",
            "participants.partitive_without_verb",
            False,
        ),
        ("Шаардык кеңешке 31 депутат шайланат.", "31", "participants.elected_or_selected", False),
        ("В совет 21 депутат избирается.", "21", "participants.elected_or_selected", False),
        (
            "В советы избраны 54 депутата, а 30 депутатов пройдут обучение.",
            "54",
            "participants.elected_beyond_clause",
            False,
        ),
        ("В селе 300 жителей и 40 учителей.", "40", "participants.joined_to_what_there_is", False),
        ("Айылдагы 48 үй-бүлөгө газ тартылды.", "48", "participants.supplied_to", False),
        (
            "Ак-Суу айылында 120 бала, Көк-Жар айылында 95 бала эмдөөдөн өттү.",
            "120",
            "participants.service_shared_by_rows",
            False,
        ),
        (
            "Доступ к новой больнице получили 650 жителей.",
            "650",
            "participants.access_gained",
            False,
        ),
        (
            "Биринчи этапта 12 муниципалитет тандалып алынды.",
            "12",
            "participants.elected_or_selected",
            False,
        ),
    ],
)
def test_each_number_is_decided_by_its_rule(
    sentence: str, number: str, code: str, kept: bool
) -> None:
    assert (number, code, kept) in decisions(sentence)


def test_a_count_kept_is_in_the_record_and_a_count_dropped_is_not() -> None:
    text = "Тренинг 3 күнгө созулду. Семинарга 25 катышуучу катышты."
    assert [p.text for p in parse_text(text).participants] == ["25 катышуучу"]
    assert [(code, kept) for _, code, kept in decisions(text)] == [
        ("participants.measure", False),
        ("participants.who_noun", True),
    ]


def test_rules_have_unique_codes_and_a_reason() -> None:
    codes = [rule.code for rule in rules.ALL]
    assert len(codes) == len(set(codes)) > 30
    assert all(
        isinstance(r, Rule) and r.extractor == "participants" and r.reason for r in rules.ALL
    )


def test_rules_py_names_every_rule_its_two_modules_declare() -> None:
    """rules_kept.py and rules_dropped.py declare the rules and rules.py names each (a
    re-export): a rule declared but not named there is one no caller reads as rules.NAME."""
    from vap_cli.extractors.participants import rules_dropped, rules_kept

    declared = {
        name: value
        for module in (rules_kept, rules_dropped)
        for name, value in vars(module).items()
        if isinstance(value, Rule)
    }
    assert {name: v for name, v in vars(rules).items() if isinstance(v, Rule)} == declared


# --- sentences from the segment stage -----------------------------------------------------


def test_a_row_after_an_abbreviated_town_stays_in_its_total() -> None:
    """ "из г. Ош – 9": the dot of "г." ends no sentence, so the rows stay with their total."""
    text = (
        "В семинаре приняли участие 62 представителя айыл окмоту и мэрии г. Ош: "
        "из Алайского района – 41, из г. Ош – 9, из Чон-Алайского района – 12."
    )
    parts = parse_text(text).participants
    assert [(p.count, p.part_of) for p in parts] == [(62, None), (41, 0), (9, 0), (12, 0)]


def test_a_real_sentence_end_still_parts_a_total_from_later_counts() -> None:
    text = "В семинаре приняли участие 62 представителя. Из Алайского района – 41 участник."
    assert [p.part_of for p in parse_text(text).participants] == [None, None]


def test_a_clause_asked_again_is_the_one_made_first_and_a_fresh_passages() -> None:
    # Tokens keeps each clause its rules ask of (a count's rules share a few): asked in
    # any order, again and again, each is the one a fresh passage makes
    text = "Жыйынга 50 тургун катышып, жолду оңдоо зарыл. Кийин 20 адам келди; 3 киши кетти."
    stream = TokenStream(text)
    found = stream.between(0, len(text))
    tokens = Tokens(found, frozenset(k for k, tok in enumerate(found) if tok.text in ",.;"))
    places = [(side, k) for side in ("after", "before") for k in range(len(found) + 1)]
    for side, k, reach in [(side, k, r) for side, k in places for r in (1, 3, 8)] * 2:
        fresh = Tokens(found, tokens.breaks)
        clause = getattr(tokens, f"clause_{side}")(k, reach)
        assert clause == getattr(fresh, f"clause_{side}")(k, reach), (side, k, reach)
    assert tokens.clause_after(2, 3) is tokens.clause_after(2, 3)


# --- linear work ----------------------------------------------------------------------------


class _Counter:
    def __init__(self) -> None:
        self.calls = 0


def _find_counts_work(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    """Tokens read in the windows, sentence-end checks made and tokens of the clauses
    read around the numbers (Tokens.clause_after, clause_before) while finding the
    counts of `text`."""
    counter = _Counter()
    between, ends_sentence_at = TokenStream.between, vetoes.ends_sentence_at
    after, before = Tokens.clause_after, Tokens.clause_before

    def counted_between(stream: TokenStream, start: int, end: int) -> list:
        tokens = between(stream, start, end)
        counter.calls += len(tokens)
        return tokens

    def counted_ends(tokens: list, j: int) -> bool:
        counter.calls += 1
        return ends_sentence_at(tokens, j)

    def counted_after(tokens: Tokens, k: int, reach: int) -> list:
        clause = after(tokens, k, reach)
        counter.calls += 1 + len(clause)
        return clause

    def counted_before(tokens: Tokens, start: int, reach: int) -> list:
        clause = before(tokens, start, reach)
        counter.calls += 1 + len(clause)
        return clause

    with monkeypatch.context() as patch:
        patch.setattr(TokenStream, "between", counted_between)
        patch.setattr(Tokens, "clause_after", counted_after)
        patch.setattr(Tokens, "clause_before", counted_before)
        for module in (vetoes, rows):
            patch.setattr(module, "ends_sentence_at", counted_ends)
        participants.find_counts(text)
    return counter.calls


DENSE = [
    "Нарын облусунан 25 катышуучу, ",
    "Делегаттар: Ош облусунан 78, ",
    "Нарындан 20, ",
    "860 депутатов, из них свыше 300 – ",
    "эки адам ",
    "1 ",
]


# Copies of a unit in the smaller text: a whole-text walk per number is quadratic at
# either size; `pytest -m perf` adds the longer texts (2.5 times), the size first used.
DENSE_REPEATS = [200, pytest.param(500, marks=pytest.mark.perf)]


@pytest.mark.parametrize("repeats", DENSE_REPEATS)
@pytest.mark.parametrize("unit", DENSE)
def test_finding_counts_does_the_same_work_per_number(
    monkeypatch: pytest.MonkeyPatch, unit: str, repeats: int
) -> None:
    """Ten times the input, ten times the work (quadratic would be a hundred)."""
    small = _find_counts_work(monkeypatch, unit * repeats)
    big = _find_counts_work(monkeypatch, unit * repeats * 10)
    assert small > 0 and big <= 12 * small, (small, big)


def _breakdown_work(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    """Characters and place mentions visited by the breakdown step's place look-ups."""
    made: list[breakdowns.Passages] = []

    class CountedPassages(breakdowns.Passages):
        def __init__(self, ctx: object) -> None:
            super().__init__(ctx)  # type: ignore[arg-type]
            made.append(self)

    with monkeypatch.context() as patch:
        patch.setattr(breakdowns, "Passages", CountedPassages)
        parse_text(text)
    return sum(p.work for p in made)


@pytest.mark.parametrize("repeats", [50, pytest.param(100, marks=pytest.mark.perf)])
@pytest.mark.parametrize(
    "unit",
    [
        "Нарын облусунан 25 катышуучу, ",
        "· Нарын облусунан 25 катышуучу\n",
        "Тренингге 40 адам катышты: Нарындан 25, Таластан 15. ",
    ],
)
def test_places_of_rows_do_the_same_work_per_count(
    monkeypatch: pytest.MonkeyPatch, unit: str, repeats: int
) -> None:
    """Each count looks at the places near it only: a 240 KB line of "Нарын облусунан 25
    катышуучу, " took minutes when each count walked back over the whole text."""
    small = _breakdown_work(monkeypatch, unit * repeats)
    big = _breakdown_work(monkeypatch, unit * repeats * 10)
    assert small > 0 and big <= 12 * small, (small, big)


def test_every_rule_is_documented_with_its_verdict() -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "ARCHITECTURE.md").read_text()
    for rule in rules.ALL:
        verdict = "keep" if rule in rules.KEEPS else "drop"
        assert f"| `{rule.code}` | {verdict}" in doc, rule.code


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Нарын облусунда\u00ad120дан ашык адам катышты.", "Нарын"),
        ("Иш-чарага Талас районунан\u200b 35 катышуучу келди.", "Талас"),
        # near miss: another word stands between the place and the count
        ("Нарын облусунда, тоодо 120дан ашык адам катышты.", None),
    ],
)
def test_a_character_normalising_drops_does_not_part_a_place_from_its_count(text, place):
    (found,) = parse_text(text).participants
    assert (found.place.name if found.place else None) == place
