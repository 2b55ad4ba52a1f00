"""`vap convert`: records of `vap parse` written again in every format `vap parse`
writes, with the same tables and columns; an edited record (a false person dropped, a
place corrected: the README's batch clean-up) gives the tables of the edited record; a
bad record is one line naming its file and line. Documents written for these tests."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from vap_cli.cli import cli

ROOT = Path(__file__).resolve().parent.parent

KARAKOL = (
    "2023-жылдын 5-майында Каракол шаарында жергиликтүү кеңештердин депутаттары үчүн"
    " семинар өттү. Семинарга 40 депутат катышты.\n"
    "Семинарды Ысык-Көл облусундагы ыйгарым укуктуу өкүлдүн орун басары Бакыт Асанов"
    " ачты.\nКошумча маалымат үчүн: Айгүл Токтосунова, долбоордун адиси, тел.: 0555 12 34"
    " 56, a.toktosunova@dpi.kg\n"
)
NARYN = (
    "Нарын шаары, 2022-жылдын 14-марты\nНарын районунда коомдук угуу өттү, ага 120 тургун"
    " катышты: Эмгекчилден 70, Ак-Кыядан 50.\n"
)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture()
def parsed(tmp_path: Path) -> Path:
    """A folder of two documents and an empty file, parsed to corpus.jsonl with the
    stderr of the run in parse.log."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "karakol.txt").write_text(KARAKOL, encoding="utf-8")
    (inbox / "naryn.txt").write_text(NARYN, encoding="utf-8")
    (inbox / "empty.txt").write_bytes(b"")
    result = run("parse", str(inbox), "-q", "-o", str(tmp_path / "corpus.jsonl"))
    assert result.exit_code == 1  # the empty file
    (tmp_path / "parse.log").write_text(result.stderr, encoding="utf-8")
    return tmp_path


def tables_of(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as connection:
        names = [
            n
            for (n,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name"
            )
        ]
        return {n: connection.execute(f'SELECT * FROM "{n}"').fetchall() for n in names}


def folder_of(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.iterdir())}


@pytest.mark.parametrize("out", ["tables/", "corpus.sqlite", "corpus.xlsx", "c.json", "c.jsonl"])
def test_unedited_records_give_what_parse_gives(parsed: Path, out: str) -> None:
    if out.endswith(".xlsx"):
        pytest.importorskip("openpyxl")
    inbox, records, log = parsed / "inbox", parsed / "corpus.jsonl", parsed / "parse.log"
    # (a Path drops the slash that makes -o a folder)
    by_parse, by_convert = (f"{parsed / side}/{out}" for side in ("p", "c"))
    assert run("parse", str(inbox), "-q", "-o", str(by_parse)).exit_code == 1
    done = run("convert", str(records), "--errors", str(log), "-o", str(by_convert))
    assert done.exit_code == 0, done.stderr
    assert "vap convert: 2 records, 1 file in errors, 0 failed" in done.stderr
    if out.endswith("/"):
        assert folder_of(Path(by_convert)) == folder_of(Path(by_parse))  # errors.csv too
    elif out.endswith(".sqlite"):
        tables = tables_of(Path(by_convert))
        assert tables == tables_of(Path(by_parse))
        assert [source for source, *_ in tables["errors"]] == [str(inbox / "empty.txt")]
        assert all(sha256 for *_, sha256, _removed in tables["sources"])
    else:
        assert Path(by_convert).read_bytes() == Path(by_parse).read_bytes()


def test_errors_read_back_from_the_log_keep_names_with_control_characters(
    tmp_path: Path,
) -> None:
    """A name holding a newline, a tab and a backslash, escaped in parse's error line:
    `--errors parse.log` reads it back as it is, as parse's own errors table has it."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "naryn.txt").write_text(NARYN, encoding="utf-8")
    name = "em\npty\t\\n.txt"
    (inbox / name).write_bytes(b"")
    result = run("parse", str(inbox), "-q", "-o", str(tmp_path / "corpus.jsonl"))
    assert result.exit_code == 1
    (tmp_path / "parse.log").write_text(result.stderr, encoding="utf-8")
    assert run("parse", str(inbox), "-q", "-o", str(tmp_path / "p.sqlite")).exit_code == 1
    done = run(
        "convert",
        str(tmp_path / "corpus.jsonl"),
        "--errors",
        str(tmp_path / "parse.log"),
        "-o",
        str(tmp_path / "c.sqlite"),
    )
    assert done.exit_code == 0, done.stderr
    errors = tables_of(tmp_path / "c.sqlite")["errors"]
    assert errors == tables_of(tmp_path / "p.sqlite")["errors"]
    assert [source for source, *_ in errors] == [str(inbox / name)]


def _readme_fix() -> str:
    """The README's fix.py (its batch clean-up's Python), as written there."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"```python\n(# fix\.py.*?)```", readme, re.DOTALL)
    assert found, "the README's fix.py"
    return found.group(1)


def test_the_readmes_fix_then_convert_gives_the_tables_of_the_edited_records(parsed):
    """parse -> edit (the README's fix.py: drop a false person, correct a place) ->
    convert: the tables are parse's, less the person and with the place corrected."""
    fix = parsed / "fix.py"
    fix.write_text(_readme_fix(), encoding="utf-8")
    edited = subprocess.run(
        [sys.executable, str(fix), str(parsed / "corpus.jsonl")],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    (parsed / "fixed.jsonl").write_text(edited, encoding="utf-8")
    log = str(parsed / "parse.log")
    assert run("parse", str(parsed / "inbox"), "-q", "-o", str(parsed / "p.sqlite")).exit_code
    done = run(
        "convert", str(parsed / "fixed.jsonl"), "--errors", log, "-o", str(parsed / "c.sqlite")
    )
    assert done.exit_code == 0, done.stderr
    before, after = tables_of(parsed / "p.sqlite"), tables_of(parsed / "c.sqlite")
    changed = {name for name in before if before[name] != after[name]}
    assert changed == {"persons", "contacts", "places", "events", "event_rows", "events_view"}
    with sqlite3.connect(parsed / "c.sqlite") as db:
        assert db.execute("SELECT name, idx FROM persons").fetchall() == [("Айгүл Токтосунова", 0)]
        # the phone and e-mail point at her new index
        assert db.execute("SELECT DISTINCT person FROM contacts").fetchall() == [(0,)]
        assert db.execute("SELECT name, soate, oblast FROM places WHERE level = 'city'").fetchall()[
            :1
        ] == [("Кара-Көл", "41703440000010", "Жалал-Абад")]
        assert db.execute(
            "SELECT city, city_soate, oblast FROM event_rows WHERE city IS NOT NULL"
        ).fetchall() == [("Кара-Көл", "41703440000010", "Жалал-Абад")]


def test_a_bad_record_is_one_line_naming_its_file_and_line(parsed: Path) -> None:
    good = (parsed / "corpus.jsonl").read_text(encoding="utf-8").splitlines()
    wrong_count = json.loads(good[0])
    wrong_count["participants"][0]["count"] = "many"
    dangling = json.loads(good[1])
    dangling["participants"][1]["part_of"] = 7  # a total dropped, its rows not renumbered
    lines = [good[0], good[1][:40], json.dumps(wrong_count), "", json.dumps(dangling), good[1]]
    bad = parsed / "bad.jsonl"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = run("convert", str(bad), "-o", f"{parsed / 'out'}/")
    assert done.exit_code == 1
    errors = [line for line in done.stderr.splitlines() if line.startswith("vap: error:")]
    assert [e.split(": ")[2] for e in errors] == [f"{bad}:2", f"{bad}:3", f"{bad}:5"]
    assert errors[1].endswith(
        "not a record of vap parse: participants.0.count: Input should be a valid integer,"
        " unable to parse string as an integer"
    )
    assert errors[2].endswith("participants[1].part_of is 7: no other participant has it")
    assert "vap convert: 2 records, 3 failed" in done.stderr  # lines 1 and 6 are written
    assert len((parsed / "out" / "documents.csv").read_text().splitlines()) == 3


def test_a_json_arrays_bad_item_is_named_by_its_line(parsed: Path) -> None:
    docs = [json.loads(line) for line in (parsed / "corpus.jsonl").read_text().splitlines()]
    docs[1]["language"] = "klingon"
    array = parsed / "corpus.json"
    array.write_text(json.dumps(docs, ensure_ascii=False, indent=1), encoding="utf-8")
    starts = [k for k, line in enumerate(array.read_text().splitlines()) if line == " {"]
    at = starts[1] + 1  # the line the second record starts on
    done = run("convert", str(array))
    assert done.exit_code == 1
    assert f"vap: error: {array}:{at}: not a record of vap parse: language:" in done.stderr
    assert len(done.stdout.splitlines()) == 1


def test_records_from_standard_input_and_errors_from_a_csv_table(parsed: Path) -> None:
    assert run("parse", str(parsed / "inbox"), "-q", "-o", f"{parsed / 'p'}/").exit_code == 1
    records = (parsed / "corpus.jsonl").read_text(encoding="utf-8")
    errors = str(parsed / "p" / "errors.csv")
    done = CliRunner().invoke(
        cli, ["convert", "-", "--errors", errors, "-o", f"{parsed / 'c'}/"], input=records
    )
    assert done.exit_code == 0, done.stderr
    assert folder_of(parsed / "c") == folder_of(parsed / "p")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["convert", "samples"], "samples: convert reads records of vap parse"),
        (["convert", "x.jsonl", "-o", "x.csv"], "x.csv: a CSV file holds one table"),
        (["convert", "-", "-"], "standard input ('-') can be read once"),
    ],
)
def test_usage_errors_are_one_line(args: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, args, prog_name="vap")
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"vap convert: error: {message}")
