"""Deciding each mention's level and unit, by the evidence in order: its type word,
its list, its case siblings, its table column, then the bare-name rules (a dateline,
the document's units, the sentence's district, a typed sibling or case); last the
unit, preferring one inside a place named nearby."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ... import gazetteer as gz
from ... import morph
from ...explain import Rule
from .constants import (
    BARE_RANK_SPAN,
    SCORE_BARE_NAME,
    SCORE_CASE_OF_TYPED,
    SCORE_CASE_SIBLINGS,
    SCORE_DATELINE,
    SCORE_GENITIVE_OWNER,
    SCORE_HEAD_TITLE,
    SCORE_INSIDE_DISTRICT,
    SCORE_LIST_LEVEL,
    SCORE_NAMED_AGAIN,
    SCORE_TABLE_COLUMN,
    SCORE_TYPED_SIBLING,
    UNIT_PASSES,
    UNRANKED,
)
from .index import PlaceIndex
from .mention import Mention, of_levels
from .rules import (
    BARE_NAME,
    CASE_OF_TYPED,
    CASE_SIBLINGS,
    COMMON_WORD_SENTENCE_START,
    DATELINE,
    GENITIVE_OWNER,
    HEAD_TITLE,
    INSIDE_AYIL_AIMAK,
    INSIDE_DISTRICT,
    LIST_LEVEL,
    LIST_OF_WORDS,
    NAMED_AGAIN,
    NEEDS_TYPE_WORD,
    PERSON_NAME,
    SMALL_UNIT_SENTENCE_START,
    TABLE_COLUMN,
    TYPE_WORD_LEVEL,
    TYPED_SIBLING,
    UNIT_HOLDING_NAMED_CHILD,
    UNIT_INSIDE,
    UNIT_OF_NAMED_PARENT,
    UNIT_WITHOUT_CONTEXT,
    veto,
)
from .vocabulary import (
    BARE_LEVELS,
    BARE_RANK,
    CHILD_LEVEL,
    DATELINE_LEVELS,
    LEVEL_RANK,
    LEVEL_UNITS,
    NEEDS_TYPE,
    OWNER_LEVEL,
    SMALL_LEVELS,
    fold,
)

# Vetoes of a bare name that the title of its head next to it lifts.
HEAD_LIFTS = (NEEDS_TYPE_WORD, COMMON_WORD_SENTENCE_START, PERSON_NAME)
# A word capitalised for opening its sentence is the unit the text names elsewhere with
# its type word.
SENTENCE_START_RULES = (COMMON_WORD_SENTENCE_START, SMALL_UNIT_SENTENCE_START)

# Bare names read as inside a unit the sentence names: they tell the unit holding them.
HOLDING_RULES = (INSIDE_DISTRICT, INSIDE_AYIL_AIMAK)

# The pieces of a unit's evidence, per scope (the sentence, then the document), in the
# order closest() lays them out, each with the rule it is when it alone decides: the
# nearest named ancestor, then a unit named inside it.
EVIDENCE_RULES = (UNIT_OF_NAMED_PARENT, UNIT_HOLDING_NAMED_CHILD)

# Levels of a typed unit that tell which oblast a text is about.
INSIDE_LEVELS = frozenset({"district", "ayil_aimak", "village"})
# The suffix of a demonym (lexicon morphology.yaml): Нарын + дык "of Naryn".
DEMONYM_SUFFIX = "belonging"


@dataclass
class Named:
    """Units already named, per sentence and in the whole document (built once a pass)."""

    by_sentence: dict[int, set[str]]
    document: set[str]
    districts: dict[int, set[str]]  # district ids named per sentence
    typed_cases: dict[int, dict[str, list[str]]]  # sentence -> case -> levels of typed names
    typed_small: dict[int, list[gz.Unit]]  # units of small levels named with a type word
    typed_at: dict[int, list[gz.Unit]]  # first token of a typed name -> its candidate units
    # Oblasts holding a typed unit below them, outside a city (a district, an ayil aimak,
    # a village of the oblast): what the text is about.
    inside_oblasts: set[str]
    mentions: list[Mention] = field(default_factory=list)
    # Made on first use (few names ask): units holding a candidate of a telling name, by
    # sentence (None: the document); candidates of typed small units, by sentence.
    held: dict[int | None, set[str]] = field(default_factory=dict)
    small: dict[int, list[gz.Unit]] = field(default_factory=dict)

    def holders(self, sentence: int | None) -> set[str]:
        """Units holding a candidate (of its level) of a name of the sentence, or of the
        document, that tells its unit: a typed name, a list's member, a name read as
        inside a unit ("Кызыл-Туу айыл аймагынын Бостон айылы": the Кызыл-Туу that holds
        a Бостон); a bare name read by weaker rules does not tell."""
        if sentence not in self.held:
            self.held[sentence] = {
                a
                for m in self.mentions
                if (sentence is None or m.sentence == sentence) and _tells(m)
                for u in of_levels(m, _unit_levels(m))
                for a in (u.parent, u.district, u.oblast)
                if a
            }
        return self.held[sentence]

    def typed_candidates(self, sentence: int) -> list[gz.Unit]:
        """Every candidate unit of the typed small units of the sentence (a name several
        ayil aimaks share)."""
        if sentence not in self.small:
            self.small[sentence] = [
                u
                for m in self.mentions
                if m.sentence == sentence and m.type_word is not None and m.level in SMALL_LEVELS
                for u in of_levels(m, _unit_levels(m))
            ]
        return self.small[sentence]

    @classmethod
    def of(cls, mentions: list[Mention]) -> Named:
        named = cls({}, set(), {}, {}, {}, {}, set(), mentions)
        for m in mentions:
            if m.unit is not None and m.type_word is not None and m.level in INSIDE_LEVELS:
                if m.unit.oblast:
                    named.inside_oblasts.add(m.unit.oblast)
            if m.type_word is not None and m.level is not None:
                named.typed_at[m.first] = m.units
            if m.unit is not None and m.type_word is not None and m.level in SMALL_LEVELS:
                named.typed_small.setdefault(m.sentence, []).append(m.unit)
            if m.unit is not None:
                named.by_sentence.setdefault(m.sentence, set()).add(m.unit.id)
                named.document.add(m.unit.id)
                if m.level == "district":
                    named.districts.setdefault(m.sentence, set()).add(m.unit.id)
        named.typed_cases = typed_cases(mentions)
        return named


def _tells(m: Mention) -> bool:
    """Does the name tell the unit holding it (Named.holders)?"""
    if m.level is None:
        return False
    return m.type_word is not None or m.group is not None or any(m.rule is r for r in HOLDING_RULES)


def typed_cases(mentions: list[Mention]) -> dict[int, dict[str, list[str]]]:
    """Per sentence, per case of a type word: the levels of the typed names in it."""
    out: dict[int, dict[str, list[str]]] = {}
    for m in mentions:
        if m.type_word is not None and m.level and m.case:
            levels = out.setdefault(m.sentence, {}).setdefault(m.case, [])
            if m.level not in levels:
                levels.append(m.level)
    return out


def resolve_levels(mentions: list[Mention], idx: PlaceIndex) -> None:
    """Decide every mention's level (Mention.settle) and unit, in place."""
    _resolve_typed(mentions, idx)
    _resolve_lists(mentions)
    _resolve_case_siblings(mentions)
    _resolve_columns(mentions)
    named = _resolve_head_titles(mentions)
    for m in mentions:
        # A list member the list gave no level (none of its units has the list's level:
        # "Ноокат районунун Кызыл-Октябрь, Жети-Өгүз районунун ...") is read as a bare name.
        if m.level is not None or m.person or (m.group is not None and m.rule is not None):
            continue
        _resolve_bare(m, named)
    # The bare names now have levels: what they tell of the units holding them counts.
    named = Named.of(mentions)
    # Pick the unit, preferring units inside places named nearby; twice, so that a
    # cell's district helps the ayil aimak beside it.
    for again in range(UNIT_PASSES):
        named = Named.of(mentions) if again else named  # with the units the pass before chose
        for m in mentions:
            if m.level is None:
                continue
            units = of_levels(m, _unit_levels(m))
            if units:
                m.unit = closest(m, units, named)


def _unit_levels(m: Mention) -> tuple[str, ...]:
    """The unit levels of a mention's level: a type word's may name several (шаар: a
    city or a town)."""
    assert m.level is not None
    return LEVEL_UNITS.get(m.level, (m.level,)) if m.type_word else (m.level,)


def _ancestors(u: gz.Unit) -> tuple[str | None, ...]:
    """The unit's nearest ancestors, nearest first: its own parent (the ayil aimak of a
    village), its district, its oblast."""
    return (u.parent, u.district, u.oblast)


def _resolve_head_titles(mentions: list[Mention]) -> Named:
    """Names next to a head's title first ("Мэр Оша"): the unit they name counts as
    named for the bare names after them ("в Оше": the same city)."""
    named = Named.of(mentions)
    headed = [m for m in mentions if m.head is not None and m.level is None and not m.person]
    for m in headed:
        _resolve_bare(m, named)
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


# A city and a town are one kind of unit: a type word of either names both as a city.
CITY_KIND = frozenset({"city", "town"})


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
    groups: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.group is not None:
            groups.setdefault(m.group, []).append(m)
    for members in groups.values():
        bare = [m for m in members if m.level is None]
        typed = [m for m in members if m.level is not None]
        if not bare:
            continue
        if not typed and all(fold(m.name) in NEEDS_TYPE for m in bare):
            for m in bare:  # "Достук, Ынтымак жана Келечек": a list of words, not of places
                m.rule = LIST_OF_WORDS
            continue
        by_case = None if typed else _typed_case_level(bare, cases_now)
        if by_case is not None:
            for m in bare:  # "Ош облусунда, Жалал-Абадда жана Баткенде": oblasts
                m.settle(by_case, SCORE_CASE_OF_TYPED, CASE_OF_TYPED)
            continue
        level = typed[0].level if typed else _shared_level(bare)
        for m in bare:
            if level and of_levels(m, LEVEL_UNITS.get(level, (level,))):
                m.settle(level, SCORE_LIST_LEVEL, LIST_LEVEL)
            elif typed and _small_unit_typed_by_list(m, typed[0]):
                m.type_word = typed[0].type_word  # assemble keeps it as the gazetteer lacks it
                m.settle(typed[0].level or "", SCORE_LIST_LEVEL, LIST_LEVEL)


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
    25 жана Таластан 20"), unless a typed name of that case decides (_resolve_bare)."""
    by_case: dict[tuple[int, str], list[Mention]] = {}
    for m in mentions:
        if m.level is None and m.group is None and not m.cell and veto(m) is None:
            case = morph.case_of(m.name, m.ending)
            if case is not None:
                by_case.setdefault((m.sentence, case), []).append(m)
    if all(len(members) < 2 for members in by_case.values()):
        return  # no siblings
    cases_now = typed_cases(mentions)
    for (sentence, case), members in by_case.items():
        if len(members) < 2 or cases_now.get(sentence, {}).get(case):
            continue
        level = _shared_level(members)
        for m in members:
            if level and of_levels(m, (level,)):
                m.settle(level, SCORE_CASE_SIBLINGS, CASE_SIBLINGS)


def _resolve_columns(mentions: list[Mention]) -> None:
    """Cells of one table column share a level (a column of districts, of ayil aimaks)."""
    columns: dict[int, list[Mention]] = {}
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


def _shared_level(members: list[Mention]) -> str | None:
    votes: Counter[str] = Counter()
    for m in members:
        for level in {u.level for u in m.units}:
            votes[level] += 1
    if not votes:
        return None
    # A tie goes as for a bare name: a city before an oblast ("из Таласа и Оша").
    return max(
        votes,
        key=lambda lv: (
            votes[lv],
            -BARE_RANK.get(lv, BARE_RANK_SPAN + LEVEL_RANK.get(lv, UNRANKED)),
        ),
    )


def _resolve_bare(m: Mention, named: Named) -> None:
    """A bare name outside lists and columns: the first bare-name rule that applies."""
    vetoed = veto(m)
    # A common word opening a sentence is the unit when the text names that unit
    # elsewhere with its type word ("Талас облусунда ... Талас жаштары ...").
    if vetoed in SENTENCE_START_RULES and any(u.id in named.document for u in m.units):
        vetoed = None
    # A common word or a name shaped like a surname names the unit next to the title of
    # its head ("Токтогулдун акими", "Кеминдин акими": the district's head, no man's).
    if m.head is not None and not m.person and any(vetoed is r for r in HEAD_LIFTS):
        vetoed = None
    if vetoed is not None:
        return
    for rule_of in _BARE_RULES:
        found = rule_of(m, named)
        if found is not None:
            m.settle(*found)
            return


Settled = tuple[str, float, Rule]


def _by_dateline(m: Mention, named: Named) -> Settled | None:
    settlements = [u for u in m.units if u.level in DATELINE_LEVELS] if m.dateline else []
    if not settlements:
        return None
    level = min(settlements, key=lambda u: DATELINE_LEVELS[u.level]).level
    return level, SCORE_DATELINE, DATELINE


def _by_genitive_owner(m: Mention, named: Named) -> Settled | None:
    """The unit containing the typed name right after it ("Оштун Чоң-Алай районунан":
    the oblast; "Кадамжайдын Жаш-Тилек айылында": the district)."""
    if morph.case_of(m.name, m.ending) != "genitive":
        return None
    ancestors = {
        a for u in named.typed_at.get(m.last + 1, ()) for a in (u.parent, u.district, u.oblast)
    }
    owners = [u for u in m.units if u.id in ancestors]
    if not owners and m.owns is not None:
        # Its own units of that level ("Чүйдүн үч району"): the level above them.
        owners = [u for u in m.units if u.level == OWNER_LEVEL.get(m.owns)]
    if not owners:
        return None
    return owners[0].level, SCORE_GENITIVE_OWNER, GENITIVE_OWNER


def _by_head_title(m: Mention, named: Named) -> Settled | None:
    """Next to the title of the head of a city or an oblast ("Полпред Нарына")."""
    if m.head is None or not any(u.level == m.head for u in m.units):
        return None
    return m.head, SCORE_HEAD_TITLE, HEAD_TITLE


def _by_named_again(m: Mention, named: Named) -> Settled | None:
    """The unit this document already named (Кара-Суу айыл аймагы ... Кара-Сууда)."""
    again = [u for u in m.units if u.id in named.document]
    # A Russian noun names the city ("в Нарыне") unless the document names only the
    # oblast of that name ("в Нарынской области" ... "Полпред Нарына": the region).
    if m.russian_noun and any(u.level in ("city", "town") for u in again):
        again = [u for u in again if u.level != "oblast"]
    # Russian names a district by its adjective (Нарынский район): "в Нарыне" is no
    # district, even where the text names the district of that name.
    if m.russian_noun:
        again = [u for u in again if u.level != "district"]
    if not again:
        return None
    level = min(again, key=lambda u: LEVEL_RANK.get(u.level, UNRANKED)).level
    return level, SCORE_NAMED_AGAIN, NAMED_AGAIN


def _by_unit_inside(m: Mention, named: Named) -> Settled | None:
    """A name both a city and an oblast names the oblast when the text names, with its
    type word, a district, ayil aimak or village of that oblast: the region it is about
    ("Баткен: ..." over a story of a Kadamjay village) when the name is a headline's
    label, or a Russian noun ("Чиновники в Нарыне" over a story of a village of Kochkor
    district: the annotation conventions, docs/EVALUATION.md). In a Kyrgyz sentence it names the city as a
    bare name does ("ӨСИнин Ош кеңсеси": its office there; "Жалал-Абаддан келген
    эксперттер"), unless it is a demonym: "Нарындыктар" are the people of the region the
    text is about, as "жители Нарына" are.
    """
    if not (m.label or m.russian_noun or _demonym(m)):
        return None
    if not any(u.level == "city" for u in m.units):
        return None
    oblasts = [u for u in m.units if u.level == "oblast" and u.id in named.inside_oblasts]
    if not oblasts:
        return None
    return "oblast", SCORE_INSIDE_DISTRICT, UNIT_INSIDE


def _demonym(m: Mention) -> bool:
    """A name with the derivation 'of the place' (Нарындыктар, Таластыкка)."""
    names = (morph.suffix_names(m.name, m.ending) or ()) if m.ending else ()
    return names[:1] == (DEMONYM_SUFFIX,)


def _by_district(m: Mention, named: Named) -> Settled | None:
    """Inside a district named in the same sentence (Кара-Суу near "Ат-Башы району")."""
    districts = named.districts.get(m.sentence, set())
    inside = [u for u in m.units if u.district in districts or u.parent in districts]
    if not inside:
        return None
    level = min(inside, key=lambda u: LEVEL_RANK.get(u.level, UNRANKED)).level
    return level, SCORE_INSIDE_DISTRICT, INSIDE_DISTRICT


def _by_ayil_aimak(m: Mention, named: Named) -> Settled | None:
    """A village of an ayil aimak the sentence names with its type word ("Кызыл-Туу
    айыл аймагына караштуу Бостондо": Бостон is a village of that ayil aimak)."""
    parents = {
        u.id: CHILD_LEVEL[u.level]
        for u in named.typed_candidates(m.sentence)
        if u.level in CHILD_LEVEL
    }
    inside = [u for u in m.units if u.parent and parents.get(u.parent) == u.level]
    return (inside[0].level, SCORE_INSIDE_DISTRICT, INSIDE_AYIL_AIMAK) if inside else None


def _by_typed_sibling(m: Mention, named: Named) -> Settled | None:
    """A sibling of a small unit typed in the sentence, the type word not repeated:
    same level, same parent ("айылный аймак Семиз-Бел, второе – Ак-Кыя")."""
    siblings = [
        u
        for u in m.units
        for t in named.typed_small.get(m.sentence, ())
        if u.level == t.level and u.parent == t.parent and u.id != t.id
    ]
    return (siblings[0].level, SCORE_TYPED_SIBLING, TYPED_SIBLING) if siblings else None


def _by_typed_case(m: Mention, named: Named) -> Settled | None:
    """Same case as a typed name of the sentence ("Нарын облусунан ..., Ысык-Көлдөн")."""
    case = morph.case_of(m.name, m.ending)
    if case is None:
        return None
    for level in named.typed_cases.get(m.sentence, {}).get(case, []):
        if of_levels(m, (level,)):
            return level, SCORE_CASE_OF_TYPED, CASE_OF_TYPED
    return None


def _by_bare_level(m: Mention, named: Named) -> Settled | None:
    bare = [u for u in m.units if u.level in BARE_LEVELS]
    if not bare:
        return None
    level = min(bare, key=lambda u: BARE_RANK.get(u.level, UNRANKED)).level
    return level, SCORE_BARE_NAME, BARE_NAME


# The bare-name rules, surest first: the first that finds a level decides.
_BARE_RULES = (
    _by_dateline,
    _by_genitive_owner,
    _by_head_title,
    _by_named_again,
    _by_unit_inside,
    _by_district,
    _by_ayil_aimak,
    _by_typed_sibling,
    _by_typed_case,
    _by_bare_level,
)


def closest(m: Mention, units: list[gz.Unit], named: Named) -> gz.Unit:
    """The unit inside a place named in the same sentence, else one holding a unit the
    sentence names, else the same over the document; `m.unit_rule` says which decided
    (vap parse --explain)."""
    if len(units) == 1:
        return units[0]
    written = m.name.casefold()
    scopes = (
        (named.by_sentence.get(m.sentence, set()), named.holders(m.sentence)),
        (named.document, named.holders(None)),
    )

    def evidence(u: gz.Unit) -> tuple[int, ...]:
        # In the sentence, then in the document: the nearest ancestor named decides (its
        # own parent, the ayil aimak of a village, then its district, then its oblast:
        # "Сузак районундагы Таш-Булак айыл аймагынын Таш-Булак айылы"), then a unit
        # named inside it ("Кызыл-Туу айыл аймагынын Бостон айылы").
        out: list[int] = []
        ancestors = _ancestors(u)
        for ids, holders in scopes:  # in the order of EVIDENCE_RULES
            out.append(next((k for k, a in enumerate(ancestors) if a in ids), len(ancestors)))
            out.append(u.id not in holders)
        return tuple(out)

    def spelling(u: gz.Unit) -> int:
        # Folding merges Каракол and Кара-Көл: the name as written breaks the tie, its
        # Kyrgyz name first (Ак-Сай before the Ак-Сайч whose Russian name is Ак-Сай).
        if written == u.name.casefold():
            return 0
        return 1 if written == (u.name_ru or "").casefold() else 2

    ranked = sorted(
        (
            (evidence(u), LEVEL_RANK.get(u.level, UNRANKED), spelling(u), k)
            for k, u in enumerate(units)
        )
    )
    m.unit_rule = _unit_rule(ranked[0][0], ranked[1][0])
    return units[ranked[0][-1]]


def _unit_rule(best: tuple[int, ...], runner_up: tuple[int, ...]) -> Rule:
    """The rule that told the unit apart: the first piece of evidence it is alone to
    have (a named parent, a named unit inside it), or none."""
    if best == runner_up:
        return UNIT_WITHOUT_CONTEXT
    decisive = next(i for i, (a, b) in enumerate(zip(best, runner_up, strict=True)) if a != b)
    return EVIDENCE_RULES[decisive % len(EVIDENCE_RULES)]
