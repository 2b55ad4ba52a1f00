"""What the commands share: one-line error reports, the progress bar, the summary."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import click

from ..errors import one_line
from ..wording import count

if TYPE_CHECKING:
    from rich.console import Console


def stdout_console(**options: Any) -> Console:
    """A rich Console on standard output whose reader going away (`| head`) ends
    the run as every command's does (exit 141, quietly: cli.main), where rich's
    own handler exits with status 1."""
    from rich.console import Console

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:
            raise BrokenPipeError

    return PipeConsole(**options)


class Reporter:
    """Messages on stderr. A progress bar only when stderr is a terminal."""

    def __init__(self, quiet: bool = False, debug: bool = False, verb: str = "parse"):
        self.quiet, self.debug, self.verb = quiet, debug, verb
        self.failures = 0
        self.done = 0
        self._console: Console | None = None  # while a progress bar is shown

    def _echo(self, message: str) -> None:
        if self._console is not None:
            self._console.print(message, markup=False, highlight=False)
        else:
            click.echo(message, err=True)

    def failed(self, path: str, reason: str, trace: str | None = None) -> None:
        self.failures += 1
        self._echo(f"vap: error: {one_line(path)}: {one_line(reason)}")
        if self.debug and trace:
            self._echo(trace.rstrip())

    def fail_line(self, message: str) -> None:
        self._echo(f"vap: error: {one_line(message)}")

    def skipped(self, path: str, reason: str) -> None:
        if not self.quiet:
            self._echo(f"vap: skipped: {one_line(path)}: {one_line(reason)}")

    @contextlib.contextmanager
    def progress(self, total: int) -> Iterator[Callable[[], None]]:
        def advance_plain() -> None:
            self.done += 1

        if self.quiet or not sys.stderr.isatty():
            yield advance_plain
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self._console = Console(stderr=True)
        columns = (
            TextColumn(f"{self.verb}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
        )
        with Progress(*columns, console=self._console, transient=True) as bar:
            task = bar.add_task(self.verb, total=total)

            def advance() -> None:
                self.done += 1
                bar.advance(task)

            try:
                yield advance
            finally:
                self._console = None

    def summary(self, seconds: float) -> None:
        if not self.quiet:
            click.echo(
                f"vap {self.verb}: {count(self.done, 'file')}, {self.failures} failed, {seconds:.2f} s",
                err=True,
            )


# Options that several commands share, defined once (applied as decorators).
def input_options(command: Callable) -> Callable:
    """--include / --exclude globs for commands that walk folders."""
    command = click.option(
        "--exclude",
        multiple=True,
        metavar="GLOB",
        help="Skip files whose name, path or path inside the folder given matches GLOB, "
        "and the folders whose name or path does ('archive', 'archive/*'; repeatable).",
    )(command)
    return click.option(
        "--include",
        multiple=True,
        metavar="GLOB",
        help="Only files whose name, path or path inside the folder given matches GLOB "
        "('*.docx', '2024/*'; repeatable).",
    )(command)


jobs_option = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Worker processes; 0 = all cores.",
)


def csv_options(command: Callable) -> Callable:
    """--delimiter and --excel, on every command that writes CSV."""
    command = click.option(
        "--excel",
        is_flag=True,
        help="CSV for Excel: a byte order mark, CRLF, and codes, phones and cells "
        "starting with = + - @ kept as text (no 9.96E+11). With --delimiter ';' "
        "decimals get a comma, as a Russian locale expects.",
    )(command)
    return click.option(
        "--delimiter",
        default=",",
        show_default=True,
        metavar="CHAR",
        callback=_delimiter_callback,
        help="CSV field separator: ',' or ';' (Excel in a Russian locale) or 'tab'.",
    )(command)


def _delimiter_callback(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    try:
        return delimiter_value(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def delimiter_value(value: str) -> str:
    """--delimiter: one character; `tab` and `\\t` name the tab. (Here, not in
    export/csv_style.py: click checks the default of every run, CSV or not, and csv_style
    compiles its patterns at import.)"""
    if value in ("tab", "\\t"):
        return "\t"
    if len(value) != 1 or value in ('"', "\n", "\r"):
        raise ValueError(f"the delimiter must be one character (not a quote), not {value!r}")
    return value


def output_option(help_text: str) -> Callable:
    """-o/--output: where a command writes (default: standard output)."""
    return click.option(
        "-o", "--output", "output", type=click.Path(dir_okay=True), default=None, help=help_text
    )


def format_option(formats: Sequence[str]) -> Callable:
    """-f/--format of the commands that write records (parse, convert)."""
    return click.option(
        "-f",
        "--format",
        "fmt",
        type=click.Choice(formats),
        default=None,
        help="Output format; overrides the -o suffix (default: the suffix's, else jsonl).",
    )


def table_option(command: Callable) -> Callable:
    """--table: one table of the CSV output."""
    return click.option(
        "--table",
        default=None,
        metavar="NAME",
        help="CSV of one table only (documents, events, places, ...): -o events.csv --table events.",
    )(command)


class ByteSize(click.ParamType):
    """A size in bytes: 20MB, 500k, 1G or a plain number."""

    name = "size"
    UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}

    def convert(self, value, param, ctx) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip().lower().removesuffix("b").removesuffix("i")
        number, unit = (text[:-1], text[-1]) if text[-1:] in self.UNITS else (text, "")
        try:
            size = int(float(number) * self.UNITS[unit])
        except ValueError:
            self.fail(f"{value!r} is not a size (e.g. 20MB, 500k, 1000000)", param, ctx)
        if size <= 0:
            self.fail(f"{value!r}: the size must be positive", param, ctx)
        return size


class IsoDay(click.ParamType):
    """A day written YYYY-MM-DD (--since, --until), given back as a datetime at midnight:
    a day that does not exist (month 13, 30 February) is named as such, not as a
    mismatch of the format."""

    name = "date"
    SHAPE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
    LAST_MONTH = 12

    def convert(self, value, param, ctx) -> dt.datetime:
        if isinstance(value, dt.datetime):
            return value
        text = str(value).strip()
        shaped = self.SHAPE.fullmatch(text)
        if shaped is None:
            self.fail(f"{value!r} is not a date written YYYY-MM-DD (e.g. 2020-01-31)", param, ctx)
        year, month, day = (int(part) for part in shaped.groups())
        if not 1 <= month <= self.LAST_MONTH:
            self.fail(
                f"{text} is not a date: there is no month {month}; expected YYYY-MM-DD", param, ctx
            )
        try:
            return dt.datetime(year, month, day)
        except ValueError:
            self.fail(
                f"{text} is not a date: {year}-{month:02d} has no day {day}; expected YYYY-MM-DD",
                param,
                ctx,
            )


max_size_option = click.option(
    "--max-size",
    type=ByteSize(),
    default="20MB",
    show_default=True,
    help="Refuse (with a one-line error) any input file larger than this.",
)


debug_option = click.option("--debug", is_flag=True, help="Show the traceback of internal errors.")


def collect_inputs(
    paths: Sequence[str],
    include: Sequence[str],
    exclude: Sequence[str],
    reporter: Reporter,
    expand: Callable[..., Iterable[Any]] | None = None,
    empty_ok: bool = False,
    outputs: Sequence[str | None] = (),
) -> list[str]:
    """The files to read, in order; skipped ones reported; exit 1 when there are none,
    unless `empty_ok` (`--db`: a folder whose files were all removed is news to record).
    `expand`: how paths become inputs (default batch.collect; the Dask engine's also
    takes globs and URLs). A usage error when one of `outputs` is one of them."""
    from ..batch import Skipped, Unreadable, collect

    inputs: list[str] = []
    try:
        for item in (expand or collect)(paths, include, exclude):
            if isinstance(item, Skipped):
                reporter.skipped(item.path, item.reason)
            elif isinstance(item, Unreadable):
                reporter.failed(item.path, item.reason)
            else:
                inputs.append(item)
    except (OSError, ValueError) as exc:  # a glob or URL that cannot be listed
        reporter.fail_line(f"cannot list the inputs: {exc}")
        sys.exit(1)
    for output in outputs:
        refuse_output_among_inputs(output, inputs)
    if not inputs and not (empty_ok and not reporter.failures):
        if not reporter.failures:
            reporter.fail_line("no documents to read")
        sys.exit(1)
    return inputs


def refuse_output_among_inputs(output: str | None, inputs: Iterable[str]) -> None:
    """A usage error when the output file is one of the files the run reads: writing it
    would replace a document with the run's own output (`-o press/a.txt`, or a report
    written into the folder it reads). Only an output that exists as a regular file can
    be one; the inputs are compared by device and inode, so no spelling of a path hides
    it."""
    if not output or output == "-":
        return
    try:
        out = os.stat(output)
    except OSError:
        return
    if not stat.S_ISREG(out.st_mode):
        return  # a device or a pipe is written into, not replaced
    from ..export.outfile import file_identity

    for path in inputs:
        if file_identity(path) == (out.st_dev, out.st_ino):
            raise click.UsageError(
                f"the output {output} is one of the inputs ({path}): writing it would replace "
                "that document; choose an output outside the inputs"
            )
