"""Reading number words ("жыйырма беш", "двумястами") and digits into values."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice

from .. import morph
from ..plain import Fields
from .word_tables import (
    COLLECTIVE_ENDINGS,
    COLLECTIVE_STEMS,
    COLLECTIVES,
    ENDING_CASE,
    ENDING_ONLY,
    KY_NUMBER_STEMS,
    LONE_PART_NOT,
    NUMBER_VALUES,
    ORDINAL,
    PARTITIVE_ENDINGS,
    RU_NUMBERS,
    RUSSIAN_NOT_NUMBERS,
    RUSSIAN_NUMBER_BEFORE,
    RUSSIAN_NUMBERS,
    RUSSIAN_ORDINALS,
    VAGUE_NUMBERS,
    WordKind,
)


class NumberWord(Fields):
    """One number word as read: its value (None when vague), kind, stem and ending."""

    __slots__ = ("value", "kind", "stem", "ending", "russian")

    value: int | None
    kind: WordKind
    stem: str
    ending: str
    russian: bool  # a Russian form: it composes only with Russian words

    def __init__(
        self, value: int | None, kind: WordKind, stem: str, ending: str = "", russian: bool = False
    ) -> None:
        self.value = value
        self.kind = kind
        self.stem = stem
        self.ending = ending
        self.russian = russian

    @property
    def case(self) -> str | None:
        return ENDING_CASE.get(self.ending) if self.ending else None


class NumberPhrase(Fields):
    """A run of number words read as one number: "эки жүз элүү" -> 250 (3 words)."""

    __slots__ = ("value", "length", "ending", "collective")

    value: int
    length: int  # how many words it took
    ending: str  # ending of its last word ("сексенден" -> "ден")
    collective: bool

    def __init__(self, value: int, length: int, ending: str = "", collective: bool = False) -> None:
        self.value = value
        self.length = length
        self.ending = ending
        self.collective = collective

    @property
    def case(self) -> str | None:
        return ENDING_CASE.get(self.ending) if self.ending else None


# Every stem `read_word` tries after the Russian words, with or without an ending.
_KYRGYZ_STEMS: tuple[str, ...] = (*COLLECTIVE_STEMS, *KY_NUMBER_STEMS, *ENDING_ONLY)


@lru_cache(maxsize=8192)
def read_word(word: str) -> NumberWord | None:
    """A single word: a number word (maybe with an ending), an ordinal, a vague word, or None.

    "сексенден" -> 80 (ablative); "экөө" -> 2 (collective); "биринчи" -> ordinal;
    "ондогон" -> vague; "үчүн" (for), "алтын" (gold), "жетишүү" -> None.
    """
    low = word.casefold()
    if low in RUSSIAN_NUMBERS:
        value, kind = RUSSIAN_NUMBERS[low]
        return NumberWord(None if kind == "vague" else value, kind, low, russian=True)
    if low in RUSSIAN_ORDINALS:
        return NumberWord(RUSSIAN_ORDINALS[low], "ordinal", low, russian=True)
    if not low.startswith(_KYRGYZ_STEMS):
        return None  # most words open with no stem: one test of them all, in C
    for stem in COLLECTIVE_STEMS:
        if low.startswith(stem):
            rest = low[len(stem) :]
            if not rest or rest in COLLECTIVE_ENDINGS or rest in ENDING_CASE:
                return NumberWord(COLLECTIVES[stem], "collective", stem, rest)
    for stem in KY_NUMBER_STEMS:
        if not low.startswith(stem):
            continue
        rest = low[len(stem) :]
        value, kind = NUMBER_VALUES[stem]
        if not rest or rest in ENDING_CASE:
            return NumberWord(value, kind, stem, rest)
        if rest.startswith(ORDINAL):
            return NumberWord(value, "ordinal", stem, rest)
        if rest in VAGUE_NUMBERS:
            return NumberWord(None, "vague", stem, rest)
    for stem, (value, kind) in ENDING_ONLY.items():
        rest = low[len(stem) :]
        if low.startswith(stem) and rest in ENDING_CASE:
            return NumberWord(value, kind, stem, rest)  # "минден": миң typed with н
    return None


class _Composition(Fields):
    """The number read so far by `read_words`: groups below a scale add up, a scale
    multiplies its group into the total."""

    __slots__ = ("total", "group", "last", "prev_scale", "half", "closed")

    total: int
    group: int
    last: str | None  # kind of the last word inside the current group
    prev_scale: int  # the last scale used: a following scale must be smaller
    half: bool  # a half (жарым, полтора) waits for the scale it halves
    closed: bool  # a half after its scale ("миң жарым") ends the number
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(
        self,
        total: int = 0,
        group: int = 0,
        last: str | None = None,
        prev_scale: int = 0,
        half: bool = False,
        closed: bool = False,
    ) -> None:
        self.total = total
        self.group = group
        self.last = last
        self.prev_scale = prev_scale
        self.half = half
        self.closed = closed

    @property
    def value(self) -> int:
        return self.total + self.group

    def add(self, kind: WordKind, value: int) -> bool:
        """Adds one word's value; False when the word cannot continue this number."""
        if self.closed:
            return False
        if kind == "half" and self.prev_scale and self.last is None and not self.group:
            # "миң жарым" 1500, "эки миң жарым" 2500: a half after its scale adds half of it
            self.total += self.prev_scale // 2
            self.closed = True
            return True
        if kind == "scale":
            return self._scale(value)
        if self.half and kind == "hundred":
            # "бир жарым жүз" 150, "эки жарым жүз" 250: жүз takes the half a scale does
            self.group = self.group * value + value // 2
            self.half, self.last = False, "hundred"
            return True
        if self.half:
            return False
        last, group = self.last, self.group
        if kind == "unit":
            fits = last != "unit"
        elif kind in ("ten", "teen"):
            fits = last in (None, "hundred")
        elif kind == "hundred":  # жүз multiplies the unit before it
            fits = last in (None, "unit") and group < 10
            value = (group or 1) * value - group
        elif kind == "hundreds":  # сто, двести: a whole hundreds word
            fits = last is None and not group
        elif kind == "sesqui":  # полтора: one and a half
            fits, value, self.half = last is None and not group, 1, True
        else:  # half: "бир жарым", "жарым миллион", "двадцать с половиной"
            fits, value, self.half = last in (None, "unit", "ten"), 0, True
        if fits:
            self.group += value
            self.last = {"teen": "unit", "hundreds": "hundred"}.get(kind, kind)
        return fits

    def _scale(self, value: int) -> bool:
        if self.prev_scale and value >= self.prev_scale or self.total and not self.group:
            return False
        if self.half:
            self.total += self.group * value + value // 2
        else:
            self.total += (self.group or 1) * value
        self.group, self.last, self.half, self.prev_scale = 0, None, False, value
        return True


# Number words are at most ~12 in a row ("бир миллион эки жүз элүү миң үч жүз он беш").
MAX_NUMBER_WORDS = 12
_HALF_PHRASES: tuple[tuple[str, ...], ...] = tuple(tuple(p) for p in RU_NUMBERS["half_phrases"])
# Their first words: a word that is none of them opens no phrase (one look-up a word).
_HALF_FIRST: frozenset[str] = frozenset(p[0] for p in _HALF_PHRASES)


def _with_phrases(words: Iterable[str]) -> Iterator[tuple[str, int]]:
    """Each word and 1, or a listed number phrase ("с половиной") joined and its size."""
    pending = list(islice(words, MAX_NUMBER_WORDS))
    k = 0
    while k < len(pending):
        if pending[k].casefold() not in _HALF_FIRST:
            yield pending[k], 1
            k += 1
            continue
        for phrase in _HALF_PHRASES:
            n = len(phrase)
            if tuple(w.casefold() for w in pending[k : k + n]) == phrase:
                yield " ".join(phrase), n
                k += n
                break
        else:
            yield pending[k], 1
            k += 1


def _bare_lookalike(word: str) -> NumberWord | None:
    """ "мин" for миң with no ending: read only inside a run of number words ("эки мин",
    "мин эки жуз"); alone, it is as often minutes ("15 мин")."""
    entry = ENDING_ONLY.get(word.casefold())
    return None if entry is None else NumberWord(entry[0], entry[1], word.casefold())


def _before_instrumental(items: list[tuple[str, int]], k: int) -> NumberWord | None:
    """ "семью" (family) is seven before a noun in the instrumental plural: "с семью
    участниками"."""
    word = items[k][0].casefold()
    entry = RUSSIAN_NOT_NUMBERS.get(word)
    if entry is None or k + 1 >= len(items):
        return None
    if not items[k + 1][0].casefold().endswith(RUSSIAN_NUMBER_BEFORE):
        return None
    return NumberWord(entry[0], entry[1], word, russian=True)


def possessed_word(word: str) -> NumberWord | None:
    """ "төртү" in "алардын он төртү" (fourteen of them): a Kyrgyz number word with the
    3rd-person possessive, read only after another number word of its run; alone such a
    word is as often something else ("ону", "жүзү" a face, "бири" one of them)."""
    low = word.casefold()
    if not low.startswith(KY_NUMBER_STEMS):
        return None  # most words open with no stem: one test of them all, in C
    for stem in KY_NUMBER_STEMS:
        if low.startswith(stem) and low[len(stem) :] in PARTITIVE_ENDINGS:
            value, kind = NUMBER_VALUES[stem]
            return NumberWord(value, kind, stem, low[len(stem) :])
    return None


# The ablative after a possessive ("-нан", "-нен"), which a part in the ablative ends in.
_ABLATIVE_P: tuple[str, ...] = morph.variants("ablative_p")


def part_ablative_word(word: str) -> NumberWord | None:
    """ "тогузунан" in "он эки мектептин тогузунан" (from nine of the twelve): a Kyrgyz
    number word with the possessive, then the ablative; read only after a counted whole
    (finding._lone_part). The word without its ablative is a lone part (lone_part_word:
    not a word that is another one with its possessive, `not`). Its ending is then a
    possessive and an ablative, one of PART_ABLATIVE_ENDINGS (made of those two: no
    further test)."""
    low = word.casefold()
    possessed = next((low[: -len(a)] for a in _ABLATIVE_P if low.endswith(a)), None)
    part = None if possessed is None else lone_part_word(possessed)
    if part is None:
        return None
    return NumberWord(part.value, part.kind, part.stem, low[len(part.stem) :])


def lone_part_word(word: str) -> NumberWord | None:
    """ "тогузу", "жыйырмасы": a Kyrgyz number word with the possessive that may stand
    alone as a part of a whole, when its context says so (finding._lone_part); not the
    forms that are other words ("ону" him, "жүзү" a face: numbers.yaml `lone_part`)."""
    if word.casefold() in LONE_PART_NOT:
        return None
    part = possessed_word(word)
    # "жарымы" (half of them) is no count
    return part if part is not None and part.value and part.kind != "half" else None


def _counts_on(items: list[tuple[str, int]], k: int) -> bool:
    """The word at k is a Kyrgyz number word that a number may go on with."""
    if k >= len(items):
        return False
    nw = read_word(items[k][0])
    return nw is not None and not nw.russian and nw.kind not in ("ordinal", "vague")


def read_words(words: Iterable[str]) -> NumberPhrase | None:
    """The longest valid number at the start of `words` (lower or any case).

    Composition: a unit before жүз multiplies it, tens and units add ("двадцать
    пять", "сто двадцать"), a scale (миң, тысяча, миллион) multiplies the group before
    it, a half wants a scale after it ("бир жарым миң", "полторы тысячи": 1500). Only
    the last word may carry an ending; Kyrgyz and Russian words do not mix (scales
    aside: "эки миллион"). An ordinal or vague first word, or a half with no scale
    ("бир жарым саат"), gives None.
    """
    number = _Composition()
    used = 0
    ending = ""
    russian: bool | None = None  # the language of the words read, scales aside
    items = list(_with_phrases(words))
    for k, (word, size) in enumerate(items):
        nw = read_word(word)
        if nw is None and (used or _counts_on(items, k + 1)):
            nw = _bare_lookalike(word)
        if nw is None and used:
            nw = possessed_word(word)
        if nw is None:
            nw = _before_instrumental(items, k)
        if nw is None or nw.kind in ("ordinal", "vague") or nw.value is None:
            break
        if nw.kind != "scale":
            # "он пять раз" is the Russian "he", not 15: languages do not mix
            if russian is not None and nw.russian != russian:
                break
            russian = nw.russian
        if nw.kind == "collective":
            if used:
                break
            return NumberPhrase(nw.value, 1, nw.ending, collective=True)
        if not number.add(nw.kind, nw.value):
            break
        used += size
        ending = nw.ending
        if ending:
            break
    if not used or number.half:
        return None
    return NumberPhrase(number.value, used, ending)
