"""An inventory of how a count and its qualifier are written, by the team from the
languages (not from any page): every Kyrgyz number word in the forms a count takes
(nominative, ablative, dative, similative -дай, genitive, approximative -ча), alone and
inside compounds, as words and as digits (glued, hyphenated, spaced endings; digit
groups); every Kyrgyz qualifier around them; Russian numerals in the cases a count
takes, with the qualifiers that govern them; and numbers that are no count (ages,
percentages, money, years, ordinals, things, population, times, classes).
test_participants_counts.py sweeps them.

Each cell is (axis, text, counts written "45", "40m" more_than, "60a" about, "30l" at
least, "50u" up to; "" for none).
"""

from __future__ import annotations

# --- Kyrgyz number words, each in the forms a count takes, written by hand -----------------
# (nominative, ablative, dative, similative, genitive, approximative -ча)
KY_FORMS = ("nom", "abl", "dat", "sim", "gen", "cha")

KY_WORDS: dict[int, tuple[str, str, str, str, str, str]] = {
    2: ("эки", "экиден", "экиге", "экидей", "экинин", "экиче"),
    3: ("үч", "үчтөн", "үчкө", "үчтөй", "үчтүн", "үччө"),
    4: ("төрт", "төрттөн", "төрткө", "төрттөй", "төрттүн", "төртчө"),
    5: ("беш", "бештен", "бешке", "бештей", "бештин", "бешче"),
    6: ("алты", "алтыдан", "алтыга", "алтыдай", "алтынын", "алтыча"),
    7: ("жети", "жетиден", "жетиге", "жетидей", "жетинин", "жетиче"),
    8: ("сегиз", "сегизден", "сегизге", "сегиздей", "сегиздин", "сегизче"),
    9: ("тогуз", "тогуздан", "тогузга", "тогуздай", "тогуздун", "тогузча"),
    10: ("он", "ондон", "онго", "ондой", "ондун", "онча"),
    20: ("жыйырма", "жыйырмадан", "жыйырмага", "жыйырмадай", "жыйырманын", "жыйырмача"),
    30: ("отуз", "отуздан", "отузга", "отуздай", "отуздун", "отузча"),
    40: ("кырк", "кырктан", "кыркка", "кырктай", "кырктын", "кыркча"),
    50: ("элүү", "элүүдөн", "элүүгө", "элүүдөй", "элүүнүн", "элүүчө"),
    60: ("алтымыш", "алтымыштан", "алтымышка", "алтымыштай", "алтымыштын", "алтымышча"),
    70: ("жетимиш", "жетимиштен", "жетимишке", "жетимиштей", "жетимиштин", "жетимишче"),
    80: ("сексен", "сексенден", "сексенге", "сексендей", "сексендин", "сексенче"),
    90: ("токсон", "токсондон", "токсонго", "токсондой", "токсондун", "токсончо"),
    100: ("жүз", "жүздөн", "жүзгө", "жүздөй", "жүздүн", "жүзчө"),
    1000: ("миң", "миңден", "миңге", "миңдей", "миңдин", "миңче"),
}

# Words before the last one: a compound takes its endings on its last word only
# ("жыйырма бештен", "эки жүз элүүдөн"). (prefix words, their value, how the value combines)
KY_PREFIXES: tuple[tuple[str, int, str], ...] = (
    ("", 0, "add"),
    ("жыйырма", 20, "add"),  # units: 22..29
    ("жүз", 100, "add"),  # tens: 110..190
    ("эки жүз", 200, "add"),
    ("миң", 1000, "add"),
    ("беш", 5, "mul"),  # жүз, миң: 500, 5000
    ("он эки", 12, "mul"),
    ("бир жарым", 1, "half"),  # бир жарым миң 1500
)


def ky_number(value: int, prefix: tuple[str, int, str]) -> int | None:
    """The value of the prefix and the word of `value` together, or None when the
    pair is no number (a unit after "жүз", a ten after "жыйырма")."""
    words, head, how = prefix
    if how == "add":
        smaller = value < 10 if head == 20 else value < 100 if head >= 100 else True
        if head and not smaller or head >= 1000 and value >= 1000:
            return None
        return head + value
    if value != 1000 and not (value == 100 and head < 10):
        return None  # "он эки миң" 12 000, but 1200 is "миң эки жүз"
    if how == "half":
        return 1500 if value == 1000 else None
    return head * value


# (qualifier, template over the forms): how a Kyrgyz count carries its qualifier
KY_QUALIFIED: tuple[tuple[str, str], ...] = (
    ("exact", "{nom}"),
    ("more_than", "{abl} ашык"),
    ("more_than", "{abl} ашуун"),
    ("more_than", "{abl} көп"),
    ("more_than", "{abl} көбүрөөк"),
    ("at_least", "{abl} кем эмес"),
    ("at_least", "{abl} аз эмес"),
    ("up_to", "{abl} аз"),
    ("up_to", "{abl} кем"),
    ("about", "{dat} жакын"),
    ("about", "{dat} чукул"),
    ("about", "{dat} чамалуу"),
    ("about", "{sim}"),
    ("about", "{cha}"),
    ("about", "{nom} чакты"),
    ("about", "{nom} чамасында"),
    ("about", "{gen} тегерегинде"),
    ("about", "{gen} айланасында"),
    ("about", "болжол менен {nom}"),
    ("about", "дээрлик {nom}"),
    ("at_least", "кеминде {nom}"),
    ("at_least", "кем дегенде {nom}"),
    ("at_least", "жок дегенде {nom}"),
    ("at_least", "эң аз дегенде {nom}"),
)

_KY_FRAMES: tuple[str, ...] = (
    "Семинарга {c} адам катышты.",
    "Жыйынга {c} киши келишти.",
    "{c} катышуучу тренингден өтүштү.",
)

_SHORT = {"more_than": "m", "about": "a", "at_least": "l", "up_to": "u", "exact": ""}


# Compounds take a few qualifiers each, in turn (the words alone take all): the sweep
# stays fast.
_PER_COMPOUND = 3


def ky_word_cells() -> list[tuple[str, str, str]]:
    """Every word, alone with every qualifier and in compounds with some; frames in turn."""
    cells = []
    k = 0
    for value, forms in KY_WORDS.items():
        named = dict(zip(KY_FORMS, forms, strict=True))
        for prefix in KY_PREFIXES:
            total = ky_number(value, prefix)
            if total is None:
                continue
            lead = f"{prefix[0]} " if prefix[0] else ""
            qualified = KY_QUALIFIED
            if lead:
                qualified = tuple(
                    KY_QUALIFIED[(k + m) % len(KY_QUALIFIED)] for m in range(_PER_COMPOUND)
                )
            for qualifier, template in qualified:
                count = template.format(**{f: lead + w for f, w in named.items()})
                # a qualifier before the number goes before the prefix too
                if template.startswith(("болжол", "дээрлик", "кем", "жок", "эң")) and lead:
                    count = template.replace("{nom}", lead + named["nom"])
                text = _KY_FRAMES[k % len(_KY_FRAMES)].format(c=count)
                k += 1
                text = text[0].upper() + text[1:]
                cells.append(("ky-words", text, f"{total}{_SHORT[qualifier]}"))
    return cells


# Digits take the ending the number is read with ("25ке": жыйырма бешке): the ending of
# the last word's form, written glued, after a hyphen, or apart (only the cases that
# lead to a qualifier are written apart: "100 дөн ашык").
_KY_DIGITS: tuple[tuple[int, str, int], ...] = (
    # (value as digits, written, value of its last word)
    (25, "25", 5),
    (37, "37", 7),
    (44, "44", 4),
    (60, "60", 60),
    (90, "90", 90),
    (120, "120", 20),
    (250, "250", 50),
    (300, "300", 100),
    (1000, "1000", 1000),
    (1500, "1 500", 100),
    (2000, "2 000", 1000),
    (12000, "12 000", 1000),
)
_SPACED = ("abl", "dat", "sim")
_WORDS = ("га", "да")


def _ending(value: int, form: str) -> str:
    forms = dict(zip(KY_FORMS, KY_WORDS[value], strict=True))
    return forms[form][len(forms["nom"]) :]


def ky_digit_cells() -> list[tuple[str, str, str]]:
    cells = []
    k = 0
    for total, written, last in _KY_DIGITS:
        for join in ("", "-", " "):
            qualified = KY_QUALIFIED
            if join:
                qualified = tuple(
                    KY_QUALIFIED[(k + m) % len(KY_QUALIFIED)] for m in range(_PER_COMPOUND)
                )
            for qualifier, template in qualified:
                forms = {}
                for form in KY_FORMS:
                    if form == "nom":
                        forms[form] = written
                    elif join == " " and (form not in _SPACED or _ending(last, form) in _WORDS):
                        forms[form] = ""  # "120 га" is hectares: never written apart
                    else:
                        forms[form] = written + join + _ending(last, form)
                count = template.format(**forms)
                if not all(forms[f] for f in KY_FORMS if "{" + f + "}" in template):
                    continue
                text = _KY_FRAMES[k % len(_KY_FRAMES)].format(c=count)
                k += 1
                cells.append(("ky-digits", text, f"{total}{_SHORT[qualifier]}"))
    return cells


# Scales after digits ("2 миң", "1,5 миң") and their forms
KY_SCALED: tuple[tuple[str, str], ...] = (
    ("Форумга 2 миң адам катышты.", "2000"),
    ("Форумга 2 миңден ашык адам катышты.", "2000m"),
    ("Форумга 2 миңге жакын адам катышты.", "2000a"),
    ("Форумга 2 миңдей адам катышты.", "2000a"),
    ("Форумга 2,5 миң адам катышты.", "2500"),
    ("Форумга 1,5 миңден ашуун адам катышты.", "1500m"),
    ("Форумга 12 миң 500 адам катышты.", "12500"),
    ("Форумга 100 миңден ашык адам катышты.", "100000m"),
    ("Форумга жүз миңден ашык адам катышты.", "100000m"),
    ("Форумга бир жарым жүз адам катышты.", "150"),
    ("Форумга жарым миңден ашык адам катышты.", "500m"),
    ("Форумга эки жарым миңден ашуун адам катышты.", "2500m"),
    # "-чакты" glued (about), and ranges of words with a hundred or a scale after them
    ("Жыйынга ончакты адам катышты.", "10a"),
    ("Жыйынга жыйырмачакты киши келишти.", "20a"),
    ("Жыйынга эки-үч жүз адам катышты.", "200 300"),
    ("Жыйынга беш-алты миң адам катышты.", "5000 6000"),
    ("Жыйынга эки-үч жүздөн ашык адам катышты.", "200m 300m"),
    # typed on a Russian keyboard (ң as н): "мин" with an ending, or inside a run of
    # number words; alone it is minutes ("15 мин")
    ("Жыйынга минден ашык адам катышты.", "1000m"),
    ("Жыйынга эки мин адам катышты.", "2000"),
    ("Семинарга мин эки жуз адам катышты.", "1200"),
    ("Жыйынга он мин адам катышты.", "10000"),
    # a dot parting thousands
    ("Форумга 1.500 адам катышты.", "1500"),
    ("Форумга 12.000ге жакын адам катышты.", "12000a"),
    ("Форумга 2.500дөн ашык адам катышты.", "2500m"),
    ("Форумга 1,500 адам катышты.", "1500"),
)

# The qualifier after the counted noun, which then takes the number's case
KY_AFTER_NOUN: tuple[tuple[str, str], ...] = (
    ("Жыйынга 50 адамдан ашык катышты.", "50m"),
    ("Жыйынга элүү кишиден ашуун катышты.", "50m"),
    ("Форумга 500 делегаттан ашуун катышты.", "500m"),
    ("Акцияга жүз адамдан ашык катышты.", "100m"),
    ("Жыйынга 100 адамга жакын катышты.", "100a"),
    ("Жолугушууга 30 тургунга жакын келишти.", "30a"),
    ("Жыйынга 40 адамдын тегерегинде катышты.", "40a"),
    ("Тренингге 25 мугалимден кем эмес катышты.", "25l"),
    ("Семинарга 15 адамдан ашпаган топ катышат.", "15u"),
    ("Жыйынга 5 райондон 30 адам катышты.", "5 30"),
    ("Жыйынга бир нече айылдан 40 адам катышты.", "40"),
    ("Жыйынга жүз адамдай келди.", "100a"),
    ("Жыйынга 100 адамдай катышты.", "100a"),
    ("Жыйынга миң адамдай чогулду.", "1000a"),
    ("Жолугушууга 40 катышуучудай келишти.", "40a"),
)

# Vague amounts: no exact count
KY_VAGUE: tuple[str, ...] = (
    "Жыйынга ондогон адам катышты.",
    "Жыйынга жүздөгөн адам катышты.",
    "Жыйынга миңдеген адам катышты.",
    "Акцияга он миңдеген адам катышты.",
    "Акцияга 10 миңдеген адам катышты.",
    "Жыйынга бир нече жүз адам катышты.",
    "Жыйынга бир канча миң адам катышты.",
    "Жыйынга бир нече миңден ашык адам катышты.",
    "Жыйынга бир нече адам катышты.",
    "Жыйынга көптөгөн адам катышты.",
)

# --- Russian numerals in the cases a count takes, written by hand --------------------------
# value -> (nominative, genitive, instrumental)
RU_WORDS: dict[int, tuple[str, str, str]] = {
    2: ("два", "двух", "двумя"),
    3: ("три", "трех", "тремя"),
    4: ("четыре", "четырех", "четырьмя"),
    5: ("пять", "пяти", "пятью"),
    7: ("семь", "семи", "семью"),
    8: ("восемь", "восьми", "восемью"),
    11: ("одиннадцать", "одиннадцати", "одиннадцатью"),
    15: ("пятнадцать", "пятнадцати", "пятнадцатью"),
    20: ("двадцать", "двадцати", "двадцатью"),
    22: ("двадцать два", "двадцати двух", "двадцатью двумя"),
    25: ("двадцать пять", "двадцати пяти", "двадцатью пятью"),
    30: ("тридцать", "тридцати", "тридцатью"),
    38: ("тридцать восемь", "тридцати восьми", "тридцатью восемью"),
    40: ("сорок", "сорока", "сорока"),
    44: ("сорок четыре", "сорока четырех", "сорока четырьмя"),
    50: ("пятьдесят", "пятидесяти", "пятьюдесятью"),
    60: ("шестьдесят", "шестидесяти", "шестьюдесятью"),
    70: ("семьдесят", "семидесяти", "семьюдесятью"),
    80: ("восемьдесят", "восьмидесяти", "восемьюдесятью"),
    90: ("девяносто", "девяноста", "девяноста"),
    100: ("сто", "ста", "ста"),
    150: ("сто пятьдесят", "ста пятидесяти", "ста пятьюдесятью"),
    200: ("двести", "двухсот", "двумястами"),
    300: ("триста", "трехсот", "тремястами"),
    400: ("четыреста", "четырехсот", "четырьмястами"),
    500: ("пятьсот", "пятисот", "пятьюстами"),
    600: ("шестьсот", "шестисот", "шестьюстами"),
    700: ("семьсот", "семисот", "семьюстами"),
    800: ("восемьсот", "восьмисот", "восемьюстами"),
    900: ("девятьсот", "девятисот", "девятьюстами"),
    1000: ("тысяча", "тысячи", "тысячей"),
    1500: ("полторы тысячи", "полутора тысяч", "полутора тысячами"),
    2000: ("две тысячи", "двух тысяч", "двумя тысячами"),
    5000: ("пять тысяч", "пяти тысяч", "пятью тысячами"),
}
# Nouns of a round number: (value, nominative, genitive, instrumental)
RU_NOUN_NUMBERS: tuple[tuple[int, str, str, str], ...] = (
    (50, "полсотни", "полусотни", "полусотней"),
    (100, "сотня", "сотни", "сотней"),
    (200, "две сотни", "двух сотен", "двумя сотнями"),
    (20, "два десятка", "двух десятков", "двумя десятками"),
    (30, "три десятка", "трех десятков", "тремя десятками"),
    (500, "полтысячи", "полутысячи", "полутысячей"),
)

# (qualifier, word, governs the genitive)
RU_QUALIFIED: tuple[tuple[str, str, bool], ...] = (
    ("exact", "", False),
    ("more_than", "более", True),
    ("more_than", "свыше", True),
    ("more_than", "более чем", False),
    ("about", "около", True),
    ("about", "порядка", True),
    ("about", "примерно", False),
    ("about", "приблизительно", False),
    ("about", "почти", False),
    ("about", "ориентировочно", False),
    ("at_least", "не менее", True),
    ("at_least", "не менее чем", False),
    ("at_least", "как минимум", False),
    ("up_to", "до", True),
    ("up_to", "менее", True),
)


def _ru_noun(value: int, case: str) -> str:
    """участник in the form a count of `value` gives it."""
    if case == "ins":
        return "участниками"
    if case == "gen":
        return "участников"
    last, tens = value % 10, value % 100
    if 2 <= last <= 4 and not 12 <= tens <= 14:
        return "участника"
    return "участников"


def ru_word_cells() -> list[tuple[str, str, str]]:
    cells = []
    entries = list(RU_WORDS.items())
    entries += [(v, (n, g, "")) for v, n, g, _ in RU_NOUN_NUMBERS]
    k = 0
    for value, (nominative, genitive, instrumental) in entries:
        for qualifier, word, governs in RU_QUALIFIED:
            short = _SHORT[qualifier]
            head = f"{word} " if word else ""
            k += 1
            if (governs or not word) and k % 2:
                # a genitive slot, in turn: "с участием более двухсот участников"
                text = f"Семинар прошел с участием {head}{genitive} {_ru_noun(value, 'gen')}."
            elif governs:
                text = f"В семинаре приняли участие {head}{genitive} {_ru_noun(value, 'gen')}."
            else:
                text = f"В семинаре приняли участие {head}{nominative} {_ru_noun(value, 'nom')}."
            cells.append(("ru-words", text, f"{value}{short}"))
        if instrumental:
            text = f"Аким встретился с {instrumental} {_ru_noun(value, 'ins')}."
            cells.append(("ru-words", text, f"{value}"))
    for value, _, _, instrumental in RU_NOUN_NUMBERS:
        # a noun of a number governs the genitive in every case
        cells.append(("ru-words", f"Аким встретился с {instrumental} жителей.", f"{value}"))
    return cells


RU_DIGITS: tuple[tuple[str, str], ...] = (
    ("В семинаре приняли участие 45 чел.", "45"),
    ("Всего обучено 300 чел.", "300"),
    ("В семинаре приняли участие 45 чел. из 5 районов.", "45 5"),
    ("В мероприятии участвовали более 200 чел. Праздник завершился концертом.", "200m"),
    ("Участников – 120 чел.", "120"),
    ("В семинаре приняли участие 1,5 тыс. человек.", "1500"),
    ("В семинаре приняли участие более 1,5 тыс. человек.", "1500m"),
    ("Семинар собрал свыше 2 тыс. участников.", "2000m"),
    ("Семинар собрал более 2-х тысяч участников.", "2000m"),
    ("Семинар прошел с участием 25-ти человек.", "25"),
    ("Семинар прошел с участием 30-ти человек.", "30"),
    ("В семинаре приняли участие около 80-ти человек.", "80a"),
    ("В семинаре приняли участие 2 500 человек.", "2500"),
    ("В семинаре приняли участие 1 500 человек.", "1500"),
    ("В семинаре приняли участие около 1.500 человек.", "1500a"),
    ("В семинаре приняли участие 2,5 тысячи человек.", "2500"),
    ("В семинаре приняли участие порядка 2,5 тысяч человек.", "2500a"),
    ("В семинаре приняли участие 100 с лишним человек.", "100m"),
    ("В семинаре приняли участие сто с небольшим человек.", "100m"),
    ("В семинаре приняли участие тридцать с лишним человек.", "30m"),
    ("В семинаре приняли участие около 2 десятков человек.", "20a"),
    ("В семинаре приняли участие около 40-50 человек.", "40a 50a"),
    ("В семинаре приняли участие от 40 до 50 человек.", "40 50u"),
    ("В семинаре приняли участие участники в количестве 25 человек.", "25"),
    ("Число участников превысило 500 человек.", "500m"),
    ("Количество слушателей превысило 120.", "120m"),
    ("Аким встретился с более чем 50 жителями.", "50m"),
    ("В акции приняли участие две-три тысячи человек.", "2000 3000"),
    ("В акции приняли участие от 2 до 3 тысяч человек.", "2000 3000u"),
    ("В акции приняли участие от двух до трех тысяч человек.", "2000 3000u"),
    ("В акции приняли участие от 500 до 2 тысяч человек.", "500 2000u"),
    ("Тренинг проведен для более 30 специалистов.", "30m"),
)

RU_VAGUE: tuple[str, ...] = (
    "В акции приняли участие десятки волонтеров.",
    "В акции приняли участие сотни волонтеров.",
    "В акции приняли участие тысячи волонтеров.",
    "В акции приняли участие несколько сотен волонтеров.",
    "В акции приняли участие несколько десятков волонтеров.",
    "В акции приняли участие несколько тысяч волонтеров.",
    "В акции приняли участие сотни тысяч людей.",
    "В акции приняли участие до тысяч волонтеров.",
)

# --- numbers that are no count, next to a count or a verb of taking part --------------------
NOT_COUNTS: tuple[tuple[str, str], ...] = (
    # ages
    ("Семинарга 18 жаштан 35 жашка чейинки жаштар катышты.", ""),
    ("Форумга 18-35 жаштагы жаштар катышты.", ""),
    ("Семинарга 45 жаштагы 20 аял катышты.", "20"),
    ("В форуме приняли участие молодые люди в возрасте от 18 до 35 лет.", ""),
    ("В форуме приняли участие молодые люди 18-35 лет.", ""),
    # classes and courses: ordinals
    ("В конкурсе приняли участие школьники 7-11 классов.", ""),
    ("В конкурсе приняли участие учащиеся 10-го класса.", ""),
    ("Сынакка 10-класстын окуучулары катышты.", ""),
    ("Сынакка 5-класстын 25 окуучусу катышты.", "25"),
    ("Форумга 2-курстун студенттери катышты.", ""),
    # percentages
    ("Семинарга катышуучулардын 60 пайызы аялдар.", ""),
    ("Семинарга катышкандардын 60%ы аялдар.", ""),
    ("В семинаре приняли участие 60% женщин.", ""),
    # money
    ("Участники получили по 5 000 сом.", ""),
    ("Катышуучуларга 5 миң сомдон берилди.", ""),
    ("Долбоорго 1,5 млн сом бөлүндү, ага 40 адам катышты.", "40"),
    ("Выделено более сотни тысяч сомов.", ""),
    # years and dates
    ("В 2019 году в семинаре приняли участие 40 человек.", "40"),
    ("2019-жылы семинарга 40 адам катышты.", "40"),
    ("Семинарга 3-4-апрелде 30 адам катышты.", "30"),
    # ordinals and times
    ("Семинарга биринчи жолу 40 адам катышты.", "40"),
    ("Семинарга үчүнчү жолу катышты.", ""),
    ("Иш-чарага катышуучулар 5 жолу чогулушту.", ""),
    ("В семинаре приняли участие третий раз.", ""),
    # things and durations
    ("Долбоордун алкагында 12 долбоор ишке ашырылды.", ""),
    ("Семинар 2 саатка созулду, ага 45 киши катышты.", "45"),
    ("Жыйын 40 мүнөткө созулду.", ""),
    ("Айылда 500гө жакын үй бар.", ""),
    ("Команда вошла в десятку лучших.", ""),
    # population
    ("Айыл аймагынын калкы 12 миң адамды түзөт.", ""),
    ("Население села составляет 5 тысяч человек.", ""),
    ("Население села – 3 500 чел.", ""),
    ("В селе проживает 3500 чел.", ""),
    ("Число жителей превысило 5000.", ""),
    ("Явка превысила 60 процентов.", ""),
    ("Жыйын 40 мин созулду.", ""),
    ("Тыныгуу 15 мин.", ""),
    # a building's capacity; so many from each unit
    ("Мектеп 300дөн ашык окуучуга ылайыкталган.", ""),
    ("Ар бир райондон 10дон ашык адам катышты.", "10m"),
    ("Ар бир айылдан 5тен адам катышты.", "5"),
    ("Райондон 10дон ашык адам катышты.", "10m"),
    # a school's number, a room
    ("В школе № 12 прошел семинар для 30 учителей.", "30"),
    ("Семинар прошел в кабинете 305.", ""),
)
