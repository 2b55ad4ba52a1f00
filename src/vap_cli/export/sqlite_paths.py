"""A file's identity in the corpus database (`vap parse --db`): its path, however it
is spelled. `week1/a.txt`, `./week1/a.txt` and `/home/me/week1/a.txt` are one file;
the database keeps the spelling given (what its tables show), and a run that spells
the file another way moves its rows to that spelling instead of parsing the file
as new and flagging the old spelling removed. Files are the same when their real
paths are (absolute, normalised, symbolic links resolved; a relative path is read
from the folder the run starts in). Nothing is stored but the spellings, so a
database written before this works as it is.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .outfile import sqlite_text

if TYPE_CHECKING:
    from .sqlite_db import CorpusDb


def file_key(path: str) -> str:
    """What makes two spellings of a path one file."""
    return os.path.realpath(path)


def respell(corpus: CorpusDb, inputs: Sequence[str]) -> None:
    """Give the rows of every file the database holds under another spelling of an
    input's path that spelling (one transaction): in `sources` (a live row; a row
    of the new spelling flagged removed makes way), `outside_range`, `errors` and
    the path columns of the tables. An input's spelling already held live, or a
    spelling also given in this run, stays as it is."""
    from .sqlite_db import ERRORS, OUTSIDE, SOURCES

    given = {str(sqlite_text(p)) for p in inputs if p != "-"}
    wanted: dict[str, str] = {}
    for spelling in sorted(given):
        wanted.setdefault(file_key(spelling), spelling)
    connection = corpus.db.conn
    live = {r[0] for r in connection.execute(f"SELECT source FROM {SOURCES} WHERE removed = 0")}
    held = live | {
        r[0]
        for table in (OUTSIDE, ERRORS)
        for r in connection.execute(f"SELECT source FROM {table}")
    }
    moves: dict[str, str] = {}  # new spelling -> the old one it takes the rows of
    for old in sorted(held - given, key=lambda spelling: spelling not in live):
        new = wanted.get(file_key(old))
        if new is not None and new not in live and new not in moves:
            moves[new] = old
    if moves:
        with connection:
            for new, old in moves.items():
                _move(corpus, connection, old, new)


def _move(corpus: CorpusDb, connection: sqlite3.Connection, old: str, new: str) -> None:
    """The rows of `old` under `new` (inside the caller's transaction)."""
    from .sqlite_db import ERRORS, OUTSIDE, SOURCES

    replaced = [
        r[0] for r in connection.execute(f"SELECT doc_id FROM {SOURCES} WHERE source = ?", [new])
    ]
    for table in (SOURCES, OUTSIDE, ERRORS):  # OR REPLACE: a row of `new` makes way
        connection.execute(f"UPDATE OR REPLACE {table} SET source = ? WHERE source = ?", [new, old])
    for table, column in corpus.path_columns:
        connection.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE "{column}" = ?', [new, old])
    for doc_id in replaced:  # the flagged row that made way: its document may have no path left
        corpus._settle(doc_id)
