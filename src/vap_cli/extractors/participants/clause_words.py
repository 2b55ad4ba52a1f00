"""The words of a count's clause, read once and shared by its rules: a rule asks whether
the clause holds a word of its class (a set of words, or stems) with one call in C, and
reads the clause token by token only when it does (most clauses hold none of a rule's
words, so most rules stop there)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from operator import attrgetter

from ... import rx
from ...numbers import Token

_LOW = attrgetter("low")
# Between two tokens' texts in `ClauseWords.joined`: a stem (which opens with a letter,
# `Stems`) found after it opens a token's text, as no token's text holds a letter after
# it (a punctuation run is one sign repeated; a word is letters).
_SEPARATOR = "\x00"


class Stems:
    """Stems a token's text may start with (`str.startswith`), as one pattern that finds
    a separator of `ClauseWords.joined` followed by one of them: a token that opens so."""

    __slots__ = ("stems", "_after_separator")

    def __init__(self, stems: Collection[str]) -> None:
        # (a stem that opens with a letter opens only a word: `ClauseWords.starts`)
        odd = [stem for stem in stems if not stem[:1].isalpha()]
        if odd:
            raise ValueError(f"stems that open with no letter: {odd!r}")
        self.stems = tuple(stems)
        union = rx.literal_union(sorted(set(self.stems)), stdlib=True) if self.stems else "(?!)"
        self._after_separator = rx.stdlib_compile(f"{_SEPARATOR}(?:{union})")

    def open_a_token_of(self, joined: str) -> bool:
        """A token of the clause whose `ClauseWords.joined` is `joined` starts with one."""
        return self._after_separator.search(joined) is not None


class ClauseWords:
    """The case-folded text of a clause's tokens (`lows`, in order), and the same each
    after a separator (`joined`), made in one pass (in C)."""

    __slots__ = ("lows", "joined")

    def __init__(self, clause: Sequence[Token]) -> None:
        self.lows = list(map(_LOW, clause))
        self.joined = _SEPARATOR + _SEPARATOR.join(self.lows) if self.lows else ""

    def has(self, words: frozenset[str]) -> bool:
        """A token of the clause is one of `words` (`tok.low in words`)."""
        return not words.isdisjoint(self.lows)

    def starts(self, stems: Stems) -> bool:
        """A token of the clause starts with one of `stems` (`tok.low.startswith`); a
        token that starts with a letter is a word (segment/tokens.py: no other kind
        does), so for stems of letters this is `tok.kind == "word" and ...` too."""
        return stems.open_a_token_of(self.joined)
