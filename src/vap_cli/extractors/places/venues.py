"""Event venues: a Russian noun of a name that is both a city and an oblast after "в",
next to an event's kind word or verb, names the city where the event is held
(places.event_venue reads the mark in bare_names.py)."""

from __future__ import annotations

from ..events.kinds import kinds_in, verb_in
from .mention import Mention, Token
from .tokens import gap_between
from .vocabulary import (
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
