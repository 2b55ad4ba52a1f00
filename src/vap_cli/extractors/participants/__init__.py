"""Participant counts: "айыл өкмөтүнүн 385 башчысы катышат", "сексенден ашуун өкүл",
"20дан ашуун айыл өкмөттүн өкүлдөрү чакырылды", "240 адамдын катышуусу пландаштырылган".

A count is a number (digits or words, numbers.py) followed, after an optional
qualifier and a few adjectives, by a noun of who takes part (lexicon
participation.yaml). The steps, one module each (docs/ARCHITECTURE.md):

- candidates.py: the windows of text around possible numbers, tokenised once, with the
  segment stage's sentence ends; every number is decided there;
- decide.py: `count_at`, an ordered list of named rules (rules.py) over the tests of
  number_vetoes.py (the number itself), vetoes.py (its phrase and clause),
  modality.py (what must, may or happens in general), recipients.py (people who
  receive rather than take part) and bodies.py (a body's make-up); the rules ask a
  clause's words, read once (clause_words.py), before reading it token by token;
  phrase.py reads the qualifier, who and status of a count; counts_without_who.py
  the counts with no who-noun of the lexicon (a part "17си", a collective "экөө");
- generic.py: counts of nouns outside the lexicon, beside a verb of taking part
  ("50 эксперт катышты", "приняли участие 30 экспертов");
- rows.py: numbers with no noun that are rows of a list or of a total;
- trailing.py: bare place rows after a count of their list ("Таластан 15");
- tallies.py: nouns of people that count something else (complaints, a body's size);
- tables.py: the people column of tables;
- decreed.py: the rows of a total a resolution orders ("45 делегат шайлансын: ..."),
  quotas dropped once the counts are found;
- breakdowns.py: rows attached to their totals, places of rows, the sum check (a
  resolve step, once places are known);
- constants.py: every reach and window, with why.

Every keep or drop is recorded through its Rule when an explanation is asked for.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property
from itertools import accumulate

from ... import rx
from ...context import Context
from ...lexicon import load
from ...models import Participation, Span
from ...numbers import read_word
from ...segment.cover import Cover
from ...who_groups import UNIT_GROUP, who_group
from . import rules
from .breakdowns import PlaceMention, check_sum, place_mentions, resolve_breakdowns
from .candidates import Record, find_counts
from .constants import EACH_REACH
from .decide import count_at
from .decreed import decreed_colons, decreed_row
from .number_vetoes import numeral_name
from .phrase import Found
from .tables import TableCount, aid_cells, aid_tables, population_cells, table_counts
from .vetoes import RESIDENT_OWNERS
from .words import UNIT_NOUNS, casefolded, noun_ending_case

__all__ = ["Found", "count_at", "extract", "find_counts", "resolve_breakdowns"]


class Spans:
    """Spans to test candidates against: whether [start, end) overlaps any, in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self._starts = [s for s, _ in spans]
        self._max_ends = list(accumulate((e for _, e in spans), max))

    def overlap(self, start: int, end: int) -> bool:
        # every span starting before `end` overlaps unless all of them end by `start`
        k = bisect_left(self._starts, end)
        return k > 0 and self._max_ends[k - 1] > start


class _Places:
    """The place mentions of the places stage, in order (breakdowns.place_mentions),
    gathered and sorted once per document, when a step first asks for them: a table
    row's place, a quota's units, a column row's label."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    @cached_property
    def mentions(self) -> list[PlaceMention]:
        return place_mentions(self._ctx)

    @cached_property
    def starts(self) -> list[int]:
        return [m.start for m in self.mentions]

    def any_in(self, span: Span) -> bool:
        """A place mention starts in `span`."""
        j = bisect_left(self.starts, span.start)
        return j < len(self.starts) and self.starts[j] < span.end


def _contact_at(ctx: Context, span: Span) -> str:
    """Which contact a dropped count overlaps, in words for --explain ("" unasked)."""
    if ctx.decisions is None:
        return ""
    for mention in ctx.contacts.mentions:
        if mention.span.start < span.end and span.start < mention.span.end:
            return f"the {mention.kind} '{mention.text}'"
    return ""


def _drops_only(ctx: Context) -> Record | None:
    """What find_counts tells: its drops. A count it keeps may still be dropped here (in
    a table, a quota, a contact), so a keep is recorded once the count stands."""
    if ctx.decisions is None:
        return None
    return lambda rule, kept, start, end, seen: kept or ctx.decide(rule, kept, start, end, seen)


# Kyrgyz number words that are Russian words too (lexicon numbers.yaml), each with the
# number it reads as ("он": 10).
_HOMOGRAPHS: dict[str, int] = {
    w.casefold(): word.value
    for w in load("numbers")["russian_homographs"]
    if (word := read_word(w)) is not None and word.value is not None
}


def _russian_homograph(ctx: Context, found: Found) -> bool:
    """In a Russian text, a count read from one Kyrgyz number word alone that is a Russian
    word too ("Он поздравил граждан", "Вчера он встретил жителей": the pronoun): the
    Russian word. A run of number words ("он эки": 12) reads no such word alone, and a
    Kyrgyz or mixed text keeps it ("Он жигит катышты")."""
    if ctx.language != "ru":
        return False
    end = found.start  # the count's first word: its letters from its start
    while end < len(ctx.text) and ctx.text[end].isalpha():
        end += 1
    return _HOMOGRAPHS.get(ctx.text[found.start : end].casefold()) == found.count


def extract(ctx: Context) -> None:
    record = _drops_only(ctx)
    contacts = Spans([(c.span.start, c.span.end) for c in ctx.contacts.mentions])
    russian = ctx.language == "ru"
    stream = ctx.segments.tokens
    prose = list(find_counts(ctx.text, ctx.segments.sentence_ends, record, stream, russian))
    aid_captioned = aid_tables(ctx)  # the captions of aid, read once a table
    tables = table_counts(ctx, prose, aid_captioned)  # a column may be a count's of the prose
    in_tables = Spans([(t.found.start, t.found.end) for t in tables])
    population = population_cells(ctx) if ctx.segments.tables else []
    in_population = Spans(population)
    aid = aid_cells(ctx, aid_captioned) if aid_captioned else []
    related = Cover(ctx.segments.line_classes.related)
    chrome = Cover(ctx.segments.line_classes.chrome)
    items: list[tuple[Found, TableCount | None]] = []
    for found in prose:
        if in_tables.overlap(found.start, found.end):
            ctx.decide(rules.IN_TABLE, False, found.start, found.end)
            continue
        if in_population.overlap(found.start, found.end):  # "| Ак-Терек | 2 140 адам |"
            ctx.decide(rules.POPULATION_COLUMN, False, found.start, found.end)
            continue
        if found.start in related:  # "Окшош кабарлар" / "Ошто 500 ыктыярчы ... тазалашты"
            ctx.decide(rules.RELATED_HEADLINE, False, found.start, found.end)
            continue
        if found.start in chrome:  # "👍 Сиз жана 136 башка адам"
            ctx.decide(rules.CHROME_LINE, False, found.start, found.end)
            continue
        if _russian_homograph(ctx, found):  # "Он поздравил граждан": "he", not 10
            ctx.decide(rules.RUSSIAN_HOMOGRAPH, False, found.start, found.end)
            continue
        if numeral_name(
            ctx.text, found.start, found.end
        ):  # "тогуз коргоол": a game, not nine people
            ctx.decide(rules.NUMERAL_NAME, False, found.start, found.end)
            continue
        items.append((found, None))
    for start, end in population:  # the last word on the cells find_counts dropped too
        ctx.decide(rules.POPULATION_COLUMN, False, start, end)
    for start, end in aid:  # "Распределение помощи по айылным аймакам:" over the table
        ctx.decide(rules.AID_TABLE, False, start, end)
    places = _Places(ctx)  # gathered only when a step asks for them
    items = _without_quotas_beside_totals(ctx, items, places)
    items = _without_decreed_rows(ctx, items)
    items = _without_placeless_column_rows(ctx, items, places)
    items += [(t.found, t) for t in tables]
    items.sort(key=lambda item: item[0].start)
    table_rows: list[tuple[int, TableCount]] = []
    for found, table in items:
        quote, span = ctx.quote(found.start, found.end)
        if contacts.overlap(span.start, span.end):
            ctx.decide(rules.IN_CONTACT, False, found.start, found.end, _contact_at(ctx, span))
            continue
        place = None
        ctx.decide(found.rule, True, found.start, found.end)
        if table is not None:
            # a row is named by its first place ("| Ысык-Ата | 05.09.2023 | Кант шаары | 34 |")
            row = ctx.span(table.row_start, found.start)
            starts = places.starts
            first, last = bisect_left(starts, row.start), bisect_left(starts, row.end)
            place = next((m.ref for m in places.mentions[first:last] if m.end <= row.end), None)
            table_rows.append((len(ctx.participants), table))
        ctx.participants.append(
            Participation.model_construct(
                count=found.count,
                qualifier=found.qualifier,
                who=found.who,
                status=found.status,
                place=place,
                text=quote,
                span=span,
            )
        )
    _table_totals(ctx, table_rows)


def _without_quotas_beside_totals(
    ctx: Context, items: list[tuple[Found, TableCount | None]], places: _Places
) -> list[tuple[Found, TableCount | None]]:
    """ "64 өкүл катышты. Ар бир муниципалитеттен экиден өкүл келди", "по 2 человека ...
    Всего ожидается до 90 участников": so many from each unit beside a count of people
    in the same paragraph tells how that count is made up, it is no count of its own
    (alone, "приглашены по 3 делегата" is one); so many in units it names, rows of its
    list after it, is a row of a breakdown and stays (`_heads_rows`), and so is so many
    that came from units its sentence names, with no word of "each"
    (`_names_its_units`, participants.units_named_row)."""
    if not any(f.distributive for f, _ in items):
        return items
    people = sorted(
        f.start
        for f, _ in items
        if _a_total(f) and not _another_year(ctx, f) and not _a_bodys_own(ctx.text, f)
    )
    # The segment stage's paragraphs: a line of spaces or tabs parts them as an empty
    # line does.
    paragraphs = ctx.segments.paragraphs
    starts = [start for start, _ in paragraphs]
    kept = []
    for at, (found, table) in enumerate(items):
        if found.distributive and people and not _heads_rows(ctx, items, at):
            k = bisect_right(starts, found.start) - 1
            start, end = paragraphs[k] if k >= 0 else (0, 0)
            j = bisect_left(people, start)
            if j < len(people) and people[j] < end:
                if not _names_its_units(ctx, found, places):
                    ctx.decide(rules.QUOTA_BESIDE_TOTAL, False, found.start, found.end)
                    continue
                found.rule = rules.UNITS_NAMED_ROW  # a row of a breakdown, no quota
        kept.append((found, table))
    return kept


# A year before or after the document's, said in words (lexicon dates.yaml
# relative_years: "в прошлом году", "былтыр", "келерки жылы").
_OTHER_YEARS = tuple(
    w.casefold()
    for offset, words in load("dates")["relative_years"].items()
    if offset
    for w in words
)


# How far before a count its year may be said (characters): a bound, so that a count's
# check stays short in a sentence as long as the text.
_OTHER_YEAR_REACH = 160


def _another_year(ctx: Context, total: Found) -> bool:
    """A count of another year's event, said before it in its sentence ("В прошлом году
    в слушаниях приняли участие 214 жителей"): no total that a quota for this year's
    beside it makes up."""
    start = max(ctx.segments.sentence_start(total.start), total.start - _OTHER_YEAR_REACH)
    before = ctx.text[start : total.start].casefold()
    return any(w in before for w in _OTHER_YEARS)


def _heads_rows(ctx: Context, items: list[tuple[Found, TableCount | None]], at: int) -> bool:
    """ "В Кара-Суйском и Ак-Талинском айыл окмоту пришли по 30 человек, в Кызыл-Адырском
    – 25": so many in each of the units named, followed in its sentence by rows of the
    same list that take its noun, is one row of a breakdown by place, no uniform quota
    (no word of "each" before it in its sentence, EACH_REACH at most)."""
    if at + 1 >= len(items):
        return False
    found, (row, _) = items[at][0], items[at + 1]
    if row.rule not in _LIST_ROW_RULES or row.who != found.who:
        return False
    ends = ctx.segments.sentence_ends
    k = bisect_right(ends, found.end)
    if k != bisect_right(ends, row.start):
        return False
    start = max(ends[k - 1] if k else 0, found.start - EACH_REACH)
    return not _says_each(ctx.text[start : found.start])


def _names_its_units(ctx: Context, found: Found, places: _Places) -> bool:
    """ "Ак-Терек жана Жай-Терек айылдарынан 11ден киши келди", "По шесть человек прислали
    Полтавский и Сосновский айыл окмоту": so many in units its sentence names (a place
    of the places stage in it), with a verb that
    says they came and no word of "each" near it (EACH_REACH), is the real attendance of those units, a row of
    a breakdown by place, no quota ("ар бир айылдан 2 өкүл келди" is one)."""
    if found.status != "actual":
        return False
    ends = ctx.segments.sentence_ends
    k = bisect_right(ends, found.start)
    low, high = ends[k - 1] if k else 0, ends[k] if k < len(ends) else len(ctx.text)
    near = max(low, found.start - EACH_REACH), min(high, found.end + EACH_REACH)
    if _says_each(ctx.text[near[0] : near[1]]):
        return False
    return places.any_in(ctx.span(low, high))


def _says_each(text: str) -> bool:
    """A word of "each" in `text` (lexicon each_words)."""
    words = text.casefold().split()
    spaced = f" {' '.join(words)} "
    return any(w.startswith(_EACH_STEMS) for w in words) or any(
        f" {phrase} " in spaced for phrase in _EACH_PHRASES
    )


# Rows that take the noun of the count before them in their list.
_LIST_ROW_RULES = frozenset((rules.TRAILING_ROW, rules.ELLIPTIC_ROW, rules.PARALLEL_PLACE_ROW))
# Words of "each" (stems, and phrases of more than one word).
_EACH_STEMS = tuple(w for w in casefolded("each_words") if " " not in w)
_EACH_PHRASES = tuple(w for w in casefolded("each_words") if " " in w)


# Rows of a breakdown ("Бекмолдоев айыл аймагынан (9), Кара-Суу айыл аймагынан (8)"): a
# part of a total each, none a total that a figure per unit beside it makes up.
_ROW_RULES = frozenset(
    (
        rules.BRACKETED_ROW,
        rules.ELLIPTIC_ROW,
        rules.PARALLEL_PLACE_ROW,
        rules.TRAILING_ROW,
        rules.COLUMN_ROW,
        rules.ROW_OF_TOTAL,
        rules.OWNED_PART_OF_TOTAL,
        rules.ROW_OF_SUBJECT,
        rules.PARTITIVE_ROW,
        rules.OWNED_PARTITIVE_ROW,
        rules.COLLECTIVE_ROW,
    )
)


def _a_total(found: Found) -> bool:
    """A count of people that a figure per unit in its paragraph may make up: not one
    per unit itself, not units (a unit noun of the lexicon, or a who of the units' group,
    lexicon who_groups.yaml: "төрт айылдын командалары"), not a row of a breakdown ("Бекмолдоевден (9), Көк-Ойдон
    (7) ... калган алты айыл аймагынан беш-бештен өкүл катышты": rows, then one more), not
    things entered in a contest (participants.contest_entry: "сынакка 40 сүрөт келип
    түштү" counts drawings, no people a quota of riders or players makes up; round 51)."""
    return (
        not found.distributive
        and found.rule is not rules.CONTEST_ENTRY
        and found.who not in UNIT_NOUNS
        and who_group(found.who) != UNIT_GROUP  # "төрт айылдын командалары": teams, units
        and found.rule not in _ROW_RULES
    )


def _a_bodys_own(text: str, found: Found) -> bool:
    """The count's people are a body's own, its owner a unit's noun in the genitive
    right before the count's number, inside its phrase or not ("фермердик чарбанын 30
    кызматкери", "Айыл өкмөтүнүн 12 кызматкери", "Мектептин 30 мугалими"): no total that
    so many from each village make up ("ар бир айылдан 25тен кем эмес жаран тартылсын;
    ... чарбанын 30 кызматкери катышат"; round 47)."""
    number = _DIGIT.search(text, found.start, found.end)
    if number is None:
        return False  # (a number in words: no owner read)
    before = _WORD_BEFORE.search(text, max(0, number.start() - _OWNER_REACH), number.start())
    owner = before[1].casefold() if before else ""
    return (
        noun_ending_case(owner) == "genitive"
        and who_group(owner) == UNIT_GROUP
        # a settlement's people ("Айылдын 60 тургуну") are its residents: no body owns them
        and not owner.startswith(RESIDENT_OWNERS)
    )


_DIGIT = rx.compile(r"\d")
# The word right before a number, spaces between (`_OWNER_REACH` characters at most back:
# a long word's, so that the search stays short).
_WORD_BEFORE = rx.compile(r"(\p{L}+)[ ]+\Z")
_OWNER_REACH = 40


def _without_decreed_rows(
    ctx: Context, items: list[tuple[Found, TableCount | None]]
) -> list[tuple[Found, TableCount | None]]:
    """ "Курултайга 45 делегат шайлансын: ... 21, ... 13": rows a resolution orders
    (decreed.py) are dropped; the total stays."""
    colons = decreed_colons(ctx.text, [f for f, _ in items])
    if not colons:
        return items
    kept = []
    for found, table in items:
        if decreed_row(ctx, found, colons):
            ctx.decide(rules.DECREED_ROWS, False, found.start, found.end)
            continue
        kept.append((found, table))
    return kept


def _table_totals(ctx: Context, rows: list[tuple[int, TableCount]]) -> None:
    """The rows above a table's total row are its parts in its column; they must add up
    to it."""
    parts: dict[tuple[int, int], list[int]] = {}
    for index, row in rows:
        above = parts.setdefault(row.column, [])
        if not row.total:
            above.append(index)
            continue
        total = ctx.participants[index]
        for j in above:
            ctx.participants[j].part_of = index
        if above:
            check_sum(ctx, total, [ctx.participants[j] for j in above], covering=True)
        parts[row.column] = []


def _without_placeless_column_rows(
    ctx: Context, items: list[tuple[Found, TableCount | None]], places: _Places
) -> list[tuple[Found, TableCount | None]]:
    """A column's row (participants.column_row: "Сокулукский район — 640" under
    "Аламудунский район — 850 человек") whose label names no place of the places stage
    ("Бюджет — 250, Расходы — 200", "Башталышы — 2023"): a capital opening a line or a
    cell proves no name; the figure is of something else. The row before it on its line
    that took its noun from it (participants.elliptic_row: "Бюджет — 250"), its label no
    place's either, goes with it."""
    if not any(found.rule is rules.COLUMN_ROW for found, _ in items):
        return items
    dropped: set[int] = set()
    for at in range(len(items) - 1, -1, -1):
        found = items[at][0]
        if found.rule is rules.COLUMN_ROW:
            placeless = not _label_names_a_place(ctx, found, places)
        elif found.rule is rules.ELLIPTIC_ROW and at + 1 in dropped:
            nxt = items[at + 1][0]
            same_line = "\n" not in ctx.text[found.end : nxt.start]
            placeless = same_line and not _label_names_a_place(ctx, found, places)
        else:
            continue
        if placeless:
            ctx.decide(rules.COLUMN_ROW_WITHOUT_PLACE, False, found.start, found.end)
            dropped.add(at)
    return [item for at, item in enumerate(items) if at not in dropped]


# Through the row before on the line, its number and the comma after it ("... — 250, "):
# the label of the line's second row starts after it.
_ROW_BEFORE_ON_LINE = rx.compile(r".*\d[ ]*,")


def _label_names_a_place(ctx: Context, found: Found, places: _Places) -> bool:
    """The row's label, its line (or its cell after the line's row before) up to the
    number, names a place: a place mention of the places stage lies in it, or a
    capitalised word of it is a name of the gazetteer
    as written ("Суусамыр — 90", though no context gave the bare name a level)."""
    start = ctx.text.rfind("\n", 0, found.start) + 1
    row_before = _ROW_BEFORE_ON_LINE.match(ctx.text, start, found.start)
    if row_before is not None:
        start = row_before.end()
    if places.any_in(ctx.span(start, found.start)):
        return True
    gazetteer = ctx.resources.gazetteer
    words = ctx.segments.tokens.words_between(start, found.start)  # the segment stage's
    return any(w.capital and gazetteer.lookup(w.text) for w in words)
