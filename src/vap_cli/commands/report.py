"""`vap report`: one self-contained HTML page showing a corpus at a glance."""

from __future__ import annotations

import sys
import time

import click

from .common import debug_option, input_options, jobs_option
from .gazetteer_option import gazetteer_option, use_gazetteer_files

LANGUAGES = ("en", "ru", "ky")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, writable=True),
    callback=lambda _ctx, _param, value: _one_file(value),
    help="The HTML file to write.",
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default="en",
    show_default=True,
    help="Language of the page's interface: English, Russian or Kyrgyz.",
)
@input_options
@jobs_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@debug_option
@gazetteer_option
def report(paths, output, lang, include, exclude, jobs, quiet, debug, gazetteer_files) -> None:
    """Write one self-contained HTML page about a corpus: a map of the places
    named, a timeline of events and participants, people per oblast, district,
    group and year, a searchable table of the documents (each opens to its text
    with every fact highlighted) and the contact directory. The page works
    offline. PATHS are documents and folders to parse, or the output of
    `vap parse` (.jsonl, .json, or an SQLite .db).

    \b
    Examples:
        vap report samples/ -o report.html
        vap report samples/ -o report.html --lang ky
        vap parse samples/ -f sqlite -o vap.db && vap report vap.db -o report.html
    """
    from ..report.build import Job, write_report
    from .common import refuse_output_among_inputs

    use_gazetteer_files(gazetteer_files)
    refuse_output_among_inputs(output, paths)  # a parse's output named twice (-o vap.db)
    started = time.perf_counter()
    job = Job(paths, include, exclude, jobs, quiet, debug, verb="report")
    job.gazetteer = tuple(gazetteer_files)
    job.output = output
    failures = write_report(job, output, lang)
    job.reporter.summary(time.perf_counter() - started)
    sys.exit(1 if failures else 0)


def _one_file(output: str) -> str:
    """-o: the page is one file; a path ending in a slash asks for a folder (click
    refuses an existing folder, but would write a file named like the folder)."""
    from ..export import names_a_folder

    if names_a_folder(output):
        raise click.BadParameter(f"{output} names a folder: the report is one file (-o FILE.html)")
    return output
