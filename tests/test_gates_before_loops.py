"""Tests asked before a loop over a word list (round 30 of docs/PERFORMANCE.md): one test
of the whole list in C (`str.startswith` of a tuple, a set's look-up) lets a word that
opens, ends or equals none of its entries skip the loop. Each function answers as its
loop alone did (the reference path: the gate opened for every word), for the lexicon's
own words with every ending and for other words, and the reference differs from a gate
that leaves an entry out."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from vap_cli.numbers import word_tables, words

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
