"""The failure classes left after held-out round 3's first fixes, and the cases the
review left open (issue 14), each as a rule about the language or the layout: two
team-written inputs that must give the record's field, and a near miss that must not
(none of the sentences is round 3's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def counts(text: str) -> list[tuple[int, str]]:
    return sorted((p.count, p.qualifier) for p in parse_text(text).participants)


def places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


def who(text: str) -> list[tuple[int, str | None]]:
    return sorted((p.count, p.who) for p in parse_text(text).participants)


# --- participant counts, one table of classes: each class two team inputs and a near miss


def _case(text: str, expected: list[tuple[int, str]], name: str) -> object:
    return pytest.param(text, expected, id=name)


COUNT_CLASSES = [
    # "жаш" alone is a young person, with a verb (lexicon who: жаш, needs_verb)
    _case("Облустук жайкы жыйынга 30 жаш келген.", [(30, "exact")], "zhash-1"),
    _case("Жаштар форумуна райондордон 45 жаш келди.", [(45, "exact")], "zhash-2"),
    _case("Ардагер мугалим быйыл 75 жаш болду.", [], "zhash-near-miss-age"),
    # ... but "жаш" before a word for age is the age: the number is no count (lexicon
    # age_with_age_noun): "aged 18", "aged 16"
    _case("Иш-чарага 18 жаш курагындагы 120 жаш катышты.", [(120, "exact")], "zhash-age-1"),
    _case("Сынакка 16 жаш курактагы балдар катышты.", [], "zhash-age-2"),
    _case("Сынакка 16 жаш куракка чейинки 35 окуучу катышты.", [(35, "exact")], "zhash-age-3"),
    # parts of a whole set against each other by ", ал эми" (lexicon contrast_joiners)
    _case(
        "Семинарга 80 адам катышты. Алардын 50и аялдар, ал эми 30у эркектер.",
        [(30, "exact"), (50, "exact"), (80, "exact")],
        "al-emi-1",
    ),
    _case(
        "Окууга 60 кызматкер келди, алардын 42си айыл өкмөтүнөн, ал эми 18и райондук мекемелерден.",
        [(18, "exact"), (42, "exact"), (60, "exact")],
        "al-emi-2",
    ),
    _case(
        "Айылда 300 үй бар, алардын 200ү жаңы, ал эми 100ү эски.", [], "al-emi-near-miss-no-whole"
    ),
    # families who give their work (lexicon who: үй-бүлө, семья; verbs эмгегин/салымын кош)
    _case(
        "Көпүрөнү курууга 35тен ашык үй-бүлө өз эмгегин кошту.",
        [(35, "more_than")],
        "families-1",
    ),
    _case("Мектептин короосун тазалоого 18 үй-бүлө салымын кошту.", [(18, "exact")], "families-2"),
    _case("На субботник вышли более 30 семей.", [(30, "more_than")], "families-ru"),
    _case("Айылда 200 үй-бүлө жашайт.", [], "families-near-miss-living"),
    _case("Жаштар 30 үй-бүлөгө жардам беришти.", [], "families-near-miss-helped"),
    _case("Селден 15 үй-бүлө зыян тартты.", [], "families-near-miss-suffered"),
    # people who discussed at the meeting (lexicon discussion_verbs)
    _case(
        "В Ат-Башинском районе жители пяти сел обсудили с акимом ремонт дороги.",
        [(5, "exact")],
        "discussed-ru",
    ),
    _case("Айылдын 12 тургуну жолдун маселесин талкуулашты.", [(12, "exact")], "discussed-ky"),
    _case("Депутаты обсудили 12 проектов бюджета.", [], "discussed-near-miss-object"),
    # bodies that help are sponsors or partners (participants.bodies_helping)
    _case(
        "Фестивалды өткөрүүгө 20 уюм жардам беришти, ага 400 адам катышты.",
        [(400, "exact")],
        "bodies-helping-1",
    ),
    _case(
        "Майрамды уюштурууга 12 мекеме жардам көрсөтүштү, 300 адам келди.",
        [(300, "exact")],
        "bodies-helping-2",
    ),
    _case(
        "Аянтты тазалоого 40 ыктыярчы жардам беришти.",
        [(40, "exact")],
        "bodies-helping-near-miss-people",
    ),
    _case(
        "Фонддун жардамы менен 15 айыл өкмөтүнөн 45 кызматкер окуудан өттү.",
        [(15, "exact"), (45, "exact")],
        "bodies-helping-near-miss-source",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_CLASSES)
def test_participant_count_classes(text: str, expected: list[tuple[int, str]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "жаш" before another who-noun, or joined to another adjective, is the adjective
        ("Сессияга 12 жаш депутат катышты.", [(12, "депутат")]),
        ("Сынакка 30 жаш жана улгайган мугалим катышты.", [(30, "мугалим")]),
        # near miss: alone, the young people themselves
        ("Семинарга 25 жаш катышты.", [(25, "жаш")]),
    ],
)
def test_zhash_before_a_who_noun_is_its_adjective(
    text: str, expected: list[tuple[int, str | None]]
) -> None:
    assert who(text) == expected


# --- a region field naming a unit by its type word is content (lexicon region_field_*) -------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Аймактар: Ош облусу (Ноокат жана Кара-Суу райондору)", {"oblast:Ош"}),
        ("Регионы: Нарынская область (Кочкорский район)", {"oblast:Нарын"}),
    ],
)
def test_a_region_field_with_a_type_word_names_its_units(line: str, expected: set[str]) -> None:
    text = f"Долбоорлор\n{line}\n\nДолбоор 2024-жылы башталды.\n"
    assert expected <= places(text)


def test_a_region_menu_of_bare_names_stays_chrome() -> None:
    # near miss: the label over bare names is a site's menu
    text = "Долбоорлор\nАймактар: Баткен, Талас\n\nДолбоор 2024-жылы башталды.\n"
    assert places(text) == set()


# --- a surname after a given name, before a bracket, is the head's (places.surname_before_bracket)


@pytest.mark.parametrize(
    "text",
    [
        "Жыйынга Бакыт Асанов (Нарын району) айыл өкмөтүнүн башчысы катышты.",
        "Сөз Айгүл Токтосунова (Ат-Башы району) айыл өкмөтүнүн башчысына берилди.",
    ],
)
def test_a_named_persons_surname_before_a_bracket_is_no_ayil_aimak(text: str) -> None:
    assert not any(p.startswith("ayil_aimak:") for p in places(text))


def test_a_surname_like_unit_without_a_given_name_stays_an_ayil_aimak() -> None:
    # near miss: an ayil aimak named after a person, no given name before it
    text = "Жыйын Токтосунов (Ат-Башы району) айыл өкмөтүндө өттү."
    assert "ayil_aimak:Токтосунов" in places(text)


# --- a "since" masthead line names its founding year (lines.FOUNDING_YEAR) --------------------


@pytest.mark.parametrize(
    "headline",
    ["Гезит 90 жылдан бери чыгат", "Райондук гезит 85 жылдан бери чыгып келет"],
)
def test_a_headline_saying_how_long_a_paper_comes_out_is_the_title(headline: str) -> None:
    text = f"{headline}\n\nАйылда жаңы мектеп ачылды. Ага 40 окуучу катышты.\n"
    assert parse_text(text).title == headline


def test_a_founding_line_with_its_year_stays_chrome() -> None:
    # near miss: the masthead's founding line is no headline; the article's is
    text = "Гезит 1956-жылдан бери чыгат\n\nАйылда жаңы мектеп ачылды\n\nАга 40 окуучу катышты.\n"
    assert parse_text(text).title == "Айылда жаңы мектеп ачылды"


# --- a stray dot after the month: a past verb that cannot agree with "год" -------------------
# (lexicon month_dot_not_year_subject_endings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В селе 7 октября. 2022 г. состоялось собрание жителей.", "2022-10-07"),
        ("Сход 3 марта. 2023 г. собрались жители трех сел.", "2023-03-03"),
        # near miss: a masculine verb has the year as its subject: a new sentence
        ("Семинар прошёл 14 марта. 2020 г. выдался для нас трудным.", "--03-14"),
    ],
)
def test_a_year_after_a_months_dot_joins_unless_it_is_the_verbs_subject(
    text: str, expected: str
) -> None:
    assert [d.start for d in parse_text(text).dates] == [expected]
