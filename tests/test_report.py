"""`vap report`: what the page is built from (the records' own fields: people
counted once as `in_total` says, groups as `who_group` and `kind_group` say,
places at their `lat`/`lon`, every fact with its span), the records it reads back
(JSON Lines, SQLite), and the command's contract (one self-contained file, errors).
The page itself, opened in a browser, is tested in test_report_browser.py."""

from __future__ import annotations

import base64
import gzip
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from vap_cli.cli import cli
from vap_cli.models import (
    Document,
    Event,
    ParseWarning,
    Participation,
    Place,
    PlaceRef,
    Span,
    WarningCode,
)
from vap_cli.pipeline import parse_path, parse_text
from vap_cli.read import read_path
from vap_cli.report.data import Source, build, counted_rows, doubts
from vap_cli.report.records import read_records
from vap_cli.report.render import LANGUAGES, translations
from vap_cli.resolve.headcount import people_total

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SPAN = Span(start=0, end=1)
OBLAST, DISTRICT, OTHER_DISTRICT = "41799000000000", "41799200000000", "41799300000000"


def row(count: int, group="participants", in_total=True, part_of=None, place=None, kind="people"):
    return Participation(
        count=count, who=None, text="x", span=SPAN, part_of=part_of, place=place,
        kind=kind, who_group=group, in_total=in_total,
    )  # fmt: skip


def district(code: str, name: str, lat=None, coords_soate=None, role=None) -> Place:
    """A district of oblast О (code OBLAST), at (lat, 75.0) when lat is given."""
    return Place(
        level="district", name=name, soate=code, oblast="О", oblast_soate=OBLAST,
        district=name, district_soate=code, lat=lat, lon=75.0 if lat else None,
        coords_soate=coords_soate or (code if lat else None), text=name, span=SPAN, role=role,
    )  # fmt: skip


def at(place: Place) -> PlaceRef:
    return PlaceRef(level=place.level, name=place.name, soate=place.soate)


def doc(*rows: Participation, places=(), events=(), issued="2024-03-01") -> Document:
    return Document(
        id="d", source="d.txt", participants=list(rows), places=list(places),
        events=list(events), issued=issued,
    )  # fmt: skip


def data_of(html: str) -> dict:
    packed = re.search(r'<script type="text/plain" id="vap-data">([^<]*)</script>', html)
    assert packed, "the page carries its data"
    return json.loads(gzip.decompress(base64.b64decode(packed.group(1))))


def totals(data: dict, key: str) -> dict[str, int]:
    return {r["name"] if "name" in r else r["group"]: r["people"] for r in data[key]}


# ---------------------------------------------------------------- people: the records' total


@pytest.mark.parametrize(
    ("rows", "people"),
    [
        # only the rows in the total count: a restated count is not added again
        ([row(30), row(30, in_total=False)], 30),
        # counts of bodies are not in the total
        ([row(40), row(12, group="units", kind="units", in_total=False)], 40),
        # a breakdown is not added to its total, whether it adds up or not
        ([row(30), row(10, part_of=0, in_total=False), row(20, part_of=0, in_total=False)], 30),
        ([row(30), row(10, part_of=0, in_total=False), row(15, part_of=0, in_total=False)], 30),
        # nothing in the total: nothing counted
        ([row(25, in_total=False)], 0),
    ],
)
def test_a_documents_people_are_its_people_total(rows, people):
    document = doc(*rows)
    assert people_total(document) == people
    data = build([Source(document, None)])
    assert data["documents"][0]["people"] == people
    assert sum(totals(data, "people_by_who").values()) == people
    assert sum(totals(data, "people_by_oblast").values()) == people
    assert sum(r["people"] for r in data["people_by_month"]) == people


def test_a_breakdown_that_adds_up_says_where_and_who_in_place_of_its_total():
    east, west = district(DISTRICT, "Чыгыш", lat=41.0), district(OTHER_DISTRICT, "Батыш", lat=42.0)
    rows = [
        row(30),
        row(10, group="women", part_of=0, in_total=False, place=at(east)),
        row(20, group="youth", part_of=0, in_total=False, place=at(west)),
    ]
    assert counted_rows(doc(*rows)) == [(1, 0), (2, 0)]
    data = build([Source(doc(*rows, places=[east, west]), None)])
    assert data["documents"][0]["people"] == 30
    assert totals(data, "people_by_who") == {"women": 10, "youth": 20}
    assert totals(data, "people_by_district") == {"Чыгыш (О)": 10, "Батыш (О)": 20}
    # one that does not add up, or counts bodies, leaves the total as it is
    rows[2] = row(15, group="youth", part_of=0, in_total=False, place=at(west))
    assert counted_rows(doc(*rows)) == [(0, 0)]
    rows[2] = row(20, group="units", kind="units", part_of=0, in_total=False, place=at(west))
    assert counted_rows(doc(*rows)) == [(0, 0)]


def test_the_samples_people_are_their_people_totals(samples_page):
    data = data_of(samples_page)
    expected = [people_total(parse_path(p)) for p in sorted(SAMPLES.glob("*.txt"))]
    assert [d["people"] for d in data["documents"]] == expected
    assert sum(expected) > 0
    assert sum(totals(data, "people_by_oblast").values()) == sum(expected)
    assert f'<span id="n-people">{sum(expected)}</span>' in samples_page


def test_a_parsed_text_is_reported_with_its_own_total():
    text = "Окууга 140 кызматкер катышты: Ош облусунан 60 кызматкер, Баткен облусунан 80 кызматкер."
    document = parse_text(text)
    data = build([Source(document, text)])
    assert data["documents"][0]["people"] == people_total(document) == 140
    assert totals(data, "people_by_oblast") == {"Ош": 60, "Баткен": 80}


# ---------------------------------------------------------------- groups: the records' own


def test_who_groups_and_event_groups_are_the_records():
    # the record's group is shown as it is, whatever its words would suggest
    counted = row(12, group="youth")
    event = Event(kind="тренинг", kind_group="seminar", start="2024-05-02", text="x", span=SPAN)
    data = build([Source(doc(counted, events=[event]), None)])
    assert data["people_by_who"] == [{"group": "youth", "people": 12}]
    assert data["events_by_month"] == [{"month": "2024-05", "group": "seminar", "events": 1}]


def test_the_month_of_a_count_is_its_events_else_the_issue_date():
    event = Event(kind="тренинг", start="2024-05-02", participants=[0], text="x", span=SPAN)
    data = build([Source(doc(row(5), row(7), events=[event], issued="2024-03-01"), None)])
    assert data["people_by_month"] == [
        {"month": "2024-03", "people": 7},
        {"month": "2024-05", "people": 5},
    ]


# ---------------------------------------------------------------- places: the records' own


def test_places_on_the_map_at_their_coordinates_and_off_it():
    own = district(DISTRICT, "Д", lat=41.6)
    parents = district(OTHER_DISTRICT, "Е", lat=41.5, coords_soate=OBLAST)
    unknown = Place(level="village", name="Белгисиз", text="Белгисиз", span=SPAN)
    data = build([Source(doc(row(50, place=at(parents)), places=[own, parents, unknown]), None)])
    located = {p["code"]: p for p in data["places"]}
    assert (located[DISTRICT]["lat"], located[DISTRICT]["approximate"]) == (41.6, False)
    assert (located[OTHER_DISTRICT]["lat"], located[OTHER_DISTRICT]["approximate"]) == (41.5, True)
    assert (located[OTHER_DISTRICT]["people"], located[OTHER_DISTRICT]["people_by_doc"]) == (
        50,
        {"0": 50},
    )
    assert located[DISTRICT]["people"] == 0
    assert data["unlocated"] == [{"name": "Белгисиз", "level": "village", "docs": [0]}]
    assert totals(data, "people_by_oblast") == {"О": 50}
    assert totals(data, "people_by_district") == {"Е (О)": 50}


@pytest.mark.parametrize(
    "text",
    [
        "Кыргызстандын бардык облустарынан 40 мугалим Ош шаарында семинарга катышты.",
        "В Кыргызстане 15 марта в городе Каракол прошёл форум, в нём участвовали 60 человек.",
    ],
)
def test_the_country_is_the_map_not_a_place_missing_from_it(text):
    document = parse_text(text)
    assert "country" in {p.level for p in document.places}  # the parser keeps it
    data = build([Source(document, None)])
    assert data["unlocated"] == []
    assert [p["level"] for p in data["places"]] == ["city"]
    # near miss: a village the gazetteer has no point for is still listed off the map
    unknown = Place(level="village", name="Белгисиз", text="Белгисиз", span=SPAN)
    document.places.append(unknown)
    assert [p["name"] for p in build([Source(document, None)])["unlocated"]] == ["Белгисиз"]


@pytest.mark.parametrize(
    ("places", "oblast", "district_name"),
    [
        # one place: the count is there
        ([district(DISTRICT, "Д", lat=41.0)], "О", "Д (О)"),
        # two districts of one oblast: the oblast
        ([district(DISTRICT, "Д", lat=41.0), district(OTHER_DISTRICT, "Е", lat=42.0)], "О", "?"),
        # the dateline says where the press office is, not where people were
        ([district(DISTRICT, "Д", lat=41.0, role="dateline")], "?", "?"),
    ],
)
def test_a_count_without_a_place_goes_to_the_one_unit_the_documents_places_share(
    places, oblast, district_name
):
    data = build([Source(doc(row(9), places=places), None)])
    assert totals(data, "people_by_oblast") == {oblast: 9}
    assert totals(data, "people_by_district") == {district_name: 9}


# ---------------------------------------------------------------- the command


@pytest.fixture(scope="module")
def samples_page(tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = CliRunner().invoke(cli, ["report", str(SAMPLES), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_the_page_is_one_self_contained_file(samples_page):
    # nothing is fetched: no external script, style sheet, image or font
    assert not re.search(r"<(script|img|iframe)[^>]*\bsrc=", samples_page)
    assert not re.search(r"<link[^>]*stylesheet", samples_page)
    assert "@import" not in samples_page and "sourceMappingURL" not in samples_page
    assert len(samples_page.encode("utf-8")) < 2_000_000


def test_every_fact_of_the_samples_is_in_the_page_at_its_span(samples_page):
    data = data_of(samples_page)
    for page_doc, path in zip(data["documents"], sorted(SAMPLES.glob("*.txt")), strict=True):
        document = parse_path(path)
        text = page_doc["text"]
        spans = {(fact[0], fact[1]) for fact in page_doc["facts"]}
        records = [*document.dates, *document.places, *document.participants,
                   *document.persons, *document.contacts.mentions, *document.events,
                   *document.organizations]  # fmt: skip
        for record in records:
            assert (record.span.start, record.span.end) in spans, record
            assert text[record.span.start : record.span.end] == record.text


def test_the_interface_speaks_three_languages(tmp_path):
    for key, words in translations().items():
        assert set(words) == set(LANGUAGES), key
    out = tmp_path / "ky.html"
    result = CliRunner().invoke(cli, ["report", str(SAMPLES), "-o", str(out), "--lang", "ky", "-q"])
    assert result.exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert '<html lang="ky">' in page and ">Документтер</a>" in page


def test_every_word_the_page_shows_is_translated():
    from typing import get_args

    from vap_cli.models import KindGroup, PlaceLevel, WhoGroup

    static = Path(__file__).resolve().parent.parent / "src/vap_cli/report"
    template = (static / "templates/report.html.j2").read_text(encoding="utf-8")
    script = (static / "static/report.js").read_text(encoding="utf-8")
    used = set(re.findall(r"\bui\.(\w+)", template)) | set(re.findall(r'\bt\("(\w+)"[,)]', script))
    used |= {f"level_{level}" for level in get_args(PlaceLevel)}
    used |= {f"kind_{kind}" for kind in ("date", "place", "participants", "person", "contact",
                                         "organization", "event", "warning")}  # fmt: skip
    # every group a record can carry, named by its lexicon (who_groups.yaml, events.yaml)
    used |= {f"who_{group}" for group in get_args(WhoGroup)}
    used |= {f"event_{group}" for group in get_args(KindGroup)}
    assert '"who_" + g' in script and '"event_" + r.group' in script
    assert used - set(translations()) == set()


def test_a_bad_file_is_named_and_the_others_are_reported(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        cli, ["report", str(SAMPLES / "004_e37ebce198a118f2.txt"), str(empty), "-o", str(out)]
    )
    assert result.exit_code == 1
    assert f"vap: error: {empty}: empty file" in result.output
    assert "Traceback" not in result.output
    assert len(data_of(out.read_text(encoding="utf-8"))["documents"]) == 1


@pytest.mark.parametrize("name", ["rep.pdf", "rep.json", "rep.txt"])
def test_an_output_named_as_another_format_is_a_usage_error(tmp_path, name):
    out = tmp_path / name
    result = CliRunner().invoke(cli, ["report", str(SAMPLES), "-o", str(out), "-q"])
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "the report is an HTML page, not ." in lines[0]
    assert not out.exists()


@pytest.mark.parametrize("name", ["report.htm", "REPORT.HTML"])
def test_an_html_page_may_be_named_htm_or_in_capitals(tmp_path, name):
    out = tmp_path / name
    result = CliRunner().invoke(
        cli, ["report", str(SAMPLES / "004_e37ebce198a118f2.txt"), "-o", str(out), "-q"]
    )
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!")


def test_nothing_to_report_writes_nothing(tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["report", str(tmp_path / "missing.txt"), "-o", str(out)])
    assert result.exit_code == 1
    assert "no such file" in result.output and not out.exists()


@pytest.mark.parametrize("args", [["samples"], ["samples", "-o", "r.html", "--lang", "de"]])
def test_usage_errors_exit_2(args):
    assert CliRunner().invoke(cli, ["report", *args]).exit_code == 2


# ---------------------------------------------------------------- records read back


@pytest.mark.parametrize("fmt", ["sqlite", "jsonl", "json"])
def test_the_outputs_of_parse_read_back_to_the_same_documents(tmp_path, fmt):
    suffix = {"sqlite": "db", "jsonl": "jsonl", "json": "json"}[fmt]
    out = tmp_path / f"vap.{suffix}"
    result = CliRunner().invoke(cli, ["parse", str(SAMPLES), "-f", fmt, "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    expected = [parse_path(p) for p in sorted(SAMPLES.glob("*.txt"))]
    read = read_records(str(out))
    assert [d.model_dump(exclude={"id"}) for d in read] == [
        d.model_dump(exclude={"id"}) for d in expected
    ]


def test_a_report_from_the_database_equals_the_report_from_the_files(tmp_path, samples_page):
    database = tmp_path / "vap.db"
    CliRunner().invoke(cli, ["parse", str(SAMPLES), "-f", "sqlite", "-o", str(database), "-q"])
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["report", str(database), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert data_of(out.read_text(encoding="utf-8")) == data_of(samples_page)


def test_a_report_of_a_database_leaves_out_the_files_flagged_removed(tmp_path):
    """`--db` keeps a removed file's rows, flagged: the page shows the corpus as it is."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt"))[:3]:
        (folder / sample.name).write_bytes(sample.read_bytes())
    database = tmp_path / "corpus.db"

    def page_of(*paths: Path) -> dict:
        out = tmp_path / "report.html"
        result = CliRunner().invoke(cli, ["report", *map(str, paths), "-o", str(out), "-q"])
        assert result.exit_code == 0, result.output
        return data_of(out.read_text(encoding="utf-8"))

    assert CliRunner().invoke(cli, ["parse", str(folder), "--db", str(database)]).exit_code == 0
    # near miss: nothing removed yet, every document is on the page
    assert len(page_of(database)["documents"]) == 3
    sorted(folder.iterdir())[0].unlink()
    assert CliRunner().invoke(cli, ["parse", str(folder), "--db", str(database)]).exit_code == 0
    assert page_of(database) == page_of(folder)
    assert len(page_of(database)["documents"]) == 2


def test_files_with_one_text_are_one_document_counted_once(tmp_path):
    """A copy of a release (or a .txt saved beside its .html) is one document, as in
    every table format: its people are counted once, and the page of the folder is
    the page of its database."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    first, other = sorted(SAMPLES.glob("*.txt"))[:2]
    for source, name in ((first, "a.txt"), (first, "a copy.txt"), (other, "b.txt")):
        (folder / name).write_bytes(source.read_bytes())
    page, database = tmp_path / "folder.html", tmp_path / "vap.db"
    CliRunner().invoke(cli, ["parse", str(folder), "-o", str(database), "-q"])
    from_db = tmp_path / "db.html"

    for args in ([str(folder), "-o", str(page)], [str(database), "-o", str(from_db)]):
        result = CliRunner().invoke(cli, ["report", *args, "-q"])
        assert result.exit_code == 0, result.output

    data = data_of(page.read_text(encoding="utf-8"))
    expected = [people_total(parse_path(p)) for p in (first, other)]
    assert [d["people"] for d in data["documents"]] == expected
    assert sum(totals(data, "people_by_who").values()) == sum(expected) > 0
    assert data == data_of(from_db.read_text(encoding="utf-8"))


def test_a_file_that_is_no_output_of_parse_is_named(tmp_path):
    bogus = tmp_path / "notes.jsonl"
    bogus.write_text('{"hello": 1}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["report", str(bogus), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 1
    assert f"vap: error: {bogus}: not an output of `vap parse`" in result.output


# ---------------------------------------------------------------- doubts beside the text


def test_the_parsers_doubts_are_put_at_their_spans():
    text = "Кара-Суубай айылында 30 адам, анын ичинде 10 аял жана 15 эркек, 31-июнда."
    total = Participation(count=30, who="адам", text="30 адам", span=Span(start=21, end=28))
    parts = [
        Participation(count=10, who="аял", text="10 аял", span=Span(start=42, end=48), part_of=0),
        Participation(
            count=15, who="эркек", text="15 эркек", span=Span(start=54, end=62), part_of=0
        ),
    ]
    unknown = Place(
        level="village", name="Кара-Суубай", text="Кара-Суубай", span=Span(start=0, end=11)
    )
    breakdown = ParseWarning(
        code=WarningCode.BREAKDOWN_SUM_MISMATCH,
        message="participants: the breakdown of 30 ('30 адам') sums to 25",
        span=total.span,
    )
    invalid = ParseWarning(
        code=WarningCode.INVALID_DATE,
        message="invalid date ignored: '31-июнда'",
        span=Span(start=64, end=72),
    )
    place = ParseWarning(
        code=WarningCode.PLACE_NOT_IN_GAZETTEER,
        message="place not in the gazetteer: village Кара-Суубай (Кара-Суубай)",
        span=unknown.span,
    )
    whole_file = ParseWarning(code=WarningCode.NUL_BYTES_REMOVED, message="1 NUL byte removed")
    document = Document(
        id="d", source="d.txt", places=[unknown], participants=[total, *parts],
        warnings=[breakdown, whole_file, invalid, place],
    )  # fmt: skip
    assert doubts(document) == [
        [21, 28, "warning", breakdown.message],
        [64, 72, "warning", invalid.message],
        [0, 11, "warning", place.message],
    ]
    assert text[64:72] == "31-июнда"


def test_an_output_that_cannot_be_written_is_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    out = blocker / "report.html"  # a folder that is a file
    result = CliRunner().invoke(cli, ["report", str(SAMPLES), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert result.output.startswith(f"vap: error: {out}: cannot write the output")
    assert "Traceback" not in result.output


def test_json_whose_files_moved_gives_the_facts_without_the_texts(tmp_path, monkeypatch):
    monkeypatch.chdir(SAMPLES.parent)
    records = tmp_path / "vap.jsonl"
    CliRunner().invoke(cli, ["parse", "samples", "-o", str(records), "-q"])
    monkeypatch.chdir(tmp_path)  # samples/... no longer resolves
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["report", str(records), "-o", str(out)])
    assert result.exit_code == 0
    assert "5 documents shown without their text" in result.output
    documents = data_of(out.read_text(encoding="utf-8"))["documents"]
    assert [d["text"] for d in documents] == [None] * 5
    assert all(d["facts"] for d in documents)


def test_a_database_whose_files_moved_shows_the_texts_it_stored(tmp_path, monkeypatch):
    monkeypatch.chdir(SAMPLES.parent)
    database = tmp_path / "vap.db"
    CliRunner().invoke(cli, ["parse", "samples", "-f", "sqlite", "-o", str(database), "-q"])
    monkeypatch.chdir(tmp_path)  # samples/... no longer resolves
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["report", str(database), "-o", str(out)])
    assert result.exit_code == 0
    assert "without their text" not in result.output
    documents = data_of(out.read_text(encoding="utf-8"))["documents"]
    samples = sorted(SAMPLES.glob("*.txt"))
    assert [d["text"] for d in documents] == [read_path(p).text for p in samples]


def test_a_folders_report_shows_each_text_as_it_was_parsed_without_reading_it_again(
    tmp_path, monkeypatch
):
    """The texts a folder's page shows are those its parse read (review24): the spans
    index them, and a file changed after its parse cannot give the page another text.
    Reading a source again is left to records files that store no text."""
    from vap_cli.report import build

    monkeypatch.setattr(build, "text_of", lambda document: "read again")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["report", str(SAMPLES), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    documents = data_of(out.read_text(encoding="utf-8"))["documents"]
    samples = sorted(SAMPLES.glob("*.txt"))
    assert sorted(d["text"] for d in documents) == sorted(read_path(p).text for p in samples)


def test_a_unit_of_the_users_gazetteer_file_is_on_the_map(
    tmp_path: Path, users_gazetteer: Path
) -> None:
    mine = users_gazetteer
    (tmp_path / "a.txt").write_text("Өзгөн районунун Жылалды айыл өкмөтүндө жыйын өттү.\n")
    out = tmp_path / "r.html"
    args = ["report", str(tmp_path / "a.txt"), "-o", str(out), "-q"]
    result = CliRunner().invoke(cli, [*args, "--gazetteer", str(mine)])
    assert result.exit_code == 0, result.output
    codes = {p["code"] for p in data_of(out.read_text(encoding="utf-8"))["places"]}
    assert "41706255899000" in codes
