from __future__ import annotations

import sys
import time

import click

from ..wording import count
from .common import csv_options, input_options, jobs_option, max_size_option, output_option
from .tabular import listing_format_option


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--threshold",
    type=click.FloatRange(0.5, 1.0),
    default=0.9,
    show_default=True,
    help="Similarity (0.5-1.0) from which two documents are near duplicates.",
)
@listing_format_option("the groups as an indented list")
@output_option("Write to FILE instead of standard output.")
@input_options
@csv_options
@jobs_option
@max_size_option
@click.option("-q", "--quiet", is_flag=True, help="No skipped-file lines and no summary.")
def dedupe(
    paths, threshold, fmt, output, include, exclude, delimiter, excel, jobs, max_size, quiet
) -> None:
    """Group exact and near-duplicate documents.

    Exact duplicates have the same normalised words (whatever the format,
    encoding or layout); near duplicates differ by small edits or a header, with
    a similarity (1.0 = same text) at or above --threshold. Each group lists the
    document kept (the first in input order) and the similarity of every other
    member to it; json also lists the pairs that joined the group. Candidates
    are found by MinHash/LSH blocking, so thousands of files take seconds.
    Exit status: 0 done (duplicates or not), 1 some file failed, 2 usage.

    \b
    Examples:
        vap dedupe inbox/
        vap dedupe inbox/ --format csv -o duplicates.csv --excel --jobs 0
        vap dedupe inbox/ --format json | jq -r '.[].duplicates[]'   # files to drop
    """
    from ..dedupe import find_duplicates
    from ..export.csv_style import CsvStyle
    from .common import Reporter, collect_inputs
    from .tabular import listing_format, output_stream

    fmt = listing_format(fmt, output, excel)
    reporter = Reporter(quiet=quiet, verb="dedupe")
    started = time.perf_counter()
    texts: list[tuple[str, str]] = []
    inputs = collect_inputs(paths, include, exclude, reporter, outputs=(output,))
    with reporter.progress(len(inputs)) as advance:
        for path, text, error in _read_all(inputs, jobs, max_size):
            advance()
            if error is None:
                texts.append((path, text))
            else:
                reporter.failed(path, error)
    if not texts and not reporter.failures:
        reporter.fail_line("no documents to compare")
        sys.exit(1)
    groups = find_duplicates(texts, threshold=threshold)
    style = CsvStyle(delimiter, excel)
    try:
        with output_stream(output, style.encoding if fmt == "csv" else "utf-8") as out:
            _write(out, groups, fmt, style)
    except BrokenPipeError:
        raise  # the reader went away (`| head`): cli.main exits quietly with 141
    except OSError as exc:
        from ..export.outfile import STDOUT_NAME, path_problem

        name = output or STDOUT_NAME
        reporter.fail_line(f"{name}: cannot write: {path_problem(name, exc)}")
        sys.exit(1)
    if not quiet:
        dropped = sum(len(g.duplicates) for g in groups)
        click.echo(
            f"vap dedupe: {count(reporter.done, 'file')}, {count(len(groups), 'group')}, "
            f"{count(dropped, 'duplicate')}, "
            f"{reporter.failures} failed, {time.perf_counter() - started:.2f} s",
            err=True,
        )
    sys.exit(1 if reporter.failures else 0)


def _read_one(path: str, max_bytes: int) -> tuple[str, str | None, str | None]:
    """(path, text, None) or (path, None, the one-line reason it failed)."""
    from ..errors import InputError
    from ..read import read_path

    try:
        return path, read_path(path, max_bytes=max_bytes).text, None
    except InputError as exc:
        return path, None, str(exc)


def _lost(path: str) -> tuple[str, str | None, str | None]:
    return path, None, "internal error: the worker process died (out of memory?)"


def _read_all(paths: list[str], jobs: int, max_bytes: int):
    """Texts in input order, read on `jobs` processes (0 = all cores), by the same
    worker pool as `vap parse` (workers.py: no hang when a worker dies)."""
    import functools
    import os

    from ..workers import Job, ordered_map

    jobs = jobs or os.cpu_count() or 1
    read = functools.partial(_read_one, max_bytes=max_bytes)
    if jobs <= 1 or len(paths) < 2:
        yield from map(read, paths)
        return
    stdin = [read("-")] if "-" in paths else []  # workers have no standard input
    files = [p for p in paths if p != "-"]
    results = ordered_map(Job(task=read, setup=_no_setup, setup_args=(), lost=_lost), files, jobs)
    try:
        for path in paths:
            yield stdin[0] if path == "-" else next(results)
    finally:
        results.close()


def _no_setup() -> None:
    """Reading needs nothing built in a worker."""


def _write(out, groups, fmt: str, style) -> None:
    if fmt == "json":
        import json

        records = [
            {
                "group": n,
                "kept": g.kept,
                "duplicates": g.duplicates,
                "members": [vars(m) for m in g.members],
                "pairs": [vars(p) for p in g.pairs],
            }
            for n, g in enumerate(groups, start=1)
        ]
        out.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        writer = style.writer(out)
        writer.writerow(["group", "path", "kind", "similarity"])
        for n, g in enumerate(groups, start=1):
            for m in g.members:
                similarity = round(m.similarity, 4) if style.excel else f"{m.similarity:.4f}"
                writer.writerow(style.row([n, m.path, m.kind, similarity]))
    else:
        for n, g in enumerate(groups, start=1):
            kinds = {m.kind for m in g.members if m.kind != "kept"}
            label = "exact" if kinds == {"exact"} else "near"
            out.write(f"group {n} ({label}, {count(len(g.members), 'document')})\n")
            for m in g.members:
                score = "     " if m.kind == "kept" else f"{m.similarity:.3f}"
                out.write(f"  {score}  {m.kind:<5}  {m.path}\n")
