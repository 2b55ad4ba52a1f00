"""The places of the shared word search (word_starts.word_sets) are not kept right
after a small letter (NOT_AFTER): every pattern tried at them rejects a letter right
before its first word, so dropping those places changes no match."""

from __future__ import annotations

import sys

import pytest
import regex

from vap_cli.extractors import organizations, periods, state_bodies, word_starts
from vap_cli.extractors.dates import form_starts, patterns
from vap_cli.extractors.events import kinds
from vap_cli.extractors.persons import tables
from vap_cli.numbers import NUMBER_BEGINS, NUMBER_START

_LETTER = regex.compile(r"\p{L}")


def test_every_character_the_places_are_not_kept_after_is_a_letter() -> None:
    # in the folded text: a character that folds to one of them is a letter too, so a
    # place dropped after it stands after a letter in the text itself
    assert all(_LETTER.match(ch) for ch in word_starts.NOT_AFTER)
    folding_to_them = [
        chr(c)
        for c in range(sys.maxunicode + 1)
        if len(folded := chr(c).casefold()) == 1 and folded in word_starts.NOT_AFTER
    ]
    assert len(folding_to_them) > len(word_starts.NOT_AFTER)  # the capitals too
    assert all(_LETTER.match(ch) for ch in folding_to_them)


def _begun_anchor_kinds() -> list[regex.Pattern[str]]:
    return [part.pattern for part in tables.ANCHOR.parts if isinstance(part, tables._Begun)]


# Each set of the shared search whose places a stage reads (TokenStream.starts), and
# the patterns it tries there; the others' places are read by no stage (their stages
# search them with rx.Scan, which keeps every place).
TRIED_AT_PLACES: dict[object, list[regex.Pattern[str]]] = {
    **{begins: [form] for form, begins in form_starts.FORM_BEGINS.items()},
    patterns.RANGE_OPEN_BEGINS: [
        patterns.OPEN_NUMERIC_RANGE,
        form_starts.WORD_DATE_OPEN,
        periods.OPENED_RANGE_RU,
    ],
    NUMBER_BEGINS: [NUMBER_START],
    word_starts.KIND_BEGINS: [kinds._KIND_START, kinds._KIND],
    word_starts.VERB_BEGINS: [kinds._VERB],
    word_starts.ALIAS_BEGINS: [organizations._ALIAS_START, organizations._ALIASES],
    state_bodies.HEAD_BEGINS: [state_bodies._HEAD],
    word_starts.PATRONYMIC_BEGINS: _begun_anchor_kinds(),
}
NOT_READ = {
    form_starts.WORD_BEGINS,
    word_starts.DURATION_UNIT_BEGINS,
    word_starts.DURATION_WORD_BEGINS,
}
# What may follow a set's word in a match: a date's, a count's, a period's rest.
TAILS = ["", " 5 по 7 мая 2021 года", "ы 2021-жылы", " 12.03.2020", "дын 20 адам", " - 2023"]


def test_every_set_of_the_shared_search_is_read_by_its_patterns_or_by_none() -> None:
    sets = set(word_starts.word_sets().sets)
    assert sets == set(TRIED_AT_PLACES) | NOT_READ
    assert not set(TRIED_AT_PLACES) & NOT_READ
    assert all(TRIED_AT_PLACES.values())


@pytest.mark.parametrize("letter", sorted(word_starts.NOT_AFTER))
def test_no_pattern_tried_at_the_places_matches_right_after_a_letter(letter: str) -> None:
    for begins, tried in TRIED_AT_PLACES.items():
        assert isinstance(begins, word_starts.rx.Beginnings)
        for word in begins.words:
            for before in (letter, letter.upper()):
                for tail in TAILS:
                    text = before + word + tail
                    assert not any(p.match(text, 1) for p in tried), (text, tried)
