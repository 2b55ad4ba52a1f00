"""Who a participant count counts, by the stems of lexicon/who_groups.yaml: a group of
people (officials, residents, youth ...) or units (territories, bodies, teams). Read by
the resolve stage (resolve/headcount.py: each count's group and kind) and by the
participants extractor (a count of units is no total of people that a figure per unit
makes up); below both."""

from __future__ import annotations

from functools import cache

from .gazetteer import fold_key
from .lexicon import load
from .models import WhoGroup

UNIT_GROUP = "units"


@cache
def _stems() -> list[tuple[str, str]]:
    """(folded stem, group), longest stems first so "жашоочу" beats "жаш"."""
    groups = load("who_groups")["groups"]
    pairs = [(fold_key(stem), name) for name, group in groups.items() for stem in group["stems"]]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


@cache
def _stem_table() -> tuple[tuple[str, ...], tuple[int, ...], dict[str, str]]:
    """The stems (for one test of a word against all), their lengths longest first,
    and each stem's group (the first of `_stems` for a stem listed twice): a word's
    longest stem is found by looking its beginnings up, not by trying every stem."""
    stems = _stems()
    group_of: dict[str, str] = {}
    for stem, group in stems:
        group_of.setdefault(stem, group)
    lengths = tuple(sorted({len(stem) for stem in group_of}, reverse=True))
    return tuple(group_of), lengths, group_of


def who_group(who: str | None) -> WhoGroup:
    """The group of a `who` as written: its last word with a known stem decides (its
    longest stem, as `_stems` orders them)."""
    if not who:
        return load("who_groups")["no_who"]  # type: ignore[no-any-return]
    stems, lengths, group_of = _stem_table()
    for word in reversed(who.split()):
        folded = fold_key(word)
        if not folded.startswith(stems):
            continue
        for length in lengths:
            group = group_of.get(folded[:length])
            if group is not None:
                return group  # type: ignore[return-value]
    return "other"
