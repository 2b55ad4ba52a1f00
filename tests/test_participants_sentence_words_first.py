"""Four rules of a count that ask their sentence's shared words (negation.sentence_words)
or one `str.startswith` before their loops (round 29 of docs/PERFORMANCE.md): each answers
as its loop alone did, the reference path kept here, for every count the rules see in
made-up text and in the gold documents."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from gate_pairs import answers as rule_answers
from gate_pairs import counts_seen
from vap_cli.extractors.participants import negation, recipients, tallies, unit_phrases
from vap_cli.extractors.participants.constants import STATUS_REACH
from vap_cli.extractors.participants.phrase import Phrase, status_at
from vap_cli.extractors.participants.vetoes import counts_participants
from vap_cli.extractors.participants.words import Tokens

GOLD_DOCS = Path(__file__).resolve().parent / "gold" / "docs"

# Our own sentences: each rule says yes to some, and some are near misses of it.
TEXTS = (
    # a verb of choosing in the count's clause, the taking part in another one
    "В районный совет избраны 15 депутатов, а на сессию пришли 30 жителей.",
    "Кеңешке 9 депутат шайланды, ал эми жыйынга 40 тургун келди.",
    "Избраны 7 старост, которые приняли участие в сходе.",
    # a denied verb of taking part, its object in the genitive
    "Еще 12 учителей не проходили курсов повышения квалификации.",
    "В прошлом году 8 специалистов не принимали участия в семинаре.",
    "Не прошли 14 человек, курсы закончились.",
    # units counted after a thing they own
    "Расходы трех айыл окмоту выросли. На территории шести сел открыты 2 школы.",
    "Бюджетники пяти айыл окмоту получили премии, земляки 4 сел приехали.",
    # a thing laid or brought to people in the dative
    "Быйыл 120 үй-бүлөгө суу тартылды. Кышка карата 45 карыяга көмүр жеткирилди.",
    "Семинарга 30 катышуучу тартылды, 25 адамга жардам көрсөтүлдү.",
)


def _elected_reference(tokens: Tokens, p: Phrase) -> bool:
    """tallies.elected_beyond_clause without its sentence's words asked first."""
    first = p.start - len(negation.own_clause_before(tokens, p.start))
    last = p.end + negation.own_clause_end(tokens, p.end)
    own = [*range(first, p.start), *range(p.end, last)]
    if not any(tallies._chosen(tokens[k]) for k in own):
        return False
    if any(status_at(tokens, k) is not None for k in own):
        return False
    if last + 1 < len(tokens) and tokens[last + 1].low in tallies._BACK_REFERENCES:
        return False
    return tallies.elected_or_selected(tokens, p)


def _genitive_reference(tokens: Tokens, p: Phrase) -> bool:
    """negation.negated's first test without its sentence's words asked first."""
    return negation.genitive_denied(negation.own_clause(tokens, p))


def _genitive_fast(tokens: Tokens, p: Phrase) -> bool:
    return negation._may_deny_genitive(
        negation.sentence_words(tokens, p)
    ) and negation.genitive_denied(negation.own_clause(tokens, p))


def _supplied_reference(tokens: Tokens, p: Phrase) -> bool:
    """recipients.supplied_to without its sentence's words asked first."""
    if p.head.ending.case != "dative" or counts_participants(p):
        return False
    after = tokens.clause_after(p.end, STATUS_REACH)[: negation.own_clause_end(tokens, p.end)]
    return any(
        tok.kind == "word" and tok.low.startswith(recipients._SUPPLIED_STEMS) for tok in after
    )


def _owned_reference(low: str) -> bool:
    """unit_phrases.owned_thing_ru without the one `startswith` of all its stems first."""
    return any(
        low.startswith(stem) and low[len(stem) :] in unit_phrases._THING_TAILS
        for stem in unit_phrases._OWNED_THINGS_RU
    )


PAIRS: dict[str, tuple[Callable[[Tokens, Phrase], bool], Callable[[Tokens, Phrase], bool]]] = {
    "elected_beyond_clause": (tallies.elected_beyond_clause, _elected_reference),
    "genitive_denied": (_genitive_fast, _genitive_reference),
    "supplied_to": (recipients.supplied_to, _supplied_reference),
}


def test_the_rules_answer_as_their_loops_on_made_up_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    found = rule_answers(counts_seen(monkeypatch, iter(TEXTS)), PAIRS)
    for name, answers in found.items():  # each rule said yes and no here
        assert True in answers and False in answers, name


def test_the_rules_answer_as_their_loops_on_every_gold_count(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths = sorted(GOLD_DOCS.glob("*.txt"))
    assert len(paths) > 100
    seen = counts_seen(monkeypatch, (p.read_text(encoding="utf-8") for p in paths))
    assert len(seen) > 150  # (214 counts with a noun when written)
    rule_answers(seen, PAIRS)


def test_a_thing_of_units_reads_as_its_loop_on_every_word() -> None:
    """Every stem whole, with each tail, a letter more, a letter less, and words of other
    stems: the one `startswith` first changes no answer."""
    words = ["", "дом", "бюджетники", "земляки", "территориальный"]
    for stem in unit_phrases._OWNED_THINGS_RU:
        words += [stem, stem[:-1], stem + "ник", stem + "ь"]
        words += [stem + tail for tail in unit_phrases._THING_TAILS]
    assert {unit_phrases.owned_thing_ru(w) for w in words} == {True, False}
    for word in words:
        assert unit_phrases.owned_thing_ru(word) == _owned_reference(word), word
