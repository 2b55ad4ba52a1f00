from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import click

from ..export import FORMATS
from ..read import INPUT_FORMATS
from ..wording import count
from .common import (
    IsoDay,
    csv_options,
    debug_option,
    format_option,
    input_options,
    jobs_option,
    max_size_option,
    output_option,
    table_option,
)
from .gazetteer_option import gazetteer_option, use_gazetteer_files

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ..models import Document


# The closing note's hint on the documents --since/--until leave out for want of a date.
UNDATED_HINT = " (--keep-undated keeps those without one)"


@click.command()
@click.argument("paths", nargs=-1, required=True)
@output_option(
    "Output file; its suffix chooses the format (.jsonl .json .csv .sqlite/.db .xlsx "
    ".geojson .parquet); a folder (DIR/) gets one CSV per table, NAME.parquet a folder of one "
    "Parquet file per table; a folder named NAME.json (.jsonl, .sqlite ...) is refused. "
    "Default: JSON Lines on standard output."
)
@format_option(FORMATS)
@table_option
@click.option(
    "--db",
    type=click.Path(dir_okay=False),
    default=None,
    help="Update this SQLite database in place: only new and changed files are parsed, "
    "files no longer given are flagged removed (none when a path given does not exist).",
)
@click.option(
    "--input-format",
    type=click.Choice(sorted(INPUT_FORMATS)),
    default=None,
    help="How standard input (-) is read; default: from its content.",
)
@input_options
@csv_options
@jobs_option
@click.option("--fail-fast", is_flag=True, help="Stop at the first file that fails.")
@click.option(
    "--since",
    type=IsoDay(),
    default=None,
    metavar="DATE",
    help="Only documents issued on or after DATE (YYYY-MM-DD). "
    "Documents without an issued date are left out when --since/--until is given "
    "(counted apart; --keep-undated keeps them); with --db, a file left out is not "
    "parsed again while unchanged and still out of range.",
)
@click.option(
    "--until",
    type=IsoDay(),
    default=None,
    metavar="DATE",
    help="Only documents issued on or before DATE (YYYY-MM-DD); see --since.",
)
@click.option(
    "--keep-undated",
    is_flag=True,
    help="With --since/--until: keep the documents without an issued date too "
    "(their `issued` is null); only the dated ones outside the range are left out.",
)
@click.option(
    "--fields",
    default=None,
    metavar="F1,F2",
    help="Keep only these fields (e.g. dates,places); id, source, language, warnings "
    "and duplicates are always kept, other fields are left empty (null or []).",
)
@click.option(
    "--dedupe",
    is_flag=True,
    help="Parse one document of each group of duplicates (see `vap dedupe`); "
    "the others are listed in its `duplicates`.",
)
@max_size_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@click.option(
    "--explain",
    is_flag=True,
    help="Print why: every candidate a named rule kept or dropped, and that rule (text on "
    "standard output, instead of records). Places and participants explain every "
    "candidate, and events every sentence or table row naming a kind; persons, periods "
    "and dates the ones a rule decided.",
)
@debug_option
@gazetteer_option
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="dask: run on a Dask cluster and write a folder of JSONL and Parquet partitions "
    "(-o OUT_DIR; needs the dask extra; see README, Scale out).",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="With --engine dask: the Dask scheduler (tcp://host:8786); "
    "default: a local cluster of --jobs processes (all cores unless given).",
)
def parse(
    paths,
    output,
    fmt,
    table,
    db,
    input_format,
    include,
    exclude,
    delimiter,
    excel,
    jobs,
    since,
    until,
    keep_undated,
    fields,
    dedupe,
    fail_fast,
    max_size,
    quiet,
    explain,
    debug,
    gazetteer_files,
    engine,
    scheduler,
) -> None:
    """Extract dates, places, participants, people and contacts from documents.

    PATHS are files or folders (walked recursively; hidden files skipped, and
    a symbolic link to a folder not entered: name it to read it); `-` reads one
    document from standard input.

    \b
    Examples:
        vap parse samples/ > out.jsonl
        vap parse samples/ -o out.json
        vap parse samples/ -o out/ --excel
        vap parse samples/ -o events.csv --table events --excel --delimiter ';'
        vap parse samples/ -o vap.xlsx
        vap parse samples/ -o places.geojson
        vap parse samples/ --db corpus.sqlite --jobs 0
        curl -s https://example.org/news/1 | vap parse -
        vap parse inbox/ --dedupe --since 2020-01-01 --fields issued,dates,places
        vap parse samples/ --gazetteer my-places.yaml
        vap parse report.docx --explain
        vap parse --engine dask samples/ -o out/
    """
    from ..batch import run
    from ..export.outfile import STDOUT_NAME, writing
    from ..models import Failure
    from ..signals import release_signals
    from .common import Reporter, collect_inputs

    resources = use_gazetteer_files(gazetteer_files)
    if engine == "dask" or scheduler:
        from .parse_dask import parse_on_dask

        parse_on_dask(paths, output, scheduler, jobs, include, exclude, gazetteer_files, quiet)
    if since and until and since > until:
        raise click.UsageError("--since is after --until")
    if keep_undated and not (since or until):
        raise click.UsageError("--keep-undated keeps what --since/--until leave out: give one")
    keep = _fields_kept(fields)
    since_day, until_day = (d.date() if d else None for d in (since, until))
    reporter = Reporter(quiet=quiet, debug=debug, verb="parse")
    inputs = collect_inputs(
        paths, include, exclude, reporter, empty_ok=bool(db), outputs=(output, db)
    )
    if explain:
        _explain_conflicts(output=output, format=fmt, excel=excel, fields=fields, table=table,
                           db=db, dedupe=dedupe, since=since, until=until,
                           keep_undated=keep_undated)  # fmt: skip
        _explain_all(inputs, resources.extra, reporter, fail_fast, input_format, max_size)
    duplicates: dict[str, list[str]] = {}
    if dedupe:
        inputs, duplicates = _without_duplicates(inputs)
    target = db or (output if output and output != "-" else STDOUT_NAME)

    def make_writer():
        if db:
            _stop_when_no_path_exists(inputs, reporter, db, quiet)
            dates = (since_day, until_day, keep_undated)
            return _database_writer(db, output or fmt, inputs, quiet, dates, max_size)
        return output_writer(output, fmt, table, delimiter, excel), inputs, LeftOut()

    (writer, inputs, left_out), held = writer_with_signals_held(reporter, target, make_writer)
    started = time.perf_counter()
    with writer_guard(writer, reporter, target):
        release_signals(held)
        with reporter.progress(len(inputs)) as advance:
            for result in run(
                inputs,
                jobs=jobs,
                gazetteer=resources.extra,
                stdin_format=input_format,
                max_bytes=max_size,
                keep_text=writer.keeps_text,
            ):
                advance()
                if result.error is not None:
                    reporter.failed(result.path, result.error, result.trace)
                    with writing(target):  # the table outputs keep it: their `errors`
                        failure = Failure(source=result.path, error=result.error)
                        writer.failed_read(failure, result.sha256)
                    if fail_fast:
                        break
                    continue
                assert result.document is not None  # a result without an error has one
                document = _as_written(
                    result.document, (since_day, until_day, keep_undated), duplicates, keep
                )
                left_out.note(result.document.issued, written=document is not None)
                if document is None:
                    with writing(target):
                        writer.left_out(result.document)
                    continue
                with writing(target):
                    writer.write_parsed(document, result.text, result.sha256)
        with writing(target):
            writer.close()
    reporter.summary(time.perf_counter() - started)
    if not quiet:
        _closing_notes(db, writer, left_out if since or until else None)
    sys.exit(1 if reporter.failures else 0)


def _fields_kept(fields: str | None) -> frozenset[str] | None:
    """The fields --fields names; None when it is not given (every field is kept)."""
    from ..subset import parse_fields

    if fields is None:
        return None
    try:
        return parse_fields(fields)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--fields") from None


def _without_duplicates(inputs: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """The inputs less the copies of another file, and the copies of each file kept."""
    from ..subset import duplicate_groups

    duplicates = duplicate_groups(inputs)
    dropped = {path for group in duplicates.values() for path in group}
    return [path for path in inputs if path not in dropped], duplicates


@dataclass
class LeftOut:
    """What --since/--until did: documents left out issued outside the range, left out
    without an issued date, and kept without one (--keep-undated)."""

    dated: int = 0
    undated: int = 0
    kept_undated: int = 0

    def note(self, issued: str | None, written: bool) -> None:
        """Count one document --since/--until judged (`written`: it is in the output)."""
        from ..subset import undated

        if not undated(issued):
            self.dated += not written
        elif written:
            self.kept_undated += 1
        else:
            self.undated += 1

    def lines(self) -> list[str]:
        """The closing note's lines: the dated and the undated left out counted apart."""
        dated = f"{count(self.dated, 'document')} outside --since/--until"
        if not self.undated:
            said = f"{dated} left out"
        elif not self.dated:
            said = f"{count(self.undated, 'document')} without an issued date left out by "
            said += f"--since/--until{UNDATED_HINT}"
        else:
            said = f"{dated} and {self.undated} without an issued date left out{UNDATED_HINT}"
        if not self.kept_undated:
            return [said]
        kept = f"{count(self.kept_undated, 'document')} without an issued date kept"
        return [said, f"{kept} (--keep-undated)"]


def _closing_notes(db: str | None, writer, left_out: LeftOut | None) -> None:
    """What a run changed beyond its output: files flagged removed, documents left out,
    texts the output could not hold whole."""
    if db and writer.removed:
        click.echo(
            f"vap parse: {count(len(writer.removed), 'file')} flagged removed in {db}", err=True
        )
    if db and writer.missing:
        click.echo(_nothing_removed(db, writer.missing[0]), err=True)
    for line in left_out.lines() if left_out is not None else []:
        click.echo(f"vap parse: {line}", err=True)
    for note in writer.notes():
        click.echo(f"vap parse: {note}", err=True)


def _as_written(
    document: Document,
    dates: tuple[dt.date | None, dt.date | None, bool],
    duplicates: dict[str, list[str]],
    keep: frozenset[str] | None,
) -> Document | None:
    """The document as `vap parse` writes it, or None when --since/--until leave it out
    (`dates`: since, until and --keep-undated)."""
    from ..subset import in_range, keep_fields

    if not in_range(document, *dates):
        return None
    if document.source in duplicates:
        document = document.model_copy(update={"duplicates": duplicates[document.source]})
    return keep_fields(document, keep) if keep is not None else document


def _explain_conflicts(**given: object) -> None:
    """--explain prints text for reading: options that shape records are a usage error."""
    clash = [name for name, value in given.items() if value]
    if clash:
        raise click.UsageError(f"--explain prints text to standard output; drop --{clash[0]}")


def _explain_all(
    inputs: list[str],
    gazetteer: tuple[str, ...],
    reporter,
    fail_fast: bool,
    input_format: str | None,
    max_bytes: int,
) -> None:
    """`--explain`: each file's decisions on standard output, the file read as the parse
    reads it (`input_format` for standard input, `max_bytes`); exit 1 if any failed."""
    for path in inputs:
        stdin_format = input_format if path == "-" else None
        if not _print_explanation(path, gazetteer, reporter, stdin_format, max_bytes) and fail_fast:
            break
    sys.exit(1 if reporter.failures else 0)


def _print_explanation(
    path: str, gazetteer: tuple[str, ...], reporter, input_format: str | None, max_bytes: int
) -> bool:
    """Parse one file and print its decisions, grouped by extractor, each candidate
    once under its last word, the kept ones first (explain.explanation_lines); a file
    that fails gets its one-line error. False if it failed."""
    from ..batch import parse_one
    from ..explain import explanation_lines

    result = parse_one(
        path, gazetteer, explain=True, input_format=input_format, max_bytes=max_bytes
    )
    reporter.done += 1
    if result.error is not None:
        reporter.failed(path, result.error, result.trace)
        return False
    decisions = result.decisions or []
    click.echo(f"== {path}: {count(len(decisions), 'decision')}")
    for line in explanation_lines(decisions):
        click.echo(line)
    return True


def writer_with_signals_held(reporter, target, make_writer):
    """`make_writer()`'s result, made with the ending signals held, and the mask to give
    back once the run's clean-up is in place (signals.hold_ending_signals): a signal
    landing while the output's temporary file is made would leave it behind."""
    from ..export.outfile import OutputError, writing
    from ..signals import hold_ending_signals, release_signals

    held = hold_ending_signals()
    try:
        with writing(target):
            return make_writer(), held
    except OutputError as exc:
        release_signals(held)
        reporter.fail_line(str(exc))
        sys.exit(1)
    except BaseException:
        release_signals(held)  # never leave them held: a child process would inherit it
        raise


@contextlib.contextmanager
def writer_guard(writer, reporter, target: str) -> Iterator[None]:
    """The writer's output stands only when the block ends well: an output that
    cannot be written is one line and exit 1; anything else (Ctrl-C, SIGTERM, a bug)
    takes the partial output away and goes on."""
    from ..export.outfile import STDOUT_NAME, OutputError, silence_stdout

    try:
        yield
    except OutputError as exc:
        writer.abort()
        reporter.fail_line(str(exc))
        if target == STDOUT_NAME:
            silence_stdout()
        sys.exit(1)
    except BaseException:
        writer.abort()
        raise


def output_writer(output, fmt, table, delimiter, excel):
    """The writer for -o/--format, or a usage error naming what is wrong."""
    from ..export import format_for, open_writer

    try:
        fmt = format_for(output, fmt)
        if table is not None and fmt != "csv":
            raise ValueError("--table writes CSV: use a .csv output or --format csv")
        if fmt in ("csv", "sqlite", "xlsx", "geojson", "parquet") and not output and table is None:
            raise ValueError(f"--format {fmt} needs an output path: -o PATH")
        if fmt != "csv" and (excel or delimiter != ","):
            # asked for and silently not given: an analyst's Excel file would be JSON
            shaping = "--excel" if excel else "--delimiter"
            raise ValueError(f"{shaping} shapes CSV, not {fmt}: add --format csv -o PATH")
        return open_writer(fmt, output, excel=excel, delimiter=delimiter, table=table)
    except ImportError as exc:
        raise click.UsageError(_missing_extra(exc)) from None
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    except (FileExistsError, IsADirectoryError, NotADirectoryError) as exc:
        # what the user asked for cannot be: a usage error; a failing disk is not (exit 1)
        from ..export.outfile import path_problem

        raise click.UsageError(f"{output}: {path_problem(output, exc)}") from None


def _missing_extra(exc: ImportError) -> str:
    extras = {"openpyxl": "xlsx", "pandas": "frames", "pyarrow": "parquet"}
    name = (exc.name or "").split(".")[0]
    extra = extras.get(name, name)
    return f"this output needs {name}: pip install 'vap-cli[{extra}]'"


def _database_writer(db, other, inputs, quiet, dates, max_size):
    """--db: the incremental writer, the inputs it still has to parse, and the number
    of documents --since/--until (`dates`) left out before, not parsed again; a file
    that failed before with the same bytes is not parsed again either (unless
    `max_size` now lets it be read)."""
    if other:
        raise click.UsageError("--db updates a database: it takes no -o or --format")
    try:
        from ..export.sqlite_incremental import open_incremental

        writer = open_incremental(db)
    except ImportError as exc:
        raise click.UsageError(_missing_extra(exc)) from None
    except (FileExistsError, IsADirectoryError, NotADirectoryError, ValueError) as exc:
        # what the user named cannot be a database (a folder, another program's tables)
        from ..export.outfile import path_problem

        raise click.UsageError(f"{db}: cannot open the database: {path_problem(db, exc)}") from None
    since, until, keep_undated = dates
    plan = writer.plan(inputs, since, until, max_bytes=max_size, keep_undated=keep_undated)
    if not quiet:
        # a path that does not exist is no new file: only its error line speaks of it
        there = [p for p in plan.parse if p == "-" or os.path.lexists(p)]
        click.echo(
            f"vap parse: {count(len(there), 'new or changed file')}, "
            f"{plan.unchanged} unchanged{_of_the_unchanged(plan)}",
            err=True,
        )
    left_out = LeftOut(dated=plan.outside - plan.outside_undated, undated=plan.outside_undated)
    return writer, plan.parse, left_out


def _stop_when_no_path_exists(inputs: list[str], reporter, db: str, quiet: bool) -> None:
    """--db with only paths that do not exist (a mistyped folder): each one's error line
    and exit 1, before the database is made or opened and before any summary; a
    database already there is left as it was, and the closing note says so."""
    from ..read import NO_SUCH_PATH

    absent = [p for p in inputs if p != "-" and not os.path.lexists(p)]
    if not inputs or len(absent) < len(inputs):
        return
    for path in absent:
        reporter.failed(path, NO_SUCH_PATH)
    if not quiet and os.path.exists(db):
        click.echo(_nothing_removed(db, absent[0]), err=True)
    sys.exit(1)


def _nothing_removed(db: str, missing: str) -> str:
    """The closing note of a --db run given a path that does not exist (`missing`): the
    database's files are not flagged removed for it."""
    return f"vap parse: nothing flagged removed in {db}: {missing} does not exist"


def _of_the_unchanged(plan) -> str:
    """What the summary says of the unchanged files a --db run does not parse: those a
    date range left out before, those that failed the same way before."""
    notes = [f"{plan.outside} of them outside --since/--until"] if plan.outside else []
    if plan.failing:
        notes.append(
            f"{plan.failing} of them failed as before, with the same bytes: not read again,"
            " still in the errors table"
        )
    return f" ({'; '.join(notes)})" if notes else ""
