"""The relative year words before a day (dates/years.py: "былтыр 5-апрелде", "того же
года 5 мая") are searched only in the last characters of the window that may hold a
match (`_RELATIVE_BEFORE_LENGTH`, `_SAME_BEFORE_LENGTH`), and the words further back in
the clause after the window's last digit or comma (`in_clause_from`): the same match as
a search of the whole window."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vap_cli.extractors.dates.years import (
    _RELATIVE,
    _RELATIVE_BEFORE,
    _RELATIVE_BEFORE_LENGTH,
    _RELATIVE_IN_CLAUSE,
    _SAME,
    _SAME_BEFORE,
    _SAME_BEFORE_LENGTH,
    in_clause_from,
)

_PIECES = [
    *(w for words in _RELATIVE.values() for w in words),
    *_SAME,
    *(w.upper() for w in _SAME),
    "ВВ ПРОШЛОМ   ГОДУ",
    " ",
    "   ",
    " " * 12,
    " " * 13,
    ",",
    "\n",
    "\t",
    "а",
    "Нарын",
    "5",
    "-",
    "12,5",
    "2025-жылы",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=12))
@settings(max_examples=600, deadline=None)
def test_the_window_searched_from_where_a_match_may_start(pieces: list[str]) -> None:
    before = "".join(pieces)
    for _, pattern in _RELATIVE_BEFORE:
        whole = pattern.search(before)
        tail = pattern.search(before, max(0, len(before) - _RELATIVE_BEFORE_LENGTH))
        assert (whole and whole.span()) == (tail and tail.span())
    whole = _SAME_BEFORE.search(before)
    tail = _SAME_BEFORE.search(before, max(0, len(before) - _SAME_BEFORE_LENGTH))
    assert (whole and whole.span()) == (tail and tail.span())


def test_a_word_at_the_longest_reach_before_a_final_line_break() -> None:
    cases = [(_RELATIVE[k], p, _RELATIVE_BEFORE_LENGTH) for k, p in _RELATIVE_BEFORE]
    for words, pattern, length in [*cases, (_SAME, _SAME_BEFORE, _SAME_BEFORE_LENGTH)]:
        word = max(words, key=lambda w: len(w) + 2 * w.count(" ")).replace(" ", "   ")
        before = "x " + word + " " * 12 + "\n"
        assert pattern.search(before) is not None
        assert pattern.search(before, max(0, len(before) - length)) is not None


@given(st.lists(st.sampled_from(_PIECES), max_size=12))
@settings(max_examples=600, deadline=None)
def test_the_clause_searched_from_its_last_digit_or_comma(pieces: list[str]) -> None:
    before = "".join(pieces)
    start = in_clause_from(before)
    for _, pattern in _RELATIVE_IN_CLAUSE:
        whole = pattern.search(before)
        after = pattern.search(before, start)
        assert (whole and (whole.span(), whole["between"])) == (
            after and (after.span(), after["between"])
        )


def test_the_clause_starts_after_the_last_digit_or_comma() -> None:
    for before in ("былтыр 5, ", "быйыл 12 ", "в прошлом году,в"):
        start = in_clause_from(before)
        assert before[start - 1] in "0123456789,"
        assert not any(c.isdigit() or c == "," for c in before[start:])
    assert in_clause_from("былтыр Нарында ") == 0
    # a relative year word before the digit is not searched, and none of the
    # patterns would match it (its `between` reaches the digit)
    before = "былтыр 5 апрелде "
    assert all(p.search(before) is None for _, p in _RELATIVE_IN_CLAUSE)
    assert in_clause_from(before) == before.index("5") + 1
