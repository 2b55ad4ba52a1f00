"""dates/gates.py: WORD_DATE is not tried at a year with no year word after it, nor
MONTH_FIRST_DATE where no year and no month's form begins: at every such place they
never match."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import regex

from letter_folds import letters_folded_otherwise
from vap_cli import rx
from vap_cli.extractors.dates import gates, patterns
from vap_cli.lexicon import load
from vap_cli.segment.tokens import DIGIT_RUN

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    files = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests/gold/docs").glob("*"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files if p.is_file()]
    # years before each way of writing what follows them, in both cases
    years = ["2021", "1999", "2030"]
    gaps = ["", "-", " - ", "  -  ", " ", "\u00a0-\u00a0", "  ", "-\n"]
    words = ["жылдын", "Жылы", "ЖЫЛ", "ж.", "ж", "жж.", "жылдарга", "жылга", "г.", "году", "Ж."]
    tails = [" 5-мартында", " 5 марта", ", 5-март", "5-март", " март айынын 5-күнү", "", "ы"]
    texts += [
        f"Бул {y}{g}{w}{t} болду." for y, g, w, t in itertools.product(years, gaps, words, tails)
    ]
    return texts


def test_word_date_never_matches_at_a_year_without_its_word() -> None:
    skipped = 0
    for text in _texts():
        for m in DIGIT_RUN.finditer(text):
            a, b = m.span()
            if b - a != 4 or gates.year_word_after(text, b):
                continue
            skipped += 1
            assert patterns.WORD_DATE.match(text, a) is None, (text, a)
    assert skipped > 100


def test_the_folded_letters_are_letters_to_regex() -> None:
    # YEAR_WORD_AFTER's `(?![letters])` stands for WORD_DATE's `(?!\p{L})`: it may let
    # more through (a year then tried), never fewer
    assert all(regex.fullmatch(r"\p{L}", ch) for ch in gates.FOLDED_LETTERS)
    words = {w.casefold() for w in load("dates")["year_before_day"]}
    assert sorted(gates.YEAR_WORDS_BEFORE_DAY) == sorted(words)


def test_regex_reads_the_words_letters_as_python_case_folds_them() -> None:
    # The gates are matched in the case-folded text; the forms read the words with
    # IGNORECASE: each character `regex` takes for one of their letters folds to it
    words = [*gates.YEAR_WORDS_BEFORE_DAY, *gates.MONTH_FORMS_FOLDED]
    letters = sorted({ch for w in words for ch in w if ch != " "})
    assert letters_folded_otherwise(letters) == []


def test_month_first_date_never_matches_where_the_gate_says_no() -> None:
    texts = _texts() + [
        f"{w} {tail}"
        for w in ["Баш оона", "баш-оона", "башкаруу", "Март", "МАРТ", "марттын", "бештин  айы"]
        for tail in ["айынын 5-күнү", "5-күнү", "айынын 5 жана 6-күндөрү", "болду"]
    ]
    skipped = 0
    for text in texts:
        places = rx.beginnings_in(patterns.MONTH_FIRST_BEGINS, rx.casefold(text))
        kept = set(gates.month_first_places(text, places))
        for k in places:
            if k not in kept:
                skipped += 1
                assert patterns.MONTH_FIRST_DATE.match(text, k) is None, (text, k)
    assert skipped > 100


def test_the_month_gate_is_the_trie_of_the_month_forms_each_character_escaped() -> None:
    # read from the disk cache by the forms themselves: the same pattern as the trie of
    # their characters, each escaped for `re` and each space a run of 1-3 blanks
    blanks = gates._BLANKS + "{1,3}"
    atoms = [
        [blanks if ch == " " else re.escape(ch) for ch in form] for form in gates.MONTH_FORMS_FOLDED
    ]
    assert gates.MONTH_START.pattern == rx.union(atoms)
    assert " " in "".join(gates.MONTH_FORMS_FOLDED)  # the forms do hold spaces
