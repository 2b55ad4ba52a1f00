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
- participants' elliptic rows (`elliptic.elliptic_next`) ask whether a comma or a
  joiner follows the number before the four tests of the row before it;
- segment lines_related._related_heading asks the folded line for any related heading
  inside it (`_ANY_RELATED_HEADING`) before cutting words off its ends."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from gate_pairs import answers as rule_answers
from gate_pairs import counts_seen
from vap_cli.extractors import participants
from vap_cli.extractors.participants import (
    candidates,
    elliptic,
    recipients,
    shared_rows,
    vital,
)
from vap_cli.extractors.participants.constants import CUE_REACH, STATUS_REACH
from vap_cli.extractors.participants.negation import (
    own_clause_before,
    own_clause_end,
)
from vap_cli.extractors.participants.phrase import Phrase, read_qualifiers
from vap_cli.extractors.participants.rows import place_row, source_before, unit_locative_row
from vap_cli.extractors.participants.words import ROW_JOINERS, Tokens
from vap_cli.numbers import NumberMatch
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
    # rows that share the next row's noun, and a number with no list after it
    "Кочкордон 18, Жумгалдан 22 жана Ат-Баштыдан 9 мугалим келди.",
    "Чоң-Алай районунда 30, Алай районунда 45 дыйкан катышты.",
    "Из Таласа 14, из Кара-Балты 11 волонтеров приехали на субботник.",
    "Кочкордон 18 мугалим келди. Кеңешке Жумгалдан 7 келди.",
)


def _born_or_died_reference(tokens: Tokens, p: Phrase) -> bool:
    """vital.born_or_died without its clause's words asked first."""
    before = own_clause_before(tokens, p.start)
    after = tokens.clause_after(p.end, STATUS_REACH)[: own_clause_end(tokens, p.end)]
    return vital._idiom_as_predicate(before, after) or vital._vital_verb_governs(before, after)


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


def test_the_gated_rules_answer_as_their_readings_on_made_up_counts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = rule_answers(counts_seen(monkeypatch, iter(TEXTS)), PAIRS)
    for name, answers in found.items():  # each rule said yes at least twice, and no
        assert answers.count(True) >= 2 and False in answers, (name, answers)


def test_the_gated_rules_answer_as_their_readings_on_every_gold_count(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths = sorted(GOLD_DOCS.glob("*.txt"))
    assert len(paths) > 100
    seen = counts_seen(monkeypatch, (p.read_text(encoding="utf-8") for p in paths))
    assert len(seen) > 150
    rule_answers(seen, PAIRS)


def _elliptic_reference(tokens: Tokens, num: NumberMatch) -> tuple[int, object] | None:
    """elliptic.elliptic_next with the comma or joiner asked last, after the row's tests."""
    first = num.first
    if num.kind not in ("digits", "words") or not first:
        return None
    reading = read_qualifiers(tokens, num)
    last = reading.after
    if elliptic._joined_to_next_number(tokens, num, last):
        return last + 1, reading.qualifier
    if last >= len(tokens) or (
        num.ending
        and last == num.last
        and num.case != "approximative"
        and not elliptic._distributive_row(tokens, num)
    ):
        return None
    reach = (
        elliptic.ELLIPTIC_LOCATIVE_REACH
        if elliptic._distributive_row(tokens, num)
        else elliptic.ELLIPTIC_REACH
    )
    same_case = elliptic._ablative_before
    if not (place_row(tokens, first, owner=True) or source_before(tokens, first)):
        if unit_locative_row(tokens, first):
            reach, same_case = elliptic.ELLIPTIC_LOCATIVE_REACH, elliptic._locative_before
        elif elliptic.place_event_row(tokens, first):
            reach, same_case = elliptic.ELLIPTIC_LOCATIVE_REACH, elliptic._place_before
        else:
            return None
    if not (tokens[last].text == "," or tokens[last].low in ROW_JOINERS):
        return None
    return elliptic._next_row(tokens, last, reach, same_case, reading.qualifier)


def _elliptic_answers(monkeypatch: pytest.MonkeyPatch, texts: Iterator[str]) -> list[bool]:
    """elliptic_next's answer for every number the rows ask it of, checked against the
    reference; whether each found a row."""
    found: list[bool] = []

    def checked(tokens: Tokens, num: NumberMatch) -> tuple[int, object] | None:
        answer = elliptic.elliptic_next(tokens, num)
        assert answer == _elliptic_reference(tokens, num), tokens[num.first].text
        found.append(answer is not None)
        return answer

    monkeypatch.setattr(candidates, "elliptic_next", checked)
    for text in texts:
        participants.find_counts(text)
    return found


def test_an_elliptic_row_reads_as_with_its_list_asked_last(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = _elliptic_answers(monkeypatch, iter(TEXTS))
    assert found.count(True) >= 2 and False in found


def test_an_elliptic_row_reads_as_with_its_list_asked_last_in_every_gold_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    paths = sorted(GOLD_DOCS.glob("*.txt"))
    found = _elliptic_answers(monkeypatch, (p.read_text(encoding="utf-8") for p in paths))
    assert len(found) > 100 and True in found


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
