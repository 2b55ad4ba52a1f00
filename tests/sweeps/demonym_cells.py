"""Cells of the places sweep for the people of a unit (issue 14): a Kyrgyz demonym,
the name with the suffix of belonging and the plural, in every spelling the grammar
gives (Нарындыктар, Оштуктар, Кочкорлуктар and Кочкордуктар), and near misses that
look like one and name nothing (бардык "all").

The real corpus's README counts a demonym that plainly names a unit as that unit.
The names come from the gazetteer (every district and city), the sentences are
team-written templates.
"""

from __future__ import annotations

from collections.abc import Iterator

from places_cells import RU_TAIL, Cell, _bare_level, _sweepable, key

from vap_cli import gazetteer, morph
from vap_cli.fold import fold

# Names whose demonym reads as something else first: a foreign city (Москвалыктар:
# Muscovites), a month, a person (Манас, Токтогул: the bare names need context too).
# Left as they are.
NOT_SWEPT = {"Москва", "Октябрь", "Манас", "Токтогул"}
# In Russian also the cities whose names are a person's (Шопоков, Кемин): "шопоковцы"
# may be a man's followers.
RU_NOT_SWEPT = NOT_SWEPT | {"Шопоков", "Кемин"}

# The demonym in the nominative (a sentence's subject) and in the dative.
KY_DEMONYM = {
    (): "{x} жаңы мектептин ачылышына катышышты.",
    ("dative",): "Аким {x} жаңы жолдун курулушу тууралуу маалымат берди.",
}


def _demonyms(name: str, cases: tuple[str, ...]) -> list[str]:
    """Every spelling morph gives of name + belonging + plural (+ the cases)."""
    wanted = ("belonging", "plural", *cases)
    return sorted(
        morph.surface(name, ending)
        for ending in morph.suffixes_for(name)
        if morph.suffix_names(name, ending) == wanted
    )


def ky_demonyms(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """Every district and city name as a demonym, in each spelling and case."""
    names = sorted(
        {u.name for level in ("district", "city") for u in g.units(level) if _sweepable(g, u)}
    )
    for name in names:
        level = _bare_level(g, name)
        if level is None or name in NOT_SWEPT:
            continue
        final = "r" if name.endswith("р") else "other"
        for cases, template in KY_DEMONYM.items():
            for written in _demonyms(name, cases):
                text = template.format(x=written)
                yield Cell(f"ky.demonym.{final}", text, frozenset({key(level, name)}))


# Russian word formation of a city's people, by the name's last letter (the name
# lower-cased, hyphens dropped): -чане after к, -ане after ш, -ьцы after л, -инцы for
# a final а or ы it replaces, -цы after another consonant. Names ending otherwise are
# not swept. The plural in three cases: {stem: suffix forms}.
RU_BY_FINAL = {
    "к": ("", ("чане", "чан", "чанам")),
    "ш": ("", ("ане", "ан", "анам")),
    "л": ("ь", ("цы", "цев", "цам")),
    "а": ("ин", ("цы", "цев", "цам")),
    "ы": ("ин", ("цы", "цев", "цам")),
}
RU_CONSONANT_LINK = ("", ("цы", "цев", "цам"))
RU_CONSONANTS = "бвгджзмнпрстфхцчщ"
RU_DEMONYM = (
    "{X} вышли на субботник и высадили деревья вдоль дороги.",
    "Около двухсот {x} приняли участие в открытии нового парка.",
    "Мэр вручил {x} грамоты за помощь в уборке улиц.",
)
RU_HEADED = "Жители-{x} вышли на субботник и высадили деревья вдоль дороги."
# Common nouns in the same suffixes, whose stems are no city: nothing.
RU_NEAR_MISSES = (
    "Отцы и дети вышли на субботник и высадили деревья вдоль дороги.",
    "Горожане и селяне вышли на субботник, купцы остались дома.",
    "Борцы и певцы приняли участие в открытии нового парка.",
    "Мэр вручил гражданам и молодцам грамоты за помощь в уборке улиц.",
)


def _ru_demonym_forms(name: str) -> tuple[str, ...]:
    stem = name.casefold().replace("-", "")
    final = stem[-1]
    if final in RU_BY_FINAL:
        link, endings = RU_BY_FINAL[final]
        stem = stem[:-1] if link == "ин" else stem
    elif final in RU_CONSONANTS:
        link, endings = RU_CONSONANT_LINK
    else:
        return ()
    return tuple(stem + link + ending for ending in endings)


def ru_demonyms(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """Every city's people by the Russian rules, in three cases and after жители-."""
    for unit in g.units("city"):
        if unit.name in RU_NOT_SWEPT:
            continue
        forms = _ru_demonym_forms(unit.name_ru or unit.name)
        expected = frozenset({key("city", unit.name)})
        for template, form in zip(RU_DEMONYM, forms, strict=False):
            text = template.format(X=form.capitalize(), x=form)
            yield Cell("ru.demonym.case", text + RU_TAIL, expected)
        if forms:
            yield Cell("ru.demonym.headed", RU_HEADED.format(x=forms[0]) + RU_TAIL, expected)
    cities = frozenset(fold(u.name) for u in g.units("city"))
    for text in RU_NEAR_MISSES:
        yield Cell("ru.demonym_near.common", text + RU_TAIL, absent=cities)


# A settlement's Russian type word before its name, in every case, with ё or not:
# a town (a city's level) or a village.
RU_SETTLEMENT = {
    "поселок": "{t} {x} отметил юбилей праздничным концертом.",
    "поселка": "Жители {t} {x} собрались на сход по вопросам бюджета.",
    "поселке": "Семинар прошёл в {t} {x} на прошлой неделе.",
    "поселку": "Новую дорогу к {t} {x} открыли в среду.",
    "поселком": "Соглашение с {t} {x} подписано в среду.",
}
# A city's adjective before городская + a noun of no body (a hospital, a school): no
# place, as the team's tests decide ("Ошская городская больница").
RU_CITY_INSTITUTIONS = (
    "Врачи {a} городской больницы провели приём в сёлах.",
    "Ученики {a} городской гимназии победили на олимпиаде.",
)


def ru_settlements(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """Every town and sampled villages after поселок/посёлок in each case."""
    units = [*g.units("town"), *[u for u in g.units("village") if _sweepable(g, u)][::97]]
    for unit in units:
        written = unit.name_ru or unit.name
        # a village keeps the text's spelling (the real corpus's README), a town the
        # canonical name
        name = written if unit.level == "village" else unit.name
        expected = frozenset({key(unit.level, name)})
        for word, template in RU_SETTLEMENT.items():
            for t in (word, word.replace("е", "ё", 1)):
                text = template.format(t=t, x=written) + RU_TAIL
                yield Cell(f"ru.settlement.{unit.level}", text, expected)


def ru_city_institutions(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    """A city's adjective before городской and an institution: nothing."""
    for unit in g.units("city"):
        if unit.iso is None:
            continue  # the republican cities: Бишкекской, Ошской
        adjective = (unit.name_ru or unit.name) + "ской"
        for template in RU_CITY_INSTITUTIONS:
            text = template.format(a=adjective) + RU_TAIL
            yield Cell(
                "ru.settlement_near.city_institution", text, absent=frozenset({fold(unit.name)})
            )


def cells(g: gazetteer.Gazetteer) -> Iterator[Cell]:
    yield from ky_demonyms(g)
    yield from ru_demonyms(g)
    yield from ru_settlements(g)
    yield from ru_city_institutions(g)
