"""WORD_DATE is not tried at a year with no year word after it (dates/atoms.py
`_year_word_after`, patterns.YEAR_WORD_AFTER): at every such place it never matches."""

from __future__ import annotations

import itertools
from pathlib import Path

import regex

from vap_cli.extractors.dates import atoms, patterns
from vap_cli.lexicon import load
from vap_cli.tokens import DIGIT_RUN

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
            if b - a != 4 or atoms._year_word_after(text, b):
                continue
            skipped += 1
            assert patterns.WORD_DATE.match(text, a) is None, (text, a)
    assert skipped > 100


def test_the_folded_letters_are_letters_to_regex() -> None:
    # YEAR_WORD_AFTER's `(?![letters])` stands for WORD_DATE's `(?!\p{L})`: it may let
    # more through (a year then tried), never fewer
    assert all(regex.fullmatch(r"\p{L}", ch) for ch in patterns._FOLDED_LETTERS)
    words = {w.casefold() for w in load("dates")["year_before_day"]}
    assert sorted(patterns._YEAR_WORDS_BEFORE_DAY) == sorted(words)


def test_regex_reads_the_year_words_letters_as_python_case_folds_them() -> None:
    # YEAR_WORD_AFTER is matched in the case-folded text; WORD_DATE reads the words with
    # IGNORECASE: each character `regex` takes for one of their letters folds to it
    letters = sorted({ch for w in patterns._YEAR_WORDS_BEFORE_DAY for ch in w})
    one_of = regex.compile("|".join(f"({regex.escape(ch)})" for ch in letters), regex.IGNORECASE)
    wrong = []
    for code in range(0x110000):
        ch = chr(code)
        m = one_of.fullmatch(ch)
        if m and len(ch.casefold()) == 1 and ch.casefold() != letters[m.lastindex - 1]:
            wrong.append(hex(code))
    assert wrong == []
