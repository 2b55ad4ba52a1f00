"""Kyrgyz letters lost to "?": a page saved through a code page without ң, ө, ү
(cp1251, KOI8-R) writes each of them as "?" ("Т?р?баев", "150г? жакын",
"жергиликт?? тургундар"). The normalise stage puts the letters back, one character
for one, so spans still index the original text; lexicon/letters.yaml
(`lost_letters`) says how each letter is chosen.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex

from . import morph, rx
from .fold import fold
from .lexicon import load

_RULE = load("letters")["lost_letters"]
_VOWELS = frozenset(load("morphology")["sounds"]["vowel"]) | frozenset(_RULE["vowels"])
_NASAL: str = _RULE["consonant_after_vowel"]
MIN_LOST: int = _RULE["min_lost"]
MAX_SEARCHED: int = _RULE["max_searched"]
# The shortest lexicon word a known prefix may be (shorter ones prove nothing).
MIN_KNOWN_PREFIX = 3

# A word with a "?" in it: Cyrillic letters and question marks, at least one letter.
# A number may come before it: "150г?" is "150гө".
_WORD = rx.compile(r"(?<![\p{L}?])\?*\p{Cyrillic}[\p{Cyrillic}?]*")
# A "?" that ends a word may be a real question mark when a sentence or line follows
# it: a capital, a dash of reported speech, a closing quote or bracket, "!", a line
# break or the end of the text. Only the other "?" tell a page lost its letters.
_SENTENCE_FOLLOWS = rx.compile(r"[ \t]*(?:\n|$|\p{Lu}|[-!\")])")
# What no question mark is: a "?" before a letter, or two after a letter before a
# small one (a long vowel, "жергиликт?? тургундар"). A page that lost its letters has
# one; questions written small ("что? где? когда?") have none.
_INSIDE = rx.compile(r"\?+\p{Cyrillic}|(?<=\p{Cyrillic})\?{2,}(?=[ \t]*\p{Ll})")
_LINE_FOLLOWS = rx.compile(r"[ \t]*(?:\n|$)")
# A sentence starts after the text's start, a line break or a full stop, and spaces.
_SENTENCE_END = frozenset("\n.!?")
_SPACE_BEFORE = frozenset(' \t"')
_CYRILLIC_WORD = rx.compile(r"\p{Cyrillic}+")


def restore(text: str) -> tuple[str, int]:
    """The text with the lost letters put back, and how many; unchanged (0) unless
    at least MIN_LOST "?" stand where no question mark does (inside a word, or at
    a word's end before a small letter), one of them inside a word. In such a text a "?" ending a word before
    a capital is a lost letter too; before a line break it stays a question mark."""
    if "?" not in text:
        return text, 0
    if _INSIDE.search(text) is None:  # before listing every word: most texts stop here
        return text, 0
    words = list(_WORD.finditer(text, None, None, False, rx.NOT_CONCURRENT))
    if sum(len(_lost(text, match, _SENTENCE_FOLLOWS)) for match in words) < MIN_LOST:
        return text, 0
    chars = list(text)
    restored = 0
    for match in words:
        lost = _lost(text, match, _LINE_FOLLOWS)
        if lost:
            word = _repair(match.group(), [i - match.start() for i in lost])
            if lost[0] == match.start() and _is_capital(word, chars, match.start()):
                word = word[0].upper() + word[1:]
            chars[match.start() : match.end()] = word
            restored += len(lost)
    return "".join(chars), restored


def _is_capital(word: str, text: list[str], start: int) -> bool:
    """A lost first letter is a capital at a sentence's start, or when the word is a
    given name or a surname (its stem ends in a surname suffix). Not for a place:
    many villages are named by common words ("өткөр"). `text`: the characters so
    far, the words before already repaired (their "?" end no sentence)."""
    before = start
    while before and text[before - 1] in _SPACE_BEFORE:
        before -= 1
    if not before or text[before - 1] in _SENTENCE_END:
        return True
    stems = [a.stem for a in morph.candidate_stems(word.lower(), MIN_KNOWN_PREFIX)]
    names, suffixes = _names()
    return any(stem in names or stem.endswith(suffixes) for stem in stems)


def _lost(text: str, match: regex.Match[str], question: regex.Pattern[str]) -> list[int]:
    """The offsets of the word's "?" that stand for a letter: all but a final run
    that `question` matches after (then a real question mark, "Эмне?")."""
    word, start = match.group(), match.start()
    marks = [start + i for i, ch in enumerate(word) if ch == "?"]
    if not marks:
        return []
    trailing = len(word) - len(word.rstrip("?"))
    if trailing and (trailing == len(word) or question.match(text, match.end())):
        marks = marks[: len(marks) - trailing]
    return marks


def _repair(word: str, lost: list[int]) -> str:
    """The word with a letter at each lost offset: among the letters each place
    allows, the filling that makes the best-known word; ties go to harmony's choice."""
    options = [_allowed(word, i) for i in lost]
    if len(lost) > MAX_SEARCHED:
        return _fill(word, lost, [letters[0] for letters in options])
    best = word
    best_score = (-1, -1, -1)
    for choice in itertools.product(*options):
        candidate = _fill(word, lost, list(choice))
        if not _possible(candidate.lower(), lost):
            continue
        score = (*_score(candidate), _harmonious(candidate.lower(), lost))
        if score > best_score:
            best, best_score = candidate, score
    return best


def _fill(word: str, lost: list[int], letters: list[str]) -> str:
    chars = list(word)
    for i, letter in zip(lost, letters, strict=True):
        chars[i] = letter
    return _with_case("".join(chars), lost)


def _allowed(word: str, i: int) -> list[str]:
    """The letters that may stand at `i`, harmony's choice first: ң after a vowel
    (or the same ө/ү again, a long vowel, when a lost vowel comes before); ө or ү
    after a consonant or at the start."""
    before = word[i - 1].lower() if i else ""
    if before == "?":
        # What the "?" before becomes is decided with it: any letter may follow.
        return [_harmony(word, i), _other(_harmony(word, i)), _NASAL]
    if before in _VOWELS:
        return [_NASAL]
    first = _harmony(word, i)
    return [first, _other(first)]


def _possible(word: str, lost: list[int]) -> bool:
    """No ң after a consonant, and no vowel after another vowel but itself (a long
    vowel): Kyrgyz spelling, checked where letters were put back."""
    for i in lost:
        before = word[i - 1] if i else ""
        if word[i] == _NASAL and before not in _VOWELS:
            return False
        if word[i] != _NASAL and before in _VOWELS and before != word[i]:
            return False
    return True


def _harmonious(word: str, lost: list[int]) -> int:
    """How many of the put-back vowels are harmony's choice after the letters before."""
    return sum(word[i] == _harmony(word, i) for i in lost)


def _other(vowel: str) -> str:
    first, second = _RULE["vowels"]
    return second if vowel == first else first


def _harmony(word: str, i: int) -> str:
    """ө or ү by rounding harmony with the nearest known vowel before `i`; at the
    word's end after a consonant, the high vowel of a suffix."""
    if i == len(word) - 1 and i and word[i - 1].lower() not in _VOWELS | {"?"}:
        return str(_RULE["word_final"])
    for ch in reversed(word[:i].lower()):
        if ch in _RULE["after"]:
            return str(_RULE["after"][ch])
        if ch in _VOWELS:
            break
    return str(_RULE["first_syllable"])


def _with_case(word: str, lost: list[int]) -> str:
    """Capital letters where the word's other letters are capitals."""
    letters = [ch for i, ch in enumerate(word) if i not in lost and ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(letters) > 1:
        return word.upper()
    return word


def _score(candidate: str) -> tuple[int, int]:
    """How well a filling reads as Kyrgyz: (1 if the lexicons or the built-in
    gazetteer know the word with a valid ending, the longest known prefix)."""
    lower = candidate.lower()
    known = _known_words()
    # Place names only for a word written with a capital: many villages are named
    # by common words, which would outvote the verb or noun of a small word.
    places = _place_keys() if candidate[:1].isupper() else frozenset()
    stems = [a.stem for a in morph.candidate_stems(lower, MIN_KNOWN_PREFIX)]
    if any(stem in known or fold(stem) in places for stem in stems) or lower in morph.ALL_ENDINGS:
        return 1, len(lower)
    prefix = max(
        (n for n in range(MIN_KNOWN_PREFIX, len(lower) + 1) if lower[:n] in known), default=0
    )
    return 0, prefix


@functools.cache
def _place_keys() -> frozenset[str]:
    """The folded names of the built-in gazetteer's places."""
    from .resources import default

    return default().gazetteer.keys()


@functools.cache
def _names() -> tuple[frozenset[str], tuple[str, ...]]:
    """Given names (lower case) and the surname suffixes: what a capital begins."""
    given = load("given_names")
    names = frozenset(name.lower() for names in given.values() for name in names)
    return names, tuple(load("persons")["surname_suffixes"])


@functools.cache
def _known_words() -> frozenset[str]:
    """Every Cyrillic word in the lexicons' data: the dictionary a filling is checked on."""
    from . import lexicon

    words: set[str] = set()
    for path in Path(lexicon.__file__).parent.glob("*.yaml"):
        for value in _strings(lexicon.load(path.stem)):
            words.update(w.lower() for w in _CYRILLIC_WORD.findall(value))
    return frozenset(words)


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(key)
            yield from _strings(value)
    elif isinstance(data, list):
        for item in data:
            yield from _strings(item)
