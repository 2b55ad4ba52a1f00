"""Numbers in Kyrgyz and Russian: number words (жыйырма беш, эки жүз элүү, миңден,
бир жарым миң; двадцать пять, двумястами, полторы тысячи) in every case form,
digits with spaces, endings and scales (1 500 000, 20дан, 2 миң, 1,5 тысячи),
collectives (экөө, трое), ranges with both ends (30-40, от 20 до 30), and ordinals
and vague words recognised so that callers can reject them.

All words and endings come from lexicon/numbers.yaml; this module only composes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, takewhile
from typing import Literal, NamedTuple

import regex

from .lexicon import load

_LEX = load("numbers")

WordKind = Literal[
    "unit", "teen", "ten", "hundred", "hundreds", "scale", "half", "sesqui",
    "collective", "ordinal", "vague",
]  # fmt: skip
# unit 1-9; teen 10-19 (Russian: nothing may follow inside its group); ten 20-90;
# hundred жүз (multiplies the unit before it); hundreds сто..девятьсот (a whole
# hundreds word); half жарым and sesqui полтора (need a scale after them).

_VALUES: dict[str, tuple[int, WordKind]] = {}
for _kind, _key in (
    ("unit", "units"),
    ("ten", "tens"),
    ("hundred", "hundreds"),
    ("scale", "scales"),
):
    for _word, _value in _LEX[_key].items():
        _VALUES[_word] = (int(_value), _kind)  # type: ignore[assignment]
_VALUES.update((word, (0, "half")) for word in _LEX["half"])
_COLLECTIVES: dict[str, int] = {w: int(v) for w, v in _LEX["collectives"].items()}


def _with_yo_variants(forms: dict[str, tuple[int, WordKind]]) -> dict[str, tuple[int, WordKind]]:
    """Every form also written with е for ё ("трёх" and "трех"), as texts do."""
    return {**forms, **{w.replace("ё", "е"): v for w, v in forms.items() if "ё" in w}}


def _russian_cardinals(ru: dict) -> dict[str, tuple[int, WordKind]]:
    """Every case form of the Russian cardinals, generated from the lexicon's tables."""
    forms: dict[str, tuple[int, WordKind]] = {}
    unit_cases: dict[int, list[str]] = {int(v): f for v, f in ru["unit_cases"].items()}
    for value, unit_forms in unit_cases.items():
        forms.update((f, (value, "unit")) for f in unit_forms)
        hundreds = [u + suffix for u, suffix in zip(unit_forms, ru["hundreds_suffix"], strict=True)]
        hundreds[0] = ru["hundreds_nominative"].get(value, hundreds[0])
        forms.update((f, (value * 100, "hundreds")) for f in hundreds)
    for value in ru["tens_units"]:
        pairs = zip(unit_cases[value], ru["tens_suffix"], strict=True)
        forms.update((u + suffix, (value * 10, "ten")) for u, suffix in pairs)
    for value, extra in ru["unit_extra"].items():
        forms.update((f, (int(value), "unit")) for f in extra)
    forms.update((w, (int(v), "unit")) for w, v in ru["collectives"].items())
    for word, value in ru["soft"].items():
        kind: WordKind = "teen" if value < 20 else "ten"
        stem = word.removesuffix("ь")
        forms[word] = (value, kind)
        forms.update((stem + ending, (value, kind)) for ending in ru["soft_endings"])
    for value, fixed in ru["fixed"].items():
        kind = "hundreds" if int(value) == 100 else "ten"
        forms.update((f, (int(value), kind)) for f in fixed)
    for stem, scale in ru["scales"].items():
        for ending in (*scale["singular"], *scale["plural"]):
            forms[stem + ending] = (int(scale["value"]), "scale")
    forms.update((w, (int(v), "scale")) for w, v in ru["abbreviations"].items())
    forms.update((w, (0, "sesqui")) for w in ru["sesqui"])
    forms.update((" ".join(phrase), (0, "half")) for phrase in ru["half_phrases"])
    forms.update((w, (0, "vague")) for w in ru["vague"])
    forms = _with_yo_variants(forms)
    return {w: v for w, v in forms.items() if w not in ru["not_numbers"]}


def _russian_ordinals(ru: dict, cardinals: dict[str, tuple[int, WordKind]]) -> dict[str, int]:
    """Russian ordinal forms (пятый, двадцатого, двухсотом, третьей) and their values.

    Their stems are the listed ones and the cardinal forms that end in -ь (пять ->
    пят-) or, for 50-80 and the hundreds, in their genitive ending (пятидесяти ->
    пятидесят-, двухсот)."""
    stems: dict[str, int] = {stem: int(v) for stem, v in ru["ordinal_stems"].items()}
    nominatives = {forms[0]: int(value) for value, forms in ru["unit_cases"].items()}
    for word, value in {**nominatives, **ru["soft"]}.items():
        if word.endswith("ь"):
            stems[word.removesuffix("ь")] = value
    for word, (value, kind) in cardinals.items():
        if kind == "ten" and word.endswith("десяти"):
            stems[word.removesuffix("и")] = value
        elif kind == "hundreds" and word.endswith("сот"):
            stems[word] = value
    ordinals = {
        stem + ending: value for stem, value in stems.items() for ending in ru["ordinal_endings"]
    }
    ordinals.update((word, 3) for word in ru["ordinal_third"])
    ordinals = {w: v for w, v in ordinals.items() if w not in cardinals}
    return {**ordinals, **{w.replace("ё", "е"): v for w, v in ordinals.items()}}


_RU = _LEX["russian"]
_RUSSIAN: dict[str, tuple[int, WordKind]] = _russian_cardinals(_RU)
_RUSSIAN_ORDINALS: dict[str, int] = _russian_ordinals(_RU, _RUSSIAN)
# Scale forms that are (also) plural: alone, they say "thousands of", not a count.
_RUSSIAN_PLURAL_SCALES: frozenset[str] = frozenset(
    f.replace("ё", "е")
    for stem, scale in _RU["scales"].items()
    for f in (stem + ending for ending in scale["plural"])
)
_RANGE_DASHES: frozenset[str] = frozenset(_LEX["ranges"]["dashes"])
_RANGE_FROM: frozenset[str] = frozenset(_LEX["ranges"]["from"])
_RANGE_TO: frozenset[str] = frozenset(_LEX["ranges"]["to"])
_RANGE_UNTIL: frozenset[str] = frozenset(_LEX["ranges"]["until"])
_DOTTED_SCALES: frozenset[str] = frozenset(_RU["dotted"])
_SINGULAR_AFTER: frozenset[str] = frozenset(_RU["singular_after"])
_ONE_OF: frozenset[str] = frozenset(_RU["one_of"])
_NOT_ONE: frozenset[str] = frozenset(_RU["not_one"])

# ending -> case name ("ablative", "dative", ...), for every listed ending
ENDING_CASE: dict[str, str] = {
    ending: case
    for case, endings in _LEX["endings"].items()
    if case != "collective"
    for ending in endings
}
PARTITIVE_ENDINGS: frozenset[str] = frozenset(_LEX["digit_partitive"])
_COLLECTIVE_ENDINGS: frozenset[str] = frozenset(_LEX["endings"]["collective"])
_ORDINAL: tuple[str, ...] = tuple(_LEX["ordinal_suffixes"])
_VAGUE: tuple[str, ...] = tuple(_LEX["vague_suffixes"])
# Longest stems first, so that "жетимиш" is tried before "жети".
_STEMS: tuple[str, ...] = tuple(sorted(_VALUES, key=len, reverse=True))
_COLLECTIVE_STEMS: tuple[str, ...] = tuple(sorted(_COLLECTIVES, key=len, reverse=True))


def _trie_pattern(words: Iterable[str]) -> str:
    """An alternation of `words` as a regex trie ("дв(?:а|е|ух)"): a few hundred word
    forms are tried letter by letter instead of one by one."""
    trie: dict = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [regex.escape(k) + pattern(child) for k, child in node.items() if k]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not optional else f"(?:{'|'.join(branches)})"
        # the longest form wins: an optional tail is tried before stopping here
        return body + "?" if optional and branches else body

    return pattern(trie)


# Where a number may start: a digit, a word that begins like a Kyrgyz number word,
# or a whole Russian number word. A cheap first pass: text without one has no number.
NUMBER_START = regex.compile(
    r"\d{1,64}|(?<!\p{L})(?:"
    + _trie_pattern((*_COLLECTIVE_STEMS, *_STEMS))
    + "|"
    + _trie_pattern(w for w in _RUSSIAN if " " not in w)
    + r"(?!\p{L}))",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class NumberWord:
    """One number word as read: its value (None when vague), kind, stem and ending."""

    value: int | None
    kind: WordKind
    stem: str
    ending: str = ""
    russian: bool = False  # a Russian form: it composes only with Russian words

    @property
    def case(self) -> str | None:
        return ENDING_CASE.get(self.ending) if self.ending else None


@dataclass(frozen=True)
class NumberPhrase:
    """A run of number words read as one number: "эки жүз элүү" -> 250 (3 words)."""

    value: int
    length: int  # how many words it took
    ending: str = ""  # ending of its last word ("сексенден" -> "ден")
    collective: bool = False

    @property
    def case(self) -> str | None:
        return ENDING_CASE.get(self.ending) if self.ending else None


@lru_cache(maxsize=8192)
def read_word(word: str) -> NumberWord | None:
    """A single word: a number word (maybe with an ending), an ordinal, a vague word, or None.

    "сексенден" -> 80 (ablative); "экөө" -> 2 (collective); "биринчи" -> ordinal;
    "ондогон" -> vague; "үчүн" (for), "алтын" (gold), "жетишүү" -> None.
    """
    low = word.casefold()
    if low in _RUSSIAN:
        value, kind = _RUSSIAN[low]
        return NumberWord(None if kind == "vague" else value, kind, low, russian=True)
    if low in _RUSSIAN_ORDINALS:
        return NumberWord(_RUSSIAN_ORDINALS[low], "ordinal", low, russian=True)
    for stem in _COLLECTIVE_STEMS:
        if low.startswith(stem):
            rest = low[len(stem) :]
            if not rest or rest in _COLLECTIVE_ENDINGS or rest in ENDING_CASE:
                return NumberWord(_COLLECTIVES[stem], "collective", stem, rest)
    for stem in _STEMS:
        if not low.startswith(stem):
            continue
        rest = low[len(stem) :]
        value, kind = _VALUES[stem]
        if not rest or rest in ENDING_CASE:
            return NumberWord(value, kind, stem, rest)
        if rest.startswith(_ORDINAL):
            return NumberWord(value, "ordinal", stem, rest)
        if rest in _VAGUE:
            return NumberWord(None, "vague", stem, rest)
    return None


@dataclass
class _Composition:
    """The number read so far by `read_words`: groups below a scale add up, a scale
    multiplies its group into the total."""

    total: int = 0
    group: int = 0
    last: str | None = None  # kind of the last word inside the current group
    prev_scale: int = 0  # the last scale used: a following scale must be smaller
    half: bool = False  # a half (жарым, полтора) waits for the scale it halves

    @property
    def value(self) -> int:
        return self.total + self.group

    def add(self, kind: WordKind, value: int) -> bool:
        """Adds one word's value; False when the word cannot continue this number."""
        if kind == "scale":
            return self._scale(value)
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
_MAX_NUMBER_WORDS = 12
_HALF_PHRASES: tuple[tuple[str, ...], ...] = tuple(tuple(p) for p in _RU["half_phrases"])


def _with_phrases(words: Iterable[str]) -> Iterator[tuple[str, int]]:
    """Each word and 1, or a listed number phrase ("с половиной") joined and its size."""
    pending = list(islice(words, _MAX_NUMBER_WORDS))
    k = 0
    while k < len(pending):
        for phrase in _HALF_PHRASES:
            n = len(phrase)
            if tuple(w.casefold() for w in pending[k : k + n]) == phrase:
                yield " ".join(phrase), n
                k += n
                break
        else:
            yield pending[k], 1
            k += 1


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
    for word, size in _with_phrases(words):
        nw = read_word(word)
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


def read_digits(digits: str) -> int:
    """ "1 500 000" -> 1500000 (spaces group thousands)."""
    return int(digits.replace(" ", "").replace("\u00a0", ""))


# A token of running text. Digits: up to 12 in a row, or groups of three after
# 1-3 digits ("1 500 000"), optionally with letters glued on ("20дан") or after
# a hyphen ("20-жылдан": an ordinal). Bounded everywhere: linear on hostile runs.
_TOKEN = regex.compile(
    # three or more digit groups joined by signs: dates, phones, codes ("12.03.2020",
    # "0555-31-33-85"); one token, never a count, and few tokens on hostile runs
    r"(?P<code>(?<!\d)\d{1,4}(?:[-./:,]\d{1,4}){2,60})"
    r"|(?P<num>(?<!\d)(?:\d{1,3}(?:[ \u00a0]\d{3}){1,4}|\d{1,12})(?!\d)"
    r"(?:(?P<hyphen>-)?(?P<ending>\p{L}{1,12}))?)"
    r"|(?P<word>\p{L}[\p{L}\p{M}]{0,59})"
    r"|(?P<nl>\n)"
    # a run of one punctuation sign is one token ("-----", "___"): fewer tokens
    r"|(?P<punct>(?P<sign>[^\s\p{L}\d])(?P=sign){0,199})"
)

TokenKind = Literal["num", "word", "nl", "punct", "code"]


class Token(NamedTuple):
    kind: TokenKind
    start: int
    end: int
    text: str  # as written
    low: str  # case-folded
    digits: str = ""  # for num: the digits (with their group spaces)
    ending: str = ""  # for num: the glued or hyphenated letters, case-folded
    hyphen: bool = False  # for num: the letters came after a hyphen ("20-жылдан")

    @property
    def value(self) -> int:
        return read_digits(self.digits)


def tokenize(text: str) -> list[Token]:
    """Words, numbers, newlines and punctuation of `text`, with offsets; spaces dropped."""
    tokens: list[Token] = []
    append = tokens.append
    new = Token._make  # one call per token: this loop is the hot path on long inputs
    for m in _TOKEN.finditer(text):
        raw = m.group()
        start, end = m.span()
        kind = m.lastgroup
        if kind == "word":
            append(new(("word", start, end, raw, raw.casefold(), "", "", False)))
        elif kind == "num" or kind == "ending" or kind == "hyphen":
            if raw.isdigit():
                append(new(("num", start, end, raw, raw, raw, "", False)))
                continue
            ending = m.group("ending") or ""
            hyphen = m.group("hyphen") is not None
            digits = raw[: len(raw) - len(ending) - hyphen]
            append(new(("num", start, end, raw, raw.casefold(), digits, ending.casefold(), hyphen)))
        elif kind == "code":
            append(new(("code", start, end, raw, raw, "", "", False)))
        else:
            append(new(("nl" if raw == "\n" else "punct", start, end, raw, raw, "", "", False)))
    return tokens


# Endings that may stand apart from the digits: only those that lead to a qualifier.
_SPACED_CASES = frozenset(("ablative", "approximative"))

NumberKind = Literal["digits", "words", "collective", "ordinal", "vague", "unit_glued"]


@dataclass(frozen=True)
class NumberMatch:
    """A number found in text: [first, last) token indexes and its reading."""

    first: int
    last: int
    start: int
    end: int
    value: int | None
    kind: NumberKind
    ending: str = ""

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
        and tokens[k].low in _DOTTED_SCALES
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
    exact = int(whole.digits + fraction.digits) * scale.value
    value, rest = divmod(exact, 10 ** len(fraction.digits))
    if rest:
        return None
    last = _after_scale(tokens, i + 3)
    return NumberMatch(i, last, whole.start, tokens[last - 1].end, value, "digits", scale.ending)


def _digits_at(tokens: Sequence[Token], i: int) -> NumberMatch:
    """The number that starts at the digit token i (with its ending, a spaced ending or
    a scale word after it)."""
    tok = tokens[i]
    value = tok.value
    ending = tok.ending
    if (
        ending
        and ending not in ENDING_CASE
        and not (ending in PARTITIVE_ENDINGS and not tok.hyphen)
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
    ):
        # "100 дөн ашык": an ending written apart (never "да", "га": they are words)
        return NumberMatch(i, i + 2, tok.start, nxt.end, value, "digits", nxt.low)
    decimal = _decimal_with_scale(tokens, i)
    if decimal is not None:
        return decimal
    scale = _scale_after(tokens, i + 1)
    if scale is not None and scale.value is not None:
        last = _after_scale(tokens, i + 1)
        end = tokens[last - 1].end
        return NumberMatch(i, last, tok.start, end, value * scale.value, "digits", scale.ending)
    return NumberMatch(i, i + 1, tok.start, tok.end, value, "digits", ending)


def _hyphenated_name(tokens: Sequence[Token], i: int) -> bool:
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
    if phrase.length != 1 or phrase.value != 1 or tokens[i].low not in _RUSSIAN:
        return False
    after = tokens[i + 1].low if i + 1 < len(tokens) else ""
    before = tokens[i - 1].low if i else ""
    return after in _ONE_OF or before in _NOT_ONE


def _lone_plural_scale(tokens: Sequence[Token], i: int, phrase: NumberPhrase) -> bool:
    """A Russian plural scale alone says "thousands of" ("тысячи людей"), unless a
    qualifier makes its form the singular genitive ("более тысячи": 1000)."""
    if phrase.length != 1 or tokens[i].low.replace("ё", "е") not in _RUSSIAN_PLURAL_SCALES:
        return False
    return not (i and tokens[i - 1].low in _SINGULAR_AFTER)


def number_at(tokens: Sequence[Token], i: int) -> NumberMatch | None:
    """The number that starts at token i, if any (ordinals and vague words included,
    marked by kind, so that callers can skip over them)."""
    tok = tokens[i]
    if tok.kind == "num":
        return _digits_at(tokens, i)
    if tok.kind != "word" or _hyphenated_name(tokens, i):
        return None
    first = read_word(tok.low)
    if first is None:
        return None
    if first.kind in ("ordinal", "vague"):
        return NumberMatch(i, i + 1, tok.start, tok.end, first.value, first.kind, first.ending)
    end = i + _MAX_NUMBER_WORDS
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


@dataclass(frozen=True)
class NumberRange:
    """Both ends of a range, as numbers found in the text, and the tokens [first, last)
    the whole range takes ("от 20 до 30": from "от" to "30")."""

    low: NumberMatch
    high: NumberMatch
    first: int
    last: int

    @property
    def start(self) -> int:
        return self.low.start

    @property
    def end(self) -> int:
        return self.high.end


def _count_at(tokens: Sequence[Token], i: int) -> NumberMatch | None:
    match = number_at(tokens, i) if i < len(tokens) else None
    return match if match is not None and match.is_count else None


def _scaled_low(tokens: Sequence[Token], low: NumberMatch, high: NumberMatch) -> NumberMatch:
    """ "2-3 тысячи": the scale after the high end scales the low end too (2000-3000)."""
    head = tokens[high.first]
    if low.last - low.first != 1 or high.last - high.first != 2 or head.kind != "num":
        return low
    factor = (high.value or 0) // head.value if head.value else 1
    value = (low.value or 0) * factor
    return NumberMatch(low.first, low.last, low.start, low.end, value, low.kind, low.ending)


def _hyphenated_words(tokens: Sequence[Token], i: int) -> NumberRange | None:
    """ "пять-шесть человек", "эки-үч адам": two number words joined by a hyphen."""
    if not _hyphenated_name(tokens, i):
        return None
    low, high = read_word(tokens[i].low), read_word(tokens[i + 2].low)
    if low is None or high is None or low.ending or low.value is None or high.value is None:
        return None
    counts = ("unit", "teen", "ten")
    if low.kind not in counts or high.kind not in counts or low.value >= high.value:
        return None
    a, b = tokens[i], tokens[i + 2]
    return NumberRange(
        NumberMatch(i, i + 1, a.start, a.end, low.value, "words"),
        NumberMatch(i + 2, i + 3, b.start, b.end, high.value, "words", high.ending),
        i,
        i + 3,
    )


def _dash_range(tokens: Sequence[Token], i: int) -> NumberRange | None:
    """ "30-40", "30–40 киши", "500 - 600", "2-3 тысячи", "пять-шесть"."""
    if i and tokens[i - 1].kind == "num" and not tokens[i - 1].ending:
        return None  # "0555 313-385": the end of a phone number
    if tokens[i].kind == "word":
        words = _hyphenated_words(tokens, i)
        if words is not None:
            return words
    low = _count_at(tokens, i)
    if low is None or low.ending or low.last >= len(tokens):
        return None
    if tokens[low.last].text not in _RANGE_DASHES:
        return None
    high = _count_at(tokens, low.last + 1)
    if high is None:
        return None
    low = _scaled_low(tokens, low, high)
    if (low.value or 0) >= (high.value or 0):
        return None  # "771-711": a phone number, not a range
    return NumberRange(low, high, i, high.last)


def _from_to_range(tokens: Sequence[Token], i: int) -> NumberRange | None:
    """ "от 20 до 30" (from ... to)."""
    if tokens[i].low not in _RANGE_FROM:
        return None
    low = _count_at(tokens, i + 1)
    if low is None or low.last >= len(tokens) or tokens[low.last].low not in _RANGE_TO:
        return None
    high = _count_at(tokens, low.last + 1)
    if high is None or (low.value or 0) >= (high.value or 0):
        return None
    return NumberRange(low, high, i, high.last)


def _until_range(tokens: Sequence[Token], i: int) -> NumberRange | None:
    """ "10дон 15ке чейин", "жыйырмадан отузга дейре": from (ablative) ... until (dative)."""
    low = _count_at(tokens, i)
    if low is None or low.case != "ablative":
        return None
    high = _count_at(tokens, low.last)
    if high is None or high.case != "dative" or high.last >= len(tokens):
        return None
    if tokens[high.last].low not in _RANGE_UNTIL or (low.value or 0) >= (high.value or 0):
        return None
    return NumberRange(low, high, i, high.last + 1)


def range_at(tokens: Sequence[Token], i: int) -> NumberRange | None:
    """The range that starts at token i (at its first number, or at "от"), or None.

    For participants: a range is two counts of the same people, one per end, with the
    qualifier written before the range ("около 500 - 600 работников" gives 500 about
    and 600 about; "30-40 киши" gives 30 and 40, exact). Call it before `number_at` at
    each token and, when it returns a range, read the noun after `high`; the caller
    still decides whether the numbers count people (a phone "313-385", years
    "2015-2023" and measures are its own checks). Only an increasing pair of counts
    is a range: "771-711" is none.
    """
    if tokens[i].kind == "word" and tokens[i].low in _RANGE_FROM:
        return _from_to_range(tokens, i)
    return _dash_range(tokens, i) or _until_range(tokens, i)


def find_ranges(text: str) -> Iterator[NumberRange]:
    """Every range in `text`, in order."""
    tokens = tokenize(text)
    i = 0
    while i < len(tokens):
        found = range_at(tokens, i)
        i = found.last if found is not None else i + 1
        if found is not None:
            yield found
