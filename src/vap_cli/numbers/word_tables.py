"""The word tables of lexicon/numbers.yaml, built once: Kyrgyz stems, every case form of the
Russian cardinals and ordinals, endings, range words, and `NUMBER_START`."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Literal

import regex

from .. import diskcache, morph, rx
from ..fold import lookalike, without_yo
from ..lexicon import load, source

NUMBERS_LEX = load("numbers")

WordKind = Literal[
    "unit", "teen", "ten", "hundred", "hundreds", "scale", "half", "sesqui",
    "collective", "ordinal", "vague",
]  # fmt: skip
# unit 1-9; teen 10-19 (Russian: nothing may follow inside its group); ten 20-90;
# hundred жүз (multiplies the unit before it); hundreds сто..девятьсот (a whole
# hundreds word); half жарым and sesqui полтора (need a scale after them).

NUMBER_VALUES: dict[str, tuple[int, WordKind]] = {}
for _kind, _key in (
    ("unit", "units"),
    ("ten", "tens"),
    ("hundred", "hundreds"),
    ("scale", "scales"),
):
    for _word, _value in NUMBERS_LEX[_key].items():
        NUMBER_VALUES[_word] = (int(_value), _kind)  # type: ignore[assignment]
NUMBER_VALUES.update((word, (0, "half")) for word in NUMBERS_LEX["half"])
COLLECTIVES: dict[str, int] = {w: int(v) for w, v in NUMBERS_LEX["collectives"].items()}
_LOOKALIKE_NOT = frozenset(NUMBERS_LEX["lookalike_not"])


def _with_lookalikes(table: dict) -> dict:
    """The table with each word also spelled with look-alike letters, where that
    spelling is no other word of it nor listed as another word when bare."""
    extra = {lookalike(w): v for w, v in table.items()}
    return {**{w: v for w, v in extra.items() if w not in _LOOKALIKE_NOT}, **table}


# Look-alike spellings that are read only with an ending ("минден", "минге": миң)
ENDING_ONLY: dict[str, tuple[int, WordKind]] = {
    lookalike(w): v for w, v in NUMBER_VALUES.items() if lookalike(w) in _LOOKALIKE_NOT
}
NUMBER_VALUES = _with_lookalikes(NUMBER_VALUES)
COLLECTIVES = _with_lookalikes(COLLECTIVES)


def _with_yo_variants(forms: dict[str, tuple[int, WordKind]]) -> dict[str, tuple[int, WordKind]]:
    """Every form also written with е for ё ("трёх" and "трех"), as texts do."""
    return {**forms, **{without_yo(w): v for w, v in forms.items() if without_yo(w) != w}}


# "полсотни" is a ten's word, "полтысячи" a hundreds word
_HUNDRED = 100


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
    for word, value in ru["half_nouns"].items():
        forms[word] = (int(value), "ten" if int(value) < _HUNDRED else "hundreds")
    forms.update((w, (0, "sesqui")) for w in ru["sesqui"])
    forms.update((" ".join(phrase), (0, "half")) for phrase in ru["half_phrases"])
    forms.update((w, (0, "vague")) for w in ru["vague"])
    forms = _with_yo_variants(forms)
    return {w: v for w, v in forms.items() if w not in ru["not_numbers"]}


def _russian_not_numbers(ru: dict) -> dict[str, tuple[int, WordKind]]:
    """The generated forms left out as other words ("семью": family), with their value."""
    forms: dict[str, tuple[int, WordKind]] = {}
    for value, unit_forms in ru["unit_cases"].items():
        forms.update((f, (int(value), "unit")) for f in unit_forms if f in ru["not_numbers"])
    return forms


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
        stem + ending: value
        for stem, value in stems.items()
        for ending in morph.russian_adjective_endings()
    }
    ordinals.update((word, 3) for word in ru["ordinal_third"])
    ordinals = {w: v for w, v in ordinals.items() if w not in cardinals}
    return {**ordinals, **{without_yo(w): v for w, v in ordinals.items()}}


RU_NUMBERS = NUMBERS_LEX["russian"]
RUSSIAN_NUMBERS: dict[str, tuple[int, WordKind]] = _russian_cardinals(RU_NUMBERS)
RUSSIAN_ORDINALS: dict[str, int] = _russian_ordinals(RU_NUMBERS, RUSSIAN_NUMBERS)
# Forms read only before a noun with one of these endings ("с семью участниками")
RUSSIAN_NOT_NUMBERS: dict[str, tuple[int, WordKind]] = _russian_not_numbers(RU_NUMBERS)
RUSSIAN_NUMBER_BEFORE: tuple[str, ...] = tuple(RU_NUMBERS["not_numbers_unless_before"])
# Scale forms that are (also) plural: alone, they say "thousands of", not a count.
RUSSIAN_PLURAL_SCALES: frozenset[str] = frozenset(
    without_yo(f)
    for stem, scale in RU_NUMBERS["scales"].items()
    for f in (stem + ending for ending in scale["plural"])
)
# Scale forms that are also singular ("тысячи", "сотни"): after a word of `singular_after`
# they are the singular genitive ("более тысячи": 1000).
RUSSIAN_SINGULAR_SCALES: frozenset[str] = frozenset(
    without_yo(f)
    for stem, scale in RU_NUMBERS["scales"].items()
    for f in (stem + ending for ending in scale["singular"])
)
RANGE_DASHES: frozenset[str] = frozenset(NUMBERS_LEX["ranges"]["dashes"])
RANGE_FROM: frozenset[str] = frozenset(NUMBERS_LEX["ranges"]["from"])
RANGE_TO: frozenset[str] = frozenset(NUMBERS_LEX["ranges"]["to"])
RANGE_UNTIL: frozenset[str] = frozenset(NUMBERS_LEX["ranges"]["until"])
DOTTED_SCALES: frozenset[str] = frozenset(RU_NUMBERS["dotted"])
SINGULAR_AFTER: frozenset[str] = frozenset(RU_NUMBERS["singular_after"])
ONE_OF: frozenset[str] = frozenset(RU_NUMBERS["one_of"])
NOT_ONE: frozenset[str] = frozenset(RU_NUMBERS["not_one"])

# ending -> case name ("ablative", "dative", ...), for every listed ending
ENDING_CASE: dict[str, str] = {
    **{ending: case for case in NUMBERS_LEX["ending_cases"] for ending in morph.variants(case)},
    **{
        ending: "approximative" for ending in morph.variants(*NUMBERS_LEX["approximative_suffixes"])
    },
}
PARTITIVE_ENDINGS: frozenset[str] = frozenset(morph.variants("possessive"))
# A part in the ablative: "58 мектептин 46сынан ... окуучусу катышты" (from 46 of the 58).
PART_ABLATIVE_ENDINGS: frozenset[str] = frozenset(
    part + case for part in PARTITIVE_ENDINGS for case in morph.variants("ablative_p")
)
RUSSIAN_CARDINAL_SUFFIXES: frozenset[str] = frozenset(NUMBERS_LEX["russian_cardinal_suffixes"])
RUSSIAN_PLURAL_LIKE: frozenset[str] = frozenset(NUMBERS_LEX["russian_plural_like_suffixes"])
COLLECTIVE_ENDINGS: frozenset[str] = frozenset(NUMBERS_LEX["collective_endings"])
# A digit's own collective suffix, the one its collective numeral ends in (vowel
# harmony: 3 үчөө -> өө, 6 алтоо -> оо): "3оо", "5оо" are no collectives (a 300 or a
# 500 typed with the letter о for the zeros; revfix55).
COLLECTIVE_DIGIT_SUFFIX: dict[int, str] = {
    int(value): suffix
    for word, value in NUMBERS_LEX["collectives"].items()
    for suffix in NUMBERS_LEX["collective_digit_endings"]
    if str(word).endswith(suffix)
}
# A lone number word with the possessive as a part ("Алардын тогузу аял"): finding.py.
LONE_PART: dict = NUMBERS_LEX["lone_part"]
LONE_PART_NOT: frozenset[str] = frozenset(LONE_PART["not"])
ORDINAL: tuple[str, ...] = morph.variants("ordinal")
VAGUE_NUMBERS: tuple[str, ...] = morph.variants("vague")
# Longest stems first, so that "жетимиш" is tried before "жети".
KY_NUMBER_STEMS: tuple[str, ...] = tuple(sorted(NUMBER_VALUES, key=len, reverse=True))
COLLECTIVE_STEMS: tuple[str, ...] = tuple(sorted(COLLECTIVES, key=len, reverse=True))


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


def _number_words_pattern() -> str:
    """The Kyrgyz number stems and the Russian number words of one word, as two tries."""
    return (
        _trie_pattern((*COLLECTIVE_STEMS, *KY_NUMBER_STEMS, *ENDING_ONLY))
        + "|"
        + _trie_pattern((*(w for w in RUSSIAN_NUMBERS if " " not in w), *RUSSIAN_NOT_NUMBERS))
    )


# The most digits one number is read from at once (a longer run is read in pieces).
NUMBER_DIGITS_MAX = 64
# The tries' text is made letter by letter (~1 ms of a one-file run's start-up): kept in
# the disk cache, keyed by the lexicon, this module and what morph makes forms with.
_NUMBER_WORDS_SOURCES = morph.made_with(source("numbers"), Path(__file__))
# Where a number may start: a digit, a word that begins like a Kyrgyz number word,
# or a whole Russian number word. A cheap first pass: text without one has no number.
NUMBER_START = rx.compile(
    rf"\d{{1,{NUMBER_DIGITS_MAX}}}|(?<!\p{{L}})(?:"
    + diskcache.cached("number-word-tries", _NUMBER_WORDS_SOURCES, _number_words_pattern)
    + r"(?!\p{L}))",
    regex.IGNORECASE,
)
# Where NUMBER_START's digits match: the first digit of each run, and of each piece of
# NUMBER_DIGITS_MAX digits of a longer run (the digits inside one are read with it).
DIGIT_PIECE = rx.compile(rf"\d{{1,{NUMBER_DIGITS_MAX}}}")
# Where NUMBER_START may match (searched so, several times faster): a digit, a word.
# Words read as numbers only in context (words.py): a bare "мин", "семью".
CONTEXT_WORDS: frozenset[str] = frozenset((*ENDING_ONLY, *RUSSIAN_NOT_NUMBERS))
NUMBER_BEGINS = rx.Beginnings(
    (
        *COLLECTIVE_STEMS,
        *KY_NUMBER_STEMS,
        *CONTEXT_WORDS,
        *(w for w in RUSSIAN_NUMBERS if " " not in w),
    ),
    also=r"\d",
)
