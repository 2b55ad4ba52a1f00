"""Word lists written as tries (rx.union) match what their flat alternations match."""

from __future__ import annotations

import pytest
import regex

from vap_cli import rx
from vap_cli.extractors.dategrammar import MONTH_FORMS
from vap_cli.extractors.events import kinds

TEXTS = [
    "2019-жылдын 11-13-ноябрында Нарын шаарында семинар-тренинг өттү, 2-декабрда дагы бир.",
    "С 20 по 25 НОЯБРЯ прошёл тренинг; 3 ноябрь күнү семинарлар жана тренингдер болот.",
    "Ноябрдагы жыйындар, ноябрынын аягында тегерек үстөлдөр жана семинар-кеңешме өткөрүлдү.",
]


def _flat(words: list[str]) -> str:
    escaped = (
        regex.escape(w).replace(r"\ ", " ").replace(" ", r"\s{1,3}")
        for w in sorted(words, key=len, reverse=True)
    )
    return "(?:" + "|".join(escaped) + ")"


@pytest.mark.parametrize("text", TEXTS)
def test_a_trie_of_words_matches_like_the_flat_alternation_longest_first(text: str) -> None:
    words = sorted(MONTH_FORMS)
    trie = regex.compile("(?:" + rx.union(rx.atoms(w) for w in words) + ")", regex.IGNORECASE)
    flat = regex.compile(_flat(words), regex.IGNORECASE)
    # Followed by a letter or not: the longest word that fits is taken, or a shorter one.
    for tail in ("", r"(?!\p{L})", r"\p{L}"):
        t, f = (
            regex.compile(trie.pattern + tail, regex.I),
            regex.compile(flat.pattern + tail, regex.I),
        )
        assert [m.span() for m in t.finditer(text)] == [m.span() for m in f.finditer(text)]
    assert len(trie.pattern) < len(flat.pattern) / 2


def test_a_trie_shares_beginnings() -> None:
    assert rx.union(rx.atoms(w) for w in ["ноябрь", "ноябрында", "ноябр"]) == "ноябр(?:ында|ь)?"


@pytest.mark.parametrize("text", TEXTS)
def test_kind_words_are_found_as_the_flat_pattern_finds_them(text: str) -> None:
    def flat(start: int, end: int) -> list[tuple[str, int, int]]:
        found = []
        for m in kinds._KIND.finditer(text, start, end):
            stem = kinds._STEMS[int(str(m.lastgroup)[1:])]
            found.append((kinds._KIND_OF_STEM[stem], m.start(), m.end()))
        return found

    assert kinds.kinds_in(text)
    for start in range(0, len(text), 7):
        for end in (start + 25, len(text)):
            assert kinds.kinds_in(text, start, end) == flat(start, end)


def test_known_bodies_are_found_as_the_flat_pattern_finds_them() -> None:
    from vap_cli.extractors import organizations as orgs

    aliases = [a for body in orgs._LEX["known_bodies"] for a in body["aliases"]]
    # Each alias with an ending, in upper case, and glued to a letter (no match).
    text = " ".join(
        f"{a}дын ишине, {a.upper()} жана ж{a} менен."
        for a in aliases[:: max(1, len(aliases) // 12)]
    )
    found = list(rx.finditer_from(orgs._ALIAS_START, orgs._ALIASES, text, 0, len(text)))
    assert [(m.span(), m.lastgroup) for m in found] == [
        (m.span(), m.lastgroup) for m in orgs._ALIASES.finditer(text)
    ]
    assert found
