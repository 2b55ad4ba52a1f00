from __future__ import annotations

import sys
import time

import click

from ..export import FORMATS
from .common import debug_option, input_options, jobs_option
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
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@click.option(
    "--explain",
    is_flag=True,
    help="Print why: every candidate each extractor kept or dropped, and the named rule "
    "that decided it (text on standard output, instead of records).",
)
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
    quiet,
    explain,
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
        vap parse report.docx --explain
    """
    from ..batch import run
    from ..export import open_writer
    from ..subset import duplicate_groups, in_range, keep_fields, parse_fields
    from .common import Reporter, collect_inputs

    if fmt in ("csv", "sqlite") and not output:
        raise click.UsageError(f"--format {fmt} needs an output path: -o PATH")
    resources = use_gazetteer_files(gazetteer_files)
    if since and until and since > until:
        raise click.UsageError("--since is after --until")
    try:
        keep = parse_fields(fields) if fields is not None else None
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--fields") from None
    since_day, until_day = (d.date() if d else None for d in (since, until))
    reporter = Reporter(quiet=quiet, debug=debug, verb="parse")
    inputs = collect_inputs(paths, include, exclude, reporter)
    if explain:
        _explain_conflicts(output=output, format=fmt != "jsonl", excel=excel, fields=fields,
                           dedupe=dedupe, since=since, until=until)  # fmt: skip
        _explain_all(inputs, resources.extra, reporter, fail_fast)
    duplicates: dict[str, list[str]] = {}
    if dedupe:
        duplicates = duplicate_groups(inputs)
        dropped = {path for group in duplicates.values() for path in group}
        inputs = [path for path in inputs if path not in dropped]
    excluded = 0
    try:
        writer = open_writer(fmt, output, excel=excel)
    except (OSError, ValueError) as exc:
        raise click.UsageError(str(exc)) from None
    started = time.perf_counter()
    try:
        with reporter.progress(len(inputs)) as advance:
            for result in run(inputs, jobs=jobs, gazetteer=resources.extra):
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
                writer.write(keep_fields(document, keep) if keep is not None else document)
    except BaseException:
        writer.abort()
        raise
    try:
        writer.close()
    except OSError as exc:
        writer.abort()
        reporter.fail_line(f"{output}: cannot write the output: {exc.strerror or exc}")
        sys.exit(1)
    reporter.summary(time.perf_counter() - started)
    if not quiet and (since or until):
        click.echo(f"vap parse: {excluded} documents outside --since/--until left out", err=True)
    sys.exit(1 if reporter.failures else 0)


def _explain_conflicts(**given: object) -> None:
    """--explain prints text for reading: options that shape records are a usage error."""
    clash = [name for name, value in given.items() if value]
    if clash:
        raise click.UsageError(f"--explain prints text to standard output; drop --{clash[0]}")


def _explain_all(inputs: list[str], gazetteer: tuple[str, ...], reporter, fail_fast: bool) -> None:
    """`--explain`: each file's decisions on standard output; exit 1 if any failed."""
    for path in inputs:
        if not _print_explanation(path, gazetteer, reporter) and fail_fast:
            break
    sys.exit(1 if reporter.failures else 0)


def _print_explanation(path: str, gazetteer: tuple[str, ...], reporter) -> bool:
    """Parse one file and print its decisions, grouped by extractor, each group's
    kept candidates first; a file that fails gets its one-line error. False if it failed."""
    from ..batch import parse_one

    result = parse_one(path, gazetteer, explain=True)
    reporter.done += 1
    if result.error is not None:
        reporter.failed(path, result.error, result.trace)
        return False
    decisions = result.decisions or []
    click.echo(f"== {path}: {len(decisions)} decisions")
    by_extractor: dict[str, list] = {}
    for decision in decisions:
        by_extractor.setdefault(decision.rule.extractor, []).append(decision)
    for extractor, group in by_extractor.items():
        kept = sum(1 for d in group if d.kept)
        click.echo(f"-- {extractor}: {kept} kept, {len(group) - kept} dropped")
        for decision in sorted(group, key=lambda d: (not d.kept, d.start, d.end)):
            click.echo(decision.line())
    return True
