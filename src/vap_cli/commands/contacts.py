"""`vap contacts`: the people of a folder of documents, each once (see directory.py)."""

from __future__ import annotations

import sys
import time

import click

from ..outfile import STDOUT_NAME, stdout_text, writing
from .common import debug_option, input_options, jobs_option, max_size_option

FORMATS = ("table", "csv", "json")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-f", "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True
)
@input_options
@jobs_option
@max_size_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@debug_option
def contacts(paths, fmt, include, exclude, jobs, max_size, quiet, debug) -> None:
    """A directory of the people the documents name: each person once, with
    roles, phones, e-mails, the documents that name them and the spellings seen.

    \b
    Examples:
        vap contacts samples/
        vap contacts samples/ --format csv > contacts.csv
        vap contacts samples/ --format json
    """
    from ..batch import run
    from ..directory import directory
    from .common import Reporter, collect_inputs

    reporter = Reporter(quiet=quiet, debug=debug, verb="contacts")
    inputs = collect_inputs(paths, include, exclude, reporter)
    started = time.perf_counter()
    documents = []
    with reporter.progress(len(inputs)) as advance:
        for result in run(inputs, jobs=jobs, max_bytes=max_size):
            advance()
            if result.error is not None:
                reporter.failed(result.path, result.error, result.trace)
            else:
                documents.append(result.document)
    entries = directory(documents)
    write = {"json": _write_json, "csv": _write_csv}.get(fmt, _write_table)
    with writing(STDOUT_NAME):
        write(entries)
    reporter.summary(time.perf_counter() - started)
    sys.exit(1 if reporter.failures else 0)


def _write_json(entries) -> None:
    import json

    out = stdout_text()
    json.dump([e.as_dict() for e in entries], out, ensure_ascii=False, indent=2)
    out.write("\n")
    out.flush()


def _write_csv(entries) -> None:
    import csv

    out = stdout_text()
    writer = csv.writer(out, lineterminator="\n")
    columns = ["name", "variants", "roles", "phones", "emails", "email_spellings", "documents"]
    writer.writerow(columns)
    for entry in entries:
        row = entry.as_dict()
        writer.writerow([row["name"], *("; ".join(row[c]) for c in columns[1:])])
    out.flush()


def _write_table(entries) -> None:
    import os

    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(entries)} people", show_lines=True)
    for column in ("name", "roles", "phones", "e-mails", "documents"):
        table.add_column(column, overflow="fold")
    for entry in entries:
        others = [v for v in entry.variants if v != entry.name]
        name = entry.name + "".join(f"\n[dim]({v})[/dim]" for v in others)
        emails = entry.emails + [s for s in entry.email_spellings if s not in entry.emails]
        documents = "\n".join(os.path.basename(d) for d in entry.documents)
        table.add_row(
            name,
            "\n".join(entry.roles),
            "\n".join(entry.phones),
            "\n".join(emails),
            f"{len(entry.documents)}: {documents}" if entry.documents else "",
        )
    Console().print(table)
