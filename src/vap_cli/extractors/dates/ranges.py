"""Two date atoms joined into a range when the text between and around them makes one
("20-ноябрынан 25-декабрына чейин", "с 20 ноября по 25 декабря", "5-7-март")."""

from __future__ import annotations

import regex

from ... import rx
from ...dategrammar import LEX, alternation
from .atoms import Atom, Day
from .patterns import (
    RANGE_BEGIN_RU_BEFORE,
    RANGE_GAP_DASH,
    RANGE_GAP_ENDING_RU,
    RANGE_GAP_FROM_WORD,
    RANGE_GAP_KY,
    RANGE_GAP_RU,
    RANGE_OPEN_RU_BEFORE,
    TO_WORD_AFTER,
)

# Two dates join into a range only this close (characters between them): "20-ноябрынан
# 25-декабрына чейин", "с 20 ноября по 25 декабря".
_RANGE_MAX_GAP = 40
# A Russian range opener ("с", "со") is looked for this many characters before the date.
_RANGE_OPENER_REACH = 6
# ... and a Russian verb of beginning ("начнётся 15 мая, а завершится к 10 июня").
_BEGIN_VERB_REACH = 16
# A Kyrgyz range told by a verb of beginning (dates.yaml range_begun_ky): "5-майдан
# башталып, 20-июлга чейин"; the start's weekday may stand before the verb, set off by
# commas: "5-майда, жекшемби күнү башталып, ..." (weekdays, range_weekday_day_words_ky).
_WEEKDAY_SET_OFF_KY = (
    rf"\s{{0,3}},\s{{1,3}}(?:{alternation(LEX['weekdays'])})"
    rf"(?:\s{{1,3}}(?:{alternation(LEX['range_weekday_day_words_ky'])}))?\s{{0,3}},?"
)
_GAP_BEGUN_KY = rx.compile(
    rf"(?:{_WEEKDAY_SET_OFF_KY})?\s{{1,3}}{alternation(LEX['range_begun_ky'])},?\s{{1,3}}",
    regex.IGNORECASE,
)


def _before(day: Day, other: Day) -> bool:
    return (day[1], day[2]) < (other[1], other[2])


def _years_filled(first: Day, last: Day) -> tuple[Day, Day] | None:
    """A range's two ends, a year written once serving both; None when the range would
    run backwards."""
    if first[0] is None and last[0] is not None:
        first = (last[0] - 1 if _before(last, first) else last[0], first[1], first[2])
    elif last[0] is None and first[0] is not None:
        last = (first[0] + 1 if _before(last, first) else first[0], last[1], last[2])
    if first[0] is not None and (first[0], first[1], first[2]) > (last[0], last[1], last[2]):
        return None
    return first, last


def _begun_ky(gap: str) -> bool:
    """The text between two days is a Kyrgyz verb of beginning ("башталып"), maybe after
    the first day's weekday ("..., жекшемби күнү башталып, ...")."""
    return bool(_GAP_BEGUN_KY.fullmatch(gap))


def join_atoms(a: Atom, b: Atom, text: str) -> Atom | None:
    """The range a..b when the text between and around them makes one."""
    if a.first != a.last or b.first != b.last or b.start - a.end > _RANGE_MAX_GAP:
        return None
    if a.hyphen_listed or b.hyphen_listed:
        return None
    gap = text[a.end : b.start]
    start = a.start
    begun = _begun_ky(gap)
    from_word = RANGE_GAP_FROM_WORD.fullmatch(gap) or (a.case == "ablative" and begun)
    if (a.case == "ablative" and RANGE_GAP_KY.fullmatch(gap)) or from_word:
        if b.case != "dative" and not TO_WORD_AFTER.match(text, b.end):
            return None
    elif a.case == "locative" and begun:
        # the day the work began on: its end in the dative and closed by "чейин"
        if b.case != "dative" or not TO_WORD_AFTER.match(text, b.end):
            return None
    elif RANGE_GAP_RU.fullmatch(gap):
        opener = RANGE_OPEN_RU_BEFORE.search(text, max(0, a.start - _RANGE_OPENER_REACH), a.start)
        if not opener:
            return None
        start = opener.start() + (0 if opener.group()[0].isalpha() else 1)
    elif RANGE_GAP_ENDING_RU.fullmatch(gap):
        # its start told by a verb of beginning ("начнётся 15 мая, а завершится к 10
        # июня") or by "с" ("начнётся с 20 мая и продлится до 10 июня")
        if not (
            RANGE_BEGIN_RU_BEFORE.search(text, max(0, a.start - _BEGIN_VERB_REACH), a.start)
            or RANGE_OPEN_RU_BEFORE.search(text, max(0, a.start - _RANGE_OPENER_REACH), a.start)
        ):
            return None
    elif not RANGE_GAP_DASH.fullmatch(gap):
        return None
    ends = _years_filled(a.first, b.last)
    if ends is None:
        return None
    first, last = ends
    end = b.end
    to_word = TO_WORD_AFTER.match(text, end)
    if to_word:
        end = to_word.end()
    return Atom(start, end, first, last, b.case)
