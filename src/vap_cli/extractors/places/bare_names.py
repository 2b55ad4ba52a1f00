"""The bare-name rules: the level of a name no type word, list, case sibling or
table column decided, by the first rule that finds one, surest first (a dateline, a
genitive owner, a head's title, the document's units, the sentence's district or ayil
aimak, a typed sibling or case, the bare level)."""

from __future__ import annotations

from ... import morph
from ...explain import Rule
from ...gazetteer import Unit
from .constants import (
    SCORE_BARE_NAME,
    SCORE_CASE_OF_TYPED,
    SCORE_DATELINE,
    SCORE_GENITIVE_OWNER,
    SCORE_HEAD_TITLE,
    SCORE_INSIDE_DISTRICT,
    SCORE_INSIDE_NAMED_UNIT,
    SCORE_NAMED_AGAIN,
    SCORE_ROUTE_END,
    SCORE_TYPED_SIBLING,
    UNRANKED,
)
from .headlines import headline_region
from .homonyms import GIVEN_NAMES
from .mention import Mention, of_levels
from .named_units import Named, held_by, small_unit_held, words_end
from .rules import (
    ATTRIBUTIVE_OPENING,
    BARE_NAME,
    CASE_OF_TYPED,
    COMMON_WORD_SENTENCE_START,
    DATELINE,
    ESTABLISHMENT_CITY,
    EVENT_VENUE,
    GENITIVE_OWNER,
    HEAD_TITLE,
    HOME_OPENING,
    INSIDE_AYIL_AIMAK,
    INSIDE_DISTRICT,
    INSIDE_NAMED_UNIT,
    LOCATED_OWNER,
    NAMED_AGAIN,
    NAMED_CENTRE,
    NEEDS_TYPE_WORD,
    OFFICE_CITY,
    OWNER_OF_UNKNOWN_UNIT,
    PERSON_NAME,
    ROUTE_END,
    SMALL_UNIT_SENTENCE_START,
    SURNAME_AFTER_PREPOSITION,
    SURNAME_SHAPED_UNIT,
    TYPED_UNIT_DISTRICT,
    UNIT_INSIDE,
    veto,
)
from .siblings import by_typed_sibling, listed_sibling, sibling_source
from .vocabulary import (
    BARE_LEVELS,
    BARE_RANK,
    CHILD_LEVEL,
    CITY_KIND,
    DATELINE_LEVELS,
    LEVEL_RANK,
    OWNER_LEVEL,
    ROUTE_LEVELS,
    SMALL_LEVELS,
    fold,
)

# Vetoes of a bare name that the title of its head next to it lifts.
HEAD_LIFTS = (NEEDS_TYPE_WORD, COMMON_WORD_SENTENCE_START, PERSON_NAME)
# A word capitalised for opening its sentence is the unit the text names elsewhere with
# its type word.
SENTENCE_START_RULES = (COMMON_WORD_SENTENCE_START, SMALL_UNIT_SENTENCE_START)
# The suffix of a demonym (lexicon morphology.yaml): Нарын + дык "of Naryn".
DEMONYM_SUFFIX = "belonging"
# Words that may stand between two names of a list of rows ("жана", "и", a row's noun),
# and the names a list of units holds at most (seven oblasts and two cities).
LIST_MEMBER_GAP = 1
LIST_MEMBERS_MAX = 12


def resolve_bare(m: Mention, named: Named) -> None:
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
    if vetoed is NEEDS_TYPE_WORD and inside_typed_list(m, named):
        vetoed = None
    # "..., Курманбектен 9 киши": a given name's shape in the ablative, its count after
    # it, a sibling of a small unit typed in its sentence, is a row of a list of sources
    # (siblings.py)
    if vetoed is PERSON_NAME and not m.person and sibling_source(m, named):
        vetoed = None
    # "Мирмахмудовдогу Будайлык айылында": in the attributive or locative right before
    # a typed unit inside it, a name shaped like a surname is the unit holding it.
    owners = _located_owners(m, named) if vetoed is PERSON_NAME else []
    if owners:
        m.settle(owners[0].level, SCORE_GENITIVE_OWNER, LOCATED_OWNER)
        return
    if vetoed is PERSON_NAME and not m.person and (m.dateline or m.owned or m.origin):
        _settle_surname_shaped(m, named)
        return
    if vetoed is not None:
        return
    # Between typed names of its case in its sentence, a member of their list, though
    # the document names a unit of another level so ("Сузактан 24, Токтогулдан 13,
    # Чаткал райондорунан 7" beside "Токтогул шаардык кеңеши": the district).
    found = _by_typed_case(m, named) if inside_typed_list(m, named) else None
    if found is not None:
        m.settle(*found)
        return
    for rule_of in _BARE_RULES:
        found = rule_of(m, named)
        if found is not None:
            m.settle(*found)
            return


Settled = tuple[str, float, Rule]


def _settle_surname_shaped(m: Mention, named: Named) -> None:
    """A name shaped like a surname in a unit's own slot, with no given name or initial
    beside it (opening a dateline, after its owner's type word; or a Russian case form
    after a preposition of origin or place, in its case): settled as the bare-name rules
    settle a name, the rule its own."""
    found = next(filter(None, (rule_of(m, named) for rule_of in _BARE_RULES)), None)
    if found is None:
        return
    own_slot = m.dateline or m.owned
    m.settle(found[0], found[1], SURNAME_SHAPED_UNIT if own_slot else SURNAME_AFTER_PREPOSITION)


def inside_typed_list(m: Mention, named: Named) -> bool:
    """A name that needs a type word, between two typed names of its sentence in its
    case ("Сузак районунан 40, Аксыдан 30, Токтогулдан 18, Жалал-Абад шаарынан 22"): a
    member of their list, typed by them (then read by its case, `_by_typed_case`)."""
    case = morph.case_of(m.name, m.ending)
    if case is None:
        return False
    typed = [
        t.first for t in named.in_sentence(m.sentence) if t.type_word is not None and t.case == case
    ]
    return any(k < m.first for k in typed) and any(k > m.last for k in typed)


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
        owners = _owner_of_own_units(m, named)
    if not owners:
        return _owner_of_unknown(m, named)
    return owners[0].level, SCORE_GENITIVE_OWNER, GENITIVE_OWNER


def _owner_of_unknown(m: Mention, named: Named) -> Settled | None:
    """Before a typed village or ayil aimak the gazetteer lacks, the nearest level above
    it that a bare name names and the name has: a district before a town of its name
    ("Кадамжайдын Ат-Үңкүр айылында"; an oblast, city, district or town, BARE_LEVELS,
    holds a village only through its district)."""
    typed = named.starting_at.get(m.last + 1)
    if typed is None or typed.type_word is None or typed.units or typed.level not in SMALL_LEVELS:
        return None
    level = OWNER_LEVEL.get(typed.level)
    while level is not None:
        if level in BARE_LEVELS and any(u.level == level for u in m.units):
            return level, SCORE_GENITIVE_OWNER, OWNER_OF_UNKNOWN_UNIT
        level = OWNER_LEVEL.get(level)
    return None


# The cases of a name that holds the typed unit after it: "X-дагы Y айылында" (Y in X).
_LOCATED_CASES = ("attributive", "locative")


def _located_owners(m: Mention, named: Named) -> list[Unit]:
    """Its units that hold the typed name right after it, when it is in the attributive
    or the locative ("Мирмахмудовдогу Будайлык айылында", "Кадамжайдагы Жаш-Тилек
    айылында")."""
    if morph.case_of(m.name, m.ending) not in _LOCATED_CASES:
        return []
    ancestors = {
        a for u in named.typed_at.get(m.last + 1, ()) for a in (u.parent, u.district, u.oblast)
    }
    return [u for u in m.units if u.id in ancestors]


def _owner_of_own_units(m: Mention, named: Named) -> list[Unit]:
    """Its own units of a level ("Чүйдүн үч району"): of its units above that level, the
    ones the document names ("Ысык-Көл облусунда ..." ... "Ысык-Көлдүн 8 айылы": the
    oblast's villages, not those of an ayil aimak of that name); else of the levels
    above, the nearest a bare name names (BARE_LEVELS), else the nearest the name has.
    "Кочкордун айылдары" is the district's villages, as a bare Кочкор is the district,
    not its ayil aimak of that name; "Жазынын айылдары" the ayil aimak's (no district is
    named Жазы)."""
    above: list[str] = []
    level = OWNER_LEVEL.get(m.owns) if m.owns is not None else None
    while level is not None and level not in above:
        above.append(level)
        level = OWNER_LEVEL.get(level)
    named_owners = [u for u in m.units if u.level in above and u.id in named.document]
    if named_owners:
        return named_owners
    for lv in sorted(above, key=lambda lv: lv not in BARE_LEVELS):  # stable: nearest first
        owners = [u for u in m.units if u.level == lv]
        if owners:
            return owners
    return []


def _by_head_title(m: Mention, named: Named) -> Settled | None:
    """Next to the title of the head of a city or an oblast ("Полпред Нарына")."""
    if m.head is None or not any(u.level == m.head for u in m.units):
        return None
    return m.head, SCORE_HEAD_TITLE, HEAD_TITLE


def _by_office(m: Mention, named: Named) -> Settled | None:
    """Before an office's noun ("АРИСтин Ош кеңсеси"): the city the office is in."""
    return ("city", SCORE_HEAD_TITLE, OFFICE_CITY) if m.office else None


def _by_establishment(m: Mention, named: Named) -> Settled | None:
    """Where an establishment stands ("Оштогу «Алай» мейманканасында"): the city."""
    return ("city", SCORE_HEAD_TITLE, ESTABLISHMENT_CITY) if m.establishment else None


def _by_centre(m: Mention, named: Named) -> Settled | None:
    """A name the text calls a centre ("в Кара-Суу (районный центр)"): its settlement."""
    if not m.centre:
        return None
    levels = {u.level for u in m.units}
    level = next((lv for lv in ROUTE_LEVELS if lv in levels), None)
    return None if level is None else (level, SCORE_HEAD_TITLE, NAMED_CENTRE)


def _by_event_venue(m: Mention, named: Named) -> Settled | None:
    """Where an event is held ("на семинаре в Оше", "в Нарыне пройдет форум"): the
    city, though the text names the oblast of that name or units inside it."""
    return ("city", SCORE_HEAD_TITLE, EVENT_VENUE) if m.venue else None


def _by_route_end(m: Mention, named: Named) -> Settled | None:
    """An end of a way between places ("Сары-Таштан Гүлчөгө жетүү"): the settlement
    of its name (`settlement_level`)."""
    level = settlement_level(m, named) if m.route else None
    return None if level is None else (level, SCORE_ROUTE_END, ROUTE_END)


def settlement_level(m: Mention, named: Named) -> str | None:
    """The settlement of a name (a way's end, a listed venue), though the text names the
    ayil aimak or district of that name; of a district's or oblast's name only a
    settlement inside it, its centre ("Кочкордон": the village Кочкор of Кочкор district;
    no village Ак-Талаа of another district is the district Ак-Талаа's way's end)."""
    large = {u.id for u in m.units if u.level in _LARGE_LEVELS}
    levels = {
        u.level
        for u in m.units
        if u.level in ROUTE_LEVELS and (not large or large & {u.district, u.oblast})
    }
    level = next((lv for lv in ROUTE_LEVELS if lv in levels), None)
    if level is not None and "village" in levels and _by_village_not_town(m, named):
        level = "village"  # "Жыл-Колдон Кызыл-Жарга чейин": the village of the document's unit
    return level


# The levels whose name a settlement inside them takes (a district's or oblast's centre).
_LARGE_LEVELS = frozenset({"district", "oblast"})


def _by_named_again(m: Mention, named: Named) -> Settled | None:
    """The unit this document already named (Кара-Суу айыл аймагы ... Кара-Сууда)."""
    again = [u for u in m.units if u.id in named.document and u.id not in _owner_ids(m, named)]
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


def _owner_ids(m: Mention, named: Named) -> set[str]:
    """The units of the typed genitive right before a name in its owner's slot: a unit
    owns no unit of its own name ("Базар-Коргон районунун Базар-Коргон айыл аймагы")."""
    owner = named.ending_at.get(m.first) if m.owned else None
    return set() if owner is None or owner.type_word is None else {u.id for u in owner.units}


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


def _by_demonym_inside(m: Mention, named: Named) -> Settled | None:
    """A demonym of a name both a city and an oblast, in a text naming a unit inside
    the oblast, is the oblast even where the text names the city too ("Баткен шаарында
    ... Лейлек районунан ... Баткендиктер үчүн"): its people are the region's."""
    return _by_unit_inside(m, named) if _demonym(m) else None


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
    if not inside:
        return None
    return listed_sibling(m, named) or (inside[0].level, SCORE_INSIDE_DISTRICT, INSIDE_AYIL_AIMAK)


def _by_document_unit(m: Mention, named: Named) -> Settled | None:
    """An ayil aimak or village of a district or ayil aimak the document names with its
    type word, in another sentence ("Жумгал районунда жыйын болду. ... Кабакта жашаган
    мугалим"): a text about a district names its small units bare. Not a given name
    ("Андан кийин Осмон сүйлөдү": a man, though a village of the district is Осмон), nor
    an inflected word opening its sentence: its capital says nothing, and many small
    units are named by common words ("Майданда 200 жаш катышты": on the square), unless
    a participle says a person lives or is from there ("Кабакта жашаган", homes.py). A
    bare name opening a line is a row's name ("Арык-Бою — 7-февраль — клуб")."""
    opening = m.opens_sentence and m.ending
    if (opening and not (m.home or m.compound_attributive)) or fold(m.name) in GIVEN_NAMES:
        return None
    holders = named.typed_holders
    inside = [u for u in m.units if small_unit_held(u, holders)]
    if not inside:
        return None
    # The smallest: a bare name where people live or go is the village; an ayil aimak of
    # that name without a village of it is the ayil aimak.
    level = max(inside, key=lambda u: LEVEL_RANK.get(u.level, UNRANKED)).level
    # An inflected opener is read only where a person lives or is from, or as a compound
    # name in the attributive before a noun (homes.py).
    if not opening:
        return level, SCORE_INSIDE_NAMED_UNIT, INSIDE_NAMED_UNIT
    return level, SCORE_INSIDE_NAMED_UNIT, HOME_OPENING if m.home else ATTRIBUTIVE_OPENING


def _by_typed_unit_district(m: Mention, named: Named) -> Settled | None:
    """The district of a small unit typed just before it, named bare: that district,
    not a sibling of the unit of the same name ("Кызыл-Суу айыл аймагы (Жети-Өгүз)":
    where the ayil aimak is, not the Жети-Өгүз ayil aimak beside it). Only the word
    right after the typed unit: a sibling stands apart, after a word of its own
    ("айылный аймак Кызыл-Суу, второе – Жети-Огуз": places.typed_sibling). Not a name
    that is also a town: "Специалисты из Узгена ... в айыл окмоту Жазы" came from the
    town."""
    if any(u.level in CITY_KIND for u in m.units):
        return None
    typed = named.ending_at.get(m.first)
    if typed is None or typed.unit is None or typed.type_word is None:
        return None
    if typed.level not in SMALL_LEVELS:
        return None
    parents = [u for u in m.units if u.id == typed.unit.parent]
    return (parents[0].level, SCORE_TYPED_SIBLING, TYPED_UNIT_DISTRICT) if parents else None


def _by_typed_case(m: Mention, named: Named) -> Settled | None:
    """Same case as a typed name of the sentence ("Нарын облусунан ..., Ысык-Көлдөн")."""
    case = morph.case_of(m.name, m.ending)
    if case is None:
        return None
    typed = named.typed_cases.get(m.sentence, {})
    for level in typed.get(case, []):
        if level == "district" and _city_and_oblast(m):
            # "Жалал-Абаддагы Масы айыл өкмөтү менен Чүй облусунун Ысык-Ата районундагы
            # ...": in a district's place, the oblast its sentence's rows name
            if any("oblast" in levels for levels in typed.values()):
                return "oblast", SCORE_CASE_OF_TYPED, CASE_OF_TYPED
            continue
        if of_levels(m, (level,)):
            return level, SCORE_CASE_OF_TYPED, CASE_OF_TYPED
    return None


def _city_and_oblast(m: Mention) -> bool:
    """A name both a city and an oblast (Ош, Нарын, Баткен, Талас, Жалал-Абад): bare, it
    names the oblast or the city (the real README), not the district of its name that
    a typed district of the sentence in its case would make it; with an oblast typed in
    its sentence too (rows naming an oblast, then a district), the oblast (round 43)."""
    return {"city", "oblast"} <= {u.level for u in m.units}


def _by_oblast_case(m: Mention, named: Named) -> Settled | None:
    """A name both a city and an oblast in the case of an oblast typed in its sentence
    is one more oblast of its list ("Ош облусунан 58, Жалал-Абаддан 61, ..., Нарындан 35
    өкүл"), though the text names the city elsewhere ("Нарын шаарында")."""
    levels = {u.level for u in m.units}
    if not {"city", "oblast"} <= levels:
        return None
    found = _by_typed_case(m, named)
    if found is None or found[0] != "oblast" or not _listed_with_typed(m, named, "oblast"):
        return None
    return found


def _by_district_case(m: Mention, named: Named) -> Settled | None:
    """A name both a district and a smaller unit in the case of a district typed in its
    sentence, one list with it, is one more district of the list ("5-7-мартта Кочкор
    районунда, 12-14-мартта Жумгалда, 19-21-мартта Ат-Башыда": a schedule by district),
    though the text names the village of that name elsewhere ("Ат-Башы айылында")."""
    levels = {u.level for u in m.units}
    if "district" not in levels or levels.isdisjoint(SMALL_LEVELS):
        return None
    found = _by_typed_case(m, named)
    if found is None or found[0] != "district" or not _listed_with_typed(m, named, "district"):
        return None
    return found


def _listed_with_typed(m: Mention, named: Named, level: str) -> bool:
    """m is reached from a unit of this level typed through names of one list, each at most
    LIST_MEMBER_GAP words from the one before ("Ош облусунан 40, Таластан 20, Нарындан
    25": the counts are no words here), not a name elsewhere in the sentence ("Ош
    облусунан келген өкүлдөр Нарындан кетишти")."""
    for step in (-1, 1):
        here = m
        for _ in range(LIST_MEMBERS_MAX):
            found = _next_member(here, named, step)
            if found is None or found.sentence != m.sentence:
                break
            if found.type_word is not None and found.type_word.level == level:
                return True
            here = found
    return False


def _next_member(m: Mention, named: Named, step: int) -> Mention | None:
    """The mention next to m (before it: step -1, after it: +1) with at most
    LIST_MEMBER_GAP words between."""
    for gap in range(LIST_MEMBER_GAP + 1):
        found = (
            named.ending_at.get(m.first - gap)
            if step < 0
            else named.starting_at.get(words_end(m) + gap)
        )
        if found is not None:
            return found
    return None


# The levels of a settlement a bare name may name besides a village of that name.
_TOWN_LEVELS = frozenset({"city", "town"})


def _by_village_not_town(m: Mention, named: Named) -> Settled | None:
    """A name of a village inside a district or ayil aimak the document names with its
    type word, and of a city or town outside them (no oblast's name: the oblast centres
    have their own rules), is the village: "Назаралиев айыл аймагы ... Кызыл-Жардагы
    эски имарат" (the town Кызыл-Жар is Таш-Көмүр's), "в Кара-Бууринском районе ... из
    Кара-Суу" (the city Кара-Суу is in Ош oblast). Not a city of an oblast's or the
    republic's own (no district: Каракол, Кызыл-Кыя), the city a text names bare as it
    does an oblast's centre ("Ак-Суу районунда ... Караколдогу облустук мелдешке")."""
    holders = named.typed_holders
    if not holders or any(u.level == "oblast" or _large_city(u) for u in m.units):
        return None
    towns = [u for u in m.units if u.level in _TOWN_LEVELS]
    if not towns or any(held_by(u, holders) for u in towns):
        return None
    if not any(u.level == "village" and held_by(u, holders) for u in m.units):
        return None
    return "village", SCORE_INSIDE_NAMED_UNIT, INSIDE_NAMED_UNIT


def _large_city(u: Unit) -> bool:
    """A city of an oblast's or the republic's own: no district holds it."""
    return u.level == "city" and u.district is None


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
    _by_office,
    _by_establishment,
    _by_centre,
    _by_event_venue,
    _by_route_end,
    _by_demonym_inside,
    _by_oblast_case,
    _by_district_case,
    # (one more member of a list of ayil aimaks in their type word's case, even where the
    # document named the district of that name: "Чолпон айыл аймагынан 5, Кочкордон 7, ..."
    # in a text on Кочкор district)
    listed_sibling,
    headline_region,
    _by_named_again,
    _by_unit_inside,
    _by_district,
    _by_ayil_aimak,
    _by_typed_unit_district,
    by_typed_sibling,
    _by_typed_case,
    _by_village_not_town,
    _by_bare_level,
    _by_document_unit,
)
