"""Map-ready places: a sentence and the hierarchy, codes and coordinates its place
must carry; the country as a place; document ids from content."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from vap_cli.cli import cli
from vap_cli.models import Place
from vap_cli.pipeline import parse_text
from vap_cli.record import document_id


def place(text: str, key: str) -> Place:
    for p in parse_text(text).places:
        if f"{p.level}:{p.name}" == key:
            return p
    raise AssertionError(f"{key} not found in {text!r}")


CHAIN = ("country", "oblast", "oblast_soate", "district", "district_soate", "ayil_aimak",
         "ayil_aimak_soate")  # fmt: skip

HIERARCHY = [
    (
        "Жазы айыл аймагынын тургундары чогулушту.",
        "ayil_aimak:Жазы",
        ("Кыргызстан", "Ош", "41706000000000", "Өзгөн", "41706255000000", "Жазы",
         "41706255824000"),
    ),
    (
        "Нарын облусунан 63 өкүл келди.",
        "oblast:Нарын",  # an oblast's own row names its oblast
        ("Кыргызстан", "Нарын", "41704000000000", None, None, None, None),
    ),
    (
        "Кемин районунун депутаттары катышты.",
        "district:Кемин",
        ("Кыргызстан", "Чүй", "41708000000000", "Кемин", "41708213000000", None, None),
    ),
    (
        "Семинар Бишкек шаарында өттү.",
        "city:Бишкек",
        ("Кыргызстан", None, None, None, None, None, None),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "key", "chain"), HIERARCHY)
def test_a_place_carries_its_chain_of_parents_with_codes(text, key, chain):
    p = place(text, key)
    assert tuple(getattr(p, name) for name in CHAIN) == chain


def test_a_place_has_the_coordinates_of_its_unit():
    p = place("Семинар Бишкек шаарында өттү.", "city:Бишкек")
    assert (p.lat, p.lon, p.coords_soate) == (42.871, 74.6, p.soate)


def test_a_unit_without_coordinates_is_drawn_at_its_nearest_parent():
    # The gazetteer has no point for the village Жазы; its ayil aimak has one.
    p = place("Жазы айылынын тургундары келишти.", "village:Жазы")
    assert p.soate == "41706255824040"
    assert (p.lat, p.lon, p.coords_soate) == (40.835, 73.451, "41706255824000")


def test_a_place_unknown_to_the_gazetteer_has_no_codes_nor_coordinates():
    p = place("Өзгөн районунун Жылалды айыл өкмөтү чогулуш өттү.", "ayil_aimak:Жылалды")
    assert (p.soate, p.lat, p.lon, p.ayil_aimak_soate) == (None, None, None, None)
    assert p.district == "Өзгөн"


COUNTRY = [
    ("Кыргызстан, Бишкек, 2024-жылдын 3-марты.", "Кыргызстан"),
    ("Кыргыз Республикасынын Өкмөтү токтом кабыл алды.", "Кыргыз Республикасынын"),
    ("В Кыргызской Республике прошел форум.", "Кыргызской Республике"),
    ("Долбоор КР Президентинин жарлыгы менен бекитилди.", "КР"),
]


@pytest.mark.parametrize(("text", "quote"), COUNTRY)
def test_the_country_is_a_place_when_the_text_names_it(text, quote):
    p = place(text, "country:Кыргызстан")
    assert (p.text, p.soate, p.country) == (quote, "41700000000000", "Кыргызстан")
    assert text[p.span.start : p.span.end] == quote


@pytest.mark.parametrize(
    "text", ["Кыргызча тексттер даярдалды.", "Семинар Бишкекте өттү.", "КРОСС мелдеши өттү."]
)
def test_no_country_row_when_the_text_does_not_name_it(text):
    assert not [p for p in parse_text(text).places if p.level == "country"]


def test_the_country_row_keeps_every_mention():
    text = "Кыргызстан жана Кыргызстандын жаштары."
    p = place(text, "country:Кыргызстан")
    assert [text[m.start : m.end] for m in p.mentions] == ["Кыргызстан", "Кыргызстандын"]


# ----------------------------------------------------------------- document ids


def test_the_document_id_comes_from_the_text_not_the_path():
    text = "Семинар Бишкек шаарында өттү."
    assert parse_text(text, source="a/x.txt").id == parse_text(text, source="./b/y.txt").id
    assert parse_text(text).id != parse_text(text + " ").id


def test_line_endings_do_not_change_the_document_id():
    assert document_id("бир\r\nэки\rүч") == document_id("бир\nэки\nүч")


def test_the_same_file_by_two_path_spellings_has_one_id(tmp_path, monkeypatch):
    folder = tmp_path / "samples"
    folder.mkdir()
    (folder / "x.txt").write_text("Семинар Бишкек шаарында өттү.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    ids = set()
    for spelling in ("samples/x.txt", "./samples/x.txt", str(folder / "x.txt")):
        result = CliRunner().invoke(cli, ["parse", spelling, "-q"])
        assert result.exit_code == 0, result.output
        record = json.loads(result.stdout)
        assert Path(record["source"]).name == "x.txt"
        ids.add(record["id"])
    assert len(ids) == 1


def test_one_text_under_two_paths_is_one_document_in_sqlite(tmp_path):
    import sqlite3

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Семинар Бишкек шаарында өттү.", encoding="utf-8")
    db = tmp_path / "v.db"
    result = CliRunner().invoke(cli, ["parse", str(tmp_path), "-f", "sqlite", "-o", str(db), "-q"])
    assert result.exit_code == 0, result.output
    rows = sqlite3.connect(db).execute("SELECT source FROM documents").fetchall()
    assert rows == [(str(tmp_path / "a.txt"),)]


def test_a_unit_from_the_users_gazetteer_file_gets_its_hierarchy(users_gazetteer):
    from vap_cli import resources

    path = users_gazetteer
    mine = resources.load([str(path)])
    doc = parse_text("Өзгөн районунун Жылалды айыл өкмөтү", resources=mine)
    place = next(p for p in doc.places if p.name == "Жылалды")
    assert (place.district_soate, place.oblast) == ("41706255000000", "Ош")
    assert place.lat is not None  # the district's point, as the unit has none of its own
    assert place.coords_soate == "41706255000000"
