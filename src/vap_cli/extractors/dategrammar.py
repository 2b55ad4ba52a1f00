"""The date grammar shared by the dates and periods extractors, built from
lexicon/dates.yaml once at import: every case form of every month name and of
the year word "жыл", generated with the Kyrgyz harmony rules of the lexicon.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from .. import rx
from ..lexicon import load

LEX = load("dates")

_VOWEL_CLASS: dict[str, str] = LEX["vowel_class"]
_VOICELESS = frozenset(LEX["voiceless"])
_SONORANT = frozenset(LEX["sonorant"])
_VOWEL_ARCHI: dict[str, dict[str, str]] = LEX["vowels"]
_CONSONANT_ARCHI: dict[str, dict[str, str]] = LEX["consonants"]


def _sound_class(ch: str) -> str:
    if ch in _VOWEL_CLASS:
        return "vowel"
    if ch in _VOICELESS:
        return "voiceless"
    if ch in _SONORANT:
        return "sonorant"
    return "voiced"


def _last_vowel_class(word: str) -> str:
    for ch in reversed(word.casefold()):
        if ch in _VOWEL_CLASS:
            return _VOWEL_CLASS[ch]
    return "back"


def attach(stem: str, template: str) -> str:
    """stem + ending template, resolving archiphonemes left to right.

    >>> attach("ноябр", "IнAн")
    'ноябрынан'
    """
    out = stem
    for symbol in template:
        if symbol in _VOWEL_ARCHI:
            out += _VOWEL_ARCHI[symbol][_last_vowel_class(out)]
        elif symbol in _CONSONANT_ARCHI:
            last = out.rstrip("ьъ")[-1:].casefold()
            out += _CONSONANT_ARCHI[symbol][_sound_class(last)]
        else:
            out += symbol
    return out


def inflections(word: str, already_possessive: bool = False) -> dict[str, str]:
    """Every case form of `word` (bare and possessive) -> its case name.

    A final soft sign drops before an ending (ноябрь -> ноябрда); the spelling
    that keeps it (ноябрьда) is generated too, as writers use both.
    """
    forms: dict[str, str] = {word: "nominative"}
    if already_possessive:
        for case, template in LEX["after_possessive"].items():
            forms.setdefault(attach(word, template), case)
        return forms
    stems = [word[:-1], word] if word.endswith("ь") else [word]
    for stem in stems:
        for case, template in LEX["case_endings"].items():
            forms.setdefault(attach(stem, template), case)
    possessive = attach(stems[0], LEX["possessive"])
    for case, template in LEX["after_possessive"].items():
        forms.setdefault(attach(possessive, template), case)
    return forms


@dataclass(frozen=True)
class MonthForm:
    month: int
    case: str  # nominative, genitive, dative, ..., or "ru_genitive"
    spaced: bool  # may follow the day after a space, not only after a hyphen


def _month_forms() -> dict[str, MonthForm]:
    forms: dict[str, MonthForm] = {}
    ambiguous_traditional = {w.casefold() for w in LEX["ambiguous_traditional"]}
    tail = LEX["possessive_tail"]
    for entry in LEX["months"]:
        number = entry["number"]
        spaced = not entry.get("ambiguous", False)
        for form, case in inflections(entry["ky"]).items():
            forms.setdefault(form.casefold(), MonthForm(number, case, spaced))
        forms.setdefault(entry["ru_genitive"].casefold(), MonthForm(number, "ru_genitive", True))
        if entry.get("ru_short"):
            forms.setdefault(entry["ru_short"].casefold(), MonthForm(number, "ru_genitive", True))
        for name in entry.get("traditional", []):
            possessive = name.split()[-1] == tail
            name_spaced = name.casefold() not in ambiguous_traditional
            for form, case in inflections(name, already_possessive=possessive).items():
                forms.setdefault(form.casefold(), MonthForm(number, case, name_spaced))
    return forms


def _year_words() -> dict[str, str]:
    stem = LEX["year_stem"]
    words = {form.casefold(): case for form, case in inflections(stem).items()}
    plural = attach(stem, LEX["plural"])
    for form in inflections(plural):
        words.setdefault(form.casefold(), "plural")
    for form, case in LEX["year_words_extra"].items():
        words.setdefault(str(form).casefold(), case)
    return words


def _day_words() -> dict[str, str]:
    """Every case form of "күн" (day), singular and plural -> its case."""
    stem = LEX["day_word_stem"]
    words = {form.casefold(): case for form, case in inflections(stem).items()}
    for form, case in inflections(attach(stem, LEX["plural"])).items():
        words.setdefault(form.casefold(), case)
    return words


MONTH_FORMS: dict[str, MonthForm] = _month_forms()
YEAR_WORDS: dict[str, str] = _year_words()
DAY_WORDS: dict[str, str] = _day_words()


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words (for a pattern compiled with IGNORECASE),
    longest first; spaces match 1-3 spaces. Written as a trie (rx.union)."""
    return "(?:" + rx.union(rx.atoms(w) for w in words) + ")"


def _first_letters(words: Iterable[str]) -> str:
    """A cheap guard before a long alternation: "(?=[first letters])"."""
    letters = {w[0] for w in words} | {w[0].upper() for w in words}
    return "(?=[" + regex.escape("".join(sorted(letters))) + "])"


MONTH_RE = _first_letters(MONTH_FORMS) + alternation(MONTH_FORMS)
YEAR_WORD_RE = _first_letters(YEAR_WORDS) + alternation(YEAR_WORDS)
YEAR_BEFORE_DAY_RE = alternation(LEX["year_before_day"])
DAY_WORD_RE = alternation(DAY_WORDS)
MONTH_GENITIVE_WORD_RE = alternation(LEX["month_word_genitive"])
# A plausible year: 4 digits, not glued to other digits.
YEAR_MIN: int = LEX["year_min"]
YEAR_MAX: int = LEX["year_max"]
YEAR4 = r"(?:1[89]|20)\d\d"


_SPACES = rx.compile(r"\s{1,3}")


def month_form(text: str) -> MonthForm:
    return MONTH_FORMS[_SPACES.sub(" ", text.casefold())]


def day_word_case(text: str) -> str:
    return DAY_WORDS.get(text.casefold(), "nominative")


def year_case(text: str) -> str:
    return YEAR_WORDS.get(_SPACES.sub(" ", text.casefold()), "nominative")
