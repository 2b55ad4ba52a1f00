"""Failure classes of held-out round 8 (blind pages written like real ones), each as
a rule about the language or the layout: two team-written inputs that must give the
record's field, and a near miss that must not (none of the sentences is round 8's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def counts(text: str) -> list[int]:
    return sorted(p.count for p in parse_text(text).participants)


def places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


# --- the instrumental plural of a Russian type word before a list -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Дорога между селами Ак-Чий и Кош-Дөбө отремонтирована.\n",
            {"village:Ак-Чий", "village:Кош-Дөбө"},
        ),
        (
            "Автобус связал с сёлами Терек и Кулунду районный центр.\n",
            {"village:Терек", "village:Кулунду"},
        ),
    ],
)
def test_the_instrumental_plural_types_its_list(text: str, expected: set) -> None:
    found = places(text)
    assert expected <= found
    assert not {p for p in found if p.startswith("ayil_aimak:")}


def test_an_instrumental_plural_of_another_noun_types_nothing() -> None:
    # near miss: "семьями" is no type word: the list is bare (no village)
    found = places("Встреча с семьями Ак-Чий и Кош-Дөбө прошла в клубе.\n")
    assert not {p for p in found if p.startswith("village:")}


# --- a city-and-oblast name in a list of oblasts in one case -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Форумга Ош облусунан 40, Таластан 20, Нарындан 25 өкүл келди. Кийинки форум Нарын"
        " шаарында өтөт.\n",
        "Талас шаарында жашоочулар чогулду. Ысык-Көл облусунан 12, Таластан 15 адис катышты.\n",
    ],
)
def test_a_list_of_oblasts_in_one_case_keeps_its_members_oblasts(text: str) -> None:
    found = places(text)
    name = "Нарын" if "Нарындан" in text else "Талас"
    assert f"oblast:{name}" in found and f"city:{name}" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Нарын шаарында жыйын өттү. Ош облусунан келген 12 өкүл кечинде Нарындан"
            " Бишкекке жөнөп кетишти.\n",
            "Нарын",
        ),
        (
            "Талас шаарында мелдеш өттү. Чүй облусунан келген команданын машыктыруучусу"
            " Таластан алган тажрыйбасы тууралуу айтты.\n",
            "Талас",
        ),
    ],
)
def test_a_name_in_the_oblast_s_case_outside_its_list_stays_the_city(text: str, name: str) -> None:
    # near miss (review13): the same case as the typed oblast, but words away from it and
    # no member of a list: the city the text names elsewhere
    found = places(text)
    assert f"city:{name}" in found and f"oblast:{name}" not in found


def test_a_city_typed_in_the_list_s_case_stays_the_city() -> None:
    # near miss: the typed name of the case is a city: the bare member is the city
    text = "Форумга Ош шаарынан 40, Нарындан 25 өкүл келди.\n"
    assert places(text) == {"city:Ош", "city:Нарын"}


# --- a surname and its initials after a Russian type phrase: the head, not the unit -------


@pytest.mark.parametrize(
    "text",
    [
        "Отчет главы айыл окмоту Жумабекова А.С. сессия приняла к сведению.\n",
        "Совещание провел глава айыл окмоту Токтогулов Б. К., присутствовали депутаты.\n",
    ],
)
def test_a_surname_with_initials_after_the_type_phrase_is_no_unit(text: str) -> None:
    assert not {p for p in places(text) if p.startswith("ayil_aimak:")}


def test_a_unit_the_gazetteer_lacks_after_the_type_phrase_stays_one() -> None:
    # near miss: an unknown name without initials after the type phrase is the unit
    assert "ayil_aimak:Жаңы-Жер" in places("Собрание прошло в айыл окмоту Жаңы-Жер.\n")


# --- a site's address under its copyright line names its place -------------------------------
# (conventions silent; the blind writers of rounds 7, 9 and 10 read a footer's address as
# content, round 8's as chrome: the majority, and the analyst who files a page by its
# body's town, decide)


@pytest.mark.parametrize(
    "footer",
    [
        (
            "© 2024 Агентство. Все права защищены.\nАдрес: 720040, г. Бишкек, ул. Киевская, 96\n",
            "city:Бишкек",
        ),
        ("Бардык укуктар корголгон.\nДарек: Ош шаары, Ленин көчөсү, 205\n", "city:Ош"),
    ],
)
def test_an_address_under_the_copyright_footer_names_its_place(footer: tuple[str, str]) -> None:
    text = (
        "В Кеминском районе прошел семинар для молодежи, его провели специалисты районной"
        " администрации.\n\n" + footer[0]
    )
    assert places(text) == {"district:Кемин", footer[1]}


def test_prose_after_the_copyright_line_is_content() -> None:
    # near miss: a long line of prose after the copyright line is no footer
    text = (
        "© Фото: пресс-служба\n\nВ Кеминском районе прошел семинар для молодежи, на него"
        " приехали специалисты из города Бишкек и села Кызыл-Суу.\n"
    )
    assert "city:Бишкек" in places(text)
