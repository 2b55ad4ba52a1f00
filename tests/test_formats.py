"""Output formats an analyst opens as they are: the -o suffix picks the format,
CSV for Excel in a Russian locale, typed .xlsx sheets, GeoJSON that validates,
pandas frames; and standard input read by its content."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from vap_cli.cli import cli
from vap_cli.export import format_for
from vap_cli.export.csv_style import CsvStyle
from vap_cli.export.table_schema import FILE_TABLES
from vap_cli.read import sniff_suffix

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GEOJSON_SCHEMA = ROOT / "tests" / "fixtures" / "geojson" / "FeatureCollection.json"
# Over the 2 s step of a zip file's dates: a run after this pause reads another time.
ZIP_CLOCK_STEP_S = 2.1
# A team-written page: the script's date must not become a date of the document.
PAGE = (
    "<!DOCTYPE html><html><head><title>Жаңылык</title>"
    '<script>var d = "12.05.2099";</script></head><body>'
    "<p>2021-жылдын 3-июнунда Ош шаарында 25 адам катышкан семинар өттү.</p></body></html>"
)


def parse(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(cli, ["parse", *args], input=input, catch_exceptions=False)


# --------------------------------------------------------------------------- -o picks the format


@pytest.mark.parametrize(
    "name, fmt",
    [
        ("out.json", "json"),
        ("out.jsonl", "jsonl"),
        ("out.ndjson", "jsonl"),
        ("corpus.sqlite", "sqlite"),
        ("corpus.db", "sqlite"),
        ("book.xlsx", "xlsx"),
        ("places.geojson", "geojson"),
        ("events.csv", "csv"),
        ("tables/", "csv"),
        ("out", "jsonl"),
    ],
)
def test_the_output_suffix_chooses_the_format(name, fmt):
    assert format_for(name, None) == fmt


def test_format_overrides_the_suffix_and_standard_output_is_json_lines():
    assert format_for("out.json", "jsonl") == "jsonl"
    assert format_for(None, None) == "jsonl"
    assert format_for("-", None) == "jsonl"
    # and the help says so (it said "when the -o suffix does not say")
    assert "overrides the -o suffix" in " ".join(parse("--help").output.split())


def test_dash_o_json_writes_one_json_array(tmp_path):
    out = tmp_path / "out.json"
    assert parse(str(SAMPLES), "-q", "-o", str(out)).exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(data, list) and len(data) == 5


def test_an_unknown_suffix_is_a_usage_error_naming_the_formats(tmp_path):
    result = parse(str(SAMPLES), "-q", "-o", str(tmp_path / "out.txt"))
    assert result.exit_code == 2
    assert "out.txt" in result.output and "--format" in result.output


@pytest.mark.parametrize("name", ["out.json", "corpus.sqlite", "places.geojson"])
def test_a_folder_named_for_a_one_file_format_is_refused_not_filled_with_csv(tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    result = parse(str(SAMPLES), "-q", "-o", str(folder))
    assert result.exit_code == 2
    assert f"{name} names a folder" in " ".join(result.output.split())
    assert list(folder.iterdir()) == []


def test_a_trailing_slash_after_a_one_file_suffix_is_refused(tmp_path):
    result = parse(str(SAMPLES), "-q", "-o", f"{tmp_path / 'out.jsonl'}/")
    assert result.exit_code == 2
    assert "out.jsonl/ names a folder" in " ".join(result.output.split())
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", ["json", "jsonl", "sqlite"])
def test_a_trailing_slash_with_a_one_file_format_is_refused_not_dropped(tmp_path, fmt):
    """`-f json -o x/` wrote a file named x: the slash asked for a folder."""
    result = parse(str(SAMPLES), "-q", "-f", fmt, "-o", f"{tmp_path / 'x'}/")
    assert result.exit_code == 2
    assert "x/ names a folder" in " ".join(result.output.split())
    assert list(tmp_path.iterdir()) == []


def test_a_report_into_a_folder_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["report", str(SAMPLES), "-q", "-o", f"{tmp_path / 'r'}/"])
    assert result.exit_code == 2
    assert "names a folder: the report is one file" in " ".join(result.output.split())
    assert list(tmp_path.iterdir()) == []


def test_an_existing_folder_keeps_the_format_its_suffix_names(tmp_path):
    """A second run of `-o out.parquet` finds the folder the first one made: still Parquet."""
    (tmp_path / "out.parquet").mkdir()
    assert format_for(str(tmp_path / "out.parquet"), None) == "parquet"
    (tmp_path / "tables.2024").mkdir()  # near miss: a dotted folder name that is no format
    assert format_for(str(tmp_path / "tables.2024"), None) == "csv"
    assert format_for(str(tmp_path), None) == "csv"


def test_a_csv_file_without_table_is_a_usage_error(tmp_path):
    result = parse(str(SAMPLES), "-q", "-o", str(tmp_path / "out.csv"))
    assert result.exit_code == 2
    assert "--table" in result.output and "events" in result.output


# --------------------------------------------------------------------------- CSV for Excel


def _read_csv(path: Path, delimiter: str) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter=delimiter))


def test_events_csv_for_excel_in_a_russian_locale(tmp_path):
    out = tmp_path / "events.csv"
    result = parse(
        str(SAMPLES), "-q", "-o", str(out), "--table", "events", "--excel", "--delimiter", ";"
    )
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    table = _read_csv(out, ";")
    head, body = table[0], table[1:]
    assert head[:3] == ["doc_id", "idx", "kind"]
    assert len(body) >= 10
    assert all(len(row) == len(head) for row in body)  # every row readable
    kinds = {row[head.index("kind")] for row in body}
    assert "тренинг" in kinds and "семинар-тренинг" in kinds


def test_codes_and_phones_are_text_to_excel(tmp_path):
    out = tmp_path / "tables"
    result = parse(str(SAMPLES), "-q", "-o", f"{out}/", "--excel", "--delimiter", ";")
    assert result.exit_code == 0, result.output
    places = _read_csv(out / "places.csv", ";")
    soate = places[0].index("soate")
    assert '="41711000000000"' in {row[soate] for row in places[1:]}
    contacts = _read_csv(out / "contacts.csv", ";")
    value = contacts[0].index("value")
    assert '="+996555313385"' in {row[value] for row in contacts[1:]}
    # nothing left that Excel would show as 9.96E+11
    for name in ("places", "contacts", "persons", "documents", "participants"):
        for row in _read_csv(out / f"{name}.csv", ";")[1:]:
            assert not any(cell.lstrip("+").isdigit() and len(cell) > 11 for cell in row), name


@pytest.mark.parametrize(
    "value, cell",
    [
        ("+996555313385", '="+996555313385"'),
        ("41711000000000", '="41711000000000"'),
        ("0555313385", '="0555313385"'),
        ("12e45678", '="12e45678"'),
        ("--11-21", '="--11-21"'),
        ("=1+1", '="=1+1"'),
        ('-"quoted"', '="-""quoted"""'),
        ("Бишкек", "Бишкек"),
        (385, 385),
        (0.9, "0,9"),
        (None, None),
    ],
)
def test_excel_cells(value, cell):
    assert CsvStyle(delimiter=";", excel=True).cell(value) == cell


def test_a_long_formula_like_text_gets_an_apostrophe():
    text = "-" + "а" * 300
    assert CsvStyle(excel=True).cell(text) == "'" + text


def test_without_excel_cells_are_left_as_they_are():
    assert CsvStyle(delimiter=";").row(["+996555313385", 0.9]) == ["+996555313385", 0.9]


def test_one_table_as_csv_on_standard_output():
    result = parse(str(SAMPLES), "-q", "-f", "csv", "--table", "places", "--delimiter", "tab")
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout), delimiter="\t"))
    assert rows[0][:4] == ["doc_id", "idx", "level", "name"]
    assert len(rows) > 10


def test_a_two_character_delimiter_is_a_usage_error():
    result = CliRunner().invoke(cli, ["parse", str(SAMPLES), "--delimiter", ";;"])
    assert result.exit_code == 2


# --------------------------------------------------------------------------- xlsx


def test_xlsx_has_a_typed_sheet_per_table(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "vap.xlsx"
    assert parse(str(SAMPLES), "-q", "-o", str(out)).exit_code == 0
    book = openpyxl.load_workbook(out, read_only=True)
    assert book.sheetnames == [t.name for t in FILE_TABLES]
    places = list(book["places"].iter_rows(values_only=True))
    head = places[0]
    soate, start = head.index("soate"), head.index("span_start")
    codes = {row[soate] for row in places[1:]}
    assert "41711000000000" in codes  # text, not 4.17E+13
    assert all(isinstance(row[start], int) for row in places[1:])
    participants = list(book["participants"].iter_rows(values_only=True))
    count = participants[0].index("count")
    assert 240 in {row[count] for row in participants[1:]}


def test_xlsx_is_the_same_file_byte_for_byte_when_run_again_later(tmp_path):
    """Same input, same output: the workbook carries no clock (zip part dates, the
    document's created and modified dates), as the other formats carry none."""
    pytest.importorskip("openpyxl")
    release = tmp_path / "release.txt"
    release.write_text(
        "Бишкек, 2024-жылдын 5-марты. Нарын облусунда 40 депутат окуудан өттү.\n",
        encoding="utf-8",
    )
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    assert parse(str(release), "-q", "-o", str(first)).exit_code == 0
    time.sleep(ZIP_CLOCK_STEP_S)  # the next run's clock is another zip date and second
    assert parse(str(release), "-q", "-o", str(second)).exit_code == 0
    assert first.read_bytes() == second.read_bytes()


# Two texts whose ids look like numbers to pandas: digits only, and digits around an e.
NUMBER_LIKE_IDS = {
    "1017523443156835": 3719,
    "583389935309e424": 98,
}
ID_TEXT = "2024-жылдын 5-мартында Нарын шаарында жыйын өттү, ага {} адам катышты. Байланыш: 0555 313 385\n"


def readme_recipe() -> str:
    """The README's Python block that reads the CSV folder and the workbook."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    return next(block for block in blocks if "read_excel" in block)


def test_ids_that_look_like_numbers_stay_text_in_the_workbook_and_the_readme_recipe(
    tmp_path, monkeypatch
):
    """A document id of digits, or digits around an e, is a text cell of the workbook,
    and the README's pandas recipe reads it (and codes, and phones) back as written,
    from the CSV folder and the workbook; without it pandas makes them numbers."""
    openpyxl = pytest.importorskip("openpyxl")
    pd = pytest.importorskip("pandas")
    monkeypatch.chdir(tmp_path)
    Path("in").mkdir()
    for doc_id, n in NUMBER_LIKE_IDS.items():
        Path("in", f"{doc_id}.txt").write_text(ID_TEXT.format(n), encoding="utf-8")
    assert parse("in", "-q", "-o", "vap.xlsx").exit_code == 0
    assert parse("in", "-q", "-o", "out/").exit_code == 0
    sheet = openpyxl.load_workbook("vap.xlsx", read_only=True)["documents"]
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert {cell.value for cell in cells} == set(NUMBER_LIKE_IDS)
    assert {cell.data_type for cell in cells} == {"s"}  # text cells, never numbers
    assert pd.read_csv("out/documents.csv")["doc_id"].dtype.kind in "if"  # the trap
    recipe: dict = {}
    exec(readme_recipe(), recipe)
    assert set(recipe["places"]["doc_id"]) == set(NUMBER_LIKE_IDS)
    assert recipe["places"]["soate"].str.startswith("417").all()
    for name in ("documents", "places", "contacts"):
        assert set(recipe["sheets"][name]["doc_id"]) == set(NUMBER_LIKE_IDS), name
    assert set(recipe["sheets"]["contacts"]["value"]) == {"+996555313385"}


def test_a_text_over_excels_cell_limit_is_cut_and_the_run_says_so(tmp_path):
    """A cell holds 32,767 characters: a longer text is cut with '…', and the run's
    last lines say how many and where (the records and CSV keep it whole)."""
    openpyxl = pytest.importorskip("openpyxl")
    from vap_cli.export.xlsx import MAX_CELL_TEXT

    long = tmp_path / "long.txt"
    long.write_text(
        "2024-жылдын 5-мартында Нарын шаарында тренинг өттү, "
        + "жана " * 8000
        + "ага 31 адам катышты.\n",
        encoding="utf-8",
    )
    result = parse(str(long), "-o", str(tmp_path / "long.xlsx"))
    assert result.exit_code == 0, result.output
    assert (
        "vap parse: 1 text over Excel's 32,767 characters a cell holds cut to fit (events.text);"
        " CSV, JSON and SQLite keep them whole"
    ) in result.stderr
    events = list(openpyxl.load_workbook(tmp_path / "long.xlsx")["events"].values)
    text = events[1][events[0].index("text")]
    assert len(text) == MAX_CELL_TEXT and text.endswith("…")
    # near miss: the samples fit, and nothing is said
    result = parse(str(SAMPLES), "-o", str(tmp_path / "samples.xlsx"))
    assert "Excel" not in result.stderr


def test_xlsx_without_openpyxl_names_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    result = CliRunner().invoke(cli, ["parse", str(SAMPLES), "-o", str(tmp_path / "v.xlsx")])
    assert result.exit_code == 2
    assert "vap-cli[xlsx]" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "v.xlsx").exists()


# --------------------------------------------------------------------------- GeoJSON


def test_geojson_of_the_places_validates_against_the_geojson_schema(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    out = tmp_path / "places.geojson"
    assert parse(str(SAMPLES), "-q", "-o", str(out)).exit_code == 0
    collection = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads(GEOJSON_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(collection, schema)
    by_code = {f["properties"]["soate"]: f for f in collection["features"]}
    assert len(by_code) == len(collection["features"])  # one feature per unit
    bishkek = by_code["41711000000000"]
    lon, lat = bishkek["geometry"]["coordinates"]
    assert 74 < lon < 75 and 42 < lat < 43  # GeoJSON order: longitude first
    assert bishkek["properties"]["documents"] == len(bishkek["properties"]["sources"]) >= 2
    assert bishkek["properties"]["mentions"] >= bishkek["properties"]["documents"]


# A document is its text in GeoJSON as in the tables: a copy or a link to a file is
# the same document, counted once; two different texts are two.
NARYN_TEXT = "Нарын облусунда 2024-жылдын 5-майында семинар өттү. Ага 30 адам катышты.\n"
NARYN_OTHER = "Нарын облусунун Кочкор районунда 2023-жылдын 12-июнунда жыйын болду.\n"


def _geojson_of(folder: Path, out: Path) -> dict:
    assert parse(str(folder), "-q", "-o", str(out)).exit_code == 0
    collection = json.loads(out.read_text(encoding="utf-8"))
    return {f["properties"]["soate"]: f["properties"] for f in collection["features"]}


@pytest.mark.parametrize("second", ["copy", "link"])
def test_geojson_counts_a_text_read_twice_as_one_document(tmp_path, second):
    folder = tmp_path / "press"
    folder.mkdir()
    (folder / "a.txt").write_text(NARYN_TEXT, encoding="utf-8")
    (folder / "c.txt").write_text(NARYN_OTHER, encoding="utf-8")
    if second == "copy":
        (folder / "b.txt").write_text(NARYN_TEXT, encoding="utf-8")
    else:
        (folder / "b.txt").symlink_to(folder / "a.txt")
    once = _geojson_of(folder, tmp_path / "twice.geojson")
    (folder / "b.txt").unlink()
    alone = _geojson_of(folder, tmp_path / "once.geojson")
    naryn = "41704000000000"
    assert once[naryn]["documents"] == alone[naryn]["documents"] == 2  # a.txt (b.txt) and c.txt
    assert once[naryn]["mentions"] == alone[naryn]["mentions"]
    assert len(once[naryn]["sources"]) == 3  # every path read is listed


# --------------------------------------------------------------------------- frames


def test_frames_from_a_database_and_from_a_folder_agree(tmp_path):
    pytest.importorskip("pandas")
    from vap_cli.frames import frames

    db = tmp_path / "corpus.sqlite"
    assert parse(str(SAMPLES), "-q", "-o", str(db)).exit_code == 0
    from_db = frames(db)
    from_folder = frames(str(SAMPLES))
    assert {"documents", "events", "places", "participants", "events_view"} <= set(from_db)
    assert len(from_db["documents"]) == len(from_folder["documents"]) == 5
    trained = (
        from_db["events_view"]
        .query("kind.str.contains('тренинг')")
        .groupby(["oblast", "year"])["participants"]
        .sum()
    )
    assert trained[("(several)", 2017)] == 385


def test_frames_raise_on_a_path_that_does_not_exist(tmp_path, monkeypatch):
    pytest.importorskip("pandas")
    from vap_cli.errors import InputError
    from vap_cli.frames import frames

    monkeypatch.chdir(tmp_path)
    sample = str(sorted(SAMPLES.glob("*.txt"))[0])
    for missing, given in (
        ("nope/", "nope/"),
        ("nope.txt", [sample, "nope.txt"]),
        ("nope.sqlite", "nope.sqlite"),
    ):
        with pytest.raises(InputError, match=f"^{re.escape(missing)}: no such file or folder$"):
            frames(given)


def test_frames_with_nothing_to_read_raise_and_failures_are_the_errors_frame(tmp_path):
    pytest.importorskip("pandas")
    from vap_cli.errors import InputError
    from vap_cli.frames import frames

    empty_folder, empty_file = tmp_path / "empty", tmp_path / "empty.txt"
    empty_folder.mkdir()
    (empty_folder / "notes.odt").write_bytes(b"not read")
    empty_file.write_bytes(b"")
    with pytest.raises(InputError, match=f"^{re.escape(str(empty_folder))}: no documents to read"):
        frames(empty_folder)
    with pytest.raises(InputError, match=f"^{re.escape(str(empty_file))}: empty file$"):
        frames(empty_file)
    not_a_db = tmp_path / "notes.sqlite"
    not_a_db.write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match=f"^{re.escape(str(not_a_db))}: not an SQLite database"):
        frames(not_a_db)
    # near miss: a failing file among documents is a row of `errors`, and a warning
    sample = str(sorted(SAMPLES.glob("*.txt"))[0])
    with pytest.warns(UserWarning, match="1 of the inputs could not be parsed"):
        read = frames([sample, str(empty_file)])
    assert list(read["documents"]["source"]) == [sample]
    # (the digest of a failing file is what a --db database keeps: none in memory)
    assert read["errors"].to_dict("records") == [
        {"source": str(empty_file), "error": "empty file", "sha256": None}
    ]


def test_frames_read_the_json_lines_of_vap_parse(tmp_path):
    pytest.importorskip("pandas")
    from vap_cli.frames import frames

    out = tmp_path / "w1.jsonl"
    assert parse(str(SAMPLES), "-q", "-o", str(out)).exit_code == 0
    from_records, from_folder = frames(out), frames(str(SAMPLES))
    for name in ("documents", "events_view", "places", "participants"):
        assert from_records[name].equals(from_folder[name]), name


# --------------------------------------------------------------------------- standard input


def test_html_on_standard_input_is_read_as_a_page():
    result = parse("-", "-q", input=PAGE)
    record = json.loads(result.stdout)
    assert [d["start"] for d in record["dates"]] == ["2021-06-03"]
    assert "Ош" in {p["name"] for p in record["places"]}


def test_input_format_overrides_the_sniffing():
    result = parse("-", "-q", "--input-format", "txt", input=PAGE)
    record = json.loads(result.stdout)
    assert "2099-05-12" in {d["start"] for d in record["dates"]}  # read raw, as asked


def test_docx_on_standard_input():
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("2022-жылдын 14-апрелинде Нарын шаарында тренинг өттү.")
    buffer = io.BytesIO()
    document.save(buffer)
    result = parse("-", "-q", input=buffer.getvalue())
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["dates"][0]["start"] == "2022-04-14"


@pytest.mark.parametrize(
    "data, suffix",
    [
        (b"%PDF-1.7\n...", ".pdf"),
        (b"\xef\xbb\xbf  <!doctype HTML><html>", ".html"),
        (b"<p>short</p>", ".html"),
        (b"2021-06-03 <b> is not markup at the start", ".txt"),
        ("Бишкек шаары".encode("cp1251"), ".txt"),
    ],
)
def test_sniffing(data, suffix):
    assert sniff_suffix(data) == suffix


def test_sqlite_output_is_one_new_database(tmp_path):
    db = tmp_path / "vap.db"
    assert parse(str(SAMPLES), "-q", "-o", str(db)).exit_code == 0
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM texts").fetchone() == (5,)
    assert (tmp_path / "vap.metadata.json").exists()


@pytest.mark.parametrize("name", ["out.json", "book.xlsx", "corpus.sqlite", "tables/"])
def test_a_usage_error_leaves_no_output_behind(tmp_path, name):
    args = ["-o", str(tmp_path / name), "--since", "2021-01-01", "--until", "2020-01-01"]
    assert CliRunner().invoke(cli, ["parse", str(SAMPLES), *args]).exit_code == 2
    assert list(tmp_path.iterdir()) == []


def test_a_parse_imports_no_pydantic_and_writes_what_pydantic_writes() -> None:
    # Records are light classes (record_base.py), made with model_construct and
    # written by record_base.plain: a run that writes JSON Lines never imports
    # pydantic (start-up), yet its JSON is the one pydantic's own serializer gives
    # (model_dump_json: the records' pydantic models, built then).
    code = (
        "import sys\n"
        "from vap_cli.export.outfile import json_text\n"
        "from vap_cli.pipeline import parse_path\n"
        "docs = [parse_path(p) for p in sys.argv[1:]]\n"
        "texts = [json_text(d) for d in docs]\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic'))\n"
        "print(texts == [d.model_dump_json() for d in docs])\n"
    )
    paths = [str(p) for p in sorted(SAMPLES.glob("*.txt"))]
    out = subprocess.run(
        [sys.executable, "-c", code, *paths], capture_output=True, text=True, check=True
    )
    assert out.stdout.split("\n")[:2] == ["[]", "True"]
