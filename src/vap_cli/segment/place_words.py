"""The place words of a text's view for places (`TokenStream.words`): `Word`, and how
a piece of tokens makes them (`piece_words`: plain word tokens as they are, the others
joined by word_parts.compounds, each with its sentence), with the odd name words among
them (`_odd_name`). Moved out of tokens.py, which keeps the tokens and the views' reading
(tidy55)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import chain, compress, repeat
from operator import itemgetter, not_, sub
from typing import TYPE_CHECKING, NamedTuple

from .word_parts import PLACE_JOINERS, WORD_MAX_PARTS, WORD_PART_MAX, bounded, compounds

if TYPE_CHECKING:
    from .tokens import Token


class Word(NamedTuple):
    """A word of a view: its span, its text, its sentence (the count of sentence
    ends before it), whether it is capitalised and its case-folded text (`low`:
    compare it with case-folded lexicon words instead of folding `text` again).
    A tuple, as Token: made in C (`piece_words`), and no object for the garbage
    collector to walk once it sees it holds none."""

    start: int
    end: int
    text: str
    sentence: int
    capital: bool
    low: str


def _odd_name(text: str, start: int, end: int) -> bool:
    """Whether the place word text[start:end] is no name word as it is: with a slash
    or an apostrophe, glued to a letter or digit before it, or reaching a bound."""
    word = text[start:end]
    # text[start - 1 : start] is "" before the first character; text[end : end + 1], after the last
    before = text[start - 1 : start]
    return not (
        len(word) < WORD_PART_MAX
        # all letters: none of the signs below (the common case, one call)
        and (
            word.isalpha()
            or (
                word.count("-") < WORD_MAX_PARTS - 1
                and "/" not in word
                and "'" not in word
                and "’" not in word
            )
        )
        and not (before.isalpha() or before.isdigit())
        and not text[end : end + 1].isalpha()
    )


def piece_words(
    text: str, ends: Sequence[int], tokens: list[Token], plain: list[bool], sentence: int
) -> tuple[list[Word], list[int]]:
    """The place words of `tokens` and the indexes of the odd ones
    (`TokenStream._place_words`, tokens.py); `ends`: the sentence ends among them, `sentence`:
    the count of those before them.
    A plain word token is one place word as it is, a name word too, and joins no
    other token; the rest of the words are read from the other tokens (word_parts.compounds:
    plain words between them change none of theirs) and put in between. The
    per-word work is in C (compress, zip, map) but for those few."""
    columns = list(zip(*compress(tokens, plain), strict=True))  # kind, start, end, text, low, ...
    plain_starts, plain_ends, plain_texts, plain_lows = columns[1:5] if columns else ((),) * 4
    starts: list[int] = []
    stops: list[int] = []
    texts: list[str] = []
    lows: list[str] = []
    odd: list[int] = []
    done = 0  # the plain words before this one are in the lists
    rest = compress(tokens, map(not_, plain))
    for compound in compounds(list(rest), PLACE_JOINERS, apostrophes=True):
        k = bisect_left(plain_starts, compound[0][0], done)
        starts += plain_starts[done:k]
        stops += plain_ends[done:k]
        texts += plain_texts[done:k]
        lows += plain_lows[done:k]
        done = k
        # most words are one part within the bound: word_parts.bounded keeps them as they are
        one = len(compound) == 1 and compound[0][1] - compound[0][0] <= WORD_PART_MAX
        for parts in (compound,) if one else bounded(compound, text):
            start, end = parts[0][0], parts[-1][1]
            if _odd_name(text, start, end):
                odd.append(len(starts))
            word = text[start:end]
            low = word.casefold()
            starts.append(start)
            stops.append(end)
            texts.append(word)
            lows.append(word if low == word else low)  # one string (memory)
    starts += plain_starts[done:]
    stops += plain_ends[done:]
    texts += plain_texts[done:]
    lows += plain_lows[done:]
    # the ends before each word (one int object a sentence: memory on long texts): the
    # words sorted, sentence k holds those between ends k-1 and k, found by a bisection
    # a sentence end (fewer than a word each), then repeated in C
    cuts = [*map(bisect_right, repeat(starts), ends), len(starts)]
    counts = map(sub, cuts, [0, *cuts[:-1]])
    sentences = chain.from_iterable(map(repeat, range(sentence, sentence + len(ends) + 1), counts))
    capitals = map(str.isupper, map(itemgetter(0), texts))
    fields = zip(starts, stops, texts, sentences, capitals, lows, strict=True)
    return list(map(tuple.__new__, repeat(Word), fields)), odd
