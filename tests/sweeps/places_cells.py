"""The cells of the places paradigm sweep (issue 14): every level of unit x the forms
Kyrgyz and Russian give its name (case endings with their harmony and assimilation,
the possessive after a type word, abbreviations, Russian adjectives in every case and
gender, nouns in cases, lists, parent chains, spelling variants), and near misses that
must give nothing.

The names come from the gazetteer, sampled deterministically (every n-th unit), the
sentences are team-written templates. Each cell is (class, text, expected places):
a positive cell expects its places among those found and nothing else; a negative
cell expects none of its `absent` places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from vap_cli import gazetteer, morph
from vap_cli.extractors.places.vocabulary import looks_like_person
from vap_cli.fold import fold

# Every n-th unit of a level is swept (deterministic; all oblasts and cities).
STEP = {"oblast": 1, "city": 1, "town": 1, "district": 2, "ayil_aimak": 17, "village": 71}

KY_CASES = ("genitive", "dative", "accusative", "locative", "ablative", "attributive")

# Kyrgyz sentences around a name and its type word, by the case of the type word
# ("nominative" is the bare possessive: "Нарын облусу").
KY_TYPED = {
    "nominative": "{x} боюнча 25 киши катышты.",
    "genitive": "{x} жашоочулары жыйынга катышты.",
    "dative": "Делегация кечээ {x} барды.",
    "accusative": "Аким {x} кыдырып чыкты.",
    "locative": "Жыйын {x} өттү.",
    "ablative": "{x} келген өкүлдөр сүйлөдү.",
    "attributive": "{x} мектепте семинар болду.",
}
# The same, with the name opening the sentence (a capitalised word there proves nothing).
KY_TYPED_INITIAL = {
    "genitive": "{x} жашоочулары жыйынга катышты.",
    "locative": "{x} жыйын өттү.",
    "ablative": "{x} келген өкүлдөр сүйлөдү.",
}
# Kyrgyz type words by level (dictionary stems of their last word).
KY_TYPE = {
    "oblast": "облус",
    "district": "район",
    "city": "шаар",
    "town": "шаар",
    "ayil_aimak": "айыл аймак",
    "village": "айыл",
}
# Abbreviated type words: after the name, before it.
KY_ABBR_AFTER = {
    "oblast": ["обл.", "облу.", "обл"],
    "district": ["р-ну", "району", "р-н", "р-н."],
    "city": ["ш.", "ш-ры"],
    "village": ["айл."],
    "ayil_aimak": [
        "а/а",
        "АА",
        "А/А",
        "а/ө",
        "айыл өкмөтү",
        "айылдык кеңеши",
        "а.а.",
        "а.ө.",
        "с/о",
    ],
}
KY_ABBR_BEFORE = {"city": ["ш."], "village": ["а."]}

# Russian type nouns and their cases; adjective endings by gender and case.
RU_NOUNS = {
    "oblast": (
        "feminine",
        {
            "nom": "область",
            "gen": "области",
            "dat": "области",
            "acc": "область",
            "ins": "областью",
            "pre": "области",
        },
    ),
    "district": (
        "masculine",
        {
            "nom": "район",
            "gen": "района",
            "dat": "району",
            "acc": "район",
            "ins": "районом",
            "pre": "районе",
        },
    ),
    "ayil_aimak": (
        "masculine",
        {
            "nom": "айылный аймак",
            "gen": "айылного аймака",
            "dat": "айылному аймаку",
            "acc": "айылный аймак",
            "ins": "айылным аймаком",
            "pre": "айылном аймаке",
        },
    ),
}
RU_ADJ = {
    "feminine": {"nom": "ая", "gen": "ой", "dat": "ой", "acc": "ую", "ins": "ой", "pre": "ой"},
    "masculine": {"nom": "ий", "gen": "ого", "dat": "ому", "acc": "ий", "ins": "им", "pre": "ом"},
}
RU_TEMPLATES = {
    "nom": "{x} заняла первое место по итогам года, и это не случайно.",
    "gen": "Жители {x} собрались на сход по вопросам бюджета.",
    "dat": "По {x} прошли слушания, в них участвовали депутаты.",
    "acc": "Делегация посетила {x} в среду и провела встречи.",
    "ins": "Договор подписан с {x} в среду на три года.",
    "pre": "Семинар прошёл в {x} на прошлой неделе.",
}
# Russian nouns of a city in cases: the preposition, the ending rule.
RU_CITY_CASES = {
    "pre": ("Семинар прошёл в {x} на прошлой неделе.", "е"),
    "gen": ("Делегация из {x} приехала на форум в среду.", "а"),
    "dat": ("Экскурсия по {x} прошла для гостей форума.", "у"),
    "ins": ("Соглашение между {x} и районом подписано в среду.", "ом"),
}


# A Russian cell ends with this sentence: a short text gives too few of the words by
# which its language is told (lexicon/language.yaml), and Russian noun forms are read
# in Russian texts only.
RU_TAIL = " Об этом рассказали в пресс-службе, это также подтвердили депутаты."


@dataclass(frozen=True)
class Cell:
    cls: str
    text: str
    expected: frozenset[str] = frozenset()
    # negative cells: none of these may be found
    absent: frozenset[str] = frozenset()
    # positive cells: places also allowed (a parent the sentence names incidentally)
    allowed: frozenset[str] = frozenset()
    # a unit's parents that must be resolved: key -> (level column, name)
    parents: tuple[tuple[str, str, str], ...] = field(default=())


def key(level: str, name: str) -> str:
    return f"{'city' if level == 'town' else level}:{name}"


def _sample(g: gazetteer.Gazetteer, level: str) -> list[gazetteer.Unit]:
    units = [u for u in g.units(level) if _sweepable(g, u)]
    return units[:: STEP[level]]


def _sweepable(g: gazetteer.Gazetteer, unit: gazetteer.Unit) -> bool:
    """Names the sweep can expect one answer for: Kyrgyz-spelt, one word or a hyphenated
    one, not a person-like or dated name."""
    name = unit.name
    if not re.fullmatch(r"[А-ЯЁӨҮҢ][а-яёөүң]+(?:-[А-ЯЁӨҮҢ][а-яёөүң]+)*", name):
        return False
    return not name.endswith(("ов", "ев", "ин", "ово", "ка"))


def _ky_case(name: str, case: str) -> str:
    return morph.inflect(name, case)


def _typed_phrase(name: str, level: str, case: str) -> str:
    words = KY_TYPE[level].split()
    last = words[-1]
    suffixes = ("possessive",) if case == "nominative" else ("possessive", f"{case}_p")
    return " ".join([name, *words[:-1], morph.inflect(last, *suffixes)])


def ky_typed(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """Every level x every case of its type word, mid-sentence and opening one."""
    for level in ("oblast", "district", "city", "town", "ayil_aimak", "village"):
        for unit in _sample(g, level):
            expected = frozenset({key(level, unit.name)})
            for case, template in KY_TYPED.items():
                text = template.format(x=_typed_phrase(unit.name, level, case))
                yield Cell(f"ky.typed.{level}.{case}", text, expected)
            for case, template in KY_TYPED_INITIAL.items():
                text = template.format(x=_typed_phrase(unit.name, level, case))
                yield Cell(f"ky.typed_initial.{level}.{case}", text, expected)


def _bare_level(g: gazetteer.Gazetteer, name: str) -> str | None:
    levels = {u.level for u in g.lookup(name)}
    for level in ("city", "oblast", "district"):
        if level in levels:
            return level
    return "city" if "town" in levels else None


def ky_bare(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A bare oblast, city or district name in every case ending (Нарында, Оштон)."""
    names = [u.name for lv in ("oblast", "city") for u in _sample(g, lv)]
    names += [u.name for u in _sample(g, "district")]
    seen: set[str] = set()
    for name in names:
        if name in seen or fold(name) in COMMON:
            continue
        seen.add(name)
        level = _bare_level(g, name)
        if level is None:
            continue
        for case in KY_CASES:
            text = KY_TYPED[case].format(x=_ky_case(name, case))
            yield Cell(f"ky.bare.{level}.{case}", text, frozenset({key(level, name)}))


# Names that are Kyrgyz common words too (places.yaml): bare, they need context.
COMMON = {
    fold(w)
    for w in (
        "Тоң",
        "Түп",
        "Кемин",
        "Кочкор",
        "Алай",
        "Жайыл",
        "Манас",
        "Токтогул",
        "Панфилов",
        "Москва",
        "Ленин",
        "Октябрь",
        "Чүй",
        "Талас",
        "Ак-Суу",
        "Ала-Бука",
    )
}


def _form_cells(
    g: gazetteer.Gazetteer,
    cls: str,
    forms: Mapping[str, Sequence[str]],
    template: str,
    per: int | None,
) -> Iterator[Cell]:
    """The first `per` sampled units of each level (None: all) in the template with each
    form of the level ({n}: the name, {f}: the form); the class names the level (and the
    form, where {f} is in cls)."""
    for level, written in forms.items():
        for unit in _sample(g, level)[:per]:
            for form in written:
                yield Cell(
                    cls.format(level=level, f=form),
                    template.format(n=unit.name, f=form),
                    frozenset({key(level, unit.name)}),
                )


def ky_abbreviations(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    yield from _form_cells(
        g, "ky.abbr_after.{level}.{f}", KY_ABBR_AFTER, "Жыйынга {n} {f} башчысы катышты.", 6
    )
    for level, abbrs in KY_ABBR_BEFORE.items():
        for unit in _sample(g, level)[:6]:
            for abbr in abbrs:
                text = f"Дареги: {abbr} {unit.name}, Манас көчөсү 12."
                yield Cell(
                    f"ky.abbr_before.{level}.{abbr}",
                    text,
                    frozenset({key(level, unit.name)}),
                    allowed=frozenset(),
                )


# Type words written short at their start, the ending in full (places.yaml's
# shortened_type_starts): level -> (short start, the text it stands for, the type words).
KY_SHORT_STARTS = {
    "district": [("р-н", "район", "район")],
    "ayil_aimak": [
        ("а/", "айыл ", "айыл аймак"),
        ("а/", "айыл ", "айыл өкмөт"),
        ("айыл-", "айыл ", "айыл аймак"),
        ("айылдык-", "айылдык ", "айылдык кеңеш"),
    ],
}


# Abbreviations with a case ending after a hyphen or glued on ("обл-да", "р-нун").
KY_ABBR_ENDED = {
    "oblast": ["обл", "обл-да", "обл-дун", "обл-го"],
    "district": ["р-нда", "р-нун", "р-нга", "р-ндагы"],
    "city": ["ш-да", "ш-нын"],
    "ayil_aimak": ["а/а-да", "а/а-нын", "а/ө-дө", "а/а-дан"],
}


def ky_abbreviations_ended(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """ "Нарын обл-да", "Өзгөн р-нун": an abbreviation written with a case ending."""
    template = "Кечээ {n} {f} жыйын болуп, 30 киши катышты."
    return _form_cells(g, "ky.abbr_ended.{level}", KY_ABBR_ENDED, template, 4)


def ky_short_starts(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """ "Ала-Бука р-нунун", "Жазы а/аймагында": every case of the type word written short."""
    for level, forms in KY_SHORT_STARTS.items():
        for unit in _sample(g, level)[:4]:
            for short, stands_for, type_words in forms:
                *head, last = type_words.split()
                for case, template in KY_TYPED.items():
                    suffixes = (
                        ("possessive",) if case == "nominative" else ("possessive", f"{case}_p")
                    )
                    full = " ".join([*head, morph.inflect(last, *suffixes)])
                    written = short + full[len(stands_for) :]
                    yield Cell(
                        f"ky.short_start.{level}.{case}",
                        template.format(x=f"{unit.name} {written}"),
                        frozenset({key(level, unit.name)}),
                    )


def _parent(g: gazetteer.Gazetteer, unit: gazetteer.Unit, level: str) -> gazetteer.Unit | None:
    code = unit.parent
    while code:
        parent = g.get(code)
        if parent is None:
            return None
        if parent.level == level:
            return parent
        code = parent.parent
    return None


def ky_chains(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A unit after its parents: "Чүй облусунун Ысык-Ата районундагы Нооруз айылында"."""
    for unit in _sample(g, "village"):
        aa = _parent(g, unit, "ayil_aimak")
        district = _parent(g, unit, "district")
        oblast = _parent(g, unit, "oblast")
        if not (aa and district and oblast) or not all(_sweepable(g, u) for u in (aa, district)):
            continue
        keys = {
            key("oblast", oblast.name),
            key("district", district.name),
            key("ayil_aimak", aa.name),
            key("village", unit.name),
        }
        text = (
            f"{oblast.name} облусунун {district.name} районундагы {aa.name} айыл "
            f"аймагынын {unit.name} айылында жаңы мектеп ачылды."
        )
        yield Cell(
            "ky.chain.full",
            text,
            frozenset(keys),
            parents=(("village", "district", district.name), ("village", "ayil_aimak", aa.name)),
        )
        text = f"{district.name} районунун {aa.name} айыл аймагында жыйын өттү."
        yield Cell(
            "ky.chain.district_aa",
            text,
            frozenset({key("district", district.name), key("ayil_aimak", aa.name)}),
            parents=(("ayil_aimak", "district", district.name),),
        )
        text = f"{aa.name} айыл аймагынын {unit.name} айылындагы мектептин окуучулары катышты."
        yield Cell(
            "ky.chain.aa_village",
            text,
            frozenset({key("ayil_aimak", aa.name), key("village", unit.name)}),
        )


def _siblings(g: gazetteer.Gazetteer, level: str, n: int, start: int) -> list[gazetteer.Unit]:
    units = _sample(g, level)
    return [units[(start + i * 5) % len(units)] for i in range(n)]


def ky_lists(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    for start in range(4):
        a, b, c = _siblings(g, "village", 3, start)
        yield Cell(
            "ky.list.villages",
            f"{a.name}, {b.name} жана {c.name} айылдарында суу түтүгү тартылды.",
            frozenset(key("village", u.name) for u in (a, b, c)),
        )
        a, b, c = _siblings(g, "ayil_aimak", 3, start)
        yield Cell(
            "ky.list.ayil_aimaks",
            f"{a.name}, {b.name} жана {c.name} айыл аймактарынын башчылары катышты.",
            frozenset(key("ayil_aimak", u.name) for u in (a, b, c)),
        )
        yield Cell(
            "ky.list.ayil_aimaks_two",
            f"{a.name} жана {b.name} айыл аймактарында жыйындар өттү.",
            frozenset(key("ayil_aimak", u.name) for u in (a, b)),
        )
        a, b, c = _siblings(g, "district", 3, start)
        yield Cell(
            "ky.list.districts",
            f"{a.name}, {b.name} жана {c.name} райондорунан 40 киши келди.",
            frozenset(key("district", u.name) for u in (a, b, c)),
        )
        a, b, c = _siblings(g, "village", 3, start + 4)
        yield Cell(
            "ky.list.dash_pair",
            f"Суу түтүгү {a.name} – {b.name} айылдарынын ортосунда тартылды.",
            frozenset(key("village", u.name) for u in (a, b)),
        )
        a, b, c = _siblings(g, "district", 3, start + 4)
        yield Cell(
            "ky.list.dash_pair",
            f"Семинар {a.name} - {b.name} райондорунда өттү.",
            frozenset(key("district", u.name) for u in (a, b)),
        )
        a, b = _siblings(g, "oblast", 2, start)
        yield Cell(
            "ky.list.oblasts",
            f"{a.name} жана {b.name} облустарынын өкүлдөрү катышты.",
            frozenset(key("oblast", u.name) for u in (a, b)),
        )


# Spelling variants: a letter of the Kyrgyz alphabet written as its Russian look-alike.
VARIANT = str.maketrans({"ө": "о", "ү": "у", "ң": "н", "Ө": "О", "Ү": "У", "Ң": "Н"})
LATIN = str.maketrans(
    {
        "а": "a",
        "о": "o",
        "е": "e",
        "р": "p",
        "с": "c",
        "А": "A",
        "О": "O",
        "Е": "E",
        "Р": "P",
        "С": "C",
        "К": "K",
        "Т": "T",
        "Н": "H",
    }
)


LONG_VOWEL = re.compile(r"(аа|оо|уу|ээ|ыы|үү|өө|ии)")


def ky_spellings(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    for level in ("oblast", "district", "city", "ayil_aimak"):
        for unit in _sample(g, level):
            expected = frozenset({key(level, unit.name)})
            plain = unit.name.translate(VARIANT)
            if plain != unit.name:
                text = KY_TYPED["locative"].format(x=_typed_phrase(plain, level, "locative"))
                yield Cell(f"ky.spelling.russian_letters.{level}", text, expected)
            latin = unit.name.translate(LATIN)
            if latin != unit.name:
                text = KY_TYPED["genitive"].format(x=_typed_phrase(latin, level, "genitive"))
                yield Cell(f"ky.spelling.latin.{level}", text, expected)
            if unit.name.count("-") == 1:
                # a compound written as one word ("Кызылтуу", "Жетиөгүз")
                joined = unit.name.replace("-", "").capitalize()
                text = KY_TYPED["genitive"].format(x=_typed_phrase(joined, level, "genitive"))
                yield Cell(f"ky.spelling.joined.{level}", text, expected)
            short = LONG_VOWEL.sub(lambda v: v.group(0)[0], unit.name, count=1)
            if short != unit.name and level != "ayil_aimak":
                # a long vowel written short ("Ак-Су", "Кара-Су"): a Russian habit
                text = KY_TYPED["locative"].format(x=_typed_phrase(short, level, "locative"))
                yield Cell(f"ky.spelling.short_vowel.{level}", text, expected)


def _ru_adjective(unit: gazetteer.Unit) -> str | None:
    full = unit.name_ru_full or ""
    first = full.split(" ")[0]
    return first if re.search(r"(ский|ская|цкий|цкая)$", first) else None


def ru_adjectives(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """Russian adjectival names in every case, with their type noun after them."""
    for level, (gender, nouns) in RU_NOUNS.items():
        for unit in _sample(g, level):
            adjective = _ru_adjective(unit)
            if adjective is None:
                continue
            stem = adjective[:-2]
            expected = frozenset({key(level, unit.name)})
            for case, noun in nouns.items():
                x = f"{stem}{RU_ADJ[gender][case]} {noun}"
                yield Cell(f"ru.adjective.{level}.{case}", RU_TEMPLATES[case].format(x=x), expected)


def _ru_city_form(name: str, ending: str) -> str:
    if name.endswith("а"):
        stem = name[:-1]
        return stem + {"е": "е", "а": "ы", "у": "е", "ом": "ой"}[ending]
    if name.endswith(("ь", "й")):
        return name[:-1] + {"е": "е", "а": "я", "у": "ю", "ом": "ем"}[ending]
    if name.endswith("я"):
        return name[:-1] + {"е": "е", "а": "и", "у": "е", "ом": "ей"}[ending]
    if name[-1] in "аеиоуыэюяё" or name.endswith("ы"):
        return name  # indeclinable (Балыкчы, Токтогул is not)
    return name + ending


def ru_nouns(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A city's Russian name as a noun in cases ("в Таласе", "из Оша"), and after its
    type word ("в городе Кара-Балта", "г. Токмок", "пгт Кадамжай")."""
    for unit in _sample(g, "city"):
        ru = unit.name_ru or unit.name
        if fold(ru) in COMMON or " " in ru:
            continue
        level = _bare_level(g, unit.name) or "city"
        for case, (template, ending) in RU_CITY_CASES.items():
            form = _ru_city_form(ru, ending)
            yield Cell(
                f"ru.noun.city.{case}", template.format(x=form), frozenset({key(level, unit.name)})
            )
        yield from _before_cells("city", unit.name, ru, ("в городе", "г.", "в г."))
    for unit in _sample(g, "town"):
        ru = unit.name_ru or unit.name
        yield from _before_cells(
            "town", unit.name, ru, ("пгт", "в пгт", "в посёлке", "в поселке городского типа")
        )
    for unit in _sample(g, "village"):
        ru = unit.name_ru or unit.name
        # a village keeps the text's spelling (the annotation conventions, docs/EVALUATION.md)
        yield from _before_cells(
            "village", ru, ru, ("с.", "в с.", "в селе", "село", "в населенном пункте")
        )
        # its name in quotes ("в селе «Кенеш»")
        yield from _before_cells("village", ru, f"«{ru}»", ("в селе", "с."))


def _before_cells(level: str, name: str, ru: str, words: tuple[str, ...]) -> Iterator[Cell]:
    """The Russian name after each of its type words ("в городе Токмок")."""
    for before in words:
        yield Cell(
            f"ru.before.{level}.{before}",
            f"Встреча прошла {before} {ru} вчера, в ней участвовали депутаты.",
            frozenset({key(level, name)}),
        )


def ru_lists(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    for start in range(3):
        a, b = _siblings(g, "village", 2, start)
        ra, rb = a.name_ru or a.name, b.name_ru or b.name
        yield Cell(
            "ru.list.villages",
            f"В сёлах {ra} и {rb} открыли школы для детей.",
            frozenset({key("village", ra), key("village", rb)}),
        )
        yield Cell(
            "ru.list.settlements",
            f"Жители населенных пунктов {ra} и {rb} получили воду в этом году.",
            frozenset({key("village", ra), key("village", rb)}),
        )
        yield Cell(
            "ru.list.villages_plain",
            f"Сёла {ra} и {rb} получили воду в этом году.",
            frozenset({key("village", ra), key("village", rb)}),
        )
        units = [u for u in _siblings(g, "district", 6, start) if _ru_adjective(u)][:2]
        if len(units) == 2:
            x, y = (_ru_adjective(u)[:-2] for u in units)  # type: ignore[index]
            yield Cell(
                "ru.list.districts",
                f"В {x}ом и {y}ом районах прошли сходы.",
                frozenset(key("district", u.name) for u in units),
            )
        a, b = _siblings(g, "oblast", 2, start)
        x, y = (_ru_adjective(u)[:-2] for u in (a, b))  # type: ignore[index]
        yield Cell(
            "ru.list.oblasts",
            f"Представители {x}ой и {y}ой областей встретились.",
            frozenset(key("oblast", u.name) for u in (a, b)),
        )


# Other type words of an ayil aimak, a village and a town (their last word takes the case).
# Russian nouns borrowed with Kyrgyz endings (областы, сельсовети, селосу, поселогу) and
# the older spelling "аил" are type words too.
KY_OTHER_TYPES = {
    "ayil_aimak": [
        "айыл өкмөт",
        "айылдык кеңеш",
        "айылдык аймак",
        "айыл башкармалык",
        "сельсовет",
        "аил өкмөт",
        "аил аймак",
        "аил кеңеш",
        "айыл округ",
    ],
    "village": ["калктуу конуш", "село"],
    "oblast": ["област"],
    "town": ["поселок"],
}


def ky_other_types(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """The other type words of small units in every case ("Жазы айыл өкмөтүнүн")."""
    for level, types in KY_OTHER_TYPES.items():
        for unit in _sample(g, level)[::2]:
            expected = frozenset({key(level, unit.name)})
            for type_word in types:
                *head, last = type_word.split()
                for case, template in KY_TYPED.items():
                    suffixes = (
                        ("possessive",) if case == "nominative" else ("possessive", f"{case}_p")
                    )
                    x = " ".join([unit.name, *head, morph.inflect(last, *suffixes)])
                    yield Cell(f"ky.other_type.{level}.{case}", template.format(x=x), expected)


def ky_capitals(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A headline in capitals: "НАРЫН ОБЛУСУНДА ЖЫЙЫН ӨТТҮ"."""
    for level in ("oblast", "district", "city", "ayil_aimak", "village"):
        for unit in _sample(g, level)[::3]:
            phrase = _typed_phrase(unit.name, level, "locative")
            text = f"{phrase} жаңы мектеп ачылды".upper() + "\n\nЖыйынга 30 киши катышты."
            yield Cell(f"ky.capitals.{level}", text, frozenset({key(level, unit.name)}))


def ky_quoted(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A name in quotes before its type word, alone and in a list."""
    units = _sample(g, "village")
    for start in range(4):
        a, b, c = (units[(start + i * 7) % len(units)] for i in range(3))
        yield Cell(
            "ky.quoted.one", f'"{a.name}" айылында жыйын өттү.', frozenset({key("village", a.name)})
        )
        yield Cell(
            "ky.quoted.list",
            f'"{a.name}", "{b.name}" жана "{c.name}" айылдарында жыйындар өттү.',
            frozenset(key("village", u.name) for u in (a, b, c)),
        )


# Names no gazetteer has, shaped as villages are named.
UNKNOWN_NAMES = [
    "Бакыт-Ордо",
    "Алтын-Казык",
    "Жаңы-Мураш",
    "Күмүш-Булак",
    "Сары-Кашат",
    "Ак-Торгой",
    "Көк-Арал-Сай",
    "Ташкоргон",
]


def ky_unknown(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A village or an ayil aimak the gazetteer lacks, known by its type word."""
    for name in UNKNOWN_NAMES:
        if g.lookup(name):
            continue
        for level in ("village", "ayil_aimak"):
            for case in ("genitive", "locative", "nominative"):
                text = KY_TYPED[case].format(x=_typed_phrase(name, level, case))
                yield Cell(f"ky.unknown.{level}.{case}", text, frozenset({key(level, name)}))
        a, b = name, UNKNOWN_NAMES[(UNKNOWN_NAMES.index(name) + 1) % len(UNKNOWN_NAMES)]
        yield Cell(
            "ky.unknown.list",
            f"{a} жана {b} айылдарына суу тартылды.",
            frozenset({key("village", a), key("village", b)}),
        )


def ky_named_after(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """Ayil aimaks named after people ("Болот Мамбетов айыл аймагы", "Т.Зулпуев АА")."""
    units = [u for u in g.units("ayil_aimak") if re.search(r"(ов|ев)$", u.name)]
    for unit in units[::3]:
        expected = frozenset({key("ayil_aimak", unit.name)})
        for case in ("nominative", "genitive", "locative"):
            text = KY_TYPED[case].format(x=_typed_phrase(unit.name, "ayil_aimak", case))
            yield Cell(f"ky.named_after.{case}", text, expected)
        words = unit.name.split()
        if len(words) == 2:
            short = f"{words[0][0]}.{words[1]}"
            yield Cell(
                "ky.named_after.initial", f"{short} айыл аймагынын башчысы сүйлөдү.", expected
            )


RU_AA_FORMS = [
    ("Глава {a}ого айыл окмоту выступил на сессии, об этом рассказали в пресс-службе.", "adj"),
    ("Сход прошёл в айылном аймаке {n}, в нём участвовали депутаты.", "noun"),
    ("Глава айыл окмоту {n} выступил на сессии, об этом рассказали в пресс-службе.", "noun"),
    ("В {a}ом АА прошёл сход, в нём участвовали депутаты.", "adj"),
    ("Глава {a}ого сельского округа выступил на сессии, это также подтвердили.", "adj"),
    ("В а/о {n} прошёл сход, в нём участвовали депутаты.", "noun"),
    ("Глава {n} айыл окмоту выступил на сессии, об этом рассказали в пресс-службе.", "noun"),
    ("В {n} айыл аймаке прошёл сход, в нём участвовали депутаты.", "noun"),
    # placeforms5: its Russian bodies and letters around its name (с/у: сельская управа,
    # с/с: сельсовет, АА: айылный аймак; its council before a known name)
    ("Сход прошел в {n} с/у, в нем участвовали жители.", "after"),
    ("Сход прошел в {n} с/с, в нем участвовали жители.", "after"),
    ("Глава с/у {n} провел прием граждан.", "before"),
    ("Глава с/с {n} провел прием граждан.", "before"),
    ("Сход прошел в АА {n}, в нем участвовали жители.", "before"),
    ("Депутаты айылного кенеша {n} утвердили бюджет.", "council"),
    ("Сессия айыл кенеша {n} прошла в среду.", "council"),
    ("Сход прошел в сельском совете {n} в среду.", "council"),
    ("Сход прошел в {a}ом сельском совете в среду.", "council_adj"),
    ("Сход прошел в {a}ом сельском кенеше в среду.", "council_adj"),
]


def ru_ayil_aimaks(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """Russian names of an ayil aimak: its adjective, its name after the type words."""
    for unit in _sample(g, "ayil_aimak"):
        adjective = _ru_adjective(unit)
        name = unit.name_ru or unit.name
        for template, form in RU_AA_FORMS:
            if form.endswith("adj") and adjective is None:
                continue
            text = template.format(a=(adjective or "")[:-2], n=name)
            yield Cell(f"ru.ayil_aimak.{form}", text, frozenset({key("ayil_aimak", unit.name)}))


def ky_resolution(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A name several units share, told apart by the parent named before it."""
    by_name: dict[str, list[gazetteer.Unit]] = {}
    for unit in g.units("village"):
        by_name.setdefault(unit.name, []).append(unit)
    shared = [units for units in by_name.values() if len(units) > 1]
    for units in shared[::9]:
        for unit in units[:3]:
            aa = _parent(g, unit, "ayil_aimak")
            district = _parent(g, unit, "district")
            if not aa or not district or not _sweepable(g, unit):
                continue
            text = f"{aa.name} айыл аймагынын {unit.name} айылында жыйын өттү."
            yield Cell(
                "ky.resolution.by_ayil_aimak",
                text,
                frozenset({key("ayil_aimak", aa.name), key("village", unit.name)}),
                parents=(("village", "ayil_aimak", aa.name),),
            )
            text = f"{district.name} районундагы {unit.name} айылында жыйын өттү."
            yield Cell(
                "ky.resolution.by_district",
                text,
                frozenset({key("district", district.name), key("village", unit.name)}),
                parents=(("village", "district", district.name),),
            )


def _by_name(g: gazetteer.Gazetteer, level: str | None) -> dict[str, list[gazetteer.Unit]]:
    """Units (of a level, or all) by folded name."""
    by_name: dict[str, list[gazetteer.Unit]] = {}
    for unit in g.units(level):
        by_name.setdefault(fold(unit.name), []).append(unit)
    return by_name


def _shared(g: gazetteer.Gazetteer, level: str) -> list[list[gazetteer.Unit]]:
    """Units of one level that share a name (folded), two or more a name."""
    return [units for units in _by_name(g, level).values() if len(units) > 1]


def _only_village(g: gazetteer.Gazetteer, aa: gazetteer.Unit) -> gazetteer.Unit | None:
    """A village of the ayil aimak no other village shares a name with."""
    for child in g.children(aa.id):
        if child.level == "village" and _sweepable(g, child) and not looks_like_person(child.name):
            if len(g.lookup(child.name, "village")) == 1:
                return child
    return None


def _shared_aimaks(
    g: gazetteer.Gazetteer,
) -> Iterator[tuple[gazetteer.Unit, gazetteer.Unit, gazetteer.Unit]]:
    """Ayil aimaks several share a name, each with a village of a name of its own and its
    district."""
    for units in _shared(g, "ayil_aimak"):
        for aa in units:
            village = _only_village(g, aa)
            district = _parent(g, aa, "district")
            if village is not None and district is not None and _sweepable(g, aa):
                yield aa, village, district


def _shared_villages(g: gazetteer.Gazetteer) -> Iterator[tuple[gazetteer.Unit, gazetteer.Unit]]:
    """Villages several share a name, each with its district."""
    for units in _shared(g, "village"):
        for village in units:
            district = _parent(g, village, "district")
            if district is not None and _sweepable(g, village):
                yield village, district


def ky_units(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """Which unit a name means among several of one name and level: an ayil aimak told
    apart by its village (typed, or bare after it), a village by the district the
    document named before it; a district's head names the district."""
    for aa, village, district in _shared_aimaks(g):
        keys = frozenset({key("ayil_aimak", aa.name), key("village", village.name)})
        parents = (
            ("ayil_aimak", "district", district.name),
            ("village", "ayil_aimak", aa.name),
        )
        text = f"{aa.name} айыл аймагынын {village.name} айылында жыйын өттү."
        yield Cell("ky.unit.aa_by_village", text, keys, parents=parents)
        loc = _ky_case(village.name, "locative")
        text = f"{aa.name} айыл аймагына караштуу {loc} жаңы мектеп ачылды."
        yield Cell("ky.unit.aa_by_bare_village", text, keys, parents=parents)
        text = f"{village.name} айылында той болду. {aa.name} айыл аймагынын башчысы куттуктады."
        yield Cell("ky.unit.aa_by_document", text, keys, parents=parents)
    for village, district in _shared_villages(g):
        if _sweepable(g, district):
            text = f"{district.name} районунда жыйын өттү. Эртеси {village.name} айылында мектеп ачылды."
            keys = frozenset({key("district", district.name), key("village", village.name)})
            parents = (("village", "district", district.name),)
            yield Cell("ky.unit.village_by_document", text, keys, parents=parents)
    oblasts = [u.name for u in g.units("oblast")]
    for k, first in enumerate(oblasts):
        b, c = oblasts[(k + 1) % len(oblasts)], oblasts[(k + 2) % len(oblasts)]
        for case in ("locative", "ablative"):
            text = (
                f"{_typed_phrase(first, 'oblast', case)}, {_ky_case(b, case)} жана "
                f"{_ky_case(c, case)} өкүлдөр жыйналды."
            )
            keys = frozenset(key("oblast", n) for n in (first, b, c))
            yield Cell("ky.unit.list_after_typed", text, keys)
    for district in g.units("district"):
        if not any(u.level in ("city", "town") for u in g.lookup(district.name)):
            continue
        text = f"{_ky_case(district.name, 'genitive')} акими жыйынды ачты."
        yield Cell("ky.unit.district_head", text, frozenset({key("district", district.name)}))


def _levels_by_name(g: gazetteer.Gazetteer) -> dict[str, list[gazetteer.Unit]]:
    return _by_name(g, None)


def ru_units(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """The same in Russian: an ayil aimak several share, told apart by its village; a
    village several districts have, by the district's adjective after it."""
    for aa, village, district in _shared_aimaks(g):
        text = f"В селе {village.name} айыльного аймака {aa.name} открыли школу."
        keys = frozenset({key("ayil_aimak", aa.name), key("village", village.name)})
        parents = (("ayil_aimak", "district", district.name),)
        yield Cell("ru.unit.aa_by_village", text, keys, parents=parents)
    for village, district in _shared_villages(g):
        adjective = _ru_adjective(district)
        if adjective is not None:
            text = f"В селе {village.name} {adjective[:-2]}ого района открыли школу."
            keys = frozenset({key("village", village.name), key("district", district.name)})
            parents = (("village", "district", district.name),)
            yield Cell("ru.unit.village_by_district", text, keys, parents=parents)


def ky_spaced(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A hyphenated name typed with a space ("Кара Суу районунда", "Чон Алай"): the
    unit of the whole name, not of its last part."""
    for level in ("district", "city", "ayil_aimak", "village"):
        for unit in _sample(g, level):
            if "-" not in unit.name:
                continue
            spaced = unit.name.replace("-", " ")
            text = KY_TYPED["locative"].format(x=_typed_phrase(spaced, level, "locative"))
            yield Cell(f"ky.spaced.{level}", text, frozenset({key(level, unit.name)}))


def ru_spaced(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A hyphenated name's Russian adjective typed with a space ("в Чон Алайском районе")."""
    for level in ("district", "ayil_aimak"):
        gender, nouns = RU_NOUNS[level]
        for unit in _sample(g, level):
            adjective = _ru_adjective(unit)
            if adjective is None or "-" not in adjective:
                continue
            head, _, tail = adjective[:-2].partition("-")
            expected = frozenset({key(level, unit.name)})
            # the rest capitalised or not ("Чон Алайском", "Чон алайском")
            for rest, cls in ((tail, "ru.spaced"), (tail.lower(), "ru.spaced.lower")):
                x = f"{head} {rest}{RU_ADJ[gender]['pre']} {nouns['pre']}"
                yield Cell(f"{cls}.{level}", RU_TEMPLATES["pre"].format(x=x), expected)
    for unit in _sample(g, "village"):
        ru = unit.name_ru or unit.name
        if ru.count("-") == 1:
            head, _, tail = ru.partition("-")
            # a village keeps the text's spelling (folded alike)
            text = f"Встреча прошла в селе {head} {tail.lower()} вчера, в ней участвовали депутаты."
            yield Cell("ru.spaced.lower.village", text, frozenset({key("village", ru)}))


def ky_level_twins(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A name the gazetteer holds at several levels (an ayil aimak and its village, a
    district and its centre): the type word beside it decides, in a chain both."""
    for units in _levels_by_name(g).values():
        levels = {u.level for u in units}
        n = units[0].name
        if not _sweepable(g, units[0]) or len(levels) < 2:
            continue
        for level in sorted(levels & {"district", "city", "ayil_aimak", "village"}):
            text = KY_TYPED["locative"].format(x=_typed_phrase(n, level, "locative"))
            yield Cell(f"ky.level_twin.{level}", text, frozenset({key(level, n)}))
        if {"ayil_aimak", "village"} <= levels:
            aa = {u.id for u in units if u.level == "ayil_aimak"}
            if any(u.parent in aa for u in units if u.level == "village"):
                expected = frozenset({key("ayil_aimak", n), key("village", n)})
                parents = (("village", "ayil_aimak", n),)
                text = f"{n} айыл аймагынын {n} айылында мектеп ачылды."
                yield Cell("ky.level_twin.chain", text, expected, parents=parents)
                text = f"{n} айыл аймагына караштуу {n} айылында мектеп ачылды."
                yield Cell("ky.level_twin.belongs", text, expected, parents=parents)
            text = f"{n} айыл өкмөтүнүн башчысы сүйлөдү."
            yield Cell("ky.level_twin.okmotu", text, frozenset({key("ayil_aimak", n)}))
        if {"district", "village"} <= levels:
            text = f"{n} районунун борбору {n} айылында жыйын өттү."
            expected = frozenset({key("district", n), key("village", n)})
            yield Cell("ky.level_twin.centre", text, expected)


def _twin_names(g: gazetteer.Gazetteer) -> list[tuple[gazetteer.Unit, gazetteer.Unit]]:
    """Oblasts with a city of their name (Ош, Нарын, Баткен, Талас, Жалал-Абад), each
    with a district of the oblast named otherwise."""
    out = []
    for oblast in g.units("oblast"):
        if not any(u.level == "city" for u in g.lookup(oblast.name)):
            continue
        districts = [
            u
            for u in g.units("district")
            if u.oblast == oblast.id and u.name != oblast.name and _sweepable(g, u)
        ]
        if districts:
            out.append((oblast, districts[0]))
    return out


def ky_city_or_oblast(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A bare name that is both a city and an oblast names the unit the text is about
    (the annotation conventions, docs/EVALUATION.md): the oblast where the text names a unit inside it or the
    oblast itself, the city where it names the city."""
    for oblast, district in _twin_names(g):
        n = oblast.name
        loc, gen = _ky_case(n, "locative"), _ky_case(n, "genitive")
        yield Cell(
            "ky.twin.head_title", f"{gen} губернатору жыйынды ачты.", frozenset({key("oblast", n)})
        )
        yield Cell(
            "ky.twin.oblast_named",
            f"{n} облусунда жыйын өттү. {loc} мындай жыйын биринчи жолу өттү.",
            frozenset({key("oblast", n)}),
        )
        yield Cell(
            "ky.twin.city_named",
            f"{n} шаарынын мэриясы жыйын өткөрдү. {loc} мындай жыйын биринчи жолу өттү.",
            frozenset({key("city", n)}),
        )
        yield Cell(
            "ky.twin.headline",
            f"{loc} жаңы мектеп ачылды\n\n{n} облусунун "
            f"{district.name} районунда жаңы мектеп ачылды.",
            frozenset({key("oblast", n), key("district", district.name)}),
        )


def ru_city_or_oblast(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    for oblast, district in _twin_names(g):
        ru = oblast.name_ru or oblast.name
        gen = ru[:-1] + "ы" if ru.endswith("а") else ru + "а"
        adjective = _ru_adjective(district)
        if adjective is None:
            continue
        yield Cell(
            "ru.twin.polpred",
            f"Полпред {gen} провёл встречу в {adjective[:-2]}ом "
            "районе, в ней участвовали депутаты.",
            frozenset({key("oblast", oblast.name), key("district", district.name)}),
        )
        loc = ru[:-1] + "е" if ru.endswith("а") else ru + "е"
        yield Cell(
            "ru.twin.inside",
            f"Чиновники в {loc} обещали помочь. В {adjective[:-2]}ом районе открыли школу.",
            frozenset({key("oblast", oblast.name), key("district", district.name)}),
        )
        yield Cell(
            "ru.twin.mayor",
            f"Мэр города {ru} провёл встречу с жителями, в ней также участвовали депутаты.",
            frozenset({key("city", oblast.name)}),
        )


def ky_wrapped(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A line wrapped between the name and its type word ("Жети-Өгүз" / "районунун")."""
    for level in ("oblast", "district", "city", "ayil_aimak", "village"):
        for unit in _sample(g, level)[::2]:
            phrase = _typed_phrase(unit.name, level, "genitive")
            name, _, rest = phrase.partition(" ")
            text = f"Жыйын өттү.\n{name}\n{rest} жашоочулары жыйынга катышты."
            yield Cell(f"ky.wrapped.{level}", text, frozenset({key(level, unit.name)}))


# Page chrome around a story that names one district: menus one item a line, tags,
# links to the articles before and after it. Only the story's district counts.
CHROME_LAYOUTS = [
    ("menu_lines", "Башкы бет\nЖаңылыктар\nАймактар\n{a}\n{b}\n{c}\n{d}\n\n{story}"),
    ("menu_lines_ru", "Главная\nНовости\nРегионы\n{a}\n{b}\n{c}\n\n{story}"),
    ("tags", "{story}\nТегдер: {a}, {b}, билим берүү\n"),
    ("tags_ru", "{story}\nТеги: {a}, образование\n"),
    (
        "prev_next",
        "{story}\nМурунку жаңылык: {a}да жаңы көпүрө курулат\nКийинки жаңылык: {b}да кар жаады\n",
    ),
    ("related", "{story}\nОкшош жаңылыктар\n{a}да жаңы көпүрө курулат\n"),
]


def layouts(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    oblasts = [u.name for u in g.units("oblast")]
    story = "Мектеп ачылды\n\n{d} районунда жаңы мектеп ачылды. Жыйынга 30 киши катышты.\n"
    for start, district in enumerate(_sample(g, "district")[::6]):
        a, b, c, d = (oblasts[(start + i) % len(oblasts)] for i in range(4))
        for cls, template in CHROME_LAYOUTS:
            text = template.format(story=story.format(d=district.name), a=a, b=b, c=c, d=d)
            yield Cell(f"layout.chrome.{cls}", text, frozenset({key("district", district.name)}))


# Russian adjectives of cities (team-written): the city's administration and council.
RU_CITY_ADJECTIVES = {
    "Кара-Балта": "Кара-Балтинск",
    "Балыкчы": "Балыкчинск",
    "Токмок": "Токмокск",
    "Ош": "Ошск",
    "Бишкек": "Бишкекск",
    "Каракол": "Каракольск",
    "Кант": "Кантск",
    "Өзгөн": "Узгенск",
    "Кара-Көл": "Кара-Кульск",
    "Майлуу-Суу": "Майлуу-Суйск",
    "Таш-Көмүр": "Таш-Кумырск",
    "Сүлүктү": "Сулюктинск",
    "Кызыл-Кыя": "Кызыл-Кийск",
    "Исфана": "Исфанинск",
    "Чолпон-Ата": "Чолпон-Атинск",
    "Кочкор-Ата": "Кочкор-Атинск",
}
RU_CITY_BODIES = [
    "Глава {a}ого муниципалитета провёл встречу, в ней также участвовали депутаты.",
    "Специалисты {a}ой мэрии провели встречу, в ней также участвовали депутаты.",
    "Депутаты {a}ого городского кенеша провели сессию, в ней также участвовали эксперты.",
    "Депутаты {a}ого горкенеша провели сессию, в ней также участвовали эксперты.",
]


def ru_city_adjectives(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    for name, stem in RU_CITY_ADJECTIVES.items():
        for template in RU_CITY_BODIES:
            yield Cell(
                "ru.city_adjective.body", template.format(a=stem), frozenset({key("city", name)})
            )


# A unit's state administration or council in one word or its letters, after the
# unit's adjective in the genitive ("Нарынской облгосадминистрации", "Сокулукской РГА").
RU_ADMINISTRATIONS = {
    "oblast": ("ой облгосадминистрации", "ой ОГА", "ого облкенеша"),
    "district": ("ой райгосадминистрации", "ой РГА", "ого райкенеша"),
}
# An adjective before an abbreviated type noun: "в Сокулукском р-не", "Чуйской обл.".
RU_ABBREVIATIONS = {
    "district": ("ий р-н", "ого р-на", "ом р-не", "ому р-ну"),
    "oblast": ("ой обл.",),
}


def _ru_adjective_cells(
    g: gazetteer.Gazetteer, cls: str, forms: dict[str, tuple[str, ...]], template: str
) -> Iterator[Cell]:
    """Each level's sampled units as adjectives (stem + each form) in the template."""
    for level, endings in forms.items():
        for unit in _sample(g, level)[::2]:
            adjective = _ru_adjective(unit)
            if adjective is None:
                continue
            for form in endings:
                yield Cell(
                    f"{cls}.{level}",
                    template.format(x=adjective[:-2] + form),
                    frozenset({key(level, unit.name)}),
                )


def ru_administrations(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """ "Нарынской облгосадминистрации", "Сокулукской РГА": the unit of the body."""
    template = "Совещание прошло в здании {x} с участием депутатов."
    return _ru_adjective_cells(g, "ru.administration", RU_ADMINISTRATIONS, template)


def ru_abbreviations(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """An adjective before an abbreviated type noun: "в Сокулукском р-не", "Чуйской обл."."""
    template = "Семинар для жителей: {x} и его сёла."
    return _ru_adjective_cells(g, "ru.abbreviation", RU_ABBREVIATIONS, template)


def ky_region_word(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """ "аймагы" (region) after an oblast's or a district's name: that unit."""
    for level in ("oblast", "district"):
        for unit in _sample(g, level)[::2]:
            levels = {u.level for u in g.lookup(unit.name)}
            if level == "district" and "oblast" in levels:
                continue
            for case in ("genitive", "locative", "attributive"):
                x = f"{unit.name} {morph.inflect('аймак', 'possessive', case + '_p')}"
                yield Cell(
                    f"ky.region.{level}",
                    KY_TYPED[case].format(x=x),
                    frozenset({key(level, unit.name)}),
                )


# placeforms5: a unit named by its body, after its name in Kyrgyz: the adjective of the
# type word (райондук, облустук, шаардык) before the body's noun, the body's letters
# with or without an ending (РМАсынын, ОМА), the city's mayoralty.
KY_BODIES = {
    "oblast": (
        "облустук мамлекеттик администрациясынын өкүлү",
        "облустук кеңешинин депутаттары",
        "ОМАсынын өкүлү",
        "ОМА башчысынын орун басары",
    ),
    "district": (
        "райондук мамлекеттик администрациясынын өкүлү",
        "райондук кеңешинин депутаттары",
        "РМАсынын өкүлү",
        "РМАнын башчысы",
        "райондук ички иштер бөлүмүнүн кызматкерлери",
    ),
    "city": (
        "шаардык кеңешинин депутаттары",
        "шаардык мэриясынын өкүлү",
        "шаар мэриясынын өкүлү",
        "шаарынын мэриясынын өкүлү",
    ),
}


def ky_bodies(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """ "Ноокат РМАсынын өкүлү", "Ош шаардык кеңешинин депутаттары": the body's unit."""
    return _form_cells(g, "ky.body.{level}", KY_BODIES, "Жыйынга {n} {f} катышты.", None)


# A type word's label before a colon opening a line, then the names it types (forms,
# decrees, lists of settlements): the label's level for each.
KY_LABELS = {
    "oblast": ("Облус", "Облусу"),
    "district": ("Район", "Району"),
    "city": ("Шаар", "Шаары"),
    "ayil_aimak": ("Айыл аймагы", "Айыл өкмөтү", "АА"),
    "village": ("Айыл", "Айылы", "Калктуу конуш"),
}
KY_LABELS_PLURAL = {
    "ayil_aimak": "Айыл аймактары",
    "village": "Айылдар",
    "district": "Райондор",
}
# The same type word ending the words before a colon mid-sentence.
KY_COLON_LISTS = {
    "ayil_aimak": "Долбоор төмөнкү айыл аймактарында: {}.",
    "village": "Долбоор төмөнкү айылдарда: {}.",
    "district": "Семинарлар үч райондо: {}.",
}
RU_LABELS = {
    "ayil_aimak": ("Айыл аймак", "Айылный аймак", "Айыл окмоту"),
    "village": ("Село", "Населенный пункт"),
    "city": ("Город",),
}


def ky_labels(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    template = "{f}: {n}\nДареги: Манас көчөсү, 12"
    yield from _form_cells(g, "ky.label.{level}", KY_LABELS, template, 6)
    plural = {
        level: f"{label}: {{}}\nЖалпы калкы: 5000 киши" for level, label in KY_LABELS_PLURAL.items()
    }
    for cls, templates in (("plural", plural), ("colon", KY_COLON_LISTS)):
        for level, template in templates.items():
            for start in range(4):
                units = _siblings(g, level, 3, start)
                a, b, c = (u.name for u in units)
                yield Cell(
                    f"ky.label.{cls}_{level}",
                    template.format(f"{a}, {b} жана {c}"),
                    frozenset(key(level, u.name) for u in units),
                )


def ky_label_unknown(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """Names the gazetteer lacks listed with one it has after a small unit's label:
    "Айылдар: Бакыт-Ордо, Казыбек жана Алтын-Казык"."""
    unknown = [n for n in UNKNOWN_NAMES if not g.lookup(n)]
    for level, label in (("village", "Айылдар"), ("ayil_aimak", "Айыл аймактары")):
        for start, known in enumerate(_siblings(g, level, 4, 1)):
            a, b = unknown[start % len(unknown)], unknown[(start + 3) % len(unknown)]
            yield Cell(
                f"ky.label.unknown_{level}",
                f"{label}: {a}, {known.name} жана {b}\nЖалпы калкы: 5000 киши",
                frozenset({key(level, a), key(level, known.name), key(level, b)}),
            )


def ru_labels(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    for start in range(4):
        a, b, c = (u.name_ru or u.name for u in _siblings(g, "village", 3, start))
        yield Cell(
            "ru.label.colon_village",
            f"В проекте участвуют жители следующих сёл: {a}, {b} и {c}.",
            frozenset(key("village", n) for n in (a, b, c)),
        )
    for level, labels in RU_LABELS.items():
        for unit in _sample(g, level)[:6]:
            name = unit.name_ru or unit.name
            # a village keeps the text's spelling (the annotation conventions, docs/EVALUATION.md)
            expected = key(level, name if level == "village" else unit.name)
            for label in labels:
                yield Cell(
                    f"ru.label.{level}",
                    f"{label}: {name}\nДата проведения: 12 мая, участвовали депутаты.",
                    frozenset({expected}),
                )


# The Russian letters written for the Kyrgyz vowels ө and ү ("Таш-Кёмүр", "Ысык-Кёл",
# "Сюлюктю"): the oblast, city or district all the same.
RUSSIAN_VOWELS = str.maketrans({"ө": "ё", "ү": "ю"})


def ky_russian_vowels(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    for level in ("oblast", "district", "city"):
        for unit in _sample(g, level):
            written = unit.name.translate(RUSSIAN_VOWELS)
            if written == unit.name:
                continue
            expected = frozenset({key(level, unit.name)})
            text = KY_TYPED["locative"].format(x=_typed_phrase(written, level, "locative"))
            yield Cell(f"ky.vowels.typed.{level}", text, expected)
            text = KY_TYPED["genitive"].format(x=_typed_phrase(written, level, "genitive"))
            yield Cell(f"ky.vowels.typed.{level}", text, expected)
            if fold(unit.name) not in COMMON and _bare_level(g, unit.name) == level:
                # the ending as the Kyrgyz vowel's harmony gives it (Ысык-Кёлдө)
                ending = _ky_case(unit.name, "locative")[len(unit.name) :]
                text = KY_TYPED["locative"].format(x=written + ending)
                yield Cell(f"ky.vowels.bare.{level}", text, expected)


def _cyrillic_aliases(unit: gazetteer.Unit) -> list[str]:
    """The unit's Russian name and aliases in Cyrillic that fold unlike its name, one
    word or a hyphenated one (the press spellings the gazetteer lists)."""
    names = {unit.name_ru or "", *(unit.aliases or ())}
    return sorted(
        n
        for n in names
        if re.fullmatch(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?", n) and fold(n) != fold(unit.name)
    )


def ky_aliases(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A city, district or oblast written as the Russian press spells it, in a Kyrgyz
    text with its type word ("Балыкчи шаарында", "Узген районунда"): its canonical name."""
    for level in ("oblast", "district", "city"):
        for unit in g.units(level):
            for alias in _cyrillic_aliases(unit):
                text = KY_TYPED["locative"].format(x=_typed_phrase(alias, level, "locative"))
                yield Cell(f"ky.alias.{level}", text, frozenset({key(level, unit.name)}))


def ru_aliases(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """The same in a Russian text, after the city's type word ("в городе Балыкчи")."""
    for unit in g.units("city"):
        for alias in _cyrillic_aliases(unit):
            yield from _before_cells("city", unit.name, alias, ("в городе", "г."))


def ky_half_dash(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A compound name's hyphen typed with a space on one side ("Ат -Башы районунда",
    "Жети- Өгүз району"): the unit all the same, typed or in a Russian adjective."""
    for level in ("oblast", "district", "city", "ayil_aimak", "village"):
        units = [u for u in _sample(g, level) if u.name.count("-") == 1]
        for unit in units[:8]:
            head, tail = unit.name.split("-")
            expected = frozenset({key(level, unit.name)})
            for written in (f"{head} -{tail}", f"{head}- {tail}"):
                text = KY_TYPED["locative"].format(x=_typed_phrase(written, level, "locative"))
                yield Cell(f"ky.dash.{level}", text, expected)
    for level, (gender, nouns) in RU_NOUNS.items():
        for unit in _sample(g, level):
            adjective = _ru_adjective(unit)
            if adjective is None or adjective.count("-") != 1:
                continue
            head, tail = adjective[:-2].split("-")
            x = f"{head} -{tail}{RU_ADJ[gender]['pre']} {nouns['pre']}"
            text = RU_TEMPLATES["pre"].format(x=x) + RU_TAIL
            yield Cell(f"ru.dash.{level}", text, frozenset({key(level, unit.name)}))


# A Russian village name declined after its type word: a noun in -ка, a neuter
# adjective in -ое (prepositional, genitive), nominative -> the two case forms.
RU_DECLINED = {"ка": ("ке", "ки"), "ое": ("ом", "ого")}


def _ru_declined(name: str) -> tuple[str, str] | None:
    for ending, (pre, gen) in RU_DECLINED.items():
        if name.endswith(ending):
            return name[: -len(ending)] + pre, name[: -len(ending)] + gen
    return None


def ru_declined(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """ "в селе Ивановке", "жители села Степного", "сёл Петровки и Ленинского": the
    village's nominative (the annotation conventions, docs/EVALUATION.md: the spelling is kept, not the case)."""
    forms = {
        u.name_ru: f
        for u in g.units("village")
        if u.name_ru
        and re.fullmatch(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?", u.name_ru)
        and (f := _ru_declined(u.name_ru))
    }
    names = sorted(forms)
    for a, b in zip(names[::9], names[4::9], strict=False):
        (pre, gen), (_, gen_b) = forms[a], forms[b]
        expected = frozenset({key("village", a)})
        yield Cell("ru.declined.pre", f"Встреча прошла в селе {pre} вчера.", expected)
        yield Cell("ru.declined.gen", f"Жители села {gen} собрались на сход.", expected)
        yield Cell(
            "ru.declined.list",
            f"Жители сёл {gen} и {gen_b} собрались на сход.",
            frozenset({key("village", a), key("village", b)}),
        )


NEGATIVES: list[tuple[str, str, str]] = [
    ("neg.road", "Бишкек – Нарын – Торугарт жолу оңдолду.", "Нарын"),
    ("neg.road", "Ош – Баткен – Исфана автожолунда кыймыл токтотулду.", "Баткен"),
    ("neg.road_ru", "Ремонт трассы Бишкек – Ош завершён в срок.", "Ош"),
    # a road's word after a noun of kind ("унаа жолу": motor road)
    ("neg.road", "Бишкек – Ош унаа жолунун бир бөлүгү жабылат.", "Ош"),
    ("neg.road", "Талас – Суусамыр автомобиль жолу оңдолот.", "Талас"),
    ("neg.market", "Ош базарынын соодагерлери жыйналышты.", "Ош"),
    # a sentence-opening word before a type word with no name of its own
    ("neg.opener", "Бүгүн айыл аймагында жалпы жыйын өттү.", "Бүгүн"),
    ("neg.opener", "Семинар айыл өкмөтүнүн чоң залында өттү.", "Семинар"),
    ("neg.opener", "Кеңешме шаардын мэриясында уюштурулду.", "Кеңешме"),
    ("neg.opener", "Ошентип айыл аймагынын бюджети кабыл алынды.", "Ошентип"),
    ("neg.named_after", "Токтогул атындагы мектепте жыйын өттү.", "Токтогул"),
    # (class, text, a place that must not be found)
    ("neg.person", "Талас Асанов жыйынды ачты.", "Талас"),
    ("neg.person", "Жыйынды Нарын Токтогулова ачты.", "Нарын"),
    ("neg.person", "Сөздү Кемин Асанбеков алды.", "Кемин"),
    ("neg.person_ru", "Встречу открыл Нарын Асанов.", "Нарын"),
    ("neg.street", "Кеңсе Чүй проспектисинде жайгашкан.", "Чүй"),
    ("neg.street", "Мектеп Токтогул көчөсүндө турат.", "Токтогул"),
    ("neg.street", "Дареги: Жибек Жолу проспектиси, Манас көчөсү 12.", "Манас"),
    ("neg.street_ru", "Офис находится на улице Токтогула.", "Токтогул"),
    ("neg.street_ru", "Офис находится на проспекте Чуй, 120.", "Чүй"),
    ("neg.org", "Ош мамлекеттик университетинин студенттери катышты.", "Ош"),
    ("neg.org", "Нарын мамлекеттик университети конференция өткөрдү.", "Нарын"),
    ("neg.org_ru", "Студенты Ошского государственного университета приняли участие.", "Ош"),
    ("neg.common", "Достук жана ынтымак биздин милдетибиз.", "Достук"),
    ("neg.common", "Келечек үчүн баары иштейт.", "Келечек"),
    ("neg.common", "Кеминде 20 киши катышты.", "Кемин"),
    ("neg.common", "Эркин шайлоо өттү деп билдиришти.", "Эркин"),
    ("neg.feature", "Ысык-Көл көлүнүн жээгинде тазалоо иштери жүрдү.", "Ысык-Көл"),
    ("neg.feature", "Нарын дарыясынын боюнда дарак тигилди.", "Нарын"),
    ("neg.feature_ru", "Субботник прошёл на берегу озера Иссык-Куль.", "Ысык-Көл"),
    ("neg.chrome", "Бишкек убактысы 09:12\nЖыйын өттү.", "Бишкек"),
    ("neg.chrome", "Жыйын өттү.\n\nОкшош жаңылыктар\n\nНарында жаңы мектеп ачылды\n", "Нарын"),
    ("neg.chrome_ru", "Сход прошёл.\n\nПохожие новости\n\nВ Таласе открыли школу\n", "Талас"),
    ("neg.foreign", "Делегация Москвадагы форумга катышты.", "Москва"),
    ("neg.foreign_ru", "Делегация вернулась из Москвы.", "Москва"),
    ("neg.demonym_company", '"Нарын Суу" ишканасынын жетекчиси сүйлөдү.', "Нарын"),
    # placeforms5: a body's letters after a person; a council's deputy after its name;
    # a label before no list of names
    ("neg.body", "Асан Асанов ОМАнын өкүлү катары сүйлөдү.", "Асан"),
    ("neg.body", "Жаңы шаардык парк ачылып, тургундар кубанышты.", "Жаңы"),
    ("neg.council_ru", "Депутат айылного кенеша Асанов выступил на сессии.", "Асанов"),
    ("neg.council_ru", "Депутат сельского совета Осмонов выступил на сессии.", "Осмонов"),
    ("neg.label", "Айыл аймагы: жаңы мектеп ачылды, Ак-Муз тургундары кубанышты.", "Ак-Муз"),
    ("neg.road", "Бишкек -Ош жолу оңдолду.", "Ош"),
    ("neg.road", "Ош -Баткен -Исфана автожолунда кыймыл токтотулду.", "Баткен"),
]


def negatives() -> Iterator[Cell]:
    for cls, text, name in NEGATIVES:
        cell = Cell(cls, text, absent=frozenset({fold(name)}))
        yield _russian(cell) if cls.endswith("_ru") else cell


def _russian(cell: Cell) -> Cell:
    return Cell(
        cell.cls, cell.text + RU_TAIL, cell.expected, cell.absent, cell.allowed, cell.parents
    )


def cells() -> list[Cell]:
    g = gazetteer.default()
    out: list[Cell] = []
    for make in (
        ky_typed,
        ky_bare,
        ky_abbreviations,
        ky_short_starts,
        ky_abbreviations_ended,
        ky_chains,
        ky_lists,
        ky_spellings,
        ky_other_types,
        ky_capitals,
        ky_quoted,
        ky_unknown,
        ky_named_after,
        ky_resolution,
        ky_units,
        ky_level_twins,
        ky_spaced,
        ky_city_or_oblast,
        ky_wrapped,
        layouts,
        ky_region_word,
        ky_bodies,
        ky_labels,
        ky_label_unknown,
        ky_russian_vowels,
        ky_aliases,
        ky_half_dash,
    ):
        out.extend(make(g))
    for make in (
        ru_adjectives,
        ru_nouns,
        ru_lists,
        ru_ayil_aimaks,
        ru_city_or_oblast,
        ru_units,
        ru_spaced,
        ru_city_adjectives,
        ru_abbreviations,
        ru_administrations,
        ru_labels,
        ru_aliases,
        ru_declined,
    ):
        out.extend(_russian(cell) for cell in make(g))
    out.extend(negatives())
    # places precision: a gazetteer name that is something else (homonym_cells.py)
    from homonym_cells import cells as homonym_cells

    out.extend(homonym_cells(g))
    # the people of a unit: demonyms (demonym_cells.py)
    from demonym_cells import cells as demonym_cells

    out.extend(demonym_cells(g))
    return _thinned(out)


# At most this many cells of one class (its first three name parts) are kept, spread
# evenly over the class: the sweep stays fast (a few seconds) and still covers every
# class, its levels and its forms.
CELLS_PER_CLASS = 16
# Families whose classes differ only in the unit picked, not in the form: fewer cells.
CELLS_PER_CLASS_OF = {
    "ky.unit": 8,
    "ky.level_twin": 8,
    "ru.unit": 8,
    # the homonym classes differ in the context, not in the name: a few names each
    **{
        f"hom.{family}": 8
        for family in ("org", "quoted", "person", "named_after", "common", "plural")
    },
    "ky.body": 8,
    "ky.dash": 8,
    "ru.dash": 8,
    "ky.alias": 8,
    "ru.declined": 8,
}


def _thinned(all_cells: list[Cell]) -> list[Cell]:
    by_class: dict[str, list[Cell]] = {}
    for cell in all_cells:
        by_class.setdefault(".".join(cell.cls.split(".")[:3]), []).append(cell)
    out: list[Cell] = []
    for cls, members in by_class.items():
        per_class = CELLS_PER_CLASS_OF.get(".".join(cls.split(".")[:2]), CELLS_PER_CLASS)
        step = -(-len(members) // per_class)
        out.extend(members[::step])
    return out
