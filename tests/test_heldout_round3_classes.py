"""Failure classes of held-out round 3 (blind pages written like real ones), each as
a rule about the language or the layout: two team-written inputs that must give the
record's field, and a near miss that must not (none of the sentences is round 3's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def counts(text: str) -> list[tuple[int, str]]:
    return sorted((p.count, p.qualifier) for p in parse_text(text).participants)


def persons(text: str) -> list[str]:
    return [p.name for p in parse_text(text).persons]


def places(text: str) -> set[str]:
    return {f"{p.level}:{p.name}" for p in parse_text(text).places}


# --- a masthead's "comes out since" line is chrome ------------------------------------------


def dates_of(text: str) -> tuple[str | None, list[str]]:
    doc = parse_text(text)
    return doc.issued, sorted(d.start for d in doc.dates if d.role != "issued")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Талас жаңылыктары\nОблустук гезит. 1956-жылдын 3-мартынан бери чыгат\n"
            "№ 12 (3456) 5-март, 2023-жыл\n\nАйылда жаңы мектеп ачылды. Сабактар"
            " 2023-жылдын 1-сентябрында башталат деп күтүлүүдө, ага 300 бала барат.\n",
            (None, ["2023-03-05", "2023-09-01"]),  # the masthead: the date
        ),
        (
            "Районная газета. Выходит с 1 мая 1938 года\n№ 7 (2210) 14 февраля 2022 года\n\n"
            "В селе отремонтировали школу, занятия в ней начнутся 1 сентября 2022 года,"
            " сообщили в айыл окмоту.\n",
            (None, ["2022-02-14", "2022-09-01"]),
        ),
        # near miss: the same sentence under the prose is the text's
        (
            "Айыл жаңылыктары\n\nАйылда жаңы китепкана ачылды. Аны айылдын тургундары"
            " көптөн бери күтүп келишкен эле, эми ал ишке кирди.\n"
            "Гезит 2001-жылдын 1-июнунан бери чыгат.\n",
            (None, ["2001-06-01"]),
        ),
    ],
)
def test_a_masthead_line_of_since_when_the_paper_comes_out_is_chrome(
    text: str, expected: tuple[str | None, list[str]]
) -> None:
    assert dates_of(text) == expected


# --- the day word's form of time: "ноябрдын 2-күнкү сессиясында" ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14.11.2012\nМаселе ноябрдын 5-күнкү сессияда каралды.", ["2012-11-05"]),
        ("20.03.2021\nЧечим март айынын 12-күнкү жыйында кабыл алынды.", ["2021-03-12"]),
        # near miss: a day word with no month is no date
        ("20.03.2021\nЧечим экинчи күнкү жыйында кабыл алынды.", []),
    ],
)
def test_the_day_word_as_an_adjective_gives_the_date(text: str, expected: list[str]) -> None:
    assert dates_of(text)[1] == expected
