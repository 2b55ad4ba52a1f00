"""The role phrase of a person: where it starts and what it holds.

Kyrgyz: a verbal noun in the accusative or dative opening the sentence ("Угууну",
"Жолугушууга") is the verb's object, not a modifier of the role, though its long vowel
looks like an adjective's in -туу/-дүү ("тажрыйбалуу мугалим", which is one). Russian: a
role takes a unit's body as its complement, four or five words long ("глава Ак-Суйской
районной государственной администрации"); a participle of appointing ends it; a role
word in the genitive after a nominative role and its adjectives ("заместитель
полномочного представителя") leaves the name in the nominative."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in parse_text(text).persons]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Угууну айыл өкмөтүнүн башчысы Асанбек Токтогулов ачты.",
            ("Асанбек Токтогулов", "айыл өкмөтүнүн башчысы"),
        ),
        (
            "Окутууну фонддун эксперти Динара Осмонова өткөрдү.",
            ("Динара Осмонова", "фонддун эксперти"),
        ),
        # near miss: an adjective in -луу is the role's own word
        (
            "Сабакты тажрыйбалуу мугалим Айгүл Асанова өттү.",
            ("Айгүл Асанова", "тажрыйбалуу мугалим"),
        ),
    ],
)
def test_a_kyrgyz_role_starts_after_the_verbs_object(text: str, expected: tuple) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Семинар открыл глава Ак-Суйской районной государственной администрации Бакыт Осмонов.",
            ("Бакыт Осмонов", "глава Ак-Суйской районной государственной администрации"),
        ),
        (
            "Выступила глава Казыбекского айыл окмоту Ат-Башинского района Жыпар Нарынбекова.",
            ("Жыпар Нарынбекова", "глава Казыбекского айыл окмоту Ат-Башинского района"),
        ),
        # near miss: a participle of appointing is no part of the role
        ("Председателем совета избран Бакыт Осмонов.", ("Бакыт Осмонов", None)),
    ],
)
def test_a_russian_role_takes_a_units_body(text: str, expected: tuple) -> None:
    assert expected in _people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "На совещании выступила заместитель полномочного представителя правительства "
            "в Нарынской области Гульмира Асанова.",
            "Гульмира Асанова",
        ),
        (
            "Слово взял заместитель главного специалиста отдела Айбек Жумабаев.",
            "Айбек Жумабаев",
        ),
        # near miss: the role itself in the genitive makes the name genitive
        (
            "По словам представителя правительства в Нарынской области Бакыта Асанова, "
            "работа идёт.",
            "Бакыт Асанов",
        ),
    ],
)
def test_a_genitive_role_after_a_nominative_one_leaves_the_name_nominative(
    text: str, name: str
) -> None:
    assert name in [n for n, _ in _people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Выступил полпред Нурлан Сыдыков.", ("Нурлан Сыдыков", "полпред")),
        (
            "Вопросы молодежной политики курирует вице-мэр Айбек Токтогулов.",
            ("Айбек Токтогулов", "вице-мэр"),
        ),
        # near miss: a Kyrgyz name opening the sentence ends in -л like a Russian verb
        (
            "Жумгал районунун акими Бакыт Осмонов жыйынды ачты.",
            ("Бакыт Осмонов", "Жумгал районунун акими"),
        ),
    ],
)
def test_a_verb_opening_the_sentence_is_no_part_of_the_role(text: str, expected: tuple) -> None:
    assert expected in _people(text)


def test_a_preposition_is_no_part_of_the_role() -> None:
    ((_, role),) = _people("С мэром Русланом Шамшиевым встретились жители.")
    assert role is not None and not role.startswith("С ")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "По словам полпреда президента в Таласской области Нурлана Сыдыкова, работа идет.",
            "полпреда президента в Таласской области",
        ),
        (
            "Выступил заместитель полномочного представителя Президента в Чуйской области "
            "Айбек Жумабаев.",
            "заместитель полномочного представителя Президента в Чуйской области",
        ),
        ("Слово взял заместитель акима района Урмат Токтоматов.", "заместитель акима района"),
    ],
)
def test_a_chain_of_roles_in_the_genitive_starts_at_its_first_role(text: str, role: str) -> None:
    assert role in [r for _, r in _people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dative after a possessive, in harmony with its vowel, is the verb's
        (
            "Ачылыш аземине райондун акими Кубан Төрөбаев катышты.",
            ("Кубан Төрөбаев", "райондун акими"),
        ),
        (
            "Журналдын суроосуна айыл өкмөтүнүн башчысы Талант Сыдыков жооп берди.",
            ("Талант Сыдыков", "айыл өкмөтүнүн башчысы"),
        ),
        # near miss: a loan ending in -на after an и is no dative
        (
            "Жыйынды үй-бүлөлүк медицина борборунун директору Чолпон Абакирова ачты.",
            ("Чолпон Абакирова", "үй-бүлөлүк медицина борборунун директору"),
        ),
        # a long Kyrgyz role, ten words
        (
            "Жыйынга Министрлер Кабинетинин Нарын облусундагы ыйгарым укуктуу өкүлүнүн орун "
            "басары Сагын Ырысбеков катышты.",
            (
                "Сагын Ырысбеков",
                "Министрлер Кабинетинин Нарын облусундагы ыйгарым укуктуу өкүлүнүн орун басары",
            ),
        ),
    ],
)
def test_a_kyrgyz_role_phrase_and_its_bounds(text: str, expected: tuple) -> None:
    assert expected in _people(text)


def test_a_role_after_a_comma_stops_before_the_next_persons_name() -> None:
    text = (
        "Жыйынга активист Бурул Токтосунова, Ак-Коргон айыл аймагынын башчысы Кубан Эшматов "
        "жана Чаткал районунун депутаты Мирбек Калмаматов катышты."
    )
    (person,) = [p for p in parse_text(text).persons if p.name == "Бурул Токтосунова"]
    assert all("Эшматов" not in r and "жана" not in r for r in person.roles)


def test_a_russian_role_after_a_comma_keeps_its_complement() -> None:
    # near miss: prepositions and a capitalised genitive stay in the role
    text = "Выступила Гульмира Садыкова, специалист по связям с общественностью Проекта."
    (person,) = parse_text(text).persons
    assert "специалист по связям с общественностью Проекта" in person.roles


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a verb between a role in the instrumental and the name is no complement
        ("Модератором выступила Жылдыз Касымова, координатор проекта.", "координатор проекта"),
        ("Ведущим семинара выступил Айбек Жумабаев.", None),
        # near misses: nouns of a complement that end like a verb's -ала/-ела
        ("Слово взял начальник отдела Айбек Жумабаев.", "начальник отдела"),
        ("Выступил директор персонала Айбек Жумабаев.", "директор персонала"),
    ],
)
def test_a_verb_after_a_role_in_the_instrumental_is_no_part_of_it(
    text: str, role: str | None
) -> None:
    ((_, found),) = _people(text)
    assert found == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a state body's capitalised genitive complements a Russian role
        (
            "Семинар провела эксперт Министерства финансов Гульнара Асанова.",
            "эксперт Министерства финансов",
        ),
        ("Выступил советник Правительства Айбек Жумабаев.", "советник Правительства"),
        # near miss: a capitalised word that is no body is the name's, not the role's
        ("Выступил эксперт Айбек Жумабаев.", "эксперт"),
    ],
)
def test_a_state_bodys_genitive_complements_a_russian_role(text: str, role: str) -> None:
    ((_, found),) = _people(text)
    assert found == role


# --- walkthrough 22: a Kyrgyz role's organisation in the genitive stays whole ---------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # an abbreviation in the genitive, glued or after a hyphen
        ("Тренингди ӨСИнин адиси Айгүл Токтосунова өткөрдү.", "ӨСИнин адиси"),
        ("Жыйынды ЖӨБ-нүн адиси Асан Усенов ачты.", "ЖӨБ-нүн адиси"),
        # a quoted name in the genitive, or its type word after it in the genitive
        (
            "Тренингди «Өнүктүрүү саясаты институтунун» адиси Нургүл Жаманкулова өткөрдү.",
            "«Өнүктүрүү саясаты институтунун» адиси",
        ),
        (
            'Жыйынды "Ынтымак" коомдук бирикмесинин төрагасы Асан Усенов ачты.',
            '"Ынтымак" коомдук бирикмесинин төрагасы',
        ),
        # "жана" between the lower-case words of the organisation's name
        (
            "Жыйынга райондук эмгек жана социалдык өнүктүрүү бөлүмүнүн башчысы Асан Усенов"
            " катышты.",
            "райондук эмгек жана социалдык өнүктүрүү бөлүмүнүн башчысы",
        ),
        (
            "Семинарга облустук билим берүү жана илим башкармалыгынын адиси Айгүл Токтосунова"
            " катышты.",
            "облустук билим берүү жана илим башкармалыгынын адиси",
        ),
        # near misses: a quoted name that no genitive follows, and "жана" between two
        # people's words (no organisation in the genitive after it), end the role
        ("Жыйынга «Ынтымак» адиси Асан Усенов катышты.", "адиси"),
        ("Жыйынга мугалимдер жана мектеп директору Асан Усенов катышты.", "мектеп директору"),
    ],
)
def test_a_kyrgyz_roles_organisation_in_the_genitive_stays_whole(text: str, role: str) -> None:
    ((_, found),) = _people(text)
    assert found == role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Кеңештин төрагасы болуп Канат айылынан Айбек Төрөбеков шайланды.",
            "Кеңештин төрагасы",
        ),
        ("Айыл өкмөтүнүн башчысы болуп Асан Усенов дайындалды.", "Айыл өкмөтүнүн башчысы"),
        # near misses: "болуп" without a verb of electing after the name is no role of it,
        # nor part of the role before it
        ("Кеңештин төрагасы болуп иштеген Айбек Төрөбеков сөз сүйлөдү.", None),
        ("Мугалим болуп Айбек Төрөбеков иштейт.", None),
    ],
)
def test_the_role_one_is_elected_to_before_bolup(text: str, role: str | None) -> None:
    ((_, found),) = _people(text)
    assert found == role
