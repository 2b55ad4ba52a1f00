"""The places and persons extractors read a word's folded form from the token stream
(`Word.low`) instead of folding its text again: a type word or уулу/кызы written in
capitals reads as the lower-case one, and the Russian type noun's first-letters test
on the folded word says what it says on the folded first letters."""

from __future__ import annotations

import pytest

from vap_cli.extractors.places.tokens import RU_AFTER_STARTS, RU_AFTER_STEM_LETTERS
from vap_cli.pipeline import parse_text
from vap_cli.segment.tokens import TokenStream


def _places(text: str) -> list[str]:
    return sorted(f"{p.level}:{p.name}" for p in parse_text(text).places if p.level != "country")


def _persons(text: str) -> list[tuple[str, list[str]]]:
    return [(p.name, p.roles) for p in parse_text(text).persons]


@pytest.mark.parametrize(
    ("lower", "upper"),
    [
        # a Kyrgyz type word's form, one word and two
        ("Нарын облусунан 63 АӨ башчысы келет.", "Нарын ОБЛУСУНАН 63 АӨ башчысы келет."),
        ("Чоң-Алай айыл аймагынын тургундары.", "Чоң-Алай АЙЫЛ АЙМАГЫНЫН тургундары."),
        # a Russian type noun after an adjective, and before a name (with a dot)
        ("Собрание прошло в Кеминском районе.", "СОБРАНИЕ ПРОШЛО В КЕМИНСКОМ РАЙОНЕ."),
        ("Жители села Ак-Суу Ак-Суйского района.", "Жители СЕЛА Ак-Суу Ак-Суйского РАЙОНА."),
        ("Встреча прошла в г. Караколе.", "Встреча прошла в Г. Караколе."),
        # a list's joiner
        ("Кочкор районунда жана Жумгал районунда.", "Кочкор районунда ЖАНА Жумгал районунда."),
    ],
)
def test_type_words_in_capitals_give_the_places_of_lower_case(lower: str, upper: str) -> None:
    assert _places(lower)
    assert _places(upper) == _places(lower)


@pytest.mark.parametrize(
    ("lower", "upper"),
    [
        (
            "Жыйынды Ош облусунун акими Айбек Асан уулу ачты.",
            "Жыйынды Ош облусунун акими Айбек Асан УУЛУ ачты.",
        ),
        ("Сөз Айбек Асан уулуна берилди.", "Сөз Айбек Асан УУЛУНА берилди."),
        (
            "Комиссиянын мүчөлөрү: Асан уулу Бекболот, Тилек кызы Айгүл.",
            "Комиссиянын мүчөлөрү: Асан УУЛУ Бекболот, Тилек КЫЗЫ Айгүл.",
        ),
    ],
)
def test_father_words_in_capitals_give_the_persons_of_lower_case(lower: str, upper: str) -> None:
    assert _persons(lower)
    assert _persons(upper) == _persons(lower)


# Letters that fold to more than one ("ß" -> "ss", "ﬁ" -> "fi", "İ" -> "i̇") among a
# word's first letters: the folded word's first letters are not the first letters folded.
_WORDS = "районе ОБЛАСТИ Обл ßобласти ﬁрайон İрайон ßßр обﬁ рß Straße ΐобл сﬀ"


@pytest.mark.parametrize("text", [_WORDS, _WORDS.upper(), f"Г. Бишкек, {_WORDS}, р-н Ала-Бука"])
def test_the_russian_type_noun_test_on_the_folded_word_is_the_test_on_folded_letters(
    text: str,
) -> None:
    words = TokenStream(text).words
    assert words
    for w in words:
        fast = w.low[:RU_AFTER_STEM_LETTERS] in RU_AFTER_STARTS
        slow = w.text[:RU_AFTER_STEM_LETTERS].casefold() in RU_AFTER_STARTS
        assert fast == slow, w.text
