"""Participant counts generated from the lexicons (issue counts7): every who-noun of
lexicon/participation.yaml in the forms the morphology gives it (morph.inflect: Kyrgyz
nominative, plural, possessive, plural possessive, similative, genitive, dative and
ablative), with counts in digits and words and every kind of qualifier, the verbs of
taking part of the lexicon in the forms it lists (verb_forms), and breakdowns. Russian
nouns are declined by hand below (the morphology has no Russian declension): the
nominative singular a count ending in 1 takes, the genitive singular after 2-4, the
genitive plural and the instrumental plural ("с 30 жителями").

Each cell is (axis, text, counts written "45", "40m" more_than, "60a" about, "30l" at
least, "50u" up to; "" for none). The sentences are the team's frames; only the words
put in them come from the lexicons. test_participants_lexicon.py sweeps them.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from vap_cli import lexicon, morph

Cell = tuple[str, str, str]

# --- Kyrgyz ------------------------------------------------------------------------------------
# A count as written before its noun, and what it must give.
KY_COUNTS: tuple[tuple[str, str], ...] = (
    ("45", "45"),
    ("1 240", "1240"),
    ("кырк беш", "45"),
    ("жүз жыйырма беш", "125"),
    ("эки миң", "2000"),
    ("миңден ашык", "1000m"),
    ("элүүдөн ашуун", "50m"),
    ("30дан ашуун", "30m"),
    ("50гө жакын", "50a"),
    ("жүзгө жакын", "100a"),
    ("200дөй", "200a"),
    ("болжол менен 200", "200a"),
    ("100дүн тегерегинде", "100a"),
    ("кеминде 30", "30l"),
    ("30га чейин", "30u"),
)

# Frames: {n} the count, {w} the noun in the form the axis names.
KY_FRAMES: dict[str, str] = {
    "nominative": "Жыйынга {n} {w} катышты.",
    "plural": "Семинарга {n} {w} катышышты.",
    "possessive": "Жыйынга айылдын {n} {w} катышты.",
    "plural_possessive": "Жолугушууга району {n} {w} катышты.",
    "genitive": "Жыйын {n} {w} катышуусу менен өттү.",
    "dative": "Райондо {n} {w} окутуу өткөрүлдү.",
    "accusative": "Семинарда {n} {w} окутушту.",
    "similative": "Форумга {n} {w} келишти.",
    "breakdown": "Жыйынга 300 адам катышты, анын ичинде {n} {w}.",
}
KY_FORM_SUFFIXES: dict[str, tuple[str, ...]] = {
    "nominative": (),
    "plural": ("plural",),
    "possessive": ("possessive",),
    "plural_possessive": ("plural", "possessive"),
    "genitive": ("genitive",),
    "dative": ("dative",),
    "accusative": ("accusative",),
    "similative": ("similative",),
    "breakdown": (),
}
# Forms said of people only: bodies are not trained ("45 уюмду окутушту").
KY_PEOPLE_ONLY = frozenset({"accusative"})
# The forms swept with every count (the others with one each, in turn).
KY_EVERY_COUNT = frozenset({"nominative", "plural", "possessive", "genitive"})
# The ablative of a noun after its count is what a body consists of, no count (a near
# miss): "Комиссия 7 депутаттан турат."
KY_ABLATIVE_NEAR_MISS = "Комиссия {n} {w} турат."
# Numbers beside a count that are no count: a year, an age, money, a phone, a date, pages.
KY_NEAR_MISSES: tuple[tuple[str, str], ...] = (
    ("2024-жылы жыйынга 45 {w} катышты.", "45"),
    ("Жыйынга 18 жаштан ашкан 45 {w} катышты.", "45"),
    ("Жыйынга 45 {w} катышып, 5000 сом чогултулду.", "45"),
    ("Жыйынга 45 {w} катышты. Байланыш: 0555 123 456.", "45"),
    ("12-октябрда жыйынга 45 {w} катышты.", "45"),
    ("Жыйынга 45 {w} катышып, 120 беттик китеп таратылды.", "45"),
)
# Units (bodies) whose members take part: counted in the genitive before their members.
KY_UNIT_FRAME = "Жыйынга {n} {w} өкүлдөрү катышты."
# Contest entries are counted when they come in, not as taking part.
KY_ENTRY_FRAME = "Сынакка {n} {w} келип түштү."
# The verbs of taking part, every form the lexicon lists for them.
KY_VERB_FRAME = "Жыйынга 45 адам {v}."


@cache
def _participation() -> dict:
    return lexicon.load("participation")


def _stem(spec: str | list[str]) -> str:
    return spec if isinstance(spec, str) else spec[0]


def _words(entry: dict) -> tuple[str, str]:
    """The entry's words before its last (exact) and its last word's stem."""
    words = entry["words"]
    return " ".join(_stem(w) for w in words[:-1]), _stem(words[-1])


# Acronyms are written in capitals; this one is Kyrgyz (айыл өкмөтү).
KY_ACRONYMS = frozenset({"АӨ"})


def _is_unit(entry: dict) -> bool:
    return "genitive" in entry or entry.get("source_only", False)


def ky_entries() -> list[dict]:
    """The Kyrgyz who-nouns: those not declined by hand as Russian below (a loan both
    languages share, "депутат", "студент", is in both)."""
    return [
        e
        for e in _participation()["who"]
        if e["lemma"] not in RU_ONLY and (not e["lemma"][0].isupper() or e["lemma"] in KY_ACRONYMS)
    ]


def _inflected(entry: dict, suffixes: tuple[str, ...]) -> str | None:
    before, stem = _words(entry)
    try:
        word = morph.inflect(stem, *suffixes) if suffixes else stem
    except ValueError:
        return None
    return f"{before} {word}".strip()


def _entry_lemmas() -> set[str]:
    return set(_participation()["entry_lemmas"])


def ky_noun_cells() -> Iterator[Cell]:
    entries = ky_entries()
    for k, entry in enumerate(entries):
        if entry["lemma"] in _entry_lemmas():
            written, key = KY_COUNTS[k % len(KY_COUNTS)]
            yield "ky.entry", KY_ENTRY_FRAME.format(n=written, w=_inflected(entry, ())), key
            continue
        if _is_unit(entry):
            genitive = entry.get("genitive") or _inflected(entry, ("genitive",))
            for written, key in KY_COUNTS[:4]:
                yield "ky.unit", KY_UNIT_FRAME.format(n=written, w=genitive), key
            continue
        yield from _ky_people_cells(entry, k)


@cache
def _unit_stems() -> tuple[str, ...]:
    units = lexicon.load("who_groups")["groups"]["units"]["stems"]
    return (*units, *_participation()["own_body_stems"])


@cache
def _age_forms() -> frozenset[str]:
    return frozenset(_participation()["measure_forms"])


def _ky_people_cells(entry: dict, k: int) -> Iterator[Cell]:
    body = entry["lemma"].casefold().startswith(_unit_stems())
    for form, frame in KY_FRAMES.items():
        if body and form in KY_PEOPLE_ONLY:
            continue
        word = _inflected(entry, KY_FORM_SUFFIXES[form])
        if word is None or word in _age_forms():
            continue  # "45 жаштын", "50 жашка": an age first (lexicon measure_forms)
        counts = KY_COUNTS if form in KY_EVERY_COUNT else (KY_COUNTS[k % len(KY_COUNTS)],)
        for written, key in counts:
            if form == "similative" and not key.isdigit():
                continue  # "50гө жакын адамдай" says about twice
            if form == "similative":
                key = f"{key}a"
            if form == "breakdown":
                key = f"300 {key}"
            yield f"ky.{form}", frame.format(n=written, w=word), key
    ablative = _inflected(entry, ("ablative",))
    if ablative:
        yield "ky.not-count", KY_ABLATIVE_NEAR_MISS.format(n="7", w=ablative), ""
    word = _inflected(entry, ())
    frame, key = KY_NEAR_MISSES[k % len(KY_NEAR_MISSES)]
    yield "ky.near-miss", frame.format(w=word), key


def ky_verb_cells() -> Iterator[Cell]:
    """Every verb of taking part in every form verb_forms lists for it."""
    lex = _participation()
    groups: dict[str, list[list[str]]] = lex["verb_forms"]
    for verb in lex["verbs"]:
        *before, stem = verb["words"]
        allowed = verb.get("forms")
        for chains in groups.values():
            for chain in chains:
                if allowed == "past" and "past" not in chain:
                    continue
                if allowed == "plural" and "reciprocal" not in chain:
                    continue
                try:
                    form = morph.inflect(stem, *chain)
                except ValueError:
                    continue
                yield "ky.verb", KY_VERB_FRAME.format(v=" ".join([*before, form])), "45"


# --- Russian -----------------------------------------------------------------------------------
# lemma -> (nominative singular, genitive singular, genitive plural, instrumental plural),
# declined by hand. The lemmas Kyrgyz does not use as they are.
RU_FORMS: dict[str, tuple[str, str, str, str]] = {
    "муниципальный служащий": (
        "муниципальный служащий",
        "муниципальных служащих",
        "муниципальных служащих",
        "муниципальными служащими",
    ),
    "женщина": ("женщина", "женщины", "женщин", "женщинами"),
    "мужчина": ("мужчина", "мужчины", "мужчин", "мужчинами"),
    "председатель": ("председатель", "председателя", "председателей", "председателями"),
    "секретарь": ("секретарь", "секретаря", "секретарей", "секретарями"),
    "член": ("член", "члена", "членов", "членами"),
    "депутат": ("депутат", "депутата", "депутатов", "депутатами"),
    "мэр": ("мэр", "мэра", "мэров", "мэрами"),
    "человек": ("человек", "человека", "человек", "людьми"),
    "участник": ("участник", "участника", "участников", "участниками"),
    "представитель": ("представитель", "представителя", "представителей", "представителями"),
    "специалист": ("специалист", "специалиста", "специалистов", "специалистами"),
    "житель": ("житель", "жителя", "жителей", "жителями"),
    "глава": ("глава", "главы", "глав", "главами"),
    "сотрудник": ("сотрудник", "сотрудника", "сотрудников", "сотрудниками"),
    "слушатель": ("слушатель", "слушателя", "слушателей", "слушателями"),
    "работник": ("работник", "работника", "работников", "работниками"),
    "руководитель": ("руководитель", "руководителя", "руководителей", "руководителями"),
    "старшеклассник": (
        "старшеклассник",
        "старшеклассника",
        "старшеклассников",
        "старшеклассниками",
    ),
    "ребенок": ("ребенок", "ребенка", "детей", "детьми"),
    "школьник": ("школьник", "школьника", "школьников", "школьниками"),
    "учащийся": ("учащийся", "учащихся", "учащихся", "учащимися"),
    "студент": ("студент", "студента", "студентов", "студентами"),
    "выпускник": ("выпускник", "выпускника", "выпускников", "выпускниками"),
    "педагог": ("педагог", "педагога", "педагогов", "педагогами"),
    "учитель": ("учитель", "учителя", "учителей", "учителями"),
    "родитель": ("родитель", "родителя", "родителей", "родителями"),
    "пенсионер": ("пенсионер", "пенсионера", "пенсионеров", "пенсионерами"),
    "ветеран": ("ветеран", "ветерана", "ветеранов", "ветеранами"),
    "предприниматель": (
        "предприниматель",
        "предпринимателя",
        "предпринимателей",
        "предпринимателями",
    ),
    "гражданин": ("гражданин", "гражданина", "граждан", "гражданами"),
    "молодой человек": ("молодой человек", "молодых человека", "молодых людей", "молодыми людьми"),
    "гость": ("гость", "гостя", "гостей", "гостями"),
    "врач": ("врач", "врача", "врачей", "врачами"),
    "спортсмен": ("спортсмен", "спортсмена", "спортсменов", "спортсменами"),
    "команда": ("команда", "команды", "команд", "командами"),
    "девушка": ("девушка", "девушки", "девушек", "девушками"),
    "активист": ("активист", "активиста", "активистов", "активистами"),
    "лидер": ("лидер", "лидера", "лидеров", "лидерами"),
    "волонтёр": ("волонтёр", "волонтёра", "волонтёров", "волонтёрами"),
    "делегат": ("делегат", "делегата", "делегатов", "делегатами"),
    "ребята": ("ребята", "ребят", "ребят", "ребятами"),
    "юноша": ("юноша", "юноши", "юношей", "юношами"),
    "девочка": ("девочка", "девочки", "девочек", "девочками"),
    "мать": ("мать", "матери", "матерей", "матерями"),
    "представительница": (
        "представительница",
        "представительницы",
        "представительниц",
        "представительницами",
    ),
    "медсестра": ("медсестра", "медсестры", "медсестер", "медсестрами"),
    "воспитатель": ("воспитатель", "воспитателя", "воспитателей", "воспитателями"),
    "ученик": ("ученик", "ученика", "учеников", "учениками"),
    "старейшина": ("старейшина", "старейшины", "старейшин", "старейшинами"),
    "дехканин": ("дехканин", "дехканина", "дехкан", "дехканами"),
    "мастер": ("мастер", "мастера", "мастеров", "мастерами"),
    "ремесленник": ("ремесленник", "ремесленника", "ремесленников", "ремесленниками"),
    "кандидат": ("кандидат", "кандидата", "кандидатов", "кандидатами"),
    "избиратель": ("избиратель", "избирателя", "избирателей", "избирателями"),
    "наблюдатель": ("наблюдатель", "наблюдателя", "наблюдателей", "наблюдателями"),
}
# Units whose members take part: (genitive singular after 2-4, genitive plural).
RU_UNITS: dict[str, tuple[str, str]] = {
    "комитет": ("комитета", "комитетов"),
    "фермерское хозяйство": ("фермерских хозяйства", "фермерских хозяйств"),
    "айылный аймак": ("айылных аймака", "айылных аймаков"),
    "айылный кенеш": ("айылных кенеша", "айылных кенешей"),
    "местный кенеш": ("местных кенеша", "местных кенешей"),
    "область": ("области", "областей"),
    "город": ("города", "городов"),
    "село": ("села", "сел"),
    "центр": ("центра", "центров"),
    "организация": ("организации", "организаций"),
    "учреждение": ("учреждения", "учреждений"),
    "школа": ("школы", "школ"),
    "вуз": ("вуза", "вузов"),
    "НПО": ("НПО", "НПО"),
    "НКО": ("НКО", "НКО"),
    "АВП": ("АВП", "АВП"),
    "ОМСУ": ("ОМСУ", "ОМСУ"),
    "регион": ("региона", "регионов"),
    "страна": ("страны", "стран"),
    "министерство": ("министерства", "министерств"),
    "ведомство": ("ведомства", "ведомств"),
    "группа": ("группы", "групп"),
    "сообщество": ("сообщества", "сообществ"),
    "объединение": ("объединения", "объединений"),
    "кооператив": ("кооператива", "кооперативов"),
    "партия": ("партии", "партий"),
}
# Entries of a contest: (genitive singular, genitive plural).
RU_ENTRIES: dict[str, tuple[str, str]] = {
    "заявка": ("заявки", "заявок"),
    "проект": ("проекта", "проектов"),
}
# Loans Kyrgyz uses as they are ("30 депутат катышты"): swept in both languages.
SHARED_LOANS = frozenset(
    {
        "депутат",
        "студент",
        "пенсионер",
        "активист",
        "лидер",
        "волонтёр",
        "делегат",
        "команда",
        "мастер",
        "кандидат",
        "партия",
    }
)
RU_ONLY = frozenset((set(RU_FORMS) | set(RU_UNITS) | set(RU_ENTRIES)) - SHARED_LOANS)

# A Russian count before a genitive plural, and what it must give.
RU_COUNTS: tuple[tuple[str, str], ...] = (
    ("45", "45"),
    ("1 240", "1240"),
    ("двадцать пять", "25"),
    ("сто двадцать", "120"),
    ("более ста", "100m"),
    ("свыше 300", "300m"),
    ("около двухсот", "200a"),
    ("почти 500", "500a"),
    ("полторы тысячи", "1500"),
    ("1,5 тыс.", "1500"),
    ("не менее 30", "30l"),
    ("до 40", "40u"),
    ("100 с лишним", "100m"),
)
# The counts in digits (their case does not show: after "для" a number in words is in
# the genitive).
RU_DIGIT_COUNTS = tuple((w, key) for w, key in RU_COUNTS if any(c.isdigit() for c in w))
RU_FRAMES: dict[str, str] = {
    "genitive_plural": "В семинаре приняли участие {n} {w}.",
    "verb_after": "{n} {w} приняли участие в семинаре.",
    "genitive_singular": "На встрече присутствовали {n} {w}.",
    "nominative_singular": "В обучении участвовал {n} {w}.",
    "instrumental": "Встреча с {n} {w} прошла в Оше.",
    "breakdown": "В сходе приняли участие 300 человек, из них {n} {w}.",
    "for_whom": "Для {n} {w} провели семинар.",
    "with_whom": "С {n} {w} провели встречу.",
}
RU_UNIT_FRAME = "В форуме приняли участие представители {n} {w}."
RU_ENTRY_FRAME = "На конкурс поступило {n} {w}."
RU_NEAR_MISSES: tuple[tuple[str, str], ...] = (
    ("В 2024 году в семинаре приняли участие 45 {w}.", "45"),
    ("В семинаре приняли участие 45 {w} в возрасте от 18 до 35 лет.", "45"),
    ("В семинаре приняли участие 45 {w}, на это выделено 50 000 сомов.", "45"),
    ("В семинаре приняли участие 45 {w}. Телефон: 0312 62 12 34.", "45"),
    ("12 октября в семинаре приняли участие 45 {w}.", "45"),
    ("В семинаре приняли участие 45 {w}, им раздали пособие на 120 страницах.", "45"),
)
RU_NOT_COUNTS = "В селе проживают 3500 {w}."


def ru_noun_cells() -> Iterator[Cell]:
    for k, (lemma, (nom, gen_sg, gen_pl, instr)) in enumerate(RU_FORMS.items()):
        for written, key in RU_COUNTS:
            yield (
                "ru.genitive_plural",
                RU_FRAMES["genitive_plural"].format(n=written, w=gen_pl),
                key,
            )
        written, key = RU_COUNTS[k % len(RU_COUNTS)]
        yield "ru.verb_after", RU_FRAMES["verb_after"].format(n=written, w=gen_pl), key
        yield "ru.genitive_singular", RU_FRAMES["genitive_singular"].format(n="23", w=gen_sg), "23"
        nominative = RU_FRAMES["nominative_singular"].format(n="21", w=nom)
        yield "ru.nominative_singular", nominative, "21"
        yield "ru.instrumental", RU_FRAMES["instrumental"].format(n="30", w=instr), "30"
        yield "ru.with_whom", RU_FRAMES["with_whom"].format(n="30", w=instr), "30"
        written, key = RU_DIGIT_COUNTS[k % len(RU_DIGIT_COUNTS)]
        yield "ru.for_whom", RU_FRAMES["for_whom"].format(n=written, w=gen_pl), key
        yield "ru.breakdown", RU_FRAMES["breakdown"].format(n="12", w=gen_pl), "300 12"
        frame, key = RU_NEAR_MISSES[k % len(RU_NEAR_MISSES)]
        yield "ru.near-miss", frame.format(w=gen_pl), key
        if lemma in _participation()["resident_lemmas"] or lemma == "человек":
            yield "ru.not-count", RU_NOT_COUNTS.format(w=gen_pl), ""
    for gen_sg, gen_pl in RU_UNITS.values():
        yield "ru.unit", RU_UNIT_FRAME.format(n="12", w=gen_pl), "12"
        yield "ru.unit", RU_UNIT_FRAME.format(n="3", w=gen_sg), "3"
    for gen_sg, gen_pl in RU_ENTRIES.values():
        yield "ru.entry", RU_ENTRY_FRAME.format(n="63", w=gen_pl), "63"
        yield "ru.entry", RU_ENTRY_FRAME.format(n="4", w=gen_sg), "4"


# --- every qualifier of the lexicon ------------------------------------------------------------
# participation.yaml `qualifiers`: each list by where its phrase stands and the case of the
# number it follows; the qualifier it gives is in the list's name.
QUALIFIER_KEYS = {"more_than": "m", "about": "a", "at_least": "l", "up_to": "u"}
# The number a Kyrgyz qualifier follows, by the case the list names: (value, word); the
# digits take the ending of the word spoken (50 "элүү" -> 50дөн).
KY_QUALIFIED_NUMBERS: tuple[tuple[int, str], ...] = ((50, "элүү"), (30, "отуз"), (100, "жүз"))
KY_QUALIFIED_FRAME = "Жыйынга {q} {w} катышты."
# A qualifier that is a predicate says it of those who took part ("Катышкан тургундар
# 50дөн ашты"); one with a possessive is a part of a whole named before it.
KY_PREDICATE_FRAME = "Жыйынга катышкан {w} {q}, жыйын ийгиликтүү өттү."
KY_PARTITIVE_FRAME = "Жыйынга айылдын {w} {q} катышты."
# Kyrgyz words among the qualifiers written before a number (the others are Russian).
KY_BEFORE_WORDS = frozenset(
    {
        "болжол",
        "болжолу",
        "болжолдуу",
        "дээрлик",
        "кеминде",
        "жок",
        "кем",
        "аз",
        "эң",
        "дегенде",
        "менен",
    }
)
# Russian: the number in words in the case the qualifier governs (numbers.yaml
# `singular_after` lists the words that take the genitive), and in digits.
RU_QUALIFIED_NUMBERS: tuple[tuple[int, str, str], ...] = (
    (50, "пятьдесят", "пятидесяти"),
    (40, "сорок", "сорока"),
    (200, "двести", "двухсот"),
)
RU_QUALIFIED_FRAME = "В собрании приняли участие {q} {w}."
# Verbs of exceeding say it of the count's owner: "Число участников превысило 500".
RU_EXCEEDING_FRAME = "Число участников собрания {q}."
RU_EXCEEDING_STEM = "превы"
# A cap is "up to" when people take part ("приняли участие не более 15 человек"); alone
# it is a body's size, no count.
CAP_NEAR_MISS_RU = "Рабочая группа численностью {q} 15 человек."
CAP_NEAR_MISS_KY = "Топтун курамы 15тен {q} адамдан турат."


def _ky_number(value: int, word: str, case: str | None, digits: bool) -> str:
    inflected = morph.inflect(word, case) if case else word
    return f"{value}{inflected[len(word) :]}" if digits else inflected


def _qualifier_lists() -> Iterator[tuple[str, str, str | None, str, list[list[str]]]]:
    """(list name, qualifier key, case of the number, where, phrases) of each list."""
    for name, phrases in _participation()["qualifiers"].items():
        if name.startswith("cap_"):
            continue
        kind = next(k for k in QUALIFIER_KEYS if name.startswith(k))
        where = name.removeprefix(kind + "_")
        case = where.removeprefix("after_") if where.startswith("after_") else None
        if case == "bare":
            case = None
        yield name, QUALIFIER_KEYS[kind], case, where, phrases


def qualifier_cells() -> Iterator[Cell]:
    nouns = [e for e in ky_entries() if not _is_unit(e) and not e.get("needs_verb")]
    predicates = set(_participation()["count_predicates"])
    partitive = set(_participation()["partitive_qualifiers"])
    for name, key, case, where, phrases in _qualifier_lists():
        for i, phrase in enumerate(phrases):
            q = " ".join(phrase)
            if where == "before" and not set(phrase) <= KY_BEFORE_WORDS:
                yield from _ru_qualified(name, q, key, i)
                continue
            if q in ("с лишним", "с небольшим"):
                yield from _ru_qualified(name, q, key, i)
                continue
            entry = nouns[i % len(nouns)]
            for j, (value, word) in enumerate(KY_QUALIFIED_NUMBERS):
                number = _ky_number(value, word, case, digits=bool(j % 2))
                counted = f"{q} {number}" if where == "before" else f"{number} {q}"
                expected = f"{value}{key}"
                if q in predicates:
                    text = KY_PREDICATE_FRAME.format(w=_inflected(entry, ("plural",)), q=counted)
                elif q in partitive:
                    owner = _inflected(entry, ("plural", "possessive", "genitive_p"))
                    text = KY_PARTITIVE_FRAME.format(w=owner, q=counted)
                else:
                    text = KY_QUALIFIED_FRAME.format(q=counted, w=_inflected(entry, ()))
                yield f"ky.qualifier.{name}", text, expected
    yield from _cap_cells()


def _ru_qualified(name: str, q: str, key: str, i: int) -> Iterator[Cell]:
    genitive_after = set(lexicon.load("numbers")["russian"]["singular_after"])
    gen_pl = list(RU_FORMS.values())[i % len(RU_FORMS)][2]
    for value, nominative, genitive in RU_QUALIFIED_NUMBERS:
        word = genitive if q.split()[-1] in genitive_after else nominative
        for number in (word, str(value)):
            if q.startswith(RU_EXCEEDING_STEM):
                text = RU_EXCEEDING_FRAME.format(q=f"{q} {number}")
            elif name.endswith("after_bare"):
                text = RU_QUALIFIED_FRAME.format(q=f"{value} {q} {gen_pl}", w="").replace(" .", ".")
            else:
                text = RU_QUALIFIED_FRAME.format(q=f"{q} {number}", w=gen_pl)
            yield f"ru.qualifier.{name}", text, f"{value}{key}"


def _cap_cells() -> Iterator[Cell]:
    quals = _participation()["qualifiers"]
    for phrase in quals["cap_before"]:
        q = " ".join(phrase)
        yield "ru.cap", RU_QUALIFIED_FRAME.format(q=f"{q} 15", w="жителей"), "15u"
        yield "ru.cap.not-count", CAP_NEAR_MISS_RU.format(q=q), ""
    for phrase in quals["cap_after_ablative"]:
        q = " ".join(phrase)
        yield "ky.cap.not-count", CAP_NEAR_MISS_KY.format(q=q), ""


def all_cells() -> list[Cell]:
    return [*ky_noun_cells(), *ky_verb_cells(), *ru_noun_cells(), *qualifier_cells()]
