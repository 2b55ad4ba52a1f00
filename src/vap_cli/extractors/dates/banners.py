"""A site's banner of today's date and time over the page's labelled posting line."""

from __future__ import annotations

import regex

from ... import rx
from ...context import Context
from ...explain import Rule
from ...lexicon import load
from ...segment import Line
from ...segment.lines import banner_date_line, bare_line
from ...segment.today_banner import CLOCK_ON_LINE
from .atoms import Atom
from .datelines import Starting, dateline
from .patterns import ANY_LETTER, OPENING_LABEL

CURRENT_DATE_BANNER = Rule(
    "dates.current_date_banner",
    "a line of a date and a clock and no word above the page's labelled posting line "
    "('Опубликовано: 14.02.2023') is the site's banner of today's date and time: chrome",
)
BANNER_OVER_DATELINE = Rule(
    "dates.banner_over_dateline",
    "a line of a date and a clock and no word ('06:15 | 6-декабрь 2026') in the header"
    " above a news dateline ('Ноокат, 2021-жылдын 12-ноябры — Кабар.') is the site's banner"
    " of today's date and time: chrome, the dateline's date is issued",
)
BANNER_BESIDE_LINKS = Rule(
    "dates.banner_beside_links",
    "a line of a date whose other cells are the site's links ('06.12.2026 | Кирүү | Издөө',"
    " a short link of a few words 'Поиск на сайте', lines.yaml site_link_words; the date"
    " bare or a weekday's banner date 'Дүйшөмбү, 7-декабрь 2026') above the page's"
    " labelled posting line is the site's banner of today's date: chrome",
)


def current_date_banners(
    ctx: Context, atoms: list[Atom], issued: int | None, *, under_banner: bool = False
) -> dict[int, Rule]:
    """The atoms (indexes, each with its rule) of the lines of a date and a clock with no
    word of their own ("06.12.2026 | 06:47"), or of a date beside the site's links
    (`BANNER_BESIDE_LINKS`), above the line of the issued date when a posting label opens
    that line ("Опубликовано: 14.02.2023 | Категория: ..."): the site shows today's date
    and time there, the label says which date is the page's. With no label (a bare
    "12.03.2024 14:35" over the headline is the page's own date line) there is none.
    Only the atoms before the posting line are looked at (the page's head).
    `under_banner`: the issued date is a news dateline's under such a banner
    (`dateline_under_banner`), which is chrome as over a label."""
    if issued is None:
        return {}
    text = ctx.text
    posted = atoms[issued]
    line_start = text.rfind("\n", 0, posted.start) + 1
    label = text[line_start : posted.start]
    if not (under_banner or (ANY_LETTER.search(label) and OPENING_LABEL.match(label))):
        return {}
    found: dict[int, Rule] = {}
    # the line of the atom before, read once for all its atoms (linear on a text of one
    # long line of dates): where it ends, and whether it is a banner
    end, banner, broken = -1, None, False
    for i, atom in enumerate(atoms):
        if atom.start >= line_start:
            break  # (atoms are in the text's order)
        if atom.start > end or broken:  # (an atom over a line break opens its own line)
            broken = "\n" in text[atom.start : atom.end]
            start = text.rfind("\n", 0, atom.start) + 1
            end = text.find("\n", atom.end)
            end = len(text) if end < 0 else end
            line = text[start:end].strip()
            banner = _banner_rule(line)
            if under_banner and _clock_beside(text, start, end, atom):
                banner = BANNER_OVER_DATELINE
        if banner is not None:
            found[i] = banner
    return found


def dateline_under_banner(
    text: str, scan: list[Line], atoms: list[Atom], full: list[int], found: int
) -> int | None:
    """A news dateline's date with a year ("Ноокат, 2021-жылдын 12-ноябры — Кабар.") on a
    header line (`scan`) below the date `found` when that one's line is a bare date and
    clock ("06:15 | 6-декабрь 2026"): the site's banner of today; the dateline is the
    page's own date (round 47). Only the lines after the banner's are read."""
    banner = atoms[found]
    on = [ln for ln in scan if ln.start <= banner.start and banner.end <= ln.end]
    if not (on and _clock_beside(text, on[0].start, on[0].end, banner)):
        return None
    below = [ln for ln in scan if ln.start > banner.start]
    starting = Starting(atoms, [i for i in full if i > found])
    for line in below:
        for i in starting.on(line):
            if dateline(text, line, atoms[i]):
                return i
    return None


def _clock_beside(text: str, start: int, end: int, atom: Atom) -> bool:
    """The line [start, end) holds the date `atom`, a clock and no word ("06:15 |
    6-декабрь 2026")."""
    rest = text[start : atom.start] + " " + text[atom.end : end]
    return bare_line(rest.strip()) and CLOCK_ON_LINE.search(rest) is not None


def _banner_rule(line: str) -> Rule | None:
    """The rule that makes the line a banner of today's date, or None."""
    if bare_line(line) and CLOCK_ON_LINE.search(line) is not None:
        return CURRENT_DATE_BANNER
    return BANNER_BESIDE_LINKS if _links_beside(line) else None


_SITE_LINK = rx.compile(
    rx.whole_words(load("lines")["site_link_words"], space=r"[ ]{1,3}"), regex.IGNORECASE
)
# A link's cell is a link word and a few words of its own at most ("Поиск на сайте",
# "Сайт боюнча издөө"): a longer cell is a phrase of the page.
_SITE_LINK_WORDS_MAX = 3
_DIGIT = rx.compile(r"\d")
# The words a link word may have beside it in its cell (lines.yaml site_link_companions).
_LINK_COMPANIONS = frozenset(w.casefold() for w in load("lines")["site_link_companions"])


def _links_beside(line: str) -> bool:
    """A date's line whose other cells ("|") are a site's links, each holding one of
    `site_link_words` in a few words ("06.12.2026 | Кирүү | Издөө", "Поиск на сайте"):
    the banner of today's date beside the log-in and search links, as a clock beside it
    makes one. The date's cell is a date alone (`bare_line`) or a weekday's banner date
    ("Среда, 9 декабря 2026", `banner_date_line`)."""
    cells = [c.strip(" .…") for c in line.split("|")]
    dates = [c for c in cells if not _link_cell(c)]
    return (
        len(dates) < len(cells)
        and len(dates) == 1
        and (bare_line(dates[0]) or banner_date_line(dates[0]))
    )


def _link_cell(cell: str) -> bool:
    """A cell of a site's link: a link word, no digit, a few words at most (parted by
    spaces), the other words of the site ("Поиск на сайте"; not "Вход свободный")."""
    if _DIGIT.search(cell) is not None or len(cell.split()) > _SITE_LINK_WORDS_MAX:
        return False
    rest = _SITE_LINK.sub(" ", cell)
    return rest != cell and all(w.casefold() in _LINK_COMPANIONS for w in rest.split())


TODAY_BANNER = Rule(
    "dates.today_banner",
    "a line of 'today' and a comma, then only a date and a clock ('Сегодня, 6 мая 2025,"
    " 09:12', 'Бүгүн, 6-май, 2025-жыл, 09:12') is the site's banner of today's date and"
    " time: chrome (prose goes on after the date: 'Сегодня, 6 мая, в Бишкеке ...');"
    " the line class of segment/today_banner.py",
)
