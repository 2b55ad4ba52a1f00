"""The publication-line sweep (round 7): a page's date line built from parts and put
around a short press release whose prose names dates, in Kyrgyz and Russian.

issued_cells.py lists the layouts of a date line one by one; this module composes
them, so that the parts meet in combinations no list names: a date core (numeric, ISO,
a month word in Russian or Kyrgyz, with or without its year word), a clock before or
after it, a prefix (a weekday, a posting label, both), a suffix (a counter, an author,
a category), a place on the page (under the headline, over it, under a site's banner
and menus, after the prose), and a body whose prose date takes the year of the
issued date when it names none ("year-from-issued", docs/EVALUATION.md). Near misses
(a current-date banner, a clock, a copyright line, a month without a day) give no
issued date.

A cell's class names its parts (`lang/core/time/prefix/suffix/position/body`), so the
failures group by the part they share. The month words come from lexicon/dates.yaml
and their Kyrgyz case forms from the morphology; weekdays are the true ones of the
day (lexicon `weekdays`, Monday first, Kyrgyz then Russian).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import issued_cells

from vap_cli import morph
from vap_cli.dategrammar import LEX

DAYS_IN_WEEK = 7
# The years the cells take by turns, and the days (one and two digits; a range's end
# two days on stays in the month).
YEARS = (2026, 2025, 2019)
LAST_FIRST_DAY = 26
HOUR = "14:30"


class Day(issued_cells.Day):
    """A day (issued_cells.Day: its ISO forms, month words), its weekday and its month's
    Kyrgyz case forms."""

    def weekday(self, lang: str) -> str:
        k = datetime.date(self.year, self.month, self.day).weekday()
        return str(LEX["weekdays"][k + (DAYS_IN_WEEK if lang == "ru" else 0)]).capitalize()

    def case(self, case: str, *, possessive: bool = False) -> str:
        """The month name's Kyrgyz case form: bare ("декабрда") or after the possessive
        ("декабрында"), as the morphology makes them."""
        forms = [f for f, c in morph.case_forms(self.ky).items() if c == case]
        bare = [f for f in forms if "ь" not in f]
        # the possessive form is the longest of the case ("декабрында")
        return max(bare, key=len) if possessive else min(bare, key=len)


Text = Callable[[Day], str]
Part = tuple[str, Text]

# --- the date line's parts ----------------------------------------------------------------

CORES: dict[str, tuple[Part, ...]] = {
    "ru": (
        ("dd.mm.yyyy", lambda d: d.num),
        ("d.mm.yyyy", lambda d: f"{d.day}.{d.month:02d}.{d.year}"),
        ("iso", lambda d: d.iso),
        ("dd.mm.yy", lambda d: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"),
        ("d genitive yyyy", lambda d: f"{d.day} {d.gen} {d.year}"),
        ("d genitive yyyy г.", lambda d: f"{d.day} {d.gen} {d.year} г."),
        ("d genitive yyyy года", lambda d: f"{d.day} {d.gen} {d.year} года"),
        ("dd Nominative yyyy", lambda d: f"{d.day:02d} {d.ky.capitalize()} {d.year}"),
        ("d short. yyyy", lambda d: f"{d.day} {d.short}. {d.year}"),
    ),
    "ky": (
        ("dd.mm.yyyy", lambda d: d.num),
        ("iso", lambda d: d.iso),
        ("dd.mm.yyyy-ж.", lambda d: f"{d.num}-ж."),
        ("d-month yyyy", lambda d: f"{d.day}-{d.ky} {d.year}"),
        ("d-month, yyyy-ж.", lambda d: f"{d.day}-{d.ky}, {d.year}-ж."),
        ("d-month yyyy-жыл", lambda d: f"{d.day}-{d.ky} {d.year}-жыл"),
        (
            "yyyy-жылдын d-monthы",
            lambda d: f"{d.year}-жылдын {d.day}-{d.case('nominative', possessive=True)}",
        ),
        ("yyyy-ж. d-month", lambda d: f"{d.year}-ж. {d.day}-{d.ky}"),
        ("dd Month yyyy", lambda d: f"{d.day:02d} {d.ky.capitalize()} {d.year}"),
    ),
}
# The clock: none, after the date, before it.
TIMES: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (
        ("none", "{x}"),
        ("after", "{x} {t}"),
        ("after,", "{x}, {t}"),
        ("after|", "{x} | {t}"),
        ("after в", "{x} в {t}"),
        ("before", "{t} {x}"),
        ("before,", "{t}, {x}"),
        ("before|", "{t} | {x}"),
    ),
    "ky": (
        ("none", "{x}"),
        ("after", "{x} {t}"),
        ("after,", "{x}, {t}"),
        ("after|", "{x} | {t}"),
        ("after саат", "{x}, саат {t}"),
        ("before", "{t} {x}"),
        ("before саат", "саат {t}, {x}"),
        ("before,", "{t}, {x}"),
        ("before slash", "{t} / {x}"),
    ),
}
PREFIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (
        ("none", ""),
        ("weekday", "{w}, "),
        ("Опубликовано:", "Опубликовано: "),
        ("Дата публикации:", "Дата публикации: "),
        ("Опубликовано: weekday", "Опубликовано: {w}, "),
    ),
    "ky": (
        ("none", ""),
        ("weekday", "{w}, "),
        ("Жарыяланды:", "Жарыяланды: "),
        ("Жарыяланган күнү:", "Жарыяланган күнү: "),
        ("Жарыяланды: weekday", "Жарыяланды: {w}, "),
    ),
}
SUFFIXES: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (
        ("none", ""),
        ("views", " | Просмотров: 123"),
        ("author", " | Автор: Асель Асанова"),
        ("category", " | Общество"),
        ("eye", "  👁 123"),
        ("bullet section", " • Новости"),
    ),
    "ky": (
        ("none", ""),
        ("views", " | Көрүүлөр: 123"),
        ("author", " | Автор: Асель Асанова"),
        ("category", " | Коом"),
        ("eye", "  👁 123"),
        ("bullet section", " • Жаңылыктар"),
    ),
}
# A headline of many words, and a short one (a Kyrgyz headline's verb closes it; a
# Russian one of three words names no verb).
TITLES = {
    "ru": ("В Нарыне прошёл семинар по местному бюджету", "Итоги сессии кенеша"),
    "ky": ("Нарында жергиликтүү бюджет боюнча семинар өттү", "Нарында семинар өттү"),
}
SITES = {"ru": "Новости регионов", "ky": "Аймак кабарлары"}
MENUS = {"ru": "Главная | Новости | Регионы", "ky": "Башкы бет | Жаңылыктар | Аймактар"}
# A site's current-date banner: a later day than any page's.
BANNER_DAY = datetime.date(2027, 1, 20)
CLOSING = {
    "ru": "Участвовали 30 человек из пяти айыл окмоту.",
    "ky": "Ага беш айыл өкмөтүнөн 30 киши катышты.",
}


def banner(lang: str) -> str:
    b = Day(BANNER_DAY.year, BANNER_DAY.month, BANNER_DAY.day)
    if lang == "ru":
        return f"{b.weekday('ru')}, {b.day} {b.gen} {b.year}"
    return f"{b.weekday('ky')}, {b.day}-{b.ky}, {b.year}"


# --- the body: a sentence naming a date, and the dates it gives -----------------------------


@dataclass(frozen=True)
class Body:
    """A sentence about the event's day `e`; the days it names, as (first, last) offsets
    from `e`; the year they take, as an offset from the page's year: written in the
    sentence (`explicit`), said relative to the page's year, or None (the page's own)."""

    name: str
    text: Text
    spans: tuple[tuple[int, int], ...] = ((0, 0),)
    year_offset: int | None = None
    explicit: bool = False


BODIES: dict[str, tuple[Body, ...]] = {
    "ky": (
        Body("locative", lambda e: f"Нарын районунда {e.day}-{e.case('locative')} семинар өттү."),
        Body(
            "possessive locative",
            lambda e: f"Семинар {e.day}-{e.case('locative', possessive=True)} өттү.",
        ),
        Body("nominative күнү", lambda e: f"{e.day}-{e.ky} күнү Нарында семинар өттү."),
        Body("attributive", lambda e: f"{e.day}-{e.case('attributive')} семинарга 30 киши келди."),
        Body(
            "year-жылдын",
            lambda e: (
                f"Семинар {e.year - 1}-жылдын {e.day}-{e.case('locative', possessive=True)} өткөн."
            ),
            year_offset=-1,
            explicit=True,
        ),
        Body(
            "year-жылы",
            lambda e: f"{e.year}-жылы {e.day}-{e.case('locative')} семинар өттү.",
            year_offset=0,
            explicit=True,
        ),
        Body(
            "hyphen range",
            lambda e: f"Нарында {e.day}-{e.day + 2}-{e.case('locative')} семинар өттү.",
            ((0, 2),),
        ),
        Body(
            "ablative-dative range",
            lambda e: (
                f"Семинар {e.day}-{e.case('ablative')} {e.day + 2}-{e.case('dative')} чейин өттү."
            ),
            ((0, 2),),
        ),
        Body("month first", lambda e: f"Семинар {e.case('genitive')} {e.day}-күнү өттү."),
        Body(
            "month айынын days",
            lambda e: f"{e.ky.capitalize()} айынын {e.day}-{e.day + 1}-күндөрү семинар өттү.",
            ((0, 1),),
        ),
        Body(
            "day list",
            lambda e: f"Семинар {e.day} жана {e.day + 1}-{e.case('locative')} өттү.",
            ((0, 0), (1, 1)),
        ),
        Body(
            "өткөн жылдын",
            lambda e: f"Семинар өткөн жылдын {e.day}-{e.case('locative', possessive=True)} өткөн.",
            year_offset=-1,
        ),
        Body("month only", lambda e: f"Нарында {e.case('locative')} семинар өттү.", ()),
    ),
    "ru": (
        Body("genitive", lambda e: f"Семинар прошёл {e.day} {e.gen} в Нарыне."),
        Body("ordinal genitive", lambda e: f"Семинар прошёл {e.day}-го {e.gen} в Нарыне."),
        Body(
            "year года",
            lambda e: f"Семинар прошёл {e.day} {e.gen} {e.year - 1} года.",
            year_offset=-1,
            explicit=True,
        ),
        Body(
            "year г.",
            lambda e: f"Встреча состоялась {e.day} {e.gen} {e.year} г. в Оше.",
            year_offset=0,
            explicit=True,
        ),
        Body(
            "с по",
            lambda e: f"Семинар прошёл с {e.day} по {e.day + 2} {e.gen} в Нарыне.",
            ((0, 2),),
        ),
        Body(
            "hyphen range",
            lambda e: f"Семинар прошёл {e.day}-{e.day + 2} {e.gen} в Нарыне.",
            ((0, 2),),
        ),
        Body(
            "и",
            lambda e: f"Семинар прошёл {e.day} и {e.day + 1} {e.gen} в Нарыне.",
            ((0, 0), (1, 1)),
        ),
        Body(
            "numeric",
            lambda e: f"Семинар прошёл {e.day:02d}.{e.month:02d}.{e.year} в Нарыне.",
            year_offset=0,
            explicit=True,
        ),
        Body(
            "прошлого года",
            lambda e: f"Семинар прошёл {e.day} {e.gen} прошлого года.",
            year_offset=-1,
        ),
        Body("month only", lambda e: f"Семинар прошёл в Нарыне в начале {e.gen}.", ()),
    ),
}


def event_day(page: Day) -> Day:
    """The prose's day: two days before the page's (a few after it early in a month)."""
    day = page.day - 2 if page.day > 3 else page.day + 3
    return Day(page.year, page.month, day)


def body_dates(body: Body, page: Day, *, page_year: bool) -> frozenset[tuple[str, str]]:
    """The (first, last) days the body gives on a page of the day `page` (whose year is
    known or not)."""
    e = event_day(page)
    if body.explicit or (page_year and body.year_offset is not None):
        year: int | None = page.year + (body.year_offset or 0)
    else:
        year = page.year if page_year and body.year_offset is None else None

    def day(offset: int) -> str:
        d = Day(year or page.year, e.month, e.day + offset)
        return d.iso if year else d.yearless

    return frozenset((day(a), day(b)) for a, b in body.spans)


# --- the page -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """A page and the record it must give: its issued date and its other dates."""

    cls: str
    lang: str
    text: str
    issued: str | None
    dates: frozenset[tuple[str, str]]

    @property
    def family(self) -> str:
        """The cell's language and kind: line, signature, dateline or chrome."""
        kind = self.cls.split("/")[1].split()[0]
        return f"{self.lang}.{kind if kind in FAMILY_KINDS else 'line'}"

    @property
    def name(self) -> str:
        return f"{self.cls}: {self.text[:70]!r}"


FAMILY_KINDS = ("signature", "dateline", "chrome")


# (lang, the headline, the date line, the body) -> the page
Layout = Callable[[str, str, str, str], str]


def _with_dateline(lang: str, page: Day) -> Layout:
    """A news dateline repeating the page's day opens the body under the date line."""
    mark = f"{page.day}-{page.ky}" if lang == "ky" else f"{page.day} {page.gen}"
    return lambda lang, title, line, body: f"{title}\n{line}\nНарын, {mark}. /Кабар/. {body}"


POSITIONS: tuple[tuple[str, Layout], ...] = (
    ("under the title", lambda lang, title, line, body: f"{title}\n{line}\n{body}"),
    ("over the title", lambda lang, title, line, body: f"{line}\n{title}\n{body}"),
    (
        "under banner and menus",
        lambda lang, title, line, body: (
            f"{SITES[lang]}\n{banner(lang)}\n{MENUS[lang]}\n{title}\n{line}\n{body}"
        ),
    ),
    ("after the prose", lambda lang, title, line, body: f"{title}\n{body}\n{line}"),
)
# A weekday's date line alone at the foot of a page is a site's banner as much as a
# signature's date: not swept (chrome_cells' near misses keep it off the foot too).
FOOT = "after the prose"
# (the dateline's layout needs the page's day: the last position)
DATELINE_POSITION = "dateline under the line"
POSITION_NAMES = (*(name for name, _ in POSITIONS), DATELINE_POSITION)
# strides of the parts that take turns (prime to each other and to the counts)
SUFFIX_STRIDE, POSITION_STRIDE, BODY_STRIDE, TITLE_STRIDE = 1, 3, 7, 5
MONTH_STRIDE, DAY_STRIDE = 5, 7


def page_day(k: int) -> Day:
    month = 1 + (k * MONTH_STRIDE) % len(LEX["months"])
    return Day(YEARS[k % len(YEARS)], month, 1 + (k * DAY_STRIDE) % LAST_FIRST_DAY)


def date_line(lang: str, d: Day, core: Text, time: str, prefix: str, suffix: str) -> str:
    x = time.format(x=core(d), t=HOUR)
    return prefix.format(w=d.weekday(lang)) + x + suffix


def _turn(parts: tuple, k: int, stride: int) -> Any:
    return parts[(k * stride) % len(parts)]


def line_cells() -> list[Cell]:
    """Every core x clock x prefix of each language; the suffix, the place on the page,
    the headline and the body by turns."""
    cells = []
    for lang in ("ru", "ky"):
        k = 0
        for core_name, core in CORES[lang]:
            for time_name, time in TIMES[lang]:
                for prefix_name, prefix in PREFIXES[lang]:
                    suffix_name, suffix = _turn(SUFFIXES[lang], k, SUFFIX_STRIDE)
                    position = _turn(POSITION_NAMES, k, POSITION_STRIDE)
                    if position == FOOT and "{w}" in prefix:
                        position = POSITION_NAMES[0]  # (see FOOT)
                    body = _turn(BODIES[lang], k, BODY_STRIDE)
                    title_kind = _turn(("long", "short"), k, TITLE_STRIDE)
                    title = TITLES[lang][title_kind == "short"]
                    d = page_day(k)
                    line = date_line(lang, d, core, time, prefix, suffix)
                    prose = f"{body.text(event_day(d))} {CLOSING[lang]}"
                    layout = (
                        _with_dateline(lang, d)
                        if position == DATELINE_POSITION
                        else dict(POSITIONS)[position]
                    )
                    parts = (lang, core_name, time_name, prefix_name, suffix_name)
                    cls = "/".join((*parts, f"{position} ({title_kind})", body.name))
                    text = layout(lang, title, line, prose)
                    cells.append(Cell(cls, lang, text, d.iso, body_dates(body, d, page_year=True)))
                    k += 1
    return cells


# --- a signature at the foot, a news dateline alone ------------------------------------------

SIGNATURES = {
    "ru": ("Пресс-служба мэрии", "Отдел информации айыл окмоту"),
    "ky": ("Маалымат кызматы", "Айыл өкмөтүнүн басма сөз кызматы"),
}


def signature_cells() -> list[Cell]:
    """A press service's signature and the page's date on the last line, with a comma
    between them or not, or on lines of their own."""
    cells = []
    for lang in ("ru", "ky"):
        k = 0
        for core_name, core in CORES[lang]:
            for signature in SIGNATURES[lang]:
                for joint_name, joint in (("comma", ", "), ("space", " "), ("line", "\n")):
                    d = page_day(k)
                    body = _turn(BODIES[lang], k, BODY_STRIDE)
                    prose = f"{body.text(event_day(d))} {CLOSING[lang]}"
                    text = f"{TITLES[lang][0]}\n{prose}\n{signature}{joint}{core(d)}"
                    cls = f"{lang}/signature ({joint_name})/{core_name}/{body.name}"
                    cells.append(Cell(cls, lang, text, d.iso, body_dates(body, d, page_year=True)))
                    k += 1
    return cells


# (the dateline, whether it names the year)
DATELINES: dict[str, tuple[tuple[str, Text, bool], ...]] = {
    "ky": (
        ("city, d-month. (agency).", lambda d: f"Бишкек, {d.day}-{d.ky}. /Кабар/. ", False),
        ("city ш., d-month (agency) -", lambda d: f"Нарын ш., {d.day}-{d.ky} /Кабар/ - ", False),
        ("CITY, d-month — agency.", lambda d: f"БИШКЕК, {d.day}-{d.ky} — Кабар. ", False),
        ("city, dd.mm.yyyy. (agency).", lambda d: f"Ош, {d.num}. /Кабар/. ", True),
        ("city, d-month, yyyy-жыл.", lambda d: f"Талас, {d.day}-{d.ky}, {d.year}-жыл. ", True),
    ),
    "ru": (
        ("city, d genitive. (agency).", lambda d: f"Бишкек, {d.day} {d.gen}. /Кабар/. ", False),
        ("CITY, d short — agency.", lambda d: f"БИШКЕК, {d.day} {d.short} — Sputnik. ", False),
        ("city – d genitive.", lambda d: f"Нарын – {d.day} {d.gen}. ", False),
        ("city, d genitive (agency).", lambda d: f"Ош, {d.day} {d.gen} (АКИpress). ", False),
        (
            "city, d genitive yyyy г. — agency.",
            lambda d: f"Талас, {d.day} {d.gen} {d.year} г. — Кабар. ",
            True,
        ),
    ),
}


def dateline_cells() -> list[Cell]:
    """A news dateline and no date line: the issued date is its day, with its year or
    "--MM-DD", and the body's days take the year it gives."""
    cells = []
    for lang in ("ru", "ky"):
        for j, (name, dateline, has_year) in enumerate(DATELINES[lang]):
            for i, body in enumerate(BODIES[lang]):
                k = i + j * len(BODIES[lang])
                d = page_day(k)
                prose = f"{dateline(d)}{body.text(event_day(d))} {CLOSING[lang]}"
                title = _turn(TITLES[lang], k, 1)
                text = prose if k % 2 else f"{title}\n{prose}"
                cls = f"{lang}/dateline {name}/{body.name}"
                want = d.iso if has_year else d.yearless
                cells.append(Cell(cls, lang, text, want, body_dates(body, d, page_year=has_year)))
    return cells


# --- near misses: chrome with a date or a clock, and no date line ----------------------------

CHROME: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (
        ("banner", "{b}"),
        ("today banner", "Сегодня: {b}"),
        ("banner and clock", "{b} | Время в Бишкеке {t}"),
        ("clock", "{t}"),
        ("copyright", "© 2011-2026 Новости регионов"),
    ),
    "ky": (
        ("banner", "{b}"),
        ("today banner", "Бүгүн: {b}"),
        ("banner and clock", "{b} | Бишкек убактысы {t}"),
        ("clock", "{t}"),
        ("copyright", "© 2011-2026 Аймак кабарлары"),
    ),
}


def chrome_cells() -> list[Cell]:
    """A site's banner, clock or copyright over the title (or at the foot) and no date
    line: no issued date, and the body's days keep no year unless they name one."""
    cells = []
    for lang in ("ru", "ky"):
        for j, (chrome_name, chrome) in enumerate(CHROME[lang]):
            line = chrome.format(b=banner(lang), t=HOUR)
            for i, body in enumerate(BODIES[lang]):
                d = page_day(i + j)
                prose = f"{body.text(event_day(d))} {CLOSING[lang]}"
                # (a weekday's date alone at the foot: see FOOT)
                foot = (i + j) % 2 and chrome_name != "banner"
                title = TITLES[lang][0]
                text = (
                    f"{title}\n{prose}\n{line}"
                    if foot
                    else f"{SITES[lang]}\n{line}\n{title}\n{prose}"
                )
                where = "foot" if foot else "top"
                dates = body_dates(body, d, page_year=False)
                cells.append(
                    Cell(
                        f"{lang}/chrome {chrome_name} ({where})/{body.name}",
                        lang,
                        text,
                        None,
                        dates,
                    )
                )
    return cells


def all_cells() -> list[Cell]:
    return [*line_cells(), *signature_cells(), *dateline_cells(), *chrome_cells()]
