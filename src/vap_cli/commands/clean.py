from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from ..export.outfile import file_identity
from ..wording import count


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    "--out-dir",
    "out_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Write the cleaned files under DIR (same relative paths; .docx, .html and "
    ".pdf become FILE.txt), originals untouched.",
)
@click.option("--in-place", is_flag=True, help="Rewrite each file in place, keeping a backup.")
@click.option(
    "--backup-dir",
    type=click.Path(file_okay=False),
    default=None,
    help="With --in-place: put backups under DIR instead of FILE.bak next to each file.",
)
@click.option(
    "--dry-run",
    is_flag=True,
    help="Print, for each file it would rewrite, a line saying why (re-encoded, byte-order"
    " mark dropped, line endings...) and the unified diff of its text; change nothing.",
)
@click.option(
    "--include", multiple=True, metavar="GLOB", help="Only files matching GLOB (as for parse)."
)
@click.option(
    "--exclude",
    multiple=True,
    metavar="GLOB",
    help="Skip files and folders matching GLOB (as for parse).",
)
@click.option("-q", "--quiet", is_flag=True, help="No per-file lines and no summary.")
def clean(paths, out_dir, in_place, backup_dir, dry_run, include, exclude, quiet) -> None:
    """Rewrite documents as clean UTF-8 text: text files (.txt, .text, .md)
    are cleaned; .docx, .html and .pdf are written as the clean text the parser
    reads from them (FILE.txt, with -o DIR; never in place).

    Fixes: the encoding (converted to UTF-8), Unicode NFC, look-alike letters
    (ӊ -> ң; Latin a/e/o/p/c/x... inside a Cyrillic word), no-break spaces and
    soft hyphens (removed), line endings (\\n), trailing spaces, runs of blank
    lines. Nothing else: no word, quote or dash is rewritten, and cleaning a
    clean file changes nothing. A file whose encoding is uncertain is reported
    and left alone. Exit status: 0 all clean, 1 some file failed, 2 usage.

    \b
    Examples:
        vap clean --dry-run samples/001_09dcb3baf791aa0b.txt
        vap clean inbox/ -o clean/
        vap clean inbox/ --in-place --backup-dir backups/
    """
    from ..clean import clean_file
    from ..errors import InputError
    from .common import Reporter

    if out_dir and in_place:
        raise click.UsageError("give either --out-dir DIR or --in-place, not both")
    if not (out_dir or in_place or dry_run):
        raise click.UsageError("say where to write: --out-dir DIR or --in-place (or --dry-run)")
    if backup_dir and not in_place:
        raise click.UsageError("--backup-dir goes with --in-place")
    if "-" in paths:
        raise click.UsageError("clean rewrites files: standard input ('-') is not supported")
    reporter = Reporter(quiet=quiet, verb="clean")
    jobs = _jobs(paths, include, exclude, reporter)
    if not jobs:
        if not reporter.failures:
            reporter.fail_line("no documents to clean")
        sys.exit(1)
    changed = 0
    out = _Out()
    claimed: dict[Path, str] = {}  # each output file of -o DIR -> the input it holds
    # -o DIR never writes over a file the run reads (-o naming the inputs' own folder)
    inputs = _inputs_by_identity(jobs) if out_dir else {}
    for path, relative in jobs:
        try:
            result = clean_file(path)
        except InputError as exc:
            reporter.failed(path, str(exc))
            continue
        dest = _destination(out_dir, relative, result) if out_dir else None
        if dest is not None and not _claim(claimed, inputs, dest, path, reporter):
            continue
        if result.converted and in_place:  # neither cleaned nor counted as changed
            reporter.skipped(path, f"a .{result.encoding} is not rewritten in place: use -o DIR")
            continue
        reporter.done += 1
        if result.changed:
            changed += 1
        if not quiet and (result.changed or dry_run):
            click.echo(f"vap clean: {path}: {result.describe()}", err=True)
        if dry_run:
            out.write(result.review(path))
            continue
        _write(path, relative, result, out_dir, backup_dir, reporter)
    if not quiet:
        verb = "would change" if dry_run else "changed"
        click.echo(
            f"vap clean: {count(reporter.done + reporter.failures, 'file')}, {verb} {changed}, "
            f"{reporter.failures} failed",
            err=True,
        )
    sys.exit(1 if reporter.failures else 0)


def _jobs(paths, include, exclude, reporter) -> list[tuple[str, Path]]:
    """(path, its path relative to the output root) of every file to clean."""
    from ..batch import Skipped, Unreadable, collect

    jobs: list[tuple[str, Path]] = []
    for given in paths:
        base = Path(given)
        for item in collect([given], include, exclude):
            if isinstance(item, Skipped):
                reporter.skipped(item.path, item.reason)
            elif isinstance(item, Unreadable):
                reporter.failed(item.path, item.reason)
            elif base.is_dir():
                jobs.append((item, Path(item).relative_to(base)))
            else:
                jobs.append((item, Path(base.name)))
    return jobs


def _destination(out_dir: str, relative: Path, result) -> Path:
    """Where -o DIR puts a cleaned file: its relative path, a converted document as FILE.txt."""
    return Path(out_dir) / (relative.with_suffix(".txt") if result.converted else relative)


def _inputs_by_identity(jobs: list[tuple[str, Path]]) -> dict[tuple[int, int], str]:
    """Each input file by its (device, inode): -o DIR must not write over a file of the
    run (`-o` naming the inputs' own folder, or a.docx's a.txt beside an input a.txt),
    which would replace an original with no backup."""
    identities: dict[tuple[int, int], str] = {}
    for path, _relative in jobs:
        identity = file_identity(path)
        if identity is not None:
            identities[identity] = path
    return identities


def _claim(
    claimed: dict[Path, str], inputs: dict[tuple[int, int], str], dest: Path, path: str, reporter
) -> bool:
    """Whether `path` may be written to `dest`: not when another input of the run
    already goes there (a.docx and a.txt both give a.txt; x.txt of two folders),
    which would silently replace one cleaned text with the other; nor when `dest` is
    a file the run reads (`inputs`, by identity)."""
    if dest in claimed:
        reporter.failed(
            path,
            f"{dest} is already the cleaned text of {claimed[dest]}: clean this one into another folder",
        )
        return False
    identity = file_identity(dest)
    held = inputs.get(identity) if identity is not None else None
    if held is not None:
        what = "this file itself" if held == path else f"{dest}, another input of this run"
        reporter.failed(
            path,
            f"-o would write over {what}, with no backup: use --in-place (it keeps one) "
            "or another folder",
        )
        return False
    claimed[dest] = path
    return True


def _write(path: str, relative: Path, result, out_dir, backup_dir, reporter) -> None:
    """One cleaned file to -o DIR, or in place with a backup (a converted document,
    .docx, .html, .pdf, goes only to -o DIR, as FILE.txt: the caller skips it)."""
    from ..clean import backup_path, write_atomically

    try:
        if out_dir:
            dest = _destination(out_dir, relative, result)
            write_atomically(dest, result.after, like=None if result.converted else Path(path))
        elif result.changed:
            source = Path(path)
            backup = backup_path(source, Path(backup_dir) if backup_dir else None, relative)
            backup.parent.mkdir(parents=True, exist_ok=True)
            _keep_backup(source, backup)
            write_atomically(source, result.after, like=source)
    except OSError as exc:
        reporter.failed(path, f"cannot write: {exc.strerror or exc}")


def _keep_backup(source: Path, backup: Path) -> None:
    """A hard link when the file system allows one (instant, and the original
    inode stays untouched by the atomic replace), else a copy; of a symbolic link's
    target, which the clean rewrites (the link itself stays)."""
    import shutil

    try:
        os.link(os.path.realpath(source), backup)
    except OSError:
        shutil.copy2(source, backup)


class _Out:
    """Standard output written through click.echo, which copes with any terminal encoding."""

    def write(self, text: str) -> None:
        if text:
            click.echo(text, nl=False)
