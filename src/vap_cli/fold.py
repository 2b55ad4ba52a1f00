"""The one folding of names for comparison: gazetteer keys, place and person
matching, linking a person's mentions, the directory and evaluation all compare
`fold(name)`. The letters it unifies and the marks it drops are lexicon/letters.yaml's
`fold` (docs/LANGUAGE.md, "Folding")."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from .lexicon import load

_FOLD: dict = load("letters")["fold"]
_TABLE = str.maketrans({**_FOLD["letters"], **dict.fromkeys(_FOLD["drop"])})
_MARKS_TABLE = str.maketrans(dict.fromkeys(_FOLD["drop"]))
# The same words recur in every document: a bounded memo of their keys.
_MEMO_SIZE = 65536


# Russian is mostly printed with е for ё ("трех" for "трёх"): the one letter of the
# folding that words of the language are read without too (number words).
_YO = "ё"
_YO_AS: str = _FOLD["letters"][_YO]


def without_yo(word: str) -> str:
    """The word as printed without ё: "трёх" -> "трех" (case and marks kept)."""
    return word.replace(_YO, _YO_AS)


_LOOKALIKE = str.maketrans(
    {k: v for k, v in _FOLD["letters"].items() if k in load("letters")["russian_keyboard_lacks"]}
)


def lookalike(word: str) -> str:
    """The word as typed on a Russian keyboard: ө ү ң as о у н ("элүү" -> "элуу")."""
    return word.translate(_LOOKALIKE)


_KYRGYZ_VOWELS = str.maketrans(load("letters")["russian_for_kyrgyz_vowels"])


def kyrgyz_vowels(word: str) -> str:
    """The word with ё and ю read as the Kyrgyz vowels a Russian spelling writes them
    for: "Таш-Кёмүр" -> "Таш-Көмүр", "Сюлюктю" -> "Сүлүктү"."""
    return word.translate(_KYRGYZ_VOWELS)


def typed_too(words: Iterable[str]) -> tuple[str, ...]:
    """The words case folded, each followed by its spelling on a Russian keyboard
    (`lookalike`: "көчөсү", "кочосу"), without repeats, in order."""
    return tuple(dict.fromkeys(v for w in words for v in (w.casefold(), lookalike(w.casefold()))))


@lru_cache(maxsize=_MEMO_SIZE)
def fold(text: str) -> str:
    """NFC, case folded, ё->е ү->у ө->о ң/ӊ->н, without ь ъ, spaces, hyphens and
    dashes, dots and apostrophes: "Ысык-Көл" -> "ысыккол"."""
    return unicodedata.normalize("NFC", text).casefold().translate(_TABLE)


def fold_marks(text: str) -> str:
    """NFC, case folded, without the marks `fold` drops, every letter kept: two names
    that `fold` makes one ("Кара-Көл", "Каракол": "каракол") stay apart ("каракөл")."""
    return unicodedata.normalize("NFC", text).casefold().translate(_MARKS_TABLE)
