from __future__ import annotations

import sys
import time

import click

from .common import input_options, max_size_option


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--threshold",
    type=click.FloatRange(0.5, 1.0),
    default=0.9,
    show_default=True,
    help="Similarity (0.5-1.0) from which two documents are near duplicates.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
)
@input_options
@max_size_option
@click.option("-q", "--quiet", is_flag=True, help="No skipped-file lines and no summary.")
def dedupe(paths, threshold, fmt, include, exclude, max_size, quiet) -> None:
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
        vap dedupe inbox/ --format csv > duplicates.csv
        vap dedupe inbox/ --format json | jq -r '.[].duplicates[]'   # files to drop
    """
    from ..dedupe import find_duplicates
    from ..errors import InputError
    from ..outfile import STDOUT_NAME, writing
    from ..read import read_path
    from .common import Reporter, collect_inputs

    reporter = Reporter(quiet=quiet, verb="dedupe")
    started = time.perf_counter()
    texts: list[tuple[str, str]] = []
    inputs = collect_inputs(paths, include, exclude, reporter)
    with reporter.progress(len(inputs)) as advance:
        for path in inputs:
            advance()
            try:
                texts.append((path, read_path(path, max_size).text))
            except InputError as exc:
                reporter.failed(path, str(exc))
    if not texts and not reporter.failures:
        reporter.fail_line("no documents to compare")
        sys.exit(1)
    groups = find_duplicates(texts, threshold=threshold)
    with writing(STDOUT_NAME):
        _write(groups, fmt)
    if not quiet:
        dropped = sum(len(g.duplicates) for g in groups)
        click.echo(
            f"vap dedupe: {len(texts)} files, {len(groups)} groups, {dropped} duplicates, "
            f"{reporter.failures} failed, {time.perf_counter() - started:.2f} s",
            err=True,
        )
    sys.exit(1 if reporter.failures else 0)


def _write(groups, fmt: str) -> None:
    out = _Out()
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
        import csv

        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["group", "path", "role", "similarity"])
        for n, g in enumerate(groups, start=1):
            for m in g.members:
                writer.writerow([n, m.path, m.kind, f"{m.similarity:.4f}"])
    else:
        for n, g in enumerate(groups, start=1):
            kinds = {m.kind for m in g.members if m.kind != "kept"}
            label = "exact" if kinds == {"exact"} else "near"
            out.write(f"group {n} ({label}, {len(g.members)} documents)\n")
            for m in g.members:
                score = "     " if m.kind == "kept" else f"{m.similarity:.3f}"
                out.write(f"  {score}  {m.kind:<5}  {m.path}\n")


class _Out:
    """Standard output written through click.echo, which copes with any terminal encoding."""

    def write(self, text: str) -> None:
        if text:
            click.echo(text, nl=False)
