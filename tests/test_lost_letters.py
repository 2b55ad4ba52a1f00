"""Kyrgyz letters lost to "?": a page saved through a code page without ң, ө, ү
writes each of them as "?". The letters are put back (normalise/lost_letters.py) so that
names, counts and places match, spans still point at the original text, and a
warning says so; real question marks stay question marks."""

from __future__ import annotations

import pytest

from vap_cli import parse_text
from vap_cli.models import WarningCode
from vap_cli.normalise import normalise
from vap_cli.normalise.lost_letters import restore


def _restored(text: str) -> bool:
    return any(w.code == WarningCode.LOST_LETTERS_RESTORED for w in parse_text(text).warnings)


# --- persons ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Жыйынды айыл өкмөтүнүн башчысы Бекболот Т?р?баев ачты.", "Бекболот Төрөбаев"),
        ("Иш-чарага райондун акими Г?лнара Жа?ыбаева катышты.", "Гүлнара Жаңыбаева"),
    ],
)
def test_a_name_with_letters_lost_to_question_marks(text: str, name: str) -> None:
    doc = parse_text(text)
    assert [p.name for p in doc.persons] == [name]
    assert _restored(text)


def test_a_name_beside_a_real_question_mark_is_kept_as_written() -> None:
    text = "Жыйынды ким ачты? Айыл өкмөтүнүн башчысы Бекболот Төрөбаев ачты."
    assert [p.name for p in parse_text(text).persons] == ["Бекболот Төрөбаев"]
    assert not _restored(text)
    assert normalise(text).text == text


def test_the_span_of_a_restored_name_points_at_what_the_page_wrote() -> None:
    text = "Иш-чарага райондун акими Г?лнара Жа?ыбаева катышты."
    (person,) = parse_text(text).persons
    assert text[person.span.start : person.span.end] == "Г?лнара Жа?ыбаева"
    assert person.text == "Г?лнара Жа?ыбаева"


# --- participants -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Угууга 150г? жакын жергиликт?? тургундар катышты.", (150, "about")),
        ("Жыйынга 300д?н ашык жергиликт?? тургундар катышты.", (300, "more_than")),
    ],
)
def test_a_count_with_letters_lost_to_question_marks(text: str, count: tuple) -> None:
    assert [(p.count, p.qualifier) for p in parse_text(text).participants] == [count]
    assert _restored(text)


def test_a_count_after_a_real_question_gives_the_same_fact() -> None:
    text = "Угууга ким катышты? Угууга 150гө жакын жергиликтүү тургундар катышты."
    assert [(p.count, p.qualifier) for p in parse_text(text).participants] == [(150, "about")]
    assert not _restored(text)


# --- places -----------------------------------------------------------------------------------


def _places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places if p.level != "country"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Жыйын Ысык-К?л облусунда ?тт?.", "oblast:Ысык-Көл"),
        ("Жыйын Т?п районунун борборунда ?тк?р?лд?.", "district:Түп"),
    ],
)
def test_a_place_with_letters_lost_to_question_marks(text: str, place: str) -> None:
    assert place in _places(text)
    assert _restored(text)


def test_a_place_in_a_question_is_found_and_the_question_kept() -> None:
    text = "Жыйын Түп районунда өттүбү? Ооба, Ысык-Көл облусунда."
    assert _places(text) >= {"district:Түп", "oblast:Ысык-Көл"}
    assert not _restored(text)


# --- the rule ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ң after a vowel; ө/ү after a consonant, by the word the lexicons know
        ("Жа?ы мектеп айыл ?км?т?н?н жардамы менен ачылды.", "Жаңы мектеп айыл өкмөтүнүн"),
        # a long vowel: the second "?" repeats the first
        ("Жергиликт?? тургундар к?п.", "Жергиликтүү тургундар көп."),
        # a word in capitals gets capitals
        ("АЙЫЛ ?КМ?Т? жыйын ?тк?рд?.", "АЙЫЛ ӨКМӨТҮ"),
    ],
)
def test_letters_are_chosen_by_position_harmony_and_known_words(text: str, expected: str) -> None:
    fixed, count = restore(text)
    assert fixed.startswith(expected)
    assert len(fixed) == len(text)
    assert count == text.count("?")


@pytest.mark.parametrize(
    "text",
    [
        "Эмне? Кайда? Качан? Жыйын эртең болот.",
        # one "?" before a small letter is too few to be a lost code page
        "Эмне? деп сурады ал.",
        "Что? Где? Когда? Ответы на вопросы.\nКто пришёл?",
        # questions written small: a "?" before a small letter, never inside a word
        "Что? где? когда? - спрашивали все.",
    ],
)
def test_real_question_marks_stay(text: str) -> None:
    assert restore(text) == (text, 0)


def test_questions_in_reported_speech_stay() -> None:
    text = 'Ал "Жыйын качан?" деп сурады. Ким келет?! Ким?) деп жазды.'
    assert restore(text) == (text, 0)


# --- a lost first letter: a capital only where a name or a sentence begins ------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a given name the lexicon lists; a surname by its suffix
        ("Сынакты ?м?т Асанов жетектеди, ага айыл ?км?т? жардам берди.", "Үмөт Асанов"),
        ("Жыйынды мектептин директору ?м?рбек ?с?нбаев ачты.", "Өмүрбек Үсөнбаев"),
    ],
)
def test_a_name_whose_first_letter_was_lost(text: str, name: str) -> None:
    assert [p.name for p in parse_text(text).persons] == [name]


def test_a_common_word_whose_first_letter_was_lost_stays_small() -> None:
    fixed, _ = restore("Жыйынды айыл ?км?т? ?тк?рд?. ?км?т жардам берди.")
    assert fixed == "Жыйынды айыл өкмөтү өткөрдү. Өкмөт жардам берди."


# --- a name's first vowel: the one the known names make likelier, then harmony ---------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no lexicon knows Шүкүр or Сүйүн: names begin Шү-, Сү- more than Шө-, Сө-
        ("Иш-чараны айыл ?км?т?н?н башчысы Кубат Ш?к?ров ачты.", "Кубат Шүкүров"),
        ("Жыйынга райондун акими Нурлан С?й?нбаев катышты.", "Нурлан Сүйүнбаев"),
    ],
)
def test_a_surnames_first_vowel_is_the_one_names_make_likelier(text: str, name: str) -> None:
    doc = parse_text(text)
    assert [p.name for p in doc.persons] == [name]
    (warning,) = [w for w in doc.warnings if w.code == WarningCode.LOST_LETTERS_RESTORED]
    # the warning says which restoration was chosen and why
    written = text.split()[-2]
    assert f"{written} -> {name.split()[-1]} (harmony after the first vowel" in warning.message


# --- a compound name's second root: the vowel harmony cannot tell -----------------------------
# After а, ы, е, и no rounding harmony tells ө from ү: in a name that is a compound's second
# root ("Бакты|гүл", "Жаны|гүл"), read as the known names make likelier, as a name's first
# vowel is (lost_letters._harmony). Found by the variants of the tune pages (accv48).


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Жыйынды мугалим Асылг?л Осмонова ачты, ?н?кт?р?? тууралуу айтты.", "Асылгүл Осмонова"),
        (
            "Сөздү райондун акими Жаныг?л Токтосунова алды, ?н?кт?р?? жөнүндө.",
            "Жаныгүл Токтосунова",
        ),
    ],
)
def test_a_compound_name_s_second_root_takes_the_names_vowel(text: str, name: str) -> None:
    assert name in [p.name for p in parse_text(text).persons]


def test_a_common_word_after_a_back_vowel_keeps_the_first_syllable_s_default() -> None:
    # near miss: a common word, no name: the default of harmony stays ("150г?" -> "гө")
    assert restore("Ал 150г? жакын жергиликт?? тургун.")[0].startswith("Ал 150гө")


def test_a_place_the_gazetteer_knows_is_read_by_it_and_the_warning_says_so() -> None:
    text = "Т?п районунда жыйын ?тт?."
    fixed, _ = restore(text)
    assert fixed == "Түп районунда жыйын өттү."
    (warning,) = [
        w for w in parse_text(text).warnings if w.code == WarningCode.LOST_LETTERS_RESTORED
    ]
    assert "Т?п -> Түп (a word or name the lexicons or the gazetteer know)" in warning.message


def test_a_question_and_a_query_string_stay_beside_restored_names() -> None:
    # near miss: a real question and a URL's "?" are no lost letters
    text = (
        "Жыйын качан болот? Айыл ?км?т?н?н башчысы Кубат Ш?к?ров жооп берди.\n"
        "Толугураак: https://kemin.kg/index.php?id=25&lang=ky"
    )
    fixed, _ = restore(text)
    assert fixed.startswith("Жыйын качан болот? Айыл өкмөтүнүн башчысы Кубат Шүкүров")
    assert fixed.endswith("https://kemin.kg/index.php?id=25&lang=ky")
