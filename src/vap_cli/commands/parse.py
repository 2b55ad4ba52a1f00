from __future__ import annotations

import sys
import time

import click

from ..export import FORMATS
from .common import debug_option, input_options, jobs_option, max_size_option
from .gazetteer_option import gazetteer_option, use_gazetteer_files


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=True),
    default=None,
    help="Output file (jsonl, json, sqlite) or folder (csv). Default: standard output.",
)
@click.option(
    "-f", "--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True
)
@input_options
@click.option("--excel", is_flag=True, help="CSV with a byte order mark, so Excel shows Cyrillic.")
@jobs_option
@click.option("--fail-fast", is_flag=True, help="Stop at the first file that fails.")
@click.option(
    "--since",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    metavar="DATE",
    help="Only documents issued on or after DATE (YYYY-MM-DD). "
    "Documents without an issued date are left out when --since/--until is given.",
)
@click.option(
    "--until",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    metavar="DATE",
    help="Only documents issued on or before DATE (YYYY-MM-DD); see --since.",
)
@click.option(
    "--fields",
    default=None,
    metavar="F1,F2",
    help="Keep only these fields (e.g. dates,places); id, source, warnings and "
    "duplicates are always kept, other fields are left empty.",
)
@click.option(
    "--dedupe",
    is_flag=True,
    help="Parse one document of each group of duplicates (see `vap dedupe`); "
    "the others are listed in its `duplicates`.",
)
@max_size_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@debug_option
@gazetteer_option
def parse(
    paths,
    output,
    fmt,
    include,
    exclude,
    excel,
    jobs,
    since,
    until,
    fields,
    dedupe,
    fail_fast,
    max_size,
    quiet,
    debug,
    gazetteer_files,
) -> None:
    """Extract dates, places, participants, people and contacts from documents.

    PATHS are files or folders (walked recursively; hidden files skipped);
    `-` reads one document from standard input.

    \b
    Examples:
        vap parse samples/ > out.jsonl
        vap parse samples/ --format csv -o out/ --excel
        vap parse samples/ --format sqlite -o vap.db --jobs 0
        vap parse inbox/ --dedupe --since 2020-01-01 --fields issued,dates,places
        vap parse samples/ --gazetteer my-places.yaml
    """
    from ..batch import run
    from ..export import open_writer
    from ..outfile import STDOUT_NAME, OutputError, silence_stdout, writing
    from ..subset import duplicate_groups, in_range, keep_fields, parse_fields
    from .common import Reporter, collect_inputs

    if fmt in ("csv", "sqlite") and not output:
        raise click.UsageError(f"--format {fmt} needs an output path: -o PATH")
    use_gazetteer_files(gazetteer_files)
    if since and until and since > until:
        raise click.UsageError("--since is after --until")
    try:
        keep = parse_fields(fields) if fields is not None else None
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--fields") from None
    since_day, until_day = (d.date() if d else None for d in (since, until))
    reporter = Reporter(quiet=quiet, debug=debug, verb="parse")
    inputs = collect_inputs(paths, include, exclude, reporter)
    duplicates: dict[str, list[str]] = {}
    if dedupe:
        duplicates = duplicate_groups(inputs)
        dropped = {path for group in duplicates.values() for path in group}
        inputs = [path for path in inputs if path not in dropped]
    excluded = 0
    target = output if output and output != "-" else STDOUT_NAME
    try:
        with writing(target):
            writer = open_writer(fmt, output, excel=excel)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    except OutputError as exc:
        reporter.fail_line(str(exc))
        sys.exit(1)
    started = time.perf_counter()
    try:
        with reporter.progress(len(inputs)) as advance:
            for result in run(inputs, jobs=jobs, max_bytes=max_size):
                advance()
                if result.error is not None:
                    reporter.failed(result.path, result.error, result.trace)
                    if fail_fast:
                        break
                    continue
                document = result.document
                if not in_range(document, since_day, until_day):
                    excluded += 1
                    continue
                if document.source in duplicates:
                    document = document.model_copy(
                        update={"duplicates": duplicates[document.source]}
                    )
                with writing(target):
                    writer.write(keep_fields(document, keep) if keep is not None else document)
        with writing(target):
            writer.close()
    except OutputError as exc:
        writer.abort()
        reporter.fail_line(str(exc))
        if target == STDOUT_NAME:
            silence_stdout()
        sys.exit(1)
    except BaseException:
        writer.abort()
        raise
    reporter.summary(time.perf_counter() - started)
    if not quiet and (since or until):
        click.echo(f"vap parse: {excluded} documents outside --since/--until left out", err=True)
    sys.exit(1 if reporter.failures else 0)
