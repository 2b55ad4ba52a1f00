"""Where the report puts people, and how it names places and numbers in the page's
language (found by a Russian-speaking analyst's walkthrough of `vap report`):
a unit named with its oblast or district does not compete with them; a count goes
where its event's row of `event_rows` puts it; a Russian page names units by the
gazetteer's Russian names and writes Russian plurals and numbers."""

from __future__ import annotations

import base64
import gzip
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from vap_cli.cli import cli
from vap_cli.export.event_table import event_rows
from vap_cli.pipeline import parse_text
from vap_cli.report.data import Source, build, people_counts
from vap_cli.report.render import number, plural

TUP = "В с. Тюп Тюпского района{} 5 марта 2024 года прошёл семинар. Участвовали 25 человек."
OSH = "В городе Ош, Ошской области 14 мая 2024 года прошёл форум. Участвовали 97 человек."
# the event names its district; the document also names a city of the oblast and the oblast
AT_BASHY = (
    "Нарын шаары, 12-март 2024-жыл. Ат-Башы районунун Ак-Муз айылында семинар өттү, ага"
    " 150 адам катышты. Семинарды Нарын облустук администрациясы уюштурду."
)
TUP_CODE, TUP_VILLAGE, ISSYK_KUL = "41702225000000", "41702225889010", "41702000000000"


def report(text: str, lang: str = "en") -> dict:
    sources = [Source(parse_text(text), None)]
    return build(sources, lang) if lang != "en" else build(sources)


def people(data: dict, key: str) -> dict[str, int]:
    return {r["name"]: r["people"] for r in data[key]}


def data_of(html: str) -> dict:
    packed = re.search(r'<script type="text/plain" id="vap-data">([^<]*)</script>', html)
    assert packed
    return json.loads(gzip.decompress(base64.b64decode(packed.group(1))))


# ---------------------------------------------------------------- item 1: where people are


@pytest.mark.parametrize("oblast", ["", " Иссык-Кульской области"])
def test_a_unit_named_with_its_district_and_oblast_is_theirs(oblast):
    data = report(TUP.format(oblast))
    assert people(data, "people_by_district") == {"Түп (Ысык-Көл)": 25}
    assert people(data, "people_by_oblast") == {"Ысык-Көл": 25}
    markers = {p["code"]: p["people"] for p in data["places"]}
    # the village's people are its district's and its oblast's too (the markers)
    assert markers[TUP_VILLAGE] == markers[TUP_CODE] == 25
    assert markers.get(ISSYK_KUL, 25) == 25


def test_places_in_two_districts_are_the_oblasts_not_a_districts():
    data = report(
        "В Тюпском и Ак-Суйском районах Иссык-Кульской области 5 марта 2024 года прошли"
        " семинары. Участвовали 25 человек."
    )
    assert people(data, "people_by_district") == {"?": 25}
    assert people(data, "people_by_oblast") == {"Ысык-Көл": 25}


def test_a_republican_city_named_with_its_oblast_is_the_city():
    data = report(OSH)
    assert people(data, "people_by_oblast") == {"Ош": 97}
    assert {p["code"]: p["people"] for p in data["places"]}["41721000000000"] == 97


@pytest.mark.parametrize(
    ("where", "oblast", "district"),
    [
        ("В Октябрьском районе города Бишкек", "Бишкек", "Октябрь (Бишкек)"),
        # near misses: two of its districts are the city's; the city and an oblast, nobody's
        ("В Октябрьском и Ленинском районах города Бишкек", "Бишкек", "?"),
        ("В городе Бишкек и Чуйской области", "?", "?"),
    ],
)
def test_a_district_of_bishkek_is_bishkeks(where, oblast, district):
    data = report(f"{where} 5 марта 2024 года прошли семинары. Участвовали 40 человек.")
    assert people(data, "people_by_oblast") == {oblast: 40}
    assert people(data, "people_by_district") == {district: 40}


def test_a_count_is_where_its_events_row_puts_it():
    document = parse_text(AT_BASHY)
    [row] = event_rows(document)
    assert (row.oblast, row.district, row.participants) == ("Нарын", "Ат-Башы", 150)
    [count] = people_counts([Source(document, None)])
    assert count.area is not None and (count.area.oblast, count.area.district) == (
        "Нарын",
        "Ат-Башы",
    )
    assert people(build([Source(document, None)]), "people_by_district") == {"Ат-Башы (Нарын)": 150}


# ---------------------------------------------------------------- item 2: names in Russian


def test_a_russian_page_names_units_by_their_russian_names():
    text = TUP.format(" Иссык-Кульской области")
    data = report(text, "ru")
    assert people(data, "people_by_district") == {"Тюп (Иссык-Куль)": 25}
    assert people(data, "people_by_oblast") == {"Иссык-Куль": 25}
    assert {p["code"]: p["name"] for p in data["places"]}[ISSYK_KUL] == "Иссык-Куль"
    labels = [f[3] for f in data["documents"][0]["facts"]]
    assert "Тюп (район, 41702225000000)" in labels
    assert "человек: 25 (точно, состоялось)" in labels
    assert "2024-03-05 (событие)" in labels
    # either name finds the document: the one the page shows and the records'
    assert {"Түп", "Тюп", "Ысык-Көл", "Иссык-Куль"} <= set(data["documents"][0]["names"])
    # near miss: an English page keeps the records' names and words
    english = report(text)
    assert people(english, "people_by_district") == {"Түп (Ысык-Көл)": 25}
    assert "Түп (district, 41702225000000)" in [f[3] for f in english["documents"][0]["facts"]]


# ---------------------------------------------------------------- item 3: plurals and numbers


@pytest.mark.parametrize(
    ("n", "word"),
    [(1, "документ"), (2, "документа"), (4, "документа"), (5, "документов"), (11, "документов"),
     (12, "документов"), (21, "документ"), (22, "документа"), (111, "документов")],
)  # fmt: skip
def test_russian_plurals(n, word):
    assert plural(n, "документ|документа|документов") == word
    assert plural(n, "documents") == "documents"


def test_numbers_have_a_space_between_thousands_but_in_english():
    assert (number(3500, "ru"), number(3500, "ky"), number(3500, "en")) == (
        "3\u00a0500",
        "3\u00a0500",
        "3500",
    )
    data = report("В с. Тюп 5 марта 2024 года прошёл форум. Участвовали 1500 избирателей.", "ru")
    assert "избиратель: 1\u00a0500 (точно, состоялось)" in [
        f[3] for f in data["documents"][0]["facts"]
    ]


def test_a_one_year_period_is_one_year():
    data = report("Программа на 2024 год принята. В 2024–2026 годах пройдут семинары.")
    dates = [f[3] for f in data["documents"][0]["facts"] if f[2] == "date"]
    assert "2024" in dates and "2024–2024" not in dates


def test_the_russian_summary_agrees_with_its_numbers(tmp_path: Path):
    (tmp_path / "a.txt").write_text(TUP.format(""), encoding="utf-8")
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", str(tmp_path), "-o", str(out), "--lang", "ru"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert '<span id="n-documents">1</span> документ ·' in page
    assert '<span id="n-people">25</span> человек ·' in page
    assert data_of(page)["people_by_district"] == [{"name": "Тюп (Иссык-Куль)", "people": 25}]


def test_every_event_kind_is_named_in_english_and_russian() -> None:
    from vap_cli.lexicon import load

    events = load("events")
    assert set(events["kind_labels"]) == set(events["kinds"])
    assert all({"en", "ru"} <= set(names) for names in events["kind_labels"].values())


@pytest.mark.parametrize(
    ("lang", "label"), [("ru", "собрание"), ("en", "assembly"), ("ky", "жыйын")]
)
def test_an_events_fact_is_named_in_the_pages_language(lang: str, label: str) -> None:
    # a Russian-speaking analyst read "жолугушуу", "коомдук угуу" on a Russian page
    from vap_cli.pipeline import parse_text
    from vap_cli.report.data import Words, facts

    doc = parse_text("20 мая в селе Чолпон состоялось собрание жителей, пришли 45 человек.")
    (event,) = [f for f in facts(doc, Words(lang)) if f[2] == "event"]
    assert event[3].startswith(label + " ")
