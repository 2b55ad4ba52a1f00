"""Events and organisations reach the CSV and SQLite tables (derived from the models)."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

from conftest import SAMPLES
from vap_cli import pipeline
from vap_cli.export import open_writer


def _write(fmt: str, dest: Path) -> None:
    writer = open_writer(fmt, str(dest))
    for prefix in ("000", "004"):
        (path,) = SAMPLES.glob(f"{prefix}_*.txt")
        writer.write(pipeline.parse_path(path))
    writer.close()


def test_sqlite_events_and_organizations(tmp_path: Path) -> None:
    db = tmp_path / "out.sqlite"
    _write("sqlite", db)
    con = sqlite3.connect(db)
    rows = con.execute(
        "SELECT d.source, e.kind, e.source, e.start, e.places, e.venue FROM events e "
        "JOIN documents d ON d.doc_id = e.doc_id ORDER BY d.source, e.idx"
    ).fetchall()
    table_rows = [r for r in rows if "004_" in r[0]]
    assert len(table_rows) == 12
    assert {r[2] for r in table_rows} == {"table"}
    first_place = json.loads(table_rows[0][4])[0]
    assert (first_place["level"], first_place["name"]) == ("district", "Ат-Башы")
    training = [r for r in rows if r[1] == "тренинг"]
    assert [(r[3], r[2]) for r in training] == [("2017-11-20", "prose")]
    orgs = con.execute("SELECT name, acronym, kind FROM organizations").fetchall()
    assert (
        "ЖӨБ иштери жана этностор аралык мамилелер боюнча мамлекеттик агенттик",
        "ЖӨБЭММА",
        "organization",
    ) in orgs
    assert any(kind == "project" for _, _, kind in orgs)
    # The dateline is a column of the places table.
    roles = con.execute("SELECT name, role FROM places WHERE role IS NOT NULL").fetchall()
    assert roles == [("Бишкек", "dateline")]


def test_csv_events_and_organizations(tmp_path: Path) -> None:
    out = tmp_path / "csv"
    _write("csv", out)
    with (out / "events.csv").open(encoding="utf-8") as fh:
        events = list(csv.DictReader(fh))
    assert {
        "doc_id",
        "kind",
        "start",
        "end",
        "duration_days",
        "venue",
        "places",
        "participants",
    } <= set(events[0])
    assert len(events) == 13
    with (out / "organizations.csv").open(encoding="utf-8") as fh:
        orgs = list(csv.DictReader(fh))
    assert {o["acronym"] for o in orgs} >= {"ЖӨБЭММА", "SDC", "ЖӨБ Союзу"}


# ---------------------------------------------------------------- warnings, a table of their own

# Team-written: a breakdown that does not add up and a date that does not exist.
DOUBTFUL = "Форумга 60 адам катышты, анын ичинде 75 аял. Күнү: 31.02.2020.\n"


def _write_doubtful(fmt: str, dest: Path, tmp_path: Path) -> None:
    path = tmp_path / "doubtful.txt"
    path.write_text(DOUBTFUL, encoding="utf-8")
    writer = open_writer(fmt, str(dest))
    writer.write(pipeline.parse_path(path))
    writer.close()


def test_sqlite_warnings_table_has_code_message_and_span(tmp_path: Path) -> None:
    db = tmp_path / "out.sqlite"
    _write_doubtful("sqlite", db, tmp_path)
    rows = sqlite3.connect(db).execute(
        "SELECT code, message, span_start, span_end FROM warnings ORDER BY idx"
    )
    assert sorted((code, DOUBTFUL[s:e]) for code, _, s, e in rows) == [
        ("breakdown_sum_mismatch", "60 адам"),
        ("invalid_date", "31.02.2020"),
    ]


def test_csv_warnings_table(tmp_path: Path) -> None:
    out = tmp_path / "csv"
    _write_doubtful("csv", out, tmp_path)
    with (out / "warnings.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["code"] for r in rows} == {"breakdown_sum_mismatch", "invalid_date"}
    assert "invalid date ignored: '31.02.2020'" in {r["message"] for r in rows}
