"""Lexicon word lists hold each entry once: a repeat is an edit that forgot the word was
already there, and a later removal of "the" word would leave its twin behind."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from vap_cli.extractors.persons import lone_surnames, tables
from vap_cli.lexicon import load, source, words

# Lists whose order means something, so a repeat is a value, not a slip:
# (lexicon, path prefix) -> why.
_POSITIONAL: dict[tuple[str, tuple[str, ...]], str] = {
    ("numbers", ("russian", "unit_cases")): "one form per case, in a fixed case order "
    "(the genitive and the prepositional of двух, трёх, ... are one word)",
    ("numbers", ("russian", "tens_suffix")): "one ending per case, in the unit_cases order",
    ("numbers", ("russian", "hundreds_suffix")): "one ending per case, in the unit_cases order",
    ("numbers", ("russian", "scales")): "singular and plural endings, one per case",
}

_LEXICONS = sorted(path.stem for path in source("persons").parent.glob("*.yaml"))


def _word_lists(node: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], list[str]]]:
    """Every list of strings in a parsed lexicon, with its path of keys and indexes."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _word_lists(value, (*path, str(key)))
    elif isinstance(node, list):
        words = [item for item in node if isinstance(item, str)]
        if words:
            yield path, words
        for index, item in enumerate(node):
            yield from _word_lists(item, (*path, str(index)))


def _positional(lexicon: str, path: tuple[str, ...]) -> bool:
    return any(name == lexicon and path[: len(prefix)] == prefix for name, prefix in _POSITIONAL)


def test_the_walk_finds_lists_and_repeats() -> None:
    found = dict(_word_lists({"a": ["x", "y", "X"], "b": [{"c": ["z"]}], "d": [1, 2]}, ()))
    assert found == {("a",): ["x", "y", "X"], ("b", "0", "c"): ["z"]}
    assert _positional("numbers", ("russian", "unit_cases", "2"))
    assert not _positional("persons", ("russian", "unit_cases", "2"))


@pytest.mark.parametrize("lexicon", _LEXICONS)
def test_no_word_list_holds_an_entry_twice(lexicon: str) -> None:
    repeats = {
        "/".join(path): sorted(
            word for word, n in Counter(map(str.casefold, words)).items() if n > 1
        )
        for path, words in _word_lists(load(lexicon), ())
        if not _positional(lexicon, path)
    }
    assert {path: words for path, words in repeats.items() if words} == {}


def test_every_exemption_names_a_list_that_exists() -> None:
    for lexicon, prefix in _POSITIONAL:
        paths = [path for path, _ in _word_lists(load(lexicon), ())]
        assert any(path[: len(prefix)] == prefix for path in paths), (lexicon, prefix)


# --- one word class: the Russian prepositions and conjunctions, the Kyrgyz conjunctions and
# postpositions (word_classes.yaml), read by reference (lexicon.words; tidy63) ---------------


def test_a_list_built_from_word_classes_takes_the_classes_then_its_own_words() -> None:
    classes = load("word_classes")
    built = words({"classes": ["ky_conjunctions", "ky_postpositions"], "plus": ["и"]})
    assert built == (*classes["ky_conjunctions"], *classes["ky_postpositions"], "и")
    assert words(["а", "б"]) == ("а", "б")


def _class_references(node: object) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        own = [node] if "classes" in node else []
        return own + [ref for value in node.values() for ref in _class_references(value)]
    if isinstance(node, list):
        return [ref for item in node for ref in _class_references(item)]
    return []


@pytest.mark.parametrize("lexicon", ["sentences", "persons", "gazetteer_query"])
def test_every_reference_names_word_classes_that_exist(lexicon: str) -> None:
    refs = _class_references(load(lexicon))
    assert refs
    assert all(name in load("word_classes") for ref in refs for name in ref["classes"])


def test_the_persons_lists_read_the_shared_prepositions() -> None:
    prepositions = set(load("word_classes")["ru_prepositions"])
    assert prepositions <= tables.TITLE_CASE_TELLS
    assert prepositions <= lone_surnames.LONE_VERB_PREPOSITIONS
    assert set(load("word_classes")["ky_postpositions"]) <= tables.TITLE_CASE_TELLS
