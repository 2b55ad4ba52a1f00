"""`vap contacts`: the people of a folder of documents, each once (see directory.py)."""

from __future__ import annotations

import io
import sys
import time
import typing

import click

from .common import debug_option, input_options, jobs_option

FORMATS = ("table", "csv", "json")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-f", "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True
)
@input_options
@jobs_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@debug_option
def contacts(paths, fmt, include, exclude, jobs, quiet, debug) -> None:
    """A directory of the people and organisations the documents name: each
    once, with roles, phones, e-mails, the documents that name them, the
    spellings seen, and for each phone and e-mail the documents (and their
    dates) it was seen in.

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
        for result in run(inputs, jobs=jobs):
            advance()
            if result.error is not None:
                reporter.failed(result.path, result.error, result.trace)
            else:
                documents.append(result.document)
    entries = directory(documents)
    if fmt == "json":
        _write_json(entries)
    elif fmt == "csv":
        _write_csv(entries)
    else:
        _write_table(entries)
    reporter.summary(time.perf_counter() - started)
    sys.exit(1 if reporter.failures else 0)


def _stdout() -> typing.TextIO:
    """UTF-8 whatever the locale: the output is data, not a message."""
    if hasattr(sys.stdout, "buffer"):
        return io.TextIOWrapper(
            sys.stdout.buffer, encoding="utf-8", newline="\n", write_through=True
        )
    return sys.stdout


def _write_json(entries) -> None:
    import json

    out = _stdout()
    json.dump([e.as_dict() for e in entries], out, ensure_ascii=False, indent=2)
    out.write("\n")
    out.flush()


def _write_csv(entries) -> None:
    import csv

    out = _stdout()
    writer = csv.writer(out, lineterminator="\n")
    lists = ["variants", "acronyms", "roles", "phones", "emails", "email_spellings", "documents"]
    writer.writerow(["name", "kind", *lists, "seen"])
    for entry in entries:
        row = entry.as_dict()
        cells = ["; ".join(row[c]) for c in lists]
        writer.writerow([entry.name, entry.kind, *cells, _seen_cell(entry.seen)])
    out.flush()


def _seen_cell(seen: dict[str, list[dict[str, str | None]]]) -> str:
    """ "+996555313385: a.txt (2021-03-16), b.txt; x@y.kg: a.txt (2021-03-16)"."""
    return "; ".join(
        f"{value}: "
        + ", ".join(
            w["document"] + (f" ({w['issued']})" if w["issued"] else "")  # type: ignore[operator]
            for w in where
        )
        for value, where in seen.items()
    )


def _write_table(entries) -> None:
    import os

    from rich.console import Console
    from rich.table import Table

    people = sum(entry.kind == "person" for entry in entries)
    title = f"{people} people, {len(entries) - people} organisations"
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
