"""Rules that ask one cheap question of their words before reading a clause or a line
(round 31 of docs/PERFORMANCE.md): each answers as its reading alone did, the reading
without the gate kept here as the reference, for every count the rules see in made-up
text and in the gold documents, and for every related heading of the lexicon with each
word that frames one.

- participants.born_or_died asks its own clause's shared words for a stem that opens an
  idiom of birth or death or a Russian verb of it (`vital._VITAL_OPENS`);
- participants.service_shared_by_rows asks the tokens it may read for a word of a
  service (`shared_rows._service_word_within_reach`);
- participants.access_gained asks its sentence's shared words for an access noun
  (`recipients._ACCESS_NOUN_STEMS`) before `_access_received` walks the stretch;
- segment lines_related._related_heading asks the folded line for any related heading
  inside it (`_ANY_RELATED_HEADING`) before cutting words off its ends."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from vap_cli.extractors import participants
from vap_cli.extractors.participants import decide, recipients, shared_rows, vital
from vap_cli.extractors.participants.constants import CUE_REACH, STATUS_REACH
from vap_cli.extractors.participants.negation import (
    own_clause,
    own_clause_before,
    own_clause_end,
)
from vap_cli.extractors.participants.phrase import Phrase
from vap_cli.extractors.participants.words import Tokens
from vap_cli.segment import lines_related

GOLD_DOCS = Path(__file__).resolve().parent / "gold" / "docs"

# Our own sentences: each rule says yes to some, and some are near misses of it.
TEXTS = (
    # births and deaths: a Kyrgyz idiom, a Russian verb; "родились и выросли" is where from
    "Өткөн айда тоолуу айылдарда 75 наристе жарык дүйнөгө келди.",
    "За квартал в двух селах родились 64 ребенка.",
    "Былтыр кыштакта 12 карыя көз жумду, жазда 30 тургун кайра келди.",
    "В этом селе родились и выросли 40 выпускников, приехавших на встречу.",
    "Майрамга 50 тургун келди.",
    # rows of one noun sharing a service's verb; the same rows with a verb of coming
    "Ак-Суу айылында 120 бала, Жаңы-Жер айылында 95 бала кызамыкка каршы эмделди.",
    "Чон-Таш айылында 45 аял, Кара-Булак айылында 38 аял текшерүүдөн өтүштү.",
    "Ак-Суу айылында 120 бала, Жаңы-Жер айылында 95 бала майрамга келишти.",
    # access gained, in Russian by its noun and verb, in Kyrgyz by its predicate
    "Доступ к чистой воде получили 900 жителей трех сел.",
    "Жаңы түтүк тартылгандан кийин 2300 тургун үчүн таза суу жеткиликтүү болду.",
    "Доступ к архиву обсудили 25 депутатов, вопрос перенесли.",
)


def _born_or_died_reference(tokens: Tokens, p: Phrase) -> bool:
    """vital.born_or_died without its clause's words asked first."""
    before = own_clause_before(tokens, p.start)
    after = tokens.clause_after(p.end, STATUS_REACH)[: own_clause_end(tokens, p.end)]
    return vital._idiom_as_predicate(before, after) or vital._finite_verb_alone(
        own_clause(tokens, p)
    )


def _shared_rows_reference(tokens: Tokens, p: Phrase) -> bool:
    """shared_rows.service_shared_by_rows with its reach's words never asked."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(shared_rows, "_service_word_within_reach", lambda tokens, start: True)
        return shared_rows.service_shared_by_rows(tokens, p)


def _access_reference(tokens: Tokens, p: Phrase) -> bool:
    """recipients.access_gained as its loops alone read it."""
    after = tokens.clause_after(p.end, STATUS_REACH)
    if any(tok.low in recipients._ACCESS_PREDICATES for tok in after):
        return True
    return recipients._access_received((*tokens.clause_before(p.start, CUE_REACH), *after))


PAIRS: dict[str, tuple[Callable[[Tokens, Phrase], bool], Callable[[Tokens, Phrase], bool]]] = {
    "born_or_died": (vital.born_or_died, _born_or_died_reference),
    "service_shared_by_rows": (shared_rows.service_shared_by_rows, _shared_rows_reference),
    "access_gained": (recipients.access_gained, _access_reference),
}


def _counts_seen(
    monkeypatch: pytest.MonkeyPatch, texts: Iterator[str]
) -> list[tuple[Tokens, Phrase]]:
    """Every count's phrase the phrase rules are asked of, with its tokens."""
    seen: list[tuple[Tokens, Phrase]] = []

    def record(tokens: Tokens, p: Phrase) -> bool:
        seen.append((tokens, p))
        return False

    first_rule = decide.PHRASE_RULES[0][0]
    monkeypatch.setattr(decide, "PHRASE_RULES", ((first_rule, record), *decide.PHRASE_RULES))
    for text in texts:
        participants.find_counts(text)
    return seen


def _answers(seen: list[tuple[Tokens, Phrase]]) -> dict[str, list[bool]]:
    found: dict[str, list[bool]] = {name: [] for name in PAIRS}
    for tokens, p in seen:
        for name, (fast, reference) in PAIRS.items():
            answer = fast(tokens, p)
            assert answer == reference(tokens, p), (name, [t.text for t in tokens[p.start : p.end]])
            found[name].append(answer)
    return found


def test_the_gated_rules_answer_as_their_readings_on_made_up_counts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = _answers(_counts_seen(monkeypatch, iter(TEXTS)))
    for name, answers in found.items():  # each rule said yes at least twice, and no
        assert answers.count(True) >= 2 and False in answers, (name, answers)


def test_the_gated_rules_answer_as_their_readings_on_every_gold_count(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths = sorted(GOLD_DOCS.glob("*.txt"))
    assert len(paths) > 100
    seen = _counts_seen(monkeypatch, (p.read_text(encoding="utf-8") for p in paths))
    assert len(seen) > 150
    _answers(seen)


@pytest.mark.parametrize(
    ("gate", "stems"),
    [
        (vital._VITAL_OPENS, (*vital._VITAL_FIRST, *vital._VITAL_VERBS)),
        (recipients._ACCESS_NOUN_STEMS, recipients._ACCESS_NOUNS),
    ],
)
def test_a_gate_holds_every_stem_its_reading_needs(gate, stems) -> None:
    """A gate without one of the stems would drop that stem's answers (so the comparisons
    above can fail): every stem is in its gate, and a word of it opens the gate."""
    assert set(stems) <= set(gate.stems)
    for stem in stems:
        assert gate.open_a_token_of("\x00" + stem + "дар"), stem


def _headings() -> list[str]:
    """Every related heading of the lexicon bare and with each word that frames one,
    cut by a letter and lengthened by one: folded lines `_related_heading` reads."""
    lines = ["", "жаңылыктар", "сегодня в районе", "бул темага", "читайте"]
    frames = [
        *(w + "{}" for w in lines_related._HEADING_DETERMINERS),
        *("{}" + w for w in lines_related._HEADING_NOUNS),
        *("{}" + w for w in lines_related._HEADING_SCOPES),
        *(w + "{}" for w in lines_related._HEADING_VERBS),
        *(w + "{}" for w in lines_related._HEADING_ALSO),
        *("{}" + w for w in lines_related._HEADING_REPORTED),
    ]
    frames += [
        d + s + "{}"
        for d in lines_related._HEADING_DETERMINERS
        for s in lines_related._HEADING_SECTIONS
    ]
    for heading in sorted(lines_related._RELATED_HEADINGS):
        for shape in (heading, heading[:-1], heading[1:], heading + "ы"):
            lines += [shape, *(frame.format(shape) for frame in frames)]
    return lines


def test_a_related_heading_reads_as_without_its_gate() -> None:
    lines = _headings()
    fast = [lines_related._related_heading(line) for line in lines]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lines_related, "_ANY_RELATED_HEADING", re.compile(""))
        reference = [lines_related._related_heading(line) for line in lines]
    assert fast.count(True) >= 2 and False in fast
    assert fast == reference
