"""Duplicate and near-duplicate documents, without comparing every pair.

1. Each document's text is normalised (normalise.py: look-alike letters, quotes,
   dashes, spaces) and reduced to its words and numbers, case-folded: two files
   with the same words in the same order are exact duplicates, whatever their
   format, encoding or layout.
2. Near duplicates are found in two steps. Blocking: every text gets a MinHash
   signature of its word 3-grams (one-permutation hashing: one hash per shingle,
   the minimum kept in each of SIGNATURE_SIZE bins), cut into bands; only texts
   sharing a band become candidates (locality-sensitive hashing), so the work
   grows with the number of documents, not with its square. Scoring: each
   candidate pair gets an exact similarity, rapidfuzz's normalised Indel
   similarity of the two word sequences (1.0 = same text; 0.95 = 5% of the
   characters differ), after a length check that rules out pairs which cannot
   reach the threshold.
3. Pairs at or above the threshold are joined into groups (union-find). The
   first document of a group in input order is the one kept.
"""

from __future__ import annotations

import hashlib
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from . import lost_letters, rx
from .lexicon import load

SIGNATURE_SIZE = 64
SHINGLE = 3  # words per shingle
_TOKEN = rx.compile(r"[\p{L}\p{N}]+")
_LATIN = rx.compile(r"\p{Latin}")
_LETTERS = load("letters")
# letters.yaml's replacements and deletions (ӊ -> ң, soft hyphens...), as one table.
_TRANSLATE = str.maketrans({**_LETTERS["replace"], **dict.fromkeys(_LETTERS["drop"])})


@dataclass(frozen=True)
class Fingerprint:
    words: str  # the normalised words, space-separated: what similarity compares
    exact: str  # hash of `words`: equal for exact duplicates
    signature: tuple[int | None, ...]  # MinHash bins (None: no shingle fell in the bin)


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    similarity: float
    kind: str  # "exact" or "near"


@dataclass
class Member:
    path: str
    similarity: float  # to the kept document of the group
    kind: str  # "kept", "exact" or "near"


@dataclass
class Group:
    kept: str
    members: list[Member] = field(default_factory=list)  # the kept one first
    pairs: list[Pair] = field(default_factory=list)  # the pairs that joined the group

    @property
    def duplicates(self) -> list[str]:
        return [m.path for m in self.members if m.kind != "kept"]


def _words(text: str) -> list[str]:
    """The words and numbers of a text, normalised as normalise.py does (without
    its offset map, which comparison does not need and which costs most of the time):
    Kyrgyz letters a code page lost to "?" put back too, so that a copy saved
    without ң, ө and ү ("Т?р?баев") has the words, not the pieces, of its original."""
    from .normalise import fix_mixed_script

    text, _ = lost_letters.restore(unicodedata.normalize("NFC", text.translate(_TRANSLATE)))
    if not _LATIN.search(text):
        return _TOKEN.findall(text.casefold())
    return [
        fix_mixed_script(word).casefold() if _LATIN.search(word) else word.casefold()
        for word in _TOKEN.findall(text)
    ]


def fingerprint(text: str) -> Fingerprint:
    words = _words(text)
    joined = " ".join(words)
    exact = hashlib.sha1(joined.encode("utf-8", "surrogatepass")).hexdigest()
    bins: list[int | None] = [None] * SIGNATURE_SIZE
    if len(words) < SHINGLE:
        shingles: Iterable[str] = [joined] if joined else []
    else:
        shingles = (" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))
    for shingle in shingles:
        h = zlib.crc32(shingle.encode("utf-8", "surrogatepass"))
        slot, value = h % SIGNATURE_SIZE, h // SIGNATURE_SIZE
        current = bins[slot]
        if current is None or value < current:
            bins[slot] = value
    return Fingerprint(words=joined, exact=exact, signature=tuple(bins))


def similarity(a: str, b: str, cutoff: float = 0.0) -> float:
    """Normalised Indel similarity of two word strings, 0..1 (0 when below cutoff)."""
    from rapidfuzz import fuzz

    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    # The best Indel similarity two lengths allow: 2*min/(sum). Cheap rejection.
    if 2 * min(len(a), len(b)) / (len(a) + len(b)) < cutoff:
        return 0.0
    return fuzz.ratio(a, b, score_cutoff=cutoff * 100) / 100


def _rows_per_band(threshold: float) -> int:
    # Fewer rows per band find less similar pairs too (more candidates to score).
    return 4 if threshold >= 0.8 else 2


def candidate_pairs(prints: Sequence[Fingerprint], threshold: float) -> set[tuple[int, int]]:
    rows = _rows_per_band(threshold)
    pairs: set[tuple[int, int]] = set()
    for band_start in range(0, SIGNATURE_SIZE, rows):
        buckets: dict[tuple[int | None, ...], list[int]] = defaultdict(list)
        for index, fp in enumerate(prints):
            key = fp.signature[band_start : band_start + rows]
            if all(v is None for v in key):
                continue  # an empty band says nothing (short texts)
            buckets[key].append(index)
        for members in buckets.values():
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    pairs.add((a, b))
    return pairs


def find_duplicates(texts: Sequence[tuple[str, str]], threshold: float = 0.9) -> list[Group]:
    """Groups of duplicate documents among (path, text) items, in input order."""
    prints = [fingerprint(text) for _, text in texts]
    paths = [path for path, _ in texts]
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(a: int, b: int) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)  # the earliest document stays the root

    edges: list[Pair] = []
    first_of: dict[str, int] = {}
    representatives: list[int] = []
    for i, fp in enumerate(prints):
        if not fp.words:
            continue  # no words at all: nothing to compare
        if fp.exact in first_of:
            j = first_of[fp.exact]
            join(j, i)
            edges.append(Pair(paths[j], paths[i], 1.0, "exact"))
        else:
            first_of[fp.exact] = i
            representatives.append(i)
    rep_prints = [prints[i] for i in representatives]
    for a, b in sorted(candidate_pairs(rep_prints, threshold)):
        i, j = representatives[a], representatives[b]
        score = similarity(prints[i].words, prints[j].words, cutoff=threshold)
        if score >= threshold:
            join(i, j)
            edges.append(Pair(paths[i], paths[j], round(score, 4), "near"))
    by_root: dict[int, list[int]] = defaultdict(list)
    for i in range(len(texts)):
        by_root[root(i)].append(i)
    index_of = {path: i for i, path in enumerate(paths)}
    groups: list[Group] = []
    for kept, members in sorted(by_root.items()):
        if len(members) < 2:
            continue
        group = Group(kept=paths[kept])
        group.members.append(Member(paths[kept], 1.0, "kept"))
        for i in members[1:]:
            if prints[i].exact == prints[kept].exact:
                group.members.append(Member(paths[i], 1.0, "exact"))
            else:
                score = similarity(prints[i].words, prints[kept].words)
                group.members.append(Member(paths[i], round(score, 4), "near"))
        group.pairs = sorted(
            (e for e in edges if root(index_of[e.a]) == kept),
            key=lambda e: (index_of[e.a], index_of[e.b]),
        )
        groups.append(group)
    return groups
