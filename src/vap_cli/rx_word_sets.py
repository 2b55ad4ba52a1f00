"""Several lexicon word sets searched for at once (`WordSets`): one search of a
case-folded text finds where a word of any set begins, and which sets have a word there
(extractors/word_starts.py; TokenStream.starts). Moved out of rx.py, which has each
set's own search (`Beginnings`, tidy55)."""

from __future__ import annotations

import re as stdlib_re
from collections import Counter
from collections.abc import Sequence
from itertools import chain

from .rx import Beginnings, literal_union, stdlib_compile


class WordSets:
    """Several Beginnings searched for at once: one search of a case-folded text finds
    where a word of any of them begins, and which of them has a word there
    (`find`); each set's places are then those of its own (`each`), the places
    `beginnings_in` finds for it. A search of the text costs about as much for many
    words as for few (a trie tried at every character): one search, not one a set.

    `not_after`: characters of the folded text after which no place is kept, when no
    pattern tried at the places ever matches right after one (each opens with a
    look-behind that rejects a letter before it): most characters of a text stand
    inside a word, and the search (`_after_other`: another character, then a word)
    skips them in C, by its first character's class, before the trie is tried."""

    def __init__(self, sets: Sequence[Beginnings], not_after: str = "") -> None:
        self.sets = tuple(sets)
        self.bits = {begins: 1 << k for k, begins in enumerate(self.sets)}
        own: dict[str, int] = {}
        for begins, bit in self.bits.items():
            for word in begins.words:
                own[word] = own.get(word, 0) | bit
        # The trie matches the longest word written at a place (rx.union): every other word
        # written there is a beginning of it, so the sets with a word there are those of its
        # beginnings that are words: its own, and its longest such beginning's (`chain`).
        self.masks: dict[str, int] = {}
        chain: list[str] = []  # the words before it in order, each a beginning of the next
        for word in sorted(own):
            while chain and not word.startswith(chain[-1]):
                chain.pop()
            self.masks[word] = own[word] | (self.masks[chain[-1]] if chain else 0)
            chain.append(word)
        trie = literal_union(sorted(own), stdlib=True)
        self.pattern = stdlib_compile(trie) if trie else None
        others = f"[^{''.join(map(stdlib_re.escape, sorted(not_after)))}]"
        self._after_other = stdlib_compile(f"{others}(?=({trie}))") if trie and not_after else None

    def find(self, folded: str) -> tuple[list[int], list[int]]:
        """Every place of a case-folded text where a word of a set begins, in order,
        and at each the sets' bits (`bits`) with a word there."""
        places: list[int] = []
        masks: list[int] = []
        if self.pattern is None:
            return places, masks
        if self._after_other is not None:
            return self._find_after_others(folded)
        search, mask = self.pattern.search, self.masks.__getitem__
        at = search(folded)
        while at is not None:
            k = at.start()
            places.append(k)
            masks.append(mask(at.group()))
            at = search(folded, k + 1)
        return places, masks

    def _find_after_others(self, folded: str) -> tuple[list[int], list[int]]:
        """`find` with `not_after`: a word at the text's start, then each word after a
        character not in `not_after` (that character matched first: the next search
        begins at the word, which may itself be the character before another)."""
        assert self.pattern is not None and self._after_other is not None
        mask = self.masks.__getitem__
        first = self.pattern.match(folded)
        places = [0] if first is not None else []
        masks = [mask(first.group())] if first is not None else []
        # the other character is each match (one character long): the next is sought
        # from the word on, which may itself be the character before another
        for at in self._after_other.finditer(folded):
            places.append(at.start() + 1)
            masks.append(mask(at.group(1)))
        return places, masks

    def each(self, found: tuple[list[int], list[int]]) -> dict[Beginnings, list[int]]:
        """The places of `find`'s answer where a word of each set begins, by set. The
        places are put in runs by their bits once (a stable sort: each run in order;
        a text has a few distinct masks), and a set's places are its masks' runs merged
        (one run, or a sort of sorted runs), not a pass over every place a set."""
        places, masks = found
        order = sorted(range(len(masks)), key=masks.__getitem__)
        in_runs = list(map(places.__getitem__, order))
        runs: dict[int, list[int]] = {}
        at = 0
        for mask, size in sorted(Counter(masks).items()):
            runs[mask] = in_runs[at : at + size]
            at += size
        out: dict[Beginnings, list[int]] = {}
        for begins, bit in self.bits.items():
            own = [run for mask, run in runs.items() if mask & bit]
            out[begins] = own[0][:] if len(own) == 1 else sorted(chain.from_iterable(own))
        return out
