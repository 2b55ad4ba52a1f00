"""What the disk cache stores is quick to read back: each equal string held once
(diskcache.one_copy_each), a gazetteer unit pickled as its values (Unit.__reduce__),
the who-nouns and the generic verbs of the participants, the names' forms of the
persons and the number words' tries made once (participants/who_table.py, generic.py,
persons/name_forms.py, numbers/word_tables.py)."""

from __future__ import annotations

import copy
import os
import pickle
import pickletools
import subprocess
import sys
from collections import Counter
from dataclasses import FrozenInstanceError, dataclass, fields
from pathlib import Path

import pytest

from vap_cli import diskcache
from vap_cli.gazetteer import Unit


@dataclass(frozen=True)
class Town:
    name: str
    kinds: tuple[str, ...]


class Table:
    def __init__(self, towns: list[Town]) -> None:
        self.by_name = {town.name: town for town in towns}
        self.towns = towns


def made_apart(text: str) -> str:
    """An equal string that is another object (as a parser or a fold makes it)."""
    return "".join(list(text))


def strings_written(value: object) -> list[str]:
    """The strings the pickle of `value` writes."""
    return [
        arg
        for op, arg, _ in pickletools.genops(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
        if op.name in {"SHORT_BINUNICODE", "BINUNICODE", "UNICODE"}
    ]


def test_equal_strings_in_objects_and_containers_become_one() -> None:
    towns = [
        Town(made_apart("Талас"), (made_apart("шаар"), made_apart("борбор"))),
        Town(made_apart("Кемин"), (made_apart("шаар"), made_apart("борбор"))),
    ]
    table = Table(towns)
    keys = {made_apart("Талас"), made_apart("Кемин")}
    value = {"table": table, "keys": frozenset(keys), "names": [made_apart("Кемин")]}
    before = copy.deepcopy(value)
    shared = diskcache.one_copy_each(value)
    assert shared["names"] == before["names"] and shared["keys"] == before["keys"]
    assert shared["table"].towns == before["table"].towns
    assert list(shared["table"].by_name) == ["Талас", "Кемин"]  # the dict's order kept
    first, second = shared["table"].towns
    assert first.kinds is second.kinds  # equal tuples of strings: one tuple
    assert shared["names"][0] is second.name
    assert next(iter(k for k in shared["keys"] if k == "Талас")) is first.name
    assert shared["table"].by_name["Талас"] is first  # objects stay themselves
    written = strings_written(shared)
    assert len(written) == len(set(written))


def test_a_tuple_holding_an_object_is_shared_where_it_was() -> None:
    town = Town(made_apart("Нарын"), ())
    pair = (town, made_apart("Нарын"))
    shared = diskcache.one_copy_each({"a": pair, "b": [pair], "c": (town, made_apart("Нарын"))})
    assert shared["a"] is shared["b"][0]  # one tuple before, one tuple after
    assert shared["a"] is not shared["c"]  # equal tuples of objects stay two
    assert shared["a"][0] is shared["c"][0] is town


def test_a_module_a_class_or_a_function_is_not_walked() -> None:
    fields_before = dict(vars(Table))
    value = {"module": pytest, "class": Table, "function": made_apart, "number": 3.5}
    shared = diskcache.one_copy_each(value)
    assert shared["module"] is pytest and shared["class"] is Table
    assert shared["function"] is made_apart and shared["number"] == 3.5
    assert dict(vars(Table)) == fields_before


def test_the_stored_gazetteer_writes_each_string_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vap_cli import resources

    monkeypatch.setenv("VAP_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("VAP_NO_CACHE", raising=False)
    resources._load.cache_clear()
    try:
        built = resources.load(())
        (stored,) = (tmp_path / "cache").glob("gazetteer-*.pickle")
        written = Counter(strings_written(pickle.loads(stored.read_bytes())))  # noqa: S301
        # Written twice at most: a field's name, kept apart by its object, and a value
        # equal to it (a unit's source "name").
        twice = {text for text, times in written.items() if times > 1}
        assert twice <= {field.name for field in fields(Unit)}
        assert max(written.values()) <= 2
        resources._load.cache_clear()
        again = resources.load(())
        assert again is not built and len(again.gazetteer) == len(built.gazetteer)
        assert again.place_index.keys == built.place_index.keys
    finally:
        resources._load.cache_clear()


def unit_with(**given: object) -> Unit:
    fields_given: dict[str, object] = {
        "id": "41799000000001",
        "level": "village",
        "name": "Ак-Жар",
        "name_ru": None,
        "name_en": None,
        "aliases": (),
        "parent": None,
        "oblast": None,
        "district": None,
    }
    fields_given.update(given)
    return Unit(**fields_given)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "unit",
    [
        unit_with(),
        unit_with(
            name="Кызыл-Туу",
            aliases=("Кзыл-Ту", "Кызыл Туу"),
            lat=42.1,
            lon=75.3,
            sources=(("name", "vap"),),
            user_aliases=("Кызылтуу",),
        ),
        unit_with(level="district", iso=None, name_ru_full="Тестовый район", parent="4179"),
    ],
)
def test_a_unit_is_read_back_from_its_pickle_as_made(unit: Unit) -> None:
    again = pickle.loads(pickle.dumps(unit, pickle.HIGHEST_PROTOCOL))  # noqa: S301
    assert again == unit and hash(again) == hash(unit)
    assert vars(again) == vars(unit) and list(vars(again)) == list(vars(unit))
    assert again.sources == unit.sources and again.user_aliases == unit.user_aliases
    assert copy.deepcopy(unit) == unit
    with pytest.raises(FrozenInstanceError):
        again.name = "Башка"  # type: ignore[misc]


def test_a_unit_is_pickled_as_its_values_not_as_a_dict_of_its_fields() -> None:
    written = strings_written(unit_with(name="Сары-Булак"))
    assert "Сары-Булак" in written
    assert "name" not in written and "level" not in written
    assert len(pickle.dumps(unit_with(), pickle.HIGHEST_PROTOCOL)) < len(
        pickle.dumps(vars(unit_with()), pickle.HIGHEST_PROTOCOL)
    )


_WHO_AS_MADE = (
    "from vap_cli.extractors.participants import who_table as w\n"
    "print(w.WHO == w._who_entries(), w.WHO_BY_START == w._who_by_start(w._who_entries()))\n"
    "print({id(e) for es in w.WHO_BY_START.values() for e in es} <= {id(e) for e in w.WHO})\n"
)


def test_the_who_nouns_are_read_back_from_the_cache_as_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_home = tmp_path / "cache"
    env = {**os.environ, "VAP_CACHE_DIR": str(cache_home)}
    env.pop("VAP_NO_CACHE", None)
    for _ in range(2):  # writes the entry, then reads it
        done = subprocess.run(
            [sys.executable, "-c", _WHO_AS_MADE], env=env, capture_output=True, text=True
        )
        assert done.stdout.split() == ["True", "True", "True"], done.stderr
    assert len(list(cache_home.glob("participant-who-*.pickle"))) == 1


def test_the_who_nouns_are_keyed_by_what_makes_them() -> None:
    from vap_cli import fold, plain
    from vap_cli.extractors.participants import who_table
    from vap_cli.lexicon import source

    keyed = {Path(p).resolve() for p in who_table._WHO_SOURCES}
    wanted = {source("participation"), *(Path(m.__file__) for m in (who_table, fold, plain))}
    assert {p.resolve() for p in wanted} <= keyed
    assert source("places").resolve() not in keyed


_NAME_FORMS_AS_MADE = (
    "from vap_cli.extractors.persons import name_forms as n\n"
    "print((n.GIVEN_OBLIQUE_FORMS, n.ANCHOR_GIVEN, n.BODY_HEAD_FORMS) == n._name_forms())\n"
)


def test_the_names_forms_are_read_back_from_the_cache_as_made(tmp_path: Path) -> None:
    cache_home = tmp_path / "cache"
    env = {**os.environ, "VAP_CACHE_DIR": str(cache_home)}
    env.pop("VAP_NO_CACHE", None)
    for _ in range(2):  # writes the entry, then reads it
        done = subprocess.run(
            [sys.executable, "-c", _NAME_FORMS_AS_MADE], env=env, capture_output=True, text=True
        )
        assert done.stdout.split() == ["True"], done.stderr
    assert len(list(cache_home.glob("person-name-forms-*.pickle"))) == 1


def test_the_oblique_given_names_are_the_listed_names_with_each_oblique_ending() -> None:
    from vap_cli.extractors.persons import tables

    names = tables._GIVEN_NAMES
    made = {
        str(name)[: len(str(name)) - len(n)] + oblique
        for sex, table in tables.GIVEN_OBLIQUE.items()
        for name in names[sex]
        for oblique, nominatives in table
        for n in nominatives
        if str(name).endswith(n)
    }
    assert tables.GIVEN_OBLIQUE_FORMS == made
    listed = {str(n) for n in names["male"] + names["female"]}
    assert tables._ANCHOR_GIVEN == sorted(listed | made)
    assert not listed <= tables.GIVEN_OBLIQUE_FORMS  # a nominative is no oblique form


def test_the_heads_of_bodies_are_read_in_every_case() -> None:
    from vap_cli import morph
    from vap_cli.extractors.persons import tables

    for head in tables.BODY_HEADS:
        assert morph.russian_noun_forms(head) <= tables.BODY_HEAD_FORMS
    assert "асанова" not in tables.BODY_HEAD_FORMS


def test_the_names_forms_are_keyed_by_what_makes_them() -> None:
    from vap_cli import morph, morph_names
    from vap_cli.extractors.persons import name_forms
    from vap_cli.lexicon import source

    keyed = {Path(p).resolve() for p in name_forms._NAME_FORMS_SOURCES}
    wanted = {source("given_names"), source("persons"), source("morphology")}
    wanted |= {Path(m.__file__) for m in (name_forms, morph_names, morph)}
    assert {p.resolve() for p in wanted} <= keyed


_GENERIC_VERBS_AS_MADE = (
    "from vap_cli.extractors.participants import generic as g\n"
    "made, read = g._generic_verbs(), g._GENERIC_VERBS\n"
    "print((made.items, made.first, made.last) == (read.items, read.first, read.last))\n"
    "print(all(p in read.items for ps in read.first.values() for p in ps))\n"
)


def test_the_generic_verbs_are_read_back_from_the_cache_as_made(tmp_path: Path) -> None:
    cache_home = tmp_path / "cache"
    env = {**os.environ, "VAP_CACHE_DIR": str(cache_home)}
    env.pop("VAP_NO_CACHE", None)
    for _ in range(2):  # writes the entry, then reads it
        done = subprocess.run(
            [sys.executable, "-c", _GENERIC_VERBS_AS_MADE], env=env, capture_output=True, text=True
        )
        assert done.stdout.split() == ["True", "True"], done.stderr
    assert len(list(cache_home.glob("participant-generic-verbs-*.pickle"))) == 1


def test_the_generic_verbs_are_keyed_by_what_makes_them() -> None:
    from vap_cli import fold, morph
    from vap_cli.extractors.participants import generic, words
    from vap_cli.lexicon import source

    keyed = {Path(p).resolve() for p in generic._GENERIC_VERBS_SOURCES}
    wanted = {source("participation"), source("morphology")}
    wanted |= {Path(m.__file__) for m in (generic, words, morph, fold)}
    assert {p.resolve() for p in wanted} <= keyed
    assert source("persons").resolve() not in keyed


_NUMBER_TRIES_AS_MADE = (
    "from vap_cli.numbers import word_tables as t\n"
    "made = t._number_words_pattern()\n"
    "print(made in t.NUMBER_START.pattern, t.NUMBER_START.pattern.count(made) == 1)\n"
)


def test_the_number_words_tries_are_read_back_from_the_cache_as_made(tmp_path: Path) -> None:
    cache_home = tmp_path / "cache"
    env = {**os.environ, "VAP_CACHE_DIR": str(cache_home)}
    env.pop("VAP_NO_CACHE", None)
    for _ in range(2):  # writes the entry, then reads it
        done = subprocess.run(
            [sys.executable, "-c", _NUMBER_TRIES_AS_MADE], env=env, capture_output=True, text=True
        )
        assert done.stdout.split() == ["True", "True"], done.stderr
    assert len(list(cache_home.glob("number-word-tries-*.pickle"))) == 1


@pytest.mark.parametrize(("text", "start"), [("жыйырма беш", 0), ("около двадцати", 6)])
def test_a_number_word_still_opens_a_number(text: str, start: int) -> None:
    from vap_cli.numbers import word_tables

    found = word_tables.NUMBER_START.search(text)
    assert found is not None and found.start() == start


def test_a_word_that_only_begins_like_a_number_word_is_no_start() -> None:
    from vap_cli.numbers import word_tables

    assert word_tables.NUMBER_START.search("двадцатка") is None


def test_the_number_words_tries_are_keyed_by_what_makes_them() -> None:
    from vap_cli import morph
    from vap_cli.lexicon import source
    from vap_cli.numbers import word_tables

    keyed = {Path(p).resolve() for p in word_tables._NUMBER_WORDS_SOURCES}
    wanted = {source("numbers"), source("morphology"), Path(word_tables.__file__)}
    wanted.add(Path(morph.__file__))
    assert {p.resolve() for p in wanted} <= keyed
