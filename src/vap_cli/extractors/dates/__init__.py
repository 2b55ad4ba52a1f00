"""Day-level dates and date ranges (Kyrgyz and Russian) and the document's own date.

Forms: "2017-жылдын 25-октябры", "2020-жылдын 9-мартында", "21-ноябрь",
"25-октябрь 2017-ж.", "12.03.2020 09:50", "24.10.17", "2021-05-24",
"20 ноября 2017 года", "20.11.2017-ж.", traditional months ("5-Жетинин айы").
Ranges are one record: "2017-жылдын 20-ноябрынан 25-декабрына чейин" (ablative ...
dative + чейин), "20-25-ноябрь", "с 20 по 25 ноября", "20-25 ноября 2017 г.".

The text is first cut into date atoms (one regex per written form); neighbouring
atoms then join into ranges by the markers of lexicon/dates.yaml. A date without
a year keeps "--MM-DD" here; `fill_missing_years` (a resolve step) settles it.

Modules, in the order a date goes through them:
- patterns.py: the regexes of written dates and of the words around them.
- atoms.py: the date atoms of a text and the ranges they join into.
- form_starts.py: where each form atoms.py tries may open, so that it is tried only there.
- readings.py: the rules by which a form atoms.py matched is read as no date.
- gates.py: where the two costliest forms cannot match, told without trying them.
- issued.py: the document's own date (its date line, header, footer) and page chrome.
- datelines.py: news datelines and the date lines that open a line (issued.py reads them).
- names.py: a day and month that name a street or a settlement ("8-Март көчөсү"), or
  stand in quotation marks as a name ('"1-Май" ишканасы').
- roles.py: a date's role in its sentence (event, deadline, other).
- years.py: `fill_missing_years`, the resolve step that settles "--MM-DD".
"""

from __future__ import annotations

from dataclasses import replace

from ...context import Context
from ...explain import Rule
from ...models import DateMention, DateRole, WarningCode
from ...segment.cover import Cover
from ..word_starts import starts
from . import explained
from .atoms import Atom, InvalidDate, find_atoms, iso
from .banners import TODAY_BANNER, current_date_banners
from .explained import explain_kept
from .form_starts import form_places
from .issued import (
    BADGE_NOT_PAGE_DATE,
    MASTHEAD_DATE,
    chrome_lines,
    issued_index,
    masthead_index,
    repeats_of_issued,
)
from .month_days import with_month_days
from .names import (
    DATE_IS_A_PHONE,
    DATE_IS_A_QUOTED_NAME,
    DATE_NAMES_A_PLACE,
    is_a_phone,
    names_a_place,
    quoted_name,
)
from .patterns import TO_WORD_AFTER
from .ranges import join_atoms
from .roles import date_role
from .updates import UPDATE_STAMP, note_update_stamp, update_stamp
from .years import PAGE_MONTH, fill_missing_years

__all__ = [
    "PAGE_MONTH",
    "Atom",
    "InvalidDate",
    "chrome_lines",
    "extract",
    "fill_missing_years",
    "find_atoms",
    "iso",
]


ISSUED_REPEAT = Rule(
    "dates.issued_repeat",
    "the issued date written again (the dateline under a posting line, 'Нарын,"
    " 2017-жылдын 25-майы.'; a labelled date line of the same day, a saved post's own date"
    " line): the issued date,"
    " listed in dates once, never an event",
)


def extract(ctx: Context) -> None:
    text = ctx.text
    # A related-news block's headlines carry other articles' dates.
    chrome = chrome_lines(ctx)  # related-news lines are chrome too

    def warn(message: str, start: int, end: int) -> None:
        ctx.warn(WarningCode.INVALID_DATE, message, ctx.span(start, end))

    in_chrome = Cover(chrome)
    # where each form's words begin: searched once for the document with other stages'
    # words (word_starts.word_sets, in the text case-folded once: its stream's)
    stream = ctx.segments.tokens
    shared = stream.text is text
    words = form_places(lambda begins: starts(stream, begins)) if shared else None
    runs = stream.digit_runs() if shared else None

    def drop(rule: Rule, start: int, end: int) -> None:
        ctx.decide(rule, False, start, end)

    atoms = [a for a in find_atoms(text, warn, words, runs, drop) if a.start not in in_chrome]
    atoms = [a for a in atoms if not (names_a_place(a, text) and _dropped(ctx, a))]
    atoms = [a for a in atoms if not (is_a_phone(a, text) and _dropped(ctx, a, DATE_IS_A_PHONE))]
    atoms = [
        a for a in atoms if not (quoted_name(a, text) and _dropped(ctx, a, DATE_IS_A_QUOTED_NAME))
    ]
    atoms = [a for a in with_month_days(text, atoms, ctx.decide) if a.start not in in_chrome]
    today = Cover(ctx.segments.line_classes.today)
    atoms = [a for a in atoms if not (a.start in today and _dropped(ctx, a, TODAY_BANNER))]
    joined: list[Atom] = []
    i = 0
    while i < len(atoms):
        rng = join_atoms(atoms[i], atoms[i + 1], text) if i + 1 < len(atoms) else None
        if rng is not None:
            joined.append(rng)
            i += 2
        else:
            atom = atoms[i]
            # A single range atom ("20-25-ноябрь") may still close with чейин.
            to_word = TO_WORD_AFTER.match(text, atom.end)
            if to_word and atom.first != atom.last:
                atom = replace(atom, end=to_word.end())
            joined.append(atom)
            i += 1
    programme_days = Cover(ctx.segments.line_classes.programme_days)
    chosen = issued_index(ctx, joined, programme_days)
    issued = chosen[0]
    repeats = repeats_of_issued(ctx, joined, issued)
    masthead = masthead_index(ctx, joined, programme_days)
    under_banner = chosen[1] is explained.ISSUED_DATELINE_UNDER_BANNER
    banners = current_date_banners(ctx, joined, issued, under_banner=under_banner)
    mentions: list[DateMention] = []
    for i, atom in enumerate(joined):
        if i in banners:
            ctx.decide(banners[i], False, atom.start, atom.end)
            ctx.banner_dates.append(ctx.span(atom.start, atom.end))
            continue
        if i != issued and update_stamp(text, atom):
            ctx.decide(UPDATE_STAMP, False, atom.start, atom.end)
            note_update_stamp(ctx, text, atom)
            continue
        if i in repeats and i != issued:
            ctx.decide(ISSUED_REPEAT, False, atom.start, atom.end)
            ctx.issued_repeats.append(ctx.span(atom.start, atom.end))
            continue
        if atom.badge and i != issued and i not in repeats:
            ctx.decide(BADGE_NOT_PAGE_DATE, False, atom.start, atom.end)
            continue
        role: DateRole = "issued" if i == issued else date_role(atom, ctx)
        if i == masthead and role != "issued":
            role = "other"  # the issue's date: neither the page's nor an event's
        quote, span = ctx.quote(atom.start, atom.end)
        mentions.append(
            DateMention.model_construct(
                start=iso(atom.first),
                end=iso(atom.last),
                role=role,
                text=quote,
                span=span,
                time=atom.time,
            )
        )
        _note_kept(ctx, atom, issued=i == issued, masthead=i == masthead, days=programme_days)
    ctx.dates = mentions
    if ctx.decisions is not None:
        explain_kept(ctx, atoms, joined, chosen)


def _note_kept(ctx: Context, atom: Atom, *, issued: bool, masthead: bool, days: Cover) -> None:
    """What a kept date tells beyond its record: the page's issued date, the masthead's
    page date, or a programme's day heading (`days`), its rule decided."""
    if issued:
        ctx.issued = iso(atom.first)
    elif masthead:
        ctx.decide(MASTHEAD_DATE, True, atom.start, atom.end)
        ctx.page_date = iso(atom.first)
    elif atom.start in days:
        ctx.decide(PROGRAMME_DAY, True, atom.start, atom.end)


PROGRAMME_DAY = Rule(
    "dates.programme_day",
    "a weekday date line under the text's prose whose next line is a timetable row, its"
    " clock time and a dash first ('22-август, жума' over '10:00 — Ачылыш'), is a day"
    " heading of the programme the text announces, a date of the text, no site's date"
    " banner (segment/programme_days.py)",
)


def _dropped(ctx: Context, atom: Atom, rule: Rule = DATE_NAMES_A_PLACE) -> bool:
    """Record the drop of a date that names a place (or is a phone's number); True."""
    return not ctx.decide(rule, False, atom.start, atom.end)
