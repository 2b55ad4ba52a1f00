"""Rows of a list that name no noun and share the next row's: "Нарындан 20, Таластан 15
катышуучу келди", "Ак-Суу айыл аймагында 40, Кара-Суу айыл аймагында 35 тургун",
"Казыбектеги жыйынга 61, Жаңы-Күчтө 38 адам келди" (rows.py reads the rows of totals
and subjects)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ... import morph
from ...models import Qualifier
from ...numbers import NumberMatch, Token, number_at
from .constants import ELLIPTIC_LOCATIVE_REACH, ELLIPTIC_REACH
from .phrase import read_qualifiers
from .rows import place_row, source_before, unit_locative_row
from .words import ROW_JOINERS, Tokens, ends_sentence_at, hyphen_in_name, noun_ending_case

_LOCATIVE = "locative"
_DATIVE = "dative"
_ATTRIBUTIVE = "attributive"
_ABLATIVE = "ablative"
_PLURAL = "plural"


def elliptic_next(tokens: Tokens, num: NumberMatch) -> tuple[int, Qualifier] | None:
    """ "Нарындан 20, Таластан 15 катышуучу келди", "Нарынская – 76, город Ош – 32
    депутата", "Таластан 100дөн ашык, Нарындан 200дөн ашуун катышуучу": a number
    with no noun after a place in the ablative (or genitive) or before a dash, followed
    by a comma or "жана", shares the noun of the next number in its list; so does one
    after a unit's type word in the locative ("Ак-Суу айыл аймагында 40, Кара-Суу айыл
    аймагында 35 тургун катышты": unit_locative_row). Returns the
    token index where that next number starts and the row's own qualifier."""
    first = num.first
    if num.kind not in ("digits", "words") or not first:
        return None
    reading = read_qualifiers(tokens, num)
    last = reading.after
    if _joined_to_next_number(tokens, num, last):
        return last + 1, reading.qualifier  # "соответственно 64 и 41 житель"
    if last >= len(tokens) or (
        num.ending
        and last == num.last
        and num.case != "approximative"
        and not _distributive_row(tokens, num)
    ):
        return None  # "Нарындан 20дан, ...": an ending with no qualifier ("20дай": about)
    if not (tokens[last].text == "," or tokens[last].low in ROW_JOINERS):
        return None  # no list goes on after it (asked before the row's tests, which read more)
    # past the plain reach only a row "so many from each" ("райондорунан 7ден, ошондой
    # эле ... шаарларынан 22 депутат"): a list's row of plain counts stays near its next
    reach = ELLIPTIC_LOCATIVE_REACH if _distributive_row(tokens, num) else ELLIPTIC_REACH
    same_case = _ablative_before
    if not (place_row(tokens, first, owner=True) or source_before(tokens, first)):
        if unit_locative_row(tokens, first):
            reach, same_case = ELLIPTIC_LOCATIVE_REACH, _locative_before
        elif place_event_row(tokens, first):
            reach, same_case = ELLIPTIC_LOCATIVE_REACH, _place_before
        else:
            return None
    return _next_row(tokens, last, reach, same_case, reading.qualifier)


def _joined_to_next_number(tokens: Tokens, num: NumberMatch, last: int) -> bool:
    """A plain number (no ending) right before "и"/"жана" and another number ("приняли
    участие соответственно 64 и 41 житель", "угууларга 35 жана 28 тургун катышты"):
    numbers joined to share the noun of the last, each its own count (one row each of a
    list of two); "статьями 10 и 17" shares no noun of who takes part, so stays none."""
    return (
        not num.ending
        and last + 1 < len(tokens)
        and tokens[last].low in ROW_JOINERS
        and tokens[last + 1].kind == "num"
    )


def _next_row(
    tokens: Tokens,
    last: int,
    reach: int,
    same_case: Callable[[Sequence[Token], int], bool],
    qualifier: Qualifier,
) -> tuple[int, Qualifier] | None:
    """The next row's number after the joiner at `last`, and the row's qualifier; past
    the plain reach (ELLIPTIC_REACH), up to ELLIPTIC_LOCATIVE_REACH, only a row whose
    place is in the case of this row's ("..., Кара-Тал айылында 35", not "...,
    имаратынын ачылышына 35"); a hyphen inside a name is no step."""
    steps = 0
    for k in range(last + 1, len(tokens)):
        if ends_sentence_at(tokens, k):
            return None
        if tokens[k].kind == "num" or _count_word_at(tokens, k):
            if steps >= ELLIPTIC_REACH and not same_case(tokens, k):
                return None
            return k, qualifier
        if not hyphen_in_name(tokens, k):
            steps += 1
        if steps >= reach:
            return None
    return None


def _ablative_before(tokens: Sequence[Token], k: int) -> bool:
    """The word right before token k is in the ablative ("шаарларынан 22")."""
    return (
        k > 0 and tokens[k - 1].kind == "word" and noun_ending_case(tokens[k - 1].low) == _ABLATIVE
    )


def place_event_row(tokens: Sequence[Token], first: int) -> bool:
    """A number right after a noun in the dative that a place in the attributive
    ("in X") holds: "Казыбектеги жыйынга 61, ...", "Көк-Ойдогу жолугушууга 170тен
    ашуун, ...": the people who came to the meeting there, a row of a list."""
    if first < 2:
        return False
    noun, place = tokens[first - 1], tokens[first - 2]
    return (
        noun.kind == "word"
        and place.kind == "word"
        and place.text[:1].isupper()
        and noun_ending_case(noun.low) == _DATIVE
        and noun_ending_case(place.low) == _ATTRIBUTIVE
    )


def _place_before(tokens: Sequence[Token], k: int) -> bool:
    """The next row names its place as this one does: in the locative right before its
    number ("Жаңы-Күчтө 38") or in the attributive before its noun (place_event_row)."""
    return _locative_before(tokens, k) or place_event_row(tokens, k)


def _distributive_row(tokens: Sequence[Token], num: NumberMatch) -> bool:
    """A number in the ablative right after units in the plural ablative ("Тогуз-Торо
    жана Чаткал райондорунан 7ден, ..."): so many from each of them, a row of its list;
    after one place ("Нарындан 20дан") the ending is no distributive."""
    if num.case != "ablative" or not num.first:
        return False
    before = tokens[num.first - 1]
    return before.kind == "word" and any(
        _PLURAL in names and names[-1].startswith("ablative")
        for r in morph.candidate_stems(before.low)
        if (names := morph.suffix_names(r.stem, r.ending))
    )


def _locative_before(tokens: Sequence[Token], k: int) -> bool:
    """The word right before token k is in the Kyrgyz locative ("айылында", "Ак-Жарда")."""
    return (
        k > 0 and tokens[k - 1].kind == "word" and noun_ending_case(tokens[k - 1].low) == _LOCATIVE
    )


def _count_word_at(tokens: Tokens, k: int) -> bool:
    """A number in words at `k` that may be the next row's count; an ordinal word is
    part of the next row's name, not its count ("Кара-Суу айылынан 14, Биринчи Май
    айылынан 9 ...": the rows go on to 9)."""
    found = number_at(tokens, k)
    return found is not None and found.kind != "ordinal"
