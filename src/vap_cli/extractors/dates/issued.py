"""The document's own date: its date line in the header or footer, its repeats, and page chrome."""

from __future__ import annotations

from bisect import bisect_left

from ... import rx
from ...context import Context
from ...dategrammar import LEX
from ...explain import Rule
from ...segment import Line
from ...segment.cover import Cover
from ...segment.lines import bare_line, menu_line
from ..events.kinds import kinds_in, verb_in
from . import explained  # the rules of the issued line
from .atoms import Atom
from .banners import dateline_under_banner
from .datelines import (
    Starting,
    dateline,
    document_type_line,
    label_line_before,
    last_line_date,
    lone_dates,
    news_dateline,
    post_date_lines,
    repeated_datelines,
    type_line_date,
)
from .issued_cells import alone, masthead_date
from .laid_out import laid_out_lines
from .patterns import (
    ACT_NUMBER_END,
    ANY_LETTER,
    CATEGORY_AFTER,
    CLOCK_BEFORE_REACH,
    CLOCK_CASE_ENDING,
    CLOCK_END,
    CLOCK_WITH_ENDING_BEFORE,
    CLOCK_WORD_BEFORE,
    DATELINE_BEFORE,
    DATELINE_REACH,
    EVENT_DETAIL_LINE,
    FOOTER_LINES,
    HEADER_LONG_LINE,
    HEADER_SCAN_LINES,
    ISSUED_HEADER_LINES,
    ISSUED_LINE_MAX,
    ISSUED_LINE_WORDS,
    ISSUED_VERB_AFTER,
    NUMBER_SIGN,
    NUMERIC_DATE,
    OPENING_LABEL,
    OTHER_BEFORE_RU,
    POSTING_AFTER,
    RUN_IN_LEAD,
    SECTION_AFTER,
    SECTION_BEFORE,
    SIGNATURE_BEFORE,
    act_number_line,
    few_other_letters,
)
from .posted import post_footer, post_footer_lines, post_stamp, posted_sentence
from .rubric import rubric_line_date
from .updates import updated

MASTHEAD_DATE = Rule(
    "dates.masthead_date",
    "a journal's masthead date (its line carries the issue's number) is a date of the "
    "issue, kept in dates; the page's issued date is the article's own date line",
)
BADGE_NOT_PAGE_DATE = Rule(
    "dates.badge_not_page_date",
    "a month over a day on lines of their own is the page's date badge or a table's "
    "column, a date only as the page's own",
)
POST_LAST_LINE = Rule(
    "dates.post_last_line",
    "a day without a year alone on the page's last line, the page's only date alone on a "
    "line, is a saved post's date under its comments: the issued date, --MM-DD",
)

# The issued date's atom and the rule that chose its line; (None, None): no issued date.
Chosen = tuple[int | None, Rule | None]

# What may close a title after its run-in date: spaces, a full stop, a bracket.
_TITLE_DATE_CLOSERS = " .\t)]"
_RESOLUTION_TYPES = frozenset(w.casefold() for w in LEX["resolution_types"])


def chrome_lines(ctx: Context) -> list[tuple[int, int]]:
    """Lines of page chrome (segment/lines.py's classes): no date or period there is content."""
    return ctx.segments.line_classes.chrome


def masthead_index(ctx: Context, atoms: list[Atom], programme_days: Cover) -> int | None:
    """The atom that is the masthead's issue date in the page's header, if any: a date of
    the issue, listed in dates; the page's issued date is the article's own date line
    (the real pages' convention), and with none the page has no issued date.
    (`programme_days`: the programme's day headings, no page's date: `_single_days`.)"""
    text = ctx.text
    # the full dates by where they start: a line's dates are one slice of them, and the
    # line is read for a masthead once, however many dates it holds (linear in the text)
    by_start = sorted(
        (atoms[i].start, i) for i in _single_days(ctx, atoms, programme_days, with_year=True)
    )
    starts = [start for start, _ in by_start]
    for line in _header(ctx, laid_out_lines(ctx, atoms)):
        lo, hi = bisect_left(starts, line.start), bisect_left(starts, line.end)
        if lo < hi and masthead_date(text, line):
            return min(i for _, i in by_start[lo:hi])
    return None


def _after_section(text: str, line: Line, atom: Atom) -> bool:
    """A header's date line with the page's section, one capitalised word (or an
    author's or user's name), before or after the date: "Новости  12.03.2020",
    "Общество 05.03.2019 14:30", "20.05.2021 14:25 Общество". An event's kind word
    there names the event of that day, no section: "Сессия 12.03.2024"."""
    if not text[line.start : atom.start].strip():
        rest = ISSUED_LINE_WORDS.sub(" ", text[atom.end : line.end])
        if CATEGORY_AFTER.match(rest):
            return True  # "в рубрике Конкурсы": said to be a section, whatever its name
        return SECTION_AFTER.match(rest) is not None and not kinds_in(text, atom.end, line.end)
    if not SECTION_BEFORE.match(text[line.start : atom.start]):
        return False
    rest = ISSUED_LINE_WORDS.sub(" ", text[atom.end : line.end])
    return few_other_letters(rest) and not kinds_in(text, line.start, atom.start)


def issued_index(ctx: Context, atoms: list[Atom], programme_days: Cover) -> Chosen:
    """The atom that is the document's own date (see lexicon/dates.yaml), and the rule
    that chose its line (explained.py). (`programme_days`: as for `_single_days`.)"""
    text = ctx.text
    full = _single_days(ctx, atoms, programme_days, with_year=True)
    lone = lone_dates(text, atoms)
    found = _page_date(ctx, atoms, full, lone, programme_days)
    if found[0] is not None and updated(text, atoms[found[0]]):
        # an update's date gives way to the posting date beside it ("Обновлено: 28.12.2024
        # | Опубликовано: 12.03.2024"); alone, it is still the page's date
        later = [i for i in full if not updated(text, atoms[i])]
        posted = _page_date(ctx, atoms, later, lone, programme_days)
        found = found if posted[0] is None else posted
    return found


def _page_date(
    ctx: Context, atoms: list[Atom], full: list[int], lone: int, programme_days: Cover
) -> Chosen:
    """The page's date among the atoms (`full`: those with a year that may be it; `lone`:
    datelines.lone_dates) and its step's rule; the steps in their order."""
    lines = laid_out_lines(ctx, atoms)
    for step in (_labelled_or_posted, _laid_out, _dateline_or_typed_line):
        found = step(ctx, lines, atoms, full, lone)
        if found is not None:
            return found
    return _yearless_posting_line(ctx, lines, atoms, lone, programme_days)


def _labelled_or_posted(
    ctx: Context, lines: list[Line], atoms: list[Atom], full: list[int], _lone: int
) -> Chosen | None:
    """A line saying the date is the posting's: a label, a sentence, a post's footer."""
    text, scan, foot = ctx.text, lines[:HEADER_SCAN_LINES], lines[-FOOTER_LINES:]
    # (and under the text: "Сайтка жайгаштырылды: 05.02.2020" under a resolution, round 28)
    return (
        _found(_labelled_opening(text, scan + foot, atoms, full), explained.ISSUED_LABELLED_LINE)
        or _found(posted_sentence(ctx, foot, atoms, full), explained.ISSUED_POSTED_SENTENCE)
        or _post_footer_or_stamp(ctx, lines, atoms, full)
        or _found(_posting_line(text, scan, atoms, full), explained.ISSUED_POSTING_LINE)
    )


def _post_footer_or_stamp(
    ctx: Context, lines: list[Line], atoms: list[Atom], full: list[int]
) -> Chosen | None:
    """A post's footer or its stamp, both read on the post's footer lines."""
    post_lines = post_footer_lines(ctx, lines)
    return _found(
        post_footer(ctx.text, post_lines, atoms, full), explained.ISSUED_POST_FOOTER
    ) or _found(post_stamp(ctx.text, post_lines, atoms, full), explained.ISSUED_POST_STAMP)


def _found(index: int | None, rule: Rule) -> Chosen | None:
    """The atom a step found and its rule, or None (steps chain with `or`: a tuple is true)."""
    return None if index is None else (index, rule)


def _laid_out(
    ctx: Context, lines: list[Line], atoms: list[Atom], full: list[int], lone: int
) -> Chosen | None:
    """A date the layout places: run into a title, in the header or footer, under a banner."""
    if not full:
        return None
    text = ctx.text
    if lines:
        # the page's posting date, over a resolution's own date line below it; on the
        # first line or on the headline under a page's chrome
        all_lines = ctx.segments.lines
        titles = [all_lines[k] for k in ctx.segments.line_classes.title]
        for first in [lines[0], *titles[:1]]:
            found = _run_into_title(text, first, atoms, full)
            if found is not None:
                return found, explained.ISSUED_RUN_INTO_TITLE
    found = _in_header_or_footer(ctx, lines, atoms, full, lone)
    if found is None:
        return None
    under = dateline_under_banner(text, lines[:HEADER_SCAN_LINES], atoms, full, found)
    if under is not None:
        return under, explained.ISSUED_DATELINE_UNDER_BANNER
    return found, explained.ISSUED_HEADER_OR_FOOTER


def _dateline_or_typed_line(
    ctx: Context, lines: list[Line], atoms: list[Atom], full: list[int], _lone: int
) -> Chosen | None:
    """A news dateline, or a date line typed by a number, a document's type, a rubric."""
    scan = lines[:HEADER_SCAN_LINES]
    found = _found(news_dateline(ctx.text, scan, atoms), explained.ISSUED_NEWS_DATELINE)
    if found is not None or not full:
        return found
    return (
        _found(_numbered_date_line(ctx.text, scan, atoms, full), explained.ISSUED_NUMBERED_LINE)
        or _found(type_line_date(ctx, lines, atoms, full), explained.ISSUED_TYPE_LINE)
        or _found(rubric_line_date(ctx, lines, atoms, full), explained.ISSUED_RUBRIC_LINE)
    )


def _single_days(
    ctx: Context, atoms: list[Atom], programme_days: Cover, *, with_year: bool
) -> list[int]:
    """The atoms of one day, with a year or without one, that may be a page's date
    (an event's clock excludes one: `_event_clock`; so does a programme's day heading,
    a day the text announces: dates.programme_day; `programme_days`, the cover of the
    segment stage's such lines, built once by dates/__init__.py)."""
    text = ctx.text
    return [
        i
        for i, a in enumerate(atoms)
        if a.first == a.last
        and (a.first[0] is not None) == with_year
        and not _event_clock(text, a)
        and a.start not in programme_days
    ]


def _event_clock(text: str, atom: Atom) -> bool:
    """The date's clock takes a case ending, as an event's hour does ("12.03.2024-ж. саат
    10:00дө", "саат 14:00дон баштап"), or a clock right before the date does ("Саат
    14:30дө, 05.12.2026"): a posting line's clock never does."""
    # (a capital glued to the clock is the next cell of a copied page, "14:35Общество")
    if atom.time is not None and CLOCK_CASE_ENDING.match(text, atom.end) is not None:
        return True
    before = max(0, atom.start - CLOCK_BEFORE_REACH)
    return CLOCK_WITH_ENDING_BEFORE.search(text, before, atom.start) is not None


def _yearless_posting_line(
    ctx: Context, lines: list[Line], atoms: list[Atom], lone: int, programme_days: Cover
) -> Chosen:
    """A page's posting line that leaves out the year ("9-декабрь 14:25", "Опубликовано:
    9 декабря"), or a post's yearless date alone on the page's last line: the issued date
    is "--MM-DD" (the real corpus's convention), when no date with a year is the page's."""
    yearless = _single_days(ctx, atoms, programme_days, with_year=False)
    if not yearless:
        return None, None
    scan = lines[:HEADER_SCAN_LINES]
    found = _labelled_opening(ctx.text, scan, atoms, yearless)
    if found is None:
        found = _posting_line(ctx.text, scan, atoms, yearless)
    if found is None:
        # (a cell of a wide gap is a resolution's header, which names its year)
        found = _in_header(ctx, lines, atoms, yearless, gap_cells=False)
    if found is not None:
        return found, explained.ISSUED_YEARLESS_LINE
    found = last_line_date(ctx.text, lines, atoms, yearless, lone)
    return found, None if found is None else POST_LAST_LINE


def _numbered_date_line(
    text: str, scan: list[Line], atoms: list[Atom], full: list[int]
) -> int | None:
    """A resolution's date line under a page's chrome, past the header: the number and
    the date in cells of their own ("Ак-Суу айылы      №5      «15» 03.2019-ж."), or the
    date under the act's number and type ("№ 3 ТОКТОМУ" / "14 — март 2025 — жыл    Ак-Суу
    айылы": a long header of the council's name pushes it past the header's lines)."""
    for k, line in enumerate(scan):
        stripped = line.stripped
        if len(stripped) > ISSUED_LINE_MAX:
            continue
        if NUMBER_SIGN.search(stripped, None, None, rx.NOT_CONCURRENT) is None and not (
            k and act_number_line(scan[k - 1].stripped)
        ):
            continue
        if stripped.startswith("|") or stripped.endswith("|"):
            continue  # a table row
        for i in full:
            atom = atoms[i]
            if not (line.start <= atom.start and atom.end <= line.end):
                continue
            if alone(text, line, atom) and not masthead_date(text, line):
                return i
    return _resolution_heading_date(text, scan, atoms, full)


def _resolution_heading_date(
    text: str, scan: list[Line], atoms: list[Atom], full: list[int]
) -> int | None:
    """ "РЕШЕНИЕ" / "Айыльного кенеша ... от 12 марта 2024 года № 15": under a
    resolution's type alone on a header line, a line that ends with "от", the date and
    maybe the act's number is the resolution's own date line (its wrapped heading)."""
    types = [k for k, ln in enumerate(scan[:ISSUED_HEADER_LINES]) if _resolution_type(ln.stripped)]
    if not types:
        return None
    for line in scan[types[0] + 1 : types[0] + 1 + ISSUED_HEADER_LINES]:
        for i in full:
            atom = atoms[i]
            if not (line.start <= atom.start and atom.end <= line.end):
                continue
            if OTHER_BEFORE_RU.search(text, line.start, atom.start) and ACT_NUMBER_END.match(
                text, atom.end, line.end
            ):
                return i
    return None


def _resolution_type(stripped: str) -> bool:
    """A header line that is a resolution's type alone: "РЕШЕНИЕ", "ТОКТОМ"."""
    return stripped.casefold().strip(" :.") in _RESOLUTION_TYPES


def _run_into_title(text: str, first: Line, atoms: list[Atom], full: list[int]) -> int | None:
    """ "Айылдык кеңештин токтомдору 18.08.2023", "Семинар прошёл (20.05.2021)": a
    written-out numeric date ends the first line (a page title with its posting date
    run in, maybe in brackets)."""
    # where the line's closing marks begin: a date ends the line when it ends there or
    # later (read once, not a slice of the line's rest for every date on it)
    content_end = first.start + len(text[first.start : first.end].rstrip(_TITLE_DATE_CLOSERS))
    for i in full:
        atom = atoms[i]
        if not (first.start < atom.start and atom.end <= first.end):
            continue
        if atom.end < content_end:
            continue
        # (a date line that opens with a small letter is joined to the headline when the
        # text is normalised: "... семинар опубликовано 12 марта 2024", "... шейшемби,
        # 12-март 2024": a posting label or a weekday says it is the page's date)
        if NUMERIC_DATE.match(text, atom.start, atom.end) or RUN_IN_LEAD.search(
            text, first.start, atom.start
        ):
            return i
    return None


def _labelled_opening(
    text: str, scan: list[Line], atoms: list[Atom], full: list[int]
) -> int | None:
    """ " date 2025-08-21 <the article>", "Дата: 08:12, 19-02-2024.", "09:47, 3
    марта 2023, Бишкек": a label or a clock, then the date, open a line."""
    starting = Starting(atoms, full)
    for k, line in enumerate(scan):
        for i in starting.on(line):
            if OPENING_LABEL.match(text[line.start : atoms[i].start]) and not _in_details(
                text, scan, k
            ):
                return i
    return None


def _in_details(text: str, lines: list[Line], k: int) -> bool:
    """Line k or a line beside it opens with an announcement's detail label ("Место:",
    "Орду:"): the date is the announced event's day, not the page's."""
    return any(
        EVENT_DETAIL_LINE.match(text, ln.start, ln.end, rx.NOT_CONCURRENT)
        for ln in lines[max(0, k - 1) : k + 2]
    )


def _posting_line(text: str, scan: list[Line], atoms: list[Atom], full: list[int]) -> int | None:
    """ "2014-09-11 / Жаңылыктар", "11.06.2018 Выкл. Автор site.kg", "20.05.2021 14:25
    В Оше ...": a date opens the line, a separator, a byline or a bare clock follows it."""
    starting = Starting(atoms, full)
    for line in scan:
        for i in starting.on(line):
            atom = atoms[i]
            if text[line.start : atom.start].strip():
                break  # the date does not open the line
            if POSTING_AFTER.match(text, atom.end, line.end) or _headline_after_clock(
                text, line, atom
            ):
                return i
    return None


def _headline_after_clock(text: str, line: Line, atom: Atom) -> bool:
    """ "20.05.2021 14:25 В Оше открыли школу": a bare clock after the date (not said in
    words: "саат 10:00до", "в 10:00" is an event's hour), then a headline on the same
    line (no full stop at its end: a sentence is an announcement's)."""
    if atom.time is None:
        return False
    clock = CLOCK_END.search(text, atom.start, atom.end)
    if clock is None or CLOCK_WORD_BEFORE.search(text, atom.start, clock.start()):
        return False
    headline = text[atom.end : line.end].strip()
    return bool(ANY_LETTER.search(headline)) and not headline.endswith(".")


def repeats_of_issued(ctx: Context, atoms: list[Atom], issued: int | None) -> set[int]:
    """A news dateline that repeats the day of the issued date ("Дата: 05-07-2025" and
    then "Бишкек. 5 июля. КирТАГ —") is the issued line again, not an event."""
    if issued is None:
        return set()
    year, month, day = atoms[issued].first
    scan = [ln for ln in ctx.segments.lines if ln.stripped][:HEADER_SCAN_LINES]
    repeats = repeated_datelines(
        ctx, scan, atoms, lambda a: a.first[1:] == (month, day) and a.first[0] in (None, year)
    )
    return repeats | _date_lines_of_issued(ctx, atoms, issued)


def _date_lines_of_issued(ctx: Context, atoms: list[Atom], issued: int) -> set[int]:
    """The issued date again on a date line of its own, labelled ("Жарыяланды:
    19.02.2018") or in the footer, is the issued line again; in a sentence it is an
    event of that day, and in a column of dates a row of a schedule."""
    text, day = ctx.text, atoms[issued]
    same = [
        i
        for i, a in enumerate(atoms)
        if i != issued and a.first == a.last == day.first and a.first[0] is not None
    ]
    repeats: set[int] = set()
    if not same:
        return repeats
    starts = [atoms[i].start for i in same]  # atoms come in text order
    lines = [ln for ln in ctx.segments.lines if ln.stripped]
    footer = {ln.start for ln in lines[-FOOTER_LINES:]}
    posts = post_date_lines(ctx)
    for line in lines:
        if len(line.text) > ISSUED_LINE_MAX:
            continue
        if not (line.start in footer or line.start in posts or ISSUED_LINE_WORDS.search(line.text)):
            continue
        # the repeats beginning on this line (a walk over all per line was quadratic)
        for k in range(bisect_left(starts, line.start), bisect_left(starts, line.end)):
            atom = atoms[same[k]]
            if atom.end <= line.end and alone(text, line, atom):
                repeats.add(same[k])
    return repeats


def _header(ctx: Context, lines: list[Line]) -> list[Line]:
    """The first lines past a page's banner, menus and rate tables (its section's line counts)."""
    chrome = {start for start, _ in chrome_lines(ctx)} - ctx.segments.line_classes.sections
    header: list[Line] = []
    counted = 0
    for line in lines[:HEADER_SCAN_LINES]:
        if counted >= ISSUED_HEADER_LINES:
            break
        header.append(line)
        if len(line.stripped) > HEADER_LONG_LINE:
            break  # prose has begun
        if (
            line.start not in chrome
            and not menu_line(line.stripped, header=True)
            and not _bare_line(line)
        ):
            counted += 1  # a page's banner and menus come before the header proper
    return header


def _bare_line(line: Line) -> bool:
    """A line of page furniture with no word of its own (lines.bare_line)."""
    return bare_line(line.stripped)


def _in_header(
    ctx: Context, lines: list[Line], atoms: list[Atom], chosen: list[int], *, gap_cells: bool = True
) -> int | None:
    """A chosen date alone on a line of the header (or after the page's section);
    `gap_cells`: or alone in a cell of the line parted by a wide gap of spaces."""
    text = ctx.text
    header = _header(ctx, lines)
    for k, line in enumerate(header):
        if line.stripped.startswith("|") or line.stripped.endswith("|"):
            continue  # a table row: its dates are schedule rows
        if _in_details(text, header, k):
            continue  # "Датасы: 05.03.2024" over "Орду: Нарын": the event's day
        # A long line is prose, with a dateline at most at its start; reading only
        # there also keeps this linear in the text's length.
        reach = line.end if len(line.text) <= ISSUED_LINE_MAX else line.start + DATELINE_REACH
        for i in chosen:
            atom = atoms[i]
            if not line.start <= atom.start < min(line.end, reach):
                continue
            if masthead_date(text, line):
                continue  # a journal's issue date: a date of the issue, not the page's
            if atom.end > line.end:  # "20\nмая\n2021": a date block over short lines
                if _date_block(text, line, atom):
                    return i
                continue
            if reach < line.end:
                if dateline(text, line, atom):
                    return i
                continue
            if (
                alone(text, line, atom, gap_cells=gap_cells)
                or _after_section(text, line, atom)
                or document_type_line(text, line, atom, _RESOLUTION_TYPES)
                or _press_signature(text, line, atom)
            ):
                return i
    return None


def _date_block(text: str, line: Line, atom: Atom) -> bool:
    """A date written over a few short lines of its own ("20" / "мая" / "2021"), as a
    page's date badge: nothing else on its first and last lines."""
    if text[line.start : atom.start].strip():
        return False
    end = text.find("\n", atom.end)
    return few_other_letters(
        ISSUED_LINE_WORDS.sub(" ", text[atom.end : len(text) if end < 0 else end])
    )


def _in_header_or_footer(
    ctx: Context, lines: list[Line], atoms: list[Atom], full: list[int], lone: int
) -> int | None:
    text = ctx.text
    found = _in_header(ctx, lines, atoms, full)
    if found is not None:
        return found
    header = _header(ctx, lines)
    footer = lines[max(len(header), len(lines) - FOOTER_LINES) :]
    footer = [line for line in footer if len(line.text) <= ISSUED_LINE_MAX]
    for i in full:
        if ISSUED_VERB_AFTER.match(text, atoms[i].end):
            return i
    for line in footer:
        for i in full:
            atom = atoms[i]
            if not (line.start <= atom.start and atom.end <= line.end):
                continue
            if text[atom.end : line.end].strip(" .\t"):
                continue
            before = text[line.start : atom.start]
            if _signed(text, line, atom):
                return i
            # Alone on its line under a signature: not the value of a label line,
            # not one of a column of dates (a schedule table).
            if lone == 1 and not before.strip() and not label_line_before(lines, line):
                return i
    return None


def _signed(text: str, line: Line, atom: Atom) -> bool:
    """A signature before the date on a footer's line: a phrase and its comma
    ("Пресс-служба мэрии, 12 марта 2020 года"), not a sentence that says an event took
    place ("Семинар прошёл в Оше, 24 ноября 2024 года."); or a press service's name
    without the comma ("Маалымат кызматы 05.12.2026")."""
    if DATELINE_BEFORE.match(text[line.start : atom.start]):
        return verb_in(text, line.start, atom.start) is None
    return _press_signature(text, line, atom)


def _press_signature(text: str, line: Line, atom: Atom) -> bool:
    """A press service's name, then the date, which ends the line ("Маалымат кызматы
    05.12.2026", "Пресс-служба мэрии 5 декабря 2026 г."), in the footer or in the
    header of a short text."""
    return (
        SIGNATURE_BEFORE.match(text[line.start : atom.start]) is not None
        and not text[atom.end : line.end].strip(" .\t")
        and verb_in(text, line.start, atom.start) is None
    )
