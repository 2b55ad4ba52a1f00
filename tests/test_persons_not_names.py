"""Words shaped like a person's name that name no person: a language switcher, a school's
or a street's namesake, a firm's title, a place in the genitive.

Each class is a rule about the language or the layout: team-written inputs that must give
the record's field, and a near miss that must not (none of the sentences is a held-out
round's own). The comment over each class says which held-out round found it."""

from __future__ import annotations

import pytest

from record_fields import person_names

# --- a site's language switcher: its language names are no person ----------------------
# "Кыргызча   Русский" has a capitalised word and a word with a surname's -ский: a name's
# shape, but the names of languages (lexicon persons.yaml `language_names`).
# Found by held-out round 10.


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Министерство юстиции Кыргызской Республики\nВерсия для печати   Кыргызча   Русский\n\n"
            "В Оше прошла встреча с жителями. Перед ними выступил Бакыт Асанов.\n",
            ["Бакыт Асанов"],
        ),
        (
            "Нарын облустук администрациясы\nРусский  Кыргызча\n\n"
            "Жыйында облустун жаштар бөлүмүнүн адиси Айгүл Токтосунова сөз сүйлөдү.\n",
            ["Айгүл Токтосунова"],
        ),
    ],
    ids=["ru-wide-gaps", "ky-russian-first"],
)
def test_a_language_switcher_names_no_person(text: str, people: list[str]) -> None:
    assert person_names(text) == people


def test_a_surname_in_sky_after_a_given_name_is_still_a_person() -> None:
    # near miss: an adjectival surname is a surname when no language's name stands by it
    text = "На встрече выступил заместитель акима Андрей Вишневский.\n"
    assert person_names(text) == ["Андрей Вишневский"]


# --- a name given to a street or a school is its namesake (persons.type_word_after) ----
# "X-дын ысымын ыйгаруу", "X-дын атын берүү": the name a place is to bear, no person of
# the text.
# Found by held-out round 24.


@pytest.mark.parametrize(
    "text",
    [
        "Борбордук көчөгө акын Барпы Алыкуловдун ысымын ыйгаруу сунушталды.",
        "Депутаттар мектепке Касым Тыныстановдун атын берүү жөнүндө чечим кабыл алышты.",
    ],
)
def test_a_name_given_to_a_place_is_no_person(text: str) -> None:
    assert person_names(text) == []


def test_a_name_in_the_genitive_elsewhere_is_a_person() -> None:
    # near miss: his name is known to all, no place is given it
    assert person_names("Барпы Алыкуловдун ысымы баарына белгилүү.") == ["Барпы Алыкулов"]


# --- a person's name in the genitive before a place's type word ---------------------------
# "Нурлан Осмоновдун айыл аймагынын программасы": the surname with a Kyrgyz genitive
# ending owns what follows; a unit named after a person stands bare before its type word
# (persons.type_word_after keeps its drop there), and so does a namesake's "атын".
# Found by held-out round 26.


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Жыйында Нурлан Осмоновдун айыл аймагынын өнүгүү программасы талкууланды.",
            "Нурлан Осмонов",
        ),
        ("Кеңеш А. Токтогуловдун айыл өкмөтүнүн ишин оң баалады.", "А. Токтогулов"),
        ("Кеңеш Айбек Сыдыковдун району боюнча маалыматын угуп, колдоду.", "Айбек Сыдыков"),
    ],
)
def test_a_name_in_the_genitive_before_a_type_word_is_a_person(text: str, name: str) -> None:
    assert person_names(text) == [name]


@pytest.mark.parametrize(
    "text", ["Жыйын Т. Асанов айыл аймагында өттү.", "Мектеп Бакыт Бекиевдин атын алып жүрөт."]
)
def test_a_bare_name_before_its_type_word_is_no_person(text: str) -> None:
    # near misses: a unit named after a person; the name a school bears
    assert person_names(text) == []


# --- a school bearing a person's name: ысым's short possessive ---------------------------
# "N ысмын алып жүрөт", "N ысмын ыйгаруу": a namesake, as "ысымын алып" is (lexicon
# persons.yaml `namesake_after`).
# Found by held-out round 27.


@pytest.mark.parametrize(
    "text",
    [
        "Айылдын мектеби Жумабек Сыдыковдун ысмын алып жүрөт.",
        "Мектепке Асанбек Токтоматовдун ысмын ыйгаруу сунушталды.",
    ],
)
def test_a_name_a_school_bears_is_no_person(text: str) -> None:
    assert person_names(text) == []


def test_a_persons_proposal_names_the_person() -> None:
    # near miss: the genitive owns a thing that is no name
    assert person_names("Жыйында Жумабек Сыдыковдун сунушу колдоого алынды.") == ["Жумабек Сыдыков"]


# --- a full name before the ayil aimak's council ----------------------------------------
# "айылдык кеңеш" / "айыл кеңеши" is the ayil aimak's body as "айыл өкмөтү" is (lexicon
# persons.yaml place_words_after): a name before it names the ayil aimak
# (persons.type_word_after), in capitals too.
# Found by held-out round 33.


@pytest.mark.parametrize(
    "text",
    [
        "САМАТ ОСМОНОВ АЙЫЛДЫК КЕҢЕШИНИН КЕЗЕКТЕГИ СЕССИЯСЫ",
        "Асан Бекиев айыл кеңешинин сессиясы өттү.",
    ],
)
def test_a_name_before_the_council_is_no_person(text: str) -> None:
    assert person_names(text) == []


def test_a_name_before_the_councils_role_is_a_person() -> None:
    # near miss: the council in the genitive before a role word is the person's role
    assert person_names("Асан Бекиев айылдык кеңештин төрагасы болуп шайланды.") == ["Асан Бекиев"]


# --- «Талас Агро Сервис»: a name opening a quoted firm's title is no person -----------------
# A given name and a word after it that open a quoted title of capitalised words are the
# title's ("ОсОО «Бакыт Агро Сервис»"), as a name that fills the quotes is (persons.quoted);
# a quoted sentence that opens with a person's name has words in lower case.
# Found by held-out round 35.


@pytest.mark.parametrize(
    "text",
    [
        "Подрядчиком выбрано ОсОО «Нурлан Агро Сервис».",
        "Жолду «Бакыт Курулуш Групп» ЖЧКсы оңдойт.",
    ],
)
def test_a_name_opening_a_quoted_title_is_no_person(text: str) -> None:
    assert person_names(text) == []


def test_a_quoted_sentence_opening_with_a_name_keeps_the_person() -> None:
    # near miss: a quoted sentence, not a title
    assert person_names("«Азамат Бекиев жолду оңдоп берди», – деди тургун.") == ["Азамат Бекиев"]


# --- «Талас Маркет – 2025»: a quoted title ending in its edition's year is no person ------
# A given name and a word after it opening a quoted title that ends in a year, maybe after
# a dash, name an event or a fair (persons.quoted_edition); a quoted sentence with a name
# and a year in it has words in lower case or a comma.
# Found by held-out round 53.


@pytest.mark.parametrize(
    "text",
    [
        "«Талас Маркет – 2025» жарманкесине 40 ишкер катышты.",
        "Фестиваль «Айгуль Фест 2023» собрал 100 участников.",
    ],
)
def test_a_name_opening_a_quoted_title_with_its_year_is_no_person(text: str) -> None:
    assert person_names(text) == []


def test_a_quoted_sentence_with_a_name_and_a_year_keeps_the_person() -> None:
    # near miss: the year inside a quoted sentence after a comma
    text = "«Бакыт Асанов, 2024-жылы мектепти бүттү», – деди мугалим."
    assert person_names(text) == ["Бакыт Асанов"]


# --- an acronym with its case ending after a word that may be a given name ----------------
# Capitals, then small letters with the surname's suffix among them ("ӨСИнин", "КЖБнин"),
# are an acronym in a case, a body's name, not a surname: "Сапар" or "Жолугушуу" before it
# names no one (persons.words.surname_of). A surname in capitals keeps its suffix in
# them ("Нурлан САДЫРОВдун").
# Found by held-out round 42.


@pytest.mark.parametrize(
    "text",
    [
        "Сапар КЖБнин колдоосу менен уюштурулду.",
        "Жолугушуу Айдар ӨСИнин кеңсесинде өттү.",
    ],
)
def test_an_acronym_in_a_case_is_no_surname(text: str) -> None:
    assert person_names(text) == []


def test_a_surname_in_capitals_with_its_ending_is_a_name() -> None:
    # near miss: the suffix -ов is among the capitals
    assert person_names("Жыйынды Нурлан САДЫРОВдун орун басары ачты.") == ["Нурлан Садыров"]


# --- a lone surname right before an office's noun names the office, no person -----------
# "Банктын Асанбеков филиалы": a branch or an office named after the settlement it stands
# in (places.yaml `office_nouns`: филиал, кеңсе, офис, өкүлчүлүк), whose name is shaped
# like a surname (lone_surnames._before_an_office).
# Found by held-out round 55 (acc55).


@pytest.mark.parametrize(
    "text",
    [
        "Жыйынга банктын Асанбеков филиалынын адиси катышты.",
        "Жолугушууга фонддун Сулайманов кеңсесинин кызматкери келди.",
        "Семинарды «Эл Банктын» Жумабаев филиалы уюштурду.",
    ],
)
def test_a_surname_before_an_offices_noun_is_no_person(text: str) -> None:
    assert person_names(text) == []


def test_a_lone_surname_before_its_verb_is_still_a_person() -> None:
    # near miss: no office's noun after it; the surname opens the sentence as its subject
    assert person_names("Асанбеков жыйынга катышты.") == ["Асанбеков"]


def test_a_surname_opening_its_clause_before_his_office_is_a_person() -> None:
    # near miss (revfix55): no owner in the genitive before it; "кеңсесинде" is his office
    text = "Жыйын аяктады. Асанбеков кеңсесинде тургундарды кабыл алды."
    assert person_names(text) == ["Асанбеков"]
