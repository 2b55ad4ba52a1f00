"""Ministries, state agencies, services, committees and inspections named by their type
word (lexicon organizations.yaml `state_bodies`, rule `organizations.state_body`):

- Russian puts the head first, capitalised ("Министерство финансов Кыргызской
  Республики") or after a capitalised adjective of state ("Государственная налоговая
  служба", "Государственное агентство по делам местного самоуправления"), and its
  complements after it: words in the genitive, joined by "и", or after "по"/"при";
- Kyrgyz puts the head last, with the possessive ("Кыргыз Республикасынын Финансы
  министрлиги", "Мамлекеттик салык кызматы"): the name's first word is capitalised, a
  capitalised genitive may complement it before.

The name is written in the nominative (the Russian head and its adjectives, the Kyrgyz
head); each body is found from the head's match, in a bounded window of the segment
stage's tokens around it (linear in the text)."""

from __future__ import annotations

from bisect import bisect_left

import regex

from .. import morph, rx
from ..lexicon import load
from ..plain import Fields
from ..segment.tokens import Token, TokenStream
from .persons.tables import SENTENCE_START_VERB_ENDINGS_RU
from .persons.words import surname_of
from .word_starts import starts

_LEX = load("organizations")["state_bodies"]
_RU_HEADS: dict[str, tuple[str, str]] = {
    stem: (spec["nominative"], spec["gender"]) for stem, spec in _LEX["ru_heads"].items()
}
_RU_HEAD_STEMS = tuple(_RU_HEADS)  # for one str.startswith of them all
_RU_ALONE = tuple(_LEX["ru_heads_alone"])
_RU_STATE = tuple(_LEX["ru_state_adjectives"])
_RU_JOINERS = frozenset(_LEX["ru_joiners"])
_RU_PREPOSITIONS = frozenset(_LEX["ru_prepositions"])
_RU_PREPOSITION_WORDS: int = _LEX["ru_preposition_words"]
_KY_HEADS = frozenset(_LEX["ky_heads"])
_KY_ALONE = frozenset(_LEX["ky_heads_alone"])
_KY_STATE = tuple(_LEX["ky_state_words"])
_KY_DETERMINERS = frozenset(_LEX["ky_determiners"])
_MAX_WORDS: int = _LEX["max_words"]
# Adjectives between a Russian adjective of state and its head ("Государственная
# налоговая служба", "Национальный статистический комитет").
_RU_ADJECTIVES_BETWEEN = 2
_GENITIVE_ENDINGS = (
    *morph.RU_ADJECTIVE_GENITIVE_ENDINGS,
    *morph.RU_NOUN_GENITIVE_ENDINGS,
    *morph.RU_NOUN_GENITIVE_PLURAL_ENDINGS,
)
_HEAD_ENDINGS = frozenset(("", *morph.RU_NOUN_ENDINGS, *morph.RU_PLACE_NOUN_ENDINGS))
# A genitive has at least this many letters ("для", "из" are prepositions).
_MIN_GENITIVE = 4
# An acronym among the complements ("Министерство финансов КР").
_ACRONYM_MAX = 6
# How far around a head its name may reach (characters): its words, at most _MAX_WORDS.
_REACH = 300

# The heads as written: a Kyrgyz stem also with the possessive, whose final consonant
# it may voice ("министрлик", "министрлиги").
# (sorted longest first, then by letters: the same pattern's text in every process)
_HEAD_WORDS = sorted(
    {*_RU_HEADS, *_KY_HEADS, *(morph.inflect(stem, "possessive") for stem in _KY_HEADS)},
    key=lambda word: (-len(word), word),
)
_HEAD = rx.compile(
    r"(?<![\p{L}\d])(?:" + "|".join(map(regex.escape, _HEAD_WORDS)) + r")\p{L}*",
    regex.IGNORECASE,
)
# Where _HEAD may match: found by the one search for all the word sets
# (word_starts), not by a case-insensitive search of its own over the whole text.
HEAD_BEGINS = rx.Beginnings(_HEAD_WORDS)
# A Russian adjective in the nominative ("Государственная" after "и"): no complement.
_NOMINATIVE_ADJECTIVE = morph.russian_adjective_endings(case="nominative")


class StateBody(Fields):
    """A body's mention: its span, its name in the nominative, and its own name, without
    the state that owns it ("Финансы министрлиги" of "Кыргыз Республикасынын Финансы
    министрлиги", "Министерство финансов" of "... Кыргызской Республики", "... КР"):
    the mentions with and without it are one body."""

    __slots__ = ("start", "end", "name", "own_name")
    start: int
    end: int
    name: str
    own_name: str

    def __init__(self, start: int, end: int, name: str, own_name: str) -> None:
        self.start = start
        self.end = end
        self.name = name
        self.own_name = own_name

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


def state_bodies(text: str, tokens: TokenStream) -> list[StateBody]:
    """The state bodies the text names, in text order, each span the name's words."""
    found: list[StateBody] = []
    places = starts(tokens, HEAD_BEGINS)
    heads = (
        rx.finditer_from(_HEAD, _HEAD, text, 0, len(text), HEAD_BEGINS)
        if places is None  # a folding that changes the text's length
        else rx.finditer_from_at(_HEAD, _HEAD, text, places, 0, len(text))
    )
    for m in heads:
        if found and m.start() < found[-1].end:
            continue
        window = tokens.between(max(0, m.start() - _REACH), min(len(text), m.end() + _REACH))
        k = bisect_left([tok.start for tok in window], m.start())
        if k >= len(window) or window[k].start != m.start() or window[k].end != m.end():
            continue
        body = _russian(text, window, k) or _kyrgyz(text, window, k)
        if body is not None:
            found.append(body)
    return found


# ------------------------------------------------------------------------- Russian


def _russian_head(tok: Token) -> tuple[str, str, str] | None:
    """(stem, nominative ending, gender) of a Russian head noun in any case."""
    if not tok.low.startswith(_RU_HEAD_STEMS):
        return None  # most words open with no head's stem
    for stem, (nominative, gender) in _RU_HEADS.items():
        rest = tok.low[len(stem) :]
        if tok.low.startswith(stem) and (rest == nominative or rest in _HEAD_ENDINGS):
            return stem, nominative, gender
    return None


def _russian(text: str, window: list[Token], k: int) -> StateBody | None:
    head = _russian_head(window[k])
    if head is None:
        return None
    stem, nominative, gender = head
    first = _state_adjective_before(window, k)
    if first is None and not (window[k].text[:1].isupper() and stem in _RU_ALONE):
        return None
    opening = k if first is None else first
    caps = window[k].text.isupper()
    words = [
        _as_written(_adjective_nominative(tok.text, gender), caps) for tok in window[opening:k]
    ]
    words.append(window[k].text[: len(stem)] + _as_written(nominative, caps))
    end = _complements_end(window, k + 1)
    if end == k + 1 and k - opening < _NAMED_BY_ADJECTIVES:
        # "Министерство", "Государственное агентство" alone: which one is not said
        return None
    own = list(words)
    if end > k + 1:
        words.append(" ".join(text[window[k + 1].start : window[end - 1].end].split()))
        own_end = _owner_after(window, k + 1, end)
        if own_end > k + 1:
            own.append(" ".join(text[window[k + 1].start : window[own_end - 1].end].split()))
    return StateBody(window[opening].start, window[end - 1].end, " ".join(words), " ".join(own))


# A body with no complement is named by its adjectives: the one of state and another
# ("Государственная налоговая служба").
_NAMED_BY_ADJECTIVES = 2


def _adjective_nominative(word: str, gender: str) -> str:
    return morph.russian_adjective_nominative(word, gender) or word


def _as_written(word: str, caps: bool) -> str:
    """A word made here (an ending, a nominative) in capitals when its name is."""
    return word.upper() if caps else word


def _owner_after(window: list[Token], first: int, end: int) -> int:
    """Where the complements window[first:end] end without the capitalised words that
    close them, the state that owns the body ("финансов | Кыргызской Республики",
    "финансов | КР"), when lower-case ones come before them."""
    j = end
    while j > first and (window[j - 1].text[:1].isupper() or _name_hyphen(window, j - 1)):
        j -= 1
    return j if j > first and window[j - 1].text[:1].islower() else end


def _state_adjective_before(window: list[Token], k: int) -> int | None:
    """The capitalised adjective of state before the head, at most two lower-case
    adjectives between ("Государственная налоговая служба"): its index, or None."""
    for j in range(k - 1, max(-1, k - 2 - _RU_ADJECTIVES_BETWEEN), -1):
        tok = window[j]
        if tok.kind != "word" or morph.russian_plain_adjective_stem(tok.text) is None:
            return None
        if tok.text[:1].isupper():
            return j if tok.low.startswith(_RU_STATE) else None
    return None


def _complements_end(window: list[Token], i: int) -> int:
    """The index after the last complement of a Russian head from token i on: words in
    the genitive, an acronym, "и" between two of them, "по"/"при" and the words they
    take, up to the next genitive ("по делам местного самоуправления", "при Кабинете
    Министров", "по экологической и технической безопасности")."""
    first = end = i
    words = 0
    while i < len(window) and words < _MAX_WORDS:
        tok = window[i]
        if _genitive(tok) or _acronym(tok) or _name_hyphen(window, i):
            i += 1
            end = i
        elif tok.low in _RU_JOINERS and end > first and _joined_complement(window, i + 1):
            i += 1
        elif tok.low in _RU_PREPOSITIONS:
            taken = 0
            i += 1
            while (
                i < len(window)
                and taken < _RU_PREPOSITION_WORDS
                and window[i].kind == "word"
                and not (taken and _genitive(window[i]))
            ):
                i, taken = i + 1, taken + 1
            if not taken:
                break
            end = i
        else:
            break
        words += 1
    return end


def _joined_complement(window: list[Token], i: int) -> bool:
    """Token i, after "и", goes on with the complements: a genitive that opens no body of
    its own ("и межэтнических отношений", not "и Государственной инспекции")."""
    if i >= len(window) or not _genitive(window[i]):
        return False
    low = window[i].low
    return not (low.startswith(_RU_STATE) or _russian_head(window[i]) is not None)


def _genitive(tok: Token) -> bool:
    """A Russian word in the genitive: no past-tense verb ("провела", "сообщили"), no
    surname ("заместитель председателя Государственного агентства Токтогулов")."""
    low = tok.low
    return (
        tok.kind == "word"
        and len(low) >= _MIN_GENITIVE
        and low.endswith(_GENITIVE_ENDINGS)
        and not low.endswith(_NOMINATIVE_ADJECTIVE)
        and not _past_tense(low)
        and not (tok.text[:1].isupper() and surname_of(tok.text))
    )


def _past_tense(low: str) -> bool:
    """A Russian past-tense verb: a vowel, then -ла/-ло/-ли ("провела", "сообщили"), the
    endings of persons.yaml `sentence_start_verb_vowels_ru`, morph.RU_PAST_FORM_ENDINGS."""
    return low.endswith(SENTENCE_START_VERB_ENDINGS_RU)


def _acronym(tok: Token) -> bool:
    return tok.kind == "word" and 1 < len(tok.text) <= _ACRONYM_MAX and tok.text.isupper()


def _name_hyphen(window: list[Token], i: int) -> bool:
    """A hyphen inside a name, glued to the words on both sides ("Иссык-Кульской")."""
    return (
        window[i].text == "-"
        and 0 < i < len(window) - 1
        and window[i - 1].end == window[i].start
        and window[i].end == window[i + 1].start
    )


# -------------------------------------------------------------------------- Kyrgyz


def _kyrgyz_head(tok: Token) -> str | None:
    """The stem of a Kyrgyz head noun in the singular with the possessive
    ("министрлиги", "кызматынын"), or None."""
    for analysis in morph.candidate_stems(tok.low):
        names = morph.suffix_names(analysis.stem, analysis.ending) or ()
        if analysis.stem in _KY_HEADS and "possessive" in names and "plural" not in names:
            return analysis.stem
    return None


def _kyrgyz(text: str, window: list[Token], k: int) -> StateBody | None:
    stem = _kyrgyz_head(window[k])
    if stem is None:
        return None
    caps = window[k].text.isupper()
    first = _caps_name_start(window, k) if caps else _kyrgyz_name_start(window, k)
    if first is None:
        return None
    owner = None if caps else _genitive_owner(window, first)
    own = _own_words(window, first, k)
    stated = any(tok.low.startswith(_KY_STATE) for tok in window[own:k])
    if not (stem in _KY_ALONE or stated or (owner is not None and own == first)):
        # "Айылдагы медициналык кызматы": a service; "Райондук мамлекеттик
        # администрациянын маалымат кызматы": an administration's, no body of state
        return None
    start = window[owner if owner is not None else first].start
    head = _as_written(morph.inflect(stem, "possessive"), caps)
    name = " ".join(text[start : window[k - 1].end].split()) + " " + head
    own_name = " ".join(text[window[own].start : window[k - 1].end].split()) + " " + head
    return StateBody(start, window[k].end, name, own_name)


def _own_words(window: list[Token], first: int, k: int) -> int:
    """Where the body's own words start in window[first:k]: after the last genitive, an
    owner named inside ("КЫРГЫЗ РЕСПУБЛИКАСЫНЫН | БИЛИМ БЕРҮҮ ЖАНА ИЛИМ МИНИСТРЛИГИ")."""
    for j in range(k - 1, first - 1, -1):
        if window[j].kind == "word" and _case(window[j].low) == "genitive":
            return j + 1
    return first


def _caps_name_start(window: list[Token], k: int) -> int | None:
    """A name in capitals ("КЫРГЫЗ РЕСПУБЛИКАСЫНЫН АЙЫЛ ЧАРБА, СУУ ЧАРБА ... МИНИСТРЛИГИ",
    a masthead), where capitals tell no first word: its words before the head, commas
    and hyphens within, up to anything else."""
    first = None
    for j in range(k - 1, max(-1, k - 1 - _MAX_WORDS), -1):
        tok = window[j]
        if _name_hyphen(window, j) or tok.text == ",":
            continue
        if tok.kind != "word" or not tok.text.isupper():
            break
        first = j
    return first


def _kyrgyz_name_start(window: list[Token], k: int) -> int | None:
    """The name's first word before the head: the nearest capitalised word, over
    lower-case words only; not a word in a case, a determiner ("Бул", "Анын") or a
    surname ("Асанов мамлекеттик салык кызматынын ...")."""
    for j in range(k - 1, max(-1, k - 1 - _MAX_WORDS), -1):
        tok = window[j]
        if _name_hyphen(window, j):
            continue
        if tok.kind != "word":
            return None
        if not tok.text[:1].isupper():
            continue
        if tok.low in _KY_DETERMINERS or _case(tok.low) is not None or surname_of(tok.text):
            return None
        return j - 2 if _name_hyphen(window, j - 1) else j
    return None


def _genitive_owner(window: list[Token], first: int) -> int | None:
    """A capitalised genitive right before the name ("Кыргыз Республикасынын Финансы
    министрлиги"), with a capitalised word of no case before it, no type word of a body
    ("Агенттик Жапониянын ...": a heading's word): its first index."""
    j = first - 1
    if j < 0 or window[j].kind != "word" or not window[j].text[:1].isupper():
        return None
    if _case(window[j].low) != "genitive":
        return None
    before = window[j - 1] if j > 0 else None
    if (
        before is not None
        and before.kind == "word"
        and before.text[:1].isupper()
        and _case(before.low) is None
        and _kyrgyz_head(before) is None
        and not before.low.startswith(tuple(_KY_HEADS))
    ):
        return j - 1  # "Кыргыз Республикасынын"
    return j


def _case(low: str) -> str | None:
    """The Kyrgyz case a word's longest ending ends in (None: none)."""
    return morph.case_of(*morph.strip_ending(low))
