"""A name of two or three words whose last word is itself a gazetteer name, before a
Kyrgyz type word ("Бозбармак Сай айылында"): the whole run of capitalised words is the
name, of a unit the gazetteer lacks (id null, a `place_not_in_gazetteer` warning), not
the known unit its last word names. A word that opens the sentence, a person's name or
title, a word with a case ending and a list member before a comma are no part of it.
"""

from __future__ import annotations

import pytest

from vap_cli.models import WarningCode
from vap_cli.pipeline import parse_text

# (level, name, known to the gazetteer) of each place the sentence gives
LONGER = [
    # Сай is a village of the gazetteer, Чаек an ayil aimak, Арал a village
    (
        "Ала-Бука районунун Бозбармак Сай айылында жыйын өттү.",
        [("district", "Ала-Бука", True), ("village", "Бозбармак Сай", False)],
    ),
    (
        "Жумгал районундагы Бурулдай Чаек айыл аймагында 40 киши чогулду.",
        [("district", "Жумгал", True), ("ayil_aimak", "Бурулдай Чаек", False)],
    ),
    ("Кечээ Төмөнкү Арал айылында той болду.", [("village", "Төмөнкү Арал", False)]),
    # three words, and a Russian sentence with the Kyrgyz type word
    ("Жыйын Чоң Бозбармак Сай айылында өттү.", [("village", "Чоң Бозбармак Сай", False)]),
    ("Собрание прошло в Бурулдай Сай айыл окмоту.", [("ayil_aimak", "Бурулдай Сай", False)]),
]


@pytest.mark.parametrize(("text", "places"), LONGER)
def test_a_capitalised_word_before_a_known_name_makes_one_unknown_unit(
    text: str, places: list[tuple[str, str, bool]]
):
    doc = parse_text(text)
    assert [(p.level, p.name, p.soate is not None) for p in doc.places] == places
    unknown = [p.span for p in doc.places if p.soate is None]
    assert [w.span for w in doc.warnings if w.code == WarningCode.PLACE_NOT_IN_GAZETTEER] == unknown


SHORTER = [
    # a type word of another unit between them
    "Бишкек шаары Сай айылында жыйын өттү.",
    # a surname, a given name, a title: the person, then the village
    "Мектепте Асанов Сай айылында жашай турганын айтты.",
    "Мектепте Бакыт Сай айылында жашай турганын айтты.",
    "Ушул жумада Губернатор Сай айылына келди.",
    # the sentence's first word: its capital proves no name
    "Жыйын Сай айылында өттү.",
    # a word with a case ending
    "Жыйын Бозбармактагы Сай айылында өттү.",
]


@pytest.mark.parametrize("text", SHORTER)
def test_no_longer_name_the_known_unit_stays(text: str):
    doc = parse_text(text)
    villages = [(p.name, p.soate is not None) for p in doc.places if p.level == "village"]
    assert villages == [("Сай", True)]
    assert doc.warnings == []


def test_a_list_member_before_the_known_name_names_its_own_unit():
    # a row of a list: villages, then their ayil aimak and its district
    doc = parse_text("Ак-Кыя, Бурулдай Чаек айыл аймагы Жумгал району.")
    assert [(p.level, p.name, p.soate is not None) for p in doc.places] == [
        ("village", "Ак-Кыя", True),
        ("village", "Бурулдай", False),
        ("ayil_aimak", "Чаек", True),
        ("district", "Жумгал", True),
    ]


KNOWN_LARGE = [
    # a word before a district or a city: every one is in the gazetteer, so the word
    # is no part of its name and the known unit stays
    ("Жыйында Улуу Ала-Бука районунун өкүлдөрү катышты.", ("district", "Ала-Бука")),
    ("Жыйынга Чыгыш Ноокат районунан адамдар келди.", ("district", "Ноокат")),
    ("Быйыл Борбордук Нарын шаарында жыйын болду.", ("city", "Нарын")),
    ("Кечээ Түштүк Ош шаарында жыйын болду.", ("city", "Ош")),
]


@pytest.mark.parametrize(("text", "place"), KNOWN_LARGE)
def test_a_word_before_a_district_or_city_makes_no_longer_name(text: str, place: tuple[str, str]):
    doc = parse_text(text)
    assert [(p.level, p.name, p.soate is not None) for p in doc.places] == [(*place, True)]
    assert doc.warnings == []


AFTER_ROLE = [
    # a role word, then a person's name, then the village
    ("Кечээ мугалим Жыргал Сай айылында сабак өттү.", "Сай"),
    ("Ошондо агроном Өмүркан Арал айылына барды.", "Арал"),
]


@pytest.mark.parametrize(("text", "village"), AFTER_ROLE)
def test_a_name_after_a_role_word_is_a_person_not_part_of_the_village(text: str, village: str):
    doc = parse_text(text)
    assert [(p.level, p.name, p.soate is not None) for p in doc.places] == [
        ("village", village, True)
    ]
    assert doc.warnings == []


def test_a_longer_name_a_veto_drops_leaves_the_known_unit():
    # one unknown word before a plural type word is no unit (plural_type_one_word):
    # the known village it ends stays
    doc = parse_text("Кечээ Бозбармак Сай айылдарында жыйын болду.")
    assert [(p.level, p.name, p.soate is not None) for p in doc.places] == [
        ("village", "Сай", True)
    ]


AT_SENTENCE_START = [
    # the gazetteer opens names of several words with the first word (Төмөнкү, Чоң)
    ("Төмөнкү Сай айылында жыйын өттү.", [("village", "Төмөнкү Сай", False)]),
    ("Чоң Арал айылынын тургундары келишти.", [("village", "Чоң Арал", False)]),
    # the text names the longer unit inside a sentence, before or after
    (
        "Бозбармак Сай айылы чоң. Ала-Бука районунун Бозбармак Сай айылында жыйын өттү.",
        [("village", "Бозбармак Сай", False), ("district", "Ала-Бука", True)],
    ),
    (
        "Жумгал районундагы Бурулдай Чаек айыл аймагында жыйын болду.\n"
        "Бурулдай Чаек айыл аймагынын башчысы сүйлөдү.",
        [("district", "Жумгал", True), ("ayil_aimak", "Бурулдай Чаек", False)],
    ),
]


@pytest.mark.parametrize(("text", "places"), AT_SENTENCE_START)
def test_a_sentence_opener_opens_a_longer_name_on_other_evidence(
    text: str, places: list[tuple[str, str, bool]]
):
    doc = parse_text(text)
    assert [(p.level, p.name, p.soate is not None) for p in doc.places] == places


NO_EVIDENCE_AT_START = [
    # no other evidence: the sentence's first word is no part of the name
    ("Бозбармак Сай айылында жыйын өттү. Бозбармак Сай айылы чоң.", "Сай"),
    # the text's longer name ends in another known name
    ("Бозбармак Сай айылы чоң. Ала-Бука районунун Бозбармак Арал айылы да чоң.", "Сай"),
]


@pytest.mark.parametrize(("text", "village"), NO_EVIDENCE_AT_START)
def test_a_sentence_opener_with_no_evidence_stays_out_of_the_name(text: str, village: str):
    doc = parse_text(text)
    assert (village, True) in [(p.name, p.soate is not None) for p in doc.places]
    assert "Бозбармак " + village not in [p.name for p in doc.places]


QUOTED_TITLES = [
    # a film's and a book's title holding a longer name and its type word: no unit
    'Кечээ "Бозбармак Сай айылы" тасмасы көрсөтүлдү.',
    "Жазуучунун «Төмөнкү Арал айылы» китеби жарык көрдү.",
]


@pytest.mark.parametrize("text", QUOTED_TITLES)
def test_a_quoted_title_holding_a_longer_name_gives_no_unit(text: str):
    assert parse_text(text).places == []


def test_a_longer_name_unquoted_before_a_title_word_is_the_unit():
    # near miss: the same words unquoted name the village the film is about
    doc = parse_text("Кечээ Бозбармак Сай айылы тууралуу тасма көрсөтүлдү.")
    assert [(p.level, p.name, p.soate is not None) for p in doc.places] == [
        ("village", "Бозбармак Сай", False)
    ]


# --- one unknown word after a Russian plural type word ------------------------------------
# "в айыльных аймаках Фонда": the aimaks a word in the genitive owns, no unit
# named; a list of names the gazetteer lacks goes on after its first name
# (places.plural_type_one_word; accv49).


@pytest.mark.parametrize(
    "text",
    [
        "Семинары прошли в айыльных аймаках Фонда.",
        "Встречи прошли в айыл аймаках Программы развития.",
    ],
)
def test_one_word_after_a_russian_plural_type_word_is_no_unit(text: str) -> None:
    assert parse_text(text).places == []


def test_near_miss_a_list_after_a_russian_plural_type_word_keeps_its_names() -> None:
    doc = parse_text("Семинары прошли в айыльных аймаках Тоолукбаз и Кырсуубаз.")
    assert ("ayil_aimak", "Тоолукбаз") in {(p.level, p.name) for p in doc.places}
