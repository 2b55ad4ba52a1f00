"""The document's language (ky, ru, mixed) from the text itself."""

from __future__ import annotations

from collections.abc import Sequence

from .. import rx
from ..context import Context
from ..lexicon import load
from ..models import Language
from ..tokens import Token, tokenize

_LEX = load("language")
# Each language's marker words, as a set built once (not once per document).
_VOCABULARY: dict[str, frozenset[str]] = {
    lang: frozenset(_LEX[lang]["words"]) for lang in ("ky", "ru")
}


# Letters are frequent (a Kyrgyz text has dozens per paragraph): this many of a
# language's own letters weigh as much as one of its words.
LETTERS_PER_WORD = 4


def _words(tokens: Sequence[Token]) -> list[str]:
    """The words of the tokens, with the word a number's ending is ("2022-жылы": жылы):
    the words, then the endings (only how often each is met counts). Only a number's
    token is asked for its ending (a Python property on the others, met once a token)."""
    words = [t.low for t in tokens if t.kind == "word"]
    words += [t.ending for t in tokens if t.kind == "num" and t.ending]
    return words


def detect(text: str, tokens: Sequence[Token] | None = None, folded: str | None = None) -> Language:
    """The language of `text`, from its words (`tokens`: the segment stage's tokens of
    it, tokenised here when not given) and its letters (`folded`: the text case-folded,
    folded here when not given)."""
    folded = rx.casefold(text) if folded is None else folded
    scores: dict[str, float] = {}
    words = _words(tokenize(text) if tokens is None else tokens)
    for lang in ("ky", "ru"):
        vocabulary = _VOCABULARY[lang]
        letters = _LEX[lang]["letters"]
        word_hits = sum(map(vocabulary.__contains__, words))  # counted in C
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
    stream = ctx.segments.tokens
    ctx.language = detect(ctx.text, stream.tokens, stream.folded)
