"""The tables as pandas DataFrames, for analysts who work in Python.

    from vap_cli.frames import frames
    f = frames("corpus.sqlite")          # or frames("samples/"): parses the folder
    f["events_view"].groupby(["oblast", "year"])["participants"].sum()

Every table of the SQLite corpus (documents, events, places, participants, ...)
and its views (events_view) is one frame; from files, the same database is built
in memory first, so the columns are the same either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas

DATABASE_SUFFIXES = (".sqlite", ".sqlite3", ".db")


def frames(source: str | Path | Sequence[str | Path], jobs: int = 1) -> dict[str, pandas.DataFrame]:
    """One DataFrame per table and view, keyed by name. `source`: a corpus
    database written by `vap parse --db` or `-o FILE.sqlite`, or files and folders
    to parse (`jobs` worker processes; files that fail are left out)."""
    try:
        import pandas  # noqa: F401 - checked here so the message names the extra
    except ImportError:
        raise ImportError("vap_cli.frames needs pandas: pip install 'vap-cli[frames]'") from None
    from .sqlite_db import CorpusDb, document_text

    paths = [source] if isinstance(source, str | Path) else list(source)
    if len(paths) == 1 and Path(paths[0]).suffix.lower() in DATABASE_SUFFIXES:
        import sqlite3

        with sqlite3.connect(f"file:{paths[0]}?mode=ro", uri=True) as connection:
            return _read_all(connection)
    from .batch import collect, run

    inputs = [p for p in collect([str(p) for p in paths]) if isinstance(p, str)]
    corpus = CorpusDb(None)
    for result in run(inputs, jobs=jobs):
        if result.document is not None:
            corpus.put(result.document, document_text(result.path), None)
    return _read_all(corpus.db.conn)


def _read_all(connection) -> dict[str, pandas.DataFrame]:
    import pandas

    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
            "AND name NOT LIKE '%_fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: pandas.read_sql_query(
            f'SELECT * FROM "{name}"', connection, dtype_backend="numpy_nullable"
        )
        for name in names
    }
