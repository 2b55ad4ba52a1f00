"""The page's own date below its header: a sentence under an act that says it was posted
on a site, with the posting date; a date line under a line naming the document's type."""

from __future__ import annotations

from bisect import bisect_right

import regex

from ... import rx
from ...context import Context
from ...explain import Rule
from ...lexicon import load
from ...segment import Line
from ...segment.lines import document_type
from .atoms import Atom
from .datelines import Starting, fills_line

LEX = load("dates")

POSTED_SENTENCE = Rule(
    "dates.posted_sentence",
    "a sentence in the page's last lines saying the act was posted on a site, its date"
    " in it ('Токтом сайтка 2019-жылдын 27-ноябрында жайгаштырылды'): the posting date,"
    " issued, over the act's own date line",
)

_SITE_WORD = rx.compile(
    rf"(?<!\p{{L}})(?:{rx.alternation(LEX['posted_site_words'])})", regex.IGNORECASE
)
_POSTED_VERB = rx.compile(
    rf"(?<!\p{{L}})(?:{rx.alternation(LEX['posted_verbs'])})(?!\p{{L}})", regex.IGNORECASE
)


def posted_sentence(
    ctx: Context, footer: list[Line], atoms: list[Atom], full: list[int]
) -> int | None:
    """The first date with a year (`full`) opening within a line of the page's last lines
    (`footer`) whose sentence names a site and a verb of posting done ("Токтом сайтка
    2019-жылдын 27-ноябрында жайгаштырылды.", "Решение размещено на сайте 5 апреля 2022
    года."): the page's posting date. A sentence that names no site ("Токтом 2019-жылдын
    27-ноябрында күчүнө кирет") or orders the posting ("... сайтына 2021-жылдын
    25-августуна чейин жайгаштырылсын") leaves the act's own date line the issued date."""
    text = ctx.text
    segments = ctx.segments
    starting = Starting(atoms, full)
    for line in footer:
        for i in starting.on(line):
            atom = atoms[i]
            start = segments.sentence_start(atom.start)
            end = segments.sentence_break(atom.end, line.end)
            end = line.end if end is None else end
            if _SITE_WORD.search(text, start, end) and _POSTED_VERB.search(text, start, end):
                return i
    return None


TYPE_LINE_DATE = Rule(
    "dates.type_line_date",
    "a date alone on its line right under a line naming the document's type ('ЖАРЫЯ',"
    " 'ОБЪЯВЛЕНИЕ', 'ПРЕСС-РЕЛИЗ'), below the header (a site's page of its own above it):"
    " the document's own date line, issued",
)


def type_line_date(
    ctx: Context, lines: list[Line], atoms: list[Atom], full: list[int]
) -> int | None:
    """The first date with a year (`full`) alone on its line (`fills_line`) whose line
    above (`lines`: the non-empty ones) names a document type ("ЖАРЫЯ" / "2016-03-15" /
    the announcement's headline, under an ayil okmotu's page about itself): the
    announcement's own date line. A date alone under a line of prose is no such line."""
    text = ctx.text
    starts = [line.start for line in lines]
    for i in full:
        atom = atoms[i]
        k = bisect_right(starts, atom.start) - 1
        if k < 1 or not fills_line(text, atom):
            continue
        if document_type(lines[k - 1].stripped) is not None:
            return i
    return None
