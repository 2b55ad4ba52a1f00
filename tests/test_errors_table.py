"""Every table output keeps the inputs that could not be parsed, and why, in an `errors`
table (models.Failure: source, error), as the line on standard error says it: an analyst
opening the tables later sees which files are missing. The incremental database keeps a
file's row until it parses or is gone. A stream of records (JSON Lines, JSON) has no
place for it."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from vap_cli.cli import cli

RELEASE = "Бишкек шаарында 20 киши катышкан жыйын өттү.\n"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "press"
    folder.mkdir()
    (folder / "a.txt").write_text(RELEASE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def _parse(*arguments: str) -> None:
    result = CliRunner().invoke(cli, ["parse", *arguments, "-q"])
    assert result.exit_code == 1, result.output  # one file failed


def _errors_in_sqlite(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as db:
        return [tuple(r) for r in db.execute("SELECT source, error FROM errors")]


def test_sqlite_keeps_the_failed_file_and_its_reason(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    _parse(str(folder), "-o", str(tmp_path / "out.sqlite"))
    assert _errors_in_sqlite(tmp_path / "out.sqlite") == [(str(folder / "empty.txt"), "empty file")]


def test_a_csv_folder_has_an_errors_file(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    _parse(str(folder), "-o", str(tmp_path / "out"), "--format", "csv")
    with open(tmp_path / "out" / "errors.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows == [["source", "error"], [str(folder / "empty.txt"), "empty file"]]


def test_the_workbook_has_an_errors_sheet(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    folder = _folder(tmp_path)
    _parse(str(folder), "-o", str(tmp_path / "out.xlsx"))
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx")["errors"]
    assert [[c.value for c in row] for row in sheet.iter_rows()][1:] == [
        [str(folder / "empty.txt"), "empty file"]
    ]


def test_parquet_has_an_errors_file(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    folder = _folder(tmp_path)
    _parse(str(folder), "-o", str(tmp_path / "out"), "--format", "parquet")
    table = pq.read_table(tmp_path / "out" / "errors.parquet")
    assert table.to_pylist() == [{"source": str(folder / "empty.txt"), "error": "empty file"}]


def test_the_database_forgets_a_failure_once_the_file_parses_or_is_gone(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "gone.txt").write_bytes(b"")
    db = tmp_path / "corpus.sqlite"
    _parse(str(folder), "--db", str(db))
    assert {s for s, _ in _errors_in_sqlite(db)} == {
        str(folder / "empty.txt"),
        str(folder / "gone.txt"),
    }
    (folder / "empty.txt").write_text(RELEASE.replace("20", "30"), encoding="utf-8")
    (folder / "gone.txt").unlink()
    result = CliRunner().invoke(cli, ["parse", str(folder), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    assert _errors_in_sqlite(db) == []
