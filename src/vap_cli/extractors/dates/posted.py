"""The page's own date below its header: a sentence under an act that says the act was
posted on a site, with the posting date."""

from __future__ import annotations

import itertools

import regex

from ... import rx
from ...context import Context
from ...lexicon import load
from ...segment import Line
from ...segment.cover import Cover
from ...segment.lines_social import counters_only
from .atoms import Atom
from .datelines import Starting
from .patterns import ACT_TYPE_WORD, FOOTER_LINES, ISSUED_LINE_MAX

LEX = load("dates")

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
    (`footer`) whose sentence names an act (`resolution_types`: the page's own act, the
    subject of the posting), a site and a verb of posting done ("Токтом сайтка
    2019-жылдын 27-ноябрында жайгаштырылды.", "Решение размещено на сайте 5 апреля 2022
    года."): the page's posting date. A sentence that names no site ("Токтом 2019-жылдын
    27-ноябрында күчүнө кирет") or orders the posting ("... сайтына 2021-жылдын
    25-августуна чейин жайгаштырылсын") leaves the act's own date line the issued date;
    nor does a news page's sentence about something else posted ("Конкурстун шарттары
    сайтта ... жарыяланды")."""
    text = ctx.text
    segments = ctx.segments
    starting = Starting(atoms, full)
    for line in footer:
        for i in starting.on(line):
            atom = atoms[i]
            start = segments.sentence_start(atom.start)
            end = segments.sentence_break(atom.end, line.end)
            end = line.end if end is None else end
            if all(
                word.search(text, start, end) for word in (ACT_TYPE_WORD, _SITE_WORD, _POSTED_VERB)
            ):
                return i
    return None


def post_footer_lines(ctx: Context, lines: list[Line]) -> list[Line]:
    """The page's last lines (`FOOTER_LINES`) a post's stamp may stand on, other posts'
    links under it left out: a channel lists its earlier posts, each with its date,
    under the post's counters ("👁 2.4K  edited 30.06.2025 18:42" / "Мурунку посттор:" /
    "25.06.2025 – ..."), and those links are no line of this post (round 57)."""
    related = Cover(ctx.segments.line_classes.related)
    kept = [ln for ln in lines if ln.start not in related]
    return kept[-FOOTER_LINES:]


def post_footer(text: str, footer: list[Line], atoms: list[Atom], full: list[int]) -> int | None:
    """A date with a year (`full`) closing a line of the page's last lines (`footer`)
    after a social post's counters alone ("👁 3.4K · 12 мая 2024 в 09:30", "❤️ 56 👁 1.2K
    · 03.03.2024"), maybe with the mark of an edit after them ("👁 2.4K  edited
    30.06.2025 18:42", lexicon lines.yaml `social_edited_marks`): a saved post's footer, its posting
    time, the page's date. A sentence before the date ("Субботник 👍 пройдёт 26 апреля
    2025") is no footer."""
    starting = Starting(atoms, full)
    for line in footer:
        if len(line.text) > ISSUED_LINE_MAX:
            continue
        for i in starting.on(line):
            atom = atoms[i]
            # counters_only reads an edit's mark after the counters too (lines_social)
            if text[atom.end : line.end].strip() or not counters_only(
                text[line.start : atom.start]
            ):
                continue
            return i
    return None


def post_stamp(text: str, footer: list[Line], atoms: list[Atom], full: list[int]) -> int | None:
    """A date with a year (`full`) alone on a line of the page's last lines (`footer`,
    other posts' links and the post's comments left out: `post_footer_lines`), maybe with
    its clock, right under a line of a social post's counters alone, maybe with the mark
    of an edit ("👁 1.2K  ✏️ edited 10:40" / "3 мар 2024, 10:15"): the saved post's stamp,
    as the same date after the counters on their own line is (`post_footer`). A date
    under a line of prose ("Жыйын өттү." / "3 мар 2024") is none of this."""
    starting = Starting(atoms, full)
    for above, line in itertools.pairwise(footer):
        # (both lines short: a counters' line is, and its search is not made on prose)
        if len(line.text) > ISSUED_LINE_MAX or len(above.text) > ISSUED_LINE_MAX:
            continue
        for i in starting.on(line):
            atom = atoms[i]
            alone = (
                not text[line.start : atom.start].strip() and not text[atom.end : line.end].strip()
            )
            if alone and counters_only(above.stripped):
                return i
    return None
