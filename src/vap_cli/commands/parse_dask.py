"""`vap parse --engine dask`: the command-line side of vap_cli.dask."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

from ..wording import count
from .common import Reporter

if TYPE_CHECKING:
    from ..dask import RunSummary

# Options of `vap parse` that shape one stream of records (parameter -> flag); the
# Dask engine writes a folder of partitions instead, with every document.
UNSUPPORTED = {
    "fmt": "--format",
    "excel": "--excel",
    "since": "--since",
    "until": "--until",
    "fields": "--fields",
    "dedupe": "--dedupe",
    "fail_fast": "--fail-fast",
}


def parse_on_dask(
    paths: Sequence[str],
    output: str | None,
    scheduler: str | None,
    jobs: int,
    include: Sequence[str],
    exclude: Sequence[str],
    gazetteer_files: Sequence[str],
    quiet: bool,
) -> None:
    """`vap parse --engine dask`, called from the parse command: parse on Dask into
    OUT_DIR; exit 1 when some document failed or a partition was lost."""
    context = click.get_current_context()
    if context.params["engine"] != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    default = click.core.ParameterSource.DEFAULT
    given = [
        flag for name, flag in UNSUPPORTED.items() if context.get_parameter_source(name) != default
    ]
    out_dir = check_usage(output, given)
    workers = 0 if context.get_parameter_source("jobs") == default else jobs
    reporter = Reporter(quiet=quiet, verb="parse")
    from ..dask import expand_inputs
    from .common import collect_inputs

    inputs = collect_inputs(paths, include, exclude, reporter, expand=expand_inputs)
    started = time.perf_counter()
    summary = _run(inputs, out_dir, scheduler, workers, gazetteer_files, reporter)
    for name in summary.lost:
        reporter.fail_line(f"{output}: partition {name} failed on every try; run again to retry it")
    if not quiet:
        click.echo(
            f"vap parse: {count(summary.documents, 'document')}, {summary.failures} failed, in "
            f"{count(summary.partitions, 'partition')} ({summary.written} written now, "
            f"{summary.partitions - summary.written - len(summary.lost)} already there), "
            f"{time.perf_counter() - started:.2f} s",
            err=True,
        )
    sys.exit(1 if summary.failures or summary.lost or reporter.failures else 0)


def check_usage(output: str | None, given: Sequence[str]) -> str:
    """Usage errors (exit 2) before anything starts; the output folder."""
    if not output or output == "-":
        raise click.UsageError("--engine dask writes a folder: -o OUT_DIR")
    from ..export import SUFFIX_FORMATS

    if os.path.isfile(output) or os.path.splitext(output)[1].lower() in SUFFIX_FORMATS:
        raise click.UsageError(
            f"{output}: --engine dask writes a folder of JSONL and Parquet parts: -o OUT_DIR"
        )
    if given:
        raise click.UsageError(f"--engine dask does not take {', '.join(given)}")
    try:
        import vap_cli.dask  # noqa: F401 - only to know whether the extra is installed
    except ImportError:
        raise click.UsageError(
            "--engine dask needs the dask extra: pip install 'vap-cli[dask]'"
        ) from None
    return output


def _run(
    inputs: list[str],
    output: str,
    scheduler: str | None,
    workers: int,
    gazetteer_files: Sequence[str],
    reporter: Reporter,
) -> RunSummary:
    from ..dask import Failure, run

    def failed(failure: Failure) -> None:
        reporter.failed(failure.source, failure.error)

    try:
        return run(
            inputs,
            output,
            scheduler=scheduler,
            workers=workers,
            gazetteer=gazetteer_files,
            on_failure=failed,
        )
    except OSError as exc:  # the output folder, or the scheduler, out of reach
        if exc.strerror:
            reporter.fail_line(f"{exc.filename or output}: {exc.strerror}")
        else:
            reporter.fail_line(f"cannot reach the Dask scheduler: {exc}")
        sys.exit(1)
