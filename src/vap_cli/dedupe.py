"""Duplicate and near-duplicate documents, without comparing every pair.

1. Each document's text is normalised (the normalise stage: look-alike letters, quotes,
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
   reach the threshold. A pair that replaced many of its numbers by others is
   never near (NUMBERS_CHANGED_MAX): releases of one template, another date, count and phone in
   each, are different events however alike their words.
   A document is scored against at most HEADS_SCORED_MAX heads, those sharing the
   most bands with it, and a band shared by very many heads (a template's
   boilerplate) is read only as far as BUCKET_READ_MAX: the work per document is
   bounded, so a folder of templated releases costs linear time, not quadratic.
3. Groups without chaining: in input order, a document joins the group of its
   first exact copy, else of the earliest group whose first (kept) document it is a
   near duplicate of; else it heads a group. Only heads are bucketed, so a group's
   members are each near its kept document (never A~B, B~C with A and C apart),
   and only the pairs that joined a group are kept: one per member.
"""

from __future__ import annotations

import hashlib
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from . import rx
from .lexicon import load
from .normalise import lost_letters

SIGNATURE_SIZE = 64
SHINGLE = 3  # words per shingle
# A near pair changes at most this share of its numbers (of the one with fewer):
# a number replaced by another counts, one only added (a header's date, a page's
# counter) does not. A re-post with a corrected count changes one in seven or so;
# a template's releases (another date, count, phone) change most of them.
NUMBERS_CHANGED_MAX = 0.25
# Heads scored per document, most bands shared first: a true copy shares several
# bands with its original, so it is among the first few; the cap bounds the work
# on templated folders where every head shares a band.
HEADS_SCORED_MAX = 32
# Heads read from one band's bucket: a band held by more heads than this is a
# template's boilerplate, which says nothing about which of them is the copy.
BUCKET_READ_MAX = 64
_TOKEN = rx.compile(r"[\p{L}\p{N}]+")
_NUMBER = rx.compile(r"\b\p{Nd}+\b")
_LATIN = rx.compile(r"\p{Latin}")
_LETTERS = load("letters")
# letters.yaml's replacements and deletions (ӊ -> ң, soft hyphens...), as one table.
_TRANSLATE = str.maketrans({**_LETTERS["replace"], **dict.fromkeys(_LETTERS["drop"])})


@dataclass(frozen=True)
class Fingerprint:
    words: str  # the normalised words, space-separated: what similarity compares
    exact: str  # hash of `words`: equal for exact duplicates
    signature: tuple[int | None, ...]  # MinHash bins (None: no shingle fell in the bin)
    numbers: Counter[str]  # the digit runs of `words`, counted


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
    """The words and numbers of a text, normalised as `normalise()` does (without
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
    numbers = Counter(_NUMBER.findall(joined))
    return Fingerprint(words=joined, exact=exact, signature=tuple(bins), numbers=numbers)


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


def numbers_agree(a: Fingerprint, b: Fingerprint) -> bool:
    """False when the two texts replaced more than NUMBERS_CHANGED_MAX of their
    numbers (of the one with fewer) by others: numbers only one of them has on both
    sides are replacements; those on one side only were added (a header's date)."""
    fewer = min(a.numbers.total(), b.numbers.total())
    replaced = min((a.numbers - b.numbers).total(), (b.numbers - a.numbers).total())
    return replaced <= NUMBERS_CHANGED_MAX * fewer


def _rows_per_band(threshold: float) -> int:
    # Fewer rows per band find less similar pairs too (more candidates to score).
    return 4 if threshold >= 0.8 else 2


def _band_keys(fp: Fingerprint, rows: int) -> list[tuple[int, tuple[int | None, ...]]]:
    """(band, key) of each band of a signature that holds a shingle: an empty band says
    nothing (short texts)."""
    keys = []
    for band_start in range(0, SIGNATURE_SIZE, rows):
        key = fp.signature[band_start : band_start + rows]
        if any(v is not None for v in key):
            keys.append((band_start, key))
    return keys


@dataclass
class _Heads:
    """The documents that head a group so far, bucketed by their signatures' bands
    (locality-sensitive hashing): a new document is scored against the heads that
    share a band with it, never against a group's other members."""

    rows: int
    buckets: dict[tuple[int, tuple[int | None, ...]], list[int]] = field(default_factory=dict)
    scored: int = 0  # similarities computed: the work, for the tests
    read: int = 0  # heads read from buckets: the work, for the tests

    def candidates(self, fp: Fingerprint) -> list[int]:
        """The heads sharing a band with `fp`, at most HEADS_SCORED_MAX of them (those
        sharing the most bands), in input order: the earliest group is tried first."""
        shared: Counter[int] = Counter()
        for key in _band_keys(fp, self.rows):
            bucket = self.buckets.get(key, ())[:BUCKET_READ_MAX]
            self.read += len(bucket)
            shared.update(bucket)
        return sorted(head for head, _ in shared.most_common(HEADS_SCORED_MAX))

    def add(self, index: int, fp: Fingerprint) -> None:
        for key in _band_keys(fp, self.rows):
            self.buckets.setdefault(key, []).append(index)


def find_duplicates(
    texts: Sequence[tuple[str, str]], threshold: float = 0.9, heads: _Heads | None = None
) -> list[Group]:
    """Groups of duplicate documents among (path, text) items, in input order.

    No chaining: a document joins a group only as an exact copy of one of its
    documents or as a near duplicate (similarity >= threshold) of its first, kept,
    document, the earliest such group in input order; else it heads a group of its
    own. So every member of a group is a duplicate of the kept one, and a group
    holds one pair per member (O(n) pairs, however alike the texts are).
    `heads`: the LSH index to use (a test reads its count of similarities scored)."""
    prints = [fingerprint(text) for _, text in texts]
    paths = [path for path, _ in texts]
    heads = heads if heads is not None else _Heads(_rows_per_band(threshold))
    head_of: dict[int, int] = {}  # document -> the first document of its group
    joined: dict[int, tuple[Pair, float]] = {}  # member -> (the pair, its similarity to the head)
    first_of: dict[str, int] = {}
    for i, fp in enumerate(prints):
        if not fp.words:
            continue  # no words at all: nothing to compare
        if fp.exact in first_of:  # an exact copy joins the group of its first copy
            j = first_of[fp.exact]
            head_of[i] = head_of[j]
            to_head = joined[j][1] if j in joined else 1.0
            joined[i] = (Pair(paths[j], paths[i], 1.0, "exact"), to_head)
            continue
        first_of[fp.exact] = i
        head_of[i] = i
        for h in heads.candidates(fp):
            heads.scored += 1
            score = similarity(prints[h].words, fp.words, cutoff=threshold)
            if score >= threshold and numbers_agree(prints[h], fp):
                head_of[i] = h
                joined[i] = (Pair(paths[h], paths[i], round(score, 4), "near"), score)
                break
        else:
            heads.add(i, fp)
    return _groups(paths, prints, head_of, joined)


def _groups(
    paths: list[str],
    prints: list[Fingerprint],
    head_of: dict[int, int],
    joined: dict[int, tuple[Pair, float]],
) -> list[Group]:
    by_head: dict[int, list[int]] = defaultdict(list)
    for i, head in head_of.items():
        if i != head:
            by_head[head].append(i)
    groups: list[Group] = []
    for head, members in sorted(by_head.items()):
        group = Group(kept=paths[head])
        group.members.append(Member(paths[head], 1.0, "kept"))
        for i in members:
            pair, score = joined[i]
            kind = "exact" if prints[i].exact == prints[head].exact else "near"
            group.members.append(Member(paths[i], round(score, 4), kind))
            group.pairs.append(pair)
        groups.append(group)
    return groups
