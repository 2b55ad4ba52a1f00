"""Sweep cells of places precision (issue 14): a gazetteer name that, in its sentence,
is something else, by class, each with negative cells (the name must not be a place)
and positive ones (the same name as the unit, which must stay). Names come from the
gazetteer and the lexicons (given names, the words that need a type word, the nouns of
organisations), the sentences are team-written templates. places_cells.cells() adds
them; each family (`hom.<class>`) has a floor in test_places_paradigm.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from places_cells import RU_TAIL, Cell, _bare_level, _sample, _sweepable, key

from vap_cli import gazetteer, morph
from vap_cli.extractors.places.homonyms import ADDRESS_AFTER, GIVEN_NAMES
from vap_cli.extractors.places.vocabulary import COMMON_WORDS, LEX, NEEDS_TYPE, looks_like_person
from vap_cli.fold import fold
from vap_cli.lexicon import load

# Bare-level names (every oblast and city, every other district) that are no common
# word: a bare name of these is a place by itself, so a cell tests the context alone.
BARE = ("oblast", "city", "district")


def _bare_names(g: gazetteer.Gazetteer) -> list[tuple[str, str]]:
    """(name, the level a bare name of it takes: the city before the oblast)."""
    seen: dict[str, str] = {}
    for level in BARE:
        for unit in _sample(g, level):
            k = fold(unit.name)
            bare = _bare_level(g, unit.name)
            if k not in NEEDS_TYPE and k not in COMMON_WORDS and bare and unit.name not in seen:
                seen[unit.name] = bare
    return sorted(seen.items(), key=lambda kv: (BARE.index(kv[1]), kv[0]))


def _absent(cls: str, text: str, name: str) -> Cell:
    return Cell(cls, text, absent=frozenset({fold(name)}))


# ------------------------------------------------------------ (d) organisations, events

# A sentence after an organisation's noun, by the noun's case (its possessive form).
ORG_TEMPLATES = {
    "possessive": "{x} жаңы долбоорун көрсөттү.",
    "genitive_p": "{x} өкүлдөрү жыйынга катышты.",
    "locative_p": "{x} жыйын өттү.",
    "dative_p": "{x} 300 киши келди.",
}


# Russian sentences with an organisation's noun right before a bare name.
RU_ORG_BEFORE = [
    "Самолет приземлился в аэропорту {x} вечером.",
    "Гостиница {x} открылась после ремонта.",
    "Рейд прошел на рынке {x} в выходные.",
    "Сотрудники ОсОО {x} провели субботник.",
]


def hom_organizations(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A bare name before an organisation's or event's noun (any of the lexicon's, in
    its cases): the organisation's name. Positive: the unit's own bodies."""
    nouns = [w for w in LEX["organization_after"] if w.islower()]
    names = _bare_names(g)
    for n, (name, _) in enumerate(names):
        for k, (case, template) in enumerate(ORG_TEMPLATES.items()):
            noun = nouns[(n + k) % len(nouns)]
            x = f"{name} {morph.inflect(noun, *(['possessive'] if case == 'possessive' else ['possessive', case]))}"
            yield _absent(f"hom.org.{case}", template.format(x=x), name)
    for n, (name, _) in enumerate(names):
        word = TITLE_WORDS[n % len(TITLE_WORDS)]
        text = (
            f"{name} {word} {morph.inflect('гезит', 'possessive', 'genitive_p')} кабарчысы жазды."
        )
        yield _absent("hom.org.title_between", text, name)
        before = RU_ORG_BEFORE[n % len(RU_ORG_BEFORE)]
        yield _absent("hom.org.ru_before", before.format(x=name) + RU_TAIL, name)
    for name, level in names:
        if level == "oblast":
            text = f"{name} облустук ооруканасына жаңы жабдуулар берилди."
            yield Cell("hom.org.own_body", text, frozenset({key("oblast", name)}))
        elif level == "city":
            text = f"{name} шаардык мэриясы жыйын өткөрдү."
            yield Cell("hom.org.own_body", text, frozenset({key("city", name)}))


# Second words of a quoted firm's name (team-written: water, milk, building, food, gold).
TITLE_WORDS = ["Суу", "Сүт", "Курулуш", "Азык", "Алтын", "Тазалык"]


def hom_quoted(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A name opening a short quoted title ('"Нарын Суу" ишканасы'); positive: a
    quoted name with its type word, a quoted speech naming the unit."""
    names = _bare_names(g)
    for n, (name, _) in enumerate(names):
        word = TITLE_WORDS[n % len(TITLE_WORDS)]
        yield _absent("hom.quoted.title", f'"{name} {word}" ишканасы жаңы цех ачты.', name)
        yield _absent("hom.quoted.lower", f'"{name} {word.lower()}" ишканасы иштейт.', name)
        yield _absent("hom.quoted.ru", f"ОсОО «{name} {word}» открыло новый цех.{RU_TAIL}", name)
    for name, level in names:
        said = f'Аким: "{morph.inflect(name, "locative")} жаңы мектеп ачылат" деди.'
        yield Cell("hom.quoted.speech", said, frozenset({key(level, name)}))
    for unit in _sample(g, "ayil_aimak"):
        text = f'"{unit.name}" айыл аймагында жыйын өттү.'
        yield Cell("hom.quoted.typed", text, frozenset({key("ayil_aimak", unit.name)}))


# ------------------------------------------------------------ (a) persons

FATHERS = ["Асан уулу", "Бакыт кызы", "Осмон уулу", "Токтосун кызы"]
SURNAMES = ["Асанов", "Токтосунова", "Бакиров", "Мамытова", "Осмонов", "Сатыбалдиев"]


def _given_places(g: gazetteer.Gazetteer) -> list[str]:
    """Given names (lexicon) that are gazetteer names, as the gazetteer spells them."""
    out = []
    for names in load("given_names").values():
        for name in names:
            if fold(name) in GIVEN_NAMES and g.lookup(name) and _sweepable(g, g.lookup(name)[0]):
                out.append(name)
    return sorted(set(out))


def hom_persons(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A given name (of the lexicon, or a bare-level name) beside a surname, after it
    in the official order, or before a word of address: the person's. Positive: a
    place after a surname with its type word."""
    address = sorted(ADDRESS_AFTER)
    names = [n for n, _ in _bare_names(g)] + _given_places(g)
    for n, name in enumerate(names):
        surname = SURNAMES[n % len(SURNAMES)]
        yield _absent("hom.person.given_first", f"Жыйынды {name} {surname} ачты.", name)
        yield _absent("hom.person.surname_first", f"{surname} {name} жыйынды ачты.", name)
        father = FATHERS[n % len(FATHERS)]
        yield _absent("hom.person.patronymic", f"Жыйынды {father} {name} ачты.", name)
        yield _absent("hom.person.patronymic", f"{surname} {name} {father} сөз сүйлөдү.", name)
        word = address[n % len(address)]
        yield _absent("hom.person.address", f"Сөздү {name} {word} алды.", name)
        yield _absent("hom.person.ru", f"Выступил {name} {surname}, глава района.{RU_TAIL}", name)
        # the head's given name (a given name of the lexicon): not a city's name, and
        # not one an ayil aimak has too ("глава айыл окмоту Атай Осмонов" may be the
        # head of the Атай ayil aimak)
        if fold(name) in GIVEN_NAMES and not g.lookup(name, "ayil_aimak"):
            text = f"Глава айыл окмоту {name} {surname} провел сход.{RU_TAIL}"
            yield _absent("hom.person.ru_head", text, name)
    for name, level in _bare_names(g):
        if level == "city":
            text = f"{SURNAMES[1]} {name} шаардык кеңешинин депутаты болуп шайланды."
            yield Cell("hom.person.body_after_surname", text, frozenset({key(level, name)}))
    for level, noun in (("oblast", "облус"), ("district", "район")):
        typed = morph.inflect(noun, "possessive", "dative_p")
        for unit in _sample(g, level):
            if fold(unit.name) in NEEDS_TYPE or not _sweepable(g, unit):
                continue
            text = f"Депутат {SURNAMES[0]} {unit.name} {typed} барды."
            yield Cell("hom.person.typed_after_surname", text, frozenset({key(level, unit.name)}))


def _named_after_people(g: gazetteer.Gazetteer) -> list[gazetteer.Unit]:
    """Ayil aimaks named after a person: a given name and a surname or an epithet
    ("Болот Мамбетов", "Курманжан Датка", "Бердике Баатыр"), or a surname alone."""
    epithets = tuple(w.casefold() for w in LEX["epithets_after"])
    out = []
    for unit in g.units("ayil_aimak"):
        last = unit.name.split()[-1]
        if unit.name.startswith(("Им.", "Биринчи")) or not re.fullmatch(
            r"[А-ЯӨҮҢа-яөүң -]+", unit.name
        ):
            continue
        if looks_like_person(last) or (" " in unit.name and last.casefold().startswith(epithets)):
            out.append(unit)
    return out


def hom_named_after(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """An ayil aimak named after a person names the person before "атындагы" and no
    type word, or in the genitive before a monument; with its type word, the unit."""
    for unit in _named_after_people(g):
        district = g.district_name(unit)
        if district is None:
            continue
        d_loc = f"{district} {morph.inflect('район', 'possessive', 'locative_p')}"
        head, _, last = unit.name.rpartition(" ")
        genitive = f"{head} {morph.inflect(last, 'genitive')}".strip()
        yield _absent(
            "hom.named_after.museum", f"{d_loc} {unit.name} атындагы музей ачылды.", unit.name
        )
        yield _absent("hom.named_after.monument", f"{d_loc} {genitive} эстелиги ачылды.", unit.name)
        typed = f"{d_loc} {unit.name} атындагы айыл {morph.inflect('аймак', 'possessive', 'locative_p')} жыйын өттү."
        yield Cell(
            "hom.named_after.typed",
            typed,
            frozenset({key("ayil_aimak", unit.name)}),
            allowed=frozenset({key("district", district)}),
        )


# ------------------------------------------------------------ (b) common words


def hom_common(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A village or ayil aimak whose name is a common word (the lexicon's
    needs_type_word), capitalised inside a sentence that names its district: a word.
    Positive: the same name with its type word under that district."""
    for word in LEX["needs_type_word"]:
        for unit in g.lookup(word):
            if unit.level not in ("village", "ayil_aimak") or fold(unit.name) != fold(word):
                continue
            district = g.district_name(unit)
            # a name a district has too is named again, not a word ("Манас районунда Манас")
            if district is None or any(u.level in BARE for u in g.lookup(word)):
                continue
            typed = (
                f"{district} районунун {word} {morph.inflect('айыл', 'possessive', 'locative_p')}"
            )
            level = "village"
            if unit.level == "ayil_aimak":
                typed = f"{district} районунун {word} айыл {morph.inflect('аймак', 'possessive', 'locative_p')}"
                level = "ayil_aimak"
            d_loc = f"{district} {morph.inflect('район', 'possessive', 'locative_p')}"
            yield _absent("hom.common.in_district", f"{d_loc} {word} жөнүндө сөз болду.", word)
            yield Cell(
                f"hom.common.typed.{level}",
                f"{typed} жыйын өттү.",
                frozenset({key(level, word)}),
                allowed=frozenset({key("district", district)}),
            )
            break


# Kyrgyz common nouns that are names of villages (team-written, each with a word that
# follows it in a phrase): construction works, garden, field works, peace, the yurt,
# education, culture, gold, sand, swamp, the border, apple orchards, walnut forest.
COMMON_NOUNS = {
    "Курулуш": "иштери",
    "Бак": "бакчалары",
    "Талаа": "иштери",
    "Тынчтык": "жана ынтымак",
    "Боз": "үйлөр",
    "Агартуу": "иштери",
    "Маданият": "үйүнүн ишмерлери",
    "Алтын": "кени",
    "Кум": "төшөлгөн жолдор",
    "Саз": "жерлер",
    "Чек": "ара",
    "Алма": "бактары",
    "Жаңгак": "токою",
}


def hom_sentence_start(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A village's name that is a common noun opening a sentence before a lower-case
    word, the district it lies in named after it: a word. Positive: the village with
    its type word, and with a case ending, in the same sentence."""
    for word, tail in COMMON_NOUNS.items():
        for unit in g.lookup(word):
            district = g.district_name(unit)
            if district is None or fold(unit.name) != fold(word):
                continue
            d_loc = f"{district} {morph.inflect('район', 'possessive', 'locative_p')}"
            level = "village" if unit.level == "village" else "ayil_aimak"
            yield _absent("hom.common.sentence_start", f"{word} {tail} {d_loc} уланууда.", word)
            type_word = "айыл" if level == "village" else "айыл аймак"
            typed = f"{type_word.rsplit(' ', 1)[0]} " if " " in type_word else ""
            last = morph.inflect(type_word.split()[-1], "possessive", "locative_p")
            text = f"{d_loc} {word} {typed}{last} {tail.split()[0]} уланууда."
            people = f"{word} {morph.inflect('тургун', 'plural', 'possessive')} {d_loc} чогулушту."
            yield Cell(
                "hom.common.sentence_start_people",
                people,
                frozenset({key(level, unit.name)}),
                allowed=frozenset({key("district", district)}),
            )
            yield Cell(
                "hom.common.sentence_start_typed",
                text,
                frozenset({key(level, unit.name)}),
                allowed=frozenset({key("district", district)}),
            )
            break


# ------------------------------------------------------------ (c) foreign places

FOREIGN_NEGATIVE = [
    "Делегация Москва шаарында болду.",
    "Мигранттар Москвадан кайтып келишти.",
    "Бишкек менен Москванын ортосунда келишим түзүлдү.",
    "Делегация Москва облусунан келди.",
]
FOREIGN_NEGATIVE_RU = [
    "Делегация вернулась из Москвы.",
    "Форум прошел в Москве.",
    "Глава Московской области встретился с делегацией.",
]
FOREIGN_POSITIVE = [
    ("Москва районунда жыйын өттү.", "district:Москва"),
    ("Чүй облусунун Москва районунун тургундары келишти.", "district:Москва"),
    ("Москва жана Сокулук райондорунан өкүлдөр келишти.", "district:Москва"),
]
FOREIGN_POSITIVE_RU = [
    ("В Московском районе открыли школу.", "district:Москва"),
    ("Жители Московского района собрались на сход.", "district:Москва"),
]


def hom_foreign(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """The Russian capital (the README: foreign places are not places) and the Chüy
    district of its name."""
    for text in FOREIGN_NEGATIVE:
        yield _absent("hom.foreign.ky", text, "Москва")
    for text in FOREIGN_NEGATIVE_RU:
        yield _absent("hom.foreign.ru", text + RU_TAIL, "Москва")
    for text, place in FOREIGN_POSITIVE:
        yield Cell(
            "hom.foreign.district",
            text,
            frozenset({place}),
            allowed=frozenset({"oblast:Чүй", "district:Сокулук"}),
        )
    for text, place in FOREIGN_POSITIVE_RU:
        yield Cell("hom.foreign.district_ru", text + RU_TAIL, frozenset({place}))


# ------------------------------------------------------------ (e) plurals, demonyms


def hom_plurals(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A bare name with a plural ending of its own is a common word ("Кочкорлор");
    positive: the same name with a case ending, a place."""
    for name, level in _bare_names(g):
        plural = morph.inflect(name, "plural")
        yield _absent("hom.plural.nominative", f"Жыйынга {plural} келишти.", name)
        yield _absent(
            "hom.plural.dative", f"{morph.inflect(name, 'plural', 'dative')} жардам берилди.", name
        )
        text = f"Жыйын {morph.inflect(name, 'locative')} өттү."
        yield Cell("hom.plural.near_miss", text, frozenset({key(level, name)}))


def cells(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    for make in (
        hom_organizations,
        hom_quoted,
        hom_persons,
        hom_named_after,
        hom_common,
        hom_sentence_start,
        hom_foreign,
        hom_plurals,
    ):
        yield from make(g)
