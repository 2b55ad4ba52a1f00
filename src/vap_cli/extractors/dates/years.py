"""The resolve step: years of dates written without one ("--MM-DD")."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import regex

from ... import morph, rx
from ...context import Context
from ...dategrammar import (
    LEX,
    YEAR4,
    YEAR_MAX,
    alternation,
    running_participle,
)
from ...explain import Rule
from ...models import DateMention, WarningCode
from .atoms import InvalidDate, checked_date, iso, month_day
from .patterns import ROLE_WINDOW
from .updates import date_issued_from_stamp

# --- resolve step: years of dates written without one ---------------------------------


def _parse_iso(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _nearest_year(month: int, day: int, ref: dt.date) -> int:
    """The year that puts --MM-DD nearest to the reference date."""
    best: tuple[int, int] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            distance = abs((dt.date(year, month, day) - ref).days)
        except ValueError:  # 29 February of a common year
            continue
        if best is None or distance < best[0]:
            best = (distance, year)
    if best is None:
        raise InvalidDate
    return best[1]


# 29 February comes back in a leap year, at most this many years on.
LEAP_CYCLE = 4


def _next_year(month: int, day: int, ref: dt.date) -> int:
    """The year that puts --MM-DD on or after the reference date."""
    for year in (ref.year, ref.year + 1, ref.year + LEAP_CYCLE):
        try:
            if dt.date(year, month, day) >= ref:
                return year
        except ValueError:
            continue
    raise InvalidDate


# ... maybe with a Russian ordinal ending: "в 2024-м году".
_SENTENCE_YEAR = rx.compile(
    rf"^{YEAR4}(?:-{alternation(LEX['year_ordinal_endings_ru'])})?\s{{0,2}}-?\s{{0,2}}"
    rf"{alternation(LEX['sentence_year_words'])}$",
    regex.IGNORECASE,
)


def _sentence_years(ctx: Context) -> list[tuple[int, int]]:
    """(end in the original text, year) of each mention of a year said as a time
    ("2023-жылы"), the first and every later one."""
    return sorted(
        (m.end, p.start)
        for p in ctx.periods
        if p.start == p.end
        for m in p.mentions or [p.span]
        if _SENTENCE_YEAR.match(ctx.original[m.start : m.end])
    )


def _year_of_sentence(
    ctx: Context, years: list[tuple[int, int]], mention: DateMention
) -> tuple[int, int] | None:
    """The year named before the day in its clause ("2023-жылы ... 20-декабрда"), with
    the end of its mention; not one a participle between them holds."""
    k = bisect.bisect_right(years, (mention.span.start, YEAR_MAX + 1)) - 1
    if k < 0:
        return None
    end, year = years[k]
    if mention.span.start - end > ROLE_WINDOW:
        return None
    # Mentions are spans of the original; the segments index the normalised text.
    to_normalised = ctx.norm.to_normalised
    if (
        ctx.segments.sentence_break(
            to_normalised(end), to_normalised(mention.span.start), clauses=True
        )
        is not None
    ):
        return None
    # A participle between them holds the year ("1994-жылы негизделген мектептин ...
    # 12-октябрда"): the year dates the participle's deed, not the day, as for "былтыр";
    # a comma and a word opening another clause part them ("..., буга чейин ...").
    if _participle_in(ctx.original, end, mention.span.start):
        return None
    if _CLAUSE_OPENER.search(ctx.original, end, mention.span.start) is not None:
        return None
    return end, year


# The conjunctions of a contrast (lexicon `contrast_conjunctions`), opening a clause:
# _CLAUSE_OPENER's after a comma and _CLAUSE_CONJUNCTION's both.
_CONTRASTS: list[str] = LEX["contrast_conjunctions"]
_CLAUSE_OPENER = rx.compile(
    rf",\s{{0,3}}(?:{alternation([*_CONTRASTS, *LEX['year_clause_openers']])})(?!\p{{L}})"
    rf"(?!\s{{1,3}}(?:{alternation(LEX['year_clause_not_after'])})(?!\p{{L}}))",
    regex.IGNORECASE,
)


def _participle_in(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a participle in running text: lower case (not a
    name ending like one: Баткен, Өзгөн), not a noun of the look-alike list (органдар)."""
    return any(running_participle(m.group()) for m in _PARTICIPLE.finditer(text, start, end))


_RELATIVE: Mapping[int, tuple[str, ...]] = MappingProxyType(
    {int(k): tuple(v) for k, v in LEX["relative_years"].items()}
)
_RELATIVE_REACH: int = LEX["relative_year_reach"]
_RELATIVE_BEFORE = tuple(
    (offset, rx.compile(rf"(?<!\p{{L}}){alternation(words)}[\s,]{{1,{_RELATIVE_REACH}}}$", regex.I))
    for offset, words in _RELATIVE.items()
)


# A match of _RELATIVE_BEFORE's patterns (or _SAME_BEFORE's) ends where the text searched
# ends (or before a line break ending it: `$`), so it starts at most this many
# characters before that end: the longest word with each of its spaces read as three,
# the reach, and the line break. They are searched from there (the look-behind still
# reads the character before): the same match, without trying the look-behind at
# every character of the window.
def _longest_before(words: Iterable[str]) -> int:
    return max(len(w) + 2 * w.count(" ") for w in words) + _RELATIVE_REACH + 1


_RELATIVE_BEFORE_LENGTH = _longest_before(w for words in _RELATIVE.values() for w in words)
_RELATIVE_AFTER = tuple(
    (offset, rx.compile(rf"[\s,]{{1,{_RELATIVE_REACH}}}{alternation(words)}(?!\p{{L}})", regex.I))
    for offset, words in _RELATIVE.items()
)


_ADVERBS = frozenset(LEX["relative_year_adverbs"])
_RELATIVE_ADVERBS = tuple((k, tuple(w for w in v if w in _ADVERBS)) for k, v in _RELATIVE.items())
# Further back in the clause: no comma, digit or line end between the word and the
# day (nor a sentence's end: read from the segments).
_RELATIVE_IN_CLAUSE = tuple(
    (
        offset,
        rx.compile(
            rf"(?<!\p{{L}}){alternation(words)}(?!\p{{L}})(?P<between>[^\d,\n]{{1,{ROLE_WINDOW}}})$",
            regex.I,
        ),
    )
    for offset, words in _RELATIVE_ADVERBS
    if words
)
# The last digit or comma of a window (found from its end): _RELATIVE_IN_CLAUSE's
# matches start after it (`between` holds none, nor does a relative year word), so
# they are searched from there, not tried at every character of the window.
_LAST_DIGIT_OR_COMMA = rx.compile(r"[\d,]", regex.REVERSE)
_PARTICIPLE = rx.compile(
    rf"\p{{L}}{{2,}}(?:{alternation(LEX['relative_year_participles_ky'])})\p{{L}}{{0,4}}(?!\p{{L}})"
    rf"|\p{{L}}{{2,}}(?:{alternation(LEX['relative_year_participles_ru'])})\p{{L}}{{1,4}}(?!\p{{L}})",
    regex.I,
)
# The words just before a relative year word, in its clause, where a participle that
# holds it may stand.
_PARTICIPLE_LEAD = 30


def _relative_year(ctx: Context, mention: DateMention) -> int | None:
    """The offset from the document's year that words next to the day say (-1 for
    "өткөн жылдын 5-декабрында", "5 декабря прошлого года"), or words earlier in its
    clause ("Былтыр Нарын районунда 5-апрелде") with no participle holding them; or None."""
    text, start, end = ctx.original, mention.span.start, mention.span.end
    window = max(0, start - ROLE_WINDOW)
    before = text[window:start]
    for offset, pattern in _RELATIVE_BEFORE:
        if pattern.search(before, max(0, len(before) - _RELATIVE_BEFORE_LENGTH)):
            return offset
    for offset, pattern in _RELATIVE_AFTER:
        if pattern.match(text, end):
            return offset
    clause_from = in_clause_from(before)
    for offset, pattern in _RELATIVE_IN_CLAUSE:
        m = pattern.search(before, clause_from)
        if m is not None and _holds_the_day(ctx, window + m.start(), start, m["between"]):
            return offset
    return None


def in_clause_from(before: str) -> int:
    """Where _RELATIVE_IN_CLAUSE's patterns are searched from in a window: after its
    last digit or comma (`_LAST_DIGIT_OR_COMMA`), or its start."""
    cut = _LAST_DIGIT_OR_COMMA.search(before)
    return 0 if cut is None else cut.end()


def _holds_the_day(ctx: Context, word: int, day: int, between: str) -> bool:
    """Whether the relative year word at `word` (original offsets) dates the day at
    `day`: one clause, and no participle holding the word, Russian before it ("в
    построенной в прошлом году школе"), Kyrgyz after it ("былтыр курулган мектепте")."""
    norm, segments = ctx.norm, ctx.segments
    at = norm.to_normalised(word)
    if segments.sentence_break(at, norm.to_normalised(day), clauses=True) is not None:
        return False
    sentence = norm.to_original(segments.sentence_start(at), at)[0]
    lead = ctx.original[max(sentence, word - _PARTICIPLE_LEAD) : word]
    lead = lead.rsplit(",", 1)[-1].rsplit("\n", 1)[-1]
    return not _participle_in(between, 0, len(between)) and not _participle_in(lead, 0, len(lead))


_SAME: list[str] = LEX["same_year_words"]
_SAME_REACH: int = LEX["same_year_reach"]
_SAME_BEFORE = rx.compile(
    rf"(?<!\p{{L}}){alternation(_SAME)}[\s,]{{1,{_RELATIVE_REACH}}}$", regex.I
)
_SAME_BEFORE_LENGTH = _longest_before(_SAME)
_SAME_AFTER = rx.compile(rf"[\s,]{{1,{_RELATIVE_REACH}}}{alternation(_SAME)}(?!\p{{L}})", regex.I)


_YEARLY = rx.compile(rf"(?<!\p{{L}}){alternation(LEX['yearly_event_words'])}", regex.I)


def _yearly_event(ctx: Context, mention: DateMention) -> bool:
    """A word of a yearly event stands before the day in its sentence ("Ежегодный форум
    пройдёт 21–22 ноября"): the day recurs every year."""
    norm = ctx.norm
    start = ctx.segments.sentence_start(norm.to_normalised(mention.span.start))
    begin = max(norm.to_original(start, start)[0], mention.span.start - ROLE_WINDOW)
    return _YEARLY.search(ctx.original, begin, mention.span.start) is not None


def _year_marks(ctx: Context) -> list[tuple[int, int]]:
    """(end in the original text, year) of every year said: a period's single year,
    a full date."""
    marks = [
        (m.end, p.start) for p in ctx.periods if p.start == p.end for m in p.mentions or [p.span]
    ]
    marks += [(d.span.end, int(d.start[:4])) for d in ctx.dates if not d.start.startswith("--")]
    return sorted(marks)


def _same_year(ctx: Context, marks: list[tuple[int, int]], mention: DateMention) -> int | None:
    """ "ошол эле жылдын 5-декабрында", "5 декабря того же года": the year said last
    before it (within _SAME_REACH), or None."""
    text, start = ctx.original, mention.span.start
    begin = max(0, start - ROLE_WINDOW, start - _SAME_BEFORE_LENGTH)
    near = _SAME_BEFORE.search(text, begin, start) or _SAME_AFTER.match(text, mention.span.end)
    if near is None:
        return None
    k = bisect.bisect_right(marks, (start, YEAR_MAX + 1)) - 1
    if k < 0 or start - marks[k][0] > _SAME_REACH:
        return None
    return marks[k][1]


def _drop_years_of_dates(ctx: Context, used: set[int]) -> None:
    """A year said only to date a day of its sentence ("2024-жылы ... 20-декабрда") is
    part of that date, not a period; a year also said on its own stays one."""
    kept = []
    for period in ctx.periods:
        own = [m for m in period.mentions or [period.span] if m.end not in used]
        if period.start != period.end or own:
            kept.append(period)
    ctx.periods = kept


# " date 2021-12 ...": a page's date line with the month only gives no issued date,
# but the year (and month) that day-month dates of the text fall near.
# A page dated by its year and month only stands for the month's middle day, so that
# a year-less date early or late in the month is put nearest to it alike.
MID_MONTH = 15
PAGE_MONTH = rx.compile(
    rf"^\s{{0,10}}{alternation(LEX['issued_opening_labels'])}\s{{0,2}}:?\s{{0,3}}"
    rf"(?P<y>{YEAR4})-(?P<m>[01]\d)(?![\d.-])",
    regex.IGNORECASE,
)


def _page_month(ctx: Context) -> dt.date | None:
    m = PAGE_MONTH.match(ctx.text)
    if m is None or not 1 <= int(m["m"]) <= 12:
        return None
    return dt.date(int(m["y"]), int(m["m"]), MID_MONTH)


def _in_year(year: int, first: tuple[int, int], last: tuple[int, int]) -> tuple[str, str]:
    """The ISO ends of a range from `first` to `last` (month, day) begun in `year`; a
    range that crosses a new year ends in the next. InvalidDate for a day the year has
    not (29 February of a common year)."""
    last_year = year + 1 if last < first else year
    return iso(checked_date(year, *first)), iso(checked_date(last_year, *last))


def _with_year(ctx: Context, mention: DateMention, year: int) -> DateMention:
    """The mention with `year` put into its "--MM-DD" ends (a range may cross a new year)."""
    try:
        start, end = _in_year(year, month_day(mention.start), month_day(mention.end))
    except InvalidDate:
        return mention  # 29 February of a common year: the year stays unknown
    return mention.model_copy(update={"start": start, "end": end})


class _FullDates:
    """The text's full dates by position: the one nearest a position (the first in
    the text's list on a tie), by bisection (a scan of them all per date without a
    year is quadratic on a long document)."""

    def __init__(self, dates: Iterable[tuple[int, dt.date]]) -> None:
        self._first_at: dict[int, tuple[int, dt.date]] = {}  # position: (order, date)
        for order, (pos, date) in enumerate(dates):
            self._first_at.setdefault(pos, (order, date))
        self._positions = sorted(self._first_at)

    def __bool__(self) -> bool:
        return bool(self._positions)

    def nearest(self, pos: int) -> dt.date:
        k = bisect.bisect_left(self._positions, pos)
        around = self._positions[max(k - 1, 0) : k + 1]
        best = min(abs(p - pos) for p in around)
        return min(self._first_at[p] for p in around if abs(p - pos) == best)[1]


def fill_missing_years(ctx: Context) -> None:
    """A date without a year takes the year that puts it nearest the document's
    date (a deadline: the next such day after it); with no document date, nearest the
    closest full date of the text that is not a law's or a birth's (role "other");
    with neither it stays "--MM-DD" (never a guessed year)."""
    date_issued_from_stamp(ctx)
    page_date = ctx.issued or ctx.page_date  # the article's date, or its issue's
    issued = _parse_iso(page_date) if page_date else None
    if issued is None:
        issued = _page_month(ctx)
    # A law's date or a date of birth ("other") says nothing of the year the news is in.
    full = _FullDates(
        (d.span.start, date)
        for d in ctx.dates
        if d.role != "other" and (date := _parse_iso(d.start)) is not None
    )
    years = _sentence_years(ctx)
    marks = _year_marks(ctx)
    around = _DateBounds(ctx)
    used: set[int] = set()  # ends of the year mentions that dated a day
    resolved: list[DateMention] = []
    for mention in ctx.dates:
        if not mention.start.startswith("--"):
            resolved.append(mention)
            continue
        same = _same_year(ctx, marks, mention)
        if same is not None:  # "ошол эле жылдын 5-декабрында": the year said before
            resolved.append(_with_year(ctx, mention, same))
            continue
        relative = _relative_year(ctx, mention)
        if relative is not None:
            # "былтыр 5-декабрда": the document's year, and not a guess without it
            resolved.append(_with_year(ctx, mention, issued.year + relative) if issued else mention)
            continue
        ref = issued
        # (a yearly event's day on an undated page: another sentence's year is no guide)
        if ref is None and full and not _yearly_event(ctx, mention):
            ref = full.nearest(mention.span.start)
        # A deadline lies ahead of the document: a year said before it is another clause's;
        # one the text reports as past is a day like any other.
        ahead = mention.role == "deadline" and not _past_deadline(ctx, mention)
        found = None if ahead else _year_of_sentence(ctx, years, mention)
        stated = found[1] if found else None
        # a day its clause says is yet to come ends on or after the document's date
        to_come = not ahead and mention.role == "event" and around.said_ahead(mention)
        if ref is None and stated is None:
            resolved.append(mention)
            continue
        first, last = month_day(mention.start), month_day(mention.end)
        try:
            if found is not None:
                used.add(found[0])
                year = found[1]
            elif ref is None:
                raise InvalidDate
            elif ahead and issued is not None:
                # A deadline lies ahead of the document that sets it ("до 1 декабря"
                # in a notice of May is this December, not last December).
                year = _next_year(*first, issued)
            elif to_come and issued is not None:
                year = _ending_ahead(first, last, issued)
            else:
                year = _nearest_year(*first, ref)
            start, end = _in_year(year, first, last)
        except InvalidDate:
            message = f"invalid date ignored: {mention.text!r}"
            ctx.warn(WarningCode.INVALID_DATE, message, mention.span)
            continue
        resolved.append(mention.model_copy(update={"start": start, "end": end}))
    ctx.dates = resolved
    _drop_years_of_dates(ctx, used)


_AHEAD_VERB = rx.compile(
    rf"(?<!\p{{L}})(?:{alternation(LEX['ahead_verbs_ru'])})(?!\p{{L}})", regex.IGNORECASE
)
# A Kyrgyz verb closing a clause is yet to come in the present-future ("болот", "өтөт",
# "уюштурулат"), the intention ("өткөрүлмөкчү") or the progressive ("пландалууда").
_AHEAD_ENDINGS_KY = (
    *morph.variants("present", "intention"),
    *LEX["ahead_progressive_endings_ky"],
)
_LOCATIVE = morph.variants("locative")
_PAST_PARTICIPLE_KY = morph.variants("participle")
DAY_OF_PAST_DEED = Rule(
    "dates.day_of_past_deed",
    "a Kyrgyz day in the locative with a past participle right after it ('3-майда "
    "болгон') dates a deed done: a verb yet to come closing its sentence moves it to no "
    "later year",
)
# Conjunctions that open a clause of their own: a day's stretch ends at them.
_CLAUSE_CONJUNCTION = rx.compile(
    rf"(?<!\p{{L}})(?:{alternation([*_CONTRASTS, *LEX['ahead_clause_conjunctions']])})(?!\p{{L}})",
    regex.IGNORECASE,
)
# How far from a day its clause's verb of what is to come may stand, in characters.
_AHEAD_VERB_REACH = 80


def _ending_ahead(first: tuple[int, int], last: tuple[int, int], ref: dt.date) -> int:
    """The year of a day (or range, `first` to `last` as month and day) yet to come that
    puts its last day on or after the reference date: "запланирована на 15 октября" on
    a page of March is this October; "1-июндан 9-июнга чейин ... өтөт" on 3 June is
    under way, this June."""
    year = _next_year(*last, ref)
    return year - 1 if last < first else year


class _DateBounds:
    """The dates of the text by where they stand (normalised offsets), so that a day's
    own stretch of its sentence is found by bisection: from the date before it (or the
    sentence's start) to the date after it (or the sentence's end), at most
    `_AHEAD_VERB_REACH` characters either side."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        to_norm = ctx.norm.to_normalised
        spans = sorted((to_norm(d.span.start), to_norm(d.span.end)) for d in ctx.dates)
        self._starts = [start for start, _ in spans]
        self._ends = [end for _, end in spans]

    def said_ahead(self, mention: DateMention) -> bool:
        """ "Следующая встреча запланирована на 15 октября", "Кийинки жыйын 15-октябрда
        болот": a Russian verb of what is to come (lexicon `ahead_verbs_ru`) in the day's
        stretch of its sentence, or the Kyrgyz verb closing it in the present-future
        (morphology), inside its commas and clause-opening conjunctions; not "Семинар
        5-мартта өттү, кийинки семинар 20-мартта өтөт" for the 5th (the comma and the next
        date close its stretch)."""
        ctx = self._ctx
        start = ctx.norm.to_normalised(mention.span.start)
        end = ctx.norm.to_normalised(mention.span.end)
        k = bisect.bisect_left(self._starts, start)
        low = max(ctx.segments.sentence_start(start), start - _AHEAD_VERB_REACH)
        if k > 0:
            low = max(low, self._ends[k - 1])
        high = min(len(ctx.text), end + _AHEAD_VERB_REACH)
        stop = ctx.segments.sentence_break(end, high)
        high = stop if stop is not None else high
        if k + 1 < len(self._starts):
            high = min(high, self._starts[k + 1])
        low, high = self._own_clause(low, start, end, high)
        text = ctx.text
        if _AHEAD_VERB.search(text, low, max(low, start)) is not None:
            return True
        if _AHEAD_VERB.search(text, end, max(end, high)) is not None:
            return True
        # a Kyrgyz day when the event happens is in the locative ("15-октябрда болот"),
        # not a reference day ("1-январга карата ... түзөт")
        when = ctx.language != "ru" and mention.text.casefold().endswith(_LOCATIVE)
        if when and self._past_participle_after(end, high):
            # "5-мартта болгон жыйындын ...": the day of a deed done, whatever verb
            # closes the sentence
            return not ctx.decide_at(DAY_OF_PAST_DEED, True, mention.span)
        closed = high == stop or self._closes_clause(high)
        return when and closed and self._kyrgyz_verb_ahead(end, high)

    def _past_participle_after(self, end: int, high: int) -> bool:
        """The word right after the day is a bare past participle ("болгон", "өткөн") in
        running text: lower case, as in `_participle_in` (not a name that ends like one,
        "10-мартта Өзгөн шаарында", "Ноокен районунда"), not a noun of the look-alikes."""
        words = self._ctx.segments.tokens.between(end, high)
        if not words or words[0].kind != "word":
            return False
        return words[0].low.endswith(_PAST_PARTICIPLE_KY) and running_participle(words[0].text)

    def _kyrgyz_verb_ahead(self, end: int, high: int) -> bool:
        """The Kyrgyz verb that closes the day's clause (ending at `high`; not a word the
        reach or the next date cut off) is in the present-future, the intention or the
        progressive."""
        words = self._ctx.segments.tokens.between(end, high)
        after = [tok for tok in words if tok.kind == "word"]
        return bool(after) and after[-1].low.endswith(_AHEAD_ENDINGS_KY)

    def _closes_clause(self, at: int) -> bool:
        """A comma or a clause-opening conjunction stands at `at`."""
        text = self._ctx.text
        return text.startswith(",", at) or _CLAUSE_CONJUNCTION.match(text, at) is not None

    def _own_clause(self, low: int, start: int, end: int, high: int) -> tuple[int, int]:
        """The day's own clause within [low, high): from the comma or the clause-opening
        conjunction before it to the one after it ("Первый этап прошел 1 марта и второй
        этап состоится 20 марта": "состоится" is the 20th's alone)."""
        text = self._ctx.text
        low = max(low, text.rfind(",", low, start) + 1)
        for opener in _CLAUSE_CONJUNCTION.finditer(text, low, start):
            low = opener.end()
        comma = text.find(",", end, high)
        high = comma if comma >= 0 else high
        closer = _CLAUSE_CONJUNCTION.search(text, end, high)
        return low, closer.start() if closer is not None else high


# The endings of a Kyrgyz verb in the past: "алынды", "алынган" (morphology.yaml).
_PAST_ENDINGS = morph.variants("past", "participle")
# How far after a deadline its clause's verb may stand, in characters.
_DEADLINE_VERB_REACH = 60


def _past_deadline(ctx: Context, mention: DateMention) -> bool:
    """ "табыштамалар 1-апрелге чейин кабыл алынган", "иштер 5-майга чейин уланды": the
    deadline's clause ends in a Kyrgyz verb of the past, so the text reports it as gone
    by, not ahead of the document ("1-апрелге чейин тапшыруу керек", "... кабыл алынат")."""
    start = ctx.norm.to_normalised(mention.span.end)
    right = min(len(ctx.text), start + _DEADLINE_VERB_REACH)
    stop = ctx.segments.sentence_break(start, right, clauses=True)
    if stop is None:
        return False
    words = [tok for tok in ctx.segments.tokens.between(start, stop) if tok.kind == "word"]
    return bool(words) and words[-1].low.endswith(_PAST_ENDINGS)
