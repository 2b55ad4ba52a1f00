"""A long text's tokens and place words (tokens.py), made a piece of the text at a
time: the memory held at once is what they keep and one piece's working lists, not
every token's texts, offsets and columns beside them (issue 15: a 10 MB document).

A piece ends with a line break: no token reaches across one, nor does any
look-around of the token pattern, and each piece's start reads as the text's
(nothing before it is a letter or a digit); no word of a view joins tokens across a
line break either. So the pieces' tokens and words are the whole text's.

A long text's tokens also share one string a distinct text and one int where a token
starts at the end of the one before (`token_texts`, `share_touching`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import deque
from collections.abc import Callable, Sequence
from itertools import compress, repeat
from operator import add, attrgetter, not_, sub
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .tokens import Token, Word

# A text of twice this many characters or more is read in pieces of about this many.
PIECE_CHARS = 1 << 16

# From this many characters on, a text's tokens share one string a distinct text
# (`token_texts`): below it, the dictionary costs more time than the memory it saves.
SHARE_FROM = 100_000

# A long text's token texts for all its pieces (`token_texts`): one string a distinct
# text, and its case-folded form.
SharedTexts = tuple[dict[str, str], dict[str, str]]

_START = attrgetter("start")


def in_pieces(text: str) -> bool:
    """Whether `text` is long enough to be read in pieces."""
    return len(text) >= 2 * PIECE_CHARS


def piece_spans(text: str) -> list[tuple[int, int]]:
    """`text` cut into pieces of at least PIECE_CHARS characters, each but the last
    ending with a line break."""
    cuts: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        newline = text.find("\n", start + PIECE_CHARS)
        end = len(text) if newline < 0 else newline + 1
        cuts.append((start, end))
        start = end
    return cuts


def tokens_by_piece(
    text: str,
    tokenize: Callable[[str, int, SharedTexts], tuple[list[Token], list[bool]]],
    shared: SharedTexts,
) -> tuple[list[Token], list[bool]]:
    """The tokens of `text` and which are plain words, as `tokenize(piece, start,
    shared)` reads each piece starting at `start` (`shared`: kept across the pieces)."""
    tokens: list[Token] = []
    plain: list[bool] = []
    for start, end in piece_spans(text):
        piece_tokens, piece_plain = tokenize(text[start:end], start, shared)
        tokens += piece_tokens
        plain += piece_plain
    return tokens, plain


def words_by_piece(
    text: str,
    ends: Sequence[int],
    tokens: list[Token],
    plain: list[bool],
    words_of: Callable[
        [str, Sequence[int], list[Token], list[bool], int], tuple[list[Word], list[int]]
    ],
) -> tuple[list[Word], list[int]]:
    """The place words of `tokens` and the indexes of the odd ones, as `words_of(text,
    piece_ends, piece_tokens, piece_plain, sentence)` makes each piece's: the sentence
    ends inside the piece, and `sentence`, the count of those before it."""
    words: list[Word] = []
    odd: list[int] = []
    lo = 0  # the piece's first token
    for start, end in piece_spans(text):
        hi = bisect_left(tokens, end, lo, key=_START)
        first, last = bisect_left(ends, start), bisect_left(ends, end)
        piece, piece_odd = words_of(text, ends[first:last], tokens[lo:hi], plain[lo:hi], first)
        odd += map(add, piece_odd, repeat(len(words)))
        words += piece
        lo = hi
    return words, odd


def share_touching(starts: list[int], ends: list[int], lengths: list[int]) -> None:
    """A token that starts where the one before ends (no gap: "Бишкек,") starts at that
    end's int object, not at an equal one of its own (memory on long texts):
    `lengths`, of the texts before the tokens and of the tokens', in turn."""
    touching = list(compress(range(1, len(starts)), map(not_, lengths[2::2])))
    deque(
        map(starts.__setitem__, touching, map(ends.__getitem__, map(sub, touching, repeat(1)))),
        maxlen=0,
    )


def token_texts(raws: list[str], shared: SharedTexts | None) -> tuple[list[str], list[str]]:
    """The tokens' texts and their case-folded forms. With `shared` (a long text's,
    kept across its pieces), one string a distinct text and one folded form, shared by
    all its tokens (most tokens of a long text repeat a word met before: ~70 bytes a
    token less), each folded once, and most words are lower case already: one string
    for both."""
    if shared is None:
        return raws, list(map(str.casefold, raws))
    texts, folds = shared
    raws = list(map(texts.setdefault, raws, raws))
    for raw in dict.fromkeys(raws).keys() - folds.keys():
        low = raw.casefold()
        folds[raw] = raw if low == raw else low
    return raws, list(map(folds.__getitem__, raws))
