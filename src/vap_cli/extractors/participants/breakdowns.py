"""Breakdowns (a resolve step, once places are known): rows that break down a total
("... 385 башчысы катышат: Нарын облусунан 63 ...") get `part_of` and their place,
and a warning when they do not add up. Offsets here index the original text.

Every look-up is O(log n) or bounded (`Passages`): sentence ends come from the
segment stage, line starts and place mentions are sorted once and bisected.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate, count
from operator import add

import regex

from ... import rx
from ...context import Context
from ...models import Participation, PlaceRef, WarningCode
from ...normalise import CARRIAGE_RETURN, DROPPED, ORIGINAL_LINE_BREAK
from ...plain import Fields
from .constants import DASHES, INTRO_REACH, JOINER_REACH, PEOPLE_UNITS_GAP, ROW_GAP_REACH
from .counts_without_who import OPENERS
from .rows import breakdown_key
from .single_roles import single_roles
from .words import LEX, UNIT_NOUNS, alternation

_LIST_MARKERS = tuple(LEX["list_markers"])
# what may stand between a place and its row's number: "Нарынская – 76", "город Ош – 32";
# the original text still has what normalising drops (a soft hyphen, a zero width space),
# but for a lone CR, which ends a line
_ROW_GAP = frozenset(" \u00a0") | DASHES | (DROPPED - {CARRIAGE_RETURN})
_LIST_JOINERS = tuple(
    j if not j[:1].isalpha() else " " + j for j in (w.casefold() for w in LEX["list_joiners"])
)
_NUMBERED_ROW = rx.compile(r"\d{1,2}[.)]\s")
# blanks before a list mark, and what normalising drops (a soft hyphen, a zero width
# space), which the original text still has: the line reads as the parser's text does
_LEADING_SPACE = rx.compile(
    r"[\s" + "".join(regex.escape(c) for c in sorted(DROPPED - {CARRIAGE_RETURN})) + "]*"
)
_OPENER_PATTERNS = tuple(
    rx.compile(r"(?<!\w)" + r"\s{1,5}".join(map(regex.escape, p)) + r"(?!\w)", regex.IGNORECASE)
    for p in OPENERS.items
)
# "алардын 35и аялдар": the owner of the parts right before the first one's number (rows.py
# reads such a count as a part of the total before it, participants.owned_partitive_row)
_OWNER_BEFORE_PART = rx.compile(
    r"(?<!\w)(?:" + alternation(LEX["partitive_owners"]) + r")\s{1,5}$", regex.IGNORECASE
)
_DISTRIBUTION = rx.compile(
    r"(?<!\w)(?:" + alternation(LEX["distribution_stems"]) + ")", regex.IGNORECASE
)
_WORD = rx.compile(r"\w[\w-]*")


class PlaceMention(Fields):
    __slots__ = ("start", "end", "ref")
    start: int
    end: int
    ref: PlaceRef

    def __init__(self, start: int, end: int, ref: PlaceRef) -> None:
        self.start = start
        self.end = end
        self.ref = ref


def place_mentions(ctx: Context) -> list[PlaceMention]:
    mentions: dict[tuple[int, int], PlaceMention] = {}
    for place in ctx.places:
        if place.level == "country":
            continue
        ref = PlaceRef.model_construct(level=place.level, name=place.name, soate=place.soate)
        for span in [place.span, *place.mentions]:
            mentions.setdefault((span.start, span.end), PlaceMention(span.start, span.end, ref))
    return sorted(mentions.values(), key=lambda m: (m.start, m.end))


def _line_breaks(text: str) -> list[int]:
    """The offsets of the original text's line breaks (ORIGINAL_LINE_BREAK: a line
    feed, or a carriage return alone). Without a carriage return, the line feeds':
    the lengths of the lines between them summed in C (no search, no match objects)."""
    if "\r" in text:
        return [m.start() for m in ORIGINAL_LINE_BREAK.finditer(text)]
    # break k follows lines 0..k and the k breaks before it
    return list(map(add, accumulate(map(len, text.split("\n")[:-1])), count()))


class Passages:
    """The original text indexed once: its lines, its sentence ends (the segment
    stage's, mapped back) and its place mentions, each looked up by bisection."""

    def __init__(self, ctx: Context) -> None:
        self.text = ctx.original
        self.work = 0  # characters and mentions visited by look-ups: tests count it
        self._norm = ctx.norm
        self._segments = ctx.segments
        self._newlines = _line_breaks(self.text)
        self.mentions = place_mentions(ctx)
        self._starts = [m.start for m in self.mentions]
        self._by_end = sorted(range(len(self.mentions)), key=lambda k: self.mentions[k].end)
        self._ends = [self.mentions[k].end for k in self._by_end]
        # the tables laid out in the text (segment stage), as original spans, by start
        self._tables = [ctx.norm.to_original(t.start, t.end) for t in ctx.segments.tables]
        self._table_starts = [start for start, _ in self._tables]

    def line_bounds(self, pos: int) -> tuple[int, int]:
        k = bisect_left(self._newlines, pos)
        start = self._newlines[k - 1] + 1 if k else 0
        end = self._newlines[k] if k < len(self._newlines) else len(self.text)
        return start, end

    def sentence_break(self, start: int, end: int) -> int | None:
        """The original offset right after the first end of a sentence or a clause
        in [start, end)."""
        to_normalised = self._norm.to_normalised
        found = self._segments.sentence_break(
            to_normalised(start), to_normalised(end), clauses=True
        )
        return None if found is None else self._norm.ends[found]

    def table_at(self, pos: int) -> tuple[int, int] | None:
        """The span of the table the text holds at `pos`, if any."""
        k = bisect_right(self._table_starts, pos) - 1
        if k < 0 or pos >= self._tables[k][1]:
            return None
        return self._tables[k]

    def nearest_place(self, start: int, end: int) -> PlaceRef | None:
        """The place named last in text[start:end], leaving out names in parentheses
        ("Жазы АА (Өзгөн району), 21-ноябрь: 20дан ..." -> Жазы)."""
        best: PlaceMention | None = None
        opened = closed = 0
        pos = start
        for k in range(bisect_left(self._starts, start), len(self.mentions)):
            m = self.mentions[k]
            if m.start >= end:
                break
            self.work += 1 + m.start - pos
            opened += self.text.count("(", pos, m.start)
            closed += self.text.count(")", pos, m.start)
            pos = m.start
            if m.end <= end and opened <= closed:
                best = m
        return best.ref if best else None

    def place_just_before(self, pos: int) -> PlaceRef | None:
        """ "Талас облусунан 25 катышуучу": the place named right before the count, unless
        it closes a list ("Сузак, Ноокен жана Базар-Коргон райондорунан 45 ...": three
        places)."""
        gap = pos
        while gap > 0 and pos - gap < ROW_GAP_REACH and self.text[gap - 1] in _ROW_GAP:
            gap -= 1
        first, last = bisect_left(self._ends, gap), bisect_right(self._ends, pos)
        self.work += pos - gap + last - first
        if first == last:
            return None
        m = min((self.mentions[self._by_end[k]] for k in range(first, last)), key=_order)
        lo = max(0, m.start - JOINER_REACH)
        before = self.text[lo : m.start].rstrip().casefold()
        joiner = next((j for j in _LIST_JOINERS if before.endswith(j)), None)
        # a joiner right after another place: "Ноокен жана Базар-Коргон ..."
        # ("142 кызматчы, Жалал-Абад облусунан 236" is a new row, not a list)
        if joiner is not None and self._place_ends_at(lo + len(before) - len(joiner.lstrip())):
            return None
        return m.ref

    def _place_ends_at(self, pos: int) -> bool:
        """A place name ends at `pos`, a few spaces before it aside."""
        stop = max(0, pos - JOINER_REACH)
        while pos > stop and self.text[pos - 1].isspace():
            pos -= 1
        k = bisect_left(self._ends, pos)
        return k < len(self._ends) and self._ends[k] == pos


def _order(m: PlaceMention) -> tuple[int, int]:
    return m.start, m.end


def _opens_list_line(text: str, line_start: int, end: int) -> bool:
    """The line text[line_start:end] opens with a list mark or a row's number, read at
    the line's head only: a count far into a long line does not copy the line up to it
    (linear on a one-line document)."""
    head = _LEADING_SPACE.match(text, line_start, end, rx.NOT_CONCURRENT)
    pos = line_start if head is None else head.end()
    return text.startswith(_LIST_MARKERS, pos, end) or bool(
        _NUMBERED_ROW.match(text, pos, end, rx.NOT_CONCURRENT)
    )


def _opening(text: str, start: int, end: int) -> tuple[int, bool, bool]:
    """Where the rows after a total open in text[start:end] (its colon, else "анын
    ичинде", else "алардын" right before the first part's number), relative to `start`;
    whether it is a colon; and whether it is the parts' owner, which may open the next
    sentence ("... 420 делегат катышты. Алардын 260ы эркек"). -1 when they do not open."""
    gap = text[start:end]
    colon = gap.find(":")
    if colon >= 0:
        return colon, True, False
    opener = next((m for p in _OPENER_PATTERNS if (m := p.search(gap))), None)
    if opener is not None:
        return opener.start(), False, False
    owner = _OWNER_BEFORE_PART.search(gap, 0, len(gap), rx.NOT_CONCURRENT)
    return (owner.start(), False, True) if owner else (-1, False, False)


def _opens_after_total(passages: Passages, total_end: int, cut: int, owner: bool) -> bool:
    """No end of a sentence between the total and where its rows open; for the parts'
    owner, one, right before it (the owner opens the next sentence)."""
    found = passages.sentence_break(total_end, total_end + cut)
    if found is None:
        return True
    return owner and not passages.text[found : total_end + cut].strip()


def _breakdown_parts(
    passages: Passages, parts: Sequence[Participation], i: int
) -> tuple[list[int], bool]:
    """Indexes of the rows that break down parts[i], and whether they should cover it
    (a colon: yes; "анын ичинде": only some of it)."""
    text = passages.text
    total = parts[i]
    if i + 1 >= len(parts):
        return [], False
    cut, colon, owner = _opening(text, total.span.end, parts[i + 1].span.start)
    if cut < 0 or not _opens_after_total(passages, total.span.end, cut, owner):
        return [], False
    rows: list[int] = []
    line_end = passages.line_bounds(total.span.end)[1]
    # "...катышты:" closing its line: the rows are the list lines below it
    list_mode = colon and not text[total.span.end + cut + 1 : line_end].strip()
    prev_end = total.span.end
    for j in range(i + 1, len(parts)):
        if list_mode:
            start = parts[j].span.start
            if not (
                _list_row(passages, prev_end, start)
                or _table_row(passages, prev_end, start, first=j == i + 1)
            ):
                break
        else:
            start = prev_end if j > i + 1 else total.span.end + cut + 1
            if passages.sentence_break(start, parts[j].span.start) is not None:
                break
        rows.append(j)
        prev_end = parts[j].span.end
    if colon and len(rows) < 2:
        return [], False
    return rows, colon


def _list_row(passages: Passages, prev_end: int, start: int) -> bool:
    """The count at `start` is on a list line, and only list lines stand between."""
    text = passages.text
    line_start, _ = passages.line_bounds(start)
    if not _opens_list_line(text, line_start, start + 1):
        return False
    lines_between = text[prev_end:start].split("\n")[1:-1]
    return all(not line.strip() or _opens_list_line(line, 0, len(line)) for line in lines_between)


def _table_row(passages: Passages, prev_end: int, start: int, first: bool) -> bool:
    """The count at `start` is a cell of a table that opens on the line right after the
    total's ("... 56 депутат катышты, алардын ичинен:" over "Бакай-Ата<TAB>31"), or of the
    table of the row before: a table laid out under a total's colon is its list."""
    table = passages.table_at(start)
    if table is None:
        return False
    if not first:
        return table[0] <= prev_end
    line_end = passages.line_bounds(prev_end)[1]
    return line_end <= table[0] and not passages.text[line_end : table[0]].strip()


def resolve_breakdowns(ctx: Context) -> None:
    """Attach breakdown rows to their total (part_of), give rows their place, and
    warn when the rows of a total do not add up to it."""
    if not ctx.participants:
        return  # nothing to attach: the text is not indexed
    passages = Passages(ctx)
    parts = ctx.participants
    # A table's total row (tables.py: "Итого", "Жыйынтыгы") holds the rows above it; under
    # a count's colon it restates that count: the rows are the count's, the total row none.
    table_totals = {p.part_of for p in parts if p.part_of is not None}
    for i, total in enumerate(parts):
        if total.part_of is not None or i in table_totals:
            continue
        rows, covering = _breakdown_parts(passages, parts, i)
        rows = [j for j in rows if j not in table_totals]
        holder = _people_before_units(passages, parts, i, rows)
        if holder != i:
            covering = False  # the units' count sits between: "860 депутатов из 214 ..., из них"
        _attach_rows(passages, parts, holder, rows, total.span.end)
        if rows:
            listed = [parts[j] for j in rows]
            # a role alone in the list is one person ("айыл өкмөтүнүн башчысы, эки депутат")
            singles = single_roles(ctx, parts[holder], listed) if covering else 0
            check_sum(ctx, parts[holder], listed, covering, singles)
    _rows_in_next_sentence(ctx, passages)
    _places_of_counts(passages, parts)


def _attach_rows(
    passages: Passages, parts: Sequence[Participation], holder: int, rows: list[int], after: int
) -> None:
    prev_end = after
    for j in rows:
        row = parts[j]
        row.part_of = holder
        # A row without a verb of its own shares its total's: "40 адам катышты: 25 аял ..."
        if row.status == "unknown":
            row.status = parts[holder].status
        if row.place is None:
            line_start, _ = passages.line_bounds(row.span.start)
            row.place = passages.nearest_place(max(prev_end, line_start), row.span.start)
        prev_end = row.span.end


def _places_of_counts(passages: Passages, parts: Sequence[Participation]) -> None:
    """Rows of a list ("· Жазы АА (Өзгөн району), 21-ноябрь: 20дан ашуун ...") and counts
    right after a place ("Нарын облусунан 63 ...") take that place."""
    prev_end = 0
    for part in parts:
        if part.place is None:
            line_start, _ = passages.line_bounds(part.span.start)
            if _opens_list_line(passages.text, line_start, part.span.start + 1):
                part.place = passages.nearest_place(max(prev_end, line_start), part.span.start)
            else:
                part.place = passages.place_just_before(part.span.start)
        prev_end = part.span.end


def _rows_in_next_sentence(ctx: Context, passages: Passages) -> None:
    """ "... 1 240 кызматчы өттү. Облустар боюнча бөлүштүрүү төмөнкүдөй: Баткен облусунан
    142 кызматчы, ...": rows in the sentence after a total, when it says it is a
    distribution and opens with a colon, are parts of that total."""
    parts = ctx.participants
    for i, total in enumerate(parts):
        if total.part_of is not None or total.who in UNIT_NOUNS:
            continue
        rows = _distribution_rows(passages, parts, i)
        if len(rows) < 2:
            continue
        for k in rows:
            parts[k].part_of = i
            if parts[k].status == "unknown":
                parts[k].status = total.status
        check_sum(ctx, total, [parts[k] for k in rows], covering=True)


def _distribution_rows(passages: Passages, parts: Sequence[Participation], i: int) -> list[int]:
    total = parts[i]
    end = passages.sentence_break(total.span.end, total.span.end + INTRO_REACH)
    if end is None:
        return []
    j = i + 1
    while j < len(parts) and parts[j].span.start < end:
        if parts[j].part_of is None and parts[j].who not in UNIT_NOUNS:
            return []  # another total in the same sentence: the rows are not ours
        j += 1
    if j >= len(parts) or parts[j].part_of is not None:
        return []
    between = passages.text[end : parts[j].span.start]
    intro_start = end + len(between) - len(between.lstrip())  # a new paragraph may start it
    intro = passages.text[intro_start : parts[j].span.start]
    colon = intro.find(":")
    if (
        colon < 0
        or passages.sentence_break(intro_start, parts[j].span.start) is not None
        or not (_DISTRIBUTION.search(intro) or _opens_with_key(intro))
    ):
        return []
    rows = [j]
    while (
        rows[-1] + 1 < len(parts)
        and parts[rows[-1] + 1].part_of is None
        and passages.sentence_break(parts[rows[-1]].span.end, parts[rows[-1] + 1].span.start)
        is None
    ):
        rows.append(rows[-1] + 1)
    return rows


def _opens_with_key(intro: str) -> bool:
    """ "По районам: ...", "Райондор боюнча: ...": the intro opens with a breakdown's key."""
    words = [m.group().casefold() for m in _WORD.finditer(intro, 0, INTRO_REACH)][:2]
    return len(words) == 2 and breakdown_key(*words)


def _people_before_units(
    passages: Passages, parts: Sequence[Participation], i: int, rows: Sequence[int]
) -> int:
    """The total that rows of people belong to: parts[i], unless it counts units that
    the people of the count right before it came from ("Обучение прошли 860 депутатов
    из 214 муниципалитетов, из них свыше 300 – ...": the 300 are deputies)."""
    total = parts[i]
    if not rows or i == 0 or total.who not in UNIT_NOUNS:
        return i
    if any(parts[j].who in UNIT_NOUNS for j in rows):
        return i
    before = parts[i - 1]
    gap = total.span.start - before.span.end
    if (
        before.who in UNIT_NOUNS
        or gap > PEOPLE_UNITS_GAP
        or passages.sentence_break(before.span.end, total.span.start) is not None
    ):
        return i
    return i - 1


def check_sum(
    ctx: Context,
    total: Participation,
    rows: Sequence[Participation],
    covering: bool,
    singles: int = 0,
) -> None:
    """Warn when the rows do not add up to their total; `singles`: the list's items
    that are one person each with no count of their own (single_roles.py)."""
    if total.qualifier != "exact" or any(r.qualifier != "exact" for r in rows):
        return
    parts_sum = sum(r.count for r in rows) + singles
    if (covering and parts_sum != total.count) or parts_sum > total.count:
        message = (
            f"participants: the breakdown of {total.count} ({total.text!r}) sums to {parts_sum}"
        )
        ctx.warn(WarningCode.BREAKDOWN_SUM_MISMATCH, message, total.span)
