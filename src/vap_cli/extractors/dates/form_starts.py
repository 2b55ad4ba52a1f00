"""Where each written form of a date may open, so that it is tried only there: a word of
its own (WORD_BEGINS: a month's name, a year's word), the first digit of a run of digits
of its length before its separator, WORD_DATE's guard (a digit, a quote before it, a
Russian range opener); `form_matches` gives a form's matches in text order (moved out of
atoms.py, tidy55); FORM_BEGINS, the forms tried only at their own words' places, and
`form_places`, where those are in a document (moved out of patterns.py, tidy58)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType

import regex

from ... import rx
from ...dategrammar import LEX, alternation
from ...segment.tokens import Runs
from .gates import month_first_places, year_word_after
from .patterns import (
    BADGE_MONTH_BEGINS,
    BADGE_MONTH_DAY,
    DASHED_DATE,
    DAY_AND_WORD,
    DAY_MONTH_DIGITS,
    DOTTED_ISO_DATE,
    EN_MONTH_BEGINS,
    EN_MONTH_DAY_LINE,
    EN_MONTH_DAY_YEAR,
    ISO_DATE,
    MONTH_FIRST_BEGINS,
    MONTH_FIRST_DATE,
    NAMED_MONTH_BEGINS,
    NAMED_MONTH_DAY_YEAR,
    NOT_BEFORE,
    NUMERIC_DATE,
    OPEN_NUMERIC_RANGE,
    QUOTED_DAY_BEGINS,
    QUOTED_DAY_DATE,
    RANGE_OPEN_BEGINS,
    SLASHED_ISO_DATE,
    SPACED_NUMERIC_DATE,
    WORD_DATE,
)

# The forms atoms.py tries only where one of their words begins (rx.Beginnings), each
# with its own words. In a text alone (`word_starts`): all their words searched
# at once, in the text case-folded once, and each form tried at the places found (a
# superset of its own: the same matches). In a document's token stream: with other
# stages' word sets (word_starts.word_sets), each form at its own places (`form_places`).
FORM_BEGINS: Mapping[regex.Pattern[str], rx.Beginnings] = MappingProxyType(
    {
        MONTH_FIRST_DATE: MONTH_FIRST_BEGINS,
        EN_MONTH_DAY_YEAR: EN_MONTH_BEGINS,
        EN_MONTH_DAY_LINE: EN_MONTH_BEGINS,
        NAMED_MONTH_DAY_YEAR: NAMED_MONTH_BEGINS,
        QUOTED_DAY_DATE: QUOTED_DAY_BEGINS,
        BADGE_MONTH_DAY: BADGE_MONTH_BEGINS,
        OPEN_NUMERIC_RANGE: RANGE_OPEN_BEGINS,
    }
)
# Where each form of FORM_BEGINS may open: its own words' places (`form_places`), or
# those of all their words (`word_starts`), the same for every form.
FormPlaces = Mapping[regex.Pattern[str], list[int]] | list[int]


def form_places(places_of: Callable[[rx.Beginnings], list[int] | None]) -> FormPlaces | None:
    """Where each form searched by its words may open: `places_of` its own words
    (FORM_BEGINS; the document's one search of every stage's words: word_starts.starts),
    so that a form is tried at its own places only (a month's form not at every quote).
    None when `places_of` gives None (case folding changes the text's length)."""
    places: dict[regex.Pattern[str], list[int]] = {}
    for pattern, begins in FORM_BEGINS.items():
        found = places_of(begins)
        if found is None:
            return None
        places[pattern] = found
    return places


_WORD_FIRST = frozenset(FORM_BEGINS)
WORD_BEGINS = rx.Beginnings(w for begins in FORM_BEGINS.values() for w in begins.words)
# Forms whose every match opens with the first digit of a run of digits (their
# lookbehinds forbid a digit before): tried only there (`rx.matches_at`), a few dozen
# places of a page instead of every character.
_DIGIT_FIRST = frozenset(
    {
        NUMERIC_DATE,
        ISO_DATE,
        DOTTED_ISO_DATE,
        SLASHED_ISO_DATE,
        DASHED_DATE,
        DAY_AND_WORD,
        SPACED_NUMERIC_DATE,
        DAY_MONTH_DIGITS,
    }
)
# Where a form of _DIGIT_FIRST may open, by the length of the run of digits it opens
# with and the character after the run (`_digit_starts`): a year of four digits before
# its separator ("2021-05-24", "2021.05.24", "2021/05/24"), a day of one or two digits
# before a date's separator or a blank ("12.03.2020", "20 - 25.11", "5-6-2021"), a day
# before its dot (two digits, "05. 03. 2021"; one or two, "05.03 күнү"). A
# year or a day opens WORD_DATE and DAY_AND_WORD ("2021-жылдын 5-майында", "5-майда",
# "5, 6 жана 7-июнда", '"5" мая', "5мартында") before a blank, a hyphen, a comma, a
# quote or a letter (a year's word, lexicon/dates.yaml year_before_day; a month glued
# on; the ablative's ending). No form opens with three digits, or five and more.
_YEAR_DIGITS = 4
_DAY_DIGITS = 2
# The forms whose day opens them and is followed by a dot: the day's most digits,
# and the fewest ([0-3]\\d, [0-3]?\\d).
_DAY_BEFORE_DOT: dict[regex.Pattern[str], tuple[int, int]] = {
    SPACED_NUMERIC_DATE: (2, 2),
    DAY_MONTH_DIGITS: (1, 2),
}
_AFTER_YEAR: dict[regex.Pattern[str], str] = {
    ISO_DATE: "-",
    DOTTED_ISO_DATE: ".",
    SLASHED_ISO_DATE: "/",
}
_NUMERIC_SEPARATORS = "./-"
_WORD_DATE_AFTER = "-,\"'"
if not all(w[:1].isalpha() for w in LEX["year_before_day"]):
    raise ValueError("lexicon/dates.yaml: a year_before_day word must open with a letter")
# Where WORD_DATE may open (its guard): a digit, maybe after one of these quotes, or
# a Russian range opener ("с 20 по 25 ноября").
WORD_DATE_QUOTES = "\"'"
WORD_DATE_OPEN = rx.compile(
    NOT_BEFORE + rf"{alternation(LEX['range_open_ru'])}\s", regex.IGNORECASE
)


def _word_date_starts(text: str, digits: list[int], openers: list[int] | None) -> list[int]:
    """Where WORD_DATE may match: its guard's first digit (`digits`: a day's or a year's,
    `_opens_word_date`), maybe after a quote, or a Russian range opener ("с 20 по 25
    ноября"), tried where one stands before a blank (`openers`: RANGE_OPEN_BEGINS'
    places, or a superset of them) or searched for (None)."""
    quoted = [k - 1 for k in digits if k and text[k - 1] in WORD_DATE_QUOTES]
    found = (
        WORD_DATE_OPEN.finditer(text, None, None, False, rx.NOT_CONCURRENT)
        if openers is None
        else rx.matches_at(WORD_DATE_OPEN, text, openers)
    )
    return sorted({*digits, *quoted, *(m.start() for m in found)})


def word_starts(text: str) -> list[int] | None:
    """Where a word of the forms searched by their words (`_WORD_FIRST`) begins; None
    when case folding changes the text's length (then its offsets are not the text's)."""
    folded = rx.casefold(text)
    return rx.beginnings_in(WORD_BEGINS, folded) if len(folded) == len(text) else None


def _digit_starts(pattern: regex.Pattern[str], text: str, runs: Runs) -> list[int]:
    """Where a form of _DIGIT_FIRST may open: the starts of the `runs` of digits it
    opens with (see _YEAR_DIGITS)."""
    if pattern in _AFTER_YEAR:
        sign = _AFTER_YEAR[pattern]
        return [a for a, b in runs if b - a == _YEAR_DIGITS and text[b : b + 1] == sign]
    if pattern in _DAY_BEFORE_DOT:
        fewest, most = _DAY_BEFORE_DOT[pattern]
        return [a for a, b in runs if fewest <= b - a <= most and text[b : b + 1] == "."]
    if pattern is DASHED_DATE:
        return [a for a, b in runs if b - a <= _DAY_DIGITS and text[b : b + 1] == "-"]
    if pattern is NUMERIC_DATE:
        return [a for a, b in runs if b - a <= _DAY_DIGITS and _day_separator(text[b : b + 1])]
    if pattern is WORD_DATE:
        return [
            a
            for a, b in runs
            if _opens_word_date(text, a, b) and (b - a != _YEAR_DIGITS or year_word_after(text, b))
        ]
    if pattern is DAY_AND_WORD:
        return [a for a, b in runs if _opens_word_date(text, a, b)]
    return [a for a, _ in runs]


def _opens_word_date(text: str, start: int, end: int) -> bool:
    """A day's or a year's run of digits, before what may follow it in a date of words
    (a blank: a character of rx.BLANKS, those the forms' `\\s` reads; no match of a
    pattern asked of one character)."""
    after = text[end : end + 1]
    return (
        (end - start <= _DAY_DIGITS or end - start == _YEAR_DIGITS)
        and after != ""
        and (after in _WORD_DATE_AFTER or after.isalpha() or after in rx.BLANKS)
    )


def _day_separator(after: str) -> bool:
    """A date's separator after its day, or a blank (a range's dash may follow it; one
    of rx.BLANKS)."""
    return after != "" and (after in _NUMERIC_SEPARATORS or after in rx.BLANKS)


def form_matches(
    pattern: regex.Pattern[str],
    text: str,
    runs: Runs,
    words: FormPlaces | None,
) -> Iterator[regex.Match[str]]:
    """The matches of one written form in text order, each tried only where it may
    start: `runs` of digits (DIGIT_RUN), `words` (`word_starts` or `form_places`)."""
    if pattern in _WORD_FIRST:
        if words is None:
            return pattern.finditer(text, None, None, False, rx.NOT_CONCURRENT)
        places = words if isinstance(words, list) else words[pattern]
        if pattern is MONTH_FIRST_DATE:
            places = month_first_places(text, places)
        return rx.matches_at(pattern, text, places)
    if pattern in _DIGIT_FIRST:
        return rx.matches_at(pattern, text, _digit_starts(pattern, text, runs))
    if pattern is WORD_DATE:
        starts = _digit_starts(pattern, text, runs)
        openers = words if isinstance(words, list) or words is None else words[OPEN_NUMERIC_RANGE]
        return rx.matches_at(pattern, text, _word_date_starts(text, starts, openers))
    return pattern.finditer(text)
