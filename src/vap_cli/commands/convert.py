"""`vap convert`: records of `vap parse` (JSON Lines or JSON, edited or not) written
again in any output format `vap parse` writes, with the same tables and columns (the
writers of the export package, which derive them from the models)."""

from __future__ import annotations

import sys
import time

import click

from ..export import FORMATS
from ..wording import count
from .common import csv_options, format_option, output_option, table_option


@click.command()
@click.argument("records", nargs=-1, required=True)
@output_option(
    "Output file; its suffix chooses the format as for `vap parse` (.jsonl .json .csv "
    ".sqlite/.db .xlsx .geojson .parquet; DIR/ a folder of one CSV per table). "
    "Default: JSON Lines on standard output."
)
@format_option(FORMATS)
@table_option
@csv_options
@click.option(
    "--errors",
    "errors_from",
    multiple=True,
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="The files that failed, for the `errors` table: what `vap parse` printed on "
    "standard error (its `vap: error: PATH: REASON` lines; 2> parse.log), or an "
    "errors.csv of a table output. Repeatable.",
)
@click.option("-q", "--quiet", is_flag=True, help="No summary line.")
def convert(records, output, fmt, table, delimiter, excel, errors_from, quiet) -> None:
    """Write records of `vap parse` (.jsonl, .ndjson or .json; - reads JSON Lines from
    standard input) in another format: the CSV tables, SQLite, Excel, Parquet,
    GeoJSON or JSON, with the same tables and columns as `vap parse` writes. For a
    batch clean-up: edit the JSON Lines (drop a false person, correct a place, with
    Python or jq; an item dropped means renumbering the indexes into its list: the
    README's "A scripted batch clean-up"), then write the tables again.

    Every record is checked against the Document model (`vap schema`) and its
    indexes (part_of, an event's participants, a contact's person) against its lists;
    a record that fails is one line on stderr naming the file and line, the others are
    written, and the exit status is 1. The SQLite output reads each document's text
    and SHA-256 from its source file when it is still there, as `vap parse` does.
    Exit status: 0 all well, 1 some record or --errors file failed, 2 usage.

    \b
    Examples:
        vap parse inbox/ > out.jsonl 2> parse.log
        jq -c '.warnings |= map(select(.code != "breakdown_sum_mismatch"))' \\
            out.jsonl > fixed.jsonl
        vap convert fixed.jsonl --errors parse.log -o tables/
        vap convert fixed.jsonl --errors parse.log -o corpus.sqlite
        vap convert fixed.jsonl -o corpus.xlsx
    """
    from ..export.outfile import STDOUT_NAME, writing
    from ..export.record_io import RECORDS_SUFFIXES, read_failures, records_of
    from ..signals import release_signals
    from .common import Reporter
    from .parse import output_writer, writer_guard, writer_with_signals_held

    if records.count("-") > 1:
        raise click.UsageError("standard input ('-') can be read once")
    for path in records:
        if path != "-" and not path.lower().endswith(RECORDS_SUFFIXES):
            raise click.UsageError(
                f"{path}: convert reads records of vap parse ({', '.join(RECORDS_SUFFIXES)}),"
                " not documents: vap parse them"
            )
    reporter = Reporter(quiet=quiet, verb="convert")
    target = output if output and output != "-" else STDOUT_NAME
    failures = []
    for path in errors_from:
        try:
            failures += read_failures(path)
        except ValueError as exc:
            reporter.failed(path, str(exc))
    writer, held = writer_with_signals_held(
        reporter, target, lambda: output_writer(output, fmt, table, delimiter, excel)
    )
    started, written = time.perf_counter(), 0
    with writer_guard(writer, reporter, target):
        release_signals(held)
        for path in records:
            for where, doc, problem in records_of(path):
                if doc is None:
                    reporter.failed(where, problem)
                    continue
                with writing(target):
                    writer.write(doc)
                written += 1
        with writing(target):
            for failure in failures:
                writer.failed(failure)
            writer.close()
    if not quiet:
        errors = f", {count(len(failures), 'file')} in errors" if errors_from else ""
        click.echo(
            f"vap convert: {count(written, 'record')}{errors}, {reporter.failures} failed, "
            f"{time.perf_counter() - started:.2f} s",
            err=True,
        )
    sys.exit(1 if reporter.failures else 0)
