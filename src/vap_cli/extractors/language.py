"""The document's language (ky, ru, mixed) from the text itself."""

from __future__ import annotations

from .. import rx
from ..context import Context
from ..lexicon import load
from ..models import Language

_LEX = load("language")
_WORD = rx.compile(r"\p{L}+")
# Each language's marker words, as a set built once (not once per document).
_VOCABULARY: dict[str, frozenset[str]] = {
    lang: frozenset(_LEX[lang]["words"]) for lang in ("ky", "ru")
}


# Letters are frequent (a Kyrgyz text has dozens per paragraph): this many of a
# language's own letters weigh as much as one of its words.
LETTERS_PER_WORD = 4


def detect(text: str) -> Language:
    folded = text.casefold()
    scores: dict[str, float] = {}
    words = _WORD.findall(folded)
    for lang in ("ky", "ru"):
        vocabulary = _VOCABULARY[lang]
        letters = _LEX[lang]["letters"]
        word_hits = sum(1 for w in words if w in vocabulary)
        letter_hits = sum(folded.count(ch) for ch in letters)
        scores[lang] = word_hits + letter_hits / LETTERS_PER_WORD
    ky, ru = scores["ky"], scores["ru"]
    if ky + ru < _LEX["min_evidence"]:
        return "unknown"
    weaker, stronger = sorted((ky, ru))
    if weaker >= _LEX["mixed_ratio"] * stronger:
        return "mixed"
    return "ky" if ky > ru else "ru"


def extract(ctx: Context) -> None:
    ctx.language = detect(ctx.text)
