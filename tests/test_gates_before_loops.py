"""Tests asked before a loop over a word list (round 30 of docs/PERFORMANCE.md): one test
of the whole list in C (`str.startswith` of a tuple) lets a word that opens with none of
its entries skip the loop (numbers.read_word's stems; the places' cities written in
lower case, PlaceIndex.may_be_lower_case_city). Each answers as its loop alone did (the
reference path, kept here), for the lists' own words with endings and for other words,
and the reference tells a gate that leaves an entry out."""

from __future__ import annotations

import copy
from collections.abc import Iterator

import pytest

from vap_cli.extractors.places.index import PlaceIndex
from vap_cli.fold import fold
from vap_cli.numbers import word_tables, words
from vap_cli.resources import default as default_resources

# Words that are no numbers, some opening as a number's stem does ("бирок", "онтогон").
OTHER_WORDS = (
    "",
    "бирок",
    "онтогон",
    "жетишүү",
    "алтын",
    "үчүн",
    "тогузкоргоол",
    "миналар",
    "семинар",
    "Дважды",
    "трактор",
    "Ошондой",
)


def _number_forms() -> Iterator[str]:
    """Every Kyrgyz stem of the number tables with each ending `read_word` knows, cut by
    a letter and lengthened by one; the Russian words whole and lengthened; a few of
    them capitalised (`read_word` folds the case first)."""
    endings = (
        "",
        *word_tables.ENDING_CASE,
        *word_tables.COLLECTIVE_ENDINGS,
        *word_tables.ORDINAL,
        *word_tables.VAGUE_NUMBERS,
        *word_tables.PARTITIVE_ENDINGS,
    )
    stems = (
        *word_tables.COLLECTIVE_STEMS,
        *word_tables.KY_NUMBER_STEMS,
        *word_tables.ENDING_ONLY,
    )
    for stem in stems:
        yield stem.capitalize()
        for ending in endings:
            word = stem + ending
            yield from (word, word[:-1], word + "а")
    russian = (
        *word_tables.RUSSIAN_NUMBERS,
        *word_tables.RUSSIAN_ORDINALS,
        *word_tables.RUSSIAN_NOT_NUMBERS,
    )
    for word in russian:
        yield from (word, word + "а", word.capitalize())


def _read_word_by_loops(word: str, monkeypatch: pytest.MonkeyPatch) -> words.NumberWord | None:
    """`read_word` with its gate open for every word (its loops alone decide)."""
    with monkeypatch.context() as patched:
        patched.setattr(words, "_KYRGYZ_STEMS", ("",))
        return words.read_word.__wrapped__(word)


def test_read_word_answers_as_its_loops(monkeypatch: pytest.MonkeyPatch) -> None:
    found = 0
    for word in (*_number_forms(), *OTHER_WORDS):
        expected = _read_word_by_loops(word, monkeypatch)
        assert words.read_word.__wrapped__(word) == expected, word
        found += expected is not None
    assert found > len(word_tables.KY_NUMBER_STEMS)  # the forms hold numbers, not only others


@pytest.mark.parametrize("left_out", ["collective", "kyrgyz", "ending_only"])
def test_a_gate_without_a_list_changes_the_answers(
    left_out: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reference tells a gate that lacks the stems of one table: the comparison
    above can fail."""
    tables = {
        "collective": word_tables.COLLECTIVE_STEMS,
        "kyrgyz": word_tables.KY_NUMBER_STEMS,
        "ending_only": tuple(word_tables.ENDING_ONLY),
    }
    kept = tuple(s for name, table in tables.items() if name != left_out for s in table)
    narrow = tuple(s for s in words._KYRGYZ_STEMS if s in kept)
    with monkeypatch.context() as patched:
        patched.setattr(words, "_KYRGYZ_STEMS", narrow)
        changed = [
            w
            for w in _number_forms()
            if words.read_word.__wrapped__(w) != _read_word_by_loops(w, monkeypatch)
        ]
    assert changed


def _lower_case_city_by_loops(index: PlaceIndex, key: str, low: str) -> bool:
    """The test `may_be_lower_case_city` stands for, each name tried in turn."""
    return any(map(key.startswith, index.lower_case)) or any(
        map(low.startswith, index.lower_case_listed)
    )


def _city_words(index: PlaceIndex) -> Iterator[str]:
    """The cities of both lists in lower case, bare, with Kyrgyz case endings, cut by a
    letter and capitalised; and other words, some opening as a city's name does."""
    for name in (*index.lower_case.values(), *index.lower_case_listed.values()):
        for word in (name, name + "та", name + "дан", name + "ка", name[:-1]):
            yield from (word.casefold(), word)
    yield from OTHER_WORDS


def test_lower_case_city_answers_as_its_loops() -> None:
    index = default_resources().place_index
    assert index.lower_case and index.lower_case_listed
    found = 0
    for word in _city_words(index):
        key, low = fold(word), word.casefold()
        expected = _lower_case_city_by_loops(index, key, low)
        assert index.may_be_lower_case_city(key, low) == expected, word
        found += expected
    assert found


def test_a_lower_case_gate_without_a_city_changes_the_answers() -> None:
    index = default_resources().place_index
    narrow = copy.copy(index)
    narrow.lower_case_keys = index.lower_case_keys[1:]
    narrow.lower_case_listed_keys = index.lower_case_listed_keys[1:]
    assert any(
        narrow.may_be_lower_case_city(fold(w), w.casefold())
        != _lower_case_city_by_loops(index, fold(w), w.casefold())
        for w in _city_words(index)
    )
