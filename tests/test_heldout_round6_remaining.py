"""The failure classes left after the held-out rounds 4-6 fixes (issue 14), each as a
rule about the language: two team-written inputs that must give the record's field, and
a near miss that must not (none of the sentences is a round's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def counts(text: str) -> list[tuple[int, str]]:
    return sorted((p.count, p.qualifier) for p in parse_text(text).participants)


def places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


def persons(text: str) -> set[str]:
    return {p.name for p in parse_text(text).persons}


def _case(text: str, expected: list[tuple[int, str]], name: str) -> object:
    return pytest.param(text, expected, id=name)


COUNT_CLASSES = [
    # a reported clause: the participle as a noun, "that they took part" (lexicon
    # verb_forms: participle + possessive [+ accusative]), also after an owner that
    # makes residents of a settlement no count without a verb
    _case("Айылдын 30 тургуну ашарга катышканын билдирди.", [(30, "exact")], "reported-1"),
    _case(
        "Шаардын 25 тургуну курулушка жумушка тартылганын айтты.",
        [(25, "exact")],
        "reported-2",
    ),
    _case("Айылдын 30 тургуну бар экенин билдирди.", [], "reported-near-miss-no-verb"),
    # volunteers in Russian (lexicon who: доброволец, its stem losing "е")
    _case(
        "На уборке парка работали около тридцати добровольцев.",
        [(30, "about")],
        "volunteers-1",
    ),
    _case("Помогали строителям двадцать добровольцев.", [(20, "exact")], "volunteers-2"),
    _case("Добровольцы посадили 300 деревьев.", [], "volunteers-near-miss-trees"),
    # a number before a noun in the locative says where or when ("in two shifts"), not
    # who: no count of a noun outside the lexicon before a verb of taking part
    _case("Мурда окуучулар эки сменада окуп келишкен.", [], "locative-1"),
    _case("Жаңы имаратта балдар үч бөлмөдө окуп келишти.", [], "locative-2"),
    _case("Форумга 30 эксперт келишти.", [(30, "exact")], "locative-near-miss-subject"),
    # people in the dative a thing is given to, by an active verb too (lexicon
    # given_stems: ыйгар, тапшыр)
    _case("Фонд мыкты окуган он окуучуга стипендия ыйгарды.", [], "recipients-1"),
    _case("Айыл өкмөтү беш ардагерге батир тапшырды.", [], "recipients-2"),
    _case(
        "Семинардын аягында 40 катышуучуга сертификат тапшырылды.",
        [(40, "exact")],
        "recipients-near-miss-entrants",
    ),
    # units whose people are in the dative receive something, as the units in the
    # dative do (rule participants.units_receiving)
    _case(
        "Кийинки жылы облустун 61 айыл аймагынын кызматкерлерине онлайн-курстар сунушталат.",
        [],
        "units-people-dative-1",
    ),
    _case(
        "Облустун 20 айыл өкмөтүнүн башчыларына компьютер берилди.",
        [],
        "units-people-dative-2",
    ),
    _case(
        "Семинарга 12 айыл аймагынын кызматкерлери катышты.",
        [(12, "exact")],
        "units-people-near-miss-took-part",
    ),
    # candidates elected are office-holders, the election's result (lexicon
    # elected_candidate_lemmas; rule participants.elected_or_selected)
    _case(
        "Айылдык кеңештин шайлоосунда 9 талапкер депутат болуп шайланды.",
        [],
        "elected-candidates-1",
    ),
    _case("На выборах в местные кенеши избраны 12 кандидатов.", [], "elected-candidates-2"),
    _case("Шайлоого 14 талапкер катталды.", [(14, "exact")], "elected-near-miss-registered"),
    _case("Курултайга 420 делегат шайланды.", [(420, "exact")], "elected-near-miss-delegates"),
    _case(
        "5-майга дайындалган шайлоого бир талапкер катталды.",
        [(1, "exact")],
        "elected-near-miss-scheduled-election",
    ),
    # Russian "пригласят" (will invite) before a distributive count governs it, as
    # "пригласили" does (lexicon status planned); without a verb "по 5" is a size
    _case(
        "На форум пригласят по три делегата от каждой области.",
        [(3, "exact")],
        "invite-distributive-1",
    ),
    _case(
        "На семинар пригласят по два специалиста от каждого района.",
        [(2, "exact")],
        "invite-distributive-2",
    ),
    _case("В каждой команде будет по пять человек.", [], "invite-near-miss-size"),
    # "составление" is drafting, no body's composition (lexicon composition_not_stems)
    _case(
        "В мае для бухгалтеров всех семи айыл окмоту района пройдет семинар по составлению бюджета.",
        [(7, "exact")],
        "drafting-1",
    ),
    _case(
        "Для специалистов 12 айыл окмоту прошел тренинг по составлению отчетов.",
        [(12, "exact")],
        "drafting-2",
    ),
    _case("В состав комиссии вошли 7 депутатов.", [], "drafting-near-miss-composition"),
    # a Russian count after "а также" takes the verb of the count it joins (lexicon
    # also_joiners): no cue of election or population in the first count's phrase undoes it
    _case(
        "На сходе приняли участие 25 депутатов из 31 избранного, а также 60 жителей сел.",
        [(25, "exact"), (60, "exact")],
        "also-joined-1",
    ),
    _case(
        "Обучение прошли 30 специалистов, а также 12 глав айыл окмоту, назначенных в этом году.",
        [(12, "exact"), (30, "exact")],
        "also-joined-2",
    ),
    _case(
        "В селе проживает 3000 человек, а также 200 семей переселенцев.",
        [],
        "also-joined-near-miss-population",
    ),
    # "ашууну", the possessive of "ашуун" (more than), makes a part of a whole as
    # "ашыгы" does (lexicon partitive_qualifiers, more_than_after_ablative)
    _case(
        "Жыйынга 200дөн ашуун адам келди. Алардын 80ден ашууну аялдар.",
        [(80, "more_than"), (200, "more_than")],
        "part-ashuunu-1",
    ),
    _case(
        "Тренингге 90дон ашык мугалим катышты. Алардын 40тан ашууну жаш адистер.",
        [(40, "more_than"), (90, "more_than")],
        "part-ashuunu-2",
    ),
    _case("Айылда 500дөн ашуун үй бар. Алардын 100дөн ашууну жаңы.", [], "part-ashuunu-near-miss"),
    # Russian feminine nouns after 2-4 end in -и/-ы (lexicon russian_counted_endings)
    _case(
        "В прошлом конкурсе участвовали четыре компании.",
        [(4, "exact")],
        "ru-feminine-after-2-4-1",
    ),
    _case(
        "В соревнованиях приняли участие три бригады из района.",
        [(3, "exact")],
        "ru-feminine-after-2-4-2",
    ),
    _case("Компания выиграла четыре тендера.", [], "ru-feminine-near-miss-no-verb"),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_CLASSES)
def test_count_classes(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


# --- persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Жыйынга Асан ажы Токтоматов катышты.", "Асан Токтоматов"),
        ("Мечиттин имамы Бакыт кажы Абдыкадыровго ыраазычылык билдирилди.", "Бакыт Абдыкадыров"),
        (
            "Бишкек, 12 мая 2024 г.\n\nВ завершение курултай избрал председателем совета Бакыта"
            " ажы Осмонова. Следующий курултай пройдет весной.\n",
            "Бакыт Осмонов",
        ),
    ],
)
def test_title_between_given_name_and_surname_is_dropped(text: str, name: str) -> None:
    """ "Асан ажы Токтоматов": a title (hajji) between the given name and the surname
    (lexicon title_words_between); the record drops it, as it drops "мырза"."""
    assert persons(text) == {name}


def test_title_without_surname_is_no_name() -> None:
    assert persons("Жыйынга Асан ажы катышты.") == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Талкууда пенсионер Гүлнара Сейитова айыл өкмөтү отчет бериши керек деди.",
            "Гүлнара Сейитова",
        ),
        (
            "Жыйында ардагер Бакыт Осмонов айыл өкмөтү жолдорду оңдошу керек деди.",
            "Бакыт Осмонов",
        ),
    ],
)
def test_standing_before_a_name_before_ayil_okmotu(text: str, name: str) -> None:
    """ "пенсионер", "ардагер" before a given name and a surname are role words (lexicon
    role_words): the person is the subject of "айыл өкмөтү ..." (rule
    places.person_after_role), no ayil aimak named after them."""
    assert name in persons(text)
    assert not {p for p in places(text) if p.startswith("ayil_aimak:")}


def test_standing_near_miss_a_real_ayil_aimak() -> None:
    assert "ayil_aimak:Кочкор" in places("Жыйынга Кочкор айыл өкмөтү катышты.")


# --- places


@pytest.mark.parametrize(
    "text",
    [
        "Прием пройдет в Кетмень-Тюбинском айыл окмоту.",
        "Кетмень-Тюбе айыл аймагынын башчысы келди.",
    ],
)
def test_russian_tyube_spelling_of_an_ayil_aimak(text: str) -> None:
    """ "Кетмень-Тюбе" is the Russian press spelling of the ayil aimak Кетмен-Дөбө (a
    gazetteer alias, data/sources/aliases.yaml)."""
    assert "ayil_aimak:Кетмен-Дөбө" in places(text)


def test_tyube_spelling_near_miss_a_city_type_word() -> None:
    assert "ayil_aimak:Кетмен-Дөбө" not in places("Мы приехали в город Кетмень-Тюбе.")
