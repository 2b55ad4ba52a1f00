"""Units named as where people came from ("из 9 районов двух областей", "беш районунун
айылдык кеңештеринен ... 96 депутат катышты"), and nouns counted only as such ("14
мектебинен", lexicon participation.yaml `source_only`)."""

from __future__ import annotations

from collections.abc import Sequence

from ...numbers import Token
from .headings import under_taking_part_heading
from .phrase import Phrase, status_after
from .unit_phrases import people_noun
from .words import (
    LEX,
    Tokens,
    casefolded,
    noun_ending_case,
    possessed_in_a_case,
    who_at,
)

_FROM_PREPOSITIONS = frozenset(w.casefold() for w in LEX["source_prepositions"])
# the cases in which a source's noun says where people came from, or whose they are
_SOURCE_CASES = ("ablative", "genitive")


def units_of_a_source(tokens: Sequence[Token], k: int, start: int) -> bool:
    """ "64 заявки из 9 районов двух областей", "главы 61 айыл окмоту пяти районов": the
    count at `start` follows a count of units (its number at k, its noun of one or two
    words between) people came from ("из" at k - 1) or whose people they are (their noun
    at k - 1; round 46): it names the wider units those belong to, as a source too."""
    if not (0 < k and 2 <= start - k <= _UNIT_NOUN_WORDS + 1 and tokens[k].kind == "num"):
        return False
    if any(tokens[j].kind != "word" for j in range(k + 1, start)):
        return False
    if tokens[k - 1].low in _FROM_PREPOSITIONS:
        return start - k == 2
    people = who_at(tokens, k - 1)
    return people is not None and people.first == k - 1 and people_noun(people)


# How many words the noun of the units before the wider ones may have ("айыл окмоту").
_UNIT_NOUN_WORDS = 2


def source_only(tokens: Tokens, p: Phrase) -> bool:
    """ "2 мектеп оңдолот": schools count only as where people came from (or as a row
    under a heading of those taking part: "Катышкандар:" / "- 28 мектеп окуучусу")."""
    if not p.head.entry.source_only or p.head.ending.case in _SOURCE_CASES:
        return False
    return not under_taking_part_heading(tokens, p.start)


# How far after the units' bodies the verb of taking part may close their clause (tokens).
_SOURCE_VERB_REACH = 24
# The words that join a list of sources ("жана", "и").
_LIST_JOINERS = casefolded("row_joiners")
# How many words (the bodies' adjectives: "айылдык кеңештеринен") may open the bodies.
_BODY_WORDS = 3


def came_from_their_bodies(tokens: Tokens, j: int, start: int) -> bool:
    """At `start`, right after counted units in the genitive (token j), their bodies in
    the ablative, maybe after an adjective ("облустун беш районунун айылдык кеңештеринен
    ... 96 депутат катышты"), then only more such sources up to a count whose clause a
    verb of taking part closes within reach: people came from the units' bodies, so the
    units take part (round 46; "беш облустун органдарына" owns a thing, and "үч районунун
    ооруканаларынан дарылар алынып, 40 дарыгер катышты" sent things: revfix46)."""
    if j != start:
        return False
    body = next(
        (k for k in range(j, min(len(tokens), j + _BODY_WORDS)) if _ablative(tokens[k])), -1
    )
    if body < 0 or any(tokens[k].kind != "word" for k in range(j, body)):
        return False
    people = _count_after_sources(tokens, body + 1)
    return people is not None and status_after(tokens, people, _SOURCE_VERB_REACH) is not None


def _count_after_sources(tokens: Tokens, k: int) -> int | None:
    """The first count from token k on, when all before it are more sources of a list:
    names, their bodies in the ablative and the words before those, commas and joiners
    ("жана Каракол, Балыкчы шаардык кеңештеринен 96"); None past any other word (a
    thing sent, a verb: "дарылар алынып, ...")."""
    for n in range(k, min(len(tokens), k + _SOURCE_VERB_REACH)):
        tok = tokens[n]
        if tok.kind == "num":
            return n
        if tok.text == "," or tok.low in _LIST_JOINERS or tok.text[:1].isupper():
            continue
        if tok.kind != "word" or not (_ablative(tok) or _ablative_at(tokens, n + 1)):
            return None
    return None


def _ablative_at(tokens: Tokens, n: int) -> bool:
    return n < len(tokens) and _ablative(tokens[n])


def _ablative(tok: Token) -> bool:
    """A word with the possessive in the ablative ("кеңештеринен")."""
    return (
        tok.kind == "word"
        and possessed_in_a_case(tok.low)
        and noun_ending_case(tok.low) == "ablative"
    )
