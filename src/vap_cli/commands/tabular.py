"""Where the listing commands (places, contacts, dedupe) write, and how: a table
for a terminal, plain tab-separated text into a pipe, CSV or JSON; standard
output or an -o FILE written atomically."""

from __future__ import annotations

import contextlib
import io
import json
import sys
import typing
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import click

from ..export.csv_style import CsvStyle
from ..export.outfile import STDOUT_NAME, TEXT_ERRORS, path_problem

LISTING_FORMATS = ("table", "csv", "json")
# The suffixes of -o FILE that choose a listing's format when --format is not given,
# as the suffix does for `vap parse`.
LISTING_SUFFIXES = {".csv": "csv", ".json": "json"}


def listing_format_option(table: str) -> typing.Callable:
    """-f/--format of the listing commands (`table`: what their table is); unset,
    the -o suffix chooses (listing_format)."""
    return click.option(
        "-f",
        "--format",
        "fmt",
        type=click.Choice(LISTING_FORMATS),
        default=None,
        help=f"table (the default): {table}; -o FILE.csv or FILE.json chooses csv or json.",
    )


def listing_format(fmt: str | None, output: str | None, excel: bool) -> str:
    """The format asked for, else the one the -o suffix says, else csv with --excel
    (it asks for CSV), else table. --excel shapes CSV only: with another format asked
    for it is a usage error, not silently lost. A listing is one file: a folder, or
    the suffix of a format it cannot write (`-o people.xlsx` got tab-separated
    lines), is a usage error, not a guess."""
    if output and output != "-":
        _check_listing_file(output, fmt)
    chosen = fmt
    if chosen is None:
        suffix = Path(output).suffix.lower() if output and output != "-" else ""
        chosen = LISTING_SUFFIXES.get(suffix, "csv" if excel else "table")
    if excel and chosen != "csv":
        given = f"--format {fmt}" if fmt else f"-o {output}"
        raise click.UsageError(f"--excel shapes CSV, not {chosen}: drop --excel or {given}")
    return chosen


def _check_listing_file(output: str, fmt: str | None) -> None:
    from ..export import SUFFIX_FORMATS, names_a_folder

    if names_a_folder(output) or Path(output).is_dir():
        raise click.UsageError(f"{output} names a folder: a listing is one file (-o FILE.csv)")
    suffix = Path(output).suffix.lower()
    if fmt is None and suffix in SUFFIX_FORMATS and suffix not in LISTING_SUFFIXES:
        raise click.UsageError(
            f"{output}: a listing is written as {', '.join(LISTING_FORMATS)}, not "
            f"{SUFFIX_FORMATS[suffix]}: -o FILE.csv, FILE.json, or --format"
        )


@contextlib.contextmanager
def output_stream(output: str | None, encoding: str = "utf-8") -> Iterator[typing.TextIO]:
    """Standard output (UTF-8 whatever the locale) or FILE, published only when complete."""
    if not output or output == "-":
        if not hasattr(sys.stdout, "buffer"):
            yield sys.stdout
            return
        out = io.TextIOWrapper(
            sys.stdout.buffer,
            encoding=encoding,
            errors=TEXT_ERRORS,  # a file name's undecodable bytes as \udcXX
            newline="",
            write_through=True,
        )
        try:
            yield out
        finally:
            out.flush()
            out.detach()  # standard output stays open for whatever follows
        return
    from ..export.outfile import AtomicFile

    file = AtomicFile(Path(output), encoding=encoding, newline="")
    try:
        yield file.text
    except BaseException:
        file.abort()
        raise
    file.commit()


def to_terminal(output: str | None) -> bool:
    return not output and sys.stdout.isatty()


def write_listing(
    fmt: str,
    output: str | None,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    records: Sequence[dict[str, Any]],
    style: CsvStyle,
) -> None:
    """csv (`style`), json (`records`), or plain text: a header line and one
    tab-separated line per row. The rich table for a terminal is the command's own."""
    try:
        with output_stream(output, style.encoding if fmt == "csv" else "utf-8") as out:
            if fmt == "json":
                json.dump(list(records), out, ensure_ascii=False, indent=2)
                out.write("\n")
            elif fmt == "csv":
                writer = style.writer(out)
                writer.writerow(columns)
                writer.writerows(style.row(r) for r in rows)
            else:
                for row in [columns, *rows]:
                    out.write("\t".join(_plain(v) for v in row) + "\n")
    except BrokenPipeError:
        raise  # the reader went away (`| head`): cli.main exits quietly with 141
    except OSError as exc:
        name = output or STDOUT_NAME
        from ..errors import one_line

        message = f"{name}: cannot write: {path_problem(name, exc)}"
        click.echo(f"vap: error: {one_line(message)}", err=True)
        sys.exit(1)


def _plain(value: Any) -> str:
    return "" if value is None else " ".join(str(value).split())
