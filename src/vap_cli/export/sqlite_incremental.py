"""`vap parse --db FILE`: the corpus database updated in place (sqlite_db.CorpusDb).

A run plans first: a file whose bytes are those the database holds (`sources.sha256`)
is unchanged and not parsed; nor is one that failed, with the same bytes, when last
read (`errors.sha256`: an empty, binary or unreadable file fails the same way again),
unless the failure may not hold now (too large for the --max-size of then, not for
this run's; an internal error, which a newer vap may not make). Then it writes one
document at a time, and flags the files that are gone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..models import Document, Failure
from . import Writer
from .sqlite_db import CorpusDb, file_digest

# The errors a file with the same bytes may not give again (read.py, batch.py).
_RETRIED = ("file too large", "internal error")


@dataclass
class Plan:
    """What an incremental run does with its inputs."""

    parse: list[str]  # new or changed files
    unchanged: int
    digests: dict[str, str | None]
    outside: int = 0  # of the unchanged, those left out by the range as before
    outside_undated: int = 0  # of those, the ones left out for want of an issued date
    failing: int = 0  # of the unchanged, those that failed the same way before


class IncrementalWriter(Writer):
    """`vap parse --db FILE`: updates the database in place, one document at a time."""

    def __init__(self, dest: Path):
        dest.parent.mkdir(parents=True, exist_ok=True)
        self.corpus = CorpusDb(dest)
        self.digests: dict[str, str | None] = {}
        self.removed: list[str] = []
        # inputs named that do not exist (a mistyped folder): no file is flagged removed
        self.missing: list[str] = []
        self.inputs: list[str] = []

    def plan(
        self,
        inputs: Sequence[str],
        since: dt.date | None = None,
        until: dt.date | None = None,
        max_bytes: int | None = None,
        keep_undated: bool = False,
    ) -> Plan:
        """The files to parse: new or changed ones, less those a range left out before,
        unchanged, whose issued date the range (`since`, `until`; `keep_undated`: one
        without an issued date is in it) still leaves out, and those that failed before
        with the same bytes (`max_bytes`: this run's limit)."""
        from ..subset import issued_in_range, undated
        from .sqlite_paths import respell

        respell(self.corpus, inputs)  # a file given under another spelling of its path
        known, outside = self.corpus.known(), self.corpus.outside()
        self.inputs = list(inputs)
        self.digests = {p: (file_digest(p) if p != "-" else None) for p in inputs}
        # A file that cannot be hashed is parsed, which reports why it cannot be read:
        # never "unchanged" (a new one's missing digest would equal its missing row's).
        todo = [
            p
            for p in inputs
            if p == "-" or self.digests[p] is None or known.get(p) != self.digests[p]
        ]
        still_out = {
            p
            for p in todo
            if p in outside
            and outside[p][0] == self.digests[p]
            and not issued_in_range(outside[p][1], since, until, keep_undated)
        }
        failing = self.corpus.failing()
        still_failing = {
            p
            for p in todo
            if p in failing and _fails_again(p, *failing[p], self.digests[p], max_bytes)
        }
        todo = [p for p in todo if p not in still_out and p not in still_failing]
        out_undated = sum(1 for p in still_out if undated(outside[p][1]))
        return Plan(
            todo,
            len(inputs) - len(todo),
            self.digests,
            outside=len(still_out),
            failing=len(still_failing),
            outside_undated=out_undated,
        )

    keeps_text = True

    def write(self, doc: Document) -> None:
        """A record with nothing read beside it (`vap parse` gives write_parsed the text
        and digest it read): the plan's digest of its file, no text; the file is never
        read again here."""
        self.corpus.put(doc, None, self.digests.get(doc.source))

    def write_parsed(self, doc: Document, text: str | None, sha256: str | None) -> None:
        """The text read and the digest of the bytes parsed (the planning's digest
        is of the bytes before: the file may have changed since), never read again."""
        self.corpus.put(doc, text, None if doc.source == "-" else sha256)

    def left_out(self, doc: Document) -> None:
        self.corpus.put_outside(doc, self.digests.get(doc.source))

    def failed(self, failure: Failure) -> None:
        self.corpus.put_failure(failure, self.digests.get(failure.source))

    def failed_read(self, failure: Failure, sha256: str | None) -> None:
        """The digest of the bytes that failed, else (none were read) the plan's."""
        if sha256 is None or failure.source == "-":
            self.failed(failure)
        else:
            self.corpus.put_failure(failure, sha256)

    def close(self) -> None:
        # A named input that does not exist is most likely mistyped, not the whole
        # database gone: the run's inputs are no list of what is still there.
        self.missing = [p for p in self.inputs if p != "-" and not os.path.lexists(p)]
        if not self.missing:
            self.removed = self.corpus.flag_removed(self.inputs)
        self.corpus.close()

    def abort(self) -> None:
        self.corpus.db.close()


# SQLite's primary result codes (sqlite3.h) of a database that cannot be written where
# it is (a full disk, a read-only folder, a failing disk), not of a file that is no
# database: the output could not be written (exit 1), not a usage error (exit 2).
SQLITE_WRITE_FAILURES = {3: "PERM", 8: "READONLY", 10: "IOERR", 13: "FULL", 14: "CANTOPEN"}
# SQLite's extended result codes hold the primary code in their low byte.
SQLITE_PRIMARY_MASK = 0xFF
# The files SQLite makes beside a database: its write-ahead log, shared memory, journal.
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def open_incremental(db: str) -> IncrementalWriter:
    """The --db writer of `db`. A database that cannot be written there raises
    OutputError (exit 1) and leaves no file or folder that was not there before; a
    folder or a file that is no database of vap raises the error that says so (usage)."""
    from .outfile import OutputError, path_problem

    dest = Path(db)
    if dest.is_dir():
        raise IsADirectoryError(db)
    made = [dest, *(dest.with_name(dest.name + end) for end in SQLITE_COMPANIONS)]
    made = [path for path in made if not os.path.lexists(path)]
    folders = [folder for folder in dest.parents if not os.path.lexists(folder)]
    try:
        return IncrementalWriter(dest)
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & SQLITE_PRIMARY_MASK
        if code not in SQLITE_WRITE_FAILURES:
            raise ValueError(str(exc)) from None  # not a database, or a damaged one
        _remove_made(made, folders)
        raise OutputError(f"{db}: cannot write the output: {exc}") from None
    except (FileExistsError, IsADirectoryError, NotADirectoryError):
        raise
    except OSError as exc:
        _remove_made(made, folders)
        raise OutputError(f"{db}: cannot write the output: {path_problem(db, exc)}") from None


def _remove_made(files: list[Path], folders: list[Path]) -> None:
    """Remove the files and (empty) folders a failed opening made."""
    for path in files:
        with contextlib.suppress(OSError):
            path.unlink()
    for folder in folders:  # the deepest first
        with contextlib.suppress(OSError):
            folder.rmdir()


def _fails_again(
    path: str, sha256: str | None, error: str, digest: str | None, max_bytes: int | None
) -> bool:
    """A file that failed with these bytes fails again: the same bytes, and an error
    they alone decide (not a size over a limit this run may lift, not an internal error)."""
    if sha256 is None or sha256 != digest or error.startswith(_RETRIED[1]):
        return False
    if error.startswith(_RETRIED[0]):
        return max_bytes is not None and os.path.getsize(path) > max_bytes
    return True
