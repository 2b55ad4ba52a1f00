"""The tokens of a text, made once per document by the segment stage (segment/__init__.py):
words, numbers, codes, line breaks and punctuation with their spans and case-folded
forms (`tokenize`, the one tokeniser), and the two views extractors read of them:

- `TokenStream.words`: words with inner hyphens, slashes and apostrophes joined
  ("Ысык-Көл", "а/а"), each with its sentence (places);
- `TokenStream.name_words(start, end)`: words with inner hyphens only, in a stretch
  of the text (persons).

and where the words of lexicon word sets begin in its case-folded text
(`TokenStream.starts`: one search for several extractors' sets, rx_word_sets.WordSets).

Numbers (numbers/) and participants read the tokens themselves. Names are folded
for comparison by fold.py, the one name folding.
"""

from __future__ import annotations

import string
from array import array
from bisect import bisect_left
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from itertools import accumulate, chain, compress, repeat
from operator import attrgetter, is_not, itemgetter, mul, neg, not_
from types import MappingProxyType
from typing import Literal, NamedTuple, TypeVar

import regex

from .. import rx
from ..rx_word_sets import WordSets
from .place_words import Word, piece_words
from .token_pieces import (
    SHARE_FROM,
    PieceWords,
    SharedTexts,
    TokenColumns,
    columns_by_piece,
    drained,
    first_pieces,
    in_pieces,
    in_two_pieces,
    share_touching,
    token_texts,
    tokenized_pieces,
    tokens_by_piece,
)
from .word_parts import (
    NAME_JOINERS,
    NAME_WORD_MAX,
    PLACE_JOINERS,
    compounds,
    name_spans,
)

# Characters surely neither letters nor digits, joiners nor apostrophes: a word token
# between two of them (or the text's edge) is a place word as it is, and a name word.
_NO_LETTER = "".join(
    c
    for c in [*string.whitespace, *string.punctuation, *"\u00a0«»“”„‘–—…№"]
    if not (c.isalpha() or c.isdigit() or c in "-/'’")
)
# Plain words one space apart read by one match of `_TOKEN`, at most: bounded work
# and memory a match on hostile runs.
RUN_WORDS = 64

# A token of running text. Digits: up to 12 in a row, or groups of three after
# 1-3 digits ("1 500 000"), optionally with letters glued on ("20дан") or after
# a hyphen ("20-жылдан": an ordinal). Bounded everywhere: linear on hostile runs.
# Read by `split` (no match object a token): the texts between tokens, then the
# token's capture, then a capture a kind (None but the token's), `_ITEMS` items a token.
# Plain words standing one space apart are one match (`_tokenize_piece` splits it on its
# spaces): the `regex` module's cost is mostly a match's (a capture a kind, each
# match), not a character's, and most words of running text are plain.
_TOKEN = rx.compile(
    r"("
    # words first: most tokens are words, and no other kind starts with a letter, so
    # the order of the kinds changes no token (words first: the regex search ~40% faster);
    # plain words first: each between two _NO_LETTERs, the same words read apart; up to
    # RUN_WORDS of them one space apart (the last is given back if a letter, mark,
    # digit or joiner follows it: the word before it has a space after it)
    r"(?<![^{no_letter}])({word}(?: {word}){{0,{more}}})(?![^{no_letter}])"
    r"|\p{{L}}[\p{{L}}\p{{M}}]{{0,59}}"
    # three or more digit groups joined by signs: dates, phones, codes ("12.03.2020",
    # "0555-31-33-85"); one token, never a count, and few tokens on hostile runs; or
    # a number (one capture: `_number` tells them apart)
    r"|((?<!\d)\d{{1,4}}(?:[-./:,]\d{{1,4}}){{2,60}}"
    r"|(?<!\d)(?:\d{{1,3}}(?:[ \u00a0]\d{{3}}){{1,4}}|\d{{1,12}})(?!\d)(?:-?\p{{L}}{{1,12}})?)"
    # a run of one punctuation sign is one token ("-----", "___"): fewer tokens
    r"|(\n|([^\s\p{{L}}\d])\5{{0,199}}))".format(
        no_letter=regex.escape(_NO_LETTER, special_only=False),
        word=r"\p{L}[\p{L}\p{M}]{0,59}+",
        more=RUN_WORDS - 1,
    )
)
# A run of digits (each opens where a digit follows no digit): read once a document
# (`TokenStream.digit_runs`) by every stage whose patterns open with a run's first digit.
DIGIT_RUN = rx.compile(r"\d+")
# `_TOKEN.split`'s items a token: the text before it, then its captures: the token,
# run of plain words, code or number, line break or punctuation; and a punctuation
# run's sign. Which of the kinds' captures is not None tells the token's kind (a
# word's, none of them).
_ITEMS = 6
_RUN = 2
_NUMBER = 3
_SIGNS = 4
_SIGN_KINDS: Mapping[str, TokenKind] = MappingProxyType({"\n": "nl"})  # else punct
# a code's signs between its digit groups: a number has none of them, or one hyphen
_CODE_SIGNS = frozenset("./:,")
# a number's letters: glued on or after a hyphen
_NUMBER_ENDING = rx.compile(r"(-?)(\p{L}{1,12})\Z")

TokenKind = Literal["num", "word", "nl", "punct", "code"]


def read_digits(digits: str) -> int:
    """ "1 500 000" -> 1500000 (spaces group thousands)."""
    return int(digits.replace(" ", "").replace("\u00a0", ""))


class Token(NamedTuple):
    """A word, line break, punctuation run or code: five fields (memory on long
    texts: most tokens are words); a number is a NumToken, with three more."""

    kind: TokenKind
    start: int
    end: int
    text: str  # as written
    low: str  # case-folded

    @property
    def digits(self) -> str:
        """For num: the digits (with their group spaces)."""
        return ""

    @property
    def ending(self) -> str:
        """For num: the glued or hyphenated letters, case-folded."""
        return ""

    @property
    def hyphen(self) -> bool:
        """For num: the letters came after a hyphen ("20-жылдан")."""
        return False

    @property
    def value(self) -> int:
        return read_digits(self.digits)


class NumToken(Token):
    """A number's token: a Token with its digits, ending and hyphen after its five
    fields (read in C, as a Token's)."""

    __slots__ = ()

    def __new__(
        cls,
        kind: TokenKind,
        start: int,
        end: int,
        text: str,
        low: str,
        digits: str,
        ending: str,
        hyphen: bool,
    ) -> NumToken:
        return tuple.__new__(cls, (kind, start, end, text, low, digits, ending, hyphen))

    digits = property(itemgetter(5))  # type: ignore[assignment]
    ending = property(itemgetter(6))  # type: ignore[assignment]
    hyphen = property(itemgetter(7))  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"NumToken{tuple.__repr__(self)}"


def tokenize(text: str) -> list[Token]:
    """Words, numbers, newlines and punctuation of `text`, with offsets; spaces dropped
    (a long text's read a piece at a time: token_pieces.py, memory)."""
    if in_pieces(text):
        return tokens_by_piece(text, _tokenize_piece, ({}, {}))[0]
    return _tokenize_piece(text, 0, None)[0]


def _tokenize_piece(
    text: str, base: int, shared: SharedTexts | None
) -> tuple[list[Token], list[bool]]:
    """The tokens of `text`, a piece of the document's text starting at `base`, and
    which are plain words. The hot path on long inputs: the pattern's `split`, its runs
    of plain words split on their spaces, then every token made once in C (map, zip,
    compress, tuple.__new__: Token._make without its Python frame) but for the numbers.
    `shared`: see `token_pieces.token_texts`."""
    items = _TOKEN.split(text, 0, rx.NOT_CONCURRENT)
    gaps = items[0::_ITEMS]
    runs = list(map(is_not, items[_RUN::_ITEMS], repeat(None)))
    # a run's words (one space apart), a token of another kind as it is (no split)
    parts = list(map(str.split, items[1::_ITEMS], repeat(" "), map(neg, runs)))
    numbers = list(map(is_not, items[_NUMBER::_ITEMS], repeat(None)))
    signs = list(map(is_not, items[_SIGNS::_ITEMS], repeat(None)))
    del items
    # where each match's first token is among the tokens (and, last, their count)
    firsts = [0, *accumulate(map(len, parts))]
    raws = list(chain.from_iterable(parts))
    del parts
    # the lengths of the texts before the tokens (one space inside a run, else the
    # text between the matches) and of the tokens', in turn
    lengths = [1] * (2 * len(raws))
    deque(map(lengths.__setitem__, map(mul, firsts[:-1], repeat(2)), map(len, gaps)), maxlen=0)
    lengths[1::2] = map(len, raws)
    if lengths:  # the piece's offsets in the document's text
        lengths[0] += base
    offsets = list(accumulate(lengths))
    starts, ends = offsets[0::2], offsets[1::2]
    if shared is None and len(text) >= SHARE_FROM:
        shared = ({}, {})
    if shared is not None:
        share_touching(starts, ends, lengths)
    raws, lows = token_texts(raws, shared)
    # line breaks and punctuation: their kinds, and their texts as their folded forms
    kinds = ["word"] * len(raws)
    at = list(compress(firsts, signs))
    raw_signs = list(map(raws.__getitem__, at))
    deque(map(kinds.__setitem__, at, map(_SIGN_KINDS.get, raw_signs, repeat("punct"))), maxlen=0)
    deque(map(lows.__setitem__, at, raw_signs), maxlen=0)
    new = tuple.__new__
    tokens: list[Token] = list(
        map(new, repeat(Token), zip(kinds, starts, ends, raws, lows, strict=True))
    )
    for i in compress(firsts, numbers):
        tokens[i] = _number(raws[i], starts[i], ends[i])
    # the plain words: all a run's, and none of the other matches' tokens
    plain = [True] * len(tokens)
    deque(map(plain.__setitem__, compress(firsts, map(not_, runs)), repeat(False)), maxlen=0)
    return tokens, plain


def _number(raw: str, start: int, end: int) -> Token:
    """A code's token, or a number's: its digits, and the letters glued on or after
    a hyphen."""
    new = tuple.__new__
    if raw.isdigit():
        return new(NumToken, ("num", start, end, raw, raw, raw, "", False))
    if raw.count("-") > 1 or not _CODE_SIGNS.isdisjoint(raw):
        return new(Token, ("code", start, end, raw, raw))
    m = _NUMBER_ENDING.search(raw, None, None, rx.NOT_CONCURRENT)
    ending = m.group(2) if m else ""
    hyphen = bool(m and m.group(1))
    digits = raw[: len(raw) - len(ending) - hyphen]
    return new(
        NumToken, ("num", start, end, raw, raw.casefold(), digits, ending.casefold(), hyphen)
    )


# The [start, end) of runs of digits, in order, as the stages read them (DigitRuns or a list)
Runs = Iterable[tuple[int, int]]


class DigitRuns:
    """The [start, end) of a text's runs of digits, read from their two arrays as they
    are iterated, as often as asked (TokenStream.digit_runs): no tuple a run held at
    once (memory: a run of "1.1 " has one a two characters)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, starts: array[int], ends: array[int]) -> None:
        self._starts = starts
        self._ends = ends

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self._starts, self._ends, strict=True)

    def __len__(self) -> int:
        return len(self._starts)


# A word's fields, as functions (text and low: a Token's too): a column of them read
# in C (map, compress).
WORD_TEXT = attrgetter("text")
WORD_CAPITAL = attrgetter("capital")
WORD_LOW = attrgetter("low")

_Spanned = TypeVar("_Spanned", Token, Word)


# A token's or word's start: the key the views bisect them by (no list of the starts
# kept beside them: memory on long texts, and few bisections a document)
_START = attrgetter("start")


def _inside(items: list[_Spanned], start: int, end: int) -> list[_Spanned]:
    """The items (in order, side by side) inside [start, end)."""
    lo = bisect_left(items, start, key=_START)
    hi = bisect_left(items, end, lo, key=_START)
    if hi > lo and items[hi - 1].end > end:
        hi -= 1  # cut by the end: none of this stretch
    return items[lo:hi]


class TokenStream:
    """The tokens of one normalised text, and its word views (computed on first use)."""

    def __init__(self, text: str, sentence_ends: Sequence[int] = ()) -> None:
        self.text = text
        self._ends = sentence_ends
        # which tokens are plain words (`_tokenize_piece`): kept from tokenising until the
        # place words are made, the one reader (memory on long texts: a slot a token);
        # a long text's place words, made with its tokens a piece at a time
        self._plain: list[bool] | None = None
        self._made_words: tuple[list[Word], list[int]] | None = None
        self._pieces: PieceWords | None = None  # set by `release_words`
        # `starts`: what each WordSets found in the folded text (searched once), by set,
        # and each set's places
        self._found: dict[WordSets, dict[rx.Beginnings, list[int]]] = {}
        self._starts: dict[rx.Beginnings, list[int]] = {}

    @cached_property
    def tokens(self) -> list[Token] | TokenColumns:
        """The tokens; a long text's kept as columns, with its place words made a
        piece at a time beside them (token_pieces.py: memory)."""
        text = self.text
        if not in_two_pieces(text):
            tokens, self._plain = _tokenize_piece(text, 0, None)
            return tokens
        # a long text read a piece at a time (memory: one piece's working lists), and kept
        # as columns from COMPACT_FROM characters or COMPACT_TOKENS tokens on
        pieces = tokenized_pieces(text, _tokenize_piece)
        held, many = ([], True) if in_pieces(text) else first_pieces(pieces)
        if not many:
            self._plain = list(chain.from_iterable(map(itemgetter(3), held)))
            return list(chain.from_iterable(map(itemgetter(2), held)))
        columns = TokenColumns(Token, _number)
        self._made_words = columns_by_piece(
            text, self._ends, chain(drained(held), pieces), piece_words, columns
        )
        return columns

    @cached_property
    def folded(self) -> str | None:
        """The text case-folded once for the document, character for character: a
        stretch's folded text is `folded[start:end]`, at the same offsets. None when
        folding changes the text's length ("ß" -> "ss", "İ" -> "i̇"): then fold a
        stretch itself (`folded_between`)."""
        folded = rx.casefold(self.text)
        # no character folds to nothing, so the same length means one for one
        return folded if len(folded) == len(self.text) else None

    def folded_between(self, start: int, end: int) -> str:
        """text[start:end].casefold(), from the document's folded text when it has one."""
        folded = self.folded
        return folded[start:end] if folded is not None else self.text[start:end].casefold()

    def starts(self, sets: WordSets, begins: rx.Beginnings) -> list[int] | None:
        """Where a word of `begins` (one of `sets`) begins in the text, as
        rx.beginnings_in finds in the folded text: the text searched once for the
        words of all the sets (the first time one is asked for), each set's own kept.
        None when folding changes the text's length: then search each stretch itself."""
        found = self._starts.get(begins)
        if found is None:
            if self.folded is None:
                return None
            each = self._found.get(sets)
            if each is None:
                each = self._found[sets] = sets.each(sets.find(self.folded))
            found = self._starts[begins] = each[begins]
        return found

    @cached_property
    def _digit_runs(self) -> tuple[array[int], array[int]]:
        """The starts and ends of DIGIT_RUN's matches (two arrays: memory on long texts)."""
        starts: array[int] = array("q")
        ends: array[int] = array("q")
        for m in DIGIT_RUN.finditer(self.text, None, None, False, rx.NOT_CONCURRENT):
            start, end = m.span()
            starts.append(start)
            ends.append(end)
        return starts, ends

    def digit_runs(self) -> DigitRuns:
        """The [start, end) of every run of digits (`\\d+`) of the text, in order: the
        text searched once for the dates, periods, phones and participants stages."""
        return DigitRuns(*self._digit_runs)

    def between(self, start: int, end: int) -> list[Token]:
        """The tokens that lie inside [start, end), in order: O(log n + k)."""
        tokens = self.tokens
        if isinstance(tokens, TokenColumns):
            return tokens.inside(start, end)
        return _inside(tokens, start, end)

    @cached_property
    def words(self) -> list[Word]:
        """Words with inner hyphens, slashes and apostrophes ("Ысык-Көл", "а/а",
        "р-н"), each with its sentence (the segment stage's sentence ends before it)."""
        return self._place_words[0]

    @cached_property
    def _place_words(self) -> tuple[list[Word], list[int]]:
        """`words` and `_odd_names` (`piece_words`)."""
        tokens = self.tokens
        if isinstance(tokens, TokenColumns):  # made with them (or again, once let go)
            made, self._made_words = self._made_words, None
            if made is None:
                pieces = PieceWords(self.text, self._ends, tokens, piece_words)
                made = pieces.near(0, len(self.text))
            return made
        plain, self._plain = self._plain, None
        assert plain is not None  # set by `tokens`, read once here
        return piece_words(self.text, self._ends, tokens, plain, 0)

    def words_between(self, start: int, end: int) -> list[Word]:
        """The place words (`words`) that lie inside [start, end): O(log n + k)."""
        words = self.words if self._pieces is None else self._pieces.near(start, end)[0]
        return _inside(words, start, end)

    def release_words(self) -> None:
        """A long text's place words let go once no later stage reads them all (the
        pipeline, after places: memory); `words_between` and `name_words` then read
        those of the pieces they reach, made again (token_pieces.PieceWords)."""
        tokens = self.tokens
        if isinstance(tokens, TokenColumns) and self._pieces is None:  # a long text's
            self.__dict__.pop("words", None)
            self.__dict__.pop("_place_words", None)
            self._made_words = None
            self._pieces = PieceWords(self.text, self._ends, tokens, piece_words)

    def name_words(self, start: int, end: int) -> list[Word]:
        """Words with inner hyphens ("Ак-Суу", "Токтогул-уулу") in [start, end), not
        glued to a digit or a letter before them; a word the stretch cuts is left out,
        a hyphenated one keeps its parts inside. Most are place words as they are
        (`words`), copied a run at a time; the others (with a slash or an apostrophe,
        glued to a number, cut by the stretch or by a bound) are read again from
        their tokens."""
        if self._pieces is None:
            words, odd = self.words, self._odd_names
        else:
            words, odd = self._pieces.near(start, end)
        k = bisect_left(words, start, key=_START)
        if k and words[k - 1].end > start:
            k -= 1  # a word the stretch's start cuts
        hi = bisect_left(words, end, k, key=_START)
        # only the last word can run past the end: plain runs stop before it
        last = hi - 1 if hi > k and words[hi - 1].end > end else hi
        out: list[Word] = []
        run: list[Word] = []  # words to read from their tokens, side by side
        i = k
        while i < hi:
            w = words[i]
            if run and not self._joined(run[-1], w):
                out += self._names_in(max(start, run[0].start), min(end, run[-1].end), end)
                run = []
            p = bisect_left(odd, i)
            if run or (p < len(odd) and odd[p] == i) or w.start < start or i == last:
                run.append(w)
                i += 1
            else:  # plain words up to the next odd one or the last
                j = min(odd[p] if p < len(odd) else hi, last)
                out += words[i:j]
                i = j
        if run:
            out += self._names_in(max(start, run[0].start), min(end, run[-1].end), end)
        return out

    def _joined(self, a: Word, b: Word) -> bool:
        """Whether a bound cut one run of letters into words a and b."""
        return b.start == a.end or (b.start == a.end + 1 and self.text[a.end] in PLACE_JOINERS)

    @property
    def _odd_names(self) -> list[int]:
        """The indexes of the place words that are no name word as they are (few):
        with a slash or an apostrophe, glued to a letter or digit before them, or
        reaching a bound (`place_words._odd_name`)."""
        return self._place_words[1]

    def _names_in(self, start: int, end: int, limit: int) -> list[Word]:
        """The name words of the letters inside [start, end); `limit`, the stretch's end."""
        text = self.text
        tokens = self.tokens
        if isinstance(tokens, TokenColumns):
            k = tokens.first_from(start)
        else:
            k = bisect_left(tokens, start, key=_START)
        if k and tokens[k - 1].end > start:
            start_token = tokens[k - 1].start  # a number with letters after it
        else:
            start_token = start
        out: list[Word] = []
        for parts in compounds(self.between(start_token, end), NAME_JOINERS, apostrophes=False):
            parts = [p for p in parts if p[0] >= start]
            first = parts[0][0] if parts else 0
            if first and (text[first - 1].isalpha() or text[first - 1].isdigit()):
                parts = parts[1:]  # glued on ("20дан"): its later parts stand alone
            # a next part cut by the end of the stretch: a word that would run on into it
            last = parts[-1][1] if parts else 0
            cut = text[last : last + 1] == "-" and last + 1 < limit and text[last + 1].isalpha()
            for s, e in name_spans(parts, text):
                if not (cut and e == last and s + NAME_WORD_MAX > e):
                    sentence = bisect_left(self._ends, s)  # the ends before it
                    low = self.folded_between(s, e)
                    out.append(Word(s, e, text[s:e], sentence, text[s].isupper(), low))
        return out
