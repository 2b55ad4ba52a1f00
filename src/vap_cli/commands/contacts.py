"""`vap contacts`: the people of a folder of documents, each once (see directory.py)."""

from __future__ import annotations

import sys
import time

import click

from ..wording import count
from .common import (
    csv_options,
    debug_option,
    input_options,
    jobs_option,
    max_size_option,
    output_option,
)
from .gazetteer_option import gazetteer_option, use_gazetteer_files
from .tabular import listing_format_option

# The list columns of a CSV row; `kind` and `seen` are written beside them.
LISTS = ("variants", "acronyms", "roles", "phones", "emails", "email_spellings", "documents")
COLUMNS = ("name", "kind", *LISTS, "seen")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@listing_format_option("boxes on a terminal, tab-separated lines into a pipe or file")
@output_option("Write to FILE instead of standard output.")
@input_options
@csv_options
@jobs_option
@max_size_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@debug_option
@gazetteer_option
def contacts(
    paths,
    fmt,
    output,
    include,
    exclude,
    delimiter,
    excel,
    jobs,
    max_size,
    quiet,
    debug,
    gazetteer_files,
) -> None:
    """A directory of the people and organisations the documents name: each
    once, with roles, phones, e-mails, the documents that name them, the
    spellings seen, and for each phone and e-mail the documents (and their
    dates) it was seen in.

    \b
    Examples:
        vap contacts samples/
        vap contacts samples/ --format csv -o contacts.csv --excel --delimiter ';'
        vap contacts samples/ --format json
    """
    from ..batch import run
    from ..directory import directory
    from ..export.csv_style import CsvStyle
    from .common import Reporter, collect_inputs
    from .tabular import listing_format, to_terminal, write_listing

    fmt = listing_format(fmt, output, excel)
    resources = use_gazetteer_files(gazetteer_files)
    reporter = Reporter(quiet=quiet, debug=debug, verb="contacts")
    inputs = collect_inputs(paths, include, exclude, reporter, outputs=(output,))
    started = time.perf_counter()
    documents = []
    with reporter.progress(len(inputs)) as advance:
        for result in run(inputs, jobs=jobs, gazetteer=resources.extra, max_bytes=max_size):
            advance()
            if result.error is not None:
                reporter.failed(result.path, result.error, result.trace)
            elif result.document is not None:
                documents.append(result.document)
    entries = directory(documents)
    if fmt == "table" and to_terminal(output):
        _write_table(entries)
    else:
        records = [e.as_dict() for e in entries]
        rows = [
            [e.name, e.kind, *("; ".join(getattr(e, c)) for c in LISTS), _seen_cell(e.seen)]
            for e in entries
        ]
        write_listing(fmt, output, COLUMNS, rows, records, CsvStyle(delimiter, excel))
    reporter.summary(time.perf_counter() - started)
    sys.exit(1 if reporter.failures else 0)


def _seen_cell(seen: dict[str, list[dict[str, str | None]]]) -> str:
    """ "+996555313385: a.txt (2021-03-16), b.txt; x@y.kg: a.txt (2021-03-16)"."""
    return "; ".join(
        f"{value}: "
        + ", ".join(
            str(w["document"]) + (f" ({w['issued']})" if w["issued"] else "") for w in where
        )
        for value, where in seen.items()
    )


def _write_table(entries) -> None:
    import os

    from rich.console import Console
    from rich.table import Table

    people = sum(entry.kind == "person" for entry in entries)
    title = f"{count(people, 'person', 'people')}, {count(len(entries) - people, 'organisation')}"
    table = Table(title=title, show_lines=True)
    for column in ("name", "roles", "phones", "e-mails", "documents"):
        table.add_column(column, overflow="fold")
    for entry in entries:
        others = [v for v in [*entry.variants, *entry.acronyms] if v != entry.name]
        name = entry.name + "".join(f"\n[dim]({v})[/dim]" for v in others)
        if entry.kind != "person":
            name = f"[bold]{name}[/bold]\n[dim]{entry.kind}[/dim]"
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
