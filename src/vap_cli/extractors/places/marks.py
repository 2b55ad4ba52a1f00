"""Marks on mentions that later passes read: appositions (a type word before a dash),
datelines, lists (and the plural type word that types them), table cells and the
level a cell's column header gives."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from ... import gazetteer as gz
from ... import morph, rx
from ...segment.line_bounds import ListSigns, blank_before
from ...segment.lines import dateline_name
from ...segment.tables import Table
from .constants import (
    CELL_WINDOW,
    CHILDREN_BRACKET_MAX,
    COLUMN_WINDOW,
    DATELINE_WINDOW,
    OWNED_TYPE_REACH,
    SCORE_COLUMN_HEADER,
    SCORE_PLURAL_TYPE_LIST,
    TEXT_COLUMNS,
)
from .index import PlaceIndex
from .mention import Mention, Token, of_levels
from .rules import APPOSITION, COLUMN_HEADER, PLURAL_TYPE_LIST, SEAT_RUSSIAN_NAME, TYPE_LABEL
from .same_named import seats_named
from .tokens import gap_between, kyrgyz_type_at, one_word_between
from .venues import add_settlements
from .vocabulary import (
    CELL_LEFT,
    CELL_RIGHT,
    CHILD_LEVEL,
    COLUMN_HEADERS,
    COMMA_GAP,
    COUNT_ASIDE,
    FROM_CITY_ADVERBS,
    FROM_CITY_PARTICIPLES,
    HEAD_AFTER,
    HEAD_BEFORE,
    JOINER_GAP,
    JOINERS,
    LEVEL_UNITS,
    NAME_DASH,
    NOUN_TYPE_FORMS,
    OBLAST_BODY_ADJECTIVES,
    OFFICE_NOUNS,
    QUOTED_COMMA_GAP,
    QUOTED_JOINER_GAP,
    ROAD_WORDS,
    ROUTE_BETWEEN_AFTER_KY,
    ROUTE_BETWEEN_JOINERS_KY,
    ROUTE_FROM_CASE,
    ROUTE_FROM_RU,
    ROUTE_LIMIT_WORDS,
    ROUTE_TO_CASE,
    ROUTE_TO_RU,
    ROUTE_TOWARD_RU,
    ROUTE_VIA_KY,
    RU_BEFORE,
    TYPE_MAX_WORDS,
    WORD_GAP,
    TypeWord,
    fold,
)

_APPOSITION_GAP = rx.compile(r"[ ]{0,3}[-–—:,][ ]{0,3}")
# After a headline's label: a colon, or a dash between spaces, then the headline.
LABEL_AFTER = rx.compile(r"(?::|[ ][-–—])[ ]{1,3}\p{L}")


def mark_owned_levels(mentions: list[Mention], tokens: list[Token], text: str) -> None:
    """A bare name in the genitive before a type word with no name of its own, perhaps
    after one word ("Чүйдүн үч району": Chüy's three districts): it owns units of that
    level, so it is a unit above them."""
    for m in mentions:
        if m.type_word is not None or morph.case_of(m.name, m.ending) != "genitive":
            continue
        for j in range(m.last + 1, m.last + 1 + OWNED_TYPE_REACH):
            if j >= len(tokens) or tokens[j].sentence != tokens[m.last].sentence:
                break
            if j > m.last + 1 and tokens[j - 1].capital:
                break  # a name of its own before the type word: Чүйдүн Кемин району
            found = kyrgyz_type_at(tokens, j, text)
            if found is not None:
                if not found[0].known_only:
                    m.owns = found[0].level
                break


def mark_head_titles(mentions: list[Mention], tokens: list[Token], text: str) -> None:
    """A bare name of several levels right after a head's title in Russian ("Полпред
    Нарына", "мэра Оша") or before it in Kyrgyz ("Нарындын губернатору", "Өзгөндүн
    акими"): the level the title heads, when the name has a unit of it."""
    for m in mentions:
        # (a typed name first: its units' levels are not gathered)
        if m.type_word is not None or len(levels := {u.level for u in m.units}) < 2:
            continue
        prev, nxt = m.first - 1, m.last + 1
        if prev >= 0 and gap_between(text, tokens[prev], tokens[m.first]) in WORD_GAP:
            m.head = _title_level(tokens[prev].text, HEAD_BEFORE)
        if m.head is None and nxt < len(tokens):
            if gap_between(text, tokens[m.last], tokens[nxt]) in WORD_GAP:
                m.head = _title_level(tokens[nxt].text, HEAD_AFTER)
        if m.head not in levels:
            m.head = None
        m.office = m.head is None and "city" in levels and _office_after(m, tokens, text)


# The cases of a name where an oblast's body stands ("Баткендеги облустук ...").
_BODY_PLACE_CASES = ("attributive", "locative")


def _office_after(m: Mention, tokens: list[Token], text: str) -> bool:
    """The name in the nominative right before an office's noun ("Ош кеңсеси"), in the
    attributive or locative before an oblast body's adjective ("Баткендеги облустук
    аялдар кеңеши"), or in the ablative before a participle of coming ("Таластан келген
    эксперт": where a person is from)."""
    nxt = m.last + 1
    if nxt >= len(tokens) or gap_between(text, tokens[m.last], tokens[nxt]) not in WORD_GAP:
        return False
    if not m.ending:
        return tokens[nxt].low.startswith(OFFICE_NOUNS)
    case = morph.case_of(m.name, m.ending)
    if case == "ablative":  # "Таластан келген эксперт": where a person is from (round 28)
        return _participle_of_coming(tokens, nxt, text)
    return tokens[nxt].low in OBLAST_BODY_ADJECTIVES and case in _BODY_PLACE_CASES


def _participle_of_coming(tokens: list[Token], k: int, text: str) -> bool:
    """Token k is a participle of coming or being invited, perhaps after one adverb
    ("келген", "атайын чакырылган"; round 37)."""
    if tokens[k].low in FROM_CITY_ADVERBS and k + 1 < len(tokens):
        if gap_between(text, tokens[k], tokens[k + 1]) not in WORD_GAP:
            return False
        k += 1
    return tokens[k].low in FROM_CITY_PARTICIPLES


def mark_routes(mentions: list[Mention], tokens: list[Token], text: str, idx: PlaceIndex) -> None:
    """The ends of a way between places: two names in a row, the first in the ablative
    and the second in the dative ("Сары-Таштан Гүлчөгө жетүү", "Көк-Ой айылынан Чаекке
    карай"), or Russian "из X до Y" ("дороги из Кара-Кульджи до Ылай-Талаа"). Their bare
    names are settlements (bare_names.py, places.route_end); so is the bare name a
    Russian road leads to ("дороги на Кош-Коргон")."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:], strict=False):
        if a.sentence == b.sentence and (
            _kyrgyz_route(a, b, text) or _russian_route(a, b, tokens) or _between(a, b, tokens)
        ):
            _route_end(a, idx)
            _route_end(b, idx)
        elif a.sentence == b.sentence and _through_point(a, b, tokens, text):
            _route_end(a, idx)
            _route_end(b, idx)
            b.route_limit = b.route and _before_limit(b, tokens)
    for m in mentions:
        if _road_toward(m, tokens, text):
            _route_end(m, idx)


def _through_point(a: Mention, b: Mention, tokens: list[Token], text: str) -> bool:
    """ "Көк-Таш аркылуу Ширинге": a point the way passes through (a name, then a word of
    `route_via_ky`), right before the way's end in the dative (round 53)."""
    return (
        one_word_between(a.last, b.first, tokens, text, ROUTE_VIA_KY) and _case(b) == ROUTE_TO_CASE
    )


def _before_limit(m: Mention, tokens: list[Token]) -> bool:
    """A word of the way's limit right after the mention ("Ширинге чейинки жол")."""
    k = m.last + 1
    return k < len(tokens) and tokens[k].low.startswith(ROUTE_LIMIT_WORDS)


def _route_end(m: Mention, idx: PlaceIndex) -> None:
    """A bare mention is an end of a way, with its name's settlements."""
    m.route = m.type_word is None
    if m.route:
        add_settlements(m, idx)


def _road_toward(m: Mention, tokens: list[Token], text: str) -> bool:
    """ "дороги на Кош-Коргон": a road's word, "на", the bare name it leads to, one
    word apart each."""
    k = m.first
    return (
        m.type_word is None
        and k >= 2
        and tokens[k - 1].low in ROUTE_TOWARD_RU
        and tokens[k - 2].low.startswith(ROAD_WORDS)
        and gap_between(text, tokens[k - 2], tokens[k - 1]) in WORD_GAP
        and gap_between(text, tokens[k - 1], tokens[k]) in WORD_GAP
    )


def _case(m: Mention) -> str | None:
    """The case of a mention: its type word's, else its bare name's ending's."""
    if m.type_word is not None:
        return m.case
    return morph.case_of(m.name, m.ending) if m.ending else None


def _kyrgyz_route(a: Mention, b: Mention, text: str) -> bool:
    """ "Сары-Таштан Гүлчөгө": the first in the ablative right before the second in the
    dative."""
    return (
        not text[a.end : b.start].strip()
        and _case(a) == ROUTE_FROM_CASE
        and _case(b) == ROUTE_TO_CASE
    )


def _russian_route(a: Mention, b: Mention, tokens: list[Token]) -> bool:
    """ "из Кара-Кульджи до Ылай-Талаа": a bare name after "из"/"от", then "до" and the
    second name."""
    return (
        a.type_word is None
        and a.first > 0
        and tokens[a.first - 1].low in ROUTE_FROM_RU
        and b.first == a.last + 2
        and tokens[a.last + 1].low in ROUTE_TO_RU
    )


def _between(a: Mention, b: Mention, tokens: list[Token]) -> bool:
    """A way between two places: "Барскоон менен Тамганын ортосундагы жол" (a joiner
    between the names, the second in the genitive before a word of "between"; round 28)."""
    joiner = a.type_end if a.type_end is not None else a.last + 1
    if b.first != joiner + 1 or joiner >= len(tokens):
        return False
    after = b.type_end if b.type_end is not None else b.last + 1
    return (
        tokens[joiner].low in ROUTE_BETWEEN_JOINERS_KY
        and after < len(tokens)
        and _case(b) == "genitive"
        and tokens[after].low.startswith(ROUTE_BETWEEN_AFTER_KY)
    )


def _title_level(word: str, titles: dict[str, str]) -> str | None:
    low = word.casefold()
    # the longest stem first: вице-мэр before мэр
    for stem in sorted(titles, key=len, reverse=True):
        if low.startswith(stem):
            return titles[stem]
    return None


def mark_appositions(mentions: list[Mention], tokens: list[Token], text: str) -> None:
    """A bare name after a type word of its case and a dash or colon names that unit
    ("коңшу облустан – Жалал-Абаддан келген": the oblast)."""
    taken = {k for m in mentions for k in range(m.first, (m.type_end or m.last + 1))}
    for m in mentions:
        if m.type_word is not None or not m.ending or m.first == 0:
            continue
        case = morph.case_of(m.name, m.ending)
        if case is None or not _APPOSITION_GAP.fullmatch(
            gap_between(text, tokens[m.first - 1], tokens[m.first])
        ):
            continue
        for n in range(1, TYPE_MAX_WORDS + 1):
            k = m.first - n
            if k < 0 or k in taken:
                break
            found = kyrgyz_type_at(tokens, k, text)
            if found is None or found[1] != m.first:
                continue
            tw, _, _, type_case = found
            if type_case == case and of_levels(m, tw.units):
                m.type_word, m.case, m.rule = tw, case, APPOSITION
            break


# A type word's label opening a line, as a list, a form or a decree's row writes it
# ("Айыл аймагы: Жазы", "Айыл аймактары: Жазы, Барпы", "Село: Кенеш"): the label (perhaps
# after a bullet or a number) and its colon; after the colon, the names listed before
# the name.
_TYPE_LABEL = rx.compile(r"[ \t]*(?:[-–•*]|\d{1,3}[.)])?[ \t]*(\p{L}[\p{L} ]{0,30}?)[ ]{0,3}:")
LISTED_BEFORE = rx.compile(
    r"(?:[ ]{0,3}[«\"]?\p{Lu}[\p{L}’'-]*[»\"]?(?:[ ]{0,3}[,;]|[ ]{1,3}\p{Ll}{1,6}))*[ ]{0,3}[«\"]?"
)


def mark_type_labels(mentions: list[Mention], tokens: list[Token], text: str) -> None:
    """A name listed after a colon right after a type word with no name of its own is a
    unit of that level: a label opening the line ("Айыл аймагы: Жазы", "Айылдар: Кенеш,
    Тегерек"; the column headers' words, a form's fields and a table's headers alike),
    or a type word ending the words before the colon ("төмөнкү айыл аймактары: Жазы,
    Барпы", "следующие сёла: Кенеш, Тегерек"; not a verb after it: "... кирди: Жазы"),
    or before a dash between spaces ("во всех трех селах - Кенеш, Тегерек и Жазы":
    `ListSigns.list_opener`)."""
    named = {m.type_end for m in mentions if m.type_end is not None}
    signs = ListSigns(text)
    for m in mentions:
        if m.type_word is not None:
            continue
        line_start = signs.line_start(m.start)
        colon = signs.list_opener(line_start, m.start)
        if colon < 0 or not LISTED_BEFORE.fullmatch(text, colon + 1, m.start, rx.NOT_CONCURRENT):
            continue
        tw = _label_type(text, line_start, colon) or type_before_mark(
            tokens, m.first, colon, text, named
        )
        if tw is not None and of_levels(m, tw.units):
            m.type_word, m.type_before, m.rule = tw, True, TYPE_LABEL


def _label_type(text: str, line_start: int, colon: int) -> TypeWord | None:
    """The level of a label that is all the line holds before the colon ("Айыл аймагы:")."""
    label = _TYPE_LABEL.fullmatch(text, line_start, colon + 1)
    level = COLUMN_HEADERS.get(label.group(1).strip().casefold()) if label else None
    return TypeWord(level, LEVEL_UNITS.get(level, (level,))) if level else None


def type_before_mark(
    tokens: list[Token], first: int, colon: int, text: str, named: set[int]
) -> TypeWord | None:
    """The type word right before the colon, when no name of its own stands before it
    ("Нарын облусу:" types Нарын): Kyrgyz in any form (айылдарда too), Russian before
    a name (сёла)."""
    k = first - 1
    while k >= 0 and tokens[k].end > colon:
        k -= 1
    if k < 0 or k + 1 in named or text[tokens[k].end : colon].strip():
        return None
    for n in range(TYPE_MAX_WORDS, 0, -1):
        found = kyrgyz_type_at(tokens, k - n + 1, text) if k - n + 1 >= 0 else None
        if found is not None and found[1] == k + 1 and not found[0].known_only:
            return found[0]
    return NOUN_TYPE_FORMS.get(tokens[k].low) or RU_BEFORE.get(tokens[k].low)


def mark_labels(mentions: list[Mention], text: str) -> None:
    """A bare name opening its line before a colon or a dash: a headline's label
    ("Баткен: чек арадагы ..."), the region the story is about."""
    for m in mentions:
        if m.type_word is not None or m.ending:
            continue
        if blank_before(text, m.start) and LABEL_AFTER.match(text, m.end, None, rx.NOT_CONCURRENT):
            m.label = True


# A bracket that opens right after a typed unit (spaces between).
_BRACKET_OPENS = rx.compile(r"[ \t]{0,3}\(")


def mark_bracketed_children(mentions: list[Mention], text: str) -> None:
    """Bare names in a bracket right after a unit with its type word, on its line, are
    the unit's children ("Сары-Булак айыл аймагы (Балбай, Тогуз-Булак, Сары-Булуң) –
    98": the villages of that ayil aimak); `child_of` is the unit's level."""
    for i, typed in enumerate(mentions):
        if typed.type_word is None or typed.type_word.level not in CHILD_LEVEL:
            continue
        opened = _BRACKET_OPENS.match(text, typed.end)
        if opened is None:
            continue
        close = text.find(")", opened.end(), opened.end() + CHILDREN_BRACKET_MAX)
        if close < 0 or "\n" in text[opened.end() : close]:
            continue
        for m in islice(mentions, i + 1, None):
            if m.start >= close:
                break
            if m.type_word is None and not _names_parent(m, typed):
                m.child_of = typed.type_word.level


def bracketed_lone_names(
    mentions: list[Mention], text: str, idx: PlaceIndex
) -> tuple[list[Mention], list[Mention]]:
    """The bare names alone in a bracket right after a unit with its type word, neither
    the unit's own name nor its parent, split in two: (its villages, its other names).
    A village the gazetteer places in that unit is a village the text names when the
    unit has a village of its own name besides ("Кереге-Таш айыл аймагы (Кара-Кыз)": the
    aimak's seat is Кереге-Таш); in a unit with no village of its name the bracket gives
    the name it is known by, its seat's or an official spelling ("Арстанбап айыл
    аймагынан (Арсланбоб)"), as any other bare name there: no second place."""
    villages: list[Mention] = []
    others: list[Mention] = []
    for typed, m in _lone_bracketed(mentions, text):
        (villages if _names_child(m, typed, idx) else others).append(m)
    return villages, others


def _lone_bracketed(mentions: list[Mention], text: str) -> Iterator[tuple[Mention, Mention]]:
    """(typed unit, bare name) for each bare name alone in a bracket right after a unit
    with its type word of a level that has children, neither its own name nor its parent."""
    for typed, m in zip(mentions, mentions[1:], strict=False):
        if typed.type_word is None or typed.type_word.level not in CHILD_LEVEL:
            continue
        opened = _BRACKET_OPENS.match(text, typed.end)
        if opened is None or m.type_word is not None or m.start < opened.end():
            continue
        close = text.find(")", opened.end(), opened.end() + CHILDREN_BRACKET_MAX)
        if close < 0 or text[opened.end() : close].strip() != text[m.start : m.end]:
            continue
        if fold(m.name) != fold(typed.name) and not _names_parent(m, typed):
            yield typed, m


def _names_child(m: Mention, typed: Mention, idx: PlaceIndex) -> bool:
    """The bare name is a unit the gazetteer holds one level below a unit of the typed
    name that also has a child of its own name ("Кара-Кыз" of Кереге-Таш ayil aimak,
    which has a village Кереге-Таш)."""
    child = CHILD_LEVEL.get(typed.type_word.level) if typed.type_word else None
    seated = {u.id for u in typed.units if _has_namesake_child(u, child, idx)}
    return any(u.level == child and u.parent in seated for u in m.units)


def _has_namesake_child(unit: gz.Unit, child: str | None, idx: PlaceIndex) -> bool:
    """The unit has a child of the given level named as the unit (in either language)."""
    names = {fold(n) for n in (unit.name, unit.name_ru) if n}
    return any(
        c.level == child and names & {fold(n) for n in (c.name, c.name_ru) if n}
        for c in idx.gazetteer.children(unit.id)
    )


def _names_parent(m: Mention, typed: Mention) -> bool:
    """The bare name is a district or oblast holding a unit of the typed name ("Кара-Суу
    айыл аймагы (Ат-Башы)": its district, though a village is named so too); not the
    typed unit's own name ("Кутургу айыл аймагы (Кутургу, ...)": its village)."""
    if fold(m.name) == fold(typed.name):
        return False
    parents = {u.district for u in typed.units} | {u.oblast for u in typed.units}
    return any(u.id in parents for u in m.units)


def mark_datelines(mentions: list[Mention], text: str) -> None:
    """A bare name opening its line before a date, or after the country ("Кыргызстан,
    Бишкек", "Нарын, 2 декабря 2019 года"): the city of the dateline."""
    for m in mentions:
        if m.type_word is not None or m.ending:
            continue
        window = max(0, m.start - DATELINE_WINDOW)
        line_start = text.rfind("\n", window, m.start) + 1
        if line_start == 0 and window > 0:
            continue
        before = text[line_start : m.start]
        after = text[m.end : m.end + DATELINE_WINDOW].split("\n", 1)[0]
        if dateline_name(before, text[m.start : m.end], after):
            m.dateline = True


def group_lists(mentions: list[Mention], tokens: list[Token], text: str) -> None:
    """Names joined by commas / жана / и form a list; a plural type word at its end
    types every member; unknown capitalised words inside such a list join it."""
    _join(mentions, tokens, text, quoted=set(range(len(mentions))))
    # Quoted names are joined only by a plural type word after them ('"Ак-Жол" жана
    # "Арал" айылдары'): with none, the quotes set off titles, not places.
    typed = {m.group for m in mentions if m.plural_type and m.type_word is not None}
    if any(m.group is not None and m.group not in typed for m in mentions):
        keep = {i for i, m in enumerate(mentions) if m.group is not None and m.group in typed}
        for m in mentions:
            m.group = None
        _join(mentions, tokens, text, quoted=keep)
    # Plural type words spread backwards through their list (and pull in unknown
    # names between members: "Момунов, Келечек жана Татар калктуу конуштарын").
    members: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.group is not None:
            members.setdefault(m.group, []).append(m)
    for m in mentions:
        if m.plural_type and m.type_word is not None and m.group is not None:
            for other in members[m.group]:
                # The list it ends is before it: names after it start another list
                # ("Аксы райондорунда, Көкташ, Бешжыгач ... айылда").
                # (not a person's name ending its first member: "акими Бакыт Тыналиев,
                # Ак-Муз жана Ак-Моюн айыл аймактарынын башчылары")
                if other.type_word is None and other.start < m.start and not other.person:
                    other.type_word = m.type_word
                    other.score, other.rule = SCORE_PLURAL_TYPE_LIST, PLURAL_TYPE_LIST


def _join(mentions: list[Mention], tokens: list[Token], text: str, quoted: set[int]) -> None:
    """Give joined neighbours one group number; across quotes only mentions of `quoted`."""
    group = 0
    for i, (a, b) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if a.type_word is not None and not a.plural_type and a.type_end is not None:
            continue
        if _joined(tokens, text, a, b, i in quoted and i + 1 in quoted):
            if a.group is None:
                group += 1
                a.group = group
            b.group = a.group


def _joined(tokens: list[Token], text: str, a: Mention, b: Mention, quoted: bool) -> bool:
    if a.sentence != b.sentence and not (a.cell and b.cell):
        return False
    # "ш. Каракол, Манас көчөсү 12": a street's name is no member of a list of places.
    if a.street or b.street:
        return False
    last = a.type_end - 1 if a.type_end is not None else a.last
    if b.first <= last:
        return False
    # (a bracketed count after the member is an aside: "Ат-Башы (120 киши), Баш-Кайыңды")
    aside = COUNT_ASIDE.match(text, tokens[last].end, None, rx.NOT_CONCURRENT)
    after = tokens[last].end if aside is None else aside.end()
    between = [tok for tok in tokens[last + 1 : b.first] if tok.start >= after]
    gap = text[after : tokens[b.first].start]
    if not between:
        # "Таш-Дөбө – Кой-Таш айылдарында": a spaced dash (on one side too: "Таш-Дөбө
        # -Кой-Таш") pairs two names before the plural type word of the second
        # (elsewhere it is a road or a range).
        if b.plural_type and b.type_word is not None and gap in NAME_DASH:
            return True
        return bool(gap in COMMA_GAP or (quoted and gap in QUOTED_COMMA_GAP))
    if len(between) == 1 and between[0].low in JOINERS:
        return bool(JOINER_GAP.fullmatch(gap) or (quoted and QUOTED_JOINER_GAP.fullmatch(gap)))
    return False


def mark_cells(mentions: list[Mention], text: str, tables: list[Table]) -> None:
    """A bare name alone in a table cell: tab- or line-delimited, or filling a cell of a
    table the segment stage found (columns aligned by spaces: "Барпы      12.02.2025")."""
    in_tables = _table_cells(tables)
    for m in mentions:
        if m.type_word is not None:
            continue
        # (the cell's end first: most names have a word after them, and no search back)
        after = text[m.end : m.end + CELL_WINDOW]
        right = CELL_RIGHT.match(after, None, None, rx.NOT_CONCURRENT)
        before = text[max(0, m.start - CELL_WINDOW) : m.start] if right else ""
        if right and (CELL_LEFT.search(before, None, None, rx.NOT_CONCURRENT) or m.start == 0):
            m.cell = True
            m.column = (TEXT_COLUMNS, _column(text, m.start))
        elif (m.start, m.end) in in_tables:
            m.cell = True
            m.column = in_tables[(m.start, m.end)]


def column_header_levels(tables: list[Table]) -> dict[tuple[int, int], str]:
    """The span of every filled cell under a type word's header ("Айыл аймагы"), and the
    level its header names."""
    header_of: dict[tuple[int, int], str] = {}
    for table in tables:
        levels = [COLUMN_HEADERS.get(cell.text.rstrip(":.").casefold()) for cell in table.header]
        if not any(levels):
            continue
        for record in table.records:
            for cell, level in zip(record.cells, levels, strict=False):
                if level and cell.text:
                    header_of[(cell.start, cell.end)] = level
    return header_of


def mark_column_headers(
    mentions: list[Mention], tables: list[Table], gazetteer: gz.Gazetteer
) -> None:
    """A bare name alone in a cell under a type word's header ("Айыл аймагы") is a unit
    of that level; or, when the gazetteer has no unit of that level of the name, the
    unit of that level whose seat the name is in Russian (same_named.seats_named)."""
    header_of = column_header_levels(tables)
    if not header_of:
        return
    for m in mentions:
        if not m.cell or m.type_word is not None:
            continue
        level = header_of.get((m.start, m.end))
        if not level:
            continue
        units = of_levels(m, (level,))
        if units:
            m.units, m.header = units, True
            m.settle(level, SCORE_COLUMN_HEADER, COLUMN_HEADER)
        elif seats := seats_named(m.name, of_levels(m, ("village",)), (level,), gazetteer):
            m.units, m.header = seats, True
            m.settle(level, SCORE_COLUMN_HEADER, SEAT_RUSSIAN_NAME)


def _table_cells(tables: list[Table]) -> dict[tuple[int, int], tuple[int, int]]:
    """The span of every filled cell of the tables, and its column: (table start, index)."""
    return {
        (cell.start, cell.end): (table.start, index)
        for table in tables
        for record in table.records
        for index, cell in enumerate(record.cells)
        if cell.text
    }


def _column(text: str, pos: int) -> int:
    """The cell's column: separators (| or tab) between the line start and `pos`."""
    window = max(0, pos - COLUMN_WINDOW)
    line_start = text.rfind("\n", window, pos) + 1
    if line_start == 0 and window > 0:
        return -1
    segment = text[line_start:pos]
    return segment.count("|") + segment.count("\t")
