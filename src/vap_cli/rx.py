"""The extractors' regexes, compiled once and kept on disk (diskcache.py's folder).

Compiling is most of a one-file run's start-up (about 120 ms for the ~150 patterns
the modules build at import): the `regex` module parses and optimises a pattern in
Python. It pickles a compiled pattern as its compiled program, not as its source,
so loading them back skips all that (a few ms for all of them).

`compile(pattern, flags)` is `regex.compile` with that cache. The patterns a process
compiled are written back at its exit when one of them was new, with those it had
loaded: a changed lexicon gives a new pattern text, a new entry. The file is keyed
by the versions of Python and of `regex`, whose programs it holds.

`union` (with `atoms`, `phrase_atoms`) writes a long word list as a trie (kept on
disk too, by a digest of its atoms: writing the lexicons' tries is about 4% of a
one-file run), and `finditer_from` searches with such a trie before a pattern of
named groups.

`Beginnings` finds where a pattern of lexicon words may match much faster than the
pattern searches (`Scan.search`, `Scan.finditer`, `finditer_from`'s `begins`);
rx_word_sets.py searches several sets of them at once.
"""

from __future__ import annotations

import bisect
import importlib
import re as stdlib_re
import sys
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, cached_property, partial
from pathlib import Path
from typing import Any

import regex

from . import diskcache, escaping, hashes
from .diskcache import Stored

# The length in bytes of the digest a stored trie is found by (128 bits: two lists of
# atoms never share one).
TRIE_DIGEST_BYTES = 16

# The pattern's text, its flags, and its named lists ("\\L<name>"), each sorted.
Key = tuple[str, int, tuple[tuple[str, tuple[str, ...]], ...]]


class _Table(diskcache.Pickled[Key, "regex.Pattern[str]"]):
    """The patterns loaded from disk and those compiled in this process."""

    @property
    def patterns(self) -> dict[Key, regex.Pattern[str]]:
        return self.values

    def compile(
        self, pattern: str, flags: int, named: dict[str, Iterable[str]] | None = None
    ) -> regex.Pattern[str]:
        lists = tuple(
            sorted((name, tuple(sorted(set(words)))) for name, words in (named or {}).items())
        )
        named_lists: dict[str, Any] = dict(lists)
        return self.get(
            (pattern, flags, lists), lambda: regex.compile(pattern, flags, **named_lists)
        )


@cache
def _table() -> _Table:
    folder = diskcache.cache_dir()
    if folder is None:
        return _Table(None)
    version = f"{sys.version_info.major}.{sys.version_info.minor}-{regex.__version__}"
    return _Table(folder / f"patterns-{version}-{diskcache.CACHE_FORMAT}.pickle")


@cache
def _tries() -> Stored[bytes, str]:
    """The tries `union` wrote before, by a digest of their atoms; the file is keyed by
    the sources that write them (this module, escaping.py) and Python's version."""
    folder = diskcache.cache_dir()
    if folder is None:
        return Stored(None)
    try:
        key = diskcache.cache_key("union", [Path(__file__), Path(escaping.__file__)])
    except OSError:
        return Stored(None)
    return Stored(folder / f"union-{key}.pickle")


@cache
def _programs() -> Stored[str, tuple[Any, ...]]:
    """The standard library's programs of the patterns `stdlib_compile` compiled before,
    by their text, each read when asked for; the file is keyed by Python's and _sre's version."""
    folder = diskcache.cache_dir()
    if folder is None:
        return Stored(None)
    version = ".".join(map(str, sys.version_info[:3]))
    engine = importlib.import_module("_sre").MAGIC
    return diskcache.Pickled(folder / f"sre-{version}-{engine}-{diskcache.CACHE_FORMAT}.pickle")


def stdlib_compile(pattern: str) -> stdlib_re.Pattern[str]:
    """`re.compile(pattern)`, its program read from the disk cache when compiled before.
    The standard library compiles in Python: the word sets' trie of ~5,000 characters
    took ~10% of a one-file run's start-up. The program is what `re.compile` gives
    (checked when it is made: the patterns compare equal, program and all); one that
    cannot be used is compiled again."""
    program = _programs().get(pattern, lambda: _program(pattern))
    if program:
        try:
            compiled: stdlib_re.Pattern[str] = importlib.import_module("_sre").compile(
                pattern, *program
            )
            return compiled
        except (TypeError, ValueError, RuntimeError):  # another engine's program
            pass
    return stdlib_re.compile(pattern)


def _program(pattern: str) -> tuple[Any, ...]:
    """The arguments after the pattern's text that `re.compile` gives the engine
    (re._compiler.compile), or () when what they make is not what it makes, or when this
    Python's compiler is not where 3.11 has it (3.10: sre_compile): then re.compile."""
    try:
        parser = importlib.import_module("re._parser")
        compiler = importlib.import_module("re._compiler")
        return _checked_program(pattern, parser, compiler)
    except (ImportError, AttributeError, TypeError, ValueError, RuntimeError):
        return ()


def _checked_program(pattern: str, parser: Any, compiler: Any) -> tuple[Any, ...]:
    """The engine's arguments for `pattern` by the standard library's own parser and
    compiler, kept only when the pattern they make equals re.compile's."""
    parsed = parser.parse(pattern, 0)
    state = parsed.state
    names: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        names[index] = name
    # plain ints: the compiler's opcodes are named int constants, which do not pickle
    program = (
        int(state.flags),
        list(map(int, compiler._code(parsed, 0))),
        state.groups - 1,
        dict(state.groupdict),
        tuple(names),
    )
    made = importlib.import_module("_sre").compile(pattern, *program)
    return program if made == stdlib_re.compile(pattern) else ()


# `regex` lets other threads run while it matches a str (it releases the GIL and takes it
# back, more than once a match) unless its `concurrent` argument is False: about 1,100
# instructions a call of a short match, for threads vap does not run (a parse is one thread;
# its workers are processes). The hot calls pass it, positionally (a keyword argument costs
# more than it saves): match/search(text, pos, endpos, NOT_CONCURRENT). (Not in `sub`: its
# docstring names a `flags` its C function does not take; the order there is another's.)
NOT_CONCURRENT = False


def compile(  # noqa: A001 - regex's name
    pattern: str, flags: int = 0, **named_lists: Iterable[str]
) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags, **named_lists)`, loaded from the cache when
    compiled before (a named list, "\\L<name>", is part of the key)."""
    return _table().compile(pattern, int(flags), named_lists)


def atoms(word: str, space: str = r"\s{1,3}") -> list[str]:
    """The regex atoms of a literal word in lower case (for `union` in a pattern
    compiled with IGNORECASE): each character escaped, a space as `space`."""
    # A letter or digit is never special: only the rest goes through regex.escape
    # (the same text, a tenth of the start-up time for the ~9,000 characters of the
    # lexicons' word lists).
    return [ch if ch.isalnum() else space if ch == " " else regex.escape(ch) for ch in word.lower()]


def phrase_atoms(phrase: str, extra: int) -> list[str]:
    """The atoms of a phrase whose words may each go on for up to `extra` letters
    (an ending: "семинар" matches семинарга): `atoms` of each word, then
    `\\p{L}{0,extra}`, and 1-3 spaces between the words."""
    out: list[str] = []
    words = phrase.split()
    for k, word in enumerate(words):
        out += atoms(word)
        out.append(rf"\p{{L}}{{0,{extra}}}" + (r"\s{1,3}" if k < len(words) - 1 else ""))
    return out


def finditer_from(
    starts: regex.Pattern[str],
    pattern: regex.Pattern[str],
    text: str,
    pos: int,
    endpos: int,
    begins: Beginnings | None = None,
) -> Iterator[regex.Match[str]]:
    """The matches of `pattern.finditer(text, pos, endpos)`, where `starts` is a cheaper
    pattern that matches at the same places (a trie of the same words, without
    `pattern`'s groups): each is found with `starts`, then read with `pattern` anchored
    there, which matches there as a search with it would. `begins`: where `starts`
    may match (`Beginnings`), to search with it faster."""
    scan = begins.scan(text, pos, endpos) if begins is not None else None
    at = (
        starts.search(text, pos, endpos, NOT_CONCURRENT)
        if scan is None
        else scan.search(starts, pos)
    )
    while at is not None:
        m = pattern.match(text, at.start(), endpos, NOT_CONCURRENT)
        if m is not None:  # always: the same words
            yield m
        after = m.end() if m is not None else at.end()
        at = (
            starts.search(text, after, endpos, NOT_CONCURRENT)
            if scan is None
            else scan.search(starts, after)
        )


# The characters `regex`'s `\s` matches (Unicode's White_Space), in any case:
# tests/test_rx.py reads every code point.
BLANKS = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + ("\u2028\u2029\u202f\u205f\u3000")
)

# `casefold` folds a long text this many characters at a time.
FOLD_CHUNK = 65_536


def casefold(text: str) -> str:
    """`text.casefold()`, folded a chunk at a time: Python folds a string into a buffer
    of three 4-byte code points a character before it makes the result (12 bytes a
    character, six times a Cyrillic text's own size, for a moment); a character folds
    alone, so the chunks' folds joined are the text's (memory on long texts)."""
    if len(text) <= FOLD_CHUNK:
        return text.casefold()
    return "".join([text[k : k + FOLD_CHUNK].casefold() for k in range(0, len(text), FOLD_CHUNK)])


class Beginnings:
    """Where a case-insensitive pattern of lexicon words may match: the places where
    one of its words' literal beginnings is written, in any case, or where the
    one-character pattern `also` matches (a digit: "\\d"). The `regex` module tries
    a long case-insensitive alternation at every character of a text; the standard
    library's `re` finds a literal alternation in the case-folded text about ten
    times faster. A text whose case folding changes its length (ß -> ss) is searched
    with the pattern itself, so that offsets agree.

    Every match of a pattern searched this way must start with one of the
    beginnings (as written in the lexicon: case-folded, one character for one), or
    where `also` matches; tests/test_rx.py checks that `regex` reads every letter
    of the beginnings as Python's case folding does."""

    def __init__(self, words: Iterable[str], also: str = "") -> None:
        folded = sorted({w.casefold() for w in words})
        if not all(folded) or any(len(w) != len(w.lower()) for w in folded):
            raise ValueError("a beginning is empty or changes length in lower case")
        self.words: tuple[str, ...] = tuple(folded)
        self.also = compile(also) if also else None

    @cached_property
    def pattern(self) -> stdlib_re.Pattern[str] | None:
        """The words' search, compiled on first use: most sets are searched for only
        with the others (rx_word_sets.WordSets), and the standard library's compiling is not kept
        on disk (a few ms a set of every run's start-up)."""
        # Where a word begins, its shortest beginning among them begins too: only
        # those are searched for, as a trie (the standard library tries alternatives
        # one by one).
        shortest: list[str] = []
        for w in self.words:  # sorted: a word's beginnings come just before it
            if not (shortest and w.startswith(shortest[-1])):
                shortest.append(w)
        trie = literal_union(shortest, stdlib=True)
        return stdlib_compile(trie) if trie else None

    def find(self, folded: str, pos: int = 0) -> stdlib_re.Match[str] | None:
        """Where one of the words begins in `folded` (case-folded text), from pos on."""
        return self.pattern.search(folded, pos) if self.pattern is not None else None

    def scan(self, text: str, pos: int = 0, endpos: int | None = None) -> Scan:
        """The places of text[pos:endpos] where a word may begin (see `Scan`)."""
        return Scan(self, text, pos, len(text) if endpos is None else endpos)


class Scan:
    """A stretch of text, case-folded once, searched by patterns that start with
    one of `begins`' words: each is tried only where such a word begins."""

    def __init__(self, begins: Beginnings, text: str, pos: int, end: int) -> None:
        self.begins, self.text, self.pos, self.end = begins, text, pos, end
        folded = casefold(text[pos:end])
        self.folded: str | None = folded if len(folded) == end - pos else None
        # The last place found of each kind and where its search began: none between,
        # so a later search from there on is answered without searching again.
        self._word: tuple[int, int] = (end, end)
        self._also: tuple[int, int] = (end, end)

    def _word_at_or_after(self, k: int) -> int:
        assert self.folded is not None
        began, found = self._word
        if began <= k <= found:
            return found
        at = self.begins.find(self.folded, k - self.pos)
        found = self.end if at is None else self.pos + at.start()
        self._word = (k, found)
        return found

    def _also_at_or_after(self, k: int) -> int:
        if self.begins.also is None:
            return self.end
        began, found = self._also
        if began <= k <= found:
            return found
        at = self.begins.also.search(self.text, k, self.end, NOT_CONCURRENT)
        found = self.end if at is None else at.start()
        self._also = (k, found)
        return found

    def search(self, pattern: regex.Pattern[str], k: int) -> regex.Match[str] | None:
        """`pattern.search(text, k, end)`: anchored at each place from k on where one of
        the words begins (or `also` matches), in order; the first match there is the match."""
        text, end = self.text, self.end
        if self.folded is None:
            return pattern.search(text, k, end, NOT_CONCURRENT)
        word, also = self._word_at_or_after(k), self._also_at_or_after(k)
        while min(word, also) < end:
            at = min(word, also)
            m = pattern.match(text, at, end, NOT_CONCURRENT)
            if m is not None:
                return m
            if word == at:
                word = self._word_at_or_after(at + 1)
            if also == at:
                also = self._also_at_or_after(at + 1)
        return None

    def finditer(self, pattern: regex.Pattern[str]) -> Iterator[regex.Match[str]]:
        """`pattern.finditer(text, pos, end)`, for a pattern that never matches the
        empty string."""
        m = self.search(pattern, self.pos)
        while m is not None:
            yield m
            m = self.search(pattern, max(m.end(), m.start() + 1))


def union(alternatives: Iterable[Sequence[str]]) -> str:
    """One regex for alternatives given as sequences of atoms, written as a trie:
    shared beginnings once ("ноябр(?:ында|ь)" for ноябрында and ноябрь); the regex
    module then tries one branch per character instead of every word. Of literal
    words (`atoms`) it matches what their flat alternation sorted longest first
    matches, and the same way: the words that fit at a place are each the beginning
    of the next longer one, and the trie tries the longer first, as that list does.
    Of other atoms it matches at the same places, not always the same length.
    The trie of the same atoms is read from the disk cache when it was written
    before (writing the ~60 tries of the lexicons is a few ms of start-up)."""
    sequences = [s if isinstance(s, (list, tuple)) else list(s) for s in alternatives]
    # repr: the atoms' text, which no other list of atoms has, the same in every
    # process (marshal's bytes depend on which strings are shared or interned).
    written = repr(sequences).encode("utf-8", "surrogatepass")
    digest = hashes.blake2b(written, digest_size=TRIE_DIGEST_BYTES).digest()
    return _tries().get(digest, lambda: _trie(sequences))


def alternation(words: Iterable[str], *, space: str = r"\ ") -> str:
    """An alternation of literal words, each once and escaped, longest first (a longer word
    wins where a shorter one is its start), ties in a fixed order (the text keys the compiled
    pattern on disk); a space in a word matches `space` (a page may double spaces)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(escaping.escaped(ordered)).replace(r"\ ", space)


def whole_words(words: Iterable[str], *, digits: bool = False, space: str = r"\ ") -> str:
    """A pattern of one of `words` standing whole: no letter (with `digits`, nor digit) just
    before or after it ("тел" in "тел.:", not in "телефон"); the words' `alternation`."""
    edge = r"[\p{L}\d]" if digits else r"\p{L}"
    return rf"(?<!{edge})(?:{alternation(words, space=space)})(?!{edge})"


def spaced_separator(separators: Iterable[str]) -> str:
    """One of `separators` (in their order) with one to three spaces on either side: a
    menu's or a breadcrumb's separator ("Башкы бет | Жаңылыктар", "Главная > Новости")."""
    return r"[ ]{1,3}(?:" + "|".join(regex.escape(s) for s in separators) + r")[ ]{1,3}"


def literal_union(words: Iterable[str], stdlib: bool = False, space: str | None = None) -> str:
    """`union` of literal words: their atoms as `atoms` writes them (for a `regex`
    pattern compiled with IGNORECASE), or with each character escaped for the
    standard library's `re` (`stdlib`); `space`, when given, stands for each space of a
    word (else `atoms`' own, or for `re` an escaped space). The same trie as `union` of
    those atoms, read from the disk cache by the words themselves: a warm start neither
    makes nor hashes their atoms (one list a character of ~9,000)."""
    listed = list(words)
    told = (stdlib, listed) if space is None else (stdlib, space, listed)
    written = repr(told).encode("utf-8", "surrogatepass")
    digest = hashes.blake2b(written, digest_size=TRIE_DIGEST_BYTES).digest()
    make = escaping.re_escaped if stdlib else atoms
    atoms_of = make if space is None else partial(make, space=space)
    return _tries().get(digest, lambda: _trie(map(atoms_of, listed)))


def _trie(alternatives: Iterable[Sequence[str]]) -> str:
    root: dict[str | None, dict] = {}
    for sequence in alternatives:
        node = root
        for atom in sequence:
            node = node.setdefault(atom, {})
        node[None] = {}
    return _branches(root)


def _branches(node: dict[str | None, dict]) -> str:
    parts = [atom + _branches(node[atom]) for atom in sorted(a for a in node if a is not None)]
    if not parts:
        return ""
    ends_here = None in node
    if len(parts) == 1:
        return f"(?:{parts[0]})?" if ends_here else parts[0]
    return "(?:" + "|".join(parts) + ")" + ("?" if ends_here else "")


# A short gap between two words, written out: every string a pattern of bounded
# repeats of characters matches ("[ ]{0,5}", "\\.[ ]{0,3}"), in a set. A set
# membership test is a hash lookup; the `regex` module's fullmatch costs about twenty
# of them a call, and the places stage asks a few hundred times a document.
Run = tuple[str, int, int]  # any one of these characters, least to most times in a row


def written_out(*runs: Run) -> frozenset[str]:
    """Every string of the runs in turn: what the regex of `[chars]{least,most}` after
    one another fullmatches (tests/test_rx.py compares them on every short string)."""
    out: set[str] = {""}
    for chars, least, most in runs:
        repeats: set[str] = {""}
        reps: set[str] = {""}
        for count in range(1, most + 1):
            reps = {r + ch for r in reps for ch in chars}
            if count >= least:
                repeats |= reps
        if least > 0:
            repeats.discard("")
        out = {head + tail for head in out for tail in repeats}
    return frozenset(out)


# Trying a pattern only where it may start (the places found once per text).


def matches_at(
    pattern: regex.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[regex.Match[str]]:
    """`pattern.finditer(text)` for a pattern that never matches the empty string and
    whose every match starts at one of `starts` (sorted): anchored at each of them
    from the end of the last match on, as the search would find them."""
    after = 0
    for at in starts:
        if at < after:
            continue
        m = pattern.match(text, at, None, NOT_CONCURRENT)
        if m is not None:
            yield m
            after = m.end()


def finditer_holding(
    pattern: regex.Pattern[str], text: str, pos: int, endpos: int, characters: str
) -> Iterator[regex.Match[str]] | tuple[()]:
    """`pattern.finditer(text, pos, endpos)` for a pattern whose every match holds one of
    `characters`: nothing searched when none of them stands there (found by `str.find`:
    `regex` reads a long stretch a character at a time)."""
    if all(text.find(ch, pos, endpos) < 0 for ch in characters):
        return ()
    return pattern.finditer(text, pos, endpos, False, NOT_CONCURRENT)


def finditer_from_at(
    starts: regex.Pattern[str],
    pattern: regex.Pattern[str],
    text: str,
    places: Sequence[int],
    pos: int,
    endpos: int,
) -> Iterator[regex.Match[str]]:
    """What `finditer_from(starts, pattern, text, pos, endpos, begins)` finds, given
    the places where `begins`' words begin in the whole text (`beginnings_in`, sorted):
    those inside [pos, endpos) are tried (one of a word that endpos cuts never matches)."""
    after = pos
    for k in places[bisect.bisect_left(places, pos) : bisect.bisect_left(places, endpos)]:
        if k < after:
            continue
        at = starts.match(text, k, endpos, NOT_CONCURRENT)
        if at is None:
            continue
        m = pattern.match(text, k, endpos, NOT_CONCURRENT)
        if m is not None:  # always: the same words
            yield m
        after = m.end() if m is not None else at.end()


def beginnings_in(begins: Beginnings, folded: str) -> list[int]:
    """Every place of a case-folded text where one of `begins`' words begins (where a
    Scan of it would try its pattern, `also` aside), in order."""
    starts: list[int] = []
    at = begins.find(folded)
    while at is not None:
        starts.append(at.start())
        at = begins.find(folded, at.start() + 1)
    return starts
