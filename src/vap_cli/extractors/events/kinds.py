"""Kinds and durations: the event words of lexicon/events.yaml, the kinds and durations a
text names, and the units (sentences, list items) events are read from."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

import regex

from ... import fold, rx
from ...lexicon import load
from ...models import Event
from ...numbers import read_words
from ...plain import Fields
from ...segment import Segments
from ...segment.cover import Cover
from ...segment.tokens import TokenStream
from ..word_starts import (
    DURATION_UNIT_BEGINS,
    DURATION_WORD_BEGINS,
    EVENT_VERBS,
    KIND_BEGINS,
    VERB_BEGINS,
    starts,
)
from .asides import Quotes, outcome_opener

EVENTS_LEX = load("events")
_EXTRA: int = EVENTS_LEX["stem_extra_letters"]


def _phrase(stem: str, extra: int) -> str:
    words = stem.split()
    return r"\s{1,3}".join(regex.escape(w) + rf"\p{{L}}{{0,{extra}}}" for w in words)


# Each kind word (lexicon `kinds`, and `kinds_whole_words` with no ending), also as a
# Russian keyboard types it ("тегерек устол" for "тегерек үстөл"): its kind and how many
# letters may follow it.
def _stem_tables() -> tuple[dict[str, str], dict[str, int]]:
    """Each stem's kind and its letters allowed after it; a stem listed twice keeps its
    first kind."""
    kind_of: dict[str, str] = {}
    extra_of: dict[str, int] = {}
    for table, extra in ((EVENTS_LEX["kinds"], _EXTRA), (EVENTS_LEX["kinds_whole_words"], 0)):
        for kind, stems in table.items():
            for stem in fold.typed_too(stems):
                kind_of.setdefault(stem, kind)
                extra_of.setdefault(stem, extra)
    return kind_of, extra_of


_KIND_OF_STEM, _EXTRA_OF_STEM = _stem_tables()


# Longest stems first, so the alternation prefers "семинар-тренинг" to "семинар".
_STEMS = sorted(_KIND_OF_STEM, key=len, reverse=True)
# The kind words that name an event only with a verb of holding right after them
# ("окуу өттү"; lexicon `kinds_with_holding_verb`, `holding_verbs`), each a whole word,
# tried after every stem ("окуу тренингдери" is a stem's): their kind.
HOLDING_BOUND: dict[str, str] = {
    word: kind
    for kind, words in EVENTS_LEX["kinds_with_holding_verb"].items()
    for word in fold.typed_too(words)
}
_BOUND_WORDS = list(HOLDING_BOUND)
_HOLDING_AHEAD = (
    r"(?=\s{1,3}(?:"
    + "|".join(
        r"\s{1,3}".join(map(regex.escape, v.split()))
        for v in fold.typed_too(EVENTS_LEX["holding_verbs"])
    )
    + r")(?![\p{L}\d]))"
)
_BOUND = [regex.escape(w) + _HOLDING_AHEAD for w in _BOUND_WORDS]
_KIND = rx.compile(
    r"(?<![\p{L}\d-])(?:"
    + "|".join(
        [
            *(rf"(?P<k{i}>{_phrase(s, _EXTRA_OF_STEM[s])})" for i, s in enumerate(_STEMS)),
            *(rf"(?P<b{i}>{b})" for i, b in enumerate(_BOUND)),
        ]
    )
    + r")(?![\p{L}\d])",
    regex.IGNORECASE,
)
# Where a kind word starts: the same words as a trie (rx.union), much cheaper to
# search with; _KIND, anchored there, tells which stem, as a search with it would.
_KIND_START = rx.compile(
    r"(?<![\p{L}\d-])(?:"
    + rx.union(rx.phrase_atoms(s, _EXTRA_OF_STEM[s]) for s in _STEMS)
    + "".join("|" + b for b in _BOUND)
    + r")(?![\p{L}\d])",
    regex.IGNORECASE,
)
# Where _KIND_START may match: the first words of the stems (word_starts.KIND_BEGINS:
# searched ten times faster).
_VERB = rx.compile(
    r"(?<![\p{L}\d])(?:"
    + "|".join(
        [
            # (and as a Russian keyboard types them: "болуп отту" for "болуп өттү")
            *(_phrase(v, _EXTRA) for v in EVENT_VERBS),
            *map(regex.escape, EVENTS_LEX["event_verbs_whole"]),
        ]
    )
    + r")(?![\p{L}\d])",
    regex.IGNORECASE,
)
_UNITS: dict[str, int] = {k.casefold(): v for k, v in EVENTS_LEX["duration_units"].items()}
_DURATION_UNIT = rx.compile(rx.whole_words(_UNITS, digits=True), regex.IGNORECASE)
_DURATION_WORD = rx.compile(
    r"(?<![\p{L}\d])(?P<stem>"
    + "|".join(map(regex.escape, EVENTS_LEX["duration_words"]))
    + r")\p{L}{0,6}(?![\p{L}\d])",
    regex.IGNORECASE,
)
# Where _VERB and the duration patterns may match: word_starts.VERB_BEGINS,
# DURATION_UNIT_BEGINS and DURATION_WORD_BEGINS (searched faster).
_DURATION_WORDS: dict[str, int] = {k.casefold(): v for k, v in EVENTS_LEX["duration_words"].items()}
_DURATION_DIGITS = rx.compile(
    r"(?<![\p{L}\d])(?P<n>\d{1,3})\s{0,2}-?\s{0,2}(?:"
    + "|".join(map(regex.escape, EVENTS_LEX["duration_digit_suffixes"]))
    + r")\p{L}{0,6}(?![\p{L}\d])",
    regex.IGNORECASE,
)
_BULLETS: str = EVENTS_LEX["list_bullets"]
_ITEM = rx.compile(r"[ \t]{0,8}(?:[" + regex.escape(_BULLETS) + r"]|\d{1,2}[.)])[ \t]")


class EventUnit(Fields):
    """A sentence or a list item of the prose, in normalised offsets."""

    __slots__ = (
        "start",
        "end",
        "head_end",
        "kind",
        "inherited",
        "kinds",
        "outcome",
        "next_one",
        "quotes",
    )

    start: int
    end: int
    head_end: int  # where an item's head ("Жазы АА (Өзгөн району), 21-ноябрь") ends
    kind: str | None
    inherited: bool
    # kinds_in of the unit, when units_of read them already (a sentence: read once)
    kinds: list[tuple[str, int, int]] | None
    outcome: bool  # an item of a list an event's outcome opens ("Жыйындын жыйынтыгы:")
    next_one: bool  # its kind word names the next event of the kind ("Кийинки жыйын")
    # the unit's quotations, read once when a kind word or a verb asks (prose._quotes)
    quotes: Quotes | None
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(
        self,
        start: int,
        end: int,
        head_end: int,
        kind: str | None = None,
        inherited: bool = False,
        kinds: list[tuple[str, int, int]] | None = None,
    ) -> None:
        self.start = start
        self.end = end
        self.head_end = head_end
        self.kind = kind
        self.inherited = inherited
        self.kinds = kinds
        self.outcome = False
        self.next_one = False
        self.quotes = None


class Draft(Fields):
    __slots__ = ("event", "units")
    event: Event
    units: list[EventUnit]
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(self, event: Event, units: list[EventUnit] | None = None) -> None:
        self.event = event
        self.units = [] if units is None else units


def _matches_at(
    pattern: regex.Pattern[str], text: str, places: list[int], start: int, stop: int
) -> Iterator[regex.Match[str]]:
    """What rx.Scan.finditer of text[start:stop] finds with `pattern`, given the places
    of the whole text where the pattern's beginnings are (word_starts): those inside
    [start, stop), each tried from the end of the last match on."""
    after = start
    for k in places[bisect_left(places, start) : bisect_left(places, stop)]:
        if k < after:
            continue
        m = pattern.match(text, k, stop, rx.NOT_CONCURRENT)
        if m is not None:
            yield m
            after = max(m.end(), m.start() + 1)


def kinds_in(
    text: str, start: int = 0, end: int | None = None, stream: TokenStream | None = None
) -> list[tuple[str, int, int]]:
    """(kind, start, end) of every kind word in text[start:end]; `stream`: the text's
    tokens, whose word places (word_starts) serve when several stretches are read."""
    out = []
    stop = len(text) if end is None else end
    found = starts(stream, KIND_BEGINS) if stream is not None else None
    for m in (
        rx.finditer_from(_KIND_START, _KIND, text, start, stop, KIND_BEGINS)
        if found is None
        else rx.finditer_from_at(_KIND_START, _KIND, text, found, start, stop)
    ):
        group = str(m.lastgroup)  # every alternative is a named group
        kind = (
            _KIND_OF_STEM[_STEMS[int(group[1:])]]
            if group[0] == "k"
            else HOLDING_BOUND[_BOUND_WORDS[int(group[1:])]]
        )
        out.append((kind, m.start(), m.end()))
    return out


def verb_in(
    text: str, start: int, end: int, stream: TokenStream | None = None
) -> regex.Match[str] | None:
    """The first event verb of text[start:end] ("өткөрүлдү", "состоится"); `stream`:
    the text's tokens, when several stretches of it are read."""
    places = starts(stream, VERB_BEGINS) if stream is not None else None
    if places is not None:
        return next(_matches_at(_VERB, text, places, start, end), None)
    return VERB_BEGINS.scan(text, start, end).search(_VERB, start)


# A duration's number words ("он беш күндүк") stand right before its unit: at most this
# many words, within this many characters.
DURATION_MAX_WORDS = 4
DURATION_REACH = 60


def duration_in(
    text: str,
    start: int = 0,
    end: int | None = None,
    tokens: TokenStream | None = None,
) -> int | None:
    """Days of a duration phrase: "үч күндүк" -> 3, "бир күндүк" -> 1, "трехдневный" -> 3.
    `tokens`: the segment stage's tokens of `text` (tokenised here when not given: then
    the stretch is searched itself, else at the stream's word places)."""
    stop = len(text) if end is None else end
    stream = TokenStream(text) if tokens is None else tokens
    units = starts(tokens, DURATION_UNIT_BEGINS) if tokens is not None else None
    for m in (
        DURATION_UNIT_BEGINS.scan(text, start, stop).finditer(_DURATION_UNIT)
        if units is None
        else _matches_at(_DURATION_UNIT, text, units, start, stop)
    ):
        reach = max(start, m.start() - DURATION_REACH)
        words = [t for t in stream.between(reach, m.start()) if t.kind == "word"]
        for k in range(max(0, len(words) - DURATION_MAX_WORDS), len(words)):
            run = words[k:]
            if text[run[-1].end : m.start()].strip():
                continue
            phrase = read_words([w.text for w in run])
            if phrase and phrase.length == len(run):
                return phrase.value * _UNITS[m.group().casefold()]
    digits = _DURATION_DIGITS.search(text, start, stop, rx.NOT_CONCURRENT)
    if digits:
        return int(digits.group("n"))
    places = starts(tokens, DURATION_WORD_BEGINS) if tokens is not None else None
    word = (
        DURATION_WORD_BEGINS.scan(text, start, stop).search(_DURATION_WORD, start)
        if places is None
        else next(_matches_at(_DURATION_WORD, text, places, start, stop), None)
    )
    if word:
        return _DURATION_WORDS[word.group("stem").casefold()]
    return None


def units_of(text: str, segments: Segments) -> list[EventUnit]:
    """Sentences (the segment stage's) and list items of the prose, outside tables and
    related-news blocks (other articles' headlines: "Другие новости" / "В Караколе
    прошел форум молодежи"); items inherit the kind of the sentence that opens their
    list with a colon."""
    skip = Cover([*((t.start, t.end) for t in segments.tables), *segments.line_classes.related])
    units: list[EventUnit] = []
    opener: str | None = None
    outcome = False  # the opener names an event's outcome (asides.outcome_opener)
    line_start = searched = 0
    for s, e in segments.sentences:
        newline = text.rfind("\n", searched, s)  # sentences come in order: linear
        line_start, searched = (newline + 1 if newline >= 0 else line_start), s
        if s in skip:
            continue
        first = text[line_start : line_start + 1]
        # a line opening with a letter is no item (most lines): no match asked
        bullet = (
            None
            if first.isalpha() and first not in _BULLETS
            else _ITEM.match(text, line_start, None, rx.NOT_CONCURRENT)
        )
        is_item = bullet is not None and s < bullet.end()
        if is_item:
            colon = text.find(":", s, e)
            unit = EventUnit(s, e, colon if colon > 0 else e)
            if opener:
                unit.kind, unit.inherited, unit.outcome = opener, True, outcome
            units.append(unit)
            continue
        found = kinds_in(text, s, e, segments.tokens)
        unit = EventUnit(s, e, e, kinds=found)
        units.append(unit)
        opener = found[0][0] if found and text[s:e].rstrip().endswith(":") else None
        outcome = opener is not None and outcome_opener(
            t.low for t in segments.tokens.between(s, e) if t.kind == "word"
        )
    return units
