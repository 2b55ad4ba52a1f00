"""Counts in messages for people: one file, two files; never a plural after one, nor a hedge."""

from __future__ import annotations


def count(number: int, noun: str, plural: str | None = None) -> str:
    """The number and its noun, singular for one: count(1, "file") is "1 file",
    count(2, "person", "people") is "2 people" (the plural is noun + "s" unless given)."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
