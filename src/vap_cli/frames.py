"""The tables as pandas DataFrames, for analysts who work in Python.

    from vap_cli.frames import frames
    f = frames("corpus.sqlite")          # or frames("samples/"): parses the folder
    f["events_view"].groupby(["oblast", "year"])["participants"].sum()

Every table of the SQLite corpus (documents, events, places, participants, ...)
and its views (events_view) is one frame; from files, the same database is built
in memory first, so the columns are the same either way. Nothing is left out
silently: a path that does not exist, or inputs with no document in them, raise
InputError naming them; a file that could not be parsed among others is a row of
the `errors` frame, and a warning says so.
"""

from __future__ import annotations

import os
import sqlite3
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError, as_path

if TYPE_CHECKING:
    import pandas

    from .export.sqlite_db import CorpusDb

DATABASE_SUFFIXES = (".sqlite", ".sqlite3", ".db")
# The output of `vap parse` (JSON Lines, a JSON array): its records are read back.
RECORD_SUFFIXES = (".jsonl", ".json")


def frames(
    source: str | bytes | os.PathLike | Sequence[str | bytes | os.PathLike], jobs: int = 1
) -> dict[str, pandas.DataFrame]:
    """One DataFrame per table and view, keyed by name. `source`: a corpus
    database written by `vap parse --db` or `-o FILE.sqlite`, the output of `vap
    parse` (.jsonl, .json), or documents and folders to parse (`jobs` worker
    processes). A path that does not exist, and inputs that hold no document, raise
    InputError naming them; files that fail among others are the `errors` frame's
    rows (with a warning)."""
    try:
        import pandas  # noqa: F401 - checked here so the message names the extra
    except ImportError:
        raise ImportError("vap_cli.frames needs pandas: pip install 'vap-cli[frames]'") from None
    if isinstance(source, str | bytes | os.PathLike):
        paths = [as_path(source, "frames")]
    elif isinstance(source, Sequence):
        paths = [as_path(p, "frames") for p in source]
    else:  # (None, a number)
        raise TypeError(
            f"frames takes a path or a list of paths (str, bytes or os.PathLike),"
            f" not {type(source).__name__}"
        )
    if not paths:
        raise InputError("nothing to read: no file or folder given")
    for path in paths:
        if not os.path.lexists(path):
            raise InputError("no such file or folder", path)
    if len(paths) == 1 and _suffix(paths[0]) in DATABASE_SUFFIXES:
        return _from_database(paths[0])
    for path in paths:
        if _suffix(path) in DATABASE_SUFFIXES:
            raise InputError("a database is read alone: frames(database)", path)
    return _read_all(_parsed(paths, jobs).db.conn)


def _suffix(path: str) -> str:
    return Path(path).suffix.lower() if not os.path.isdir(path) else ""


def _parsed(paths: list[str], jobs: int) -> CorpusDb:
    """The documents of `paths` in a database in memory: records of `vap parse`
    output read back, documents parsed; InputError when there is none."""
    from .batch import Unreadable, collect, run
    from .export.sqlite_db import CorpusDb, document_text
    from .models import Failure
    from .report.records import read_records

    corpus = CorpusDb(None)
    documents = 0
    for path in paths:
        if _suffix(path) in RECORD_SUFFIXES:
            try:
                records = read_records(path)
            except InputError as exc:
                raise exc.at(path) from None
            for doc in records:
                corpus.put(doc, document_text(doc.source), None)
                documents += 1
    inputs = [p for p in paths if _suffix(p) not in RECORD_SUFFIXES]
    collected = list(collect(inputs))
    failures = [
        Failure(source=p.path, error=p.reason) for p in collected if isinstance(p, Unreadable)
    ]
    for result in run([p for p in collected if isinstance(p, str)], jobs=jobs, keep_text=True):
        if result.document is not None:
            corpus.put(result.document, result.text, None)
            documents += 1
        else:
            failures.append(Failure(source=result.path, error=result.error or "not parsed"))
    for failure in failures:
        corpus.put_failure(failure)
    _say(paths, documents, failures)
    return corpus


def _say(paths: list[str], documents: int, failures: list) -> None:
    """No document at all is an error; failures among documents, a warning."""
    first = f"{failures[0].source}: {failures[0].error}" if failures else ""
    if not documents and len(failures) == 1:
        raise InputError(failures[0].error, failures[0].source)
    if not documents:
        named = ", ".join(paths)
        detail = f" ({len(failures)} could not be parsed; the first: {first})" if failures else ""
        raise InputError(f"no documents to read{detail}", named)
    if failures:
        warnings.warn(
            f"vap frames: {len(failures)} of the inputs could not be parsed (the `errors` frame"
            f" lists them); the first: {first}",
            stacklevel=4,  # the line that called frames
        )


def _from_database(path: str) -> dict[str, pandas.DataFrame]:
    """The frames of a database file, opened read-only."""
    try:
        connection = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise InputError(f"cannot open the database: {exc}", path) from None
    try:
        if not connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents'"
        ).fetchone():
            raise InputError("not a database written by `vap parse` (no documents table)", path)
        return _read_all(connection)
    except sqlite3.DatabaseError as exc:
        raise InputError(f"not an SQLite database written by `vap parse`: {exc}", path) from None
    finally:
        connection.close()


def _read_all(connection: sqlite3.Connection) -> dict[str, pandas.DataFrame]:
    """Every table and view; a view as this version defines it (a database written
    before keeps its older definition: the events view now leaves out removed files)."""
    import pandas

    from .export.sqlite_db import VIEWS

    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
            "AND name NOT LIKE '%_fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: pandas.read_sql_query(
            VIEWS.get(name, f'SELECT * FROM "{name}"'), connection, dtype_backend="numpy_nullable"
        )
        for name in names
    }
