"""The SQLite corpus: the tables of table_schema.py (derived from the models), the text of
every document with a full-text index, views for analysts, and a Datasette
metadata file beside it. sqlite-utils creates the tables with their keys, the
FTS5 index with its triggers, and the views; the rows (table_schema.table_rows) go in
by executemany, one transaction per document.

Incremental (`vap parse --db`, sqlite_incremental.py): `sources` remembers the
SHA-256 of every file read, `errors` that of every file that failed; a run parses
only new and changed files, replaces their rows, and flags files that are gone
(`sources.removed = 1`, `documents.removed = 1`). A document several paths share
(the same text) loses its rows only when the last of them lets go.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..models import SOURCE as SOURCE_DESCRIPTION
from ..models import Document, Failure
from . import Writer
from .outfile import AtomicFile, discard, in_place, publish, sqlite_text, temp_beside
from .table_schema import (
    DOCUMENTS_TABLE,
    ERRORS_TABLE,
    SOURCES_TABLE,
    TABLES,
    Table,
    header,
    table_rows,
    unwrap_optional_type,
)

SOURCES = "sources"
TEXTS = "texts"
ERRORS = ERRORS_TABLE.name  # the inputs that could not be parsed, by the last run that read them
# The files an incremental run with --since/--until parsed and left out, with their
# issued date: a later run skips them while they are unchanged and still out of range.
OUTSIDE = "outside_range"
_PY_TYPES = {"INTEGER": int, "REAL": float, "TEXT": str}

# The events view: the flat event rows (models.EventRow, event_table.py: grouped
# kind, place hierarchy with codes, participants as people counted once), every
# column of event_rows in its order, beside their document's title and language,
# with the year, and one oblast to facet on ("(several)" when an event spans oblasts;
# `oblasts` keeps them all). The live corpus: a document flagged removed keeps its
# event_rows, left out here as `vap report` does.
EVENTS_YEAR = (
    "CASE WHEN coalesce(r.start, r.issued) GLOB '[0-9][0-9][0-9][0-9]-*'"
    " THEN CAST(substr(coalesce(r.start, r.issued), 1, 4) AS INTEGER) END"
)
ONE_OBLAST = "CASE WHEN instr(r.oblast, '; ') > 0 THEN '(several)' ELSE r.oblast END"
# The view's columns in place of a column of event_rows: (name, SQL) each; every
# other column of event_rows is itself (r."name").
EVENTS_VIEW_IN_PLACE = {
    "source": (("source", 'r."source"'), ("title", 'd."title"'), ("language", 'd."language"')),
    "issued": (("issued", 'r."issued"'), ("year", EVENTS_YEAR)),
    "oblast": (("oblast", ONE_OBLAST), ("oblasts", 'r."oblast"')),
}
EVENTS_VIEW_DOCUMENT_COLUMNS = ("title", "language")  # the columns it takes from documents


def events_view_columns() -> dict[str, str]:
    """The events view's columns, name -> SQL: those of event_rows as the model gives
    them (tables.header), with what the view adds in place."""
    table = next(table for table in TABLES if table.name == "event_rows")
    columns: dict[str, str] = {}
    for name in header(table):
        columns.update(EVENTS_VIEW_IN_PLACE.get(name, ((name, f'r."{name}"'),)))
    return columns


def events_view_sql() -> str:
    selected = ",\n  ".join(f'{sql} AS "{name}"' for name, sql in events_view_columns().items())
    return (
        f"\nSELECT {selected}\nFROM event_rows AS r\n"
        "JOIN documents AS d ON d.doc_id = r.doc_id\nWHERE d.removed = 0\n"
    )


VIEWS = {"events_view": events_view_sql()}

# What Datasette offers to facet on, per table or view (columns that exist today).
FACETS = {
    "documents": ["language", "doc_type", "removed"],
    "events_view": ["kind_group", "kind", "oblast", "year", "who_group"],
    "events": ["kind", "source"],
    "places": ["level", "oblast", "role"],
    "participants": ["qualifier", "status", "who"],
    "dates": ["role"],
    "contacts": ["kind"],
    "organizations": ["kind"],
}
LABELS = {"documents": "title", "places": "name", "persons": "name", "organizations": "name"}


def file_digest(path: str) -> str | None:
    """SHA-256 of a regular file's bytes; None when it is not one or cannot be read
    (the parse then reports why). A FIFO is opened without waiting for a writer
    and never read: it may never end."""
    digest = hashlib.sha256()
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    with open(fd, "rb", closefd=True) as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        try:
            for block in iter(lambda: fh.read(1 << 16), b""):
                digest.update(block)
        except OSError:
            return None
    return digest.hexdigest()


def document_text(source: str) -> str | None:
    """The text of a document as the parser read it (None for standard input), read
    again from its file: for records read back (`vap convert`, `frames` of JSON),
    which hold no text; `vap parse` hands its writers the text it read."""
    from ..errors import InputError
    from ..read import read_path

    if source == "-":
        return None
    try:
        return read_path(source).text
    except InputError:
        return None


class CorpusDb:
    """An open corpus database (sqlite-utils); every change is committed per document."""

    def __init__(self, path: Path | None, scratch: bool = False):
        """`path` None: a database in memory (frames.py). `scratch`: a temporary
        file published only when complete, so no commit needs to reach the disk;
        otherwise write-ahead logging, so a commit per document costs no fsync."""
        import sqlite_utils

        self.path = path
        self.db = (
            sqlite_utils.Database(path) if path is not None else sqlite_utils.Database(memory=True)
        )
        try:
            self._set_up(scratch)
        except BaseException:
            self.db.close()  # (a full disk: its files can go at once)
            raise

    def _set_up(self, scratch: bool) -> None:
        self.db.execute("PRAGMA foreign_keys = ON")
        if scratch:
            self.db.execute("PRAGMA journal_mode = MEMORY")
            self.db.execute("PRAGMA synchronous = OFF")
        elif self.path is not None:
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
        self._create()

    def _create(self) -> None:
        for table in TABLES:
            if not self.db.table(table.name).exists():
                self._create_table(table)
            elif self.db.table(table.name).columns_dict.keys() != set(_expected_columns(table)):
                raise ValueError(
                    f"its table {table.name!r} has other columns than this version of vap "
                    "writes: write a new database"
                )
        if not self.db.table(SOURCES).exists():
            self.db.table(SOURCES).create(
                {"source": str, "doc_id": str, "sha256": str, "removed": int}, pk="source"
            )
        if not self.db.table(ERRORS).exists():
            self.db.table(ERRORS).create({"source": str, "error": str, "sha256": str}, pk="source")
        elif "sha256" not in self.db.table(ERRORS).columns_dict:  # a database of before
            self.db.table(ERRORS).add_column("sha256", str)
        if not self.db.table(OUTSIDE).exists():
            self.db.table(OUTSIDE).create(
                {"source": str, "doc_id": str, "sha256": str, "issued": str}, pk="source"
            )
        if not self.db.table(TEXTS).exists():
            self.db.table(TEXTS).create(
                {"doc_id": str, "text": str},
                pk="doc_id",
                foreign_keys=[("doc_id", "documents", "doc_id")],
            )
            self.db.table(TEXTS).enable_fts(["text"], create_triggers=True)
        for name, sql in VIEWS.items():
            self.db.create_view(name, sql, replace=True)
        self.inserts = {
            t.name: _insert_sql(t.name, len(self.db.table(t.name).columns)) for t in TABLES
        }
        # (table, column) of every column that holds the document's input path
        self.path_columns = [
            (t.name, name)
            for t in TABLES
            for name, description in _described(t).items()
            if description == SOURCE_DESCRIPTION
        ]

    def _create_table(self, table: Table) -> None:
        columns = _expected_columns(table)
        if table is DOCUMENTS_TABLE:
            self.db.table(table.name).create(columns, pk="doc_id")
            return
        self.db.table(table.name).create(
            columns, pk=("doc_id", "idx"), foreign_keys=[("doc_id", "documents", "doc_id")]
        )
        self.db.table(table.name).create_index(["doc_id"], if_not_exists=True)

    def known(self) -> dict[str, str]:
        """source -> SHA-256 of the files in the database and not flagged removed
        (a file that comes back is parsed again, which clears its flag)."""
        return {
            row["source"]: row["sha256"] for row in self.db.table(SOURCES).rows_where("removed = 0")
        }

    def outside(self) -> dict[str, tuple[str, str | None]]:
        """source -> (SHA-256, issued date) of the files left out by a date range."""
        return {
            row["source"]: (row["sha256"], row["issued"]) for row in self.db.table(OUTSIDE).rows
        }

    def put_outside(self, doc: Document, sha256: str | None) -> None:
        """Remember a file a date range left out, unless it cannot be recognised
        again (standard input, or a file whose bytes could not be hashed); the rows of
        an earlier version of it, parsed into the database before, go, as they do for
        any changed file."""
        if doc.source == "-" or sha256 is None:
            return
        source = str(sqlite_text(doc.source))
        with self.db.conn:
            self._release(source)
            for table in (SOURCES, ERRORS):
                self.db.conn.execute(f"DELETE FROM {table} WHERE source = ?", [source])
            self.db.conn.execute(
                f"INSERT OR REPLACE INTO {OUTSIDE} (source, doc_id, sha256, issued) "
                "VALUES (?, ?, ?, ?)",
                [source, doc.id, sha256, doc.issued],
            )

    def put(self, doc: Document, text: str | None, sha256: str | None) -> None:
        """Insert a document, replacing the rows of an earlier version of its file;
        one transaction, so a failure half-way leaves the database as it was (plain
        executemany: sqlite-utils commits on every call)."""
        source = str(sqlite_text(doc.source))  # a file name's undecodable bytes as \udcXX
        connection = self.db.conn
        with connection:
            for table in (OUTSIDE, ERRORS):  # it parses now: no longer out of range or failing
                connection.execute(f"DELETE FROM {table} WHERE source = ?", [source])
            self._release(source)
            kept = connection.execute(
                "SELECT source FROM documents WHERE doc_id = ?", [doc.id]
            ).fetchone()
            if kept is None or kept[0] == source:
                self._insert(doc, text)
            self._add_source(source, doc.id, sha256)
            if kept is not None and kept[0] != source and source != "-":
                # The same text under another path is the same document (ids come from
                # the text): that path keeps it unless flagged removed; this one is in
                # `sources`.
                self._settle(doc.id)

    def put_failure(self, failure: Failure, sha256: str | None = None) -> None:
        """Remember an input that could not be parsed, and why (until it parses), with
        the digest of its bytes: a later --db run leaves it alone while they are the same."""
        with self.db.conn:
            self.db.conn.execute(
                f"INSERT OR REPLACE INTO {ERRORS} (source, error, sha256) VALUES (?, ?, ?)",
                [sqlite_text(failure.source), failure.error, sha256],
            )

    def failing(self) -> dict[str, tuple[str | None, str]]:
        """source -> (SHA-256, error) of the inputs that failed when last read."""
        return {row["source"]: (row["sha256"], row["error"]) for row in self.db.table(ERRORS).rows}

    def _insert(self, doc: Document, text: str | None) -> None:
        """The rows of a document, replacing any it has (inside the caller's transaction)."""
        connection = self.db.conn
        self._delete_documents([doc.id])
        for name, rows in table_rows(doc).items():
            if name == DOCUMENTS_TABLE.name:
                rows = [[*row, 0] for row in rows]  # not removed
            if rows:
                rows = [[sqlite_text(value) for value in row] for row in rows]
                connection.executemany(self.inserts[name], rows)
        if text is not None:
            connection.execute(
                f"INSERT INTO {TEXTS} (doc_id, text) VALUES (?, ?)", [doc.id, sqlite_text(text)]
            )

    def _release(self, source: str) -> None:
        """The document of an earlier version of `source`'s file, which it no longer
        holds (changed, or left out by a date range), inside the caller's transaction:
        its rows go unless another path still holds the same text, which then keeps
        them (the same text gives the same rows), as their owner if `source` was."""
        for (doc_id,) in self.db.conn.execute(
            f"SELECT doc_id FROM {SOURCES} WHERE source = ?", [source]
        ).fetchall():
            self._settle(doc_id, source)

    def _settle(self, doc_id: str, leaving: str | None = None) -> None:
        """Fit a document's rows to the paths of `sources` that hold it, less `leaving`:
        none, its rows go; else its owner stays unless it left or is flagged removed
        while another is not (then the first such path owns it), and the document is
        flagged removed only when all its paths are."""
        paths = self.db.conn.execute(
            f"SELECT source, removed FROM {SOURCES} WHERE doc_id = ? AND source IS NOT ? "
            "ORDER BY removed, source",
            [doc_id, leaving],
        ).fetchall()
        if not paths:
            self._delete_documents([doc_id])
            return
        live = {path for path, removed in paths if not removed}
        owned = self.db.conn.execute(
            "SELECT source FROM documents WHERE doc_id = ?", [doc_id]
        ).fetchone()
        owner = owned[0] if owned is not None else None
        if owner not in {path for path, _ in paths} or (owner not in live and live):
            for table, column in self.path_columns:
                self.db.conn.execute(
                    f'UPDATE "{table}" SET "{column}" = ? WHERE doc_id = ?', [paths[0][0], doc_id]
                )
        self.db.conn.execute(
            "UPDATE documents SET removed = ? WHERE doc_id = ?", [int(not live), doc_id]
        )

    def _delete_documents(self, doc_ids: Iterable[str]) -> None:
        """Delete the rows of these documents from every table (inside the caller's
        transaction)."""
        for doc_id in doc_ids:
            for table in (TEXTS, *(t.name for t in reversed(TABLES))):
                self.db.conn.execute(f'DELETE FROM "{table}" WHERE doc_id = ?', [doc_id])

    def _add_source(self, source: str, doc_id: str, sha256: str | None) -> None:
        """Remember the file a document was read from (inside the caller's transaction)."""
        if source == "-":
            return
        self.db.conn.execute(
            f"INSERT OR REPLACE INTO {SOURCES} (source, doc_id, sha256, removed) "
            "VALUES (?, ?, ?, 0)",
            [source, doc_id, sha256],
        )

    def flag_removed(self, present: Iterable[str]) -> list[str]:
        """Mark the files of the database that are not in `present`; their sources."""
        present = set(present)
        failed = {r[0] for r in self.db.conn.execute(f"SELECT source FROM {ERRORS}")}
        with self.db.conn:
            for source in set(self.outside()) - present:
                self.db.conn.execute(f"DELETE FROM {OUTSIDE} WHERE source = ?", [source])
            for source in failed - present:  # a failing file gone: nothing to say of it
                self.db.conn.execute(f"DELETE FROM {ERRORS} WHERE source = ?", [source])
        gone = [
            r
            for r in self.db.table(SOURCES).rows_where("removed = 0")
            if r["source"] not in present
        ]
        # one transaction (sqlite-utils' update would commit each flag on its own)
        with self.db.conn:
            for row in gone:
                self.db.conn.execute(
                    f"UPDATE {SOURCES} SET removed = 1 WHERE source = ?", [row["source"]]
                )
            for doc_id in {row["doc_id"] for row in gone}:
                self._settle(doc_id)  # another path still read holds it unflagged
        return [row["source"] for row in gone]

    def close(self) -> None:
        self.db.conn.commit()
        self.db.execute("PRAGMA journal_mode = DELETE")  # no -wal file left beside it
        self.db.close()
        if self.path is not None:
            write_metadata(self.path)


def _insert_sql(table: str, width: int) -> str:
    return f'INSERT INTO "{table}" VALUES ({", ".join("?" * width)})'


def _expected_columns(table: Table) -> dict[str, type]:
    """Column -> Python type of a table as this version writes it, in order."""
    types = [_PY_TYPES[c.sql_type] for c in table.columns]
    names = header(table)
    if table is DOCUMENTS_TABLE:
        return {**dict(zip(names, types, strict=True)), "removed": int}
    return {"doc_id": str, "idx": int, **dict(zip(names[2:], types, strict=True))}


# Descriptions of the columns no model declares: the keys every child table leads
# with, the database's own tables, and what the events view computes.
ROW_KEYS = {
    "doc_id": "the document's id: joins documents.doc_id",
    "idx": "the row's position in the document's list (what part_of, person and"
    " participants refer to)",
}
REMOVED = "1 when the file is no longer among the inputs of `vap parse --db`"
DB_COLUMNS = {
    "documents": {"removed": REMOVED},
    SOURCES: {  # besides the columns of SOURCES_TABLE (the model's, described there)
        "sha256": "SHA-256 of the file's bytes: an unchanged file is not parsed again",
        "removed": REMOVED,
    },
    ERRORS: {  # besides the columns of ERRORS_TABLE
        "sha256": "SHA-256 of the file's bytes when it failed: unchanged, it fails the same"
        " way and is not read again (a file too large for the limit of then is)",
    },
    OUTSIDE: {
        "source": "a file that vap parse --db --since/--until parsed and left out",
        "doc_id": "the id of its document (not in documents)",
        "sha256": "SHA-256 of the file's bytes: unchanged and still out of range, it is not"
        " parsed again",
        "issued": "its document's issued date, which the range left out (null: none)",
    },
    TEXTS: {
        "doc_id": ROW_KEYS["doc_id"],
        "text": "the document's text as read: every span is an offset into it",
    },
}
VIEW_COLUMNS = {
    "year": "the year of the event's first day, else of the document's issued date",
    "oblast": "the oblast all the event's places lie in; (several) when they span oblasts",
    "oblasts": "every oblast of the event's places, joined by '; '",
}


def metadata(db_name: str) -> dict[str, Any]:
    """Datasette metadata: labels, facets and column descriptions from the models."""
    tables: dict[str, Any] = {}
    for table in TABLES:
        described = {**({} if table is DOCUMENTS_TABLE else ROW_KEYS), **_described(table)}
        tables[table.name] = {"columns": {**described, **DB_COLUMNS.get(table.name, {})}}
    tables[SOURCES] = {"columns": {**_described(SOURCES_TABLE), **DB_COLUMNS[SOURCES]}}
    tables[TEXTS] = {"columns": DB_COLUMNS[TEXTS]}
    tables[OUTSIDE] = {"columns": DB_COLUMNS[OUTSIDE]}
    tables[ERRORS] = {"columns": {**_described(ERRORS_TABLE), **DB_COLUMNS[ERRORS]}}
    # raw: the search box takes FTS5's own syntax, so `тренинг*` finds the word with
    # any ending, as the README's query does (Datasette escapes the * by default)
    tables[TEXTS].update({"fts_table": f"{TEXTS}_fts", "fts_pk": "rowid", "searchmode": "raw"})
    tables["events_view"] = {
        "description": "one row per event of the documents not flagged removed: its kind and"
        " group, places, year and people taking part",
        "columns": _events_view_columns(tables),
    }
    for name, facets in FACETS.items():
        tables.setdefault(name, {})["facets"] = facets
    for name, label in LABELS.items():
        tables.setdefault(name, {})["label_column"] = label
    return {"title": "vap corpus", "databases": {db_name: {"tables": tables}}}


def _described(table: Table) -> dict[str, str]:
    """The columns of `table` that its model describes, by column name."""
    return {
        name: description
        for name, column in zip(header(table)[-len(table.columns) :], table.columns, strict=True)
        if (description := _description(table, column.path))
    }


def _events_view_columns(tables: dict[str, Any]) -> dict[str, str]:
    """The descriptions of the view's columns: its own, else those of the table they
    come from (documents, event_rows)."""
    rows, documents = tables["event_rows"]["columns"], tables["documents"]["columns"]
    return {
        name: VIEW_COLUMNS.get(name)
        or (documents if name in EVENTS_VIEW_DOCUMENT_COLUMNS else rows)[name]
        for name in events_view_columns()
    }


def _description(table: Table, path: Sequence[str]) -> str | None:
    model: Any = table.model
    field = None
    for key in path:
        fields = getattr(unwrap_optional_type(model), "model_fields", None)
        field = fields.get(key) if fields is not None else None
        if field is None:
            return None
        model = field.annotation
    return field.description if field is not None else None


def metadata_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + ".metadata.json")


def write_metadata(db_path: Path) -> None:
    out = AtomicFile(metadata_path(db_path))
    try:
        json.dump(metadata(db_path.stem), out.fh, ensure_ascii=False, indent=2)
        out.fh.write("\n")
        out.commit()
    except BaseException:
        out.abort()
        raise


# The first bytes of every SQLite database file (the SQLite file format's header).
SQLITE_HEADER = b"SQLite format 3\x00"


def _replaceable(dest: Path) -> bool:
    """A database may replace nothing, an empty file or another database; any other
    file is someone's data that a mistyped name must not destroy."""
    try:
        with open(dest, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return True
    except IsADirectoryError:
        return True  # the writer's own error names a folder
    return not head or head == SQLITE_HEADER


class SqliteWriter(Writer):
    """A new database, built under a temporary name and renamed when complete."""

    def __init__(self, dest: Path):
        # Datasette names a database after the path it is given: the metadata goes
        # beside the name the user gave (a link's too, as --db writes it)
        self.named = dest
        dest, direct = in_place(dest)
        if direct:
            raise ValueError(f"{dest} is not a regular file: SQLite writes a database file")
        if not _replaceable(dest):
            raise ValueError(f"{dest} exists and is not an SQLite database: not replaced")
        self.dest, self.tmp = dest, temp_beside(dest)
        self.tmp.unlink()  # sqlite-utils creates the database itself
        try:
            self.corpus = CorpusDb(self.tmp, scratch=True)
        except BaseException:
            discard(self.tmp)
            raise

    keeps_text = True

    def write(self, doc: Document) -> None:
        """A record read back (`vap convert`): its text and digest from its file, when
        it is still where `source` says."""
        digest = None if doc.source == "-" else file_digest(doc.source)
        self.corpus.put(doc, document_text(doc.source), digest)

    def write_parsed(self, doc: Document, text: str | None, sha256: str | None) -> None:
        # the file's digest too, as --db stores it (a later --db run of the same files
        # finds them unchanged): of the bytes parsed, and their text, never read again
        self.corpus.put(doc, text, None if doc.source == "-" else sha256)

    def failed(self, failure: Failure) -> None:
        """A failure read back (`vap convert --errors`): the digest of its file now."""
        digest = None if failure.source == "-" else file_digest(failure.source)
        self.corpus.put_failure(failure, digest)

    def failed_read(self, failure: Failure, sha256: str | None) -> None:
        """The digest of the bytes that failed; a file whose bytes were never read (too
        large for --max-size) is hashed here, as --db's plan hashes it."""
        if sha256 is None:
            self.failed(failure)
        else:
            self.corpus.put_failure(failure, None if failure.source == "-" else sha256)

    def close(self) -> None:
        self.corpus.db.conn.commit()
        self.corpus.db.close()
        with open(self.tmp, "rb+") as fh:
            os.fsync(fh.fileno())  # on disk before it takes the real name
        publish(self.tmp, self.dest)
        write_metadata(self.named)

    def abort(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.corpus.db.close()
        discard(self.tmp)
