"""One morphology: the header's date lines read the months of the date grammar
(dategrammar.py), and a state body's complement stops at the Russian past
tense of persons.yaml; neither spells its own copy."""

from __future__ import annotations

import itertools

import pytest
import regex

from vap_cli import dategrammar
from vap_cli.extractors import state_bodies
from vap_cli.extractors.persons.tables import SENTENCE_START_VERB_ENDINGS_RU
from vap_cli.segment.lines_header import WRITTEN_DATE


def test_a_date_line_reads_every_month_form_the_date_grammar_gives() -> None:
    forms = [
        form
        for form, month in dategrammar.MONTH_FORMS.items()
        if month.case != "en" and form.startswith(dategrammar.MONTH_NAME_STEMS)
    ]
    assert len(forms) > len(dategrammar.MONTH_NAME_STEMS)  # the case forms, not the stems
    assert all(WRITTEN_DATE.search(f"12 {form}") for form in forms)
    assert all(WRITTEN_DATE.search(f"12-{form}") for form in forms)


@pytest.mark.parametrize("line", ["12 жолу", "2 адам", "12.03.2024"])
def test_a_day_without_a_month_is_no_written_date(line: str) -> None:
    assert WRITTEN_DATE.search(line) is None


def test_a_written_date_reads_its_day_as_the_plain_look_behind_does() -> None:
    # WRITTEN_DATE checks the day's look-behind after its first digit (a search then
    # skips to digits): the same matches as the plain `(?<![\d.,])[0-3]?\d`.
    months = "|".join(dategrammar.MONTH_NAME_STEMS)
    plain = regex.compile(
        rf"(?<![\d.,])[0-3]?\d(?:[ ]{{1,2}}|[ ]?-[ ]?)(?:{months})", regex.IGNORECASE
    )
    pieces = ["", "1", "3", "4", "9", ".", ",", "a", " ", "\n", "-"]
    for before, day, after in itertools.product(
        itertools.product(pieces, repeat=2), ["0", "3", "12", "31", "45", "123"], ["", " ", "-"]
    ):
        line = f"{''.join(before)}{day}{after} марта, 5 май"
        found, expected = WRITTEN_DATE.search(line), plain.search(line)
        assert (found and found.span()) == (expected and expected.span()), line


def test_a_state_bodys_past_tense_is_the_persons_lexicons() -> None:
    # every ending of persons.yaml's Russian past tense, and nothing of its own
    assert all(state_bodies._past_tense("выступ" + e) for e in SENTENCE_START_VERB_ENDINGS_RU)
    assert state_bodies._past_tense("провела") and state_bodies._past_tense("сообщили")
    assert not state_bodies._past_tense("совета")
