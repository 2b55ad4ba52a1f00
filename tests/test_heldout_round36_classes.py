"""Failure classes of held-out round 36 (blind pages: Russian official prose of oblast,
city, district and agency sites, Kyrgyz ayil okmotu and kenesh sites with persons and
counts), each as a rule about the language or the layout: team-written inputs that must
give the record, and a near miss that must not (none of the sentences is round 36's)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def counts(text: str) -> list[tuple[int, str]]:
    return sorted((p.count, p.qualifier) for p in parse_text(text).participants)


def values(text: str) -> list[int]:
    return sorted(p.count for p in parse_text(text).participants)


def dates(text: str) -> list[str]:
    return sorted(d.start for d in parse_text(text).dates)


# --- "Кошулган убакыт: 14-июль, 2025": a posting label with the bare "time" noun ---------
# The Kyrgyz label of a post's time says "убакыт" (and "убакыты") as well as "убактысы"
# (dates.yaml `issued_line_words`, lines.yaml `posting_labels`): the page's own date line.


@pytest.mark.parametrize(
    ("line", "issued"),
    [
        ("Кошулган убакыт: 3-май, 2024 | Автор: Асель Токтогулова", "2024-05-03"),
        ("Жарыяланган убакыт: 21.11.2022 | Көрүүлөр: 140", "2022-11-21"),
        ("Жарыяланган убакыты: 09.02.2021", "2021-02-09"),
    ],
)
def test_a_posting_time_label_dates_the_page(line: str, issued: str) -> None:
    text = (
        f"КАРА-ТОО АЙЫЛ ӨКМӨТҮ\n\nАким тургундар менен жолукту\n\n{line}\n\n"
        "Ушул жылдын 1-майында аким айылга келди.\n"
    )
    doc = parse_text(text)
    assert doc.issued == issued
    assert doc.issued[:4] in {d.start[:4] for d in doc.dates}  # the year fills "1-майында"


def test_an_event_time_label_in_the_body_is_no_posting_date() -> None:
    # near miss: an announced event's time under the prose
    text = (
        "КАРА-ТОО АЙЫЛ ӨКМӨТҮ\n\nКулактандыруу\n\n"
        "Айыл өкмөтү тургундарды жыйынга чакырат. Жыйында бюджет талкууланат.\n\n"
        "Өтүүчү убакыт: 20-июль, 2025, саат 10:00\n"
    )
    assert parse_text(text).issued is None


# --- "Газета основана 1 мая 1931 года": a masthead's founding line with the paper's noun --
# The static founding line is chrome also when the paper's noun opens it as the opener's
# subject (lines_chrome.MASTHEAD_OPENER, lines.yaml `masthead_openers`).


@pytest.mark.parametrize(
    "founded",
    ["Газета основана 3 марта 1935 года", "Гезит негизделген: 1957-жылдын 5-июну"],
)
def test_a_founding_line_after_the_papers_noun_is_chrome(founded: str) -> None:
    text = (
        f"ВЕСТИ РАЙОНА\nОбщественно-политическая газета\n{founded}\n"
        "№ 12 (5501)  14 октября 2016 г.\n\nСХОД В СЕЛЕ\n\n"
        "В субботу, 8 октября, в селе прошел сход жителей.\n"
    )
    found = dates(text)
    assert "1935-03-03" not in found and "1957-06-05" not in found
    assert "2016-10-14" in found


def test_a_founding_date_in_prose_is_a_date() -> None:
    # near miss: a long prose line, no masthead
    text = (
        "ВЕСТИ РАЙОНА\n\nЮБИЛЕЙ РЕДАКЦИИ\n\n"
        "Газета основана 3 марта 1935 года, и в этот день в редакции соберутся ветераны, "
        "читатели и гости из соседних районов.\n"
    )
    assert "1935-03-03" in dates(text)
