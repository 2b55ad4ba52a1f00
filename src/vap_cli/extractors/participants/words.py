"""The participants lexicon (lexicon/participation.yaml) as sets and patterns, built
once; who-nouns and their Kyrgyz endings; the tokens of a passage with its sentence
ends (from the segment stage, never split here)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from ... import diskcache, morph, rx
from ...fold import lookalike
from ...lexicon import load, source, unit_nouns
from ...models import Status
from ...numbers import Token, number_at
from ...plain import Fields
from .clause_words import ClauseWords
from .constants import CASE_TAIL_MAX, MAX_WHO_WORDS, NOUN_STEM_MIN
from .who_table import WHO_BY_START, WhoEntry

LEX = load("participation")


class Tokens(list[Token]):
    """The tokens of a passage and the indexes of those that end a sentence: a line
    break, a clause mark, or a mark the segment stage found to end a sentence."""

    breaks: frozenset[int]
    russian: bool
    # The who-noun found at each token index asked of (`who_at`): several rules ask
    # of the same words around a number, the answer is found once.
    who: dict[int, WhoMatch | None]

    def __init__(
        self, tokens: Iterable[Token], breaks: frozenset[int] = frozenset(), russian: bool = False
    ) -> None:
        super().__init__(tokens)
        # the document is in Russian: a word's reading that depends on the language
        # (`agent_at`: "3 техника" is three technicians in Russian, machines in Kyrgyz)
        self.russian = russian
        # The same tokens as a plain list, for the hot readers: CPython subscripts a
        # list subclass through its generic slot (a look-up and a call, ~3x a list's)
        self.plain: list[Token] = list(self)
        self.breaks = breaks
        self.who = {}
        # the breaks in order: the first one after a token, the last before it, by bisection
        self.break_order = sorted(breaks)
        # Each clause asked of, by its kind ("after", "before", a rule's own) and two token
        # indexes or reaches: a count's rules share a few, each made once (read-only).
        self.clauses: dict[tuple[str, int, int], list[Token]] = {}
        # The words of each clause asked of (`words_in`), by the clause's key: read once
        # for every rule that asks whether its clause holds a word of its class.
        self.clause_words: dict[tuple[str, int, int], ClauseWords] = {}

    def clause_after(self, k: int, reach: int) -> list[Token]:
        """The tokens from k on up to the sentence's end, `reach` at most."""
        key = ("after", k, reach)
        clause = self.clauses.get(key)
        if clause is None:
            order = self.break_order
            b = bisect_left(order, k)
            stop = k + reach if b == len(order) else min(order[b], k + reach)
            clause = self.clauses[key] = self.plain[k:stop]
        return clause

    def clause_before(self, start: int, reach: int) -> list[Token]:
        """The tokens before `start` from the sentence's start on, `reach` at most."""
        key = ("before", start, reach)
        clause = self.clauses.get(key)
        if clause is None:
            order = self.break_order
            b = bisect_left(order, start)
            first = max(0, start - reach) if b == 0 else max(order[b - 1] + 1, start - reach)
            clause = self.clauses[key] = self.plain[first:start]
        return clause

    def words_in(self, key: tuple[str, int, int], clause: Sequence[Token]) -> ClauseWords:
        """The words of the clause kept under `key` in `clauses` (`clause` itself)."""
        words = self.clause_words.get(key)
        if words is None:
            words = self.clause_words[key] = ClauseWords(clause)
        return words

    def words_after(self, k: int, reach: int) -> ClauseWords:
        """The words of `clause_after(k, reach)`."""
        key = ("after", k, reach)
        words = self.clause_words.get(key)
        return self.words_in(key, self.clause_after(k, reach)) if words is None else words

    def words_before(self, start: int, reach: int) -> ClauseWords:
        """The words of `clause_before(start, reach)`."""
        key = ("before", start, reach)
        words = self.clause_words.get(key)
        return self.words_in(key, self.clause_before(start, reach)) if words is None else words


def plain_list(tokens: Sequence[Token]) -> Sequence[Token]:
    """A passage's tokens as a plain list (`Tokens.plain`), other tokens as they are:
    for a reader that subscripts them several times a call."""
    return tokens.plain if isinstance(tokens, Tokens) else tokens


def ends_sentence_at(tokens: Tokens, j: int) -> bool:
    """Token j ends a sentence (the dot of "г. Ош" does not: segment/sentences.py)."""
    return j in tokens.breaks


def hyphen_in_name(tokens: Sequence[Token], k: int) -> bool:
    """Token k is a hyphen that joins two words with no space ("Таш-Көмүр")."""
    return (
        tokens[k].text == "-"
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[k + 1].start
    )


def casefolded(key: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in LEX[key])


# Lexicon words several modules read, loaded once here: "жана", "и" joining rows of
# counts (`row_joiners`) and a modifier's list (`modifiers.joiners`), the prepositions
# of where people come from (`source_prepositions`), the conjunctions opening a clause
# (`clause_opening_conjunctions`), the Russian genitive plural's endings and the lemmas
# of staff hired to do a work (`hired_staff_lemmas`), the owners of a part ("из них").
ROW_JOINERS = casefolded("row_joiners")
MODIFIER_JOINERS = frozenset(w.casefold() for w in LEX["modifiers"]["joiners"])
SOURCE_PREPOSITIONS = casefolded("source_prepositions")
SPECTATOR_STEMS = tuple(w.casefold() for w in LEX["spectators"]["noun_stems"])
CLAUSE_OPENERS = casefolded("clause_opening_conjunctions")
RUSSIAN_GENITIVE_PLURAL = tuple(LEX["russian_genitive_plural_endings"])
HIRED_STAFF = frozenset(LEX["hired_staff_lemmas"])
PART_OF_THOSE = casefolded("part_of_those")
PART_OWNERS = casefolded("partitive_owners") | PART_OF_THOSE
# The years a bare number may be (lexicon `year_range`, first and last).
_YEAR_FIRST, _YEAR_LAST = LEX["year_range"]


def in_year_range(value: int) -> bool:
    """A number between the lexicon's first and last year (`year_range`): it may be a
    year ("2024 – из бюджета", "Кыргызстан (2019)"), no count of its own."""
    return _YEAR_FIRST <= value <= _YEAR_LAST


def folded_stems(key: str) -> tuple[str, ...]:
    """The lexicon's stems under `key`, case-folded, for `str.startswith`."""
    return tuple(w.casefold() for w in LEX[key])


def folded_phrases(key: str) -> tuple[tuple[str, ...], ...]:
    """The lexicon's phrases under `key` (lists of words or stems), each word case-folded."""
    return tuple(tuple(w.casefold() for w in phrase) for phrase in LEX[key])


def first_words(phrases: Sequence[tuple[str, ...]]) -> tuple[str, ...]:
    """The phrases' first words, each once, in the lexicon's order: what a phrase search
    tries a token for before reading the rest."""
    return tuple(dict.fromkeys(phrase[0] for phrase in phrases))


def has_phrase(
    tokens: Sequence[Token], phrases: tuple[tuple[str, ...], ...], firsts: tuple[str, ...]
) -> bool:
    """One of `phrases` (stems, word by word) stands in `tokens`."""
    return phrase_end(tokens, phrases, firsts) is not None


def phrase_end(
    tokens: Sequence[Token], phrases: tuple[tuple[str, ...], ...], firsts: tuple[str, ...]
) -> int | None:
    """The index after the last of `phrases` (stems, word by word) in `tokens`, or None.
    A word opens one only if it starts with one of their first stems, `firsts` (one
    str.startswith a word; most words open none)."""
    end = None
    for k in range(len(tokens)):
        if not tokens[k].low.startswith(firsts):
            continue
        for phrase in phrases:
            if all(
                k + n < len(tokens) and tokens[k + n].low.startswith(stem)
                for n, stem in enumerate(phrase)
            ):
                end = k + len(phrase)
    return end


alternation = rx.alternation


class Phrases:
    """Word sequences from the lexicon ("болжол менен"), indexed by their first and
    last words so that most tokens are rejected by one set look-up."""

    def __init__(self, items: Sequence[Sequence[str]]) -> None:
        phrases = {tuple(w.casefold() for w in item) for item in items}
        # each also typed with look-alike letters ("көп" as "коп", "үйрөттү" as "уйротту")
        phrases |= {tuple(lookalike(w) for w in phrase) for phrase in phrases}
        self.items: tuple[tuple[str, ...], ...] = tuple(sorted(phrases, key=lambda p: (-len(p), p)))
        # the items by their first word and by their last, each in the items' order: a
        # phrase at a place opens (ends) with the word there, so only those are tried
        self.first = _indexed(self.items, 0)
        self.first_words = frozenset(self.first)  # (a clause with none holds no phrase)
        self.last = _indexed(self.items, -1)

    def at(self, tokens: Sequence[Token], k: int) -> int:
        """Length of the longest phrase that starts at token k (0 if none)."""
        if k >= len(tokens):
            return 0
        for phrase in self.first.get(tokens[k].low, ()):
            if words_at(tokens, k, phrase):
                return len(phrase)
        return 0

    def ending_at(self, tokens: Sequence[Token], last: int) -> int:
        """Length of the longest phrase that ends right before token `last` (0 if none)."""
        if last <= 0:
            return 0
        for phrase in self.last.get(tokens[last - 1].low, ()):
            n = len(phrase)
            if last - n >= 0 and self.at(tokens, last - n) == n:
                return n
        return 0


def words_at(tokens: Sequence[Token], k: int, phrase: tuple[str, ...]) -> bool:
    """The words of `phrase` (case-folded) stand at tokens k on, each a word (a loop,
    not a generator a phrase: the phrases sharing a first word are tried one by one)."""
    n = len(phrase)
    if k + n > len(tokens):
        return False
    for a in range(n):
        tok = tokens[k + a]
        if tok.kind != "word" or tok.low != phrase[a]:
            return False
    return True


def _indexed(items: Sequence[tuple[str, ...]], end: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The items by their word at `end` (0: the first, -1: the last), in their order."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in items:
        index.setdefault(phrase[end], []).append(phrase)
    return {word: tuple(phrases) for word, phrases in index.items()}


# --- who nouns and their endings -----------------------------------------------------------

# [plural] [possessive] [case]: a Kyrgyz noun's ending chain, every spelling of each
# slot from morph.py (a case also after a possessive: -нан, -нда); or a Russian ending.
_CASES: tuple[str, ...] = morph.CASES
_NOUN_ENDING = rx.compile(
    rf"(?P<plural>{alternation(morph.variants('plural'))})?"
    rf"(?P<possessive>{alternation(morph.variants('possessive'))})?"
    + "(?:"
    + "|".join(
        rf"(?P<{case}>{alternation(morph.variants(case, morph.after_possessive(case)))})"
        for case in _CASES
    )
    + ")?"
)
_RUSSIAN_ENDINGS = frozenset(morph.RU_NOUN_ENDINGS)
# "жүз кишидей", "100 адамдай": a counted noun with these says about so many
_ABOUT_SUFFIXES: tuple[str, ...] = morph.variants(*LEX["approximate_noun_suffixes"])


_HYPHEN = "-"


class NounEnding(Fields):
    __slots__ = ("case", "possessive", "plural", "russian", "about")
    case: str | None  # genitive, dative, ..., or None (nominative)
    possessive: bool
    plural: bool
    russian: bool  # a Russian ending ("районов", "областей")
    about: bool  # "-дай" on the counted noun: about so many ("100 адамдай")

    def __init__(
        self,
        case: str | None,
        possessive: bool,
        plural: bool,
        russian: bool = False,
        about: bool = False,
    ) -> None:
        self.case = case
        self.possessive = possessive
        self.plural = plural
        self.russian = russian
        self.about = about


# Distinct endings are few and each is read many times (every word after a number).
_ENDINGS_MEMO = 4096


@lru_cache(maxsize=_ENDINGS_MEMO)
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
    for suffix in _ABOUT_SUFFIXES:
        if rest.endswith(suffix):
            before = noun_ending(rest[: -len(suffix)])
            if before is not None and before.case is None and not before.russian:
                return NounEnding(None, before.possessive, before.plural, about=True)
    return None


@lru_cache(maxsize=_ENDINGS_MEMO)
def noun_ending_case(word: str) -> str | None:
    """The case of a word's last ending, looked at from its end ("Нарындан" -> ablative);
    asked of the same words again and again (every word before a number): once each."""
    for size in range(min(CASE_TAIL_MAX, len(word) - 1), 0, -1):
        ending = noun_ending(word[-size:])
        if ending is not None and ending.case is not None:
            return ending.case
    return None


def possessed_in_a_case(word: str) -> bool:
    """A noun with the possessive and a case other than the genitive ("ачылышына",
    "борборунда"): what a genitive before it owns, which ends its chain of owners. A
    case after the possessive takes its n-form (-на, -нда, -нан, -н); a word ending in
    a bare case after "и" or "ы" ("экономика", "техника") is a stem, no possessive."""
    if not word.endswith(_CASES_AFTER_POSSESSIVE):
        return False
    for size in range(min(CASE_TAIL_MAX, len(word) - 1), 0, -1):
        ending = noun_ending(word[-size:])
        if ending is not None:
            # the longest ending read decides: "топторунун" is a genitive ("-унун"), a
            # link of the owners' chain, not an accusative "-ун" inside it
            return ending.possessive and ending.case not in (None, "genitive")
    return False


# Every spelling of the cases after the 3rd-person possessive (morphology.yaml *_p).
_CASES_AFTER_POSSESSIVE = tuple(
    v for case in morph.CASES for v in morph.variants(morph.after_possessive(case))
)


def stem_of(word: str) -> str:
    """A noun without its endings, as far as they can be told apart ("айылынан" -> "айыл")."""
    for size in range(NOUN_STEM_MIN, len(word)):
        if noun_ending(word[size:]) is not None:
            return word[:size]
    return word


class WhoMatch(Fields):
    __slots__ = ("entry", "first", "last", "ending")
    entry: WhoEntry
    first: int  # token indexes [first, last)
    last: int
    ending: NounEnding

    def __init__(self, entry: WhoEntry, first: int, last: int, ending: NounEnding) -> None:
        self.entry = entry
        self.first = first
        self.last = last
        self.ending = ending


def who_at(tokens: Sequence[Token], k: int) -> WhoMatch | None:
    """The who-noun that starts at token k ("айыл өкмөттүн", "депутаттары"), if any
    (found once per passage's token: Tokens.who)."""
    if not isinstance(tokens, Tokens):
        return _who_at(tokens, k) if tokens[k].kind == "word" else None
    plain = tokens.plain
    if plain[k].kind != "word":
        return None
    memo = tokens.who
    if k not in memo:
        memo[k] = _who_at(plain, k)
    return memo[k]


# The forms of the units of measure that are whole words ("жашы", "жыл"): measures.py's.
MEASURE_FORMS = frozenset(w.casefold() for w in LEX["measure_forms"])


def _who_at(tokens: Sequence[Token], k: int) -> WhoMatch | None:
    if tokens[k].low in MEASURE_FORMS:
        return None  # an age ("жашы", "жаштын"), not the young people of who: жаш
    for entry in WHO_BY_START.get(tokens[k].low[:2], ()):
        n = len(entry.leading)
        if k + n >= len(tokens):
            continue
        # (most nouns are one word: no leading words to read)
        if n and any(
            tokens[k + a].low not in words
            or (tokens[k + a].kind != "word" and tokens[k + a].text != _HYPHEN)
            for a, words in enumerate(entry.leading)
        ):
            continue
        tok = tokens[k + n]
        # (most words start with none of the stems: one test of them all, in C)
        if tok.kind != "word" or not tok.low.startswith(entry.stems):
            continue
        for stem in entry.stems:
            if tok.low.startswith(stem):
                ending = noun_ending(tok.low[len(stem) :])
                if ending is not None:
                    return WhoMatch(entry, k, k + n + 1, ending)
    return None


def who_ending_at(tokens: Sequence[Token], last: int) -> WhoMatch | None:
    """The who-noun that ends at token index `last` (exclusive), if any."""
    for size in range(MAX_WHO_WORDS, 0, -1):
        k = last - size
        if k >= 0:
            match = who_at(tokens, k)
            if match is not None and match.last == last:
                return match
    return None


# --- nouns of agents outside the lexicon ---------------------------------------------------

# Lemmas of the participation lexicon that phrase reading and the vetoes both ask of.
ENTRANT_LEMMAS = frozenset(LEX["entrant_lemmas"])
ENTRY_LEMMAS = frozenset(LEX["entry_lemmas"])
RESIDENT_LEMMAS = frozenset(LEX["resident_lemmas"])
# The nouns of counted units (schools, districts), not of people; "ар бир" (each) before one
UNIT_NOUNS = unit_nouns()
EACH = Phrases(LEX["each_before_source"])
# Members or staff of a body: counted only when they take part (its roster otherwise).
ROSTER_LEMMAS = frozenset(LEX["roster_lemmas"])
# The future of being, which says what there is only of a body's members (its seats:
# "кеңеште 21 депутат болот"; `seat_verbs`, being.closes_with_being).
SEAT_VERBS = casefolded("seat_verbs")
# The stems of the nouns of taking part ("катышуусу", "участием"): for `str.startswith`.
PARTICIPATION_STEMS: tuple[str, ...] = folded_stems("participation_stems")
_AGENTS = LEX["agent_nouns"]
_AGENT_SUFFIXES = tuple(_AGENTS["kyrgyz_suffixes"])
AGENT_RUSSIAN = tuple(_AGENTS["russian_endings"])
# Nouns of things that end like a Russian agent's form ("клиника"): no agents; and
# the Kyrgyz loans ("8 техника") that a Russian text reads as agents ("3 техника").
_AGENT_RUSSIAN_THINGS = frozenset(_AGENTS["russian_ending_things"])
_KYRGYZ_LOAN_THINGS = frozenset(_AGENTS["kyrgyz_loan_things"])
_AGENT_MIN = int(_AGENTS["min_letters"])
_AGENT_STEM_MIN = int(_AGENTS["min_stem_letters"])


def agent_at(tokens: Sequence[Token], k: int) -> str | None:
    """The word at token k as a noun of people built with an agent suffix ("катчылары"
    -> "катчы", "зрителей"), or None; the caller asks for a verb of taking part."""
    tok = tokens[k] if k < len(tokens) else None
    if tok is None or tok.kind != "word" or len(tok.low) < _AGENT_MIN or "-" in tok.low:
        return None
    if tok.low.endswith(AGENT_RUSSIAN):
        russian = isinstance(tokens, Tokens) and tokens.russian
        loan = tok.low in _KYRGYZ_LOAN_THINGS and not russian
        return None if loan or tok.low in _AGENT_RUSSIAN_THINGS else tok.low
    for size in range(len(tok.low) - _AGENT_STEM_MIN + 1):
        stem, rest = tok.low[: len(tok.low) - size], tok.low[len(tok.low) - size :]
        if stem.endswith(_AGENT_SUFFIXES) and noun_ending(rest) is not None:
            # an ordinal ("биринчи", "жыйырманчы") reads as a number
            return None if number_at(tokens, k) is not None else stem
    return None


# --- status ------------------------------------------------------------------------------


def _verb_forms(verb: dict, status: str) -> list[list[str]]:
    """The generated forms of one verb of `verbs` that say `status` ("катыш" ->
    [катышты], [катышышты], ...; "окуудан өт" -> [окуудан, өттү], ...)."""
    *leading, stem = verb["words"]
    limit = verb.get("forms")
    if limit in ("past", "plural_past") and status != "actual":
        return []
    out = []
    for chain in LEX["verb_forms"][status]:
        if limit == "plural" and "reciprocal" not in chain:
            continue
        if limit == "plural_past" and chain != ["reciprocal", "past"]:
            continue  # the plural past alone ("ат салышты")
        try:
            out.append([*leading, morph.inflect(stem, *chain)])
        except ValueError:  # no such suffix after this stem (a verbal noun after a vowel)
            continue
    return out


def any_number_forms(verb: dict, status: str) -> list[list[str]]:
    """The forms of one verb of `verbs` that say `status` in either number, whatever
    its `plural` limit ("келди" as "келишти")."""
    return _verb_forms({"words": verb["words"]}, status)


def verb_words(stems: list[str], status: str) -> frozenset[str]:
    """The generated one-word forms of these verb stems that say `status`."""
    return frozenset(form[-1] for stem in stems for form in _verb_forms({"words": [stem]}, status))


def verb_phrases(status: str, generic_only: bool = False) -> list[list[str]]:
    """Every generated form of the lexicon's verbs of taking part that says `status`."""
    return [
        form
        for verb in LEX["verbs"]
        if verb.get("generic") or not generic_only
        for form in _verb_forms(verb, status)
    ]


def _status_phrases() -> dict[str, tuple[tuple[tuple[str, ...], Status], ...]]:
    """Status phrases by their first word, longest first: one dict look-up per token."""
    index: dict[str, list[tuple[tuple[str, ...], Status]]] = {}
    for status, listed in LEX["status"].items():
        items = [*listed, *verb_phrases(status)]
        if status == "actual":
            items += [[verb] for verb in LEX["discussion_verbs"]]
        for phrase in Phrases(items).items:
            index.setdefault(phrase[0], []).append((phrase, status))
    return {word: tuple(sorted(o, key=lambda item: -len(item[0]))) for word, o in index.items()}


# What the status phrases are made from (their disk cache's key): the lexicon, this
# module and its constants, and what morph makes the verbs' forms with.
_STATUS_SOURCES = morph.made_with(
    source("participation"), Path(__file__), Path(__file__).with_name("constants.py")
)
# Every verb's forms are made by morph (a few % of a one-file run's start-up): read
# from the disk cache.
STATUS = diskcache.cached("participant-status", _STATUS_SOURCES, _status_phrases)

StatusPhrases = tuple[tuple[tuple[str, ...], Status], ...]


def _status_by_two_words() -> dict[tuple[str, str], StatusPhrases]:
    """STATUS's phrases of more than one word by their first two words, in its order."""
    index: dict[tuple[str, str], list[tuple[tuple[str, ...], Status]]] = {}
    for first, phrases in STATUS.items():
        for phrase, status in phrases:
            if len(phrase) > 1:
                index.setdefault((first, phrase[1]), []).append((phrase, status))
    return {two: tuple(items) for two, items in index.items()}


# STATUS's phrases apart by their words, so that a place tries only those that may
# stand there: of more than one word by their first two, of one word by it.
_STATUS_BY_TWO = _status_by_two_words()
_STATUS_ONE_WORD = {
    first: tuple(item for item in phrases if len(item[0]) == 1) for first, phrases in STATUS.items()
}


def status_phrases_at(tokens: Sequence[Token], j: int) -> StatusPhrases:
    """STATUS's phrases that may start at token j, in STATUS's order (longest first): those
    whose second word is the next token's, then those of one word (a phrase that stands
    there has the tokens' own words; `words_at` still reads each)."""
    low = tokens[j].low
    nxt = tokens[j + 1].low if j + 1 < len(tokens) else ""
    return _STATUS_BY_TWO.get((low, nxt), ()) + _STATUS_ONE_WORD.get(low, ())


def standing_status(tokens: Sequence[Token], j: int) -> tuple[tuple[str, ...], Status] | None:
    """The longest of STATUS's phrases whose words stand at token j, with its status."""
    for phrase, status in status_phrases_at(tokens, j):
        if words_at(tokens, j, phrase):
            return phrase, status
    return None


# Status words that say so of their subject only, before them (lexicon discussion_verbs).
SUBJECT_ONLY_STATUS: frozenset[str] = frozenset(LEX["discussion_verbs"])

# The words of a vote ("добуш", "голосование"): read by the vetoes, tallies, the
# counts with no noun and the votes for a person.
VOTING = casefolded("voting_words")
