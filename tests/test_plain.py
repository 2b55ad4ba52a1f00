"""plain.Fields: the equality, hash and repr of a plain class of fields are a
dataclass's (the parse's small value objects were dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from vap_cli.plain import Fields


@dataclass(frozen=True)
class PairData:
    first: int
    name: str = ""


class Pair(Fields):
    __slots__ = ("first", "name")
    first: int
    name: str

    def __init__(self, first: int, name: str = "") -> None:
        self.first = first
        self.name = name


class Other(Pair):
    """A subclass that adds no field: compared by its base's."""

    __slots__ = ()


class Single(Fields):
    __slots__ = ("only",)
    only: int

    def __init__(self, only: int) -> None:
        self.only = only


class Cached(Fields):
    """A slot that caches what the others give is not compared."""

    __slots__ = ("text", "stripped")
    compared = ("text",)
    text: str
    stripped: str

    def __init__(self, text: str) -> None:
        self.text = text
        self.stripped = text.strip()


class Changing(Fields):
    __slots__ = ("items",)
    __hash__ = None  # type: ignore[assignment]
    items: list[int]

    def __init__(self, items: list[int]) -> None:
        self.items = items


def test_equal_fields_are_equal_and_hash_alike_as_a_frozen_dataclass() -> None:
    assert Pair(1, "а") == Pair(1, "а")
    assert Pair(1, "а") != Pair(1, "б")
    assert Pair(2) != Pair(1)
    assert hash(Pair(1, "а")) == hash(PairData(1, "а")) == hash((1, "а"))
    assert len({Pair(1, "а"), Pair(1, "а"), Pair(2)}) == 2


def test_another_class_with_the_same_fields_is_not_equal() -> None:
    assert Pair(1, "а") != Other(1, "а")
    assert Pair(1, "а") != (1, "а")
    assert Other(1, "а") == Other(1, "а")
    assert Other(1, "а") != Other(2, "а")


def test_the_repr_is_a_dataclass_s() -> None:
    assert repr(Pair(1, "а")) == repr(PairData(1, "а")).replace("PairData", "Pair")
    assert repr(Single(3)) == "Single(only=3)"
    assert hash(Single(3)) == hash((3,))


def test_a_caching_slot_is_neither_compared_nor_shown() -> None:
    assert Cached(" а ") == Cached(" а ")
    assert Cached(" а ") != Cached("а")
    assert repr(Cached(" а ")) == "Cached(text=' а ')"


def test_a_class_changed_after_init_is_not_hashable() -> None:
    assert Changing([1]) == Changing([1])
    with pytest.raises(TypeError):
        hash(Changing([1]))
