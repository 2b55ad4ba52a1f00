"""Finding counts: every possible number, in a bounded window of tokens around it,
is decided (decide.py); numbers with no noun of their own may then be rows
(rows.py). The tokens are the segment stage's (segment/tokens.py); only those around a
possible number are read, so long documents and hostile inputs stay linear."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from heapq import merge
from operator import methodcaller

from ... import rx
from ...explain import Rule
from ...models import Qualifier
from ...numbers import (
    NUMBER_BEGINS,
    NUMBER_START,
    NumberMatch,
    NumberReadings,
    Token,
    range_at,
    word_may_start,
)
from ...numbers.word_tables import NUMBER_DIGITS_MAX
from ...plain import Fields
from ...segment.sentences import CLAUSE_MARKS, sentence_ends
from ...segment.tokens import TokenStream
from ..word_starts import starts
from . import rules
from .constants import PART_SOURCE_REACH, SNAP, WINDOW_AFTER, WINDOW_BEFORE, WINDOW_MAX
from .decide import count_at, range_counts
from .elliptic import elliptic_next
from .elliptic_rows import gapped_row
from .gapping import gapped_count, gapped_unit_row
from .number_vetoes import leading_zero, part_of_other_number, phone_sign
from .phrase import Found
from .restated import restating_dropped
from .rows import (
    bare_row,
    bracketed_after_counted,
    bracketed_row,
    owned_part_row,
    owned_rows_without_total,
    part_of_source_units,
    rows_of_totals,
    source_count,
    source_units,
)
from .sources import units_sending
from .subsets import parts_of_dropped_totals
from .tallies import vote_tally_row
from .trailing import column_row, trailing_part, trailing_parts, trailing_row, trailing_rows
from .words import Tokens, who_at

# A match's span, as a function (a run of them read in C).
_SPAN = methodcaller("span")

# Records a decision on normalised [start, end): Context.decide, or nothing.
# Told each decision: its rule, kept, the span, and what was seen (a detail for --explain).
Record = Callable[[Rule, bool, int, int, str], object]


def _possible_numbers(text: str, stream: TokenStream | None = None) -> Iterable[tuple[int, int]]:
    """The spans of NUMBER_START's matches in `text`, in order: a run of digits is
    DIGIT_PIECE's match itself (NUMBER_START's first branch, the same greedy digits:
    a run's pieces, read in one pass, none matched again), and a number word is tried
    only where it may begin (NUMBER_BEGINS, found by the one search for all the word
    sets: word_starts; as a Scan finds them, without its work per place). A word's
    match holds letters only, so the two kinds never overlap: their spans merge as
    they sort. `stream`: the text's tokens (made here when not given). Made as they
    are read (memory: a run of "1.1 " has a possible number in two characters)."""
    stream = TokenStream(text) if stream is None else stream
    words = starts(stream, NUMBER_BEGINS)
    if words is None:
        return [m.span() for m in NUMBER_BEGINS.scan(text).finditer(NUMBER_START)]
    digits = _digit_pieces(stream.digit_runs())
    # two sorted runs of spans that never share a start: merged in one pass
    return merge(digits, map(_SPAN, rx.matches_at(NUMBER_START, text, words)))


def _digit_pieces(runs: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """DIGIT_PIECE's matches (`\\d{1,NUMBER_DIGITS_MAX}`, greedy) from the runs of digits
    the document's stream found once: each run cut every NUMBER_DIGITS_MAX digits."""
    most = NUMBER_DIGITS_MAX
    return ((k, min(k + most, end)) for start, end in runs for k in range(start, end, most))


def windows(text: str, stream: TokenStream | None = None) -> list[tuple[int, int]]:
    """Merged [start, end) ranges of `text` around every possible number, each at most
    WINDOW_MAX characters (and its snap) long (`stream`: the text's tokens, when the
    caller has them)."""
    merged: list[list[int]] = []
    for found_start, found_end in _possible_numbers(text, stream):
        start = max(0, found_start - WINDOW_BEFORE)
        end = min(len(text), found_end + WINDOW_AFTER)
        if merged and start <= merged[-1][1] and end - merged[-1][0] <= WINDOW_MAX:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    snapped: list[tuple[int, int]] = []
    for start, end in merged:
        if start:
            space = text.rfind(" ", max(0, start - SNAP), start)
            start = space + 1 if space >= 0 else start
        if end < len(text):
            space = text.find(" ", end, end + SNAP)
            end = space if space >= 0 else end
        snapped.append((start, end))
    return snapped


def passage(
    stream: TokenStream, start: int, end: int, ends: Sequence[int], russian: bool = False
) -> tuple[Tokens, list[int]]:
    """The tokens inside [start, end), with the indexes of those that end a sentence:
    line breaks, clause marks and the document's sentence ends (`ends`, sorted
    offsets from the segment stage); and those where a number or a range may start
    (numbers.start_indexes, read in the same pass: a token's kind read once)."""
    tokens = stream.between(start, end)
    lo = bisect_left(ends, start)
    inside = set(ends[lo : bisect_left(ends, end, lo)])
    breaks: list[int] = []
    starts: list[int] = []
    may = word_may_start
    for k, tok in enumerate(tokens):
        kind = tok.kind  # read once: most tokens are words
        if kind == "word":
            if may(tok.low):
                starts.append(k)
        elif kind == "num":
            starts.append(k)
        elif kind == "nl" or (
            kind == "punct" and (tok.start in inside or tok.text in CLAUSE_MARKS)
        ):
            breaks.append(k)
    return Tokens(tokens, frozenset(breaks), russian), starts


class _Window(Fields):
    """What one window's numbers turned out to be, by the token index of each number."""

    __slots__ = (
        "readings",
        "counts",
        "dropped",
        "elliptic",
        "sources",
        "bare",
        "trailing",
        "parts",
        "owners",
        "part_sources",
    )

    # Every number of the passage, read once (a range and the walk ask for the same).
    readings: NumberReadings
    counts: dict[int, Found]
    dropped: dict[int, tuple[Rule, NumberMatch]]
    elliptic: list[tuple[NumberMatch, int, Qualifier]]
    sources: list[tuple[NumberMatch, int, Token]]
    bare: list[NumberMatch]
    trailing: list[NumberMatch]
    parts: list[NumberMatch]
    # Units kept with a count of their people right after them: (the units', the people's)
    owners: list[tuple[int, int]]
    # Parts of units in the ablative before a count of their people ("46сынан"), and the units' noun
    part_sources: list[tuple[NumberMatch, Token]]
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(
        self,
        readings: NumberReadings,
        counts: dict[int, Found] | None = None,
        dropped: dict[int, tuple[Rule, NumberMatch]] | None = None,
        elliptic: list[tuple[NumberMatch, int, Qualifier]] | None = None,
        sources: list[tuple[NumberMatch, int, Token]] | None = None,
        bare: list[NumberMatch] | None = None,
        trailing: list[NumberMatch] | None = None,
        parts: list[NumberMatch] | None = None,
        owners: list[tuple[int, int]] | None = None,
        part_sources: list[tuple[NumberMatch, Token]] | None = None,
    ) -> None:
        self.readings = readings
        self.counts = {} if counts is None else counts
        self.dropped = {} if dropped is None else dropped
        self.elliptic = [] if elliptic is None else elliptic
        self.sources = [] if sources is None else sources
        self.bare = [] if bare is None else bare
        self.trailing = [] if trailing is None else trailing
        self.parts = [] if parts is None else parts
        self.owners = [] if owners is None else owners
        self.part_sources = [] if part_sources is None else part_sources


# Drops that leave a number no row of a total: an item's number, and a part told by what
# happened to it ("из них 45 человек трудоустроены": outcome_predicate.py).
_NO_ROW_VERDICTS = frozenset((rules.ITEM_NUMBER, rules.OUTCOME_PREDICATE))


def _decide_window(tokens: Tokens, starts: list[int]) -> _Window:
    """The numbers of a passage read and decided; `starts`: where one may start (`passage`)."""
    # the numbers are read from the plain list (Tokens.plain: a list's fast subscripts)
    read = NumberReadings(tokens.plain)
    window = _Window(read)
    i = 0  # the tokens before i are read
    for start in starts:
        if start < i:
            continue
        i = start
        found_range = range_at(tokens.plain, i, read)
        pair = range_counts(tokens, found_range) if found_range is not None else None
        if found_range is not None and pair is not None:
            window.counts[found_range.low.first], window.counts[found_range.high.first] = pair
            i = found_range.high.last
            continue
        num = read.at(i)
        if num is None:
            i += 1
            continue
        verdict = count_at(tokens, num)
        if isinstance(verdict, Found):
            window.counts[i] = verdict
            _maybe_owner(tokens, num, verdict, window)
        elif verdict is rules.NO_NOUN and vote_tally_row(tokens, num.first):
            window.dropped[i] = (rules.VOTE_TALLY_ROW, num)  # "«за» — 16": no row
        else:
            window.dropped[i] = (verdict, num)
            if (
                num.is_count
                and verdict not in _NO_ROW_VERDICTS
                and not part_of_other_number(tokens, num)
            ):
                _maybe_row(tokens, num, window, verdict)
                if verdict is rules.NO_NOUN and (
                    trailing_row(tokens, num) or column_row(tokens, num)
                ):
                    window.trailing.append(num)
                if verdict is rules.PARTITIVE_WITHOUT_VERB and trailing_part(tokens, num):
                    window.parts.append(num)
        i = num.last
    return window


def _maybe_row(tokens: Tokens, num: NumberMatch, window: _Window, verdict: Rule) -> None:
    # a row that names its own people or takes those of a count before it; `verdict`:
    # the rule that dropped the number
    row = (
        bracketed_row(tokens, num)
        or bracketed_after_counted(tokens, num, window.counts)
        or gapped_row(tokens, num, window.counts)
        or gapped_count(tokens, num, window.counts)
        or gapped_unit_row(tokens, num, window.counts)
    )
    if row is not None:
        del window.dropped[num.first]
        window.counts[num.first] = row
        return
    nxt = elliptic_next(tokens, num)
    source = source_units(tokens, num)
    part_of = part_of_source_units(tokens, num)
    if part_of is not None:
        window.part_sources.append((num, part_of))
    elif nxt is not None:
        window.elliptic.append((num, *nxt))
    elif source is not None:
        window.sources.append((num, *source))
    elif bare_row(tokens, num) or (
        verdict is rules.PARTITIVE_WITHOUT_VERB and owned_part_row(tokens, num)
    ):
        window.bare.append(num)


def _maybe_owner(tokens: Tokens, num: NumberMatch, found: Found, window: _Window) -> None:
    """Units kept by their own noun in the genitive, a count of their people right after
    them ("эки мектептин 1 900 окуучусуна"): noted, to follow that count."""
    if found.rule is not rules.WHO_NOUN:
        return
    source = source_units(tokens, num)
    if source is None:
        return
    people = window.readings.at(source[0])
    if people is not None and people.last < len(tokens) and who_at(tokens, people.last):
        window.owners.append((num.first, source[0]))


def _drop_units_of_dropped_people(window: _Window) -> None:
    """Units whose people, counted right after them, take no part ("Зал эки мектептин 1
    900 окуучусуна кызмат кылат": the pupils are served) take none either."""
    for units, people in window.owners:
        if people in window.dropped and units in window.counts:
            del window.counts[units]
            num = window.readings.at(units)
            if num is not None:
                window.dropped[units] = (rules.UNITS_OF_DROPPED_PEOPLE, num)


def _settle_rows(tokens: Tokens, window: _Window) -> None:
    counts = window.counts
    for k in owned_rows_without_total(tokens, counts):
        del counts[k]
        num = window.readings.at(k)
        if num is not None:
            window.dropped[k] = (rules.PARTITIVE_WITHOUT_VERB, num)
    for num, nxt, noun in window.sources:
        taking_part = counts.get(nxt)
        if taking_part is not None and num.value is not None:
            counts[num.first] = source_count(num, noun, taking_part)
    for num, noun in window.part_sources:
        # "58 мектептин 46сынан 9-11-класстын 312 окуучусу катышты": the next count kept
        later = (counts.get(k) for k in range(num.last, num.last + PART_SOURCE_REACH + 1))
        taking_part = next((c for c in later if c is not None), None)
        if taking_part is not None and num.value is not None:
            del window.dropped[num.first]
            found = source_count(num, noun, taking_part)
            found.end = num.end  # the units' noun stands before the part
            counts[num.first] = found
        elif taking_part is None and (sending := units_sending(tokens, num, noun)) is not None:
            # "он эки мектептин тогузунан командалар келди": no count of their people
            del window.dropped[num.first]
            counts[num.first] = sending
    rows_of_totals(tokens, counts, window.bare, window.dropped.keys())
    trailing_rows(tokens, counts, window.trailing)
    trailing_parts(tokens, counts, window.parts)
    # Right to left, so that a list of any length shares its last noun.
    unshared: list[NumberMatch] = []
    for num, nxt, qualifier in reversed(window.elliptic):
        shared = counts.get(nxt)
        if shared is not None and shared.who is not None and num.value is not None:
            counts[num.first] = Found(
                num.value,
                qualifier,
                shared.who,
                shared.status,
                num.start,
                num.end,
                rules.ELLIPTIC_ROW,
            )
        else:
            unshared.append(num)
    # A list whose last number counts no one ("избраны делегаты: от Кочкорского АО – 34,
    # ..., от Сон-Кульского – 12, остальные прислали по 15-20 человек"): its rows are
    # still the rows of the total or the subject before its opener.
    rows_of_totals(tokens, counts, unshared[::-1], window.dropped.keys())
    _drop_parts_of_dropped_totals(tokens, window)
    _drop_units_of_dropped_people(window)
    _drop_restatements_of_dropped(tokens, window)


def _drop_restatements_of_dropped(tokens: Tokens, window: _Window) -> None:
    """A count restating a dropped count before it in other units counts no one either
    (restated.py)."""
    for k in restating_dropped(tokens, window.counts, window.dropped):
        del window.counts[k]
        num = window.readings.at(k)
        if num is not None:
            window.dropped[k] = (rules.RESTATED_DROPPED_COUNT, num)


def _drop_parts_of_dropped_totals(tokens: Tokens, window: _Window) -> None:
    """A part after "в том числе" of a total dropped before it counts no one either."""
    for k in parts_of_dropped_totals(tokens, window.counts, window.dropped):
        del window.counts[k]
        num = window.readings.at(k)
        if num is not None:
            window.dropped[k] = (rules.PART_OF_DROPPED_TOTAL, num)


def find_counts(
    text: str,
    ends: Sequence[int] | None = None,
    record: Record | None = None,
    stream: TokenStream | None = None,
    russian: bool = False,
) -> list[Found]:
    """Every participant count of a normalised text, in order. `ends` are the text's
    sentence ends and `stream` its tokens (Segments.sentence_ends, Segments.tokens;
    made here when not given); `record` is told every number's decision; `russian`: the
    document's language is Russian (words.Tokens.russian)."""
    if ends is None:
        ends = sentence_ends(text)
    stream = stream or TokenStream(text, ends)
    found: list[Found] = []
    last_end = 0
    for start, end in windows(text, stream):
        tokens, starts = passage(stream, start, end, ends, russian)
        window = _decide_window(tokens, starts)
        _settle_rows(tokens, window)
        for i in sorted(window.counts.keys() | window.dropped.keys()):
            count = window.counts.get(i)
            if count is None:
                if record is not None:
                    rule, num = window.dropped[i]
                    record(rule, False, num.start, num.end, _seen(tokens, rule, num))
                continue
            if count.start < last_end:
                if record is not None:
                    record(rules.OVERLAP, False, count.start, count.end, "")
                continue
            if record is not None:
                record(count.rule, True, count.start, count.end, "")
            found.append(count)
            last_end = count.end
    return found


def _seen(tokens: Tokens, rule: Rule, num: NumberMatch) -> str:
    """What --explain adds to a dropped number's rule: what made it a phone's digits,
    or, for a number no noun follows, the leading zero of a phone number or its code."""
    if rule is rules.PHONE_NUMBER:
        return phone_sign(tokens, num) or ""
    if rule is rules.NO_NOUN:
        return leading_zero(num, tokens) or ""
    return ""
