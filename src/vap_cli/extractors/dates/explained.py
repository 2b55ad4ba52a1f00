"""Why each date of the record is there (`vap parse --explain`): the written form that
read it, the range it joined, the rule that chose the issued line.

The form is found again only when an explanation was asked for (`explain_kept`): the
plain parse reads each date once and never asks which form it was.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

from ...context import Context
from ...explain import Rule
from ...models import DateMention
from .atoms import FORMS, Atom
from .digit_days import DAY_MONTH_RANGE_DIGITS
from .patterns import (
    BADGE_MONTH_DAY,
    DASHED_DATE,
    DAY_AND_WORD,
    DAY_MONTH_DIGITS,
    DOTTED_ISO_DATE,
    EN_MONTH_DAY_LINE,
    EN_MONTH_DAY_YEAR,
    ISO_DATE,
    MONTH_FIRST_DATE,
    NAMED_MONTH_DAY_YEAR,
    NUMERIC_DATE,
    OPEN_NUMERIC_RANGE,
    QUOTED_DAY_DATE,
    SLASHED_ISO_DATE,
    SPACED_NUMERIC_DATE,
    WORD_DATE,
)

NUMERIC = Rule(
    "dates.numeric_date",
    "a day, a month and a year in digits parted by dots, slashes or hyphens ('12.03.2020',"
    " '24.10.17', '20.11.2017-ж.', '5-6-2021') are a date",
)
DAY_MONTH_WORD = Rule(
    "dates.day_and_month_word",
    "a day and a month's word, with a hyphen, a case ending or a year ('25-октябрь 2017-ж.',"
    " '2020-жылдын 9-мартында', '20 ноября 2017 года') are a date",
)
MONTH_THEN_DAY = Rule(
    "dates.month_then_day",
    "a month in the genitive before its day ('ноябрдын 20-күнү', 'март айынын 5-и') is a date",
)
MONTH_DAY_YEAR = Rule(
    "dates.month_day_year",
    "a month's word, its day and a year in that order ('March 5, 2024', 'Март 5, 2024') are a date",
)
EN_MONTH_DAY_ALONE = Rule(
    "dates.en_month_day_line",
    "an English month's word and its day alone on a line ('September 7', 'Mar 12': a"
    " channel's day header in an app's English interface, say) are a date with no year;"
    " in a line of prose they are none",
)
ISO = Rule(
    "dates.iso_date",
    "a year, a month and a day in that order ('2021-05-24', '2021.05.24', '2021/05/24') are a date",
)
QUOTED_DAY = Rule(
    "dates.quoted_day",
    "a day in quotation marks before its month and year ('«15» 03.2019-ж.', '\"5\" 06 2024')"
    " is a date",
)
DAY_MONTH_DIGITS_READ = Rule(
    "dates.day_month_digits",
    "a day and a month in digits before a day's word ('05.03 күнү'): a date whose year the"
    " resolve step settles",
)
DAY_MONTH_RANGE_DIGITS_READ = Rule(
    "dates.day_month_range_digits",
    "two days each by its day and month in two digits joined by a dash ('25.04-10.05'),"
    " the first not after the last and no amount's word after them, are a range of days"
    " whose year the resolve step settles",
)
BADGE = Rule(
    "dates.date_badge",
    "a month's short word over its day on lines of their own ('МАР' / '12'), the page's"
    " date badge, is a date as the page's own",
)
RANGE_JOINED = Rule(
    "dates.range_joined",
    "two dates joined by a range's markers ('20-ноябрынан 25-декабрына чейин', 'с 20 ноября"
    " по 5 декабря', a start in the locative and a verb of beginning '5-майда башталып,"
    " 20-июлга чейин'; lexicon dates.yaml) are one range",
)
LISTED_DAY = Rule(
    "dates.listed_day",
    "a day listed before a date ('5, 6 жана 7-мартта', 'март айынын 5 жана 6-күндөрү') takes"
    " its month and year",
)

# The rule of each written form. FORM_RULES takes atoms.py's order of trying them (the
# first form that reads a place takes it); a form with no rule here fails at import.
_RULE_OF_FORM: dict[regex.Pattern[str], Rule] = {
    MONTH_FIRST_DATE: MONTH_THEN_DAY,
    WORD_DATE: DAY_MONTH_WORD,
    EN_MONTH_DAY_YEAR: MONTH_DAY_YEAR,
    NAMED_MONTH_DAY_YEAR: MONTH_DAY_YEAR,
    EN_MONTH_DAY_LINE: EN_MONTH_DAY_ALONE,
    BADGE_MONTH_DAY: BADGE,
    OPEN_NUMERIC_RANGE: NUMERIC,
    NUMERIC_DATE: NUMERIC,
    SPACED_NUMERIC_DATE: QUOTED_DAY,
    QUOTED_DAY_DATE: QUOTED_DAY,
    ISO_DATE: ISO,
    DOTTED_ISO_DATE: ISO,
    SLASHED_ISO_DATE: ISO,
    DASHED_DATE: NUMERIC,
    DAY_AND_WORD: DAY_MONTH_WORD,
    DAY_MONTH_RANGE_DIGITS: DAY_MONTH_RANGE_DIGITS_READ,
    DAY_MONTH_DIGITS: DAY_MONTH_DIGITS_READ,
}
FORM_RULES: tuple[tuple[regex.Pattern[str], Rule], ...] = tuple(
    (pattern, _RULE_OF_FORM[pattern]) for pattern, _ in FORMS
)

# The issued date: the rule of the step of issued.py's `_page_date` that chose its line.
ISSUED_LABELLED_LINE = Rule(
    "dates.issued_labelled_line",
    "a label or a clock, then the date, opening a line of the header or the footer"
    " ('Дата: 19-02-2024', 'Опубликовано: 12.03.2024', '09:47, 3 марта 2023, Бишкек'),"
    " is the issued date",
)
ISSUED_POSTING_LINE = Rule(
    "dates.issued_posting_line",
    "a date opening a header line, a separator, a byline or a bare clock after it"
    " ('2014-09-11 / Жаңылыктар', '20.05.2021 14:25 В Оше ...'), is the issued date",
)
ISSUED_RUN_INTO_TITLE = Rule(
    "dates.issued_run_into_title",
    "a date that ends the first line or the headline ('Айылдык кеңештин токтомдору"
    " 18.08.2023', 'Семинар прошёл (20.05.2021)') is the page's posting date: the issued date",
)
ISSUED_HEADER_OR_FOOTER = Rule(
    "dates.issued_header_or_footer",
    "a date alone on a line of the header (or after the page's section, a document's type or"
    " a press service's name, or after a dateline's places, a full stop closing them when"
    " each is a unit with its type word or a city: 'Баткен облусу, Лейлек району.'), or ending a"
    " signed line or alone on a line of the footer, is the issued date",
)
ISSUED_DATELINE_UNDER_BANNER = Rule(
    "dates.issued_dateline_under_banner",
    "a news dateline's date with its year ('Ноокат, 2021-жылдын 12-ноябры — Кабар.') under a"
    " header line of a bare date and a clock ('06:15 | 6-декабрь 2026', the site's banner of"
    " today) is the issued date",
)
ISSUED_NEWS_DATELINE = Rule(
    "dates.issued_news_dateline",
    "a news dateline's date ('Бишкек, 14 июля 2021 года', 'Нарын шаары, 6-март.') in the"
    " header is the issued date",
)
ISSUED_NUMBERED_LINE = Rule(
    "dates.issued_numbered_line",
    "a resolution's date line, beside its number or under its type ('№5  «15» 03.2019-ж.',"
    " 'РЕШЕНИЕ' / '... от 12 марта 2024 года № 15'), is the issued date",
)
ISSUED_POST_FOOTER = Rule(
    "dates.issued_post_footer",
    "a date with its year closing a line of the page's last lines after a social post's"
    " counters alone ('👁 3.4K · 12 мая 2024 в 09:30'), maybe with the mark of an edit between"
    " ('👁 2.4K  edited 30.06.2025 18:42'): a saved post's posting time, issued",
)
ISSUED_POST_STAMP = Rule(
    "dates.issued_post_stamp",
    "a date with its year alone on its line (maybe with its clock) right under a social"
    " post's counters among the page's last lines, the post's comments left out"
    " ('👁 1.2K' / '3 мар 2024, 10:15'): a saved post's stamp, issued",
)
ISSUED_POSTED_SENTENCE = Rule(
    "dates.issued_posted_sentence",
    "a sentence in the page's last lines naming the act, a site and a verb of posting done,"
    " its date in it ('Токтом сайтка 2019-жылдын 27-ноябрында жайгаштырылды'): the posting"
    " date, issued, over the act's own date line",
)
ISSUED_TYPE_LINE = Rule(
    "dates.issued_type_line",
    "a date with a year alone on its line whose non-empty line above names a document's"
    " type ('ЖАРЫЯ' / '2016-03-15', structure.yaml document_types): the document's own"
    " date line, issued",
)
ISSUED_RUBRIC_LINE = Rule(
    "dates.issued_rubric_line",
    "a news item's rubric, a separator and a date with a year alone on a line below the"
    " header ('ЖАҢЫЛЫК | 14.02.2023'), its headline right under it, the page's only such"
    " line: the item's own date line, issued",
)
ISSUED_YEARLESS_LINE = Rule(
    "dates.issued_yearless_line",
    "with no date of a year on the page's date lines, a posting line that leaves out the"
    " year ('9-декабрь 14:25', 'Опубликовано: 9 декабря') is the issued date, --MM-DD",
)


# A list's days are at most this many atoms before its last ("5, 6, 7 жана 8-мартта").
_LIST_REACH = 8


def form_rule(text: str, atom: Atom, starts: list[int]) -> Rule:
    """The rule of the written form that read the atom (`starts`: the sorted starts of
    the atoms found). A form that read a list reads it whole from its first day: a day
    listed before another date ('5' of '5, 6 жана 7-мартта') is LISTED_DAY's, the
    list's last day the form's; so is a day no form reads alone."""
    k = bisect_left(starts, atom.start)
    later = bisect_right(starts, atom.start)
    next_start = starts[later] if later < len(starts) else len(text)
    for start in reversed(starts[max(0, k - _LIST_REACH) : k]):
        listed = _form_at(text, start)
        if listed is not None and listed[0].end() >= atom.end:
            # read with the days before it: the list's last day is the form's
            return LISTED_DAY if next_start < listed[0].end() else listed[1]
    found = _form_at(text, atom.start)
    if found is None or next_start < found[0].end():
        return LISTED_DAY
    return found[1]


def _form_at(text: str, start: int) -> tuple[regex.Match[str], Rule] | None:
    """The first form (atoms.py's order) that matches at `start`, and its rule."""
    for pattern, rule in FORM_RULES:
        m = pattern.match(text, start)
        if m is not None:
            return m, rule
    return None


def explain_kept(
    ctx: Context,
    found: list[Atom],
    joined: list[Atom],
    issued: tuple[int | None, Rule | None],
) -> None:
    """A keep decision for each date of the record (`ctx.dates`): its form's rule, or
    RANGE_JOINED for two atoms of `found` joined into one; the issued date's line rule
    last, its final word. A date a rule has kept already (dates.day_of_month,
    dates.masthead_date) keeps that rule's word alone."""
    decisions = ctx.decisions
    if decisions is None:
        return
    decided = {(d.start, d.end) for d in decisions if d.kept and d.rule.extractor == "dates"}
    mentions = {(m.span.start, m.span.end): m for m in ctx.dates}
    read = {(a.start, a.first, a.last) for a in found}
    starts = sorted(a.start for a in found)
    index, rule = issued
    for i, atom in enumerate(joined):
        span = ctx.span(atom.start, atom.end)
        mention = mentions.get((span.start, span.end))
        if mention is None:
            continue
        if (span.start, span.end) not in decided:
            read_by = (
                form_rule(ctx.text, atom, starts)
                if (atom.start, atom.first, atom.last) in read
                else RANGE_JOINED
            )
            ctx.decide_at(read_by, True, span, _detail(mention))
        if i == index and rule is not None:
            ctx.decide_at(rule, True, span, f"issued {mention.start}")


def _detail(mention: DateMention) -> str:
    """The days read and the date's role: '2017-11-20, role event'."""
    days = mention.start if mention.start == mention.end else f"{mention.start} to {mention.end}"
    return f"{days}, role {mention.role}"
