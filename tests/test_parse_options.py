"""`vap parse --since/--until/--fields` for scripted runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from vap_cli.cli import cli
from vap_cli.subset import SELECTABLE


def _page(date: str | None) -> str:
    meta = (
        f'<meta property="article:published_time" content="{date}T09:00:00+06:00">' if date else ""
    )
    return (
        f"<html><head><title>Жаңылык</title>{meta}</head><body><article>"
        "<p>Семинар өттү. Байланыш: info@vap.kg, www.vap.kg</p></article></body></html>"
    )


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    for name, date in [
        ("a2019", "2019-05-01"),
        ("b2020", "2020-03-12"),
        ("c2021", "2021-07-01"),
        ("d_undated", None),
    ]:
        (tmp_path / f"{name}.html").write_text(_page(date), encoding="utf-8")
    return tmp_path


def _sources(folder: Path, *args: str) -> list[str]:
    result = CliRunner().invoke(cli, ["parse", str(folder), *args])
    assert result.exit_code == 0, result.stderr
    return [Path(json.loads(line)["source"]).stem for line in result.stdout.splitlines()]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], ["a2019", "b2020", "c2021", "d_undated"]),
        (["--since", "2020-01-01"], ["b2020", "c2021"]),
        (["--until", "2020-03-12"], ["a2019", "b2020"]),
        (["--since", "2020-03-12", "--until", "2020-03-12"], ["b2020"]),
        (["--since", "2022-01-01"], []),
    ],
)
def test_since_until_filter_on_issued(folder: Path, args: list[str], expected: list[str]) -> None:
    assert _sources(folder, *args) == expected


def test_documents_left_out_are_counted(folder: Path) -> None:
    result = CliRunner().invoke(cli, ["parse", str(folder), "--since", "2020-01-01"])
    assert (
        "1 document outside --since/--until and 1 without an issued date left out" in result.stderr
    )


def test_documents_left_out_for_want_of_a_date_are_counted_apart(folder: Path) -> None:
    result = CliRunner().invoke(cli, ["parse", str(folder), "--since", "2019-01-01"])
    assert "1 document without an issued date left out by --since/--until" in result.stderr
    assert "--keep-undated" in result.stderr


def test_dated_documents_left_out_need_no_word_on_dates(folder: Path) -> None:
    # near miss: every document left out has a date outside the range
    result = CliRunner().invoke(
        cli, ["parse", str(folder), "--until", "2019-12-31", "--keep-undated"]
    )
    lines = result.stderr.splitlines()
    assert "vap parse: 2 documents outside --since/--until left out" in lines
    assert "vap parse: 1 document without an issued date kept (--keep-undated)" in lines


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--since", "2020-01-01"], ["b2020", "c2021", "d_undated"]),
        (["--until", "2020-03-12"], ["a2019", "b2020", "d_undated"]),
    ],
)
def test_keep_undated_keeps_the_documents_without_an_issued_date(
    folder: Path, args: list[str], expected: list[str]
) -> None:
    assert _sources(folder, *args, "--keep-undated") == expected


def test_keep_undated_keeps_them_in_a_database_too(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "out" / "d.sqlite"
    db.parent.mkdir()
    args = ["parse", str(folder), "--since", "2020-01-01", "--db", str(db)]
    first = CliRunner().invoke(cli, args)
    again = CliRunner().invoke(cli, args)
    assert "(2 of them outside --since/--until)" in again.stderr
    assert "1 document outside --since/--until and 1 without" in again.stderr
    kept = CliRunner().invoke(cli, [*args, "--keep-undated"])
    assert first.exit_code == again.exit_code == kept.exit_code == 0
    assert "1 document without an issued date kept" in kept.stderr


def test_fields_keep_only_the_chosen_fields(folder: Path) -> None:
    result = CliRunner().invoke(
        cli, ["parse", str(folder / "b2020.html"), "--fields", "issued,contacts"]
    )
    record = json.loads(result.stdout)
    assert record["issued"] == "2020-03-12"
    assert record["contacts"]["emails"] == ["info@vap.kg"]
    assert record["title"] is None and record["dates"] == []
    assert record["source"].endswith("b2020.html") and record["id"]


def _left_empty(value: object) -> bool:
    if isinstance(value, dict):
        return all(_left_empty(inner) for inner in value.values())
    return value is None or value == []


def test_fields_keep_the_language_and_leave_the_rest_plainly_empty(tmp_path: Path) -> None:
    # "unknown" is a real language: a Kyrgyz document must not read as one.
    page = tmp_path / "ky.txt"
    page.write_text(
        "Нарын облусунда семинар өттү\n\n12-марттан 2020-жылы Кочкор районунда"
        " мектептин мугалимдери үчүн семинар өткөрүлдү.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["parse", str(page), "--fields", "issued,places"])
    record = json.loads(result.stdout)
    assert record["language"] == "ky"
    assert record["places"]
    chosen = {"issued", "places", "id", "source", "language", "warnings", "duplicates"}
    assert [name for name in record if name not in chosen and not _left_empty(record[name])] == []


def test_fields_keep_the_language_in_a_database(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "f.sqlite"
    samples = Path(__file__).resolve().parent.parent / "samples"
    args = ["parse", str(samples), "-q", "--fields", "issued,places", "-o", str(db)]
    assert CliRunner().invoke(cli, args).exit_code == 0
    with sqlite3.connect(db) as con:
        languages = {row[0] for row in con.execute("SELECT language FROM documents")}
        titles = {row[0] for row in con.execute("SELECT title FROM documents")}
    assert "unknown" not in languages and languages <= {"ky", "ru", "mixed"}
    assert titles == {None}


@pytest.mark.parametrize(
    "args",
    [
        ["--fields", "dates,colour"],
        ["--fields", ""],
        ["--since", "12.03.2020"],
        ["--since", "2021-01-01", "--until", "2020-01-01"],
        ["--keep-undated"],
    ],
)
def test_bad_options_are_usage_errors(folder: Path, args: list[str]) -> None:
    result = CliRunner().invoke(cli, ["parse", str(folder), *args])
    assert result.exit_code == 2


def test_a_leap_day_is_a_day(folder: Path) -> None:
    # near miss of a day that does not exist: 29 February of a leap year is one
    assert _sources(folder, "--since", "2020-02-29", "--until", "2020-12-31") == ["b2020"]


def test_every_selectable_field_is_a_document_field() -> None:
    from vap_cli.models import Document

    assert set(SELECTABLE) | {"id", "source", "language", "warnings", "duplicates"} == set(
        Document.model_fields
    )


def test_help_says_undated_documents_are_left_out() -> None:
    result = CliRunner().invoke(cli, ["parse", "--help"])
    assert "without an issued date are left out" in " ".join(result.stdout.split())
