"""The participants lexicon's who-nouns (lexicon/participation.yaml `who`) as entries,
and the entries by the first two letters of their first word; made from the lexicon
and kept in the disk cache (diskcache.py): making them is ~2 ms of a one-file run's
start-up, reading them back a fraction of it."""

from __future__ import annotations

from pathlib import Path

from ... import diskcache
from ...fold import lookalike
from ...lexicon import load, source
from ...plain import Fields

HYPHEN = "-"


class WhoEntry(Fields):
    __slots__ = (
        "lemma",
        "leading",
        "stems",
        "relational",
        "possessive",
        "genitive",
        "source_only",
        "needs_verb",
    )
    lemma: str
    leading: tuple[frozenset[str], ...]  # exact words before the inflected one
    stems: tuple[str, ...]  # stems of the inflected (last) word
    relational: bool
    possessive: str | None
    genitive: str | None
    source_only: bool  # counted only as where people come from ("14 мектебинен")
    needs_verb: bool  # counted only with a verb ("подано 120 проектов", "шайлоочу катышты")

    def __init__(
        self,
        lemma: str,
        leading: tuple[frozenset[str], ...],
        stems: tuple[str, ...],
        relational: bool = False,
        possessive: str | None = None,
        genitive: str | None = None,
        source_only: bool = False,
        needs_verb: bool = False,
    ) -> None:
        self.lemma = lemma
        self.leading = leading
        self.stems = stems
        self.relational = relational
        self.possessive = possessive
        self.genitive = genitive
        self.source_only = source_only
        self.needs_verb = needs_verb


def _who_entry(item: dict) -> WhoEntry:
    words = [[w] if isinstance(w, str) else list(w) for w in item["words"]]
    # a hyphenated noun is three tokens, its endings on the last ("ата-энелерге")
    *before, last = words
    if len(last) == 1 and HYPHEN in last[0]:
        head, tail = last[0].rsplit(HYPHEN, 1)
        words = [*before, [head], [HYPHEN], [tail]]
    # each word also typed with look-alike letters ("өкүл" as "окул")
    words = [list(dict.fromkeys([*w, *(lookalike(v) for v in w)])) for w in words]
    return WhoEntry(
        lemma=item["lemma"],
        leading=tuple(frozenset(v.casefold() for v in w) for w in words[:-1]),
        stems=tuple(sorted((v.casefold() for v in words[-1]), key=len, reverse=True)),
        relational=bool(item.get("relational", False)),
        possessive=item.get("possessive"),
        genitive=item.get("genitive"),
        source_only=bool(item.get("source_only", False)),
        needs_verb=bool(item.get("needs_verb", False)),
    )


def _who_entries() -> tuple[WhoEntry, ...]:
    """The lexicon's who-nouns, longer (multi-word) nouns first: "айылдык кеңеш" before
    any one-word noun."""
    return tuple(
        sorted(
            (_who_entry(item) for item in load("participation")["who"]),
            key=lambda e: -len(e.leading),
        )
    )


def _who_by_start(who: tuple[WhoEntry, ...]) -> dict[str, tuple[WhoEntry, ...]]:
    """Who entries by the first two letters of their first word: one look-up per token."""
    index: dict[str, list[WhoEntry]] = {}
    for entry in who:
        words = entry.leading[0] if entry.leading else entry.stems
        for start in {w[:2] for w in words}:
            index.setdefault(start, []).append(entry)
    return {start: tuple(entries) for start, entries in index.items()}


def _who_tables() -> tuple[tuple[WhoEntry, ...], dict[str, tuple[WhoEntry, ...]]]:
    who = _who_entries()
    return who, _who_by_start(who)


# What the entries are made from (their disk cache's key): the lexicon, this module (its
# class), the look-alike letters and the class's base.
_WHO_SOURCES = (
    source("participation"),
    Path(__file__),
    Path(__file__).parents[2] / "fold.py",
    Path(__file__).parents[2] / "plain.py",
)
WHO, WHO_BY_START = diskcache.cached("participant-who", _WHO_SOURCES, _who_tables)
