"""A village's name made from a common word by a suffix (Эркиндик 'freedom', from эркин
'free'; Кеңештик from кеңеш 'council'), before its type word: the whole word is the
name, and a name the gazetteer lacks is reported like any other unknown unit (id null,
a `place_not_in_gazetteer` warning), never dropped as the common word it is made from.
"""

from __future__ import annotations

import pytest

from vap_cli.models import WarningCode
from vap_cli.pipeline import parse_text

DERIVED = [
    ("Жыйын Эркиндик айылында өттү.", "village", "Эркиндик"),
    ("Кеңештик айылынын тургундары жыйналды.", "village", "Кеңештик"),
    ("Жыйын Эркиндик айыл аймагында өттү.", "ayil_aimak", "Эркиндик"),
    ("Собрание прошло в селе Эркиндик Ноокатского района.", "village", "Эркиндик"),
]


@pytest.mark.parametrize(("text", "level", "name"), DERIVED)
def test_a_name_made_from_a_common_word_is_an_unknown_unit_with_a_warning(
    text: str, level: str, name: str
):
    doc = parse_text(text)
    found = [p for p in doc.places if (p.level, p.name) == (level, name)]
    assert len(found) == 1, [(p.level, p.name) for p in doc.places]
    assert found[0].soate is None
    warned = [w for w in doc.warnings if w.code == WarningCode.PLACE_NOT_IN_GAZETTEER]
    assert [w.span for w in warned] == [found[0].span]


NOT_A_NAME = [
    # a case ending, not a suffix that makes a word: "the villages of Manas"
    "Жыйын Манастын айылдарында өттү.",
    # the common word itself, its type word a plain noun: "freedom came to the village"
    "Эркиндик айылга келди.",
]


@pytest.mark.parametrize("text", NOT_A_NAME)
def test_a_common_word_before_a_type_word_gives_no_place_and_no_warning(text: str):
    doc = parse_text(text)
    assert doc.places == []
    assert doc.warnings == []


def test_a_known_name_with_a_case_ending_before_a_type_word_stays_known():
    doc = parse_text("Нарындагы айыл өкмөтүндө жыйын өттү.")
    assert [(p.level, p.name, p.soate is not None) for p in doc.places] == [("city", "Нарын", True)]
    assert doc.warnings == []


def test_the_common_words_unit_is_still_read_when_it_is_named():
    doc = parse_text("Собрание прошло в селе Эркин.")
    assert [(p.level, p.name, p.soate) for p in doc.places] == [
        ("village", "Эркин", "41706226854020")
    ]


# A name the gazetteer lacks whose last part is a word its names end in (Жылга of
# Кара-Жылга, Пахта of Талды-Пахта, Молдо of Тоголок-Молдо), though the word ends like
# a case ending ("-га", "-та", "-до"): before its type word the whole word is the name
# (rule places.whole_name_part; found by the swap test, scripts/swap_eval.py).
WHOLE_LAST_PART = [
    ("Жыйын Ала-Жылга айыл өкмөтүндө өттү.", "ayil_aimak", "Ала-Жылга"),
    ("Ак-Пахта айылынын тургундары ашарга чыгышты.", "village", "Ак-Пахта"),
    ("Боз-Молдо айыл аймагынын башчысы отчет берди.", "ayil_aimak", "Боз-Молдо"),
]


@pytest.mark.parametrize(("text", "level", "name"), WHOLE_LAST_PART)
def test_a_name_ending_in_a_word_of_the_gazetteers_names_is_whole(text: str, level: str, name: str):
    doc = parse_text(text)
    assert [(p.level, p.name, p.soate) for p in doc.places] == [(level, name, None)]


def test_a_case_ending_after_a_word_of_the_gazetteers_names_is_still_an_ending():
    # Суу is a word the gazetteer's names end in, Сууга none: a dative, no unit.
    doc = parse_text("Жаңы-Сууга айыл өкмөтү жардам берди.")
    assert doc.places == []


# The same in a decree's row of villages before their ayil aimak, no type word of their
# own (children.py): such a name is a member of the row, not a word with a case ending
# that ends it.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Талдуу-Башы, Жандама, Тогуз-Молдо жана Тескей Бел-Торо айыл аймагы Ноокат району;",
            "Талдуу-Башы",
        ),
        ("Кош-Пахта жана Мундуз Ак-Дөбө айыл аймагы Ала-Бука району.", "Кош-Пахта"),
    ],
)
def test_a_whole_last_part_keeps_a_decree_rows_villages(text: str, name: str):
    villages = [p.name for p in parse_text(text).places if p.level == "village"]
    assert name in villages


def test_a_case_ending_ends_a_decree_row():
    villages = [
        p.name
        for p in parse_text("Бел-Сууда жана Мундуз Ак-Дөбө айыл аймагы Ала-Бука району.").places
        if p.level == "village"
    ]
    assert villages == ["Мундуз"]
