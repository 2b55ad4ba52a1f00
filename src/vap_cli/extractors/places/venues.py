"""Event venues: a Russian noun of a name that is both a city and an oblast after "в",
next to an event's kind word or verb, names the city where the event is held
(places.event_venue reads the mark in bare_names.py)."""

from __future__ import annotations

from ..events.kinds import kinds_in, verb_in
from .index import PlaceIndex
from .mention import Mention, Token
from .tokens import gap_between, one_word_between
from .vocabulary import (
    COMMA_GAP,
    JOINERS,
    ROUTE_LEVELS,
    VENUE_EVENT_PREPOSITIONS,
    VENUE_KIND_BEFORE_VERB,
    VENUE_PREPOSITIONS,
    VENUE_WORDS_AFTER,
    VENUE_WORDS_AFTER_VERB,
    WORD_GAP,
)

# The levels of a name whose Russian noun may name an event's venue or its region.
_VENUE_LEVELS = frozenset({"city", "oblast"})


def mark_event_venues(mentions: list[Mention], tokens: list[Token], text: str) -> None:
    """A Russian noun of a name both a city and an oblast after "в", next to an event's
    kind word (the word before the preposition: "на конференции в Джалал-Абаде"; or one
    of the words after the name: "в Нарыне областной курултай пройдет") or an event verb
    after it ("в Оше прошел семинар"): where the event is held, the city."""
    for m in mentions:
        if not m.russian_noun or m.type_word is not None or m.first < 1:
            continue
        if not _VENUE_LEVELS <= {u.level for u in m.units}:
            continue
        prep = m.first - 1
        if tokens[prep].low not in VENUE_PREPOSITIONS or tokens[prep].sentence != m.sentence:
            continue
        m.venue = (
            _event_word_before(tokens, prep, text)
            or _event_word_after(m, tokens, text)
            or _event_clause_before(tokens, prep, text)
        )


def _event_word_before(tokens: list[Token], prep: int, text: str) -> bool:
    """An event's kind word right before the preposition, in its sentence."""
    k = prep - 1
    return (
        k >= 0
        and tokens[k].sentence == tokens[prep].sentence
        and gap_between(text, tokens[k], tokens[prep]) in WORD_GAP
        and bool(kinds_in(text, tokens[k].start, tokens[k].end))
    )


def _event_clause_before(tokens: list[Token], prep: int, text: str) -> bool:
    """The event's kind word, then its verb, before the preposition in its sentence
    ("Следующий форум пройдет в Джалал-Абаде", "Семинар запланирован на 5 мая в Оше"):
    the verb at most VENUE_WORDS_AFTER_VERB words before the preposition, the kind word
    at most VENUE_KIND_BEFORE_VERB words before the verb."""
    first = _back_in_sentence(tokens, prep, VENUE_WORDS_AFTER_VERB)
    if first == prep:
        return False
    verb = verb_in(text, tokens[first].start, tokens[prep].start)
    if verb is None:
        return False
    k = first
    while k < prep and tokens[k].end <= verb.start():
        k += 1
    kind_first = _back_in_sentence(tokens, k, VENUE_KIND_BEFORE_VERB)
    return kind_first < k and bool(kinds_in(text, tokens[kind_first].start, verb.start()))


def _back_in_sentence(tokens: list[Token], k: int, reach: int) -> int:
    """The first of the at most `reach` tokens before token k in its sentence (k when
    none)."""
    sentence = tokens[k].sentence if k < len(tokens) else None
    first = k
    while first > 0 and k - first < reach and tokens[first - 1].sentence == sentence:
        first -= 1
    return first


def _event_word_after(m: Mention, tokens: list[Token], text: str) -> bool:
    """An event's kind word or verb among the few words after the name, in its sentence
    (one more after a preposition of an event: "в Джалал-Абаде на областном форуме")."""
    last = m.last
    reach = VENUE_WORDS_AFTER
    if last + 1 < len(tokens) and tokens[last + 1].low in VENUE_EVENT_PREPOSITIONS:
        reach += 1
    while (
        last + 1 < len(tokens)
        and last - m.last < reach
        and tokens[last + 1].sentence == m.sentence
        and gap_between(text, tokens[last], tokens[last + 1]) in WORD_GAP
    ):
        last += 1
    if last == m.last:
        return False
    start, end = tokens[m.last + 1].start, tokens[last].end
    return bool(kinds_in(text, start, end)) or verb_in(text, start, end) is not None


def mark_venue_lists(
    mentions: list[Mention], tokens: list[Token], text: str, idx: PlaceIndex
) -> None:
    """Russian nouns listed after "в" (joined by a comma or a joiner), an event's kind
    word or verb right after the last ("в Нарыне и Кочкоре прошли семинары"), one of
    them a name both a city and an oblast: each member is a place the event is held,
    the settlement of its name (places.venue_list; a village beside the city)."""
    for chain in _bare_noun_chains(mentions, tokens, text):
        first = chain[0].first
        if (
            len(chain) > 1
            and first > 0
            and tokens[first - 1].low in VENUE_PREPOSITIONS
            and tokens[first - 1].sentence == chain[0].sentence
            and any(_VENUE_LEVELS <= {u.level for u in m.units} for m in chain)
            and _event_word_after(chain[-1], tokens, text)
        ):
            for m in chain:
                m.venue_listed = True
                add_settlements(m, idx)


def add_settlements(m: Mention, idx: PlaceIndex) -> None:
    """A Russian noun, read for the larger levels only (add_russian_nouns), gets its
    name's settlements too."""
    if m.russian_noun:
        more = [u for u in idx.lookup(m.name) if u.level in ROUTE_LEVELS]
        m.units = [*m.units, *(u for u in more if u not in m.units)]


def _bare_noun_chains(
    mentions: list[Mention], tokens: list[Token], text: str
) -> list[list[Mention]]:
    """Runs of bare Russian nouns in a row, each joined to the one before it."""
    chains: list[list[Mention]] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if not m.russian_noun or m.type_word is not None:
            continue
        if chains and _noun_joined(chains[-1][-1], m, tokens, text):
            chains[-1].append(m)
        else:
            chains.append([m])
    return chains


def _noun_joined(a: Mention, b: Mention, tokens: list[Token], text: str) -> bool:
    """b follows a in its sentence after a comma, or after one joiner between spaces."""
    if a.sentence != b.sentence:
        return False
    if b.first == a.last + 1:
        return gap_between(text, tokens[a.last], tokens[b.first]) in COMMA_GAP
    return one_word_between(a.last, b.first, tokens, text, JOINERS)
