"""Kyrgyz endings generated from the harmony rules (lexicon/morphology.yaml).

Each row is a name as the releases inflect it; the generator must produce exactly
these forms and the analyser must read each form back to its stem.
"""

from __future__ import annotations

import time

import pytest

from vap_cli.morph import (
    RU_PAST_AGREEING_ENDINGS,
    RU_PAST_ENDINGS,
    RU_PAST_FORM_ENDINGS,
    Analysis,
    candidate_stems,
    case_forms,
    case_of,
    forms,
    inflect,
    no_passive_l,
    russian_adjective_endings,
    russian_adjective_stem,
    russian_past_forms,
    russian_place_noun_case_endings,
    russian_unit_adjective_endings,
    strip_ending,
    suffixes_for,
    surface,
    variants,
)
from vap_cli.morph_names import russian_adjective_key, russian_adjective_keys

CASES = (
    "genitive",
    "dative",
    "accusative",
    "locative",
    "ablative",
    "attributive",
    "plural",
    "possessive",
)

# name -> its forms, in the order of CASES. Vowel classes а/ы, о, у, е/и, ө/ү and
# finals: vowel, voiced (н, л, д, р, й) and voiceless (ш, с, т, к).
TABLE: dict[str, tuple[str, ...]] = {
    "Нарын": (
        "Нарындын",
        "Нарынга",
        "Нарынды",
        "Нарында",
        "Нарындан",
        "Нарындагы",
        "Нарындар",
        "Нарыны",
    ),
    "Ош": ("Оштун", "Ошко", "Ошту", "Ошто", "Оштон", "Оштогу", "Оштор", "Ошу"),
    "Ысык-Көл": (
        "Ысык-Көлдүн",
        "Ысык-Көлгө",
        "Ысык-Көлдү",
        "Ысык-Көлдө",
        "Ысык-Көлдөн",
        "Ысык-Көлдөгү",
        "Ысык-Көлдөр",
        "Ысык-Көлү",
    ),
    "Чүй": ("Чүйдүн", "Чүйгө", "Чүйдү", "Чүйдө", "Чүйдөн", "Чүйдөгү", "Чүйлөр", "Чүйү"),
    "Жалал-Абад": (
        "Жалал-Абаддын",
        "Жалал-Абадга",
        "Жалал-Абадды",
        "Жалал-Абадда",
        "Жалал-Абаддан",
        "Жалал-Абаддагы",
        "Жалал-Абаддар",
        "Жалал-Абады",
    ),
    "Талас": (
        "Таластын",
        "Таласка",
        "Таласты",
        "Таласта",
        "Таластан",
        "Таластагы",
        "Таластар",
        "Таласы",
    ),
    "Баткен": (
        "Баткендин",
        "Баткенге",
        "Баткенди",
        "Баткенде",
        "Баткенден",
        "Баткендеги",
        "Баткендер",
        "Баткени",
    ),
    "Өзгөн": (
        "Өзгөндүн",
        "Өзгөнгө",
        "Өзгөндү",
        "Өзгөндө",
        "Өзгөндөн",
        "Өзгөндөгү",
        "Өзгөндөр",
        "Өзгөнү",
    ),
    "Кемин": (
        "Кеминдин",
        "Кеминге",
        "Кеминди",
        "Кеминде",
        "Кеминден",
        "Кеминдеги",
        "Кеминдер",
        "Кемини",
    ),
    "Кара-Суу": (
        "Кара-Суунун",
        "Кара-Сууга",
        "Кара-Сууну",
        "Кара-Сууда",
        "Кара-Суудан",
        "Кара-Суудагы",
        "Кара-Суулар",
        "Кара-Суусу",
    ),
    "Ноокат": (
        "Ноокаттын",
        "Ноокатка",
        "Ноокатты",
        "Ноокатта",
        "Ноокаттан",
        "Ноокаттагы",
        "Ноокаттар",
        "Ноокаты",
    ),
    "Бишкек": (
        "Бишкектин",
        "Бишкекке",
        "Бишкекти",
        "Бишкекте",
        "Бишкектен",
        "Бишкектеги",
        "Бишкектер",
        "Бишкеги",
    ),
    "Кочкор": (
        "Кочкордун",
        "Кочкорго",
        "Кочкорду",
        "Кочкордо",
        "Кочкордон",
        "Кочкордогу",
        "Кочкорлор",
        "Кочкору",
    ),
    "Ак-Талаа": (
        "Ак-Талаанын",
        "Ак-Талаага",
        "Ак-Талааны",
        "Ак-Талаада",
        "Ак-Талаадан",
        "Ак-Талаадагы",
        "Ак-Талаалар",
        "Ак-Талаасы",
    ),
    "Кыргызстан": (
        "Кыргызстандын",
        "Кыргызстанга",
        "Кыргызстанды",
        "Кыргызстанда",
        "Кыргызстандан",
        "Кыргызстандагы",
        "Кыргызстандар",
        "Кыргызстаны",
    ),
}

# Type words with the 3rd-person possessive and a case after it (облусунан, районуна).
POSSESSED: dict[str, tuple[str, ...]] = {
    "облус": ("облусунун", "облусуна", "облусун", "облусунда", "облусунан", "облусундагы"),
    "район": ("районунун", "районуна", "районун", "районунда", "районунан", "районундагы"),
    "аймак": ("аймагынын", "аймагына", "аймагын", "аймагында", "аймагынан", "аймагындагы"),
    "шаар": ("шаарынын", "шаарына", "шаарын", "шаарында", "шаарынан", "шаарындагы"),
    "өкмөт": ("өкмөтүнүн", "өкмөтүнө", "өкмөтүн", "өкмөтүндө", "өкмөтүнөн", "өкмөтүндөгү"),
    "кыштак": ("кыштагынын", "кыштагына", "кыштагын", "кыштагында", "кыштагынан", "кыштагындагы"),
}

PLURAL_POSSESSED_GENITIVE = {
    "облус": "облустарынын",
    "район": "райондорунун",
    "аймак": "аймактарынын",
    "шаар": "шаарларынын",
    "өкмөт": "өкмөттөрүнүн",
    "Чүй": "Чүйлөрүнүн",
    "Кара-Суу": "Кара-Сууларынын",
    "Кемин": "Кеминдеринин",
}

TABLE_ROWS = [
    (name, case, form) for name, row in TABLE.items() for case, form in zip(CASES, row, strict=True)
]
POSSESSED_ROWS = [(stem, form) for stem, row in POSSESSED.items() for form in row]


def test_table_covers_eight_names_of_every_vowel_class():
    last_vowels = {next(ch for ch in reversed(n.lower()) if ch in "аыоуеиөү") for n in TABLE}
    assert len(TABLE) >= 8
    assert set("аоуеиөү") <= last_vowels


@pytest.mark.parametrize(("name", "case", "form"), TABLE_ROWS)
def test_every_ending_is_generated(name: str, case: str, form: str):
    assert form in forms(name), case


@pytest.mark.parametrize(("name", "case", "form"), TABLE_ROWS)
def test_every_form_reads_back_to_its_stem(name: str, case: str, form: str):
    readings = [a for a in candidate_stems(form) if a.stem == name]
    assert readings, case
    assert surface(name, readings[0].ending) == form


@pytest.mark.parametrize(("stem", "form"), POSSESSED_ROWS)
def test_possessive_then_case(stem: str, form: str):
    assert form in forms(stem)
    assert any(a.stem == stem for a in candidate_stems(form))


@pytest.mark.parametrize(("stem", "form"), PLURAL_POSSESSED_GENITIVE.items())
def test_plural_possessive_genitive(stem: str, form: str):
    assert form in forms(stem)
    assert strip_ending(form).stem == stem


@pytest.mark.parametrize(
    ("word", "stem", "ending"),
    [
        ("облустарынын", "облус", "тарынын"),
        ("облусундагы", "облус", "ундагы"),
        ("районуна", "район", "уна"),
        ("аймагынын", "аймак", "ынын"),
        ("Кыргызстандагы", "Кыргызстан", "дагы"),
        ("Ысык-Көлдөн", "Ысык-Көл", "дөн"),
        ("Жалал-Абаддан", "Жалал-Абад", "дан"),
        ("Оштон", "Ош", "тон"),
        ("МАМЫТОВдун", "МАМЫТОВ", "дун"),  # upper-case stem, lower-case ending
        ("ОБЛУСУНДАГЫ", "ОБЛУС", "УНДАГЫ"),  # a headline in capitals
        ("Бекиевдин", "Бекиев", "дин"),
        ("Жаманкуловага", "Жаманкулова", "га"),
        ("ноябрына", "ноябрь", "ына"),  # the soft sign drops before an ending
    ],
)
def test_candidate_stems_finds_the_stem(word: str, stem: str, ending: str):
    readings = candidate_stems(word)
    assert any(
        a.stem.rstrip("ь") == stem.rstrip("ь") and a.ending == ending.lower() for a in readings
    )
    assert surface(stem, ending.lower()).lower() == word.lower()


@pytest.mark.parametrize(
    ("word", "not_stem"),
    [
        ("Ошондой", "Ош"),  # "also": not Ош + ending
        ("Нарынбек", "Нарын"),  # a given name
        ("Оштан", "Ош"),  # wrong harmony for Ош
        ("Нарындон", "Нарын"),  # wrong harmony for Нарын
        ("Чүйдан", "Чүй"),
        ("Таласда", "Талас"),  # д after a voiceless consonant
        ("Кеминга", "Кемин"),
    ],
)
def test_invalid_endings_are_not_stripped(word: str, not_stem: str):
    assert all(a.stem != not_stem for a in candidate_stems(word))


def test_voicing_only_before_a_vowel():
    assert "аймакта" in forms("аймак")
    assert "аймагта" not in forms("аймак")
    assert "аймагы" in forms("аймак")
    assert "ы" in suffixes_for("аймак")


def test_bare_word_is_always_the_last_reading():
    assert candidate_stems("Нарын")[-1] == Analysis("Нарын", "")


# --- case forms of a word (months, the year and day words) -------------------------


@pytest.mark.parametrize(
    ("word", "form", "case"),
    [
        ("октябрь", "октябрынан", "ablative"),  # soft sign dropped, possessive + case
        ("октябрь", "октябрдагы", "attributive"),
        ("октябрь", "октябрьдагы", "attributive"),  # the spelling keeping the sign
        ("октябрь", "октябры", "nominative"),  # "25-октябры": a bare possessive
        ("күн", "күнүнөн", "ablative"),
    ],
)
def test_case_forms_of_a_word(word: str, form: str, case: str):
    assert case_forms(word)[form] == case


# --- the copula of the 1st person after a case (left56) ----------------------------------
# "Мен Ноокат шаарынанмын" (I am from the town), "Биз Ак-Муз айылынанбыз": the speaker's
# own place; the case under the copula is the word's case. Found by held-out round 56.


@pytest.mark.parametrize(
    ("word", "stem", "case"),
    [
        ("шаарынанмын", "шаар", "ablative"),
        ("айылынанбыз", "айыл", "ablative"),
        ("Бишкектенмин", "Бишкек", "ablative"),
        ("Оштомун", "Ош", "locative"),
    ],
)
def test_a_case_with_the_copula_of_the_first_person(word: str, stem: str, case: str) -> None:
    reading = strip_ending(word)
    assert reading.stem == stem
    assert case_of(reading.stem, reading.ending) == case


def test_the_copula_without_a_case_is_no_case_form() -> None:
    # near miss: the copula on a bare stem ("Ошмун", "I am Ош") is no ending of the rules
    assert Analysis("Ош", "мун") not in candidate_stems("Ошмун")


def test_a_possessed_word_takes_only_the_cases_after_a_possessive():
    forms_ = case_forms("Бештин айы", possessed=True)
    assert forms_["Бештин айынан"] == "ablative" and forms_["Бештин айына"] == "dative"
    assert "Бештин айыдан" not in forms_  # the bare-stem ablative: not after a possessive


@pytest.mark.parametrize(
    ("stem", "suffixes", "word"),
    [
        ("жыл", ("plural",), "жылдар"),
        ("күн", ("plural",), "күндөр"),
        ("шаар", ("plural",), "шаарлар"),  # -лар after р, not -дар
        ("облус", ("plural", "possessive"), "облустары"),
    ],
)
def test_inflect_applies_suffixes_in_order(stem: str, suffixes: tuple[str, ...], word: str):
    assert inflect(stem, *suffixes) == word


@pytest.mark.parametrize(
    ("stem", "word"),
    [
        ("Кочкор", "Кочкорлуктар"),  # the standard -лык after р
        ("Кочкор", "Кочкордуктар"),  # and the spoken -дык, as in шаардык
        ("шаар", "шаардыктарга"),
    ],
)
def test_belonging_after_r_takes_both_spellings(stem: str, word: str):
    assert word.lower() in {f.lower() for f in forms(stem)}


def test_belonging_after_r_inflects_in_the_standard_spelling_and_not_after_other_letters():
    assert inflect("Кочкор", "belonging") == "Кочкорлук"
    assert "Нарынлыктар" not in forms("Нарын")  # near miss: -лык only after р, й, vowels


def test_inflect_refuses_a_suffix_the_rules_do_not_give():
    with pytest.raises(ValueError):
        inflect("облус", "genitive_p")  # -нын after a possessive needs a vowel before it


# --- every spelling of a suffix (lexicons that match an ending on any stem) ---------


def test_variants_of_a_case_are_its_harmony_and_consonant_forms():
    assert set(variants("genitive")) == {c + v + "н" for c in "дтн" for v in "ыиуү"}
    assert set(variants("dative")) == {c + v for c in "гк" for v in "аеоө"}


def test_variants_of_a_group_join_its_members():
    assert set(variants("case_p")) >= {"нын", "на", "н", "нда", "нан", "ндагы"}
    assert set(variants("case")) >= {"дын", "га", "ты", "до", "төн", "дөгү"}


@pytest.mark.parametrize(("suffix", "not_a_form"), [("ablative", "дэн"), ("attributive", "дегі")])
def test_variants_never_give_a_spelling_outside_the_rules(suffix: str, not_a_form: str):
    assert not_a_form not in variants(suffix)


def test_number_suffixes_follow_harmony():
    assert {"нчы", "инчи", "унчу", "үнчү"} <= set(variants("ordinal"))  # жыйырманчы, биринчи
    assert {"догон", "дөгөн", "деген", "лаган"} <= set(variants("vague"))  # ондогон, миңдеген
    assert "дыгон" not in variants("vague")  # the second vowel follows the first


@pytest.mark.parametrize(
    ("word", "suffix"),
    [("акылдуу", "дуу"), ("билимдүү", "дүү"), ("тоолуу", "луу"), ("кызыктуу", "туу")],
)
def test_having_takes_two_way_harmony(word: str, suffix: str):
    assert word.endswith(suffix) and suffix in variants("having")


def test_having_has_no_unrounded_spelling():
    assert not {"дыы", "лии", "дуы"} & set(variants("having"))


# --- Russian adjectives: ordinals and the names of units --------------------------


def test_unit_adjective_endings_are_sk_plus_the_adjective_endings():
    assert russian_unit_adjective_endings("feminine") == ("ская", "ской", "скую")
    assert set(russian_unit_adjective_endings("masculine")) == {
        "ский",
        "ского",
        "скому",
        "ским",
        "ском",
    }


def test_unit_adjective_endings_keep_the_spelling_rule():
    endings = russian_unit_adjective_endings()
    assert "ских" in endings and "скых" not in endings  # и after к, never ы
    assert "ый" in russian_adjective_endings("masculine")  # пятый: no к before it


def test_the_nominative_is_the_first_ending_of_each_gender():
    assert russian_unit_adjective_endings("masculine", case="nominative") == ("ский",)
    assert "ской" not in russian_unit_adjective_endings(case="nominative")


@pytest.mark.parametrize(
    ("noun", "adjective"),
    [("Ат-Башы", "Ат-Башинский"), ("Кочкор", "Кочкорского"), ("Ивановка", "Ивановской")],
)
def test_a_place_noun_and_its_adjective_share_a_key(noun: str, adjective: str):
    stem = russian_adjective_stem(adjective)
    assert stem is not None and russian_adjective_key(stem) in russian_adjective_keys(noun)


def test_a_different_name_has_another_key():
    stem = russian_adjective_stem("Кеминский")
    assert stem is not None and russian_adjective_key(stem) not in russian_adjective_keys("Кочкор")


def test_a_word_too_short_for_its_ending_is_no_adjective():
    assert russian_adjective_stem("ский") is None and russian_adjective_stem("Хская") is None


@pytest.mark.perf  # timed: run by `pytest -m perf` (scripts/bench.py), not CI
@pytest.mark.parametrize("hostile", ["а" * 200_000, "-" * 200_000, "1-" * 100_000])
def test_hostile_words_are_fast(hostile: str):
    start = time.perf_counter()
    candidate_stems(hostile)
    assert time.perf_counter() - start < 0.5


# --- a verb of motion's л is no passive suffix (no_passive_l; tidy63) -----------------------
# The л of a motion verb's "-лды": a reflexive of going after a motion verb's vowel stem
# ("жөнө-л-дү": set off), the root "кел-" itself, also fused to a converb before it
# ("ап-кел-ди", "алп-кел-ди" of "алып кел-": brought). A vowel stem's passive -л is none of
# these ("кара-л-", "бекемде-л-").


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("жөнөл", True),
        ("апкел", True),
        ("алпкел", True),
        ("кел", True),
        # near misses: vowel stems' passives (examined, strengthened, repaired, adorned)
        ("карал", False),
        ("бекемдел", False),
        ("оңдол", False),
        ("көркөмдөл", False),
    ],
)
def test_a_motion_verbs_l_is_no_passive_suffix(stem: str, expected: bool) -> None:
    assert no_passive_l(stem) is expected


# --- the case a preposition of origin or place governs (place_noun_cases; revfix63t) -------


@pytest.mark.parametrize(
    ("case", "inside", "outside"),
    [
        # "из Оша", "из Кара-Балты"; not the accusative "Асанову"
        ("genitive", ("а", "ы"), ("у", "е")),
        # "в Оше", "в Сибири"; not the accusative "в Асанова"
        ("prepositional", ("е", "и"), ("а", "у")),
    ],
)
def test_a_place_nouns_case_endings(
    case: str, inside: tuple[str, ...], outside: tuple[str, ...]
) -> None:
    endings = russian_place_noun_case_endings(case)
    assert set(inside) <= set(endings)
    assert not set(outside) & set(endings)


@pytest.mark.parametrize(
    ("masculine", "forms"),
    [
        # the masculine without the past's mark adds it in the other forms
        ("умер", {"умер", "умерла", "умерло", "умерли"}),
        ("вырос", {"вырос", "выросла", "выросло", "выросли"}),
        # a reflexive: -ся after the consonant, -сь after a vowel
        ("родился", {"родился", "родилась", "родилось", "родились"}),
    ],
)
def test_russian_past_forms_are_whole_words_from_the_masculine(
    masculine: str, forms: set[str]
) -> None:
    assert russian_past_forms(masculine) == forms


def test_russian_past_forms_take_in_no_longer_word() -> None:
    # near miss: an adjective that opens as the masculine past does
    assert "умеренный" not in russian_past_forms("умер")
    assert not "умеренный".endswith(RU_PAST_ENDINGS)


# One source of the Russian past's endings (morphology.yaml `russian.past`), a view per
# reader (fr65 #7): every form of a past in -л (a sentence's first verb, persons.tables),
# and the feminine, neuter and plural not reflexive (a clause's closing verb,
# participants.finite_verbs).
@pytest.mark.parametrize("masculine", ["выступил", "собрался"])
def test_every_past_form_ends_in_a_form_ending(masculine: str) -> None:
    assert all(form.endswith(RU_PAST_FORM_ENDINGS) for form in russian_past_forms(masculine))


@pytest.mark.parametrize("word", ["выступила", "провели", "прошло"])
def test_an_agreeing_past_closes_its_clause(word: str) -> None:
    assert word.endswith(RU_PAST_AGREEING_ENDINGS)


def test_a_reflexive_or_masculine_past_is_no_agreeing_ending() -> None:
    # near misses: the masculine and the reflexive are read by the other view only
    assert not "выступил".endswith(RU_PAST_AGREEING_ENDINGS)
    assert not "собрались".endswith(RU_PAST_AGREEING_ENDINGS)
    assert "собрались".endswith(RU_PAST_FORM_ENDINGS)
