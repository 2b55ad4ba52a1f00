"""Counts in tables: the people column of each table, its total row."""

from __future__ import annotations

from collections.abc import Sequence

from ... import morph, rx
from ...context import Context
from ...models import Status
from ...numbers import read_digits
from ...plain import Fields
from ...segment.tables import Cell, Table
from ...segment.tokens import Token, TokenStream
from ..events.kinds import HOLDING_BOUND, kinds_in
from . import rules
from .phrase import Found
from .vetoes import AID_STEMS, aid_word_as_means
from .words import LEX, UNIT_NOUNS, who_at

_TABLE_STEMS = tuple(w.casefold() for w in LEX["table"]["participation_stems"])
_TABLE_TOTAL_ROWS = tuple(w.casefold() for w in LEX["table"]["total_rows"])
_POPULATION_KY = frozenset(w.casefold() for w in LEX["table"]["population_stems_ky"])
_POPULATION_RU = tuple(w.casefold() for w in LEX["table"]["population_stems_ru"])
_CELL_COUNT = rx.compile(r"\d{1,3}(?:[ \u00a0]\d{3}){1,3}|\d{1,7}")


class TableCount(Fields):
    """A count in a table cell, with its row's range (for the row's place) and its
    column: (the table's start, the column's index)."""

    __slots__ = ("found", "row_start", "total", "column")

    found: Found
    row_start: int
    total: bool
    column: tuple[int, int]
    __hash__ = None  # type: ignore[assignment]  # changed after __init__, as a dataclass's

    def __init__(
        self, found: Found, row_start: int, total: bool, column: tuple[int, int] = (0, 0)
    ) -> None:
        self.found = found
        self.row_start = row_start
        self.total = total
        self.column = column


def _participant_columns(
    header: Sequence[Cell], stream: TokenStream, said_with_verb: frozenset[str] = frozenset()
) -> list[tuple[int, str, Status]]:
    """The columns of a table that count people ("Катышкан тургундар", "Участники",
    and beside them "Анын ичинен аялдар", "Из них женщин"): each one's index, who it
    counts (the last who-noun of its name) and the status it says. The names' tokens
    are the segment stage's (`stream`). Columns beside the first count only when one
    of them says taking part: a table of pupils and teachers per school is a roster,
    whose second column is no breakdown of people who took part. A noun counted only
    with a verb of taking part (`needs_verb`: "Үй-бүлө", "Семьи", "Шайлоочулар") names
    no people column unless its name says taking part: a column of households beside a
    population is a village's make-up, not who came; nor does a column of the population
    ("Калкы (адам)", "Население, чел.": `_population_column`). Such a noun the text
    before the table counted with a verb of taking part (`said_with_verb`: "47
    чакырылуучу аскерге узатылды", then a table "Чакырылуучу" per ayil aimak) names the
    column of that count's breakdown (revfix61)."""
    out: list[tuple[int, str, Status]] = []
    for index, cell in enumerate(header):
        tokens = stream.between(cell.start, cell.end)
        nouns = [m for k in range(len(tokens)) if (m := who_at(tokens, k)) is not None]
        says_taking_part = any(t.low.startswith(_TABLE_STEMS) for t in tokens)
        if (
            nouns
            and not says_taking_part
            and nouns[-1].entry.needs_verb
            and nouns[-1].entry.lemma not in said_with_verb
        ):
            continue
        if _population_column(tokens):
            continue
        if nouns and (says_taking_part or nouns[-1].entry.lemma not in UNIT_NOUNS):
            status: Status = "actual" if says_taking_part else "unknown"
            out.append((index, nouns[-1].entry.lemma, status))
    if any(status == "actual" for _, _, status in out):
        return out
    return out[:1]


def _population_column(tokens: Sequence[Token]) -> bool:
    """A column's name that says how many live in each row's unit ("Калкы (адам)",
    "Население, чел."; lexicon table `population_stems_ky`, `population_stems_ru`) and
    not that they took part."""
    return any(_population_word(t.low) for t in tokens) and not any(
        t.low.startswith(_TABLE_STEMS) for t in tokens
    )


def _population_word(low: str) -> bool:
    """A word of population: a Kyrgyz stem in any form (morphology), a Russian beginning."""
    return low.startswith(_POPULATION_RU) or any(
        r.stem in _POPULATION_KY for r in morph.candidate_stems(low)
    )


def aid_caption(ctx: Context, table: Table) -> bool:
    """The last line of text before the table, its caption, names aid ("Распределение
    помощи по айылным аймакам:", "Жардамдын айыл аймактар боюнча бөлүштүрүлүшү:"): the
    table's people are its recipients, row by row (participants.aid_table; round 63).
    Not a caption that names taking part or an event (`_caption_of_taking_part`): the aid
    is then what the event was about ("Участники акции помощи по районам:", "Тренинг по
    оказанию первой помощи:"), the people its participants (revfix63p)."""
    text = ctx.text
    end = text.rfind("\n", 0, table.start) + 1  # the table's first line (a markdown row: "|")
    while end > 0 and text[end - 1].isspace():
        end -= 1  # back over the blank lines, one character at a time (no copy of the text)
    line_start = text.rfind("\n", 0, end) + 1
    tokens = ctx.segments.tokens.between(line_start, end)
    names_aid = any(
        t.low.startswith(AID_STEMS) and not aid_word_as_means(tokens, k)
        for k, t in enumerate(tokens)
    )
    return names_aid and not _caption_of_taking_part(tokens)


def _caption_of_taking_part(tokens: Sequence[Token]) -> bool:
    """A caption's words say taking part (the column names' `table.participation_stems`:
    "Участники", "катышуучулары") or name an event (a kind word of the events lexicon:
    "акция", "семинар", "тренинг"; events/kinds.kinds_in): a table of who took part."""
    if any(t.low.startswith(_TABLE_STEMS) for t in tokens):
        return True
    return _kind_bound_as_head(tokens) or bool(kinds_in(" ".join(t.text for t in tokens)))


def _kind_bound_as_head(tokens: Sequence[Token]) -> bool:
    """The caption's last word, the head of a Kyrgyz noun phrase, is a kind word that
    names an event only with a verb of holding in prose (the events lexicon's
    `kinds_with_holding_verb`: "окуу", "окуулар", "окуусу"): a caption names what its
    table is of, so "Биринчи жардам боюнча окуу:" is a training's table (left65). Not the
    word modifying a head after it ("Окуу жайлары боюнча жардам:", "окуу жылы"), nor
    "окуучу" (a pupil), no word of the lexicon."""
    words = [t for t in tokens if t.kind == "word"]
    return bool(words) and words[-1].low in HOLDING_BOUND


def aid_tables(ctx: Context) -> frozenset[int]:
    """The starts of the tables with a header under a caption of aid (`aid_caption`),
    each caption read once for both readers (`aid_cells`, `table_counts`; fr63)."""
    return frozenset(
        table.start for table in ctx.segments.tables if table.header and aid_caption(ctx, table)
    )


def aid_cells(ctx: Context, aid: frozenset[int]) -> list[tuple[int, int]]:
    """The numbers in the people columns that say no taking part, of each table under a
    caption of aid (`aid`, the starts `aid_tables` gives): recipients of the aid, no count
    of who took part (participants.aid_table)."""
    out: list[tuple[int, int]] = []
    stream = ctx.segments.tokens
    for table in ctx.segments.tables:
        if table.start not in aid or not table.header:
            continue
        for index, _, status in _participant_columns(table.header, stream):
            if status == "unknown":
                out.extend(_column_numbers(table, index))
    return out


def population_cells(ctx: Context) -> list[tuple[int, int]]:
    """The numbers in the population columns of each table ("| Ак-Терек | 2 140 |" under
    "Калкы (адам)"): how many live in each row's unit, no count of who took part
    (participants.population_column)."""
    out: list[tuple[int, int]] = []
    stream = ctx.segments.tokens
    for table in ctx.segments.tables:
        for index, cell in enumerate(table.header or ()):
            if _population_column(stream.between(cell.start, cell.end)):
                out.extend(_column_numbers(table, index))
    return out


def _column_numbers(table: Table, index: int) -> list[tuple[int, int]]:
    """The spans of the numbers in column `index` of the table's rows."""
    out: list[tuple[int, int]] = []
    for record in table.records:
        number = record.get(index)
        if number is not None and _CELL_COUNT.fullmatch(number.text):
            out.append((number.start, number.end))
    return out


def table_counts(
    ctx: Context, prose: Sequence[Found] = (), aid: frozenset[int] = frozenset()
) -> list[TableCount]:
    """Counts in the people columns of each table; a "Бардыгы"/"Итого" row is the total.
    `prose`: the counts found in the text, whose nouns said with a verb of taking part
    before a table let its column of them count (`_participant_columns`); `aid`: the
    starts of the tables under a caption of aid (`aid_tables`), whose columns that say no
    taking part count no one."""
    out: list[TableCount] = []
    for table in ctx.segments.tables:
        said = frozenset(
            f.who for f in prose if f.end <= table.start and f.status != "unknown" and f.who
        )
        columns = (
            _participant_columns(table.header, ctx.segments.tokens, said) if table.header else []
        )
        if columns and table.start in aid:
            columns = [column for column in columns if column[2] != "unknown"]
        for index, who, status in columns:
            for record in table.records:
                cell = record.get(index)
                if cell is None or not _CELL_COUNT.fullmatch(cell.text):
                    continue
                first = record.cells[0].text.casefold() if record.cells else ""
                is_total = any(
                    c.text.casefold().startswith(_TABLE_TOTAL_ROWS) for c in record.cells
                )
                count = read_digits(cell.text)
                rule = rules.TABLE_TOTAL_ROW if is_total else rules.TABLE_COLUMN
                found = Found(count, "exact", who, status, cell.start, cell.end, rule)
                total = is_total or not first
                out.append(TableCount(found, record.start, total, (table.start, index)))
    return out
