"""Participant counts: "айыл өкмөтүнүн 385 башчысы катышат", "сексенден ашуун өкүл",
"20дан ашуун айыл өкмөттүн өкүлдөрү чакырылды", "240 адамдын катышуусу пландаштырылган".

A count is a number (digits or words, numbers.py) followed, after an optional
qualifier and a few adjectives, by a noun of who takes part (lexicon
participation.yaml). Also read: a noun outside the lexicon right before a verb of
taking part ("50 эксперт катышты"), "<who> саны 75ке жетти", bare numbers that
share the noun of their list ("Нарындан 20, Таластан 15 катышуучу") or of a total
("анын ичинде Ош облусунан – 468"), the units people came from ("беш айылынан
1 200дөй тургун"), parts of a whole ("21 депутаттын 17си катышты") and the people
column of a table. Measures (durations, percentages, money, ratios), ordinals,
vague amounts, hosts and targets of an event, per-unit counts, populations,
beneficiaries and counts of elections held are left out.

Only text around a possible number is tokenised (`_windows`), so long documents
and hostile inputs stay linear. Breakdowns and the place of each row are settled
later, in `resolve_breakdowns` (a step of resolve.STEPS), once places are known.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ..context import Context
from ..lexicon import load
from ..models import Participation, PlaceRef, Qualifier, Status
from ..numbers import (
    NUMBER_START,
    PARTITIVE_ENDINGS,
    NumberMatch,
    Token,
    number_at,
    read_digits,
    tokenize,
)
from ..sentences import ABBREVIATIONS

_LEX = load("participation")


class Phrases:
    """Word sequences from the lexicon ("болжол менен"), indexed by their first and
    last words so that most tokens are rejected by one set look-up."""

    def __init__(self, items: Sequence[Sequence[str]]) -> None:
        phrases = {tuple(w.casefold() for w in item) for item in items}
        self.items: tuple[tuple[str, ...], ...] = tuple(sorted(phrases, key=lambda p: (-len(p), p)))
        self.first = frozenset(p[0] for p in self.items)
        self.last = frozenset(p[-1] for p in self.items)

    def at(self, tokens: Sequence[Token], k: int) -> int:
        """Length of the longest phrase that starts at token k (0 if none)."""
        if k >= len(tokens) or tokens[k].low not in self.first:
            return 0
        for phrase in self.items:
            n = len(phrase)
            if k + n <= len(tokens) and all(
                tokens[k + a].kind == "word" and tokens[k + a].low == phrase[a] for a in range(n)
            ):
                return n
        return 0

    def ending_at(self, tokens: Sequence[Token], last: int) -> int:
        """Length of the longest phrase that ends right before token `last` (0 if none)."""
        if last <= 0 or tokens[last - 1].low not in self.last:
            return 0
        for phrase in self.items:
            n = len(phrase)
            if last - n >= 0 and self.at(tokens, last - n) == n:
                return n
        return 0


def _alternation(words: Sequence[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# --- who nouns -------------------------------------------------------------------------

_ENDINGS = _LEX["noun_endings"]
# [plural] [possessive] [case]: a Kyrgyz noun's ending chain; or a Russian ending.
_NOUN_ENDING = regex.compile(
    rf"(?P<plural>{_alternation(_ENDINGS['plural'])})?"
    rf"(?P<possessive>{_alternation(_ENDINGS['possessive'])})?"
    + "(?:"
    + "|".join(rf"(?P<{case}>{_alternation(forms)})" for case, forms in _ENDINGS["cases"].items())
    + ")?"
)
_RUSSIAN_ENDINGS = frozenset(_ENDINGS["russian"])
_CASES = tuple(_ENDINGS["cases"])


@dataclass(frozen=True)
class WhoEntry:
    lemma: str
    leading: tuple[frozenset[str], ...]  # exact words before the inflected one
    stems: tuple[str, ...]  # stems of the inflected (last) word
    relational: bool = False
    possessive: str | None = None
    genitive: str | None = None
    source_only: bool = False  # counted only as where people come from ("14 мектебинен")


def _who_entry(item: dict) -> WhoEntry:
    words = [[w] if isinstance(w, str) else list(w) for w in item["words"]]
    return WhoEntry(
        lemma=item["lemma"],
        leading=tuple(frozenset(v.casefold() for v in w) for w in words[:-1]),
        stems=tuple(sorted((v.casefold() for v in words[-1]), key=len, reverse=True)),
        relational=bool(item.get("relational", False)),
        possessive=item.get("possessive"),
        genitive=item.get("genitive"),
        source_only=bool(item.get("source_only", False)),
    )


# Longer (multi-word) nouns first: "айылдык кеңеш" before any one-word noun.
WHO: tuple[WhoEntry, ...] = tuple(
    sorted((_who_entry(item) for item in _LEX["who"]), key=lambda e: -len(e.leading))
)


@dataclass(frozen=True)
class NounEnding:
    case: str | None  # genitive, dative, ..., or None (nominative)
    possessive: bool
    plural: bool
    russian: bool = False  # a Russian ending ("районов", "областей")


def noun_ending(rest: str) -> NounEnding | None:
    """The grammar of a noun's ending ("дөрү" -> plural + possessive), or None if not one."""
    if not rest:
        return NounEnding(None, False, False)
    m = _NOUN_ENDING.fullmatch(rest)
    if m is not None:
        case = next((c for c in _CASES if m.group(c)), None)
        # "-н" alone is the accusative only after a possessive (катышуучуларын)
        if case == "accusative" and m.group(case) == "н" and not m.group("possessive"):
            return None
        return NounEnding(case, bool(m.group("possessive")), bool(m.group("plural")))
    if rest in _RUSSIAN_ENDINGS:
        return NounEnding(None, False, False, russian=True)
    return None


@dataclass(frozen=True)
class WhoMatch:
    entry: WhoEntry
    first: int  # token indexes [first, last)
    last: int
    ending: NounEnding


def _first_letters(entry: WhoEntry) -> set[str]:
    words = entry.leading[0] if entry.leading else entry.stems
    return {w[:2] for w in words}


# who entries by the first two letters of their first word: one look-up per token
_WHO_BY_START: dict[str, list[WhoEntry]] = {}
for _entry in WHO:
    for _start in _first_letters(_entry):
        _WHO_BY_START.setdefault(_start, []).append(_entry)


def who_at(tokens: Sequence[Token], k: int) -> WhoMatch | None:
    """The who-noun that starts at token k ("айыл өкмөттүн", "депутаттары"), if any."""
    if tokens[k].kind != "word":
        return None
    for entry in _WHO_BY_START.get(tokens[k].low[:2], ()):
        n = len(entry.leading)
        if k + n >= len(tokens):
            continue
        if any(
            tokens[k + a].kind != "word" or tokens[k + a].low not in words
            for a, words in enumerate(entry.leading)
        ):
            continue
        tok = tokens[k + n]
        if tok.kind != "word":
            continue
        for stem in entry.stems:
            if tok.low.startswith(stem):
                ending = noun_ending(tok.low[len(stem) :])
                if ending is not None:
                    return WhoMatch(entry, k, k + n + 1, ending)
    return None


def who_ending_at(tokens: Sequence[Token], last: int) -> WhoMatch | None:
    """The who-noun that ends at token index `last` (exclusive), if any."""
    for size in (3, 2, 1):
        k = last - size
        if k >= 0:
            match = who_at(tokens, k)
            if match is not None and match.last == last:
                return match
    return None


# --- measures, modifiers, cues ------------------------------------------------------------

_MOD = _LEX["modifiers"]
_MODIFIER_WORDS = frozenset(w.casefold() for w in _MOD["words"])
_MODIFIER_SUFFIXES = tuple(_MOD["suffixes"])
_MEASURE_STEMS = tuple(sorted((w.casefold() for w in _LEX["measure_words"]), key=len, reverse=True))
_MEASURE_BY_LETTER: dict[str, list[str]] = {}
for _stem in _MEASURE_STEMS:
    _MEASURE_BY_LETTER.setdefault(_stem[:1], []).append(_stem)
_MEASURE_SIGNS = frozenset(_LEX["measure_signs"])
_NOT_AFTER = frozenset(w.casefold() for w in _LEX["not_taking_part_after"])
_TARGET_WORDS = frozenset(w.casefold() for w in _LEX["target_words"])
_TARGET_VERBS = tuple(w.casefold() for w in _LEX["target_verbs"])
_NOT_BEFORE = frozenset(w.casefold() for w in _LEX["not_taking_part_before"])
_GENERIC_VERBS = frozenset(w.casefold() for w in _LEX["generic_head_verbs"])
_DISTRIBUTIVE = Phrases(_LEX["distributive_before"])
_OBLIGATION_WORDS = frozenset(w.casefold() for w in _LEX["obligation_words"])
_DISTRIBUTIVE_RIGHT_BEFORE = frozenset(w.casefold() for w in _LEX["distributive_right_before"])
_UNIT_NOUNS = frozenset(_LEX["table"]["unit_nouns"])
_BENEFICIARY_STEMS = tuple(w.casefold() for w in _LEX["beneficiary_stems"])
_NOT_WHO_COMPOUNDS = Phrases(_LEX["not_who_compounds"])
_EXISTENCE = frozenset(w.casefold() for w in _LEX["existence_verbs"])
_SOURCE_PREPOSITIONS = frozenset(w.casefold() for w in _LEX["source_prepositions"])
_RESIDENT_OWNERS = tuple(w.casefold() for w in _LEX["resident_owner_stems"])
_KEY_AFTER = frozenset(w.casefold() for w in _LEX["breakdown_key_after"])
_RESIDENTS = frozenset(_LEX["resident_lemmas"])
_COUNT_NOUNS = frozenset(w.casefold() for w in _LEX["count_nouns"])
_TOTAL_WORDS = frozenset(w.casefold() for w in _LEX["total_words"])
_COUNT_DASHES = frozenset("-:–—")
_ROW_DASHES = frozenset("-–—")
_HOST_PREPOSITIONS = frozenset(w.casefold() for w in _LEX["host_prepositions"])
_ARTICLES = frozenset(w.casefold() for w in _LEX["article_words"])
_VAGUE = Phrases(_LEX["vague_phrases"])
_QUAL = {key: Phrases(value) for key, value in _LEX["qualifiers"].items()}
# status phrases by their first word, longest first: one dict look-up per token
_STATUS: dict[str, list[tuple[tuple[str, ...], Status]]] = {}
for _status, _items in _LEX["status"].items():
    for _phrase in Phrases(_items).items:
        _STATUS.setdefault(_phrase[0], []).append((_phrase, _status))
for _options in _STATUS.values():
    _options.sort(key=lambda item: -len(item[0]))
_OPENERS = Phrases(_LEX["breakdown_openers"])
_SENTENCE_END = frozenset(".!?;")
_ABBREVIATIONS = ABBREVIATIONS  # a dot after them does not end a sentence
# How far a status verb may stand from its count (tokens), and how many adjectives
# may stand between a number and its noun.
_STATUS_REACH = 40
_MAX_MODIFIERS = 3
# How many tokens a noun phrase outside the lexicon may span before its verb.
_GENERIC_REACH = 5
_LIST_WORDS = frozenset(("жана", "и"))
_ROW_ENDS = frozenset(",.;")
# How many words after the counted noun may still say it is a host or a target.
_HOST_REACH = 3
# How far back in its sentence an election or a population word undoes a count.
_CUE_REACH = 8
# How far back from its last bare row a list may open (":", "из них"): nine rows
# of "Джалал-Абадская – 142," are 45 tokens.
_ROWS_REACH = 80
# How many words before a Russian count of units may name the people they own.
_OWNER_REACH = 4


def _is_measure(tok: Token) -> bool:
    if tok.kind == "punct":
        return tok.text in _MEASURE_SIGNS
    if tok.kind != "word":
        return False
    for stem in _MEASURE_BY_LETTER.get(tok.low[:1], ()):
        if tok.low.startswith(stem):
            rest = tok.low[len(stem) :]
            if noun_ending(rest) is not None or rest.startswith(_MODIFIER_SUFFIXES):
                return True
    return False


def _is_modifier(tok: Token) -> bool:
    return tok.kind == "word" and (
        tok.low in _MODIFIER_WORDS or tok.low.endswith(_MODIFIER_SUFFIXES)
    )


def _ends_sentence_at(tokens: Sequence[Token], j: int) -> bool:
    """Token j ends a sentence, unless it is the dot of an abbreviation ("г. Ош")."""
    if tokens[j].text == "." and j and tokens[j - 1].low in _ABBREVIATIONS:
        return False
    return _ends_sentence(tokens[j])


def _ends_sentence(tok: Token) -> bool:
    return tok.kind == "nl" or (tok.kind == "punct" and tok.text in _SENTENCE_END)


def _status_at(tokens: Sequence[Token], j: int) -> tuple[int, Status] | None:
    """The status phrase that starts at token j: (its length, its status)."""
    for phrase, status in _STATUS.get(tokens[j].low, ()):
        n = len(phrase)
        if all(
            j + a < len(tokens) and tokens[j + a].kind == "word" and tokens[j + a].low == phrase[a]
            for a in range(n)
        ):
            return n, status
    return None


def _status_after(tokens: Sequence[Token], k: int, reach: int = _STATUS_REACH) -> Status | None:
    for j in range(k, min(len(tokens), k + reach)):
        if _ends_sentence_at(tokens, j):
            return None
        if tokens[j].low not in _STATUS:
            continue
        found = _status_at(tokens, j)
        if found is not None:
            return found[1]
    return None


def _status_before(tokens: Sequence[Token], k: int) -> Status | None:
    """A participle right before the count: "катышкан 30 адам"."""
    for size in (2, 1):
        if k - size >= 0:
            found = _status_at(tokens, k - size)
            if found is not None and found[0] == size:
                return found[1]
    return None


def _host_or_target(tokens: Sequence[Token], k: int) -> bool:
    """Right after the counted noun (token k on): a host ("... базасында") or a
    target ("... максаттуу болуп эсептелинет"), not a participant."""
    for j in range(k, min(len(tokens), k + _HOST_REACH)):
        tok = tokens[j]
        if tok.kind != "word":
            return False
        if tok.low in _NOT_AFTER:
            return True
        if tok.low in _TARGET_WORDS:
            for after in tokens[j + 1 : j + 1 + _STATUS_REACH]:
                if _ends_sentence(after):
                    return False
                if after.low.startswith(_TARGET_VERBS):
                    return True
    return False


# --- one count --------------------------------------------------------------------------


def _adjacent(a: Token, b: Token) -> bool:
    return a.end == b.start


def _not_a_count(tokens: Sequence[Token], num: NumberMatch) -> bool:
    """Numbers that are parts of something else: phones, dates, times, decimals, ranges."""
    first, last = num.first, num.last
    prev = tokens[first - 1] if first else None
    if num.kind == "digits":
        if _phone_like(tokens, num):
            return True
        nxt = tokens[last] if last < len(tokens) else None
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        if (
            nxt is not None
            and after is not None
            and nxt.kind == "punct"
            and nxt.text in ".,:/-"
            and after.kind == "num"
            and _adjacent(tokens[last - 1], nxt)
            and _adjacent(nxt, after)
        ):
            return True  # "12.03.2020", "09:50", "1,5", "10-15" (the range's first number)
    if prev is not None and prev.kind == "punct" and prev.text in ".,:/" and first >= 2:
        before = tokens[first - 2]
        if before.kind == "num" and _adjacent(before, prev) and _adjacent(prev, tokens[first]):
            return True  # "03" and "2020" of "12.03.2020"
    return False


def _range_end(tokens: Sequence[Token], num: NumberMatch) -> bool:
    """ "10-15 адам": the second number of a range is a count up to it."""
    first = num.first
    return (
        num.kind == "digits"
        and first >= 2
        and tokens[first - 1].text == "-"
        and tokens[first - 2].kind == "num"
        and not tokens[first - 2].ending
    )


def _phone_like(tokens: Sequence[Token], num: NumberMatch) -> bool:
    """ "(0770) 771-711", "0555 313-385": digits after digits or after "(0770)";
    a range whose ends do not grow ("771-711") is a phone number too."""
    k = num.first
    if _range_end(tokens, num):
        if tokens[k - 2].value >= (num.value or 0):
            return True
        k -= 2
    prev = tokens[k - 1] if k else None
    if prev is None:
        return False
    # Only bare digits continue a phone number: "2021-жылы", "5-мартта", "1-курстун"
    # carry letters, so a count right after them is a count of its own.
    if (prev.kind == "num" and not prev.ending) or prev.text in ("+", "№", "#"):
        return True
    return prev.text == ")" and k >= 2 and tokens[k - 2].kind == "num"


@dataclass
class Found:
    """A count found in the text, in normalised offsets."""

    count: int
    qualifier: Qualifier
    who: str | None
    status: Status
    start: int
    end: int


def _distributive(tokens: Sequence[Token], start: int) -> bool:
    """ "по 2 человека", "от каждого аймака ...": so many from each unit, not a total."""
    if start and tokens[start - 1].low in _DISTRIBUTIVE_RIGHT_BEFORE:
        return True
    return any(_DISTRIBUTIVE.ending_at(tokens, k) for k in range(max(1, start - 5), start + 1))


def _obligation(tokens: Sequence[Token], k: int) -> bool:
    """ "ар бир айылдан кеминде 10 өкүл катышышы керек": a rule about who must come,
    not a count of who comes ("кеминде 30 депутаттын катышуусу күтүлүүдө" is one)."""
    for j in range(k, min(len(tokens), k + _STATUS_REACH)):
        if _ends_sentence_at(tokens, j):
            return False
        if tokens[j].low in _OBLIGATION_WORDS:
            return True
    return False


def _head_after(tokens: Sequence[Token], j: int) -> WhoMatch | None:
    """The who-noun at token j, or after a few adjectives ("жаңы шайланган депутаттары")."""
    for _ in range(_MAX_MODIFIERS + 1):
        if j >= len(tokens):
            return None
        head = who_at(tokens, j)
        if head is not None:
            return head
        if not _is_modifier(tokens[j]) or _is_measure(tokens[j]):
            return None
        j += 1
    return None


def _generic_count(
    tokens: Sequence[Token], num: NumberMatch, qualifier: Qualifier, start: int, j: int
) -> Found | None:
    """ "50 эксперт катышты", "35 жайыт колдонуучу катышты", "300дөн ашуун ата-эне жана
    окуучу катышты": a short noun phrase outside the lexicon right before a verb of
    taking part."""
    if num.value is None or start and tokens[start - 1].low in _HOST_PREPOSITIONS:
        return None
    words: list[str] = []
    for m in range(j, min(len(tokens), j + _GENERIC_REACH + 1)):
        tok = tokens[m]
        if tok.kind == "word" and tok.low in _GENERIC_VERBS:
            if not words:
                return None
            status = _status_after(tokens, m) or "unknown"
            return Found(
                num.value,
                qualifier,
                " ".join(words),
                status,
                tokens[start].start,
                tokens[m - 1].end,
            )
        if tok.kind == "word" and not _is_measure(tok):
            if words and words[-1].endswith("-"):
                words[-1] += tok.low  # "ата-эне"
            else:
                words.append(tok.low)
        elif tok.text == "-" and words and tok.start == tokens[m - 1].end:
            words[-1] += "-"
        else:
            return None
    return None


def _count_of_named_noun(
    tokens: Sequence[Token], num: NumberMatch, qualifier: Qualifier, start: int, j: int
) -> Found | None:
    """A number after "<who> саны": "катышуучулардын саны 75ке жетти",
    "Катышуучулардын жалпы саны – 120"."""
    k = start
    if k and tokens[k - 1].kind == "punct" and tokens[k - 1].text in _COUNT_DASHES:
        k -= 1
    if not k or tokens[k - 1].low not in _COUNT_NOUNS:
        return None
    k -= 1
    while k and tokens[k - 1].low in _TOTAL_WORDS:
        k -= 1
    owner = who_ending_at(tokens, k)
    if owner is None or owner.ending.case != "genitive" or num.value is None:
        return None
    status = _status_after(tokens, j) or "unknown"
    return Found(
        num.value,
        qualifier,
        owner.entry.lemma,
        status,
        tokens[owner.first].start,
        tokens[j - 1].end,
    )


def _place_row(tokens: Sequence[Token], first: int) -> bool:
    """A number after the name of where its people come from: in the ablative
    ("Нарындан 20") or before a dash ("Нарынская – 76", "город Ош – 32")."""
    if not first:
        return False
    before = tokens[first - 1]
    if before.kind == "word":
        return noun_ending_case(before.low) == "ablative"
    return (
        before.kind == "punct"
        and before.text in _ROW_DASHES
        and first >= 2
        and tokens[first - 2].kind == "word"
    )


def _elliptic_next(tokens: Sequence[Token], num: NumberMatch) -> int | None:
    """ "Нарындан 20, Таластан 15 катышуучу келди", "Нарынская – 76, город Ош – 32
    депутата": a bare number after a place in the ablative or before a dash, followed
    by a comma or "жана", shares the noun of the next number in its list. Returns the
    token index where that next number starts."""
    first, last = num.first, num.last
    if num.kind not in ("digits", "words") or num.ending or not first or last >= len(tokens):
        return None
    if not _place_row(tokens, first):
        return None
    if not (tokens[last].text == "," or tokens[last].low in _LIST_WORDS):
        return None
    for k in range(last + 1, min(len(tokens), last + 7)):
        if _ends_sentence_at(tokens, k):
            return None
        if tokens[k].kind == "num" or number_at(tokens, k) is not None:
            return k
    return None


def noun_ending_case(word: str) -> str | None:
    """The case of a word's last ending, looked at from its end ("Нарындан" -> ablative)."""
    for size in range(min(6, len(word) - 1), 0, -1):
        ending = noun_ending(word[-size:])
        if ending is not None and ending.case is not None:
            return ending.case
    return None


def count_at(tokens: Sequence[Token], num: NumberMatch) -> Found | None:
    """The participant count this number starts, or None when it is not one."""
    if not num.is_count or num.value is None:
        return None
    if num.ending in PARTITIVE_ENDINGS:
        return _partitive_count(tokens, num)
    first, j = num.first, num.last
    if num.kind == "words" and num.last - num.first == 1 and not num.ending:
        if tokens[first].low in _ARTICLES or _VAGUE.at(tokens, first):
            return None
    if _not_a_count(tokens, num):
        return None

    qualifier: Qualifier = "exact"
    bare_case = False
    start = first
    cap = False  # "не более 15 человек": a maximum allowed, unless people take part
    if _range_end(tokens, num):
        qualifier, start = "up_to", first - 2  # "10-15 адам": up to 15
    if n := _QUAL["cap_before"].ending_at(tokens, first):
        qualifier, start, cap = "up_to", first - n, True
    if not cap and (found := _qualifier_before(tokens, first))[1]:
        qualifier, start = found[0], first - found[1]

    case = num.case
    if case == "approximative":
        qualifier = "about"
    elif case == "ablative" and (n := _QUAL["cap_after_ablative"].at(tokens, j)):
        qualifier, j, cap = "up_to", j + n, True  # "15тен көп эмес": before "көп"
    elif case == "ablative" and (n := _QUAL["more_than_after_ablative"].at(tokens, j)):
        qualifier, j = "more_than", j + n
    elif case == "ablative" and (n := _QUAL["at_least_after_ablative"].at(tokens, j)):
        qualifier, j = "at_least", j + n
    elif case == "dative" and (n := _QUAL["about_after_dative"].at(tokens, j)):
        qualifier, j = "about", j + n
    elif case == "dative" and (n := _QUAL["up_to_after_dative"].at(tokens, j)):
        qualifier, j = "up_to", j + n
    elif case is not None:
        # "экиден" (two each), "10дон" (a range's start), "бешке": a count only
        # after "... саны" ("катышуучулардын саны 75ке жетти")
        bare_case = True
    elif n := _QUAL["about_after"].at(tokens, j):
        qualifier, j = "about", j + n
    elif n := _QUAL["more_than_after_bare"].at(tokens, j):
        qualifier, j = "more_than", j + n

    if num.kind == "collective" and not bare_case:
        # "экөө тең катышты": the collective is its own noun; it needs its verb.
        status = _status_after(tokens, j, reach=3)
        if status is None and _opener_before(tokens, first) is not None:
            # "..., алардын ичинде айыл өкмөттөрүнүн башчыларынын экөө аял": a row of a total
            owner = who_ending_at(tokens, first)
            who = owner.entry.lemma if owner and owner.ending.case == "genitive" else None
            return Found(num.value, qualifier, who, "unknown", tokens[first].start, num.end)
        if status is None:
            return None
        return Found(num.value, qualifier, None, status, tokens[start].start, tokens[j - 1].end)

    if j < len(tokens) and _is_measure(tokens[j]):
        return None

    head = None if bare_case or num.kind == "collective" else _head_after(tokens, j)
    if head is None:
        if not bare_case and num.kind != "collective":
            generic = _generic_count(tokens, num, qualifier, start, j)
            if generic is not None:
                return generic
        return _count_of_named_noun(tokens, num, qualifier, start, j)
    if head.ending.case == "locative":
        return None  # "шайлоо 420 айылдык кеңеште өткөн": hosts, not participants
    if head.ending.case == "genitive" and _partitive_at(tokens, head.last):
        return None  # "21 депутаттын 17си катышты": 21 is the whole, 17 took part
    j = head.first

    who = head.entry.lemma
    end_token = head.last
    owned = who_at(tokens, head.last) if head.last < len(tokens) else None
    if (
        owned is not None
        and owned.entry.relational
        and owned.ending.possessive
        and not head.entry.relational
        and head.ending.case in (None, "genitive")
    ):
        # "20дан ашуун айыл өкмөттүн өкүлдөрү", "63 АӨ башчысы"
        owner = head.entry.genitive if head.ending.case == "genitive" else head.entry.lemma
        who = f"{owner or head.entry.lemma} {owned.entry.possessive or owned.entry.lemma}"
        end_token = owned.last
    elif head.entry.relational and head.ending.possessive:
        # "айыл өкмөтүнүн 385 башчысы": the owner stands before the number
        owner_match = who_ending_at(tokens, start)
        if (
            owner_match is not None
            and owner_match.ending.case == "genitive"
            and not owner_match.entry.relational
            and not (owner_match.first and tokens[owner_match.first - 1].kind == "num")
        ):
            owner = owner_match.entry.genitive or owner_match.entry.lemma
            who = f"{owner} {head.entry.possessive or head.entry.lemma}"
            start = owner_match.first

    if _host_or_target(tokens, end_token):
        return None
    for k in range(start - 1, max(-1, start - _CUE_REACH), -1):
        if _ends_sentence_at(tokens, k):
            break
        if tokens[k].low in _NOT_BEFORE:
            return None
    if start and tokens[start - 1].low in _HOST_PREPOSITIONS:
        return None  # "в 12 районах": where, not who
    if _distributive(tokens, start) or _obligation(tokens, end_token):
        return None  # "ар бир айылдан кеминде 10 өкүл": so many from each, not a total

    status = _status_after(tokens, end_token) or _status_before(tokens, start) or "unknown"
    if cap and status == "unknown":
        return None  # "численностью не более 15 человек": the size allowed, not a count
    if status == "unknown":
        if head.ending.case == "dative" and head.entry.lemma in _UNIT_NOUNS:
            return None  # "452 айыл аймагына ... бөлүштүрүлөт": units receiving, not taking part
        if start and _settlement_owner(tokens[start - 1]):
            return None  # "айылдын 3 500 тургуну ... сууга жетти": residents, beneficiaries
        if head.entry.lemma in _UNIT_NOUNS and _key_after(tokens, end_token):
            return None  # "Облустун 4 району жана 1 шаары боюнча ...": what data are given by
        if _predicate(tokens, end_token) in _EXISTENCE:
            return None  # "Өлкөдө 452 айыл аймагы бар": what there is, not who took part
        if _beneficiaries(tokens, end_token):
            return None  # "12 000ден ашуун тургун таза сууга ээ болот"
        if head.entry.source_only and head.ending.case not in ("ablative", "genitive"):
            return None  # "2 мектеп оңдолот": schools, not where people came from
        if (
            head.ending.russian
            and head.entry.lemma in _UNIT_NOUNS
            and not _came_from(tokens, start)
        ):
            return None  # "В области 5 районов": units that are, not units that came
    if _NOT_WHO_COMPOUNDS.at(tokens, head.first):
        return None  # "бала бакча": a kindergarten
    return Found(num.value, qualifier, who, status, tokens[start].start, tokens[end_token - 1].end)


def _key_after(tokens: Sequence[Token], k: int) -> bool:
    """ "... боюнча" a few words (or counts of more units) after token k, in its clause."""
    for j in range(k, min(len(tokens), k + _HOST_REACH + 2)):
        if tokens[j].kind not in ("word", "num"):
            return False
        if tokens[j].low in _KEY_AFTER:
            return True
    return False


def _settlement_owner(tok: Token) -> bool:
    """ "айылдын", "айылдарынын", "шаардын": a settlement owning the people counted."""
    return _genitive_of(tok, _RESIDENT_OWNERS)


def _genitive_of(tok: Token, stems: tuple[str, ...]) -> bool:
    """The word is one of these nouns in the genitive ("облустун", "айылдарынын")."""
    return (
        tok.kind == "word" and tok.low.startswith(stems) and noun_ending_case(tok.low) == "genitive"
    )


def _beneficiaries(tokens: Sequence[Token], k: int) -> bool:
    for j in range(k, min(len(tokens), k + _STATUS_REACH)):
        if _ends_sentence_at(tokens, j):
            return False
        if tokens[j].kind == "word" and tokens[j].low.startswith(_BENEFICIARY_STEMS):
            return True
    return False


def _came_from(tokens: Sequence[Token], start: int) -> bool:
    """ "из (всех) 27 айылных аймаков", "представители 12 квартальных комитетов",
    "депутатов местных кенешей всех семи областей": a preposition of origin, or the
    people the units own, a few words before with no punctuation between."""
    for k in range(start - 1, max(-1, start - 1 - _OWNER_REACH), -1):
        if tokens[k].kind != "word":
            return False
        if tokens[k].low in _SOURCE_PREPOSITIONS:
            return True
        person = who_at(tokens, k)
        if person is not None and person.entry.lemma not in _UNIT_NOUNS:
            # "опрос жителей 11 аймаков": a population; "приняли участие жители ...": people
            return person.entry.lemma not in _RESIDENTS or _status_before(tokens, k) is not None
    return False


def _predicate(tokens: Sequence[Token], k: int) -> str | None:
    """The last word of the clause from token k on: its verb, in Kyrgyz word order."""
    last: str | None = None
    for j in range(k, min(len(tokens), k + _STATUS_REACH)):
        if _ends_sentence_at(tokens, j) or tokens[j].text == ",":
            return last
        if tokens[j].kind == "word":
            last = tokens[j].low
    return last


def _partitive_at(tokens: Sequence[Token], k: int) -> bool:
    """A number with a possessive ending at token k: "17си", "10у" ("17 of them")."""
    return k < len(tokens) and tokens[k].kind == "num" and tokens[k].ending in PARTITIVE_ENDINGS


def _partitive_count(tokens: Sequence[Token], num: NumberMatch) -> Found | None:
    """ "Сессияга 21 депутаттын 17си катышты": so many of the whole named before, when a
    verb of taking part follows at once ("алардын 10у грантка татыктуу" is not one)."""
    status = _status_after(tokens, num.last, reach=4)
    owner = who_ending_at(tokens, num.first)
    if status is None or owner is None or owner.ending.case != "genitive" or num.value is None:
        return None
    return Found(num.value, "exact", owner.entry.lemma, status, num.start, num.end)


# Only the text around a possible number is tokenised: this much before it (an
# owner noun, a qualifier, a participle) and after it (qualifiers, adjectives, the
# noun, the status verb), widened to the nearest spaces.
_WINDOW_BEFORE = 200
_WINDOW_AFTER = 600
_SNAP = 60


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged [start, end) ranges of `text` around every possible number."""
    windows: list[list[int]] = []
    for m in NUMBER_START.finditer(text):
        start = max(0, m.start() - _WINDOW_BEFORE)
        end = min(len(text), m.end() + _WINDOW_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    snapped: list[tuple[int, int]] = []
    for start, end in windows:
        if start:
            space = text.rfind(" ", max(0, start - _SNAP), start)
            start = space + 1 if space >= 0 else start
        if end < len(text):
            space = text.find(" ", end, end + _SNAP)
            end = space if space >= 0 else end
        snapped.append((start, end))
    return snapped


def _source_units(tokens: Sequence[Token], num: NumberMatch) -> tuple[int, Token] | None:
    """ "айыл аймагынын беш айылынан 1 200дөй тургун ... катышты", "жети облустун 312
    муниципалитетинен ... өттү": the units the people came from are counted too,
    whatever their noun (as "41 муниципалитетинен" is), in the ablative or, right
    before the count of what they hold, in the genitive ("21 депутаттын 17си" is a
    part of a whole, not units). Returns the index of the count that follows and the
    units' noun."""
    if num.ending or num.kind not in ("digits", "words"):
        return None
    k = num.last
    while k < len(tokens) and k - num.last < _MAX_MODIFIERS and _is_modifier(tokens[k]):
        k += 1
    if k + 1 >= len(tokens):
        return None
    noun = tokens[k]
    if noun.kind != "word" or _is_measure(noun):
        return None
    if noun_ending_case(noun.low) not in _SOURCE_CASES:
        return None
    if tokens[k + 1].kind != "num" and number_at(tokens, k + 1) is None:
        return None
    if _partitive_at(tokens, k + 1):
        return None
    return k + 1, noun


_SOURCE_CASES = frozenset(("ablative", "genitive"))


def _stem_of(word: str) -> str:
    """A noun without its endings, as far as they can be told apart ("айылынан" -> "айыл")."""
    for size in range(3, len(word)):
        if noun_ending(word[size:]) is not None:
            return word[:size]
    return word


def _bare_row(tokens: Sequence[Token], num: NumberMatch) -> bool:
    """A number with no noun that ends its row ("Ош облусунан – 468,", "Нарынская – 79."),
    or that follows an opener at once ("из них свыше 300 – в онлайн-формате")."""
    if num.kind not in ("digits", "words") or num.ending or num.value is None:
        return False
    nxt = tokens[num.last] if num.last < len(tokens) else None
    if nxt is None or nxt.kind == "nl" or nxt.text in _ROW_ENDS or nxt.low in _LIST_WORDS:
        return True
    if _is_measure(nxt):
        return False
    qualifier_start = num.first - _qualifier_before(tokens, num.first)[1]
    return _OPENERS.ending_at(tokens, qualifier_start) > 0


_QUALIFIERS_BEFORE: tuple[tuple[str, Qualifier], ...] = (
    ("about_before", "about"),
    ("at_least_before", "at_least"),
    ("more_than_before", "more_than"),
    ("up_to_before", "up_to"),
)


def _qualifier_before(tokens: Sequence[Token], first: int) -> tuple[Qualifier, int]:
    """The qualifier written before a number ("свыше 300", "болжол менен 300") and its
    length in tokens; ("exact", 0) when there is none."""
    for name, qualifier in _QUALIFIERS_BEFORE:
        n = _QUAL[name].ending_at(tokens, first)
        if n:
            return qualifier, n
    return "exact", 0


def _rows_of_totals(
    tokens: Sequence[Token], counts: dict[int, Found], bare: Sequence[NumberMatch]
) -> None:
    """Bare numbers after a total and its opener (":", "анын ичинде", "Из них:") are
    rows of it and count the same people: "1 134 кызматкер өттү, анын ичинде Жалал-Абад
    облусунан – 412, Ош облусунан – 468"."""
    if not bare:
        return
    ends = sorted((tokens_end_index(tokens, c.end), k) for k, c in counts.items())
    for num in bare:
        opener = _opener_before(tokens, num.first, reach=_ROWS_REACH)
        if opener is None:
            continue
        qualifier, n = _qualifier_before(tokens, num.first)
        start = tokens[num.first - n].start
        # the nearest earlier count that can hold this row, ending before the opener;
        # people before units ("860 депутатов из 214 муниципалитетов, из них ...")
        holders: list[Found] = []
        # counts that end by the opener, nearest first; not too far back (linear on dense input)
        for end_index, k in reversed(ends[: bisect_right(ends, (opener, len(tokens)))]):
            if opener - end_index > _ROWS_REACH:
                break
            total = counts[k]
            if total.who is None or total.count <= (num.value or 0):
                continue
            if _same_passage(tokens, end_index, opener):
                holders.append(total)
                if total.who not in _UNIT_NOUNS:
                    break
        holders.sort(key=lambda total: total.who in _UNIT_NOUNS)
        if holders:
            total = holders[0]
            counts[num.first] = Found(
                num.value or 0, qualifier, total.who, total.status, start, num.end
            )
            continue
        subject = _subject_before(tokens, opener)
        if subject is not None and tokens[opener].text == ":" and _place_row(tokens, num.first):
            # "Делегаттар облустар боюнча ... шайланган: Ош облусунан 78, ..."
            counts[num.first] = Found(
                num.value or 0, qualifier, subject.entry.lemma, "unknown", start, num.end
            )


def tokens_end_index(tokens: Sequence[Token], end: int) -> int:
    """Index of the token after the one that ends at offset `end`."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].end <= end:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _subject_before(tokens: Sequence[Token], opener: int) -> WhoMatch | None:
    """The first who-noun in the nominative of the sentence that ends in `opener`
    ("Делегаттар ... шайланган:"): the people its rows count."""
    k = opener
    while k > 0 and opener - k < _ROWS_REACH and not _ends_sentence_at(tokens, k - 1):
        k -= 1
    for j in range(k, opener):
        match = who_at(tokens, j)
        if match is not None and match.ending.case is None and match.entry.lemma not in _UNIT_NOUNS:
            return match
    return None


def _opener_before(tokens: Sequence[Token], k: int, reach: int = _STATUS_REACH) -> int | None:
    """Index of the ":" or "анын ичинде" that opens the rows before token k, in its sentence."""
    for j in range(k - 1, max(-1, k - reach), -1):
        tok = tokens[j]
        if tok.text == ":":
            return j
        if _OPENERS.at(tokens, j):
            return j
        if _ends_sentence_at(tokens, j):
            return None
    return None


def _same_passage(tokens: Sequence[Token], end_index: int, opener: int) -> bool:
    """Nothing but words between a total and its opener, or one sentence break right
    before the opener ("... 512 муниципальных служащих. Из них: ...")."""
    breaks = [j for j in range(end_index, opener) if _ends_sentence_at(tokens, j)]
    if not breaks:
        return True
    return len(breaks) == 1 and _OPENERS.at(tokens, breaks[0] + 1) > 0


def find_counts(text: str) -> list[Found]:
    """Every participant count of a normalised text, in order."""
    found: list[Found] = []
    last_end = 0
    for start, end in _windows(text):
        piece = text[start:end]
        tokens = tokenize(piece)
        counts: dict[int, Found] = {}
        elliptic: list[tuple[NumberMatch, int]] = []
        sources: list[tuple[NumberMatch, int, Token]] = []
        bare: list[NumberMatch] = []
        i = 0
        while i < len(tokens):
            num = number_at(tokens, i)
            if num is None:
                i += 1
                continue
            count = count_at(tokens, num)
            if count is not None:
                counts[i] = count
            elif num.is_count and not _not_a_count(tokens, num):
                nxt = _elliptic_next(tokens, num)
                source = _source_units(tokens, num)
                if nxt is not None:
                    elliptic.append((num, nxt))
                elif source is not None:
                    sources.append((num, *source))
                elif _bare_row(tokens, num):
                    bare.append(num)
            i = num.last
        for num, nxt, noun in sources:
            taking_part = counts.get(nxt)
            if taking_part is not None and num.value is not None:
                counts[num.first] = Found(
                    num.value, "exact", _stem_of(noun.low), taking_part.status, num.start, noun.end
                )
        _rows_of_totals(tokens, counts, bare)
        # Right to left, so that a list of any length shares its last noun.
        for num, nxt in reversed(elliptic):
            shared = counts.get(nxt)
            if shared is not None and shared.who is not None and num.value is not None:
                counts[num.first] = Found(
                    num.value, "exact", shared.who, shared.status, num.start, num.end
                )
        for i in sorted(counts):
            count = counts[i]
            if count.start + start >= last_end:
                count.start += start
                count.end += start
                found.append(count)
                last_end = count.end
    return found


@dataclass
class TableCount:
    """A count in a table cell, with its row's range (for the row's place)."""

    found: Found
    row_start: int
    total: bool


_TABLE_STEMS = tuple(w.casefold() for w in _LEX["table"]["participation_stems"])
_TABLE_TOTAL_ROWS = tuple(w.casefold() for w in _LEX["table"]["total_rows"])
_CELL_COUNT = regex.compile(r"\d{1,3}(?:[ \u00a0]\d{3}){1,3}|\d{1,7}")


def _participant_column(header: Sequence[object]) -> tuple[int, str, Status] | None:
    """The column of a table that counts people ("Катышкан тургундар", "Участники"):
    its index, who it counts (the last who-noun of its name) and the status it says."""
    for index, cell in enumerate(header):
        name = getattr(cell, "text", "").casefold()
        tokens = tokenize(name)
        nouns = [m for k in range(len(tokens)) if (m := who_at(tokens, k)) is not None]
        says_taking_part = any(t.low.startswith(_TABLE_STEMS) for t in tokens)
        if nouns and (says_taking_part or nouns[-1].entry.lemma not in _UNIT_NOUNS):
            return index, nouns[-1].entry.lemma, "actual" if says_taking_part else "unknown"
    return None


def table_counts(ctx: Context) -> list[TableCount]:
    """Counts in the people column of each table; a "Бардыгы"/"Итого" row is the total."""
    out: list[TableCount] = []
    for table in ctx.segments.tables:
        column = _participant_column(table.header) if table.header else None
        if column is None:
            continue
        index, who, status = column
        for record in table.records:
            cell = record.get(index)
            if cell is None or not _CELL_COUNT.fullmatch(cell.text):
                continue
            first = record.cells[0].text.casefold() if record.cells else ""
            is_total = any(c.text.casefold().startswith(_TABLE_TOTAL_ROWS) for c in record.cells)
            found = Found(read_digits(cell.text), "exact", who, status, cell.start, cell.end)
            out.append(TableCount(found, record.start, is_total or not first))
    return out


def extract(ctx: Context) -> None:
    contact_spans = [(c.span.start, c.span.end) for c in ctx.contacts.mentions]
    tables = table_counts(ctx)
    in_tables = [(t.found.start, t.found.end) for t in tables]
    items: list[tuple[Found, TableCount | None]] = [
        (f, None)
        for f in find_counts(ctx.text)
        if not any(s < f.end and f.start < e for s, e in in_tables)
    ]
    items += [(t.found, t) for t in tables]
    items.sort(key=lambda item: item[0].start)
    mentions = _place_mentions(ctx)
    table_rows: list[tuple[int, TableCount]] = []
    for found, table in items:
        quote, span = ctx.quote(found.start, found.end)
        if any(s < span.end and span.start < e for s, e in contact_spans):
            continue
        place = None
        if table is not None:
            # a row is named by its first place ("| Ысык-Ата | 05.09.2023 | Кант шаары | 34 |")
            row = ctx.span(table.row_start, found.start)
            place = next(
                (m.ref for m in mentions if row.start <= m.start and m.end <= row.end), None
            )
            table_rows.append((len(ctx.participants), table))
        ctx.participants.append(
            Participation(
                count=found.count,
                qualifier=found.qualifier,
                who=found.who,
                status=found.status,
                place=place,
                text=quote,
                span=span,
            )
        )
    _table_totals(ctx, table_rows)


def _table_totals(ctx: Context, rows: Sequence[tuple[int, TableCount]]) -> None:
    """The rows above a table's total row are its parts; they must add up to it."""
    parts: list[int] = []
    for index, row in rows:
        if not row.total:
            parts.append(index)
            continue
        total = ctx.participants[index]
        for j in parts:
            ctx.participants[j].part_of = index
        if parts:
            _check_sum(ctx, total, [ctx.participants[j] for j in parts], covering=True)
        parts = []


# --- breakdowns and places (a resolve step) -----------------------------------------------

_LIST_MARKERS = tuple(_LEX["list_markers"])
# what may stand between a place and its row's number: "Нарынская – 76", "город Ош – 32"
_ROW_GAP = " \u00a0–—-"
_LIST_JOINERS = tuple(
    j if not j[:1].isalpha() else " " + j for j in (w.casefold() for w in _LEX["list_joiners"])
)
_NUMBERED_ROW = regex.compile(r"\d{1,2}[.)]\s")
_SENTENCE_BREAK = regex.compile(r"[.!?;\n]")
_OPENER_PATTERNS = tuple(
    regex.compile(r"(?<!\w)" + r"\s{1,5}".join(map(regex.escape, p)) + r"(?!\w)", regex.IGNORECASE)
    for p in _OPENERS.items
)


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    ref: PlaceRef


def _place_mentions(ctx: Context) -> list[PlaceMention]:
    mentions: dict[tuple[int, int], PlaceMention] = {}
    for place in ctx.places:
        if place.level == "country":
            continue
        ref = PlaceRef(level=place.level, name=place.name, soate=place.soate)
        for span in [place.span, *place.mentions]:
            mentions.setdefault((span.start, span.end), PlaceMention(span.start, span.end, ref))
    return sorted(mentions.values(), key=lambda m: (m.start, m.end))


def _is_list_line(line: str) -> bool:
    stripped = line.lstrip()
    return stripped.startswith(_LIST_MARKERS) or bool(_NUMBERED_ROW.match(stripped))


def _nearest_place(
    text: str, mentions: Sequence[PlaceMention], start: int, end: int
) -> PlaceRef | None:
    """The place named last in text[start:end], leaving out names in parentheses
    ("Жазы АА (Өзгөн району), 21-ноябрь: 20дан ..." -> Жазы)."""
    best: PlaceMention | None = None
    for m in mentions:
        if m.start < start or m.end > end:
            continue
        before = text[start : m.start]
        if before.count("(") > before.count(")"):
            continue
        best = m
    return best.ref if best else None


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _breakdown_parts(text: str, parts: Sequence[Participation], i: int) -> tuple[list[int], bool]:
    """Indexes of the rows that break down parts[i], and whether they should cover it
    (a colon: yes; "анын ичинде": only some of it)."""
    total = parts[i]
    if i + 1 >= len(parts):
        return [], False
    gap = text[total.span.end : parts[i + 1].span.start]
    colon = gap.find(":")
    opener = next((m for p in _OPENER_PATTERNS if (m := p.search(gap))), None)
    cut = colon if colon >= 0 else (opener.start() if opener else -1)
    if cut < 0 or _SENTENCE_BREAK.search(gap[:cut]):
        return [], False
    rows: list[int] = []
    line_end = _line_bounds(text, total.span.end)[1]
    # "...катышты:" closing its line: the rows are the list lines below it
    list_mode = colon >= 0 and not text[total.span.end + cut + 1 : line_end].strip()
    prev_end = total.span.end
    for j in range(i + 1, len(parts)):
        between = text[prev_end : parts[j].span.start]
        if list_mode:
            line_start, _ = _line_bounds(text, parts[j].span.start)
            if not _is_list_line(text[line_start : parts[j].span.start + 1]):
                break
            lines_between = between.split("\n")[1:-1]
            if any(line.strip() and not _is_list_line(line) for line in lines_between):
                break
        else:
            stop = _SENTENCE_BREAK.search(between if j > i + 1 else between[cut + 1 :])
            if stop:
                break
        rows.append(j)
        prev_end = parts[j].span.end
    if colon >= 0 and len(rows) < 2:
        return [], False
    return rows, colon >= 0


def resolve_breakdowns(ctx: Context) -> None:
    """Attach breakdown rows to their total (part_of), give rows their place, and
    warn when the rows of a total do not add up to it."""
    parts = ctx.participants
    text = ctx.original
    mentions = _place_mentions(ctx)
    for i, total in enumerate(parts):
        if total.part_of is not None:
            continue
        rows, covering = _breakdown_parts(text, parts, i)
        prev_end = total.span.end
        holder = _people_before_units(text, parts, i, rows)
        if holder != i:
            covering = False  # the units' count sits between: "860 депутатов из 214 ..., из них"
        for j in rows:
            row = parts[j]
            row.part_of = holder
            # A row without a verb of its own shares its total's: "40 адам катышты: 25 аял ..."
            if row.status == "unknown":
                row.status = parts[holder].status
            if row.place is None:
                line_start, _ = _line_bounds(text, row.span.start)
                row.place = _nearest_place(
                    text, mentions, max(prev_end, line_start), row.span.start
                )
            prev_end = row.span.end
        if rows:
            _check_sum(ctx, parts[holder], [parts[j] for j in rows], covering)
    _rows_in_next_sentence(ctx)
    # Rows of a list ("· Жазы АА (Өзгөн району), 21-ноябрь: 20дан ашуун ...") and counts
    # right after a place ("Нарын облусунан 63 ...") take that place.
    prev_end = 0
    for part in parts:
        if part.place is None:
            line_start, _ = _line_bounds(text, part.span.start)
            if _is_list_line(text[line_start : part.span.start + 1]):
                part.place = _nearest_place(
                    text, mentions, max(prev_end, line_start), part.span.start
                )
            else:
                part.place = _place_just_before(text, mentions, part.span.start)
        prev_end = part.span.end


_DISTRIBUTION = regex.compile(
    r"(?<!\w)(?:" + _alternation(_LEX["distribution_stems"]) + ")", regex.IGNORECASE
)
# How long a sentence introducing rows may be, up to its colon.
_INTRO_REACH = 200


def _rows_in_next_sentence(ctx: Context) -> None:
    """ "... 1 240 кызматчы өттү. Облустар боюнча бөлүштүрүү төмөнкүдөй: Баткен облусунан
    142 кызматчы, ...": rows in the sentence after a total, when it says it is a
    distribution and opens with a colon, are parts of that total."""
    parts = ctx.participants
    text = ctx.original
    for i, total in enumerate(parts):
        if total.part_of is not None or total.who in _UNIT_NOUNS:
            continue
        end = _SENTENCE_BREAK.search(text, total.span.end, total.span.end + _INTRO_REACH)
        if end is None:
            continue
        j = i + 1
        while j < len(parts) and parts[j].span.start < end.end():
            if parts[j].part_of is None and parts[j].who not in _UNIT_NOUNS:
                break  # another total in the same sentence: the rows are not ours
            j += 1
        if j >= len(parts) or parts[j].span.start < end.end() or parts[j].part_of is not None:
            continue
        intro = text[end.end() : parts[j].span.start].lstrip()  # a new paragraph may start it
        colon = intro.find(":")
        if colon < 0 or _SENTENCE_BREAK.search(intro) or not _DISTRIBUTION.search(intro):
            continue
        rows = [j]
        while (
            rows[-1] + 1 < len(parts)
            and parts[rows[-1] + 1].part_of is None
            and not _SENTENCE_BREAK.search(
                text, parts[rows[-1]].span.end, parts[rows[-1] + 1].span.start
            )
        ):
            rows.append(rows[-1] + 1)
        if len(rows) < 2:
            continue
        for k in rows:
            parts[k].part_of = i
            if parts[k].status == "unknown":
                parts[k].status = total.status
        _check_sum(ctx, total, [parts[k] for k in rows], covering=True)


def _people_before_units(
    text: str, parts: Sequence[Participation], i: int, rows: Sequence[int]
) -> int:
    """The total that rows of people belong to: parts[i], unless it counts units that
    the people of the count right before it came from ("Обучение прошли 860 депутатов
    из 214 муниципалитетов, из них свыше 300 – ...": the 300 are deputies)."""
    total = parts[i]
    if not rows or i == 0 or total.who not in _UNIT_NOUNS:
        return i
    if any(parts[j].who in _UNIT_NOUNS for j in rows):
        return i
    before = parts[i - 1]
    gap = text[before.span.end : total.span.start]
    if before.who in _UNIT_NOUNS or _SENTENCE_BREAK.search(gap) or len(gap) > _SNAP:
        return i
    return i - 1


def _place_just_before(text: str, mentions: Sequence[PlaceMention], pos: int) -> PlaceRef | None:
    """ "Талас облусунан 25 катышуучу": the place named right before the count, unless
    it closes a list ("Сузак, Ноокен жана Базар-Коргон райондорунан 45 ...": three places)."""
    for m in mentions:
        if m.end <= pos and not text[m.end : pos].strip(_ROW_GAP):
            lo = max(0, m.start - 40)
            before = text[lo : m.start].rstrip().casefold()
            joiner = next((j for j in _LIST_JOINERS if before.endswith(j)), None)
            # a joiner right after another place: "Ноокен жана Базар-Коргон ..."
            # ("142 кызматчы, Жалал-Абад облусунан 236" is a new row, not a list)
            if joiner is not None and _place_ends_at(
                text, mentions, lo + len(before) - len(joiner.lstrip())
            ):
                return None
            return m.ref
    return None


def _place_ends_at(text: str, mentions: Sequence[PlaceMention], pos: int) -> bool:
    """A place name ends at `pos`, spaces before it aside."""
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return any(m.end == pos for m in mentions)


def _check_sum(
    ctx: Context, total: Participation, rows: Sequence[Participation], covering: bool
) -> None:
    if total.qualifier != "exact" or any(r.qualifier != "exact" for r in rows):
        return
    parts_sum = sum(r.count for r in rows)
    if (covering and parts_sum != total.count) or parts_sum > total.count:
        ctx.warn(
            f"participants: the breakdown of {total.count} ({total.text!r}) sums to {parts_sum}"
        )
