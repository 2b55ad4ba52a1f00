"""A long text's tokens and place words (tokens.py), made a piece of the text at a
time: the memory held at once is what they keep and one piece's working lists, not
every token's texts, offsets and columns beside them (issue 15: a 10 MB document).

A piece ends with a line break, or with a space no token reaches across where no
line break comes soon (`PIECE_END`): no token reaches across either, nor does any
look-around of the token pattern, and each piece's start reads as the text's
(nothing before it is a letter or a digit); no word of a view joins tokens across a
line break or a space either. So the pieces' tokens and words are the whole text's.
A text shorter than COMPACT_FROM is read a piece at a time too, its tokens a tuple
each unless they reach COMPACT_TOKENS (then kept as columns).

A long text's tokens also share one string a distinct text and one int where a token
starts at the end of the one before (`token_texts`, `share_touching`), and are kept
as columns, not tuples (`TokenColumns`: a stretch's tuples are made when read). Its
place words are let go once places has read them (`TokenStream.release_words`): the
stages after it ask for a stretch's, made again from its pieces' tokens (`PieceWords`).
So the memory at the peak (participants reads every token of a passage as tuples)
holds neither a tuple a token nor a place word a word beside those.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import compress, islice, repeat
from operator import add, attrgetter, eq, itemgetter, not_, sub
from typing import TYPE_CHECKING, overload

from .. import rx

if TYPE_CHECKING:
    from .place_words import Word
    from .tokens import Token, TokenKind

# A text of twice this many characters or more is read in pieces of about this many.
PIECE_CHARS = 1 << 16

# From this many characters on, a text's tokens share one string a distinct text
# (`token_texts`): below it, the dictionary costs more time than the memory it saves.
SHARE_FROM = 100_000

# A long text's token texts for all its pieces (`token_texts`): one string a distinct
# text, and its case-folded form.
SharedTexts = tuple[dict[str, str], dict[str, str]]

_START, _END = attrgetter("start"), attrgetter("end")
# A token's fields, as functions (its tuple's items: read in C)
_KIND, _TEXT, _LOW = itemgetter(0), itemgetter(3), itemgetter(4)
# A token's kind as a byte of TokenColumns: its index here
# (the last, a plain word's: `tokens._tokenize_piece`'s plain flags, for PieceWords)
_KINDS: tuple[TokenKind, ...] = ("word", "punct", "nl", "num", "code", "word")
_PLAIN = len(_KINDS) - 1
_KIND_CODES = {kind: code for code, kind in enumerate(_KINDS[:_PLAIN])}
# the kinds of the tokens `tokens._number` makes
_NUMBER_CODES = bytes((_KIND_CODES["num"], _KIND_CODES["code"]))
# TokenColumns iterated: this many tokens made as tuples at a time
MADE_AT_ONCE = 4096
# PieceWords: the place words of this many pieces kept once made again
PIECES_KEPT = 2
# From this many characters on (about 7 MB of Cyrillic in UTF-8) a text is read in
# pieces, its tokens kept as columns and its place words let go after places: memory
# before time. Below it a text is read whole, a tuple a token, which takes more memory
# a character but less time (measured side by side, `vap parse`, whole process: a 10 MB
# document peaks at 345 MB instead of 405 for 33% more CPU; a 1 MB one at 88 MB, its
# CPU unchanged, where the compact form cost it 24% more).
COMPACT_FROM = 1 << 22
# A shorter text is read as a long one once its tokens reach this many: about those of
# COMPACT_FROM characters of press releases (6.6 characters a token in the samples).
# A run of "1.1 " has three tokens in four characters: a megabyte of it, a tuple a
# token, held 390 MB (walkthrough 23).
COMPACT_TOKENS = 640_000
# Where a piece may end: a line break, or a space no token reaches across. A token
# holds no space but a run of plain words (split into its words again: the same on
# either side of the space) and a number's groups of thousands ("1 500": a digit
# before the space, three after); no look-around of the token pattern tells a line
# break or a space from the text's edge (tokens._TOKEN).
PIECE_END = rx.compile(r"\n|(?<!\d) | (?!\d{3})")


def in_pieces(text: str) -> bool:
    """Whether `text` is long enough to be read in pieces (and its tokens kept as
    columns): from COMPACT_FROM characters, and two pieces."""
    return len(text) >= max(COMPACT_FROM, 2 * PIECE_CHARS)


def in_two_pieces(text: str) -> bool:
    """Whether `text` is long enough to be read a piece at a time (two pieces)."""
    return len(text) >= 2 * PIECE_CHARS


def piece_spans(text: str) -> list[tuple[int, int]]:
    """`text` cut into pieces of at least PIECE_CHARS characters, each but the last
    ending with a line break, or with a space no token reaches across where no line
    break comes within PIECE_CHARS (a text with its line breaks lost, a run of "1.1 ":
    one piece of it all held every token's working lists at once; `PIECE_END`)."""
    cuts: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = _piece_end(text, start + PIECE_CHARS)
        cuts.append((start, end))
        start = end
    return cuts


def _piece_end(text: str, at: int) -> int:
    """Where a piece that has reached `at` ends: after the first line break within
    PIECE_CHARS, else after the first line break or space no token reaches across
    (`PIECE_END`) from `at` on."""
    if at >= len(text):
        return len(text)
    newline = text.find("\n", at, at + PIECE_CHARS)
    if newline >= 0:
        return newline + 1
    end = PIECE_END.search(text, at)
    return len(text) if end is None else end.end()


# A piece's start and end, its tokens and which are plain words (`tokens._tokenize_piece`)
Piece = tuple[int, int, list["Token"], list[bool]]
Tokenize = Callable[[str, int, SharedTexts], tuple[list["Token"], list[bool]]]


def tokenized_pieces(text: str, tokenize: Tokenize) -> Iterator[Piece]:
    """The pieces of `text` (`piece_spans`), each tokenised when reached, as
    `tokenize(piece, start, shared)` reads it (`shared`: kept across the pieces)."""
    shared: SharedTexts = ({}, {})
    for start, end in piece_spans(text):
        tokens, plain = tokenize(text[start:end], start, shared)
        yield start, end, tokens, plain


def first_pieces(pieces: Iterator[Piece]) -> tuple[list[Piece], bool]:
    """The pieces read until their tokens reach COMPACT_TOKENS, and whether they did
    (then the rest are still to read)."""
    held: list[Piece] = []
    count = 0
    for piece in pieces:
        held.append(piece)
        count += len(piece[2])
        if count >= COMPACT_TOKENS:
            return held, True
    return held, False


def drained(held: list[Piece]) -> Iterator[Piece]:
    """`held`'s pieces, each let go of once read (memory)."""
    held.reverse()
    while held:
        yield held.pop()


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


# A piece's place words, as `place_words.piece_words` makes them from the piece's tokens
# and plain flags (`words_of(text, piece_ends, tokens, plain, sentence)`: the sentence
# ends inside the piece, and the count of those before it), and the odd ones' indexes.
WordsOf = Callable[
    [str, Sequence[int], list["Token"], list[bool], int], tuple[list["Word"], list[int]]
]


def columns_by_piece(
    text: str,
    ends: Sequence[int],
    pieces: Iterable[Piece],
    words_of: WordsOf,
    columns: TokenColumns,
) -> tuple[list[Word], list[int]]:
    """The tokens of `text` put in `columns`, and its place words and the indexes of
    the odd ones, a piece at a time (`pieces`: `tokenized_pieces`): `words_of` makes
    a piece's words; then its tokens are kept as columns, their tuples let go."""
    words: list[Word] = []
    odd: list[int] = []
    for start, end, tokens, plain in pieces:
        first, last = bisect_left(ends, start), bisect_left(ends, end)
        piece, piece_odd = words_of(text, ends[first:last], tokens, plain, first)
        odd += map(add, piece_odd, repeat(len(words)))
        words += piece
        columns.add(start, tokens, plain)
    columns.seal()
    return words, odd


class TokenColumns(Sequence["Token"]):
    """A long text's tokens as columns (issue 15: a 10 MB document): each token's
    offsets (two arrays of machine integers), its text (a string its equals
    share, `token_texts`) and its kind (a byte), and one folded form a distinct text,
    instead of a tuple of five fields a token. A stretch's tokens are made as Token
    tuples when read (`inside`, an index or a slice, iteration), equal to those
    `tokenize` makes (a number's made again from its text by `number`)."""

    __slots__ = (
        "_ends", "_kinds", "_lows", "_number", "_numbers", "_starts", "_texts", "_token",
        "_run", "pieces", "piece_starts",
    )  # fmt: skip

    def __init__(self, token: type[Token], number: Callable[[str, int, int], Token]) -> None:
        # offsets as machine integers (memory: an int object an offset was 32 bytes,
        # a third of a run of "1.1 "'s columns)
        self._starts: array[int] = array("q")
        self._ends: array[int] = array("q")
        self._texts: list[str] = []
        self._kinds = bytearray()
        # a text's folded form, as its tokens have it (a sign's: itself)
        self._lows: dict[str, str] = {}
        # the indexes of the numbers' and codes' tokens (few): made by `number`
        self._numbers = array("q")
        self._token = token
        self._number = number
        self._run: tuple[int, list[Token]] | None = None  # `__iter__`'s
        # each piece of the text (`piece_spans`): its start and its first token
        self.piece_starts: list[int] = []
        self.pieces: list[int] = []

    def add(self, start: int, tokens: list[Token], plain: list[bool]) -> None:
        """Keep `tokens`, the next piece's, starting at `start` (`plain`: which are
        plain words, `tokens._tokenize_piece`), as columns."""
        first = len(self._texts)
        self.piece_starts.append(start)
        self.pieces.append(first)
        texts = list(map(_TEXT, tokens))
        kinds = bytearray(map(_KIND_CODES.__getitem__, map(_KIND, tokens)))
        deque(map(kinds.__setitem__, compress(range(len(kinds)), plain), repeat(_PLAIN)), 0)
        self._texts += texts
        self._starts.extend(map(_START, tokens))
        self._ends.extend(map(_END, tokens))
        self._kinds += kinds
        self._lows.update(zip(texts, map(_LOW, tokens), strict=True))
        numbers = map(_NUMBER_CODES.__contains__, kinds)
        self._numbers.extend(compress(range(first, first + len(kinds)), numbers))

    def seal(self) -> None:
        """The texts' column copied to its exact size, once all the tokens are in (a list
        grown by pieces holds room for an eighth more)."""
        self._texts = list(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...

    def __getitem__(self, index: int | slice) -> Token | list[Token]:
        if isinstance(index, slice):
            lo, hi, step = index.indices(len(self))
            return self.made(lo, max(lo, hi)) if step == 1 else self.made(0, len(self))[index]
        if not -len(self) <= index < len(self):
            raise IndexError("token index out of range")
        return self.made(index % len(self), index % len(self) + 1)[0]

    def __iter__(self) -> Iterator[Token]:
        for lo in range(0, len(self), MADE_AT_ONCE):
            # the last run made kept: iterators read side by side (zip, compress) make
            # each run once
            if self._run is None or self._run[0] != lo:
                self._run = (lo, self.made(lo, lo + MADE_AT_ONCE))
            yield from self._run[1]
        self._run = None

    def first_from(self, pos: int) -> int:
        """The index of the first token that starts at `pos` or after it."""
        return bisect_left(self._starts, pos)

    def inside(self, start: int, end: int) -> list[Token]:
        """The tokens that lie inside [start, end), in order (TokenStream.between)."""
        lo = bisect_left(self._starts, start)
        hi = bisect_left(self._starts, end, lo)
        if hi > lo and self._ends[hi - 1] > end:
            hi -= 1  # cut by the end: none of this stretch
        return self.made(lo, hi)

    def made(self, lo: int, hi: int) -> list[Token]:
        """Tokens lo to hi (not included) as tuples, MADE_AT_ONCE at a time (memory: the
        columns' slices of one such run held beside them, not of all)."""
        if hi - lo <= MADE_AT_ONCE:
            return self._made(lo, hi)
        tokens: list[Token] = []
        for first in range(lo, hi, MADE_AT_ONCE):
            tokens += self._made(first, min(hi, first + MADE_AT_ONCE))
        return tokens

    def _made(self, lo: int, hi: int) -> list[Token]:
        """Tokens lo to hi (not included) as tuples, made in C but for the numbers."""
        texts = self._texts[lo:hi]
        starts, ends = self._starts[lo:hi], self._ends[lo:hi]
        kinds = map(_KINDS.__getitem__, self._kinds[lo:hi])
        lows = map(self._lows.__getitem__, texts)
        fields = zip(kinds, starts, ends, texts, lows, strict=True)
        tokens: list[Token] = list(map(tuple.__new__, repeat(self._token), fields))
        numbers = self._numbers
        for i in numbers[bisect_left(numbers, lo) : bisect_left(numbers, hi)]:
            k = i - lo
            tokens[k] = self._number(texts[k], starts[k], ends[k])
        return tokens

    def plain(self, lo: int, hi: int) -> list[bool]:
        """Which of tokens lo to hi (not included) are plain words."""
        return list(map(eq, self._kinds[lo:hi], repeat(_PLAIN)))


class PieceWords:
    """A long text's place words a piece at a time, made again from its tokens (kept
    as TokenColumns) when asked, once the list of them all is let go
    (TokenStream.release_words: memory while the stages after places run); the last
    pieces asked for are kept (the stages ask along the text)."""

    def __init__(
        self, text: str, ends: Sequence[int], columns: TokenColumns, words_of: WordsOf
    ) -> None:
        self.text = text
        self.ends = ends
        self.columns = columns
        self.words_of = words_of
        self.made: dict[int, tuple[list[Word], list[int]]] = {}

    def of_piece(self, p: int) -> tuple[list[Word], list[int]]:
        """The place words of piece `p` and the indexes of its odd ones."""
        made = self.made.get(p)
        if made is None:
            columns, ends = self.columns, self.ends
            last_piece = p + 1 == len(columns.pieces)
            lo, hi = columns.pieces[p], len(columns) if last_piece else columns.pieces[p + 1]
            start = columns.piece_starts[p]
            end = len(self.text) if last_piece else columns.piece_starts[p + 1]
            first, last = bisect_left(ends, start), bisect_left(ends, end)
            tokens, plain = columns.made(lo, hi), columns.plain(lo, hi)
            made = self.words_of(self.text, ends[first:last], tokens, plain, first)
            if len(self.made) >= PIECES_KEPT:
                del self.made[next(iter(self.made))]
            self.made[p] = made
        return made

    def near(self, start: int, end: int) -> tuple[list[Word], list[int]]:
        """The place words of the pieces [start, end] reaches into (no word crosses a
        piece's end), and the indexes of the odd ones among them."""
        starts = self.columns.piece_starts
        first = max(0, bisect_right(starts, start) - 1)
        stop = max(first + 1, bisect_right(starts, end))
        if stop == first + 1:  # one piece: its own lists (read, never changed)
            return self.of_piece(first)
        words: list[Word] = []
        odd: list[int] = []
        for p in range(first, stop):
            piece, piece_odd = self.of_piece(p)
            odd += map(add, piece_odd, repeat(len(words)))
            words += piece
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
    known = len(texts)
    raws = list(map(texts.setdefault, raws, raws))
    # the texts met first here: `texts` keeps its keys in order, and `folds` holds those
    # met before (both grow here alone)
    for raw in islice(texts, known, None):
        low = raw.casefold()
        folds[raw] = raw if low == raw else low
    return raws, list(map(folds.__getitem__, raws))
