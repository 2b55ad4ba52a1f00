"""`vap report`: what the page is built from (people counted once, places at the
gazetteer's coordinates, every fact with its span), the records it reads back
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
from vap_cli.gazetteer import Gazetteer, Unit
from vap_cli.models import Document, Participation, Place, PlaceRef, Span
from vap_cli.pipeline import parse_path
from vap_cli.report.data import Groups, Source, build, coordinates, counted_rows, doubts
from vap_cli.report.records import read_records
from vap_cli.report.render import LANGUAGES, translations

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SPAN = Span(start=0, end=1)


def row(count: int, who: str | None = "адам", part_of: int | None = None, place=None):
    return Participation(count=count, who=who, text="x", span=SPAN, part_of=part_of, place=place)


def doc(*rows: Participation, places: list[Place] | None = None) -> Document:
    return Document(id="d", source="d.txt", participants=list(rows), places=places or [])


def unit(code: str, level: str, parent: str | None = None, lat=None, lon=None) -> Unit:
    """A unit whose parent, if any, is its oblast."""
    return Unit(code, level, f"u{code}", None, None, (), parent, parent, None, None, lat, lon)


def data_of(html: str) -> dict:
    packed = re.search(r'<script type="text/plain" id="vap-data">([^<]*)</script>', html)
    assert packed, "the page carries its data"
    return json.loads(gzip.decompress(base64.b64decode(packed.group(1))))


# ---------------------------------------------------------------- people counted once


@pytest.mark.parametrize(
    ("rows", "counted"),
    [
        # a breakdown that adds up replaces its total: its rows carry the places
        ([row(30), row(10, part_of=0), row(20, part_of=0)], [1, 2]),
        # a breakdown that does not add up: the total counts, the parts do not
        ([row(30), row(10, part_of=0), row(15, part_of=0)], [0]),
        # bodies are not people: "12 айыл өкмөтү" stays out
        ([row(40, who="катышуучу"), row(12, who="айыл өкмөтү")], [0]),
        # the head of a phrase decides: heads of ayil okmotu are people
        ([row(7, who="айыл өкмөтүнүн башчысы"), row(3, who="АӨ")], [0]),
        # no `who`: counted as people
        ([row(25, who=None)], [0]),
    ],
)
def test_people_are_counted_once(rows, counted):
    assert counted_rows(doc(*rows), Groups.load()) == counted


def test_who_groups_follow_the_head_of_the_phrase():
    groups = Groups.load()
    assert groups.who_group("АӨ башчысы") == "officials"
    assert groups.who_group("тургун") == "residents"
    assert groups.who_group(None) == "unspecified"
    assert groups.who_group("космонавт") == "other"


def test_event_kinds_are_grouped():
    groups = Groups.load()
    assert groups.event_group("семинар-тренинг") == "training"
    assert groups.event_group("тажрыйба алмашуу сапары") == "visit"
    assert groups.event_group("сүйлөшүү") == "other"


# ---------------------------------------------------------------- places


def test_a_unit_without_coordinates_takes_its_parents_approximately():
    gazetteer = Gazetteer(
        [
            unit("41700000000001", "oblast", lat=41.5, lon=75.0),
            unit("41700000000002", "district", parent="41700000000001"),
            unit("41700000000003", "village", parent="41700000000002", lat=41.6, lon=75.2),
        ]
    )
    assert coordinates(gazetteer.get("41700000000002"), gazetteer) == (41.5, 75.0, True)
    assert coordinates(gazetteer.get("41700000000003"), gazetteer) == (41.6, 75.2, False)


def test_places_on_the_map_and_off_it():
    gazetteer = Gazetteer(
        [
            unit("41700000000001", "oblast", lat=41.5, lon=75.0),
            unit("41700000000002", "district", parent="41700000000001"),
        ]
    )
    places = [
        Place(level="district", name="Д", id="41700000000002", text="Д", span=SPAN),
        Place(level="village", name="Белгисиз", id=None, text="Белгисиз", span=SPAN),
    ]
    breakdown = row(50, place=PlaceRef(level="district", name="Д", id="41700000000002"))
    data = build([Source(doc(breakdown, places=places), None)], gazetteer)
    [located] = data["places"]
    assert (located["code"], located["lat"], located["approximate"]) == (
        "41700000000002",
        41.5,
        True,
    )
    assert (located["docs"], located["people"], located["people_by_doc"]) == ([0], 50, {"0": 50})
    assert data["unlocated"] == [{"name": "Белгисиз", "level": "village", "docs": [0]}]
    assert data["people_by_oblast"] == [{"name": "u41700000000001", "people": 50}]


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

    from vap_cli.lexicon import load
    from vap_cli.models import PlaceLevel

    static = Path(__file__).resolve().parent.parent / "src/vap_cli/report"
    template = (static / "templates/report.html.j2").read_text(encoding="utf-8")
    script = (static / "static/report.js").read_text(encoding="utf-8")
    used = set(re.findall(r"\bui\.(\w+)", template)) | set(re.findall(r'\bt\("(\w+)"[,)]', script))
    used |= {f"level_{level}" for level in get_args(PlaceLevel)}
    used |= {f"kind_{kind}" for kind in ("date", "place", "participants", "person", "contact",
                                         "organization", "event", "warning")}  # fmt: skip
    lexicon = load("report")
    used |= {f"group_{g}" for g in [*lexicon["who_groups"], *lexicon["event_groups"]]}
    used |= {"group_other", "group_unspecified"}
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
    breakdown = "participants: the breakdown of 30 ('30 адам') sums to 25"
    invalid = "invalid date ignored: '31-июнда'"
    place = "place not in the gazetteer: village Кара-Суубай (Кара-Суубай айылында)"
    document = Document(
        id="d", source="d.txt", places=[unknown], participants=[total, *parts],
        warnings=[breakdown, invalid, place],
    )  # fmt: skip
    assert doubts(document, text) == [
        [0, 11, "warning", place],
        [21, 28, "warning", breakdown],
        [64, 72, "warning", invalid],
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


def test_a_database_whose_files_moved_gives_the_facts_without_the_texts(tmp_path, monkeypatch):
    monkeypatch.chdir(SAMPLES.parent)
    database = tmp_path / "vap.db"
    CliRunner().invoke(cli, ["parse", "samples", "-f", "sqlite", "-o", str(database), "-q"])
    monkeypatch.chdir(tmp_path)  # samples/... no longer resolves
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["report", str(database), "-o", str(out)])
    assert result.exit_code == 0
    assert "5 document(s) shown without their text" in result.output
    documents = data_of(out.read_text(encoding="utf-8"))["documents"]
    assert [d["text"] for d in documents] == [None] * 5
    assert all(d["facts"] for d in documents)
