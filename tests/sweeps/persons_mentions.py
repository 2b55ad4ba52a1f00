"""Paradigm sweep cells for persons (round 5): one person named several times in one
text, in different forms, is one entry; Kyrgyz name forms (уулу/кызы with and without a
hyphen, before and after the given name, in every case; initials; surnames with and
without a suffix); and near misses (a name inside an institution's, prize's or street's
name, a related-news block, a headline in Title Case). Team-written template sentences.
A cell is (cell id, text, the names it must give, in the nominative, in text order).

Which form names a person named twice: the fullest one (a given name over its initial,
a full name over a lone surname), as the real corpus's gold keeps it; a patronymic or a
father's name written once makes that mention the fuller one."""

from __future__ import annotations

from persons_cells import ky_case

from vap_cli import gazetteer
from vap_cli.extractors.persons import surname_of

Cell = tuple[str, str, list[str]]

# (given, father's name, surname, a woman?)
_KY_PEOPLE = [
    ("Бакыт", "Асан", "Токтосунов", False),
    ("Нурлан", "Жумабек", "Бекиев", False),
    ("Айгүл", "Мамат", "Сариева", True),
    ("Мирбек", "Токтогул", "Жумабаев", False),
    ("Жылдыз", "Асан", "Исакова", True),
]
# The first mention: a full name in the nominative, with a role.
_KY_FIRST = "Айыл өкмөтүнүн башчысы {name} жыйынды ачып, тургундарга отчет берди."
# A later mention, in the case its template puts it in.
_KY_LATER: dict[str, tuple[str, str]] = {
    "opens": ("{name} жаңы долбоорлор тууралуу да айтып берди.", "nom"),
    "gen_attribution": ("{name} айтымында, көпүрө күзгө чейин бүтөт.", "gen"),
    "dat": ("Андан кийин тургундар {name} суроолорун беришти.", "dat"),
    "acc": ("Жыйындын катышуучулары {name} колдоп чыгышты.", "acc"),
    "abl": ("Журналисттер {name} кошумча маалымат алышты.", "abl"),
    "speech": ("«Көпүрө күзгө чейин бүтөт», – деди {name}.", "nom"),
}


def _ky_short_forms(given: str, father: str, surname: str, woman: bool) -> dict[str, str]:
    """Later forms of a person first named "given surname"."""
    return {
        "lone_surname": surname,
        "initial_glued": f"{given[0]}.{surname}",
        "initial_spaced": f"{given[0]}. {surname}",
        "two_initials": f"{given[0]}.{father[0]}.{surname}",
        "given_surname": f"{given} {surname}",
    }


def one_person_cells() -> list[Cell]:
    """A full name, then a shorter form of it in each later template and case: one
    entry, the full name."""
    cells: list[Cell] = []
    for k, (later_id, (later, case)) in enumerate(_KY_LATER.items()):
        for given, father, surname, woman in (_KY_PEOPLE[k % 5], _KY_PEOPLE[(k + 2) % 5]):
            full = f"{given} {surname}"
            for form_id, form in _ky_short_forms(given, father, surname, woman).items():
                if form.endswith(".") and case != "nom":
                    continue
                text = _KY_FIRST.format(name=full) + " " + later.format(name=ky_case(form, case))
                cells.append((f"ky-{later_id}-{form_id}-{given}", text, [full]))
    return cells


def short_first_cells() -> list[Cell]:
    """A short form first (a headline's lone surname, a byline's initial), the full
    name in the body: one entry, the full name."""
    cells: list[Cell] = []
    for given, _father, surname, _woman in _KY_PEOPLE:
        full = f"{given} {surname}"
        verb = "жыйын өткөрдү"
        headline = f"{surname} айылда {verb}\n"
        body = _KY_FIRST.format(name=full)
        cells.append((f"ky-headline-lone-{given}", headline + body, [full]))
        cells.append(
            (f"ky-initial-first-{given}", f"{given[0]}.{surname} айылда {verb}.\n{body}", [full])
        )
    return cells


# Other name shapes, each repeated in a shorter form of its own.
def _ky_shape_pairs(given: str, father: str, surname: str, woman: bool) -> dict[str, tuple]:
    son = "кызы" if woman else "уулу"
    patronymic = father + ("овна" if woman else "ович")
    return {
        # (the first mention, a later mention, the entry)
        "surname_given-initials": (
            f"{surname} {given}",
            f"{surname} {given[0]}.",
            f"{surname} {given}",
        ),
        "given_father-father": (
            f"{given} {father} {son}",
            f"{father} {son}",
            f"{given} {father} {son}",
        ),
        "given_father-initial": (
            f"{given} {father} {son}",
            f"{given[0]}.{father} {son}",
            f"{given} {father} {son}",
        ),
        "father_first-given_father": (
            f"{father} {son} {given}",
            f"{given} {father} {son}",
            f"{father} {son} {given}",
        ),
        "full_patronymic-given_surname": (
            f"{surname} {given} {patronymic}",
            f"{given} {surname}",
            f"{surname} {given} {patronymic}",
        ),
        "full_patronymic-surname_initials": (
            f"{surname} {given} {patronymic}",
            f"{surname} {given[0]}.{father[0]}.",
            f"{surname} {given} {patronymic}",
        ),
        "given_surname-full_patronymic": (
            f"{given} {surname}",
            f"{surname} {given} {patronymic}",
            f"{surname} {given} {patronymic}",
        ),
        "given_surname-polite": (
            f"{given} {surname}",
            f"{given} {patronymic}",
            f"{given} {surname}",
        ),
        "given_patronymic_surname-polite": (
            f"{given} {patronymic} {surname}",
            f"{given} {patronymic}",
            f"{given} {patronymic} {surname}",
        ),
    }


def shape_pair_cells() -> list[Cell]:
    cells: list[Cell] = []
    for k, (later_id, (later, case)) in enumerate(_KY_LATER.items()):
        given, father, surname, woman = _KY_PEOPLE[k % len(_KY_PEOPLE)]
        for pair_id, (first, again, entry) in _ky_shape_pairs(
            given, father, surname, woman
        ).items():
            if again.endswith(".") and case != "nom":
                continue
            text = _KY_FIRST.format(name=first) + " " + later.format(name=ky_case(again, case))
            cells.append((f"ky-{later_id}-{pair_id}", text, [entry]))
    return cells


# Russian: a full name, then the genitive of the surname, an initial, initials after.
_RU_PEOPLE = [
    ("Иван", "Петрович", "Петров", False),
    ("Бакыт", "Асанович", "Токтосунов", False),
    ("Гульмира", "Маратовна", "Осмонова", True),
    ("Айгуль", "Бекматовна", "Сыдыкова", True),
]
# The polite form after the full name: the nominative, then the dative, as written.
_RU_POLITE: dict[str, tuple[str, str]] = {
    "Иван": ("Иван Петрович", "Ивану Петровичу"),
    "Бакыт": ("Бакыт Асанович", "Бакыту Асановичу"),
    "Гульмира": ("Гульмира Маратовна", "Гульмире Маратовне"),
    "Айгуль": ("Айгуль Бекматовна", "Айгуль Бекматовне"),
}
_RU_LATER: dict[str, str] = {
    "by_words": "По словам {gen}, работы завершатся осенью.",
    "as_noted": "Как отметил{a} {nom}, реформа продолжится.",
    "said": "«Работы идут по графику», — сказал{a} {nom}.",
    "thanked": "Жители поблагодарили {acc} за помощь.",
}


def _ru_forms(given: str, patronymic: str, surname: str, woman: bool) -> dict[str, dict]:
    gen = surname[:-1] + "ой" if woman else surname + "а"
    acc = surname[:-1] + "у" if woman else surname + "а"
    i, j = given[0], patronymic[0]
    return {
        "lone": {"nom": surname, "gen": gen, "acc": acc},
        "initial": {"nom": f"{i}. {surname}", "gen": f"{i}. {gen}", "acc": f"{i}. {acc}"},
        "initials_after": {
            "nom": f"{surname} {i}.{j}.",
            "gen": f"{gen} {i}.{j}.",
            "acc": f"{acc} {i}.{j}.",
        },
    }


def russian_cells() -> list[Cell]:
    cells: list[Cell] = []
    for given, patronymic, surname, woman in _RU_PEOPLE:
        full = f"{given} {surname}"
        first = f"Семинар открыл{'а' if woman else ''} глава айыл окмоту {full}."
        for form_id, forms in _ru_forms(given, patronymic, surname, woman).items():
            for later_id, later in _RU_LATER.items():
                text = later.format(a="а" if woman else "", **forms)
                if text.endswith("..") or ". ," in text:
                    text = text.replace("..", ".").replace(". ,", ".,")
                cells.append((f"ru-{later_id}-{form_id}-{given}", f"{first} {text}", [full]))
        nominative, dative = _RU_POLITE[given]
        polite = f"{nominative} рассказал{'а' if woman else ''} о бюджете."
        cells.append((f"ru-polite-nom-{given}", f"{first} {polite}", [full]))
        polite = f"Жители обратились к {dative} с вопросами."
        cells.append((f"ru-polite-dat-{given}", f"{first} {polite}", [full]))
    return cells


# Russian prose and decrees: a Kyrgyz name with the father's name first ("Асан уулу
# Бакыт"), the given name declining; a decree's infinitive opening the clause.
_RU_FATHER_FIRST = {
    # given name: its genitive, dative, accusative, instrumental, prepositional
    ("Асан", "уулу", "Бакыт"): ("Бакыта", "Бакыту", "Бакыта", "Бакытом", "Бакыте"),
    ("Токтогул", "кызы", "Гульмира"): ("Гульмиры", "Гульмире", "Гульмиру", "Гульмирой", "Гульмире"),
    ("Жумабек", "уулу", "Эрлан"): ("Эрлана", "Эрлану", "Эрлана", "Эрланом", "Эрлане"),
}
_RU_CASE_TEMPLATES = (
    "По словам главы айыл окмоту {}, работы идут.",
    "Жители обратились к {} с просьбой.",
    "Участники поблагодарили {} за поддержку.",
    "Встреча с {} прошла в пятницу.",
    "В статье рассказали о {} и его работе.",
)
_DECREE_VERBS = ("Назначить", "Освободить", "Наградить", "Рекомендовать", "Утвердить")


def russian_father_first_cells() -> list[Cell]:
    cells: list[Cell] = []
    for (father, son, given), forms in _RU_FATHER_FIRST.items():
        entry = f"{father} {son} {given}"
        for template, form in zip(_RU_CASE_TEMPLATES, forms, strict=True):
            cells.append((f"ru-{given}-{form}", template.format(f"{father} {son} {form}"), [entry]))
        for verb in _DECREE_VERBS:
            text = f"{verb} {father} {son} {forms[2]} в соответствии с решением кенеша."
            cells.append((f"ru-decree-{verb}-{given}", text, [entry]))
    for verb in _DECREE_VERBS:
        text = f"{verb} Асанова Бакыта Асановича в соответствии с решением кенеша."
        cells.append((f"ru-decree-{verb}-full", text, ["Асанов Бакыт Асанович"]))
    return cells


# Openers before a name: a Russian preposition (its surname in a case, no given name
# lent), two-word openers before a lone surname, a given name in the dative opening
# the sentence.
# (a preposition: the surname's ending after it; each gives the surname alone, a man's)
_RU_PREPOSITIONS = {"Благодаря": "у", "Согласно": "у", "Вопреки": "у", "Кроме": "а"}
_RU_PREPOSITIONS |= {"После": "а", "Против": "а"}
_TWO_WORD_OPENERS_KY = ("Ал эми", "Мындан тышкары", "Буга чейин", "Ошондой эле")
_TWO_WORD_OPENERS_RU = ("При этом", "Кроме того", "Между тем", "В частности")
_RU_SOURCE_CLAUSES = (
    "Как сообщает пресс-служба полпреда",
    "По данным пресс-службы",
    "Как стало известно",
    "По итогам проверки",
)
# Kyrgyz nouns and kin words opening a sentence before a surname in a case.
_KY_NOUNS_AT_START = ("Долбоор", "Мектеп", "Китеп", "Демилге", "Жубайы", "Атасы", "Сүрөт")
_KY_NOUNS_AT_START += ("Тургундар", "Маалымат", "Сыйлык", "Бир тууганы")
# Nouns opening a sentence before a surname in the genitive, in their cases.
_RU_NOUNS_ACCUSATIVE = ("Инициативу", "Работу", "Позицию", "Кандидатуру", "Указом", "Сына")
_RU_NOUNS_ACCUSATIVE += ("Решением", "Деятельность", "Руководством", "Вклад", "Семью")
_DATIVES = {"Бакыту Асанову": "Бакыт Асанов", "Гульмире Сыдыковой": "Гульмира Сыдыкова"}
_DATIVES |= {"Эрлану Токтосунову": "Эрлан Токтосунов", "Айгуль Бекиевой": "Айгуль Бекиева"}


def opener_cells() -> list[Cell]:
    cells: list[Cell] = []
    for word, ending in _RU_PREPOSITIONS.items():
        text = f"{word} Асанов{ending} работы завершили."
        cells.append((f"ru-prep-{word}", text, ["Асанов"]))
    for cue in ("обратились к", "благодарны"):
        text = f"Жители {cue} Сыдыковой за помощь."
        cells.append((f"ru-dative-{cue}", text, ["Сыдыкова"] if cue.endswith(" к") else []))
    for word in ("Благодаря", "Согласно"):
        text = f"{word} Бакыту Асанову работы завершили."
        cells.append((f"ru-prep-full-{word}", text, ["Бакыт Асанов"]))
    for opener in _TWO_WORD_OPENERS_KY[:3]:
        text = f"{opener} Токтосунов тургундар менен жолугушту."
        cells.append((f"ky-opener-{opener}", text, ["Токтосунов"]))
    for opener in _TWO_WORD_OPENERS_RU[:2]:
        text = f"{opener} Токтосунова отметила важность реформы."
        cells.append((f"ru-opener-{opener}", text, ["Токтосунова"]))
    for k, clause in enumerate(_RU_SOURCE_CLAUSES):
        surname = ("Токтосунов", "Сыдыкова")[k % 2]
        verb = "поручила" if surname.endswith("а") else "поручил"
        text = f"{clause}, {surname} {verb} ускорить работы."
        cells.append((f"ru-comma-{k}", text, [surname]))
    for k, noun in enumerate(_RU_NOUNS_ACCUSATIVE):
        surname, genitive = (("Токтосунов", "Токтосунова"), ("Сыдыкова", "Сыдыковой"))[k % 2]
        text = f"{noun} {genitive} поддержали депутаты."
        cells.append((f"ru-noun-acc-{noun}", text, []))
        given, verb = ("Айгуль", "провела") if surname.endswith("а") else ("Айдар", "провел")
        first = f"Семинар {verb} {given} {surname}."
        cells.append((f"ru-noun-acc-after-{noun}", f"{first} {text}", [f"{given} {surname}"]))
    for k, noun in enumerate(_KY_NOUNS_AT_START):
        given, surname = (("Бакыт", "Токтосунов"), ("Айгүл", "Сариева"))[k % 2]
        later = ky_case(surname, ("gen", "dat", "acc", "abl")[k % 4])
        first = _KY_FIRST.format(name=f"{given} {surname}")
        text = f"{first} {noun} {later} демилгеси менен ишке ашты."
        cells.append((f"ky-noun-{noun}", text, [f"{given} {surname}"]))
    for given in ("Азамат", "Бекзат", "Нурлан"):  # a man's accusative, the object first
        text = f"{given}а Токтосунова наградили почетной грамотой."
        cells.append((f"ru-accusative-first-{given}", text, [f"{given} Токтосунов"]))
    for k, place in enumerate(("Түркияга", "Москвада", "Ошко", "Бишкектен")):
        surname = ("Токтосунов", "Сариева")[k % 2]
        text = f"{surname} {place} иш сапары менен барып, жолугушуулар өткөрдү."
        cells.append((f"ky-lone-before-place-{place}", text, [surname]))
    for k, phrase in enumerate(("в пятницу", "на сессии", "в Оше", "по итогам")):
        surname = ("Токтосунов", "Сыдыкова")[k % 2]
        verb = "отметила" if surname.endswith("а") else "отметил"
        text = f"{surname} {phrase} {verb} важность реформы."
        cells.append((f"ru-lone-phrase-{k}", text, [surname]))
    for k, noun in enumerate(("жарлыгы менен", "демилгеси менен", "жетекчилиги алдында")):
        surname = ("Токтосунов", "Сариева")[k % 2]
        text = f"Жыйын {ky_case(surname, 'gen')} {noun} өттү."
        cells.append((f"ky-lone-genitive-noun-{k}", text, [surname]))
    for dative, entry in _DATIVES.items():
        cells.append((f"ru-dative-first-{entry}", f"{dative} вручили грамоту.", [entry]))
    return cells


# Given names given_names.yaml lacks, in a Russian oblique case after a cue: a man's
# genitive/accusative (a woman's surname would end in -ой/-у), a woman's name in -а
# after a hushing or velar consonant ("Калыйчи": -и for -ы).
UNLISTED_MEN = ("Тынар", "Айбол", "Чубак", "Элдос", "Жанболот", "Калмурат")
UNLISTED_WOMEN = {"Айчүрөк": "Айчүрөк", "Гулайша": "Гулайши", "Нуржамал": "Нуржамал"}
_RU_CUED_TEMPLATES = (
    "По словам главы айыл окмоту {}, работы идут.",
    "Жители поблагодарили {} за помощь.",
    "Встреча прошла при участии {} и депутатов.",
)


def unlisted_given_cells() -> list[Cell]:
    cells: list[Cell] = []
    for k, given in enumerate(UNLISTED_MEN):
        template = _RU_CUED_TEMPLATES[k % len(_RU_CUED_TEMPLATES)]
        text = template.format(f"{given}а Сыдыкова")
        cells.append((f"ru-unlisted-m-{given}", text, [f"{given} Сыдыков"]))
    for given in ("Сагыныш", "Ильич"):  # an instrumental in -ем after a hushing letter
        text = f"Встреча с {given}ем Сыдыковым прошла в пятницу."
        cells.append((f"ru-unlisted-ins-{given}", text, [f"{given} Сыдыков"]))
    for given, genitive in UNLISTED_WOMEN.items():
        text = f"По словам {genitive} Сыдыковой, работы идут."
        cells.append((f"ru-unlisted-f-{given}", text, [f"{given} Сыдыкова"]))
    return cells


# --- two people who share a surname stay two ---------------------------------------
RELATIVES: list[Cell] = [
    (
        "ky-list",
        "Жыйынга Асанов Бакыт жана Асанова Гүлнара катышты.",
        ["Асанов Бакыт", "Асанова Гүлнара"],
    ),
    (
        "ky-spouse",
        "Жыйынга Бакыт Асанов жана анын жубайы Гүлнара Асанова катышышты.",
        ["Бакыт Асанов", "Гүлнара Асанова"],
    ),
    (
        "ky-brothers",
        "Мелдеште бир туугандар Нурлан Бекиев жана Мирбек Бекиев жеңишке жетишти.",
        ["Нурлан Бекиев", "Мирбек Бекиев"],
    ),
    (
        "ky-brothers-initials",
        "Сыйлыктарды Н.Бекиев жана М.Бекиев алышты.",
        ["Н. Бекиев", "М. Бекиев"],
    ),
    (
        "ky-brothers-later",
        "Мелдеште Нурлан Бекиев жана Мирбек Бекиев жеңишке жетишти. Н.Бекиев биринчи орунду алды.",
        ["Нурлан Бекиев", "Мирбек Бекиев"],
    ),
    (
        "ky-father-son",
        "Айылдын ардактуу тургуну Асан Токтосунов жана анын уулу Бакыт Токтосунов келишти.",
        ["Асан Токтосунов", "Бакыт Токтосунов"],
    ),
    (
        "ru-spouses",
        "На встречу пришли Иван Петров и Мария Петрова.",
        ["Иван Петров", "Мария Петрова"],
    ),
    (
        "ru-brothers",
        "Призы получили братья Алексей Кузнецов и Сергей Кузнецов.",
        ["Алексей Кузнецов", "Сергей Кузнецов"],
    ),
    (
        "ru-initials",
        "Грамоты вручили А. Кузнецову и С. Кузнецову.",
        ["А. Кузнецов", "С. Кузнецов"],
    ),
    (
        "ru-polite-two-namesakes",
        "Пришли Иван Петров и Иван Сидоров. Иван Петрович выступил первым.",
        ["Иван Петров", "Иван Сидоров", "Иван Петрович"],
    ),
    (
        "ky-polite-other-patronymic",
        "Жыйынга Асанов Бакыт Токтогулович катышты. Бакыт Асанович сөз сүйлөдү.",
        ["Асанов Бакыт Токтогулович", "Бакыт Асанович"],
    ),
]


# --- Kyrgyz name forms: уулу/кызы with a hyphen, glued, spaced -------------------------
_KY_FORM_TEMPLATES: dict[str, tuple[str, str]] = {
    "role_before": ("Жыйынды айыл өкмөтүнүн башчысы {name} ачты.", "nom"),
    "genitive": ("Айыл өкмөтүнүн башчысы {name} айтымында, иштер бүтөт.", "gen"),
    "dative": ("Тургундар райондун акими {name} кайрылышты.", "dat"),
    "accusative": ("Тургундар депутат {name} колдошту.", "acc"),
    "ablative": ("Журналисттер адис {name} маалымат алышты.", "abl"),
    "locative": ("Маалымат башчы {name} бар экени айтылды.", "loc"),
    "menen": ("Тургундар аким {name} менен жолугушту.", "nom"),
}


def _father_forms(given: str, father: str, woman: bool) -> dict[str, tuple[str, str]]:
    son = "кызы" if woman else "уулу"
    return {
        "after_spaced": (f"{given} {father} {son}", f"{given} {father} {son}"),
        "after_hyphen": (f"{given} {father}-{son}", f"{given} {father}-{son}"),
        "after_glued": (f"{given} {father}{son}", f"{given} {father}{son}"),
        "initial_hyphen": (f"{given[0]}.{father}-{son}", f"{given[0]}. {father}-{son}"),
        "before_spaced": (f"{father} {son} {given}", f"{father} {son} {given}"),
        "before_hyphen": (f"{father}-{son} {given}", f"{father}-{son} {given}"),
    }


def _initials_forms(given: str, father: str, surname: str) -> dict[str, tuple[str, str]]:
    """Initials before and after a surname, glued, spaced, the last dot left out."""
    i, j = given[0], father[0]
    return {
        "before_glued": (f"{i}.{j}.{surname}", f"{i}. {j}. {surname}"),
        "before_spaced": (f"{i}. {j}. {surname}", f"{i}. {j}. {surname}"),
        "before_one": (f"{i}.{surname}", f"{i}. {surname}"),
        "after_glued": (f"{surname} {i}.{j}.", f"{surname} {i}. {j}."),
        "after_spaced": (f"{surname} {i}. {j}.", f"{surname} {i}. {j}."),
        "after_undotted": (f"{surname} {i}.{j}", f"{surname} {i}. {j}."),
    }


# Where initials stand: after a role, in a list, on a signature line, in a table row.
_INITIALS_TEMPLATES = {
    "role": "Жыйынды айыл өкмөтүнүн башчысы {name} ачты.",
    "list": "Жыйынга {name}, депутаттар жана тургундар катышты.",
    "signature": "Токтом кабыл алынды.\nАйылдык кеңештин төрагасы {name}",
    "row": "| 1 | {name} | башкы адис |",
}


def initials_cells() -> list[Cell]:
    cells: list[Cell] = []
    for k, (template_id, template) in enumerate(_INITIALS_TEMPLATES.items()):
        given, father, surname, _woman = _KY_PEOPLE[k % len(_KY_PEOPLE)]
        for form_id, (written, entry) in _initials_forms(given, father, surname).items():
            text = template.format(name=written).replace("..", ".")
            cells.append((f"ky-initials-{template_id}-{form_id}", text, [entry]))
    return cells


def father_form_cells() -> list[Cell]:
    cells: list[Cell] = []
    for k, (template_id, (template, case)) in enumerate(_KY_FORM_TEMPLATES.items()):
        for given, father, _surname, woman in (_KY_PEOPLE[k % 5], _KY_PEOPLE[(k + 2) % 5]):
            for form_id, (written, entry) in _father_forms(given, father, woman).items():
                text = template.format(name=ky_case(written, case))
                cells.append((f"ky-{template_id}-{form_id}-{given}", text, [entry]))
    return cells


# Kyrgyz surnames of no Russian suffix: a name element (-бек, -бай, ...) or a father's
# given name standing as the surname, after a role.
_BARE_KY: list[tuple[str, str]] = [
    ("Бакыт", "Жээнбек"),
    ("Нурлан", "Токтобай"),
    ("Айгүл", "Асанбек"),
    ("Мирбек", "Осмонбай"),
]


def bare_surname_cells() -> list[Cell]:
    cells: list[Cell] = []
    for k, (template_id, (template, case)) in enumerate(_KY_FORM_TEMPLATES.items()):
        given, surname = _BARE_KY[k % len(_BARE_KY)]
        text = template.format(name=ky_case(f"{given} {surname}", case))
        cells.append((f"ky-bare-{template_id}-{given}", text, [f"{given} {surname}"]))
    return cells


# --- near misses ------------------------------------------------------------------------
# A person's name inside the name of something named after them: a prize, a
# scholarship, a kolkhoz, a school, a lyceum, a park, an avenue, a stadium, a museum,
# a competition; in Kyrgyz (атындагы, namesake type word after) and Russian (имени).
_KY_NAMED_AFTER = [
    "{n} атындагы сыйлыкты мугалимдер алышты.",
    "{n} атындагы стипендия студенттерге тапшырылды.",
    "Мурдагы {n} атындагы колхоздун жерлери бөлүштүрүлдү.",
    "Жыйын {n} атындагы лицейде өттү.",
    "Майрам {n} атындагы стадиондо өттү.",
    "Окуучулар {n} атындагы музейге барышты.",
    "Жолдун бир бөлүгү {n} проспектисинде оңдолду.",
    "{n} атындагы мелдешке 40 балбан катышты.",
    "Сүрөтчүлөр {n} атындагы көркөм сүрөт галереясында көргөзмө ачышты.",
    "Дүкөн {n} көч., 12 дарегинде ачылды.",
    "Кеңсе {n} пр. 45 дарегинде жайгашкан.",
    "Мурдагы {n} колхозунун жерлери бөлүштүрүлдү.",
    "Студенттер {n} стипендиясын алышты.",
]
_RU_NAMED_AFTER = [
    "Премию имени {g} вручили учителям.",
    "Праздник прошёл на стадионе имени {g}.",
    "Земли бывшего колхоза имени {g} распределены.",
    "Мемориал {g} по вольной борьбе собрал спортсменов.",
]
_NAMESAKES = [("Токтогул", "Сатылганов"), ("Чыңгыз", "Айтматов"), ("Касым", "Тыныстанов")]
_NAMESAKES_RU = [("Токтогула", "Сатылганова"), ("Чингиза", "Айтматова")]


# Honorific titles between имени and the namesake.
_HONORIFICS = (
    "Героя Кыргызской Республики",
    "академика",
    "народного поэта Кыргызстана",
    "Героя Социалистического Труда",
    "заслуженного учителя",
)


def named_after_cells() -> list[str]:
    cells: list[str] = []
    for k, template in enumerate(_KY_NAMED_AFTER):
        given, surname = _NAMESAKES[k % len(_NAMESAKES)]
        for n in (f"{given} {surname}", f"{given[0]}.{surname}", f"{given[0]}. {surname}"):
            cells.append(template.format(n=n))
    for k, template in enumerate(_RU_NAMED_AFTER):
        given, surname = _NAMESAKES_RU[k % len(_NAMESAKES_RU)]
        for g in (f"{given} {surname}", f"{given[0]}. {surname}", f"{given[0]}.{surname}"):
            cells.append(template.format(g=g))
    for k, title in enumerate(_HONORIFICS):
        given, surname = _NAMESAKES_RU[k % len(_NAMESAKES_RU)]
        cells.append(f"Школа имени {title} {given} {surname} отремонтирована.")
        cells.append(f"В лицее им. {title} {given[0]}. {surname} прошёл праздник.")
    return cells


# A related-news block after the article: the headlines there name other articles'
# people; the article names its own.
_RELATED_HEADINGS = ["Тектеш жаңылыктар", "Окшош макалалар", "Похожие новости", "Читайте также"]


def related_cells() -> list[Cell]:
    cells: list[Cell] = []
    body = "Айыл өкмөтүнүн башчысы Бакыт Токтосунов жаңы көпүрөнү ачты."
    for k, heading in enumerate(_RELATED_HEADINGS):
        other = ("Нурлан Бекиев", "Мирбек Жумабаев")[k % 2]
        block = f"\n\n{heading}:\nАким {other} тургундар менен жолукту\n"
        block += "Жаңы мектеп курулду\n"
        cells.append((f"related-{k}", body + block, ["Бакыт Токтосунов"]))
    return cells


# A unit of the gazetteer named like a surname, where the round-5 openers would take a
# lone surname for a person: after a comma, a two-word opener, "к" with the dative.
_UNIT_OPENER_PHRASES = (
    "Жыйын өттү, {n} тургундары катышты.",
    "Как сообщили в акимиате, {n} получил воду.",
    "Ал эми {n} тургундары суу алышты.",
    "К {n}у подвели новую дорогу.",
)


def unit_opener_cells() -> list[str]:
    names = sorted({u.name for u in gazetteer.default().units() if surname_of(u.name) == u.name})
    return [phrase.format(n=name) for name in names for phrase in _UNIT_OPENER_PHRASES]
