"""Writing outputs safely: whole or not at all, never clobbering what is not a file.

A regular file is written under a temporary name in its folder and renamed on
success, so an interrupted or failed run leaves neither a half-written output
nor a temporary file. A device or a pipe (a FIFO) is written directly: renaming
over it would replace the node. A name of one of the run's own open files
(`-o /dev/stdout`, /dev/fd/N, /proc/self/fd/N) is written through that open file,
as the shell opened it: renamed over or opened again, a log that standard output
appends to (`>> log`) would lose what it held. Any other symbolic link is
followed: its target is replaced and the link stays.

Text is written as UTF-8 with `backslashreplace`: the only characters UTF-8
cannot encode are the lone surrogates that stand for the undecodable bytes of a
file name (Python's surrogateescape), and they come out as `\\udcXX`, which in
JSON is the escape of that very character, so the name reads back losslessly.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import stat
import sys
import typing
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..signals import ending_signals_let_through

if typing.TYPE_CHECKING:
    from ..record_base import Record

# How undecodable bytes of a file name (lone surrogates) are written out.
TEXT_ERRORS = "backslashreplace"
STDOUT_NAME = "standard output"


class OutputError(Exception):
    """An output that cannot be written: the message names it and says why."""


def file_identity(path: str | Path) -> tuple[int, int] | None:
    """A file's (device, inode): the same file however its path is spelt; None when
    there is none to read."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def reason(exc: BaseException) -> str:
    """The short reason of an OSError ("No space left on device"), else its text."""
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


@contextlib.contextmanager
def writing(name: str) -> Iterator[None]:
    """Turn a failed write (full disk, I/O error, SQLite's own errors) into OutputError."""
    try:
        yield
    except BrokenPipeError:
        raise  # the reader went away (`| head`): not an error, see cli.main
    except Exception as exc:
        if not isinstance(exc, _write_errors()):
            raise
        raise OutputError(f"{name}: cannot write the output: {path_problem(name, exc)}") from None


def path_problem(dest: str | Path, exc: BaseException) -> str:
    """Why an output cannot be made at `dest`, in words: a folder of its path that is
    a file names that file; anything else is the system's reason."""
    for folder in reversed(Path(dest).parents):  # from the top: a, a/b, ...
        if os.path.lexists(folder) and not folder.is_dir():
            return f"{folder} is a file, not a folder"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return reason(exc)


def _write_errors() -> tuple[type[Exception], ...]:
    """OSError, and sqlite3.Error when SQLite is in use: an SQLite error comes from a
    module that imported sqlite3, and a run writing JSON never imports it (start-up)."""
    sqlite3 = sys.modules.get("sqlite3")
    return (OSError, sqlite3.Error) if sqlite3 is not None else (OSError,)


# Names of an open file of the running process: what /dev/stdout links to on Linux
# (/proc/self/fd/N), /dev/fd/N on the BSDs and macOS.
_OWN_DESCRIPTOR_FOLDERS = ("/proc/self/fd/", "/dev/fd/")
_MAX_LINKS = 40  # as the kernel's own limit on a chain of symbolic links


def own_descriptor(dest: Path) -> int | None:
    """The descriptor that `dest` names when it (or a link on its way) names one of the
    run's own open files: 1 for /dev/stdout."""
    path = str(dest)
    for _ in range(_MAX_LINKS):
        for folder in _OWN_DESCRIPTOR_FOLDERS:
            number = path.removeprefix(folder)
            if number != path and number.isascii() and number.isdigit():
                return int(number)
        try:
            link = os.readlink(path)
        except OSError:
            return None
        path = os.path.join(os.path.dirname(path), link)
    return None


def in_place(dest: Path) -> tuple[Path, bool]:
    """(the path to write, whether it is written directly rather than renamed over).
    A link leads to its target; a device, FIFO or socket is written directly, and so
    is a name of the run's own open file (`own_descriptor`)."""
    if own_descriptor(dest) is not None:
        return dest, True
    target = Path(os.path.realpath(dest)) if dest.is_symlink() else dest
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return target, False
    return target, not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def temp_beside(dest: Path) -> Path:
    """A new empty file in the folder of `dest`, named so that it reads as ours."""
    import tempfile  # only when writing a file: JSON Lines on standard output needs none

    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    return Path(tmp)


def discard(tmp: Path) -> None:
    """Remove a temporary output and what SQLite may have made beside it."""
    for path in (tmp, *(tmp.with_name(tmp.name + end) for end in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            path.unlink()


def publish(tmp: Path, dest: Path) -> None:
    """Give the finished file the mode a plain open() would have, then rename it."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, dest)


class AtomicFile:
    """A file written under a temporary name in its folder and renamed on commit;
    a device or a pipe is written directly."""

    fh: typing.IO

    def __init__(
        self,
        dest: Path,
        mode: str = "w",
        encoding: str | None = "utf-8",
        newline: str | None = None,
    ):
        descriptor = own_descriptor(dest)
        if descriptor is not None:
            self.dest, self.tmp = dest, None
            self.fh = open_descriptor(descriptor, mode, encoding, newline)
            return
        self.dest, direct = in_place(dest)
        self.tmp = None if direct else temp_beside(self.dest)
        path = self.dest if self.tmp is None else self.tmp
        # A device or a FIFO is opened with the ending signals let through (the run holds
        # them while its output is set up): a FIFO waits for its reader, maybe forever,
        # and there is no temporary file to leave behind.
        opening = ending_signals_let_through() if self.tmp is None else contextlib.nullcontext()
        try:
            with opening:
                if "b" in mode:
                    self.fh = open(path, mode)  # noqa: SIM115 - closed by commit/abort
                else:
                    self.fh = open(  # noqa: SIM115
                        path, mode, encoding=encoding, errors=TEXT_ERRORS, newline=newline
                    )
        except BaseException:
            if self.tmp is not None:
                discard(self.tmp)  # no object to abort yet: the temporary file goes here
            raise

    @property
    def text(self) -> io.TextIOWrapper:
        """The file opened in text mode, typed as such (`fh` is text or binary by mode)."""
        if not isinstance(self.fh, io.TextIOWrapper):
            raise TypeError(f"{self.dest} was opened in binary mode")
        return self.fh

    def commit(self) -> None:
        self.finish()
        self.publish()

    def finish(self) -> None:
        """Write everything to the disk: the step that fails when it is full."""
        self.fh.flush()
        if self.tmp is not None:
            os.fsync(self.fh.fileno())
        self.fh.close()

    def publish(self) -> None:
        """Give the finished file its real name."""
        if self.tmp is not None:
            publish(self.tmp, self.dest)

    def abort(self) -> None:
        # Closing flushes what is buffered, which fails again on a full disk.
        with contextlib.suppress(OSError):
            self.fh.close()
        if self.tmp is not None:
            discard(self.tmp)


def open_descriptor(
    descriptor: int, mode: str, encoding: str | None, newline: str | None
) -> typing.IO:
    """A file object of its own on a copy of the run's open `descriptor` (closing it
    leaves the descriptor open), writing where the descriptor stands."""
    try:
        copy = os.dup(descriptor)
    except OSError as exc:
        raise OSError(exc.errno, f"descriptor {descriptor} is not open") from None
    if "b" in mode:
        return os.fdopen(copy, mode)
    return os.fdopen(copy, mode, encoding=encoding, errors=TEXT_ERRORS, newline=newline)


def commit_together(files: Iterable[AtomicFile]) -> None:
    """Finish every file, then publish them all: files that belong together (the
    tables of a CSV folder) appear together or, when one fails, not at all."""
    files = list(files)
    for file in files:
        file.finish()
    for file in files:
        file.publish()


class _StdoutText(io.TextIOWrapper):
    """Text over standard output's bytes; closing (or dropping) it flushes and
    lets go, leaving standard output itself open for whoever writes next."""

    def close(self) -> None:
        if not self.closed:
            # A failed flush was reported where it happened; dropping the
            # wrapper must not raise it again.
            with contextlib.suppress(OSError, ValueError):
                self.flush()
                self.detach()


def stdout_text() -> typing.TextIO:
    """Standard output as UTF-8 whatever the locale: the output is data, not a message."""
    if not hasattr(sys.stdout, "buffer"):
        return sys.stdout
    return _StdoutText(
        sys.stdout.buffer, encoding="utf-8", errors=TEXT_ERRORS, newline="\n", write_through=True
    )


def silence_stdout() -> None:
    """After a failed write to standard output, point it at /dev/null, so that the
    interpreter's final flush does not fail again with a traceback-like message."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def json_text(record: Record, indent: int | None = None) -> str:
    """A record as JSON, as pydantic writes it (record_base.json_default: without
    building its serializer, nor the record's data first); a lone surrogate (from a
    file name that is not UTF-8) stays in the text for the stream to write as `\\udcXX`."""
    from ..record_base import json_default

    separators = (",", ": ") if indent is not None else (",", ":")
    return json.dumps(
        record, ensure_ascii=False, indent=indent, separators=separators, default=json_default
    )


def sqlite_text(value: object) -> object:
    """A value SQLite can store: text with lone surrogates gets them as `\\udcXX`."""
    if isinstance(value, str) and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return value.encode("utf-8", TEXT_ERRORS).decode("utf-8")
    return value
