"""The table outputs (CSV, Parquet, Excel, SQLite) share one model: a document (one
text, one id) is one `documents` row and its facts are rows of the other tables once,
however many paths it was read from; every path is a row of `sources` (source, doc_id).
JSON Lines keeps a record per file read."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from vap_cli.cli import cli

TEXT = "2023-жылдын 5-майында Нарын облусунун Ат-Башы районунда 40 адам катышкан семинар өттү.\n"
# One word differs: another document, not a copy.
OTHER = TEXT.replace("семинар", "тренинг")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text(TEXT, encoding="utf-8")
    (inbox / "b.txt").write_text(TEXT, encoding="utf-8")
    (inbox / "c.txt").write_text(OTHER, encoding="utf-8")
    return inbox


def parse(*args: str) -> None:
    result = CliRunner().invoke(cli, ["parse", "-q", *args])
    assert result.exit_code == 0, result.output


def csv_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def expected_sources(folder: Path) -> list[tuple[str, str]]:
    """The paths in path order, each with the id JSON Lines gives its record."""
    result = CliRunner().invoke(cli, ["parse", "-q", str(folder)])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return [(r["source"], r["id"]) for r in records]


def test_csv_has_one_documents_row_per_text_and_every_path_in_sources(folder: Path, tmp_path: Path):
    paths = expected_sources(folder)
    assert len(paths) == 3 and paths[0][1] == paths[1][1] != paths[2][1]
    parse(str(folder), "-o", f"{tmp_path / 'out'}/")
    documents = csv_rows(tmp_path / "out" / "documents.csv")
    assert [(d["doc_id"], d["source"]) for d in documents] == [
        (paths[0][1], paths[0][0]),  # the first path keeps the document, as in SQLite
        (paths[2][1], paths[2][0]),
    ]
    sources = csv_rows(tmp_path / "out" / "sources.csv")
    assert [(s["source"], s["doc_id"]) for s in sources] == paths
    places = csv_rows(tmp_path / "out" / "places.csv")
    per_document = [(p["doc_id"], p["name"]) for p in places if p["level"] == "district"]
    assert per_document == [(paths[0][1], "Ат-Башы"), (paths[2][1], "Ат-Башы")]


def test_csv_parquet_excel_and_sqlite_give_the_same_documents_and_sources(
    folder: Path, tmp_path: Path
):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    pytest.importorskip("openpyxl")
    parse(str(folder), "-o", f"{tmp_path / 'out'}/")
    parse(str(folder), "-o", str(tmp_path / "out.parquet"))
    parse(str(folder), "-o", str(tmp_path / "out.xlsx"))
    parse(str(folder), "-o", str(tmp_path / "out.sqlite"))
    with sqlite3.connect(tmp_path / "out.sqlite") as db:
        want_documents = db.execute("SELECT doc_id, source FROM documents").fetchall()
        want_sources = db.execute("SELECT source, doc_id FROM sources").fetchall()
        want_events = db.execute("SELECT count(*) FROM events").fetchone()[0]
    sheets = pd.read_excel(tmp_path / "out.xlsx", sheet_name=None, dtype=str)
    frames = {
        "csv": {n: pd.read_csv(tmp_path / "out" / f"{n}.csv", dtype=str) for n in sheets},
        "parquet": {n: pd.read_parquet(tmp_path / "out.parquet" / f"{n}.parquet") for n in sheets},
        "xlsx": sheets,
    }
    for name, tables in frames.items():
        documents = tables["documents"][["doc_id", "source"]].values.tolist()
        assert sorted(map(tuple, documents)) == sorted(want_documents), name
        sources = tables["sources"][["source", "doc_id"]].values.tolist()
        assert sorted(map(tuple, sources)) == sorted(want_sources), name
        assert len(tables["events"]) == want_events == 2, name


def test_one_table_of_sources_as_csv(folder: Path, tmp_path: Path):
    parse(str(folder), "-o", str(tmp_path / "sources.csv"), "--table", "sources")
    sources = csv_rows(tmp_path / "sources.csv")
    assert [(s["source"], s["doc_id"]) for s in sources] == expected_sources(folder)


def test_json_lines_keep_a_record_per_file_read(folder: Path):
    records = expected_sources(folder)
    assert [Path(source).name for source, _ in records] == ["a.txt", "b.txt", "c.txt"]
