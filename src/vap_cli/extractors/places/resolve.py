"""Deciding each mention's level and unit, by the evidence in order: its type word,
its list, its case siblings, its table column, then the bare-name rules (bare_names.py:
a dateline, the document's units, the sentence's district, a typed sibling or case);
last the unit, preferring one inside a place named nearby (named_units.closest)."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from ... import morph
from ...explain import Rule
from .adjective_again import settle_adjective_again
from .bare_names import resolve_bare, settlement_level
from .constants import (
    BARE_RANK_SPAN,
    SCORE_CASE_OF_TYPED,
    SCORE_CASE_SIBLINGS,
    SCORE_HEAD_TITLE,
    SCORE_INSIDE_DISTRICT,
    SCORE_LIST_LEVEL,
    SCORE_ROUTE_END,
    SCORE_TABLE_COLUMN,
    UNIT_PASSES,
    UNRANKED,
)
from .headlines import HEADLINE_REGION, headline_list_region
from .index import PlaceIndex
from .mention import Mention, of_levels
from .named_units import Named, closest, typed_cases, unit_levels
from .rules import (
    CASE_OF_TYPED,
    CASE_SIBLINGS,
    EVENT_VENUE,
    INSIDE_AYIL_AIMAK,
    LIST_LEVEL,
    LIST_OF_SURNAMES,
    LIST_OF_WORDS,
    TABLE_COLUMN,
    TYPE_WORD_LEVEL,
    VENUE_LIST,
    veto,
)
from .vocabulary import (
    BARE_RANK,
    CHILD_LEVEL,
    CITY_KIND,
    LEVEL_RANK,
    LEVEL_UNITS,
    NEEDS_TYPE,
    SMALL_LEVELS,
    fold,
    looks_like_person,
)


def resolve_levels(mentions: list[Mention], idx: PlaceIndex) -> None:
    """Decide every mention's level (Mention.settle) and unit, in place."""
    _resolve_typed(mentions, idx)
    _resolve_bracketed_children(mentions)
    _resolve_lists(mentions)
    _resolve_case_siblings(mentions)
    _resolve_columns(mentions)
    named = _resolve_head_titles(mentions)
    for m in mentions:
        # A list member the list gave no level (none of its units has the list's level:
        # "Ноокат районунун Кызыл-Октябрь, Жети-Өгүз районунун ...") is read as a bare name.
        if m.level is not None or m.person or (m.group is not None and m.rule is not None):
            continue
        if not settle_adjective_again(m, named):
            resolve_bare(m, named)
    # The bare names now have levels: what they tell of the units holding them counts.
    named = Named.of(mentions)
    # Pick the unit, preferring units inside places named nearby; twice, so that a
    # cell's district helps the ayil aimak beside it.
    for again in range(UNIT_PASSES):
        named = Named.of(mentions) if again else named  # with the units the pass before chose
        if not _choose_units(mentions, named):
            break  # no unit changed: the next pass would read the same and choose the same


def _choose_units(mentions: list[Mention], named: Named) -> bool:
    """Each mention's unit among its units of its level (closest); whether one changed."""
    changed = False
    for m in mentions:
        if m.level is None:
            continue
        units = of_levels(m, unit_levels(m))
        if units:
            unit = closest(m, units, named)
            changed = changed or unit is not m.unit
            m.unit = unit
    return changed


def _resolve_head_titles(mentions: list[Mention]) -> Named:
    """Names next to a head's title first ("Мэр Оша"): the unit they name counts as
    named for the bare names after them ("в Оше": the same city)."""
    named = Named.of(mentions)
    headed = [m for m in mentions if m.head is not None and m.level is None and not m.person]
    for m in headed:
        resolve_bare(m, named)
        units = of_levels(m, (m.level,)) if m.level else []
        if units:
            m.unit = units[0]
    return Named.of(mentions) if headed else named


def _resolve_typed(mentions: list[Mention], idx: PlaceIndex) -> None:
    """Typed mentions take their type word's level ("Т. Зулпуев айыл аймагы": an
    initial and a surname name a unit too)."""
    for m in mentions:
        if m.type_word is not None:
            m.level = m.type_word.level
            m.rule = m.rule or TYPE_WORD_LEVEL
            if not m.units:
                m.units = list(idx.initials.get(fold(m.name), []))
            m.units = of_levels(m, m.type_word.units)
    for m in mentions:
        if m.level is not None and m.units:
            m.unit = m.units[0]
    several = [m for m in mentions if m.level is not None and len(m.units) > 1]
    named = Named.of(mentions) if several else None
    for m in several:
        assert named is not None
        m.unit = closest(m, m.units, named)
    for m in mentions:
        _follow_unit_level(m)


def _resolve_bracketed_children(mentions: list[Mention]) -> None:
    """Names in the bracket after a typed unit (marks.mark_bracketed_children) are its
    children where the gazetteer has them at the level below ("Кутургу айыл аймагы
    (Кутургу, Ой-Булак)": the villages, though an ayil aimak is named so too)."""
    for m in mentions:
        child = CHILD_LEVEL.get(m.child_of) if m.child_of and m.level is None else None
        if child is not None and of_levels(m, (child,)):
            m.settle(child, SCORE_INSIDE_DISTRICT, INSIDE_AYIL_AIMAK)


def _follow_unit_level(m: Mention) -> None:
    """A type word of units of two kinds (поселок: a town or a village) names the level
    of the unit it finds ("в поселке Торкент": the village)."""
    unit, tw = m.unit, m.type_word
    if tw is None or unit is None or unit.level == m.level or unit.level not in tw.units:
        return
    if {unit.level, m.level} <= CITY_KIND:
        return
    m.level = unit.level


def _resolve_lists(mentions: list[Mention]) -> None:
    """Bare members of a list take a typed member's level, or that of a typed name of
    their sentence in their case, or the one most share."""
    cases_now = typed_cases(mentions)
    typed_elsewhere = _typed_levels(mentions)
    typed_before = _TypedBefore(mentions)
    groups: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.group is not None:
            groups.setdefault(m.group, []).append(m)
    for members in groups.values():
        # (a way's bare end is a settlement, places.route_end: "Барскоон менен Тамганын
        # ортосундагы жол" is no list of units sharing a level; round 28)
        bare = [m for m in members if m.level is None and not m.route]
        typed = [m for m in members if m.level is not None]
        if not bare:
            continue
        no_places = None if typed else _no_places_list(bare)
        if no_places is not None:
            for m in bare:
                m.rule = no_places
            continue
        by_case = None if typed else _typed_case_level(bare, cases_now)
        if by_case is not None:
            for m in bare:  # "Ош облусунда, Жалал-Абадда жана Баткенде": oblasts
                m.settle(by_case, SCORE_CASE_OF_TYPED, CASE_OF_TYPED)
            continue
        settled = None if typed else _list_of_kind(bare, mentions)
        if settled is not None:
            for m, each in zip(bare, settled, strict=True):
                m.settle(*each)
            continue
        level = typed[0].level if typed else typed_before.level_of(bare) or _shared_level(bare)
        for m in bare:
            if not typed and typed_elsewhere.get(fold(m.name), level) != level:
                # "Кызыл-Суу, Кайнар, Каракол жана Бишкектен" after "Каракол шаарында": a
                # list of settlements of two kinds; the name is read as a bare name
                continue
            if level and of_levels(m, LEVEL_UNITS.get(level, (level,))):
                m.settle(level, SCORE_LIST_LEVEL, LIST_LEVEL)
            elif typed and _small_unit_typed_by_list(m, typed[0]):
                m.type_word = typed[0].type_word  # assemble keeps it as the gazetteer lacks it
                m.settle(typed[0].level or "", SCORE_LIST_LEVEL, LIST_LEVEL)
                typed_before.add(m)


def _list_of_kind(
    bare: list[Mention], mentions: list[Mention]
) -> list[tuple[str, float, Rule]] | None:
    """The level of each member of a list with no type word that its kind gives: a
    headline's list of the oblasts the body is about ("Таласта жана Ошто" over a story of
    a Bakai-Ata ayil aimak: headlines.headline_list_region), the cities where events are
    held ("семинары пройдут в Оше и Нарыне"), the settlements of a list of venues ("в
    Нарыне и Кочкоре прошли семинары")."""
    if all(m.headline for m in bare) and headline_list_region(bare, Named.of(mentions)):
        return [("oblast", SCORE_INSIDE_DISTRICT, HEADLINE_REGION)] * len(bare)
    if _venue_list(bare):
        return [("city", SCORE_HEAD_TITLE, EVENT_VENUE)] * len(bare)
    levels = _venue_settlements(bare, mentions)
    return None if levels is None else [(lv, SCORE_ROUTE_END, VENUE_LIST) for lv in levels]


def _venue_settlements(bare: list[Mention], mentions: list[Mention]) -> list[str] | None:
    """The level of each member of a list of venues (venues.mark_venue_lists: "в Нарыне
    и Кочкоре прошли семинары"): the settlement of its name, while every member has one."""
    if not all(m.venue_listed for m in bare):
        return None
    named = Named.of(mentions)
    levels = [settlement_level(m, named) for m in bare]
    found = [lv for lv in levels if lv is not None]
    return found if len(found) == len(bare) else None


def _typed_levels(mentions: list[Mention]) -> dict[str, str]:
    """The names of the text (folded) a type word beside them, outside lists, made
    cities ("Каракол шаарындагы"), and their level."""
    return {
        fold(m.name): m.level
        for m in mentions
        if m.type_word is not None and m.level in CITY_KIND and m.group is None
    }


def _typed_case_level(
    members: list[Mention], cases_now: dict[int, dict[str, list[str]]]
) -> str | None:
    """The level of a typed name of the list's sentence in the case all its members
    share, when every member has a unit of it."""
    cases = {morph.case_of(m.name, m.ending) for m in members}
    case = cases.pop() if len(cases) == 1 else None
    if case is None:
        return None
    for level in cases_now.get(members[0].sentence, {}).get(case, []):
        if all(of_levels(m, (level,)) for m in members):
            return level
    return None


def _no_places_list(bare: list[Mention]) -> Rule | None:
    """The rule that makes a list with no type word a list of no places, or None: words
    that need a type word ("Достук, Ынтымак жана Келечек"), or surnames, each with no case
    ending ("Федоров, Ананьев жана Кочубаев": people; villages named after a person come
    with a type word, a case or other villages in their lists: "Момбеков, Бостон жана
    Чек")."""
    if all(fold(m.name) in NEEDS_TYPE for m in bare):
        return LIST_OF_WORDS
    if all(looks_like_person(m.name) and not m.ending for m in bare):
        return LIST_OF_SURNAMES
    return None


def _venue_list(bare: list[Mention]) -> bool:
    """A list whose first member is an event's venue ("пройдут в Оше и Нарыне",
    venues.mark_event_venues) and whose every member names a city: the cities all."""
    return bare[0].venue and all(of_levels(m, ("city",)) for m in bare)


def _small_unit_typed_by_list(m: Mention, typed: Mention) -> bool:
    """A member the gazetteer lacks at the level of a small unit the list's type word
    names for the whole list, plural or before it ("сел Булолу, Мангыт и Шарк",
    "Мангыт жана Шарк айылдары"): a village of that list all the same."""
    return (
        typed.type_word is not None
        and (typed.plural_type or typed.type_before)
        and typed.level in SMALL_LEVELS
        and not m.person
        and veto(m) is None
    )


def _resolve_case_siblings(mentions: list[Mention]) -> None:
    """Bare names of one sentence in one case are siblings ("Ысык-Көлдөн 30, Нарындан
    25 жана Таластан 20"), unless a typed name of that case decides (bare_names.py)."""
    by_case: dict[tuple[int, str], list[Mention]] = {}
    for m in mentions:
        if m.level is None and m.group is None and not m.cell and veto(m) is None:
            case = morph.case_of(m.name, m.ending)
            if case is not None:
                by_case.setdefault((m.sentence, case), []).append(m)
    if all(len(members) < 2 for members in by_case.values()):
        return  # no siblings
    cases_now = typed_cases(mentions)
    typed = _typed_units(mentions)
    for (sentence, case), members in by_case.items():
        if len(members) < 2 or cases_now.get(sentence, {}).get(case):
            continue
        level = _shared_level(members, typed)
        for m in members:
            if level and of_levels(m, (level,)):
                m.settle(level, SCORE_CASE_SIBLINGS, CASE_SIBLINGS)


def _resolve_columns(mentions: list[Mention]) -> None:
    """Cells of one table column share a level (a column of districts, of ayil aimaks)."""
    columns: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        if m.cell and (m.level is None or m.header):
            columns.setdefault(m.column, []).append(m)
    for cells in columns.values():
        if len(cells) < 2:  # one cell is no column of places: the bare rules decide
            continue
        # A header's level is the column's (a cell the layout shifted under another
        # header keeps its column of text).
        headed = Counter(m.level for m in cells if m.header)
        level = headed.most_common(1)[0][0] if headed else _shared_level(cells)
        for m in cells:
            if m.level is None and level and of_levels(m, (level,)):
                m.settle(level, SCORE_TABLE_COLUMN, TABLE_COLUMN)


class _TypedBefore:
    """The mentions with a type word by name (folded), in their order: made on first
    use, not a pass over the document's mentions at each member of each list (quadratic
    in a long text of lists)."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self.by_name: dict[str, tuple[list[int], list[Mention]]] | None = None

    def _index(self) -> dict[str, tuple[list[int], list[Mention]]]:
        if self.by_name is None:
            self.by_name = {}
            for t in sorted(self.mentions, key=lambda t: t.start):
                if t.type_word is not None:
                    starts, typed = self.by_name.setdefault(fold(t.name), ([], []))
                    starts.append(t.start)
                    typed.append(t)
        return self.by_name

    def add(self, m: Mention) -> None:
        """A member given a list's type word (asked of the lists after it)."""
        if self.by_name is None:
            return
        starts, typed = self.by_name.setdefault(fold(m.name), ([], []))
        k = bisect_left(starts, m.start)
        starts.insert(k, m.start)
        typed.insert(k, m)

    def level_of(self, members: list[Mention]) -> str | None:
        """The level every member of a list with no type word was typed at before it in
        the document, the same for all ("Чаек, Ак-Татыр жана Беш-Терек айылдары ...
        Беш-Терек менен Ак-Татырдын ортосу": the villages again), else None."""
        first = members[0].start
        index = self._index()
        levels: set[str | None] = set()
        for m in members:
            entry = index.get(fold(m.name))
            if entry is None:
                return None
            starts, typed = entry
            found = {t.level for t in typed[: bisect_left(starts, first)]}
            if len(found) != 1:
                return None
            levels |= found
        return levels.pop() if len(levels) == 1 else None


def _typed_units(mentions: list[Mention]) -> frozenset[tuple[str, str]]:
    """(name key, level) of every mention the document names with its type word."""
    return frozenset(
        (fold(m.name), m.level) for m in mentions if m.type_word is not None and m.level
    )


def _shared_level(
    members: list[Mention], typed: frozenset[tuple[str, str]] = frozenset()
) -> str | None:
    """The level most members have; of those, the one the document named most of them at
    with a type word ("Көк-Ой айылы жана Арал айылы ... Көк-Ойдогу жолугушууга 170,
    Аралдагы жыйынга 120": the villages, though both are ayil aimaks too); then as for a
    bare name."""
    votes: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for m in members:
        for level in {u.level for u in m.units}:
            votes[level] += 1
            named[level] += (fold(m.name), level) in typed
    if not votes:
        return None
    # A tie goes as for a bare name: a city before an oblast ("из Таласа и Оша").
    return max(
        votes,
        key=lambda lv: (
            votes[lv],
            named[lv],
            -BARE_RANK.get(lv, BARE_RANK_SPAN + LEVEL_RANK.get(lv, UNRANKED)),
        ),
    )
