"""Kyrgyz letters lost to "?": a page saved through a code page without ң, ө, ү
(cp1251, KOI8-R) writes each of them as "?" ("Т?р?баев", "150г? жакын",
"жергиликт?? тургундар"). The normalise stage puts the letters back, one character
for one, so spans still index the original text; lexicon/letters.yaml
(`lost_letters`) says how each letter is chosen.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex

from .. import morph, rx
from ..fold import fold
from ..lexicon import load

_RULE = load("letters")["lost_letters"]
_VOWELS = frozenset(load("morphology")["sounds"]["vowel"]) | frozenset(_RULE["vowels"])
_NASAL: str = _RULE["consonant_after_vowel"]
MIN_LOST: int = _RULE["min_lost"]
MAX_SEARCHED: int = _RULE["max_searched"]
# How many words put back the warning names, with why each reads as it does.
CHOICES_SAID = 5
# How many letters on each side of a name's first lost vowel weigh ө against ү.
NAME_LETTERS_AROUND: int = _RULE["name_letters_around"]
# A word's edges in the counts of the names' letters.
_EDGE = "^"
# Smoothing of the names' letter counts: a run no name has still counts this much...
_SMOOTHING = 0.1
# ... out of about as many letters as may follow (the Kyrgyz alphabet's, rounded).
_LETTER_KINDS = 30
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


def restore(text: str, choices: list[str] | None = None) -> tuple[str, int]:
    """The text with the lost letters put back, and how many; unchanged (0) unless
    at least MIN_LOST "?" stand where no question mark does (inside a word, or at
    a word's end before a small letter), one of them inside a word. In such a text a "?" ending a word before
    a capital is a lost letter too; before a line break it stays a question mark.
    `choices`, when given, gets a line for each word put back: what was written, what
    it is read as, and why ("Ж?н?сов -> Жүнүсов (harmony after ...)")."""
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
        lost = _question_kept(match.group(), _lost(text, match, _LINE_FOLLOWS), match.start())
        if lost:
            word, why = _choose(match.group(), [i - match.start() for i in lost])
            if lost[0] == match.start() and _is_capital(word, chars, match.start()):
                word = word[0].upper() + word[1:]
            if choices is not None:
                choices.append(f"{match.group()} -> {word} ({why})")
            chars[match.start() : match.end()] = word
            restored += len(lost)
    return "".join(chars), restored


def choices_said(text: str) -> str:
    """What the warning adds after its count: the first CHOICES_SAID words put back,
    each as written, as read and why (": Т?л?г?н -> Төлөгөн (a word the lexicons ...);
    ..."), and how many more."""
    choices: list[str] = []
    restore(text, choices)
    unique = list(dict.fromkeys(choices))
    if not unique:
        return ""
    said = "; ".join(unique[:CHOICES_SAID])
    more = len(unique) - CHOICES_SAID
    return f": {said}" + (f"; and {more} more" if more > 0 else "")


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


def _question_kept(word: str, lost: list[int], start: int) -> list[int]:
    """The lost offsets without a final "?" that ends a known word as written when
    no known word reads with a letter there ("Жыйын качан болот? Айыл ..." asks: "болот"
    is a word, "болотү" none): a real question before a capital."""
    end = start + len(word) - 1
    if not lost or lost[-1] != end or "?" in word[:-1]:
        return lost
    bare = word[:-1]
    if _score(bare)[0] and not any(
        _score(_fill(word, [len(word) - 1], [letter]))[0]
        for letter in _allowed(word, len(word) - 1)
    ):
        return lost[:-1]
    return lost


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


def _choose(word: str, lost: list[int]) -> tuple[str, str]:
    """The word with a letter at each lost offset, and why: among the letters each
    place allows, the filling that makes the best-known word; ties go to harmony's
    choice (a name's first vowel: the one the known names make likelier there)."""
    name = _name_like(word)
    options = [_allowed(word, i, name) for i in lost]
    if len(lost) > MAX_SEARCHED:
        return _fill(
            word, lost, [letters[0] for letters in options]
        ), "harmony (too many to search)"
    best = word
    best_score = (-1, -1, -1)
    for choice in itertools.product(*options):
        candidate = _fill(word, lost, list(choice))
        if not _possible(candidate.lower(), lost):
            continue
        score = (*_score(candidate, name), _harmonious(candidate.lower(), lost, name))
        if score > best_score:
            best, best_score = candidate, score
    return best, _reason(best, best_score, name)


def _reason(best: str, score: tuple[int, int, int], name: bool) -> str:
    known, prefix, _ = score
    if known:
        return "a word or name the lexicons or the gazetteer know"
    if prefix:
        return f"begins as the known {'name' if name else 'word'} '{best[:prefix].lower()}'"
    if name:
        return "harmony after the first vowel the known names make likelier"
    return "harmony"


def _fill(word: str, lost: list[int], letters: list[str]) -> str:
    chars = list(word)
    for i, letter in zip(lost, letters, strict=True):
        chars[i] = letter
    return _with_case("".join(chars), lost)


def _allowed(word: str, i: int, name: bool = False) -> list[str]:
    """The letters that may stand at `i`, harmony's choice first: ң after a vowel
    (or the same ө/ү again, a long vowel, when a lost vowel comes before); ө or ү
    after a consonant or at the start."""
    before = word[i - 1].lower() if i else ""
    first = _harmony(word, i, name)
    if before == "?":
        # What the "?" before becomes is decided with it: any letter may follow.
        return [first, _other(first), _NASAL]
    if before in _VOWELS:
        return [_NASAL]
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


def _harmonious(word: str, lost: list[int], name: bool = False) -> int:
    """How many of the put-back vowels are harmony's choice after the letters before."""
    return sum(word[i] == _harmony(word, i, name) for i in lost)


def _other(vowel: str) -> str:
    first, second = _RULE["vowels"]
    return second if vowel == first else first


def _harmony(word: str, i: int, name: bool = False) -> str:
    """ө or ү by rounding harmony with the nearest known vowel before `i`; at the
    word's end after a consonant, the high vowel of a suffix; a name's vowel no vowel
    before rounds (its first, a compound's second root: "Бакты|гүл") as the known names
    make likelier between its letters (_name_vowel)."""
    if i == len(word) - 1 and i and word[i - 1].lower() not in _VOWELS | {"?"}:
        return str(_RULE["word_final"])
    for ch in reversed(word[:i].lower()):
        if ch in _RULE["after"]:
            return str(_RULE["after"][ch])
        if ch in _VOWELS:
            break
    # (a name's vowel that no vowel before rounds: its first, or the first of a
    # compound's second root after а, ы, е, и, which harmony cannot tell: Бакты|гүл)
    if name:
        return _name_vowel(word.lower(), i)
    return str(_RULE["first_syllable"])


def _name_like(word: str) -> bool:
    """A word written with a capital, or a surname (its ending) whose capital was lost."""
    return word[:1].isupper() or word.lower().endswith(_names()[1])


def _name_vowel(word: str, i: int) -> str:
    """ө or ү at `i` (a name's first vowel): the one the known names (given names and
    the gazetteer's) make likelier, by the runs of NAME_LETTERS_AROUND + 1 letters
    that hold it (each letter's odds after the letters before it in the names); the
    first syllable's default on a tie."""
    runs, contexts = _name_letter_counts()
    padded = _EDGE + word + _EDGE
    at = i + 1
    weights: dict[str, float] = {}
    for vowel in _RULE["vowels"]:
        filled = padded[:at] + vowel + padded[at + 1 :]
        weights[vowel] = sum(
            _log_share(runs, contexts, filled[k : k + NAME_LETTERS_AROUND + 1])
            for k in range(max(0, at - NAME_LETTERS_AROUND), at + 1)
            if k + NAME_LETTERS_AROUND < len(filled)
        )
    first, second = _RULE["vowels"]
    if weights[first] == weights[second]:
        return str(_RULE["first_syllable"])
    return str(first if weights[first] > weights[second] else second)


def _log_share(runs: dict[str, int], contexts: dict[str, int], run: str) -> float:
    """log of how often the names have `run`'s last letter after its others (smoothed:
    _SMOOTHING, and _LETTER_KINDS letters it might have been); 0 for a run that
    crosses another lost letter."""
    if "?" in run:
        return 0.0
    return math.log(
        (runs.get(run, 0) + _SMOOTHING) / (contexts.get(run[:-1], 0) + _SMOOTHING * _LETTER_KINDS)
    )


@functools.cache
def _name_letter_counts() -> tuple[dict[str, int], dict[str, int]]:
    """How often each run of NAME_LETTERS_AROUND + 1 letters (the word's edges
    counted) occurs in the given names and the gazetteer's names, and each run of
    one letter fewer before a letter: the counts _name_vowel weighs ө against ү with."""
    from ..resources import default

    names = set(_names()[0])
    for unit in default().gazetteer.units():
        for written in (unit.name, *unit.aliases):
            names.update(w.lower() for w in _CYRILLIC_WORD.findall(written))
    runs: dict[str, int] = {}
    contexts: dict[str, int] = {}
    size = NAME_LETTERS_AROUND + 1
    for name in names:
        padded = _EDGE + name + _EDGE
        for k in range(len(padded) - size + 1):
            run = padded[k : k + size]
            runs[run] = runs.get(run, 0) + 1
            contexts[run[:-1]] = contexts.get(run[:-1], 0) + 1
    return runs, contexts


def _with_case(word: str, lost: list[int]) -> str:
    """Capital letters where the word's other letters are capitals."""
    letters = [ch for i, ch in enumerate(word) if i not in lost and ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(letters) > 1:
        return word.upper()
    return word


def _score(candidate: str, name: bool = False) -> tuple[int, int]:
    """How well a filling reads as Kyrgyz: (1 if the lexicons or the built-in
    gazetteer know the word with a valid ending, the longest known prefix: of a
    surname, a given name's ("Үсөн|баев"), not any word's)."""
    lower = candidate.lower()
    known = _known_words()
    # Place names only for a word written with a capital: many villages are named
    # by common words, which would outvote the verb or noun of a small word.
    places = _place_keys() if candidate[:1].isupper() else frozenset()
    stems = [a.stem for a in morph.candidate_stems(lower, MIN_KNOWN_PREFIX)]
    if any(stem in known or fold(stem) in places for stem in stems) or lower in morph.ALL_ENDINGS:
        return 1, len(lower)
    starts = _names()[0] if name and lower.endswith(_names()[1]) else known
    prefix = max(
        (n for n in range(MIN_KNOWN_PREFIX, len(lower) + 1) if lower[:n] in starts), default=0
    )
    return 0, prefix


@functools.cache
def _place_keys() -> frozenset[str]:
    """The folded names of the built-in gazetteer's places."""
    from ..resources import default

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
    from .. import lexicon

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
