"""Paradigm sweep cells for persons: team-written template sentences crossed with
the name shapes of Kyrgyz and Russian (given + surname, surname + given, initials
before and after, уулу/кызы, patronymics) in every case the template puts them in.
A cell is (cell id, sentence, the names it must give, in the nominative)."""

from __future__ import annotations

from pathlib import Path

import yaml

from vap_cli import gazetteer, morph
from vap_cli.extractors.persons import surname_of

Cell = tuple[str, str, list[str]]

GIVEN_NAMES = Path(morph.__file__).parent / "lexicon" / "given_names.yaml"

_KY_MALE = ["Бакыт", "Нурлан", "Эрлан", "Мирбек", "Таалайбек", "Улан", "Жаныбек", "Сыймык"]
_KY_FEMALE = ["Айгүл", "Жылдыз", "Нургүл", "Гүлнара", "Айпери", "Мээрим"]
_KY_SURNAMES = ["Асанов", "Бекиев", "Жумабаев", "Токтосунов", "Сариев", "Маматкеримов", "Исаков"]
_KY_FEMALE_SURNAMES = ["Асанова", "Бекиева", "Жумабаева", "Токтосунова", "Сариева", "Мамбетова"]
_FATHERS = ["Асан", "Токтогул", "Бакыт", "Жумабек", "Мамат"]
_KY_CASES = {"gen": "genitive", "dat": "dative", "acc": "accusative", "loc": "locative"}
_KY_CASES["abl"] = "ablative"
# After уулу/кызы the case follows the possessive vowel: уулунун, уулуна, уулун.
_FATHER_CASES = {"nom": "", "gen": "нун", "dat": "на", "acc": "н", "loc": "нда", "abl": "нан"}

# Kyrgyz templates: the case the name takes in each.
KY_TEMPLATES: dict[str, tuple[str, str]] = {
    "role_before": ("Айыл өкмөтүнүн башчысы {name} жыйынды ачып, сөз сүйлөдү.", "nom"),
    "role_before_oblast": ("Жыйынга Ош облусунун акими {name} катышты.", "nom"),
    "object_first": ("Тренингди {name} өткөрүп, катышуучуларга сертификат тапшырды.", "nom"),
    "genitive": ("Шаардын мэри {name} айтымында, курулуш быйыл бүтөт.", "gen"),
    "genitive_role": ("Депутат {name} демилгеси менен жаңы мектеп салынды.", "gen"),
    "dative": ("Тургундар айылдык кеңештин төрагасы {name} кайрылышты.", "dat"),
    "accusative": ("Жыйында катышуучулар {name} колдоп чыгышты.", "acc"),
    "locative": ("Маалымат райондун акими {name} бар экени айтылды.", "loc"),
    "ablative": ("Журналисттер {name} маалымат алышты.", "abl"),
    "menen": ("Тургундар айыл өкмөтүнүн башчысы {name} менен жолугушту.", "nom"),
    "role_after": ("Жолугушууда {name}, айыл өкмөтүнүн башчысы, суроолорго жооп берди.", "nom"),
    "opens": ("{name} тургундар менен жолугушуп, көйгөйлөрдү угуп алды.", "nom"),
    "byline": ("Мектептин жаңы имараты пайдаланууга берилди.\nАвтор: {name}", "nom"),
    "photo": ("Айылда жаңы көпүрө курулду.\nСүрөттө: {name}", "nom"),
    "last_line": ("Айылда жаңы көпүрө курулду.\n{name}", "nom"),
    "deputy": ("Райондун акиминин орун басары {name} иш-чараны жыйынтыктады.", "nom"),
    "mp": ("Жогорку Кеңештин депутаты {name} шайлоочулары менен жолукту.", "nom"),
    "list_item": (
        "Комиссиянын курамы:\n1. {name} – төрага\n2. Катчы – айыл өкмөтүнүн адиси",
        "nom",
    ),
    "table_row": ("| {name} | башкы адис | 0312 66-55-44 |", "nom"),
    "label": ("Жооптуу адам: {name}\nТел.: 0555 12 34 56", "nom"),
}


def ky_case(name: str, case: str) -> str:
    """The name with the case ending on its last word."""
    if name.endswith(("уулу", "кызы")):
        ending = _FATHER_CASES[case]
        return name + (ending.replace("у", "ы") if name.endswith("кызы") else ending)
    if case == "nom":
        return name
    head, _, last = name.rpartition(" ")
    return f"{head} {morph.inflect(last, _KY_CASES[case])}".strip()


def _ky_shapes(k: int) -> dict[str, tuple[str, str]]:
    """Name shapes: (as written in the nominative, as the record gives it)."""
    g, s = _KY_MALE[k % len(_KY_MALE)], _KY_SURNAMES[k % len(_KY_SURNAMES)]
    gf, sf = _KY_FEMALE[k % len(_KY_FEMALE)], _KY_FEMALE_SURNAMES[k % len(_KY_FEMALE_SURNAMES)]
    f = _FATHERS[k % len(_FATHERS)]
    return {
        "given_surname": (f"{g} {s}", f"{g} {s}"),
        "given_surname_f": (f"{gf} {sf}", f"{gf} {sf}"),
        "surname_given": (f"{s} {g}", f"{s} {g}"),
        "initial_glued": (f"{g[0]}.{s}", f"{g[0]}. {s}"),
        "initial_spaced": (f"{g[0]}. {s}", f"{g[0]}. {s}"),
        "two_initials": (f"{g[0]}.{f[0]}.{s}", f"{g[0]}. {f[0]}. {s}"),
        "initials_after": (f"{s} {g[0]}.{f[0]}.", f"{s} {g[0]}. {f[0]}."),
        "uulu": (f"{g} {f} уулу", f"{g} {f} уулу"),
        "kyzy_glued": (f"{gf} {f}кызы", f"{gf} {f}кызы"),
        "kyzy": (f"{gf} {f} кызы", f"{gf} {f} кызы"),
        "father_first": (f"{f} уулу {g}", f"{f} уулу {g}"),
        "surname_given_patronymic": (f"{s} {g} {f}ович", f"{s} {g} {f}ович"),
        "given_surname_from_name": (f"{g} {f}беков", f"{g} {f}беков"),
        "surname_given_father": (f"{s} {g} {f} уулу", f"{s} {g} {f} уулу"),
        "surname_given_kyzy_glued": (f"{sf} {gf} {f}кызы", f"{sf} {gf} {f}кызы"),
    }


def kyrgyz_cells() -> list[Cell]:
    cells: list[Cell] = []
    for k, (template_id, (template, case)) in enumerate(KY_TEMPLATES.items()):
        for shape, (written, expected) in _ky_shapes(k).items():
            if written.endswith(".") and case != "nom":
                continue  # a case ending is not put after initials
            text = template.format(name=ky_case(written, case))
            cells.append((f"ky-{template_id}-{shape}", text, [expected]))
    return cells


# Russian: (given, patronymic, surname), a man's and a woman's.
_RU_MALE = [
    ("Бакыт", "Асанович", "Жумабаев"),
    ("Нурлан", "Токтогулович", "Осмонов"),
    ("Иван", "Петрович", "Сидоров"),
    ("Эрлан", "Бекович", "Исаков"),
    ("Алексей", "Иванович", "Кузнецов"),
    ("Сергей", "Викторович", "Лебедев"),
    ("Азамат", "Маратович", "Сыдыков"),
]
_RU_FEMALE = [
    ("Айгуль", "Асановна", "Жумабаева"),
    ("Гульмира", "Токтогуловна", "Осмонова"),
    ("Ольга", "Петровна", "Сидорова"),
    ("Мария", "Ивановна", "Кузнецова"),
    ("Жылдыз", "Бекмаматовна", "Исакова"),
    ("Наталья", "Сергеевна", "Лебедева"),
]
_CASES = ("nom", "gen", "dat", "acc", "ins", "pre")
_SURNAME_ENDINGS = {
    False: dict(zip(_CASES, ("", "а", "у", "а", "ым", "е"), strict=True)),
    True: dict(zip(_CASES, ("а", "ой", "ой", "у", "ой", "ой"), strict=True)),
}
_PATRONYMIC_ENDINGS = {
    False: dict(zip(_CASES, ("", "а", "у", "а", "ем", "е"), strict=True)),
    True: dict(zip(_CASES, ("а", "ы", "е", "у", "ой", "е"), strict=True)),
}
# A given name's endings by its nominative's end (a woman's name in a consonant,
# Айгуль, Жылдыз, is not declined in Kyrgyzstan's Russian).
_GIVEN_ENDINGS = {
    "ей": dict(zip(_CASES, ("ей", "ея", "ею", "ея", "еем", "ее"), strict=True)),
    "ия": dict(zip(_CASES, ("ия", "ии", "ии", "ию", "ией", "ии"), strict=True)),
    "ья": dict(zip(_CASES, ("ья", "ьи", "ье", "ью", "ьей", "ье"), strict=True)),
    "а": dict(zip(_CASES, ("а", "ы", "е", "у", "ой", "е"), strict=True)),
    "": dict(zip(_CASES, ("", "а", "у", "а", "ом", "е"), strict=True)),
}

_VELAR_Y = ("гы", "кы", "хы", "жы", "шы", "чы", "щы")

RU_TEMPLATES: dict[str, tuple[str, str]] = {
    "nominative": ("Семинар открыл глава айыл окмоту {name}.", "nom"),
    "nominative_first": ("{name}, председатель айылного кенеша, рассказал о бюджете.", "nom"),
    "genitive_role": ("По словам главы айыл окмоту {name}, работы завершатся осенью.", "gen"),
    "genitive_cue": ("Встреча прошла при участии {name} и депутатов.", "gen"),
    "dative": ("Жители обратились к акиму района {name} с просьбой.", "dat"),
    "accusative": ("Участники поблагодарили {name} за поддержку.", "acc"),
    "instrumental": ("Состоялась встреча с главой села {name}.", "ins"),
    "instrumental_mayor": ("Жители встретились с мэром города {name} в пятницу.", "ins"),
    "prepositional": ("В статье рассказывается о {name} и его работе.", "pre"),
}


def _decline(word: str, endings: dict[str, dict[str, str]], case: str) -> str:
    for end, table in endings.items():
        if word.endswith(end) and (end or not word.endswith(("а", "я", "ь"))):
            return word[: len(word) - len(end)] + table[case]
    return word


def _ru_words(person: tuple[str, str, str], case: str, female: bool) -> tuple[str, str, str]:
    given, patronymic, surname = person
    if female and not given.endswith(("а", "я")):
        g = given
    else:
        g = _decline(given, _GIVEN_ENDINGS, case)
    if g.endswith(_VELAR_Y):
        g = g[:-1] + "и"  # spelling rule: Ольги, not Ольгы
    p_stem = patronymic[:-1] if female else patronymic
    s_stem = surname[:-1] if female else surname
    p = p_stem + _PATRONYMIC_ENDINGS[female][case]
    s = s_stem + _SURNAME_ENDINGS[female][case]
    return g, p, s


def _ru_shapes(person: tuple[str, str, str], case: str, female: bool) -> dict[str, tuple[str, str]]:
    given, patronymic, surname = person
    g, p, s = _ru_words(person, case, female)
    i, j = given[0], patronymic[0]
    return {
        "given_surname": (f"{g} {s}", f"{given} {surname}"),
        "surname_given": (f"{s} {g}", f"{surname} {given}"),
        "given_patronymic_surname": (f"{g} {p} {s}", f"{given} {patronymic} {surname}"),
        "surname_given_patronymic": (f"{s} {g} {p}", f"{surname} {given} {patronymic}"),
        "initial_surname": (f"{i}. {s}", f"{i}. {surname}"),
        "initials_surname": (f"{i}.{j}. {s}", f"{i}. {j}. {surname}"),
        "surname_initials": (f"{s} {i}.{j}.", f"{surname} {i}. {j}."),
    }


def russian_cells() -> list[Cell]:
    cells: list[Cell] = []
    for k, (template_id, (template, case)) in enumerate(RU_TEMPLATES.items()):
        for female, pool in ((False, _RU_MALE), (True, _RU_FEMALE)):
            person = pool[k % len(pool)]
            for shape, (written, expected) in _ru_shapes(person, case, female).items():
                text = template.format(name=written).replace("..", ".")
                sex = "f" if female else "m"
                cells.append((f"ru-{template_id}-{sex}-{shape}", text, [expected]))
    return cells


# --- Russian text: a role before and after the name, Kyrgyz names, уулу/кызы ---------------
# Every case of the Russian declension, a man and a woman, with the office before the
# name ("главой Жогорку Кенеша Мирбеком Жолдошбековым") and after it in apposition
# ("с Мирбеком Жолдошбековым, главой Жогорку Кенеша"). Kyrgyz names as Russian pages
# write them: given names in -бек, surnames in -беков/-бекова, a patronymic in
# -бекович/-бековна, the father's name with уулу/кызы (undeclined, the given name
# before them declining).
_RU_KY_MALE = [
    ("Мирбек", "Токтобекович", "Жолдошбеков"),
    ("Нурбек", "Асанбекович", "Сыдыкбеков"),
    ("Азамат", "Маратович", "Осмонов"),
]
_RU_KY_FEMALE = [
    ("Гульмира", "Токтобековна", "Жолдошбекова"),
    ("Айгуль", "Бекмаматовна", "Сыдыкбекова"),
    ("Назгуль", "Асановна", "Осмонова"),
]
_RU_FATHERS = ["Асан", "Токтогул", "Жумабек"]
RU_ROLE_TEMPLATES: dict[str, tuple[str, str]] = {
    "before-nom": ("На сходе выступает аким района {name}.", "nom"),
    "before-gen": ("По словам акима района {name}, работы завершены.", "gen"),
    "before-dat": ("Жители обратились к депутату Жогорку Кенеша {name}.", "dat"),
    "before-acc": ("Участники поблагодарили акима района {name}.", "acc"),
    "before-ins": ("Состоялась встреча с главой Жогорку Кенеша {name}.", "ins"),
    "before-pre": ("В статье рассказали о депутате Жогорку Кенеша {name}.", "pre"),
    "after-nom": ("{name}, аким района, выступает на сходе.", "nom"),
    "after-gen": ("По словам {name}, акима района, работы идут.", "gen"),
    "after-dat": ("Жители обратились к {name}, депутату Жогорку Кенеша.", "dat"),
    "after-acc": ("Участники поблагодарили {name}, акима района, за помощь.", "acc"),
    "after-ins": ("Состоялась встреча с {name}, главой Жогорку Кенеша.", "ins"),
    "after-pre": ("В статье рассказали о {name}, депутате Жогорку Кенеша.", "pre"),
}


def _ru_father_shapes(
    person: tuple[str, str, str], father: str, case: str, female: bool
) -> dict[str, tuple[str, str]]:
    """The father's name with уулу/кызы after a declined given name or initials."""
    given = person[0]
    g = _ru_words(person, case, female)[0]
    word = "кызы" if female else "уулу"
    return {
        "given_father": (f"{g} {father} {word}", f"{given} {father} {word}"),
        "initial_father": (f"{given[0]}. {father} {word}", f"{given[0]}. {father} {word}"),
    }


def russian_role_cells() -> list[Cell]:
    """Each name shape in each case, a role before or after it, Kyrgyz names too."""
    cells: list[Cell] = []
    for k, (template_id, (template, case)) in enumerate(RU_ROLE_TEMPLATES.items()):
        for female, pool in ((False, _RU_MALE + _RU_KY_MALE), (True, _RU_FEMALE + _RU_KY_FEMALE)):
            person = pool[k % len(pool)]
            ky_person = (_RU_KY_FEMALE if female else _RU_KY_MALE)[k % len(_RU_KY_MALE)]
            shapes = {
                **_ru_shapes(person, case, female),
                **{f"ky-{n}": v for n, v in _ru_shapes(ky_person, case, female).items()},
                **_ru_father_shapes(ky_person, _RU_FATHERS[k % len(_RU_FATHERS)], case, female),
            }
            for shape, (written, expected) in shapes.items():
                text = template.format(name=written).replace("..", ".")
                sex = "f" if female else "m"
                cells.append((f"ru-role-{template_id}-{sex}-{shape}", text, [expected]))
    return cells


# --- foreign staff of donors and embassies: a surname of no suffix -------------------------
# A man's surname of no suffix declines as his given name does ("Кристиана Хегера"); a
# woman's does not ("Клаудии Шмидт").
_FOREIGN_MALE = [("Кристиан", "Хегер"), ("Томас", "Вебер"), ("Петер", "Шмидт")]
_FOREIGN_FEMALE = [("Клаудия", "Шмидт"), ("Катарина", "Мюллер"), ("Моника", "Браун")]
_BARE_ENDINGS = dict(zip(_CASES, ("", "а", "у", "а", "ом", "е"), strict=True))


def foreign_cells() -> list[Cell]:
    """A foreign given name and a surname of no suffix in each Russian template."""
    cells: list[Cell] = []
    for k, (template_id, (template, case)) in enumerate(RU_TEMPLATES.items()):
        given, surname = _FOREIGN_MALE[k % len(_FOREIGN_MALE)]
        written = f"{_decline(given, _GIVEN_ENDINGS, case)} {surname}{_BARE_ENDINGS[case]}"
        cells.append(
            (f"ru-foreign-{template_id}-m", template.format(name=written), [f"{given} {surname}"])
        )
        given, surname = _FOREIGN_FEMALE[k % len(_FOREIGN_FEMALE)]
        g = _decline(given, _GIVEN_ENDINGS, case)
        g = g[:-1] + "и" if g.endswith(_VELAR_Y) else g
        cells.append(
            (
                f"ru-foreign-{template_id}-f",
                template.format(name=f"{g} {surname}"),
                [f"{given} {surname}"],
            )
        )
    return cells


# --- near misses: a person's name inside the name of something else -------------------------
# A school, street, fund, party, prize or ayil aimak named after a person names no one
# (the real corpus's convention), in each name shape; a unit's adjective shaped like a
# surname (Баетов -> "Баетовского айыл окмоту") neither.
_KY_NAMESAKE_TEMPLATES = [
    "{n} атындагы мектепте жыйын өттү.",
    "Жол {n} көчөсүндө оңдолду.",
    "{n} фонду айылга грант берди.",
    "{n} сыйлыгы быйыл да тапшырылды.",
    "{n} айыл аймагынын тургундары чогулушту.",
    "Окуучулар {n} атындагы сыйлыкты алышты.",
    "«{n}» партиясынын өкүлдөрү катышты.",
]
_RU_NAMESAKE_TEMPLATES = [
    "Школа имени {g} открылась после ремонта.",
    "Ремонт школы имени {g} завершен.",
    "Стипендия имени {g} вручена студентам.",
    "Премию имени {g} присудили журналисту.",
    "Фонд {g} выделил гранты.",
    "Улица {g} закрыта на ремонт.",
    "Партия «{n}» провела съезд.",
]


def namesake_negative_cells() -> list[str]:
    """Each name shape inside the name of an institution, a street, a fund, a party, a
    prize or an ayil aimak, Kyrgyz and Russian."""
    cells: list[str] = []
    for k, template in enumerate(_KY_NAMESAKE_TEMPLATES):
        given, surname = _KY_MALE[k % len(_KY_MALE)], _KY_SURNAMES[k % len(_KY_SURNAMES)]
        for n in (f"{given} {surname}", f"{given[0]}.{surname}", f"{given[0]}. {surname}"):
            cells.append(template.format(n=n))
    for k, template in enumerate(_RU_NAMESAKE_TEMPLATES):
        person = _RU_MALE[k % len(_RU_MALE)]
        g, p, s = _ru_words(person, "gen", female=False)
        given, _, surname = person
        for genitive in (f"{g} {s}", f"{given[0]}. {s}", f"{g} {p} {s}"):
            cells.append(template.format(g=genitive, n=f"{given} {surname}"))
    return cells


def unit_adjective_cells() -> list[str]:
    """The Russian adjective of every gazetteer unit named like a surname in -ов/-ев
    (Баетов -> Баетовского), before its type noun, with a role before it."""
    seen: set[str] = set()
    cells: list[str] = []
    for unit in gazetteer.default().units():
        name = unit.name
        if name in seen or "-" in name or not name.endswith(("ов", "ев")) or not surname_of(name):
            continue
        seen.add(name)
        cells.append(f"Глава {name}ского айыл окмоту провел сход.")
        cells.append(f"Жители {name}ского айылного аймака получили воду.")
    return cells


# Near misses: a name inside the name of a street, fund, school, ayil aimak, park or
# party; a village or district named like a surname; Russian adjectives of units;
# months, title words, organisation words. None names a person.
NEGATIVE: list[str] = [
    "Жыйын Т.Кошбаев көчөсүндөгү имаратта өттү.",
    "Иш-чара Ж.Баласагын атындагы университетте болду.",
    "А.Осмонов атындагы мектепте ремонт бүттү.",
    "Т.Зулпуев айыл аймагынын тургундары катышты.",
    "Болот Мамбетов айыл аймагында жаңы көпүрө курулду.",
    "Токтомат Зулпуев атындагы мектептин окуучулары келишти.",
    "Ханнс Зайдель фонду тренинг уюштурду.",
    "Семинар прошёл в школе имени Токтогула Сатылганова.",
    "Офис находится по ул. Т. Кошбаева, 12.",
    "Жители села Ивановка получили воду.",
    "Ивановка айылынын тургундары жолугушту.",
    "Орловка шаарчасында жаңы мектеп ачылды.",
    "В Свердловском районе открыли парк.",
    "Кемин районунда жаңы көпүрө курулду.",
    "Баетов айылында мектеп курулду.",
    "Январь айында жыйын болот.",
    "Министрлер Кабинетинин токтому кабыл алынды.",
    "Депутатов избрали в январе.",
    "«Ата Мекен» партиясынын өкүлдөрү катышты.",
    "Ч.Айтматов паркында майрам өттү.",
    "Т.Сатылганов мектебинде жыйын болду.",
    "Айыл өкмөтү Сарыбаев көчөсүн асфальттады.",
    "Курманжан Датка атындагы музейде көргөзмө ачылды.",
    "Ленин районунда жаңы мектеп ачылды.",
    "Глава Московского района провел встречу.",
    "Жители Панфиловского района получили помощь.",
    "В Кеминском районе прошёл семинар.",
    "Депутаты Аламединского района собрались.",
    "Акимиат Сокулукского района сообщил.",
    "Лебединовского айыл окмоту сообщил.",
    "Алтын Казык сыйлыгы тапшырылды.",
    "Жеңиш Күнүнө карата майрам өттү.",
    "Токтогул Сатылганов атындагы филармонияда концерт болду.",
    "Биринчи Май районунда жолугушуу болду.",
    "Ивановка айыл аймагынын башчысы сүйлөдү.",
]

# The namesake's type word in its cases, before the name (Russian: a street, square,
# park, peak, memorial event; capitalised at a sentence's start too) or after it
# (Kyrgyz: readings, a peak). Composed from the street and
# event vocabulary of city news.
_RU_TYPE_WORDS = ["Улица", "Проспект", "Переулок", "Бульвар", "Площадь", "Сквер"]
_RU_TYPE_PHRASES = [
    "{w} {s} закрыт для транспорта.",
    "На {w_loc} {s} заменили освещение.",
    "Ремонт {w_gen} {s} завершён.",
]
_RU_TYPE_CASES = {
    "Улица": ("улице", "улицы"),
    "Проспект": ("проспекте", "проспекта"),
    "Переулок": ("переулке", "переулка"),
    "Бульвар": ("бульваре", "бульвара"),
    "Площадь": ("площади", "площади"),
    "Сквер": ("сквере", "сквера"),
}
_KY_TYPE_AFTER = ["окуулары", "чокусу"]


def namesake_type_cells() -> list[str]:
    """Near misses: a surname (Russian genitive, Kyrgyz nominative) named by a type word."""
    cells = []
    for k, word in enumerate(_RU_TYPE_WORDS):
        surname = ROLE_SURNAMES[k % len(ROLE_SURNAMES)]
        genitive = surname[:-1] + "ой" if surname.endswith("а") else surname + "а"
        loc, gen = _RU_TYPE_CASES[word]
        for phrase in _RU_TYPE_PHRASES:
            cells.append(phrase.format(w=word, w_loc=loc, w_gen=gen, s=genitive))
    for word in _KY_TYPE_AFTER:
        cells.append(f"Т.Асанов {word} жөнүндө маалымат берилди.")
        cells.append(f"Бакыт Асанов {word} жаңыртылды.")
    for word in ("намындагы", "ысымындагы"):
        cells.append(f"Жыйын Т.Асанов {word} мектепте өттү.")
        cells.append(f"Гүлнара Бекиева {word} китепканага китептер берилди.")
    for name in ("Ч.Асановдун", "Бакыт Бекиевдин"):
        cells.append(f"Мектеп {name} атын алып жүрөт.")
        cells.append(f"Лицей {name} ысымын алып жүрөт.")
    cells.append("Турнир памяти Бакыта Асанова прошёл в Оше.")
    cells.append("Мемориальный турнир памяти Гульмиры Осмоновой собрал спортсменов.")
    return cells


# A Kyrgyz noun in the genitive after a consonant (stem + тин/дин) ends like a surname in
# -ин; after a capitalised word it gives no name. Nouns of press releases, each in turn.
_GENITIVE_NOUNS = ["Мектептин", "Мугалимдин", "Эмгектин", "Университеттин", "Кеңештин"]
_GENITIVE_NOUNS += ["Министрликтин", "Өкмөттүн", "Жамааттын", "Бирликтин", "Элдин"]


# ... and one with the possessive and the accusative (stem + ин): "its school".
_ACCUSATIVE_NOUNS = ["Мектебин", "Кеңешин", "Элчилигин", "Бирлигин", "Комитетин"]


def genitive_noun_cells() -> list[str]:
    return (
        [f"Эл Аралык {noun} өкүлдөрү катышты." for noun in _GENITIVE_NOUNS]
        + [f"Жыйынга Улуттук {noun} кызматкерлери келишти." for noun in _GENITIVE_NOUNS]
        + [f"Аким Жаштар {noun} колдоду." for noun in _ACCUSATIVE_NOUNS]
        + [f"Министр Улуттук {noun} кабыл алды." for noun in _ACCUSATIVE_NOUNS]
        + [f"{adj} {noun} программасы башталды." for adj, noun in _LOANWORDS_IN]
        + [f"Открылся {adj} {noun}." for adj, noun in _LOANWORDS_IN_RU]
    )


# Common nouns (loanwords) in -ин/-ина after a capitalised word of a name or a headline.
_LOANWORDS_IN = [("Эл Аралык", "Медицина"), ("Таза", "Вакцина"), ("Кытай", "Машина")]
_LOANWORDS_IN += [("Спорт", "Дисциплина"), ("Жаңы", "Витрина")]
_LOANWORDS_IN_RU = [("Новый", "Магазин"), ("Большой", "Бензин"), ("Новая", "Витрина")]


# Surnames in -ин that no Kyrgyz genitive reads (a vowel or a back vowel before the
# ending): still surnames.
IN_SURNAMES = ["Ильин", "Бородин", "Путин", "Никитин", "Фомин", "Калинин"]


# Near misses the other way: a type word opens the sentence, the person comes after it.
NAMESAKE_TYPE_PERSONS: list[tuple[str, str]] = [
    ("Проспект открыл мэр Бакыт Асанов.", "Бакыт Асанов"),
    ("Памятник посетил аким Нурлан Осмонов.", "Нурлан Осмонов"),
    ("Бакыт Асанов эстеликке гүл койду.", "Бакыт Асанов"),
    ("Нурлан Осмонов айкелге гүл койду.", "Нурлан Осмонов"),
    ("Айгүл Бекиева атынан куттуктоо жөнөттү.", "Айгүл Бекиева"),
    # the honoree of a monument or a statue is a person (the real corpus's convention)
    ("Депутаттар Ч.Асановдун эстелигине гүл коюшту.", "Ч. Асанов"),
    ("Аким Бакыт Бекиевдин айкелинин жанында сүйлөдү.", "Бакыт Бекиев"),
]


# A unit of the gazetteer named like a surname (an ayil aimak named after a person,
# Баетов, Кочкорбаев; a district, Панфилов) in the phrases that name the unit.
_UNIT_PHRASES = {
    "village": ["{n} айылында жаңы мектеп ачылды.", "В селе {n} открыли школу."],
    "ayil_aimak": [
        "{n} айыл аймагынын башчысы сүйлөдү.",
        "Тургундар {n} айыл өкмөтүнө кайрылышты.",
        "Глава {n} айыл окмоту выступил.",
    ],
    "district": ["{n} районунун акими сүйлөдү.", "В {n} районе открыли школу."],
    "city": ["{n} шаарынын мэри сүйлөдү.", "Жыйын {n} шаарында өттү."],
}


def unit_cells() -> list[str]:
    """Every gazetteer unit whose name is surname-shaped, in its level's phrases."""
    seen: set[tuple[str, str]] = set()
    cells: list[str] = []
    for unit in gazetteer.default().units():
        if (unit.name, unit.level) in seen or not surname_of(unit.name):
            continue
        seen.add((unit.name, unit.level))
        cells.extend(p.format(n=unit.name) for p in _UNIT_PHRASES.get(unit.level, []))
    return cells


# Words that open a sentence before a subject's name: adverbs, conjunctions, nouns in
# a case, adjectives. A lone surname after them is the subject, with no given name
# lent; a full name after them stays whole.
_KY_OPENERS = ["Жыйынды", "Быйыл", "Азыр", "Кийин", "Бүгүн", "Кечээ", "Ошондуктан", "Андан"]
_KY_OPENERS += ["Акыры", "Эми", "Мурда", "Тренингден", "Маалыматты", "Көйгөйлөрдү"]
_KY_OPENERS += ["Жергиликтүү", "Айылдык", "Райондук", "Жаңы", "Мындай", "Негизинен"]
_RU_OPENERS = ["Затем", "Сегодня", "Вчера", "Ранее", "Позже", "Однако", "Тогда", "Потом"]
_RU_OPENERS += ["Впервые", "Теперь", "Сейчас", "Далее", "Поэтому", "Недавно", "Накануне"]
_RU_OPENERS += ["Утром", "Вечером", "Кстати", "Именно"]


def opener_cells() -> list[tuple[str, str, str]]:
    """(sentence with a lone surname, sentence with a full name, the full name)."""
    ky = [
        (f"{w} Асанов жыйынды ачып, сөз сүйлөдү.", f"{w} Бакыт Асанов жыйынды ачты.")
        for w in _KY_OPENERS
    ]
    ru = [
        (f"{w} Асанов отметил важность реформы.", f"{w} Бакыт Асанов отметил важность реформы.")
        for w in _RU_OPENERS
    ]
    return [(lone, full, "Бакыт Асанов") for lone, full in ky + ru]


# A surname alone where it plainly names one: opening a sentence with an agreeing
# verb, after its verb in a quotation's attribution, after a genitive preposition.
_LONE_MEN = ["Байсалов", "Жапаров", "Касымалиев", "Токтосунов", "Сариев"]
_LONE_TEMPLATES_RU = {
    "opens": ("{m} посетил новую школу.", "{f} рассказала о проблемах села."),
    "attribution": ("«Мы работаем», — сказал {m}.", "«Мы работаем», — сказала {f}."),
    "as_noted": ("Как отметил {m}, реформа продолжится.", "Как отметила {f}, реформа идет."),
    "by_words": ("По словам {m_gen}, работы завершены.", "По словам {f_gen}, работы идут."),
}
_LONE_TEMPLATES_KY = {
    "opens": "{m} тургундар менен жолугушту.",
    "attribution": "«Биз иштеп жатабыз», – деди {m}.",
    "attribution_dep": "«Биз иштеп жатабыз», – деп билдирди {m}.",
}


def lone_cells() -> list[Cell]:
    cells: list[Cell] = []
    for k, man in enumerate(_LONE_MEN):
        woman = man + "а"
        forms = {"m": man, "f": woman, "m_gen": man + "а", "f_gen": man + "ой"}
        for template_id, (male, female) in _LONE_TEMPLATES_RU.items():
            cells.append((f"ru-{template_id}-m-{k}", male.format(**forms), [man]))
            cells.append((f"ru-{template_id}-f-{k}", female.format(**forms), [woman]))
        for template_id, template in _LONE_TEMPLATES_KY.items():
            cells.append((f"ky-{template_id}-{k}", template.format(**forms), [man]))
    return cells


# People nouns in the genitive plural opening a sentence, with a verb that would agree
# with a surname; plural nouns with a plural verb.
LONE_NEGATIVE = [
    "Участников приветствовал глава района.",
    "Специалистов обучил эксперт проекта.",
    "Депутатов поздравил спикер.",
    "Студентов наградил ректор.",
    "Депутатов избрали на пять лет.",
    "Итогов пока нет.",
    "Комментариев пока нет.",
    "Жители поблагодарили Асанова за помощь.",
]


# --- offices and roles: a lone surname after each (the lexicon audit of issue 14) ----------------
# Written by the team from the offices of government and local self-government and the
# trades of press releases, each with its Kyrgyz possessive or Russian complement.
KY_ROLES: tuple[str, ...] = (
    "аким",
    "райондун акими",
    "облустагы ыйгарым укуктуу өкүл",
    "облустун полпреди",
    "мэр",
    "вице-мэр",
    "губернатор",
    "айыл өкмөтүнүн башчысы",
    "айылдык кеңештин төрагасы",
    "төраганын орун басары",
    "жооптуу катчы",
    "депутат",
    "кеңештин мүчөсү",
    "министр",
    "директор",
    "ректор",
    "долбоордун координатору",
    "эксперт",
    "кеңешчи",
    "бөлүм башчысы",
    "прокурор",
    "судья",
    "спикер",
    "мектеп директору",
    "башкы адис",
    "инженер",
    "агроном",
)
RU_ROLES: tuple[str, ...] = (
    "аким",
    "аким района",
    "глава района",
    "полпред",
    "полномочный представитель",
    "губернатор",
    "мэр",
    "вице-мэр",
    "депутат",
    "министр",
    "замминистра",
    "заместитель главы",
    "председатель айылного кенеша",
    "торага айылного кенеша",
    "ответственный секретарь",
    "помощник акима",
    "советник",
    "эксперт",
    "координатор",
    "директор",
    "прокурор",
    "спикер",
    "начальник управления",
    "руководитель проекта",
    "специалист отдела",
    "инспектор",
    "член правления",
    "аким Ноокенского района",
    "глава Ошской области",
    "депутат ЖК",
    "мэр Оша",
    "вице-мэр Бишкека",
)
ROLE_SURNAMES: tuple[str, ...] = ("Асанов", "Бекиева", "Токтогулов")


def role_cells() -> list[tuple[str, str, str]]:
    """(id, text, surname): a lone surname right after its role, Kyrgyz and Russian."""
    cells = []
    for k, role in enumerate(KY_ROLES):
        surname = ROLE_SURNAMES[k % len(ROLE_SURNAMES)]
        cells.append((f"ky-{role}", f"Жыйынды {role} {surname} ачты.", surname))
    for k, role in enumerate(RU_ROLES):
        surname = ROLE_SURNAMES[k % len(ROLE_SURNAMES)]
        verb = "открыла" if surname.endswith("а") else "открыл"
        cells.append((f"ru-{role}", f"Совещание {verb} {role} {surname}.", surname))
    return cells


# Near misses: a role and its complement before a word that is no surname, or a namesake.
ROLE_NEGATIVE: tuple[str, ...] = (
    "Начальник управления Октябрьского района выступил.",
    "Директор школы им. Асанова выступил.",
    "Сотрудники отдела Первомайского района приняли участие.",
    "Председатель Совета Ивановской области выступил.",
    "Глава села Баетов провел сход.",
)


# --- every given name of the lexicon, in the Russian genitive (the lexicon audit) ---------
# The genitive of a given name by its nominative's end; a woman's name in a consonant,
# -и or -й (Жылдыз, Айпери, Каныкей) is not declined.
_GIVEN_GENITIVE = (("ия", "ии"), ("я", "и"), ("а", "ы"), ("й", "я"), ("ь", "я"), ("", "а"))
_PLACE_NAMED = ("Талас",)  # a given name that is also an oblast: "Таласа" reads as the place


def _given_genitive(given: str, female: bool) -> str:
    for end, oblique in _GIVEN_GENITIVE:
        if given.endswith(end) and (end in ("ия", "я", "а") or not female):
            stem = given[: len(given) - len(end)]
            return stem + ("и" if oblique == "ы" and stem.endswith(_VELAR_Y_STEMS) else oblique)
    return given


_VELAR_Y_STEMS = ("г", "к", "х", "ж", "ш", "ч", "щ")


def given_name_cells() -> list[Cell]:
    """Each given name of given_names.yaml with a surname in the genitive after "По
    словам", back in the nominative."""
    lexicon = yaml.safe_load(GIVEN_NAMES.read_text(encoding="utf-8"))
    cells: list[Cell] = []
    for sex, surname, genitive in (
        ("male", "Асанов", "Асанова"),
        ("female", "Асанова", "Асановой"),
    ):
        for given in [*lexicon[sex], *lexicon[f"{sex}_foreign"]]:
            if given in _PLACE_NAMED:
                continue
            text = f"По словам {_given_genitive(given, sex == 'female')} {genitive}, работы идут."
            cells.append((f"ru-gen-{sex}-{given}", text, [f"{given} {surname}"]))
    return cells


# A man's name in -а/-я declines as a woman's: in each case, with a surname in that case.
_MALE_IN_A = {
    "Никита": ("Никиты", "Никите", "Никиту", "Никитой"),
    "Илья": ("Ильи", "Илье", "Илью", "Ильёй"),
}
MALE_IN_A_TEMPLATES = (
    "По словам {gen} Асанова, работы идут.",
    "Жители обратились к {dat} Асанову.",
    "Участники поблагодарили {acc} Асанова.",
    "Встреча с {ins} Асановым прошла в пятницу.",
    "В статье рассказали о {dat} Асанове.",
)


def male_in_a_cells() -> list[Cell]:
    cells: list[Cell] = []
    for given, (gen, dat, acc, ins) in _MALE_IN_A.items():
        for k, template in enumerate(MALE_IN_A_TEMPLATES):
            text = template.format(gen=gen, dat=dat, acc=acc, ins=ins)
            cells.append((f"ru-male-in-a-{given}-{k}", text, [f"{given} Асанов"]))
    return cells
