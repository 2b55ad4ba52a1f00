"""Rows after a count that share its noun: "Нарындан 20 катышуучу, Таластан 15 келди",
"из Чуйской области приехали 25 человек, из Таласской – 15". A list of per-place
counts may name its noun in its first row only; the bare rows after it, each after
a place it came from, count the same people. So does a part after a comma, with its
verb: "Курска 35 киши катталып, 30у аяктады"."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Sequence

from ...fold import fold
from ...lexicon import load
from ...numbers import PARTITIVE_ENDINGS, NumberMatch, Token
from . import rules
from .constants import DASHES, PARTITIVE_VERB_REACH, ROW_CLAUSE_REACH
from .phrase import Found, read_qualifiers, status_after, status_at
from .rows import source_before, tokens_end_index
from .words import LEX, ROW_JOINERS, Tokens, casefolded, ends_sentence_at

# A clause naming its own count by the noun of a number ("депутаттарынын жалпы саны – 23",
# "общее число депутатов – 21"): a count of its own (a body's size), no row of the list.
_COUNT_NOUNS = casefolded("count_nouns") | casefolded("count_nouns_before_owner")
# A row's label ends right before its dash: its last word, two tokens before the number.
_LABEL_BEFORE_DASH = 2
# The words opening a total's row ("Итого", "Всего", "Жалпы"; lexicon table.total_rows):
# a total's line under a column of rows is no row of it.
_TOTAL_ROW_WORDS = tuple(w.casefold() for w in LEX["table"]["total_rows"])
# Two names in the same case end in the same letters ("Ошскую", "Джалал-Абадскую").
_CASE_LETTERS = 2
# A unit's type words, folded word beginnings (lexicon gazetteer_query.yaml
# type_word_prefixes: "району", "айыл окмоту"): a label ending in them after a name names
# a place, as a capitalised name does ("Жайылского айыл окмоту — 60"); at most
# this many of them close the label.
_TYPE_WORD_PREFIXES = tuple(
    sorted(
        {fold(p) for group in load("gazetteer_query")["type_word_prefixes"].values() for p in group}
    )
)
_TYPE_WORDS_MAX = 2


class _Keys:
    """The token indexes of the counts, sorted: the nearest before a number found by
    bisection (a scan of them all per row is quadratic on a long passage)."""

    def __init__(self, counts: dict[int, Found]) -> None:
        self._keys = sorted(counts)

    def before(self, k: int) -> int | None:
        i = bisect_left(self._keys, k)
        return self._keys[i - 1] if i else None

    def add(self, k: int) -> None:
        insort(self._keys, k)


def trailing_row(tokens: Sequence[Token], num: NumberMatch) -> bool:
    """A bare number (no ending of its own) after the place it came from."""
    return (
        num.kind in ("digits", "words")
        and num.value is not None
        and (not num.ending or read_qualifiers(tokens, num).after > num.last)
        and source_before(tokens, num.first)
    )


def trailing_rows(tokens: Tokens, counts: dict[int, Found], rows: Sequence[NumberMatch]) -> None:
    """Each row takes the noun of the nearest count before it in its sentence, when that
    count is a row of the same list: after a place too, and a comma or "жана" between;
    or, in a column of rows one a line (`column_row`), the row on the line right above."""
    keys = _Keys(counts)
    for num in rows:
        held_at = keys.before(num.first)
        if held_at is None or num.first in counts or num.value is None:
            continue
        held = counts[held_at]
        if column_row(tokens, num):
            if not _row_above(tokens, held_at, held, num):
                continue
            rule = rules.COLUMN_ROW
        elif _row_of_sentence(tokens, held_at, held, num):
            rule = rules.TRAILING_ROW
        else:
            continue
        keys.add(num.first)
        counts[num.first] = Found(
            num.value,
            read_qualifiers(tokens, num).qualifier,
            held.who,
            held.status,
            num.start,
            num.end,
            rule,
        )


def _row_of_sentence(tokens: Tokens, held_at: int, held: Found, num: NumberMatch) -> bool:
    """The row and the count at `held_at` stand in one sentence, a comma or "жана"
    between them, the count a row of the same list (after a place it came from, or a
    parallel row)."""
    if _own_noun_after(tokens, num):
        return False
    end = tokens_end_index(tokens, held.end)
    if any(ends_sentence_at(tokens, j) for j in range(held_at, num.first)):
        return False
    if not (source_before(tokens, held_at) or parallel_row(tokens, held_at, num.first)):
        return False
    if not any(
        tokens[j].text == "," or tokens[j].low in ROW_JOINERS for j in range(end, num.first)
    ):
        return False
    # "..., кеңештин депутаттарынын жалпы саны – 23": its own count
    return not any(tokens[j].low in _COUNT_NOUNS for j in range(end, num.first))


def column_row(tokens: Sequence[Token], num: NumberMatch) -> bool:
    """A bare number (no ending, no word after it) closing its line after a name and a
    dash ("📍 Сокулукский район — 640"): a row of a column of per-place counts, one a
    line."""
    if num.kind not in ("digits", "words") or num.ending or num.value is None:
        return False
    if not _after_name_dash(tokens, num.first):
        return False
    return (
        num.last >= len(tokens)
        or tokens[num.last].kind == "nl"
        or _next_row_on_line(tokens, num.last)
    )


def _next_row_on_line(tokens: Sequence[Token], k: int) -> bool:
    """After a comma at token k the line holds one more row of words, a dash and a bare
    number closing the line ("Первомайский район — 200"): two rows of a column on one line
    ("• ... — 250, ... — 200")."""
    if tokens[k].text != ",":
        return False
    # the label's words only: not a walk to the line's end for every number, which a
    # long line of rows would make quadratic
    dash = k + 1
    while dash < len(tokens) and tokens[dash].kind == "word":
        dash += 1
    last = dash + 1
    return (
        last - k > _LABEL_BEFORE_DASH
        and last < len(tokens)
        and tokens[dash].text in DASHES
        and tokens[last].kind == "num"
        and not tokens[last].ending
        and (last + 1 == len(tokens) or tokens[last + 1].kind == "nl")
    )


def _after_name_dash(tokens: Sequence[Token], first: int) -> bool:
    """A dash, a word before it, right before token `first`."""
    return (
        first >= _LABEL_BEFORE_DASH
        and tokens[first - 1].text in DASHES
        and tokens[first - _LABEL_BEFORE_DASH].kind == "word"
    )


def _row_above(tokens: Tokens, held_at: int, held: Found, num: NumberMatch) -> bool:
    """The count at `held_at` is the row on the line right above the row `num` (one line
    break between, no blank line), a label of the same shape and a dash before it as well
    (`_same_label`: "Аламудунский район — 850 человек" over "Сокулукский район — 640"),
    its line closing after its noun: the first row of the column names the noun the rows
    under it leave out."""
    if not _after_name_dash(tokens, held_at) or not _same_label(tokens, held_at, num.first):
        return False
    end = tokens_end_index(tokens, held.end)
    if end >= num.first:
        return False
    beside = tokens[end].text == "," and _next_row_on_line(tokens, end)
    if not beside and (tokens[end].kind != "nl" or tokens[end].text.count("\n") != 1):
        return False
    return not any(tokens[j].kind in ("nl", "num") for j in range(end + 1, num.first))


def _same_label(tokens: Tokens, held_at: int, first: int) -> bool:
    """Two rows' labels, the words before their dashes, are of one column's shape: the
    same last word (the column's type word: "Аламудунский район" / "Сокулукский район")
    or both a place's name (`_place_label`: "Талас — 40 человек" / "Нарын — 25", "...
    Ак-Башат — 140" / "... Жайылского айыл окмоту — 60"). A line of another
    kind under a row ("Итого собрано за день — 12", "Урожай с гектара — 30") is no row."""
    above, here = tokens[held_at - _LABEL_BEFORE_DASH], tokens[first - _LABEL_BEFORE_DASH]
    if _total_label(tokens, first):
        return False
    if above.low == here.low:
        return True
    return _place_label(tokens, held_at) and _place_label(tokens, first)


def _place_label(tokens: Tokens, first: int) -> bool:
    """The label before the dash of the row at token `first` ends in a name: a
    capitalised word ("Нарын — 25"), or a unit's type words after one ("Жайылского
    айыл окмоту — 60", `_TYPE_WORD_PREFIXES`)."""
    k = first - _LABEL_BEFORE_DASH
    for _ in range(_TYPE_WORDS_MAX):
        tok = tokens[k]
        if tok.kind != "word" or tok.text[:1].isupper() or k == 0:
            break
        if not fold(tok.low).startswith(_TYPE_WORD_PREFIXES):
            return False
        k -= 1
    return tokens[k].kind == "word" and tokens[k].text[:1].isupper()


def _total_label(tokens: Tokens, first: int) -> bool:
    """The label of the row ending at token `first` opens with a total's word ("Итого —
    12", "Всего по району — 40"): the column's sum, no row of it."""
    k = first - _LABEL_BEFORE_DASH
    while k > 0 and tokens[k - 1].kind != "nl":
        k -= 1
    return any(
        tokens[j].kind == "word" and tokens[j].low.startswith(_TOTAL_ROW_WORDS)
        for j in range(k, first)
    )


def _own_noun_after(tokens: Tokens, num: NumberMatch) -> bool:
    """The number has a word of its own after it, no verb of taking part ("в Бишкеке
    участвовали 40 человек, в Оше – 15 автобусов"): it counts that, not the people of
    the row before. A verb, a list word or a mark after it leaves the row bare
    ("Таластан 15 келди", "Таластан 15 жана Нарындан 20", "из Таласской – 15.")."""
    j = read_qualifiers(tokens, num).after
    if j >= len(tokens):
        return False
    tok = tokens[j]
    return (
        tok.kind == "word"
        and tok.text[:1].islower()
        and tok.low not in ROW_JOINERS
        and status_at(tokens, j) is None
    )


def parallel_row(tokens: Tokens, held_at: int, first: int) -> bool:
    """A row "<place> – N" whose place is said as the count's clause opens ("Ошскую
    область представляли 63 участника, Джалал-Абадскую – 58", "в Чуйской области
    участвовали 40 человек, в Нарынской – 25"): the clause of the count at `held_at`
    and the row's open with the same preposition, or with two names in the same case
    (the same last letters): the row leaves out the noun and the verb of that clause."""
    if first < 2 or tokens[first - 1].text not in DASHES:
        return False
    row_open, held_open = _clause_start(tokens, first - 1), _clause_start(tokens, held_at)
    if row_open is None or held_open is None or held_open >= held_at:
        return False
    row, held = tokens[row_open], tokens[held_open]
    if row.kind != "word" or held.kind != "word" or not tokens[first - 2].text[:1].isupper():
        return False  # the row's place is a name ("в Нарынской – 25", not "в среднем – 25")
    if row.low == held.low:
        return row_open < first - 2  # a preposition, then the row's place
    return (
        row_open == first - 2
        and row.text[:1].isupper()
        and held.text[:1].isupper()
        and len(row.low) > _CASE_LETTERS
        and row.low[-_CASE_LETTERS:] == held.low[-_CASE_LETTERS:]
    )


def _clause_start(tokens: Tokens, k: int) -> int | None:
    """The first token of the clause that token k is in: after a comma, a list word or
    a sentence's end, at most ROW_CLAUSE_REACH tokens back. A list word between two
    names joins the names, not two clauses ("В Кара-Суйском и Ак-Талинском айыл окмоту
    пришли по 30 человек": one clause)."""
    for j in range(k - 1, max(-1, k - 1 - ROW_CLAUSE_REACH), -1):
        if ends_sentence_at(tokens, j) or tokens[j].text == ",":
            return j + 1
        if tokens[j].low in ROW_JOINERS and not _joins_names(tokens, j):
            return j + 1
        if j == 0:
            return 0
    return None


def _joins_names(tokens: Tokens, j: int) -> bool:
    """The list word at j stands between two names (capitalised words)."""
    return 0 < j < len(tokens) - 1 and all(
        tokens[i].kind == "word" and tokens[i].text[:1].isupper() for i in (j - 1, j + 1)
    )


def trailing_part(tokens: Tokens, num: NumberMatch) -> bool:
    """A part ("30у") after a comma, with a verb of taking part right after it."""
    return (
        num.ending in PARTITIVE_ENDINGS
        and num.first > 0
        and tokens[num.first - 1].text == ","
        and status_after(tokens, num.last, reach=PARTITIVE_VERB_REACH) is not None
    )


def trailing_parts(tokens: Tokens, counts: dict[int, Found], parts: Sequence[NumberMatch]) -> None:
    """Each part is of the nearest count before it in its sentence, when it is less."""
    keys = _Keys(counts)
    for num in parts:
        held_at = keys.before(num.first)
        if held_at is None or num.first in counts or num.value is None:
            continue
        held = counts[held_at]
        if num.value >= held.count or any(
            ends_sentence_at(tokens, j) for j in range(held_at, num.first)
        ):
            continue
        status = status_after(tokens, num.last, reach=PARTITIVE_VERB_REACH) or held.status
        keys.add(num.first)
        counts[num.first] = Found(
            num.value, "exact", held.who, status, num.start, num.end, rules.PARTITIVE
        )
