"""Ranges with both ends: "30-40", "от 20 до 30", "20-30дай"."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

from ..plain import Fields
from ..segment.tokens import Token, tokenize
from .finding import NumberMatch, NumberReadings, hyphenated_name
from .word_tables import CONTEXT_WORDS, RANGE_DASHES, RANGE_FROM, RANGE_TO, RANGE_UNTIL
from .words import lone_part_word, part_ablative_word, read_word


class NumberRange(Fields):
    """Both ends of a range, as numbers found in the text, and the tokens [first, last)
    the whole range takes ("от 20 до 30": from "от" to "30")."""

    __slots__ = ("low", "high", "first", "last")

    low: NumberMatch
    high: NumberMatch
    first: int
    last: int

    def __init__(self, low: NumberMatch, high: NumberMatch, first: int, last: int) -> None:
        self.low = low
        self.high = high
        self.first = first
        self.last = last

    @property
    def start(self) -> int:
        return self.low.start

    @property
    def end(self) -> int:
        return self.high.end


def _count_at(read: NumberReadings, i: int) -> NumberMatch | None:
    match = read.at(i) if i < len(read.tokens) else None
    return match if match is not None and match.is_count else None


def _scaled_low(tokens: Sequence[Token], low: NumberMatch, high: NumberMatch) -> NumberMatch:
    """ "2-3 тысячи", "от 2 до 3 тысяч", "от двух до трех тысяч": the scale after the high
    end scales the low end too (2000-3000), unless the low end is then the larger
    ("от 500 до 2 тысяч")."""
    head = tokens[high.first]
    if low.last - low.first != 1 or high.last - high.first != 2:
        return low
    if head.kind == "num":
        head_value: int | None = head.value
    else:
        word = read_word(head.low)
        head_value = word.value if word is not None and word.kind != "scale" else None
    if not head_value:
        return low
    value = (low.value or 0) * ((high.value or 0) // head_value)
    if value >= (high.value or 0):
        return low
    return NumberMatch(low.first, low.last, low.start, low.end, value, low.kind, low.ending)


def _scaled_high(read: NumberReadings, k: int, high: NumberMatch) -> NumberMatch:
    """ "эки-үч жүз", "две-три тысячи": the high end of a range of words with the
    hundred or scale after it, which scales both ends; else the word alone."""
    tokens = read.tokens
    whole = read.at(k)
    if (
        whole is None
        or whole.kind != "words"
        or whole.last != k + 2
        or not whole.value
        or high.ending
        or not high.value
    ):
        return high
    after = read_word(tokens[k + 1].low)
    if after is None or after.kind not in ("hundred", "scale"):
        return high
    return whole


def _hyphenated_words(read: NumberReadings, i: int) -> NumberRange | None:
    """ "пять-шесть человек", "эки-үч адам", "эки-үч жүз адам" (200-300): two number
    words joined by a hyphen."""
    tokens = read.tokens
    if not hyphenated_name(tokens, i):
        return None
    low, high = read_word(tokens[i].low), read_word(tokens[i + 2].low)
    if low is None or high is None or low.ending or low.value is None or high.value is None:
        return None
    counts = ("unit", "teen", "ten")
    if low.kind not in counts or high.kind not in counts:
        return None
    a, b = tokens[i], tokens[i + 2]
    if low.value >= high.value:
        return _compound_high(read, i, low.value)
    single = NumberMatch(i + 2, i + 3, b.start, b.end, high.value, "words", high.ending)
    whole = _scaled_high(read, i + 2, single)
    factor = (whole.value or 0) // high.value
    return NumberRange(
        NumberMatch(i, i + 1, a.start, a.end, low.value * factor, "words"),
        whole,
        i,
        whole.last,
    )


def _compound_high(read: NumberReadings, i: int, low_value: int) -> NumberRange | None:
    """ "он-он беш киши" (10-15), "жыйырма-жыйырма беш", "двадцать-двадцать пять": the
    high end a number of several words after the hyphen, the tens repeated; a hundred
    or scale ending it scales the low end too ("он-он беш миң": 10 000-15 000)."""
    tokens = read.tokens
    whole = read.at(i + 2)
    if whole is None or whole.kind != "words" or whole.last <= i + 3 or whole.ending:
        return None
    last = read_word(tokens[whole.last - 1].low)
    factor = last.value if last is not None and last.kind in ("hundred", "scale") else 1
    if not whole.value or not factor or whole.value <= low_value * factor:
        return None
    a = tokens[i]
    return NumberRange(
        NumberMatch(i, i + 1, a.start, a.end, low_value * factor, "words"), whole, i, whole.last
    )


def _dash_range(read: NumberReadings, i: int) -> NumberRange | None:
    """ "30-40", "30–40 киши", "500 - 600", "2-3 тысячи", "пять-шесть"."""
    tokens = read.tokens
    if i and tokens[i - 1].kind == "num" and not tokens[i - 1].ending:
        return None  # "0555 313-385": the end of a phone number
    if tokens[i].kind == "word":
        words = _hyphenated_words(read, i)
        if words is not None:
            return words
    low = _count_at(read, i)
    if low is None or low.ending or low.last >= len(tokens):
        return None
    if tokens[low.last].text not in RANGE_DASHES:
        return None
    high = _count_at(read, low.last + 1)
    if high is None:
        return None
    low = _scaled_low(tokens, low, high)
    if (low.value or 0) >= (high.value or 0):
        return None  # "771-711": a phone number, not a range
    return NumberRange(low, high, i, high.last)


def _from_to_range(read: NumberReadings, i: int) -> NumberRange | None:
    """ "от 20 до 30" (from ... to)."""
    tokens = read.tokens
    if tokens[i].low not in RANGE_FROM:
        return None
    low = _count_at(read, i + 1)
    if low is None or low.last >= len(tokens) or tokens[low.last].low not in RANGE_TO:
        return None
    high = _count_at(read, low.last + 1)
    if high is None or (low.value or 0) >= (high.value or 0):
        return None
    return NumberRange(_scaled_low(tokens, low, high), high, i, high.last)


def _until_range(read: NumberReadings, i: int) -> NumberRange | None:
    """ "10дон 15ке чейин", "жыйырмадан отузга дейре": from (ablative) ... until (dative)."""
    tokens = read.tokens
    low = _count_at(read, i)
    if low is None or low.case != "ablative":
        return None
    high = _count_at(read, low.last)
    if high is None or high.case != "dative" or high.last >= len(tokens):
        return None
    if tokens[high.last].low not in RANGE_UNTIL or (low.value or 0) >= (high.value or 0):
        return None
    return NumberRange(low, high, i, high.last + 1)


# The words whose answer `word_may_start` keeps: a batch's common words.
_WORD_MEMO = 8192


@lru_cache(maxsize=_WORD_MEMO)
def word_may_start(low: str) -> bool:
    """Whether a number or a range can start at a word (a number word, "от", a word
    that counts with a number): one look-up per distinct word, not three."""
    return (
        low in RANGE_FROM
        or low in CONTEXT_WORDS
        or read_word(low) is not None
        or lone_part_word(low) is not None  # "Алардын тогузу аял": finding._lone_part
        or part_ablative_word(low) is not None  # "он эки мектептин тогузунан": the same
    )


def may_start(token: Token) -> bool:
    """Whether a number or a range can start at this token (digits, a number word,
    "от"): False lets a caller skip both `range_at` and `number_at` at it, which
    would give None (most tokens of a text are other words)."""
    if token.kind == "num":
        return True
    return token.kind == "word" and word_may_start(token.low)


def start_indexes(tokens: Sequence[Token]) -> list[int]:
    """The indexes of the tokens where `may_start` holds, in order: one pass over a
    passage, without a call for each of its tokens (most are other words). A token's
    kind is read once, and a word's answer asked only of a word (fewer instructions
    a token than one condition of both: round 20)."""
    may = word_may_start
    found: list[int] = []
    for k, token in enumerate(tokens):
        kind = token.kind
        if kind == "word":
            if may(token.low):
                found.append(k)
        elif kind == "num":
            found.append(k)
    return found


def range_at(
    tokens: Sequence[Token], i: int, read: NumberReadings | None = None
) -> NumberRange | None:
    """The range that starts at token i (at its first number, or at "от"), or None.

    For participants: a range is two counts of the same people, one per end, with the
    qualifier written before the range ("около 500 - 600 работников" gives 500 about
    and 600 about; "30-40 киши" gives 30 and 40, exact). Call it before `number_at` at
    each token and, when it returns a range, read the noun after `high`; the caller
    still decides whether the numbers count people (a phone "313-385", years
    "2015-2023" and measures are its own checks). Only an increasing pair of counts
    is a range: "771-711" is none. `read` is the caller's NumberReadings of
    `tokens`, so that each number is read once however often it is asked for.
    """
    read = read if read is not None else NumberReadings(tokens)
    if tokens[i].kind == "word" and tokens[i].low in RANGE_FROM:
        return _from_to_range(read, i)
    return _dash_range(read, i) or _until_range(read, i)


def find_ranges(text: str) -> Iterator[NumberRange]:
    """Every range in `text`, in order."""
    tokens = tokenize(text)
    read = NumberReadings(tokens)
    i = 0
    while i < len(tokens):
        found = range_at(tokens, i, read)
        i = found.last if found is not None else i + 1
        if found is not None:
            yield found
