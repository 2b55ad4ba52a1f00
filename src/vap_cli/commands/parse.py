from __future__ import annotations

import sys
import time

import click

from ..export import FORMATS
from .gazetteer_option import gazetteer_option, use_gazetteer_files


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "output", type=click.Path(dir_okay=True), default=None,
              help="Output file (jsonl, json, sqlite) or folder (csv). Default: standard output.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--include", multiple=True, metavar="GLOB", help="Only files matching GLOB (repeatable).")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files matching GLOB (repeatable).")
@click.option("--excel", is_flag=True, help="CSV with a byte order mark, so Excel shows Cyrillic.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Worker processes; 0 = all cores.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first file that fails.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@click.option("--debug", is_flag=True, help="Show the traceback of internal errors.")
@gazetteer_option
def parse(paths, output, fmt, include, exclude, excel, jobs, fail_fast, quiet, debug,
          gazetteer_files) -> None:
    """Extract dates, places, participants, people and contacts from documents.

    PATHS are files or folders (walked recursively; hidden files skipped);
    `-` reads one document from standard input.

    \b
    Examples:
        vap parse samples/ > out.jsonl
        vap parse samples/ --format csv -o out/ --excel
        vap parse samples/ --format sqlite -o vap.db --jobs 0
        vap parse samples/ --gazetteer my-places.yaml
    """
    from ..batch import Skipped, collect, run
    from ..export import open_writer
    from .common import Reporter

    if fmt in ("csv", "sqlite") and not output:
        raise click.UsageError(f"--format {fmt} needs an output path: -o PATH")
    use_gazetteer_files(gazetteer_files)
    reporter = Reporter(quiet=quiet, debug=debug, verb="parse")
    inputs: list[str] = []
    for item in collect(paths, include, exclude):
        if isinstance(item, Skipped):
            reporter.skipped(item.path, item.reason)
        else:
            inputs.append(item)
    if not inputs:
        reporter.fail_line("no documents to parse")
        sys.exit(1)
    try:
        writer = open_writer(fmt, output, excel=excel)
    except (OSError, ValueError) as exc:
        raise click.UsageError(str(exc)) from None
    started = time.perf_counter()
    try:
        with reporter.progress(len(inputs)) as advance:
            for result in run(inputs, jobs=jobs):
                advance()
                if result.error is not None:
                    reporter.failed(result.path, result.error, result.trace)
                    if fail_fast:
                        break
                    continue
                writer.write(result.document)
    except BaseException:
        writer.abort()
        raise
    writer.close()
    reporter.summary(time.perf_counter() - started)
    sys.exit(1 if reporter.failures else 0)
