"""The SQLite corpus: incremental `vap parse --db`, stored text with full-text
search, the events view, and Datasette serving it with facets from the metadata."""

from __future__ import annotations

import asyncio
import gc
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from vap_cli.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
# A run that takes longer has hung (waiting on a FIFO, say).
PROCESS_TIMEOUT_S = 60
# A sentence of our own, appended to make a file "changed".
ADDED = "\n2024-жылдын 5-мартында Нарын шаарында жыйын өттү, ага 31 адам катышты.\n"


def add_sentence(path: Path) -> None:
    """Change a file: our sentence appended."""
    path.write_text(path.read_text(encoding="utf-8") + ADDED, encoding="utf-8")


def parse(*args: str):
    return CliRunner().invoke(cli, ["parse", *args], catch_exceptions=False)


def rows(db: Path, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql, params).fetchall()


@pytest.fixture()
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    """Three samples in a folder, parsed into corpus.sqlite."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt"))[:3]:
        shutil.copy(sample, folder / sample.name)
    db = tmp_path / "corpus.sqlite"
    result = parse(str(folder), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "3 new or changed files, 0 unchanged" in result.stderr
    return folder, db


def test_a_rerun_parses_only_the_changed_and_the_new_file(corpus):
    folder, db = corpus
    kept, changed, gone = sorted(folder.iterdir())
    # A mark in the row of the untouched file: a re-parse of it would erase it.
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE documents SET title = 'MARK' WHERE source = ?", [str(kept)])
    add_sentence(changed)
    gone.unlink()
    new = sorted(SAMPLES.glob("*.txt"))[3]
    shutil.copy(new, folder / new.name)

    result = parse(str(folder), "--db", str(db))

    assert result.exit_code == 0, result.output
    assert "2 new or changed files, 1 unchanged" in result.stderr
    assert "vap parse: 2 files, 0 failed" in result.stderr
    assert "1 file flagged removed" in result.stderr
    assert rows(db, "SELECT title FROM documents WHERE source = ?", str(kept)) == [("MARK",)]
    by_source = dict(rows(db, "SELECT source, removed FROM documents"))
    assert by_source == {str(kept): 0, str(changed): 0, str(gone): 1, str(folder / new.name): 0}
    assert rows(db, "SELECT removed FROM sources WHERE source = ?", str(gone)) == [(1,)]
    counts = rows(
        db,
        "SELECT p.count FROM participants p JOIN documents d USING (doc_id) WHERE d.source = ?",
        str(changed),
    )
    assert (31,) in counts
    # one document per file: the changed file's old rows were replaced, not added to
    assert rows(db, "SELECT count(*) FROM documents") == [(4,)]
    assert rows(db, "PRAGMA foreign_key_check") == []


def test_an_unchanged_folder_parses_nothing(corpus):
    folder, db = corpus
    before = rows(db, "SELECT * FROM documents ORDER BY doc_id")
    result = parse(str(folder), "--db", str(db))
    assert result.exit_code == 0
    assert "0 new or changed files, 3 unchanged" in result.stderr
    assert rows(db, "SELECT * FROM documents ORDER BY doc_id") == before


def test_a_mistyped_folder_flags_nothing_removed(corpus, tmp_path):
    folder, db = corpus
    before = rows(db, "SELECT source, removed FROM sources ORDER BY source")
    for wrong in (tmp_path / "inbx", tmp_path / "inbox" / "no-such.txt"):
        result = parse(str(wrong), "--db", str(db))
        assert result.exit_code != 0  # the missing input is a failure
        assert f"nothing flagged removed in {db}: {wrong} does not exist" in result.stderr
        assert "flagged removed in" not in result.stderr.replace("nothing flagged", "")
        assert rows(db, "SELECT source, removed FROM sources ORDER BY source") == before
    # near miss: the folder itself, less a file, still flags that file
    gone = sorted(folder.iterdir())[0]
    gone.unlink()
    result = parse(str(folder), "--db", str(db))
    assert "1 file flagged removed" in result.stderr
    assert rows(db, "SELECT removed FROM sources WHERE source = ?", str(gone)) == [(1,)]


@pytest.mark.parametrize("wrong", ["dbx", "inbox/no-such.txt"])
def test_a_path_that_does_not_exist_gets_no_summary_and_no_new_database(tmp_path, wrong):
    (tmp_path / "inbox").mkdir()
    db = tmp_path / "new.sqlite"
    result = parse(str(tmp_path / wrong), "--db", str(db))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"vap: error: {tmp_path / wrong}: no such file or folder"]
    assert not db.exists()


def test_a_path_that_does_not_exist_beside_one_that_does_is_no_new_file(corpus, tmp_path):
    # near miss: a folder that exists is parsed; the mistyped one beside it is only an error
    folder, _ = corpus
    db = tmp_path / "other.sqlite"
    result = parse(str(tmp_path / "dbx"), str(folder), "--db", str(db))
    files = len(list(folder.iterdir()))
    assert result.exit_code == 1
    assert f"vap parse: {files} new or changed files, 0 unchanged" in result.stderr
    assert f"vap: error: {tmp_path / 'dbx'}: no such file or folder" in result.stderr


def test_a_folder_whose_files_were_all_removed_flags_them_all(corpus, tmp_path):
    """An emptied folder is news for the database, not 'no documents to read'."""
    folder, db = corpus
    for path in folder.iterdir():
        path.unlink()
    (folder / "notes.odt").write_bytes(b"not a document vap reads")  # skipped, not read
    result = parse(str(folder), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "3 files flagged removed" in result.stderr
    assert rows(db, "SELECT DISTINCT removed FROM documents") == [(1,)]
    # near miss: without --db an empty folder is still an error
    result = parse(str(folder))
    assert result.exit_code == 1 and "no documents to read" in result.stderr


def test_a_removed_file_that_comes_back_is_no_longer_flagged(corpus, tmp_path):
    folder, db = corpus
    gone = sorted(folder.iterdir())[2]
    kept_aside = tmp_path / gone.name
    gone.rename(kept_aside)
    assert parse(str(folder), "--db", str(db)).exit_code == 0
    assert rows(db, "SELECT removed FROM documents WHERE source = ?", str(gone)) == [(1,)]
    kept_aside.rename(gone)
    result = parse(str(folder), "--db", str(db))
    assert "1 new or changed file, 2 unchanged" in result.stderr
    assert rows(db, "SELECT removed FROM documents WHERE source = ?", str(gone)) == [(0,)]
    assert rows(db, "SELECT removed FROM sources WHERE source = ?", str(gone)) == [(0,)]


def test_a_folder_spelled_another_way_is_the_same_files(tmp_path, monkeypatch):
    """`week1/`, `./week1` and the absolute path are one folder: a rerun under another
    spelling finds every file unchanged and flags nothing; the rows take the spelling
    given last. A file really gone is still flagged, whatever the spelling."""
    monkeypatch.chdir(tmp_path)
    Path("week1").mkdir()
    for sample in sorted(SAMPLES.glob("*.txt"))[:3]:
        shutil.copy(sample, Path("week1") / sample.name)
    names = sorted(p.name for p in Path("week1").iterdir())
    result = parse("week1/", "--db", "w.sqlite")
    assert "3 new or changed files, 0 unchanged" in result.stderr
    for spelling in ("./week1", str(tmp_path / "week1"), "week1"):
        result = parse(spelling, "--db", "w.sqlite")
        assert result.exit_code == 0, result.output
        assert "0 new or changed files, 3 unchanged" in result.stderr
        assert "flagged removed" not in result.stderr
        held = [os.path.join(spelling, name) for name in names]
        assert rows(Path("w.sqlite"), "SELECT source, removed FROM sources ORDER BY source") == [
            (path, 0) for path in held
        ]
        assert rows(Path("w.sqlite"), "SELECT source FROM documents ORDER BY source") == [
            (path,) for path in held
        ]
    (Path("week1") / names[0]).unlink()
    result = parse("./week1/", "--db", "w.sqlite")
    assert "0 new or changed files, 2 unchanged" in result.stderr
    assert "1 file flagged removed" in result.stderr
    flagged = rows(Path("w.sqlite"), "SELECT source FROM sources WHERE removed = 1")
    assert flagged == [(os.path.join("week1", names[0]),)]  # its spelling as last held


def test_a_database_of_the_old_spelling_rows_is_mended_by_a_rerun(tmp_path, monkeypatch):
    """A database an older vap left with two spellings of each file (the one given
    first flagged removed, the other live) takes the spelling given now: nothing is
    parsed or flagged, one row per file."""
    monkeypatch.chdir(tmp_path)
    Path("week1").mkdir()
    for sample in sorted(SAMPLES.glob("*.txt"))[:2]:
        shutil.copy(sample, Path("week1") / sample.name)
    assert parse("week1", "--db", "w.sqlite").exit_code == 0
    with sqlite3.connect("w.sqlite") as connection:  # what the old code did on ./week1
        connection.execute("UPDATE sources SET removed = 1")
        connection.execute(
            "INSERT INTO sources SELECT './' || source, doc_id, sha256, 0 FROM sources"
        )
        connection.execute("UPDATE documents SET source = './' || source")
        connection.execute("UPDATE event_rows SET source = './' || source")
    result = parse("week1", "--db", "w.sqlite")
    assert "0 new or changed files, 2 unchanged" in result.stderr
    assert "flagged removed" not in result.stderr
    assert rows(Path("w.sqlite"), "SELECT count(*), sum(removed) FROM sources") == [(2, 0)]
    assert rows(Path("w.sqlite"), "SELECT DISTINCT substr(source, 1, 6) FROM event_rows") == [
        ("week1/",)
    ]


def test_a_database_written_with_o_is_updated_by_db_as_its_own(tmp_path):
    """-o writes every file's SHA-256 in `sources`, as --db does: updating that
    database with --db parses only what changed since."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt"))[:2]:
        shutil.copy(sample, folder / sample.name)
    db = tmp_path / "corpus.sqlite"
    assert parse(str(folder), "-o", str(db), "-q").exit_code == 0
    changed = sorted(folder.iterdir())[1]
    add_sentence(changed)

    result = parse(str(folder), "--db", str(db))

    assert "1 new or changed file, 1 unchanged" in result.stderr
    digests = dict(rows(db, "SELECT source, sha256 FROM sources"))
    assert digests == {
        str(path): hashlib.sha256(path.read_bytes()).hexdigest() for path in folder.iterdir()
    }


def test_the_text_is_stored_with_a_full_text_index(corpus):
    folder, db = corpus
    changed = sorted(folder.iterdir())[1]
    add_sentence(changed)
    assert parse(str(folder), "--db", str(db)).exit_code == 0
    found = rows(
        db,
        "SELECT d.source FROM texts_fts JOIN texts t ON t.rowid = texts_fts.rowid "
        "JOIN documents d ON d.doc_id = t.doc_id WHERE texts_fts MATCH ?",
        "жыйын",
    )
    assert found == [(str(changed),)]
    text = rows(
        db, "SELECT text FROM texts JOIN documents USING (doc_id) WHERE source = ?", str(changed)
    )
    assert text[0][0] == changed.read_text(encoding="utf-8")


def test_columns_are_named_doc_id_and_soate(corpus):
    _folder, db = corpus
    with sqlite3.connect(db) as connection:
        columns = {
            table: [r[1] for r in connection.execute(f'PRAGMA table_info("{table}")')]
            for table in ("documents", "places", "participants", "events")
        }
    assert columns["documents"][0] == "doc_id" and "id" not in columns["documents"]
    assert "soate" in columns["places"] and "id" not in columns["places"]
    assert "place_soate" in columns["participants"]
    assert columns["events"][:2] == ["doc_id", "idx"]


def test_the_events_view_gives_oblast_year_and_participants(corpus):
    _folder, db = corpus
    view = rows(
        db,
        "SELECT kind, oblast, year, participants FROM events_view WHERE source LIKE '%000_%'",
    )
    # the sample's training: 385 participants across five oblasts in 2017
    assert ("тренинг", "(several)", 2017, 385) in view


def test_the_events_view_leaves_out_the_events_of_removed_files(corpus):
    """The view is the live corpus, as `vap report` draws it: a removed file's events
    stay in event_rows (flagged through documents.removed) but leave the view, and
    the frames' view, so the README's pivots count no deleted file."""
    folder, db = corpus
    gone = next(path for path in sorted(folder.iterdir()) if "000_" in path.name)
    gone.unlink()
    assert "1 file flagged removed" in parse(str(folder), "--db", str(db)).stderr
    in_rows = rows(db, "SELECT count(*) FROM event_rows WHERE source = ?", str(gone))
    assert in_rows[0][0] > 0  # kept, flagged
    assert rows(db, "SELECT count(*) FROM events_view WHERE source = ?", str(gone)) == [(0,)]
    live = rows(
        db,
        "SELECT count(*) FROM event_rows JOIN documents d USING (doc_id) WHERE d.removed = 0",
    )
    assert rows(db, "SELECT count(*) FROM events_view") == live
    pytest.importorskip("pandas")
    from vap_cli.frames import frames

    view = frames(db)["events_view"]
    assert len(view) == live[0][0] and str(gone) not in set(view["source"])
    # near miss: a database written before the view left them out is read the same
    with sqlite3.connect(db) as connection:
        connection.execute("DROP VIEW events_view")
        connection.execute("CREATE VIEW events_view AS SELECT * FROM event_rows")
    assert len(frames(db)["events_view"]) == live[0][0]


def test_a_database_that_is_not_one_is_a_usage_error(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database", encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(SAMPLES), "--db", str(bad)])
    assert result.exit_code == 2
    assert "bad.sqlite" in result.output and "Traceback" not in result.output


# SQLite's result code of a full disk (sqlite3.h)
SQLITE_FULL = 13


@pytest.mark.parametrize("folder", ["", "new/"], ids=["beside", "in-a-new-folder"])
def test_a_database_the_disk_cannot_hold_is_exit_1_and_leaves_nothing(
    tmp_path, monkeypatch, folder
):
    """A full disk (or a read-only folder) when --db opens a new database: the output
    could not be written, exit 1 in one line, not a usage error; and the database,
    its -wal and -shm and the folder made for it are gone."""
    from vap_cli.export.sqlite_db import CorpusDb

    set_up = CorpusDb._set_up

    def full(self, scratch):
        set_up(self, scratch)  # the files are made, as a disk filling up makes them
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = SQLITE_FULL
        raise error

    monkeypatch.setattr(CorpusDb, "_set_up", full)
    out = tmp_path / "out"
    out.mkdir()
    result = CliRunner().invoke(cli, ["parse", str(SAMPLES), "-q", "--db", f"{out}/{folder}c.db"])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"vap: error: {out}/{folder}c.db: cannot write the output: database or disk is full"
    ]
    assert list(out.iterdir()) == []


def test_a_folder_named_as_the_database_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["parse", str(SAMPLES), "--db", str(tmp_path)])
    assert result.exit_code == 2


def test_db_takes_no_other_output(tmp_path):
    result = CliRunner().invoke(
        cli, ["parse", str(SAMPLES), "--db", str(tmp_path / "c.db"), "-o", str(tmp_path / "x.json")]
    )
    assert result.exit_code == 2


def test_datasette_serves_the_events_view_with_facets(corpus):
    datasette_app = pytest.importorskip("datasette.app")
    _folder, db = corpus
    metadata_file = db.with_name("corpus.metadata.json")
    metadata = json.loads(metadata_file.read_text(encoding="utf-8"))
    app = datasette_app.Datasette([str(db)], metadata=metadata)

    async def get(path: str) -> dict:
        response = await app.client.get(path)
        assert response.status_code == 200, response.text
        return response.json()

    events = asyncio.run(get("/corpus/events_view.json?_extra=facet_results"))
    facets = events["facet_results"]
    facets = facets.get("results", facets)  # 0.64 and 1.0 shapes
    assert {"kind", "oblast", "year"} <= set(facets)
    kinds = {item["value"]: item["count"] for item in facets["kind"]["results"]}
    assert kinds["тренинг"] >= 1
    documents = asyncio.run(get("/corpus/documents.json?_extra=facet_results"))
    doc_facets = documents["facet_results"]
    assert "language" in doc_facets.get("results", doc_facets)
    search = asyncio.run(get("/corpus/texts.json?_search=Нарын&_shape=array"))
    assert search and all("Нарын" in row["text"] for row in search)
    # the search box finds a word with its endings, as the README's sqlite3 query does
    prefix = asyncio.run(get("/corpus/texts.json?_search=тренинг*&_shape=array"))
    matched = rows(
        db,
        "SELECT doc_id FROM texts WHERE rowid IN "
        "(SELECT rowid FROM texts_fts WHERE texts_fts MATCH 'тренинг*')",
    )
    assert sorted(row["doc_id"] for row in prefix) == sorted(doc_id for (doc_id,) in matched)
    # near miss: the bare word finds fewer (тренингдер is not тренинг)
    bare = asyncio.run(get("/corpus/texts.json?_search=тренинг&_shape=array"))
    assert len(bare) < len(prefix)


@pytest.mark.parametrize("option", ["-o", "--db"])
def test_the_metadata_is_beside_the_name_given_even_a_link(tmp_path, option):
    """`datasette link.sqlite -m link.metadata.json` names the database 'link': the
    metadata of a database written through a link is that name's, by -o as by --db."""
    (tmp_path / "store").mkdir()
    link = tmp_path / "link.sqlite"
    link.symlink_to(tmp_path / "store" / "real.sqlite")
    result = parse(str(SAMPLES / "000_7de6523ac942d557.txt"), option, str(link), "-q")
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and (tmp_path / "store" / "real.sqlite").is_file()
    metadata = json.loads((tmp_path / "link.metadata.json").read_text(encoding="utf-8"))
    assert list(metadata["databases"]) == ["link"]
    assert not (tmp_path / "store" / "real.metadata.json").exists()


def test_a_database_of_other_tables_is_a_usage_error(tmp_path):
    db = tmp_path / "old.sqlite"
    with sqlite3.connect(db) as connection:
        connection.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, source TEXT)")
    result = CliRunner().invoke(cli, ["parse", str(SAMPLES), "--db", str(db)])
    assert result.exit_code == 2
    assert "old.sqlite" in result.output and "new database" in result.output


def test_every_column_of_the_database_has_a_description_for_datasette(corpus):
    _folder, db = corpus
    metadata = json.loads(db.with_name("corpus.metadata.json").read_text(encoding="utf-8"))
    described = metadata["databases"]["corpus"]["tables"]
    relations = rows(
        db,
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
        " AND name NOT LIKE 'texts_fts%'",
    )
    assert {"documents", "places", "event_rows", "sources", "texts", "events_view"} <= {
        name for (name,) in relations
    }
    for (name,) in relations:
        columns = [column for _cid, column, *_ in rows(db, f'PRAGMA table_info("{name}")')]
        descriptions = described.get(name, {}).get("columns", {})
        undescribed = [c for c in columns if not descriptions.get(c)]
        assert not undescribed, f"{name}: {undescribed}"
        assert set(descriptions) <= set(columns), name  # none for a column that is not there
    # spot checks: a nested column takes its record's description, a key its own
    places = described["places"]["columns"]
    assert "text[start:end]" in places["span_end"]
    assert "joins documents.doc_id" in places["doc_id"]
    assert described["participants"]["columns"]["place_soate"].startswith("SOATE code")


# --since/--until with --db: a file the range left out is remembered (outside_range) and,
# while unchanged and still out of range, not parsed again.
@pytest.fixture()
def dated(tmp_path: Path) -> tuple[Path, Path]:
    """The samples (issued 2020, 2021, 2017, and two without a date) parsed into a
    database with --since 2020-01-01: three left out."""
    folder = tmp_path / "inbox"
    shutil.copytree(SAMPLES, folder)
    db = tmp_path / "dated.sqlite"
    result = parse(str(folder), "--db", str(db), "--since", "2020-01-01")
    assert result.exit_code == 0, result.output
    assert (
        "1 document outside --since/--until and 2 without an issued date left out" in result.stderr
    )
    return folder, db


def test_a_rerun_with_the_same_range_parses_nothing(dated):
    folder, db = dated
    result = parse(str(folder), "--db", str(db), "--since", "2020-01-01")
    assert result.exit_code == 0, result.output
    assert "0 new or changed files, 5 unchanged (3 of them outside" in result.stderr
    assert "vap parse: 0 files, 0 failed" in result.stderr
    assert (
        "1 document outside --since/--until and 2 without an issued date left out" in result.stderr
    )
    assert rows(db, "SELECT issued FROM documents ORDER BY issued") == [
        ("2020-03-12",),
        ("2021-07-08",),
    ]
    assert len(rows(db, "SELECT * FROM outside_range")) == 3


def test_a_wider_range_parses_what_the_narrower_one_left_out(dated):
    folder, db = dated
    result = parse(str(folder), "--db", str(db), "--since", "2017-01-01")
    # the 2017 document is now in range; the two without a date stay out, unparsed
    assert "1 new or changed file, 4 unchanged (2 of them outside" in result.stderr
    assert ("2017-10-25",) in rows(db, "SELECT issued FROM documents")
    without_range = parse(str(folder), "--db", str(db))
    assert "2 new or changed files, 3 unchanged" in without_range.stderr
    assert rows(db, "SELECT count(*) FROM documents") == [(5,)]
    assert rows(db, "SELECT * FROM outside_range") == []


def test_a_left_out_file_that_changed_is_parsed_again(dated):
    folder, db = dated
    undated = folder / "000_7de6523ac942d557.txt"
    add_sentence(undated)
    result = parse(str(folder), "--db", str(db), "--since", "2020-01-01")
    assert "1 new or changed file, 4 unchanged (2 of them outside" in result.stderr
    gone = folder / "002_3d7c7275433fab36.txt"
    gone.unlink()
    parse(str(folder), "--db", str(db), "--since", "2020-01-01")
    assert str(gone) not in [r[0] for r in rows(db, "SELECT source FROM outside_range")]


def test_a_parsed_file_changed_to_a_date_out_of_range_loses_its_rows(dated):
    """A file in the database, changed so that its issued date is now outside the range,
    is a changed file: its old rows go and it is remembered as left out."""
    folder, db = dated
    moved = folder / "001_09dcb3baf791aa0b.txt"  # issued 12.03.2020, in range
    old_id = rows(db, "SELECT doc_id FROM sources WHERE source = ?", str(moved))[0][0]
    assert rows(db, "SELECT count(*) FROM places WHERE doc_id = ?", old_id) != [(0,)]
    moved.write_text(
        moved.read_text(encoding="utf-8").replace("12.03.2020 09:50", "12.03.2015 09:50"),
        encoding="utf-8",
    )

    result = parse(str(folder), "--db", str(db), "--since", "2020-01-01")

    assert result.exit_code == 0, result.output
    assert "1 new or changed file, 4 unchanged (3 of them outside" in result.stderr
    assert (
        "2 documents outside --since/--until and 2 without an issued date left out" in result.stderr
    )
    assert rows(db, "SELECT issued FROM documents") == [("2021-07-08",)]
    assert rows(db, "SELECT source FROM sources WHERE source = ?", str(moved)) == []
    for table in ("places", "texts", "event_rows"):
        assert rows(db, f"SELECT count(*) FROM {table} WHERE doc_id = ?", old_id) == [(0,)]
    assert (str(moved), "2015-03-12") in rows(db, "SELECT source, issued FROM outside_range")
    # unchanged and still out of range now: not parsed again
    again = parse(str(folder), "--db", str(db), "--since", "2020-01-01")
    assert "0 new or changed files, 5 unchanged (4 of them outside" in again.stderr


def test_a_parsed_file_changed_but_still_in_range_keeps_its_new_rows(dated):
    # near miss: a change that keeps the date in range replaces the rows, nothing left out
    folder, db = dated
    changed = folder / "001_09dcb3baf791aa0b.txt"
    add_sentence(changed)
    result = parse(str(folder), "--db", str(db), "--since", "2020-01-01")
    assert "1 new or changed file, 4 unchanged (3 of them outside" in result.stderr
    assert rows(db, "SELECT issued FROM documents ORDER BY issued") == [
        ("2020-03-12",),
        ("2021-07-08",),
    ]
    assert str(changed) not in [r[0] for r in rows(db, "SELECT source FROM outside_range")]


# Two paths with one text are one document (ids come from the text), its rows under the
# first path. A change of either path must not take the rows from the other.
DATED_SAMPLE = SAMPLES / "001_09dcb3baf791aa0b.txt"  # issued 12.03.2020


def twins(tmp_path: Path, *range_args: str) -> tuple[Path, Path, str]:
    """a.txt and b.txt with one text parsed into a database: the folder, the database
    and the document's id (a.txt owns its rows, b.txt is listed in sources)."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copy(DATED_SAMPLE, folder / name)
    db = tmp_path / "twins.sqlite"
    result = parse(str(folder), "--db", str(db), *range_args)
    assert result.exit_code == 0, result.output
    (doc_id,) = {doc_id for (doc_id,) in rows(db, "SELECT doc_id FROM sources")}
    assert rows(db, "SELECT source FROM documents") == [(str(folder / "a.txt"),)]
    return folder, db, doc_id


def holds_rows(db: Path, doc_id: str, source: Path) -> bool:
    """The document is in the database under `source`, with its places and text."""
    owner = rows(db, "SELECT source, removed FROM documents WHERE doc_id = ?", doc_id)
    places = rows(db, "SELECT count(*) FROM places WHERE doc_id = ?", doc_id)
    texts = rows(db, "SELECT count(*) FROM texts WHERE doc_id = ?", doc_id)
    return owner == [(str(source), 0)] and places != [(0,)] and texts == [(1,)]


@pytest.mark.parametrize(("changed", "other"), [("b.txt", "a.txt"), ("a.txt", "b.txt")])
def test_one_of_two_files_with_one_text_changed_leaves_the_other_its_rows(tmp_path, changed, other):
    folder, db, doc_id = twins(tmp_path)
    path = folder / changed
    add_sentence(path)

    result = parse(str(folder), "--db", str(db))

    assert "1 new or changed file, 1 unchanged" in result.stderr
    assert holds_rows(db, doc_id, folder / other)  # the first path's owner may change
    (new_id,) = rows(db, "SELECT doc_id FROM sources WHERE source = ?", str(path))[0]
    assert new_id != doc_id and holds_rows(db, new_id, path)
    counts = rows(db, "SELECT count FROM participants WHERE doc_id = ?", new_id)
    assert (31,) in counts
    assert rows(db, "SELECT source FROM event_rows WHERE doc_id = ? LIMIT 1", doc_id) == [
        (str(folder / other),)
    ]
    assert rows(db, "PRAGMA foreign_key_check") == []
    again = parse(str(folder), "--db", str(db))
    assert "0 new or changed files, 2 unchanged" in again.stderr


@pytest.mark.parametrize(("changed", "other"), [("b.txt", "a.txt"), ("a.txt", "b.txt")])
def test_one_of_two_files_with_one_text_changed_out_of_range_leaves_the_other_its_rows(
    tmp_path, changed, other
):
    folder, db, doc_id = twins(tmp_path, "--since", "2020-01-01")
    path = folder / changed
    path.write_text(
        path.read_text(encoding="utf-8").replace("12.03.2020 09:50", "12.03.2015 09:50"),
        encoding="utf-8",
    )

    result = parse(str(folder), "--db", str(db), "--since", "2020-01-01")

    assert "1 document outside --since/--until left out" in result.stderr
    assert holds_rows(db, doc_id, folder / other)
    assert rows(db, "SELECT source FROM sources") == [(str(folder / other),)]
    assert rows(db, "SELECT source, issued FROM outside_range") == [(str(path), "2015-03-12")]
    again = parse(str(folder), "--db", str(db), "--since", "2020-01-01")
    assert "0 new or changed files, 2 unchanged (1 of them outside" in again.stderr


@pytest.mark.parametrize("copies", [("a.txt",), ("a.txt", "b.txt")])
def test_a_text_no_path_holds_any_more_loses_its_rows(tmp_path, copies):
    # near miss: the only file of a text, or every copy of it, changed: its rows go
    folder, db, doc_id = twins(tmp_path)
    if len(copies) == 1:
        (folder / "b.txt").write_text(ADDED, encoding="utf-8")  # a text of its own
    for name in copies:
        path = folder / name
        add_sentence(path)

    result = parse(str(folder), "--db", str(db))

    assert "2 new or changed files, 0 unchanged" in result.stderr
    for table in ("documents", "places", "texts", "event_rows"):
        assert rows(db, f"SELECT count(*) FROM {table} WHERE doc_id = ?", doc_id) == [(0,)]
    new_ids = {doc_id for (doc_id,) in rows(db, "SELECT doc_id FROM sources")}
    assert {doc_id for (doc_id,) in rows(db, "SELECT doc_id FROM documents")} == new_ids
    assert rows(db, "PRAGMA foreign_key_check") == []


@pytest.mark.parametrize(
    ("gone", "added", "owner"),
    [(("a.txt",), (), "b.txt"), (("a.txt", "b.txt"), ("c.txt",), "c.txt")],
)
def test_a_document_is_flagged_removed_only_when_no_path_of_it_is_read(
    tmp_path, gone, added, owner
):
    """The first path removed, the second still read: the document stays, unflagged,
    under the second; both removed and the text back under a third name: the same."""
    folder, db, doc_id = twins(tmp_path)
    for name in added:
        shutil.copy(DATED_SAMPLE, folder / name)
    for name in gone:
        (folder / name).unlink()

    result = parse(str(folder), "--db", str(db))

    (flagged,) = [line for line in result.stderr.splitlines() if "flagged removed" in line]
    assert flagged.startswith(f"vap parse: {len(gone)} file")
    assert holds_rows(db, doc_id, folder / owner)
    flags = dict(rows(db, "SELECT source, removed FROM sources"))
    assert flags == {
        **{str(folder / name): 1 for name in gone},
        **{str(folder / name): 0 for name in ("a.txt", "b.txt", *added) if name not in gone},
    }


class DiskFailure(sqlite3.OperationalError):
    """A write the disk refused, half-way through a document."""


def failing(monkeypatch, step: str) -> None:
    """A step of the database writer (a CorpusDb method) fails as a full disk would."""
    from vap_cli.export.sqlite_db import CorpusDb

    def refuse(*args, **kwargs):
        raise DiskFailure("disk I/O error")

    monkeypatch.setattr(CorpusDb, step, refuse)


def documents_and_sources_agree(db: Path) -> bool:
    """Every document in the database is held by a path of `sources`, and every path
    points to a document that is there."""
    documents = {doc_id for (doc_id,) in rows(db, "SELECT doc_id FROM documents")}
    sources = {doc_id for (doc_id,) in rows(db, "SELECT doc_id FROM sources")}
    return documents == sources


@pytest.mark.parametrize("changed", ["a.txt", "b.txt"])
def test_a_write_failing_half_way_through_a_document_leaves_the_database_as_it_was(
    tmp_path, monkeypatch, changed
):
    folder, db, doc_id = twins(tmp_path)
    before = rows(db, "SELECT doc_id, source, removed FROM documents ORDER BY doc_id")
    path = folder / changed
    add_sentence(path)
    failing(monkeypatch, "_add_source")  # after the document's rows were written

    result = CliRunner().invoke(cli, ["parse", str(folder), "--db", str(db)])

    assert result.exit_code != 0
    assert rows(db, "SELECT doc_id, source, removed FROM documents ORDER BY doc_id") == before
    assert documents_and_sources_agree(db)
    monkeypatch.undo()
    del result  # its traceback holds the failed run's frames; a process would have ended
    gc.collect()
    again = parse(str(folder), "--db", str(db))
    assert again.exit_code == 0, again.output
    assert documents_and_sources_agree(db)
    assert len(rows(db, "SELECT doc_id FROM documents")) == 2


def test_a_failure_while_flagging_removed_files_leaves_them_unflagged(tmp_path, monkeypatch):
    folder, db, doc_id = twins(tmp_path)
    (folder / "a.txt").unlink()
    failing(monkeypatch, "_settle")
    result = CliRunner().invoke(cli, ["parse", str(folder), "--db", str(db)])

    assert result.exit_code != 0
    assert rows(db, "SELECT source, removed FROM sources ORDER BY source") == [
        (str(folder / "a.txt"), 0),
        (str(folder / "b.txt"), 0),
    ]
    monkeypatch.undo()
    del result  # its traceback holds the failed run's frames; a process would have ended
    gc.collect()
    again = parse(str(folder), "--db", str(db))
    assert again.exit_code == 0, again.output
    assert "1 file flagged removed" in again.stderr
    assert holds_rows(db, doc_id, folder / "b.txt")


# ------------------------------------------------ a file --db cannot read or hash


def parse_in_a_process(*args: str) -> subprocess.CompletedProcess:
    """`vap parse` in its own process, with a time limit: a run that waits forever
    (a FIFO opened for reading) fails the test instead of hanging it."""
    return subprocess.run(
        [sys.executable, "-m", "vap_cli", "parse", *args],
        capture_output=True,
        text=True,
        timeout=PROCESS_TIMEOUT_S,
    )


def test_a_new_file_that_cannot_be_read_fails_and_is_not_counted_unchanged(tmp_path):
    """A link to nothing cannot be hashed (nor read): the run names it and fails,
    as without --db, rather than counting it as an unchanged file it never saw."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(DATED_SAMPLE, folder / "a.txt")
    (folder / "b.txt").symlink_to(tmp_path / "nowhere.txt")
    db = tmp_path / "corpus.sqlite"

    first = CliRunner().invoke(cli, ["parse", str(folder), "--db", str(db)])
    again = CliRunner().invoke(cli, ["parse", str(folder), "--db", str(db)])

    for result in (first, again):
        assert result.exit_code == 1, result.output
        assert f"vap: error: {folder / 'b.txt'}: no such file" in result.stderr
    assert "2 new or changed files, 0 unchanged" in first.stderr
    assert "1 new or changed file, 1 unchanged" in again.stderr  # a.txt, read the first time
    assert rows(db, "SELECT source FROM sources") == [(str(folder / "a.txt"),)]


def test_a_fifo_in_the_folder_is_reported_not_waited_on(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(DATED_SAMPLE, folder / "a.txt")
    os.mkfifo(folder / "pipe.txt")
    db = tmp_path / "corpus.sqlite"

    done = parse_in_a_process(str(folder), "--db", str(db), "-q")

    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        f"vap: error: {folder / 'pipe.txt'}: not a regular file: a named pipe (FIFO)"
    ]
    assert rows(db, "SELECT source FROM sources") == [(str(folder / "a.txt"),)]


# A file that failed, unchanged, fails the same way: a re-run leaves it alone, keeps it in
# `errors` and says so (an analyst's walkthrough: every re-run reported "3 new or changed
# files" for an unchanged empty, binary and too-large file).
@pytest.fixture()
def failed_before(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(DATED_SAMPLE, folder / "a.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03 binary \x00\x00\xff" * 20)
    (folder / "large.txt").write_text("Нарында жыйын өттү. " * 400, encoding="utf-8")
    db = tmp_path / "corpus.sqlite"
    first = parse(str(folder), "--db", str(db), "--max-size", "8KB")
    assert first.exit_code == 1
    assert "4 new or changed files, 0 unchanged" in first.stderr
    return folder, db


def _errors(db: Path) -> set[str]:
    return {Path(source).name for (source,) in rows(db, "SELECT source FROM errors")}


def test_a_rerun_leaves_alone_the_unchanged_files_that_failed(failed_before):
    folder, db = failed_before
    again = parse(str(folder), "--db", str(db), "--max-size", "8KB")
    assert again.exit_code == 0, again.stderr  # nothing failed in this run
    assert "0 new or changed files, 4 unchanged (3 of them failed as before" in again.stderr
    assert "still in the errors table" in again.stderr and "vap: error:" not in again.stderr
    assert _errors(db) == {"empty.txt", "binary.txt", "large.txt"}


def test_a_failing_file_that_changed_is_read_again(failed_before):
    folder, db = failed_before
    (folder / "empty.txt").write_text(ADDED, encoding="utf-8")
    again = parse(str(folder), "--db", str(db), "--max-size", "8KB")
    assert "1 new or changed file, 3 unchanged (2 of them failed as before" in again.stderr
    assert _errors(db) == {"binary.txt", "large.txt"}
    assert str(folder / "empty.txt") in {s for (s,) in rows(db, "SELECT source FROM sources")}


def test_a_file_too_large_then_is_read_when_the_limit_lets_it(failed_before):
    folder, db = failed_before
    again = parse(str(folder), "--db", str(db))  # the default limit, 20 MB
    assert "1 new or changed file, 3 unchanged (2 of them failed as before" in again.stderr
    assert _errors(db) == {"empty.txt", "binary.txt"}


def test_a_database_of_before_without_the_digests_of_failures_reads_them_once(failed_before):
    folder, db = failed_before
    with sqlite3.connect(db) as connection:  # as a database written before kept them
        connection.execute("UPDATE errors SET sha256 = NULL")
    once = parse(str(folder), "--db", str(db), "--max-size", "8KB")
    assert "3 new or changed files, 1 unchanged" in once.stderr
    again = parse(str(folder), "--db", str(db), "--max-size", "8KB")
    assert "0 new or changed files, 4 unchanged (3 of them failed as before" in again.stderr


# The writers store the text `vap parse` read and the digest of the bytes it parsed:
# the source is never read again at write time (review 24, item 2).
def _two_files(tmp_path: Path) -> tuple[Path, list[Path]]:
    folder = tmp_path / "inbox"
    folder.mkdir()
    files = []
    for sample in sorted(SAMPLES.glob("*.txt"))[:2]:
        files.append(Path(shutil.copy(sample, folder / sample.name)))
    return folder, files


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("output", ["--db", "-o"])
def test_a_file_over_the_default_limit_parsed_under_a_larger_one_keeps_its_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output: str, jobs: str
) -> None:
    from vap_cli import read

    folder, files = _two_files(tmp_path)
    small, big = sorted(files, key=lambda path: path.stat().st_size)
    limit = big.stat().st_size - 1  # a default limit the big file is over, the small not
    assert small.stat().st_size <= limit
    monkeypatch.setattr(read.read_path, "__defaults__", (None, limit))
    db = tmp_path / "c.sqlite"
    result = parse(str(folder), output, str(db), "--max-size", "1M", "-j", jobs, "-q")
    assert result.exit_code == 0, result.output
    assert rows(db, "SELECT count(*) FROM documents") == [(2,)]
    texts = dict(rows(db, "SELECT source, text FROM texts JOIN documents USING (doc_id)"))
    assert texts == {str(p): p.read_text(encoding="utf-8") for p in (small, big)}


@pytest.mark.parametrize("output", ["--db", "-o"])
def test_a_file_changed_after_it_was_read_is_stored_as_it_was_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output: str
) -> None:
    """The digest and text stored are those of the bytes parsed: a --db run after finds
    the file changed and parses it again, never keeping a stale record as unchanged."""
    from vap_cli import pipeline

    folder, files = _two_files(tmp_path)
    before = {str(p): (p.read_text(encoding="utf-8"), p.read_bytes()) for p in files}
    parse_raw = pipeline.parse_raw

    def then_changed(doc, source, resources=None):
        document = parse_raw(doc, source, resources)
        add_sentence(Path(source))  # the file changes once it has been read
        return document

    monkeypatch.setattr(pipeline, "parse_raw", then_changed)
    db = tmp_path / "c.sqlite"
    assert parse(str(folder), output, str(db), "-q").exit_code == 0
    digests = dict(rows(db, "SELECT source, sha256 FROM sources"))
    assert digests == {path: hashlib.sha256(data).hexdigest() for path, (_, data) in before.items()}
    texts = dict(rows(db, "SELECT source, text FROM texts JOIN documents USING (doc_id)"))
    assert texts == {path: text for path, (text, _) in before.items()}
    monkeypatch.setattr(pipeline, "parse_raw", parse_raw)
    again = parse(str(folder), "--db", str(db))
    assert "2 new or changed files, 0 unchanged" in again.stderr


@pytest.mark.parametrize(("output", "opens"), [("-o", 1), ("--db", 2)])
def test_each_source_is_opened_once_to_parse_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output: str, opens: int
) -> None:
    """-o reads each file once; --db twice: its plan hashes every input before it
    knows which to parse, then the parse reads the new ones. The writer reads none."""
    import builtins
    from collections import Counter

    folder, files = _two_files(tmp_path)
    names = {str(p) for p in files}
    opened: Counter[str] = Counter()
    os_open, open_ = os.open, builtins.open

    def counting_os_open(path, *args, **kwargs):
        opened[os.fsdecode(path)] += os.fsdecode(path) in names
        return os_open(path, *args, **kwargs)

    def counting_open(file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)):
            opened[os.fsdecode(file)] += os.fsdecode(file) in names
        return open_(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", counting_os_open)
    monkeypatch.setattr(builtins, "open", counting_open)
    result = parse(str(folder), output, str(tmp_path / "c.sqlite"), "-q")
    assert result.exit_code == 0, result.output
    assert {name: opened[name] for name in names} == dict.fromkeys(names, opens)


@pytest.mark.parametrize("output", ["--db", "-o"])
def test_a_failing_file_changed_after_it_was_read_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output: str
) -> None:
    """A failure is remembered with the digest of the bytes that failed, never of the
    file read again at write time: mended after it was read, it parses on the next run
    rather than being skipped as failing with the same bytes."""
    from vap_cli import read

    folder, _ = _two_files(tmp_path)
    empty = folder / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    read_data = read.read_data

    def then_mended(data, path, *args, **kwargs):
        try:
            return read_data(data, path, *args, **kwargs)
        except Exception:
            if path == str(empty):
                empty.write_text(ADDED, encoding="utf-8")  # mended once it was read
            raise

    monkeypatch.setattr(read, "read_data", then_mended)
    db = tmp_path / "c.sqlite"
    assert parse(str(folder), output, str(db), "-q").exit_code == 1
    digest = hashlib.sha256(b"  \n").hexdigest()
    assert rows(db, "SELECT source, error, sha256 FROM errors") == [
        (str(empty), "empty file", digest)
    ]
    monkeypatch.setattr(read, "read_data", read_data)
    again = parse(str(folder), "--db", str(db))
    assert again.exit_code == 0, again.output
    assert "1 new or changed file, 2 unchanged" in again.stderr
    assert rows(db, "SELECT count(*) FROM errors") == [(0,)]
    texts = rows(
        db, "SELECT text FROM texts JOIN documents USING (doc_id) WHERE source = ?", str(empty)
    )
    assert texts == [(ADDED,)]
