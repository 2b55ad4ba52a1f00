"""News datelines and the date lines that open a line: "Бишкек, 21.11.22. /Кабар/.",
"Нарын шаары, 2023-жылдын 6-марты.", "Баткенская область, 12 марта /Кабар/." (the
document's own date, issued.py, reads them)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator

from ... import gazetteer, resources, rx
from ...context import Context
from ...dategrammar import LEX
from ...explain import Rule
from ...segment import Line
from ...segment.lines import SHORT_LINE, document_type, type_of
from ..events.kinds import verb_in
from .atoms import Atom
from .patterns import (
    AGENCY_MARK_AFTER,
    DATELINE_AFTER,
    DATELINE_BEFORE,
    DOCUMENT_TYPE_BEFORE,
    ISSUED_LINE_MAX,
    ISSUED_LINE_WORDS,
    NEWS_DATELINE_AFTER,
    NEWS_DATELINE_BEFORE,
    NEWS_DATELINE_CITY_AFTER,
    WEEKDAY_BEFORE,
    few_other_letters,
)

# A letter's outgoing number label before its number and date ("Исх. № 112 от ...").
_OUTGOING_LABELS = frozenset(w.casefold() for w in LEX["outgoing_number_labels"])
# A dateline's Kyrgyz type word after a unit's name ("Ат-Башы району, 12-март").
_DATELINE_UNIT_WORDS = frozenset(w.casefold() for w in LEX["dateline_unit_words"])
_POST_TEXT_MIN_WORDS: int = LEX["post_text_min_words"]


# A dateline's places closed by a full stop before the date ("Баткен облусу, Лейлек
# району. 2025-жылдын 5-майы"): up to three places parted by commas, the last a unit with
# its type word or a city (`_dateline_place`), as every one before it.
_DATELINE_PLACES_STOP = rx.compile(
    r"^\s{0,20}(?P<places>\p{L}[^\d\n|,.]{0,45}(?:,[^\d\n|,.]{1,30}){0,2})\.\s{1,3}$"
)


def _places_before_stop(before: str) -> bool:
    """The line opens with a dateline's places and a full stop right before the date:
    each place a unit with its Kyrgyz type word or a city of the gazetteer ("Баткен
    облусу, Лейлек району."), no sentence ("Жыйын өттү." names no place; round 51), nor
    a sentence's words before the comma of a place closing it ("Биз жашаган жер, Кочкор
    району.": the full stop ends a sentence; revfix51)."""
    m = _DATELINE_PLACES_STOP.match(before)
    return m is not None and all(
        _dateline_place(place.strip()) for place in m.group("places").split(",")
    )


def dateline(text: str, line: Line, atom: Atom, after: str | None = None) -> bool:
    """The date follows a dateline that opens its line ("Нарын шаары, 2023-жылдын
    6-марты.", or its places closed by a full stop: `_places_before_stop`) and ends it or
    a sentence; `after`: the text after it to read."""
    after = text[atom.end : line.end] if after is None else after
    before = text[line.start : atom.start]
    return (
        bool(DATELINE_BEFORE.match(before) or _places_before_stop(before))
        and not (atom.first[0] is None and WEEKDAY_BEFORE.match(text[line.start : atom.start]))
        and bool(DATELINE_AFTER.match(after) or text[atom.end - 1] == ".")
        # a sentence saying an event took place is no dateline: "Семинар прошёл в Оше,
        # 24 ноября 2024 года."
        and verb_in(text, line.start, atom.start) is None
    )


class Starting:
    """The chosen atoms by where they start: those a line opens with, found by
    bisection (a walk over all the document's dates per header line is slow on a
    long document)."""

    def __init__(self, atoms: list[Atom], chosen: list[int]) -> None:
        self._chosen = chosen
        self._order = sorted(range(len(chosen)), key=lambda k: atoms[chosen[k]].start)
        self._starts = [atoms[chosen[k]].start for k in self._order]

    def on(self, line: Line) -> list[int]:
        """The chosen atoms on `line`, in their order, whose date lies in its first
        characters."""
        lo = bisect_left(self._starts, line.start)
        hi = bisect_left(self._starts, min(line.end, line.start + SHORT_LINE), lo)
        if lo == hi:
            return []  # most lines open with no date
        return [self._chosen[k] for k in sorted(self._order[lo:hi])]


VILLAGE_DATELINE = Rule(
    "dates.village_dateline",
    "a village's name and the page's own day opening a header line ('Түп, 16-июнь –"
    " Kabar.', a district's centre) is the dateline again, no date of the text",
)


def news_datelines(
    text: str, scan: list[Line], atoms: list[Atom], *, villages: bool = False
) -> Iterator[int]:
    """ "Бишкек, 21.11.22. /Кабар/.", "БИШКЕК, 22 апр — Sputnik.": a city of the
    gazetteer and the day open a line; the year may be left out. `villages`: a village
    of the gazetteer opens one too, without an agency's mark."""
    starting = Starting(atoms, [i for i, a in enumerate(atoms) if a.first == a.last])
    for line in scan:
        for i in starting.on(line):
            atom = atoms[i]
            city = _dateline_city(text, line, atom)
            if city and (
                _dateline_place(city)
                or _agency_village(text, line, atom, city)
                or (villages and _village(city))
            ):
                yield i


def repeated_datelines(
    ctx: Context, scan: list[Line], atoms: list[Atom], same_day: Callable[[Atom], bool]
) -> set[int]:
    """The datelines of the header lines `scan` whose day is the page's own
    (`same_day`): a city's ("Бишкек. 5 июля. КирТАГ —"), and a village's, which
    names a district's centre ("Ат-Башы, 5-август. ...", "Түп, 16-июнь – Kabarlar."):
    without the page's own day before it, a village and a date opening a line may be
    a list's row."""
    text = ctx.text
    cities = set(news_datelines(text, scan, atoms))
    repeats: set[int] = set()
    for i in news_datelines(text, scan, atoms, villages=True):
        if not same_day(atoms[i]):
            continue
        if i not in cities:
            ctx.decide(VILLAGE_DATELINE, False, atoms[i].start, atoms[i].end)
        repeats.add(i)
    return repeats


def _dateline_place(phrase: str) -> bool:
    """A dateline's place: a city of the gazetteer ("Бишкек"), a unit's name with its
    Kyrgyz type word ("Ат-Башы району", "Нарын облусу": lexicon/dates.yaml
    dateline_unit_words), or a unit's official Russian name ("Баткенская область")."""
    places = gazetteer.default()
    if places.lookup(phrase, level="city"):
        return True
    name, _, word = phrase.rpartition(" ")
    if bool(name) and word.casefold() in _DATELINE_UNIT_WORDS and bool(places.lookup(name)):
        return True
    official = resources.default().derived("official_russian_names", _official_russian_names)
    return gazetteer.fold_key(phrase) in official


def _village(name: str) -> bool:
    return bool(gazetteer.default().lookup(name, level="village"))


def _agency_village(text: str, line: Line, atom: Atom, name: str) -> bool:
    """A village of the gazetteer opening a news agency's dateline, the agency's mark
    ("/" or "(") after the date: "Түп, 2018-жылдын 25-июну /Кабар/." (a district's
    centre is often a village; without the agency's mark a village and a date opening
    a line may be a list's row)."""
    return AGENCY_MARK_AFTER.match(text, atom.end, line.end) is not None and _village(name)


def _official_russian_names(places: gazetteer.Gazetteer) -> frozenset[str]:
    """The folded official Russian names of the units, their type word with them
    ("Баткенская область", "Аксыйский район")."""
    return frozenset(gazetteer.fold_key(u.name_ru_full) for u in places.units() if u.name_ru_full)


def _dateline_city(text: str, line: Line, atom: Atom) -> str | None:
    """The city of a news dateline around the date: "Бишкек, 20 мая." or "20 мая, Бишкек."."""
    before = NEWS_DATELINE_BEFORE.match(text[line.start : atom.start])
    if before and NEWS_DATELINE_AFTER.match(text, atom.end, line.end):
        return before.group("city")
    if text[line.start : atom.start].strip():
        return None
    after = NEWS_DATELINE_CITY_AFTER.match(text, atom.end, line.end)
    return after.group("city") if after else None


def news_dateline(text: str, scan: list[Line], atoms: list[Atom]) -> int | None:
    return next(news_datelines(text, scan, atoms), None)


def document_type_line(text: str, line: Line, atom: Atom, resolution_types: frozenset[str]) -> bool:
    """A header line that names the document's type, then its date: "Пресс-релиз от 20
    мая 2021 года", "Информационное сообщение № 12 от 20.05.2021"; or a letter's
    outgoing number ("Исх. № 112 от 27 августа 2020 г.": its own date, round 38)."""
    before = DOCUMENT_TYPE_BEFORE.match(text[line.start : atom.start])
    if before is None:
        return False
    kind = before.group("type").casefold().strip()
    if type_of(kind) is None and kind not in resolution_types and kind not in _OUTGOING_LABELS:
        return False
    rest = ISSUED_LINE_WORDS.sub(" ", text[atom.end : line.end])
    return few_other_letters(rest)


def post_date_lines(ctx: Context) -> set[int]:
    """The starts of the date lines no other date line stands next to, with a post's text
    under them (`_POST_TEXT_MIN_WORDS`; round 40): a post's own date line on a page of
    saved posts ("11.06.2021 17:40" over a channel's second post, a shared post's
    "3-май, 2017-ж."), not a column of dates nor a schedule's cell over its place."""
    classes = ctx.segments.line_classes.classes
    lines = ctx.segments.lines
    filled = [k for k, line in enumerate(lines) if line.stripped]
    posts: set[int] = set()
    for n, k in enumerate(filled[:-1]):
        if classes[k] != "date" or classes[filled[n + 1]] == "date":
            continue
        if n > 0 and classes[filled[n - 1]] == "date":
            continue
        if len(lines[filled[n + 1]].stripped.split()) >= _POST_TEXT_MIN_WORDS:
            posts.add(lines[k].start)
    return posts


def fills_line(text: str, atom: Atom) -> bool:
    """Whether the date stands alone on its line ("16.02.2015", "30 ноября 2020 г.")."""
    # Bounded look-around: a long line is prose anyway (and this stays linear).
    window_start = max(0, atom.start - ISSUED_LINE_MAX)
    line_start = text.rfind("\n", window_start, atom.start) + 1 or window_start
    window_end = min(len(text), atom.end + ISSUED_LINE_MAX)
    line_end = text.find("\n", atom.end, window_end)
    after = text[atom.end : window_end if line_end < 0 else line_end]
    return not text[line_start : atom.start].strip() and not after.strip(" .\t")


def lone_dates(text: str, atoms: list[Atom]) -> int:
    """How many of the atoms stand alone on their line (`fills_line`): one is a page's
    date line, more a column of dates (a schedule)."""
    return sum(1 for atom in atoms if fills_line(text, atom))


def last_line_date(
    text: str, lines: list[Line], atoms: list[Atom], yearless: list[int], lone: int
) -> int | None:
    """A saved post's date alone on the page's last line, with no year ("23 МАРТА" under an
    Instagram post and its comments; round 40), when it is the page's only date alone on
    a line (`lone`, from `lone_dates`; not a schedule's last row): the index of its atom in
    `atoms`, else None."""
    if not lines:
        return None
    last = lines[-1]
    alone = [
        i
        for i in yearless
        if last.start <= atoms[i].start and atoms[i].end <= last.end and fills_line(text, atoms[i])
    ]
    if len(alone) != 1 or lone != 1:
        return None
    return alone[0]


def label_line_before(lines: list[Line], line: Line) -> bool:
    """Whether the non-empty line before `line` ends with a colon ("Мөөнөтү:")."""
    index = next((k for k, ln in enumerate(lines) if ln.start == line.start), 0)
    return index > 0 and lines[index - 1].stripped.endswith(":")


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
