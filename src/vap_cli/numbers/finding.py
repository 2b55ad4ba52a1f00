"""Finding numbers in a text: digits, words, collectives, ordinals and vague words."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import takewhile
from typing import Literal

from .. import morph
from ..fold import without_yo
from ..plain import Fields
from ..segment.tokens import Token, read_digits, tokenize
from .word_tables import (
    COLLECTIVE_DIGIT_SUFFIX,
    CONTEXT_WORDS,
    DOTTED_SCALES,
    ENDING_CASE,
    LONE_PART,
    NOT_ONE,
    NUMBERS_LEX,
    ONE_OF,
    PART_ABLATIVE_ENDINGS,
    PARTITIVE_ENDINGS,
    RUSSIAN_CARDINAL_SUFFIXES,
    RUSSIAN_NUMBERS,
    RUSSIAN_PLURAL_LIKE,
    RUSSIAN_PLURAL_SCALES,
    RUSSIAN_SINGULAR_SCALES,
    SINGULAR_AFTER,
)
from .words import (
    MAX_NUMBER_WORDS,
    NumberPhrase,
    NumberWord,
    lone_part_word,
    part_ablative_word,
    read_word,
    read_words,
)

_GROUP_SEPARATORS = frozenset(NUMBERS_LEX["group_separators"])
_PART_OWNERS = frozenset(LONE_PART["owners"])
_PART_AMONG = frozenset(LONE_PART["among"])
_PART_LIST_REACH: int = LONE_PART["list_reach"]
_WHOLE_NOUN_WORDS: int = LONE_PART["whole_noun_words"]
_GENITIVES: tuple[str, ...] = morph.variants("genitive")

# Endings that may stand apart from the digits: only those that lead to a qualifier
# ("100 дөн ашык", "100 гө жакын"), and none that is a word of its own ("100 га": hectares).
_SPACED_CASES = frozenset(NUMBERS_LEX["spaced_endings"]["cases"])
_SPACED_NOT = frozenset(NUMBERS_LEX["spaced_endings"]["not"])

NumberKind = Literal["digits", "words", "collective", "ordinal", "vague", "unit_glued"]


class NumberMatch(Fields):
    """A number found in text: [first, last) token indexes and its reading (never
    changed once made)."""

    __slots__ = ("first", "last", "start", "end", "value", "kind", "ending")
    first: int
    last: int
    start: int
    end: int
    value: int | None
    kind: NumberKind
    ending: str

    def __init__(
        self,
        first: int,
        last: int,
        start: int,
        end: int,
        value: int | None,
        kind: NumberKind,
        ending: str = "",
    ) -> None:
        self.first = first
        self.last = last
        self.start = start
        self.end = end
        self.value = value
        self.kind = kind
        self.ending = ending

    @property
    def case(self) -> str | None:
        return ENDING_CASE.get(self.ending) if self.ending else None

    @property
    def is_count(self) -> bool:
        return self.kind in ("digits", "words", "collective") and self.value is not None


def _scale_after(tokens: Sequence[Token], i: int) -> NumberWord | None:
    """A scale word right after a digit token: "5 миң адам", "3 млн сом", "2 тысячи"."""
    if i < len(tokens) and tokens[i].kind == "word":
        nw = read_word(tokens[i].low)
        if nw is not None and nw.kind == "scale":
            return nw
    return None


def _after_scale(tokens: Sequence[Token], k: int) -> int:
    """The token after the scale word at k, past its abbreviation dot ("2 тыс. человек")."""
    dot = k + 1
    if (
        dot < len(tokens)
        and tokens[dot].text == "."
        and tokens[dot].start == tokens[k].end
        and tokens[k].low in DOTTED_SCALES
    ):
        return dot + 1
    return k + 1


# Digits after a decimal sign, before a scale: "1,5 тысячи", "2.75 млн".
_MAX_DECIMALS = 3


def _decimal_with_scale(tokens: Sequence[Token], i: int) -> NumberMatch | None:
    """ "1,5 тысячи" -> 1500, "1.5 тыс." -> 1500, "1,5 миң" -> 1500: a decimal is a count
    only with a scale word after it, and only when the product is a whole number."""
    if i + 3 >= len(tokens):
        return None
    whole, sign, fraction = tokens[i], tokens[i + 1], tokens[i + 2]
    if (
        sign.text not in (",", ".")
        or fraction.kind != "num"
        or fraction.ending
        or not fraction.digits.isdigit()
        or len(fraction.digits) > _MAX_DECIMALS
        or whole.end != sign.start
        or sign.end != fraction.start
    ):
        return None
    scale = _scale_after(tokens, i + 3)
    if scale is None or scale.value is None:
        return None
    # the whole part may carry its group spaces: "48 617,2 миң сом"
    exact = read_digits(whole.digits + fraction.digits) * scale.value
    value, rest = divmod(exact, 10 ** len(fraction.digits))
    if rest:
        return None
    last = _after_scale(tokens, i + 3)
    return NumberMatch(i, last, whole.start, tokens[last - 1].end, value, "digits", scale.ending)


# A group of thousands has three digits; the first group one to three.
_GROUP_DIGITS = 3


def _group_after(tokens: Sequence[Token], k: int) -> bool:
    """Token k is a group separator with a group of three digits glued on both sides."""
    if k + 1 >= len(tokens):
        return False
    sign, group = tokens[k], tokens[k + 1]
    return (
        sign.text in _GROUP_SEPARATORS
        and group.kind == "num"
        and len(group.digits) == _GROUP_DIGITS
        and group.digits.isdigit()
        and tokens[k - 1].end == sign.start
        and sign.end == group.start
        and (not group.ending or group.ending in ENDING_CASE)
    )


def _grouped_thousands(tokens: Sequence[Token], i: int) -> NumberMatch | None:
    """ "1.500 адам", "12.000дөн ашык": thousands parted by a dot, read as one number
    when no scale follows (then it is a decimal: "1.5 млн") and no other digits are
    glued on either side (a date, "12.03.2020", has groups of two)."""
    whole = tokens[i]
    if (
        whole.ending
        or not whole.digits.isdigit()
        or not 0 < len(whole.digits) <= _GROUP_DIGITS
        or whole.digits.startswith("0")
        or not _group_after(tokens, i + 1)
        or _scale_after(tokens, i + 3) is not None
        or _glued_digits(tokens, i - 2, i - 1)
        or _glued_digits(tokens, i + 4, i + 3)
    ):
        return None
    last = tokens[i + 2]
    return NumberMatch(
        i, i + 3, whole.start, last.end, int(whole.digits + last.digits), "digits", last.ending
    )


def _glued_digits(tokens: Sequence[Token], k: int, sign: int) -> bool:
    """Digits at token k glued by the mark at `sign` to the number beside it."""
    if not (0 <= k < len(tokens) and 0 <= sign < len(tokens)):
        return False
    mark = tokens[sign]
    return (
        tokens[k].kind == "num"
        and mark.text in ".,:/"
        and (mark.start == tokens[k].end or mark.end == tokens[k].start)
        and (mark.end == tokens[sign + 1].start if sign < k else mark.start == tokens[sign - 1].end)
    )


def _digits_at(tokens: Sequence[Token], i: int) -> NumberMatch:
    """The number that starts at the digit token i (with its ending, a spaced ending or
    a scale word after it)."""
    tok = tokens[i]
    value = tok.value
    ending = tok.ending
    if tok.hyphen and _russian_cardinal(ending, value):
        # "2-х тысяч", "25-ти депутатов": a cardinal's case, read as the number itself
        scale = _scale_after(tokens, i + 1)
        if scale is not None and scale.value is not None:
            last = _after_scale(tokens, i + 1)
            return NumberMatch(
                i, last, tok.start, tokens[last - 1].end, value * scale.value, "digits"
            )
        return NumberMatch(i, i + 1, tok.start, tok.end, value, "digits")
    if ending and not tok.hyphen and COLLECTIVE_DIGIT_SUFFIX.get(value) == ending:
        # "3өө": the collective numeral (үчөө) written with digits (2 to 9, as in words),
        # its own suffix ("6оо" алтоо; not "5оо")
        return NumberMatch(i, i + 1, tok.start, tok.end, value, "collective")
    if (
        ending
        and ending not in ENDING_CASE
        and not (ending in PARTITIVE_ENDINGS and not tok.hyphen)
        and not (ending in PART_ABLATIVE_ENDINGS and not tok.hyphen)  # "46сынан"
    ):
        # "21-ноябрь", "20-жылдан": the hyphen makes an ordinal; "3млн" glues a unit.
        kind: NumberKind = "ordinal" if tok.hyphen else "unit_glued"
        return NumberMatch(i, i + 1, tok.start, tok.end, value, kind, ending)
    if ending:
        return NumberMatch(i, i + 1, tok.start, tok.end, value, "digits", ending)
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if (
        nxt is not None
        and nxt.kind == "word"
        and nxt.start == tok.end + 1
        and ENDING_CASE.get(nxt.low) in _SPACED_CASES
        and nxt.low not in _SPACED_NOT
    ):
        # "100 дөн ашык": an ending written apart (never "да", "га": they are words)
        return NumberMatch(i, i + 2, tok.start, nxt.end, value, "digits", nxt.low)
    decimal = _decimal_with_scale(tokens, i) or _grouped_thousands(tokens, i)
    if decimal is not None:
        return decimal
    scale = _scale_after(tokens, i + 1)
    if scale is not None and scale.value is not None:
        last = _after_scale(tokens, i + 1)
        end = tokens[last - 1].end
        total, scale_ending = value * scale.value, scale.ending
        rest = _rest_after_scale(tokens, last, scale)
        if rest is not None:
            # "12 миң 500 шайлоочу", "3 тыс. 200 человек": the digits under the scale
            total, scale_ending, end = total + rest.value, rest.ending, rest.end
            last += 1
        return NumberMatch(i, last, tok.start, end, total, "digits", scale_ending)
    return NumberMatch(i, i + 1, tok.start, tok.end, value, "digits", ending)


def _rest_after_scale(tokens: Sequence[Token], k: int, scale: NumberWord) -> Token | None:
    """The digit token at k that adds to a scale before it: smaller than the scale, with
    no ending of the scale's own and a case ending or none ("миң 500дөн")."""
    if scale.ending or k >= len(tokens) or scale.value is None:
        return None
    tok = tokens[k]
    if tok.kind != "num" or tok.hyphen or not 0 < tok.value < scale.value:
        return None
    if tok.ending and tok.ending not in ENDING_CASE:
        return None
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if after is not None and after.start == tok.end and after.text in ".,:/-":
        return None  # "2 миң 12.03" or a decimal: not the rest of this number
    if after is not None and _scale_after(tokens, k + 1) is not None:
        return None  # "2 миң 500 миң": a number of its own
    return tok


# Cardinals whose genitive ends in "-х": 2, 3, 4 and the numbers ending in them,
# but not 12, 13, 14.
_X_LAST_DIGITS = (2, 3, 4)
_TEENS = range(10, 20)


def _russian_cardinal(ending: str, value: int) -> bool:
    """ "2-х", "25-ти": a cardinal's case after a hyphen, not an ordinal ("5-х классов")."""
    if ending not in RUSSIAN_CARDINAL_SUFFIXES:
        return False
    if ending in RUSSIAN_PLURAL_LIKE:
        return value % 10 in _X_LAST_DIGITS and value % 100 not in _TEENS
    return True


def hyphenated_name(tokens: Sequence[Token], i: int) -> bool:
    """ "Жети-Өгүз", "Үч-Коргон", "Миң-Булак": a word joined by a hyphen to the next."""
    tok = tokens[i]
    return (
        i + 2 < len(tokens)
        and tokens[i + 1].text == "-"
        and tokens[i + 1].start == tok.end
        and tokens[i + 2].kind == "word"
        and tokens[i + 2].start == tokens[i + 1].end
    )


def _one_of(tokens: Sequence[Token], i: int, phrase: NumberPhrase) -> bool:
    """ "один из", "одна из": one of a group names a member, it counts nothing;
    "ни одного" (not a single one) counts none."""
    if phrase.length != 1 or phrase.value != 1 or tokens[i].low not in RUSSIAN_NUMBERS:
        return False
    after = tokens[i + 1].low if i + 1 < len(tokens) else ""
    before = tokens[i - 1].low if i else ""
    return after in ONE_OF or before in NOT_ONE


def _lone_plural_scale(tokens: Sequence[Token], i: int, phrase: NumberPhrase) -> bool:
    """A Russian plural scale alone says "thousands of" ("тысячи людей"), unless a
    qualifier makes its form the singular genitive ("более тысячи": 1000)."""
    form = without_yo(tokens[i].low)
    if phrase.length != 1 or form not in RUSSIAN_PLURAL_SCALES:
        return False
    singular = form in RUSSIAN_SINGULAR_SCALES
    return not (singular and i and tokens[i - 1].low in SINGULAR_AFTER)


def _vague_scale_after(tokens: Sequence[Token], match: NumberMatch) -> NumberMatch:
    """ "он миңдеген", "10 миңдеген адам": a number before a vague scale word says tens
    of thousands, no count; else the match itself."""
    k = match.last
    if match.ending or k >= len(tokens) or tokens[k].kind != "word":
        return match
    after = read_word(tokens[k].low)
    if after is None or after.kind != "vague" or after.russian:
        return match
    return NumberMatch(match.first, k + 1, match.start, tokens[k].end, None, "vague")


def number_at(tokens: Sequence[Token], i: int) -> NumberMatch | None:
    """The number that starts at token i, if any (ordinals and vague words included,
    marked by kind, so that callers can skip over them)."""
    match = _number_at(tokens, i)
    if match is None or not match.is_count:
        return match
    return _vague_scale_after(tokens, match)


def _number_at(tokens: Sequence[Token], i: int) -> NumberMatch | None:
    tok = tokens[i]
    if tok.kind == "num":
        return _digits_at(tokens, i)
    if tok.kind != "word" or hyphenated_name(tokens, i):
        return None
    first = read_word(tok.low)
    if first is None and not (tok.low in CONTEXT_WORDS and i + 1 < len(tokens)):
        return _lone_part(tokens, i)  # "мин эки жүз", "семью участниками": read_words decides
    if first is not None and first.kind in ("ordinal", "vague"):
        return NumberMatch(i, i + 1, tok.start, tok.end, first.value, first.kind, first.ending)
    end = i + MAX_NUMBER_WORDS
    words = (t.low for t in takewhile(lambda t: t.kind == "word", tokens[i:end]))
    phrase = read_words(words)
    if phrase is None:
        return None
    last = i + phrase.length
    if not phrase.ending and last < len(tokens) and tokens[last].kind == "word":
        after = read_word(tokens[last].low)
        if after is not None and after.kind == "ordinal":
            # "двадцать пятого", "жыйырма бешинчи": the whole run is one ordinal
            end, value = tokens[last].end, phrase.value + (after.value or 0)
            return NumberMatch(i, last + 1, tok.start, end, value, "ordinal", after.ending)
    if _one_of(tokens, i, phrase):
        return None
    if _lone_plural_scale(tokens, i, phrase):
        return NumberMatch(i, last, tok.start, tokens[last - 1].end, None, "vague")
    kind: NumberKind = "collective" if phrase.collective else "words"
    return NumberMatch(i, last, tok.start, tokens[last - 1].end, phrase.value, kind, phrase.ending)


def _lone_part(tokens: Sequence[Token], i: int) -> NumberMatch | None:
    """ "Алардын тогузу аял, жыйырма үчү эркек": a lone number word with the possessive
    right after a pronoun owning the whole, or after a comma in the list of parts one
    opened a few words before in its sentence (numbers.yaml `lone_part`); alone such a
    word is as often another one ("анын жүзү", his face)."""
    tok = tokens[i]
    if i > 0 and _counted_whole_before(tokens, i):
        part = lone_part_word(tok.low) or part_ablative_word(tok.low)
        if part is not None and part.value is not None:
            return NumberMatch(i, i + 1, tok.start, tok.end, part.value, "words", part.ending)
    part = lone_part_word(tok.low)
    if part is None or part.value is None or i == 0:
        return None
    before = tokens[i - 1]
    if not _owned_right_before(tokens, i) and not (
        before.text == "," and _owner_before(tokens, i - 1)
    ):
        return None
    return NumberMatch(i, i + 1, tok.start, tok.end, part.value, "words", part.ending)


def _owned_right_before(tokens: Sequence[Token], i: int) -> bool:
    """A pronoun owning the whole right before token i ("алардын тогузу"), or before a
    postposition of "among" right before it ("анын ичинде тогузу": `lone_part.among`)."""
    before = tokens[i - 1]
    if before.low in _PART_OWNERS:
        return True
    return before.low in _PART_AMONG and i > 1 and tokens[i - 2].low in _PART_OWNERS


def _counted_whole_before(tokens: Sequence[Token], i: int) -> bool:
    """ "он эки мектептин тогузунан", "12 мектептин тогузу": right before token i a noun
    in the genitive, its number at most `whole_noun_words` words before it (words only
    between): the whole the part at i is of."""
    noun = tokens[i - 1]
    if noun.kind != "word" or not noun.low.endswith(_GENITIVES):
        return False
    for j in range(i - 2, max(-1, i - 2 - _WHOLE_NOUN_WORDS), -1):
        tok = tokens[j]
        if tok.kind == "num" or (tok.kind == "word" and _cardinal(tok.low)):
            return True
        if tok.kind != "word":
            return False
    return False


def _cardinal(word: str) -> bool:
    """A Kyrgyz or Russian number word that counts (no ordinal, no vague word)."""
    read = read_word(word)
    return read is not None and read.value is not None and read.kind not in ("ordinal", "vague")


def _owner_before(tokens: Sequence[Token], k: int) -> bool:
    """A pronoun owning a whole within `list_reach` tokens before k, only words and
    commas between."""
    for j in range(k - 1, max(-1, k - _PART_LIST_REACH), -1):
        tok = tokens[j]
        if tok.low in _PART_OWNERS:
            return True
        if tok.kind == "nl" or tok.kind == "punct" and tok.text != ",":
            return False  # only words and commas stand in a list of parts
    return False


class NumberReadings:
    """`number_at` over one token sequence, each index read once: a range is tried
    before a number at the same token, and the numbers a range reads are read again
    as the caller walks on. Made per passage by its caller, never shared."""

    __slots__ = ("_memo", "tokens")

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self._memo: dict[int, NumberMatch | None] = {}

    def at(self, i: int) -> NumberMatch | None:
        """`number_at(self.tokens, i)`."""
        memo = self._memo
        if i in memo:
            return memo[i]
        found = memo[i] = number_at(self.tokens, i)
        return found


def find_numbers(text: str) -> Iterator[NumberMatch]:
    """Every number in `text`, in order (ordinals and vague words marked, not dropped)."""
    tokens = tokenize(text)
    i = 0
    while i < len(tokens):
        match = number_at(tokens, i)
        if match is None:
            i += 1
            continue
        yield match
        i = match.last
