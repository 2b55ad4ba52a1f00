"""Units named as where people came from ("из 9 районов двух областей", "беш районунун
айылдык кеңештеринен ... 96 депутат катышты"), and nouns counted only as such ("14
мектебинен", lexicon participation.yaml `source_only`)."""

from __future__ import annotations

from collections.abc import Sequence

from ...numbers import NumberMatch, Token
from . import rules
from .constants import PART_SOURCE_REACH
from .headings import under_taking_part_heading
from .phrase import Found, Phrase, status_after
from .words import (
    ROW_JOINERS,
    SOURCE_PREPOSITIONS,
    UNIT_NOUNS,
    Tokens,
    folded_stems,
    noun_ending_case,
    possessed_in_a_case,
    stem_of,
    who_at,
)

# the cases in which a source's noun says where people came from, or whose they are
_SOURCE_CASES = ("ablative", "genitive")


def units_of_a_source(tokens: Sequence[Token], k: int, start: int) -> bool:
    """ "64 заявки из 9 районов двух областей": the count at `start` follows a count of
    units people came from ("из" at k - 1, its number at k, its noun between): it names
    the wider units those belong to, as a source too."""
    one_noun = start - k == 2
    return (
        one_noun and _units_between(tokens, k, start) and tokens[k - 1].low in SOURCE_PREPOSITIONS
    )


def units_after_units(tokens: Sequence[Token], k: int, start: int) -> bool:
    """ "главы 61 айыл окмоту пяти районов": the count at `start` follows a count of units
    (its number at k, its noun of one or two words between) with no "из" before: it names
    the wider units those belong to, a source when those are one (round 46; the caller
    asks that of the count at k, so "Жители 5 сел трех районов получили воду", a
    population, gives neither: revfix46)."""
    return _units_between(tokens, k, start) and tokens[k - 1].low not in SOURCE_PREPOSITIONS


def _units_between(tokens: Sequence[Token], k: int, start: int) -> bool:
    """A number at k, then one or two words up to `start`."""
    if not (0 < k and 2 <= start - k <= _UNIT_NOUN_WORDS + 1 and tokens[k].kind == "num"):
        return False
    return all(tokens[j].kind == "word" for j in range(k + 1, start))


# How many words the noun of the units before the wider ones may have ("айыл окмоту").
_UNIT_NOUN_WORDS = 2


def source_only(tokens: Tokens, p: Phrase) -> bool:
    """ "2 мектеп оңдолот": schools count only as where people came from (or as a row
    under a heading of those taking part: "Катышкандар:" / "- 28 мектеп окуучусу")."""
    if not p.head.entry.source_only or p.head.ending.case in _SOURCE_CASES:
        return False
    if owns_its_people(tokens, p):
        return False
    return not under_taking_part_heading(tokens, p.start)


def owns_its_people(tokens: Tokens, p: Phrase) -> bool:
    """ "30дан ашуун мектеп окуучусу", "12 мектеп мугалими": the bare noun of a body right
    before a noun of people with the possessive is a compound naming those people (a
    school's pupils), not the bodies counted: the count is of people. Not before a noun
    of units ("мектеп имараты" is none of people: no who-noun)."""
    if p.head.ending.case is not None or p.head.ending.possessive or p.head.ending.plural:
        return False
    who = who_at(tokens, p.head.last) if p.head.last < len(tokens) else None
    return (
        who is not None
        and who.ending.possessive
        and not who.entry.source_only
        and who.entry.lemma not in UNIT_NOUNS
    )


# How far after the units' bodies the verb of taking part may close their clause (tokens).
_SOURCE_VERB_REACH = 24
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
        if tok.text == "," or tok.low in ROW_JOINERS or tok.text[:1].isupper():
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


# Nouns of a group a unit sends ("команда", "делегация"): it takes part by what it is.
_SENT_GROUPS = folded_stems("participant_group_stems")


def units_sending(tokens: Tokens, num: NumberMatch, units: Token) -> Found | None:
    """ "Турнирге он эки мектептин тогузунан командалар келди": a part in the
    ablative of units counted in the genitive right before it (rows.part_of_source_units:
    `units` the units' noun), then no count of their people but a noun of who came from
    them: a group a unit sends (lexicon `participant_group_stems`), or people whose clause
    a verb of taking part closes. The part counts the units that sent them; the whole,
    all the units there are, stays dropped. Not people no such verb says took part
    ("... 8инен окуучулар сыйлык алышты")."""
    if num.value is None or num.last >= len(tokens) or tokens[num.last].kind != "word":
        return None
    who = who_at(tokens, num.last)
    if who is not None and (who.entry.source_only or who.entry.lemma in UNIT_NOUNS):
        return None
    status = None if who is None else status_after(tokens, who.last, PART_SOURCE_REACH)
    if status is None and not tokens[num.last].low.startswith(_SENT_GROUPS):
        return None
    unit = stem_of(units.low)
    return Found(
        num.value, "exact", unit, status or "unknown", num.start, num.end, rules.UNITS_SENDING
    )
