"""The document's language (ky, ru, mixed) from the text itself."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, repeat
from operator import attrgetter, is_, itemgetter

from .. import rx
from ..context import Context
from ..lexicon import load
from ..models import Language
from ..segment.tokens import NumToken, Token, tokenize

_LEX = load("language")
# Each language's marker words, as a set built once (not once per document).
_VOCABULARY: dict[str, frozenset[str]] = {
    lang: frozenset(_LEX[lang]["words"]) for lang in ("ky", "ru")
}
# Only a word token's folded text is all letters (a number's starts with a digit, a
# sign's and a code's have none): the marker words are looked up among all the
# tokens' folded texts, no kind asked (`_words`).
if not all(w.isalpha() for words in _VOCABULARY.values() for w in words):
    raise ValueError("lexicon/language.yaml: a marker word must be all letters")
# The marker words of both languages: the tokens are sifted once for any of them (a
# few in a hundred are), and each language's counted among those few.
_MARKERS = frozenset().union(*_VOCABULARY.values())


# Letters are frequent (a Kyrgyz text has dozens per paragraph): this many of a
# language's own letters weigh as much as one of its words.
LETTERS_PER_WORD = 4
_ENDING = attrgetter("ending")
# A token's folded text by its index in the tuple (a Token's and a NumToken's alike):
# no attribute look-up a token.
_LOW = itemgetter(Token._fields.index("low"))


def _words(tokens: Sequence[Token]) -> list[str]:
    """The marker words (`_MARKERS`) among every token's folded text (words, numbers and
    punctuation alike: only how often a marker word is met counts) and the words the
    numbers' endings are ("2022-жылы": жылы). All read in C: a token's folded text, and
    a number's ending (of a NumToken: "" if it has none)."""
    numbers = compress(tokens, map(is_, map(type, tokens), repeat(NumToken)))
    marker = _MARKERS.__contains__
    return [*filter(marker, map(_LOW, tokens)), *filter(marker, map(_ENDING, numbers))]


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
    weaker, stronger = sorted((ky, ru))
    if not _enough_evidence(weaker, stronger):
        return "unknown"
    if weaker >= _LEX["mixed_ratio"] * stronger:
        return "mixed"
    return "ky" if ky > ru else "ru"


def _enough_evidence(weaker: float, stronger: float) -> bool:
    """Enough evidence to name a language: min_evidence pieces in all, or, when every
    piece is of one language (none of the other's), min_evidence_one_language."""
    if weaker + stronger >= _LEX["min_evidence"]:
        return True
    return weaker == 0 and stronger >= _LEX["min_evidence_one_language"]


def extract(ctx: Context) -> None:
    stream = ctx.segments.tokens
    ctx.language = detect(ctx.text, stream.tokens, stream.folded)
