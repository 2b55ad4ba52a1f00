"""`vap report` end to end: inputs -> Documents and texts -> data -> HTML file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from traceback import format_exc

import click

from ..commands.common import Reporter
from ..errors import InputError
from ..gazetteer import Gazetteer
from ..models import Document
from ..wording import count
from .data import Source


@dataclass
class Job:
    paths: Sequence[str]
    include: Sequence[str] = ()
    exclude: Sequence[str] = ()
    jobs: int = 1
    quiet: bool = False
    debug: bool = False
    verb: str = "report"
    gazetteer: tuple[str, ...] = ()  # the user's --gazetteer files
    output: str | None = None  # the page written: never one of the inputs
    # checks of the output's name, once the inputs are known not to include it
    check_output: Callable[[], None] | None = None
    reporter: Reporter = field(init=False)

    def __post_init__(self) -> None:
        self.reporter = Reporter(quiet=self.quiet, debug=self.debug, verb=self.verb)


def text_of(document: Document) -> str | None:
    """The text the document's spans index, read again from its source (records
    files that store no text: JSON Lines, CSV); None when it cannot be (standard
    input, a file moved since it was parsed)."""
    from ..read import read_path

    if document.source == "-":
        return None
    try:
        return read_path(document.source).text
    except InputError:
        return None


def documents_of(job: Job) -> tuple[list[Document], dict[str, str]]:
    """Documents from `vap parse` outputs given, then from parsing the other paths;
    and the texts the outputs stored (a database's), by document id."""
    from ..batch import run
    from .records import is_records_file, read_records, stored_texts

    documents: list[Document] = []
    texts: dict[str, str] = {}
    files = [p for p in job.paths if is_records_file(p) and not Path(p).is_dir()]
    others = [p for p in job.paths if p not in files]
    inputs = _inputs(job, others)
    if job.check_output is not None:
        job.check_output()
    for path in files:
        job.reporter.done += 1
        try:
            documents.extend(read_records(path))
        except InputError as exc:
            job.reporter.failed(path, str(exc))
            continue
        texts.update(stored_texts(path))
    if not others:
        return documents, texts
    with job.reporter.progress(len(inputs)) as advance:
        # each text as it was read for its parse: the spans index it, and a file
        # changed or moved since cannot give the page another text
        for result in run(inputs, jobs=job.jobs, gazetteer=job.gazetteer, keep_text=True):
            advance()
            if result.error is not None:
                job.reporter.failed(result.path, result.error, result.trace)
            elif result.document is not None:
                documents.append(result.document)
                if result.text is not None:
                    texts.setdefault(result.document.id, result.text)
    return documents, texts


def _inputs(job: Job, paths: Sequence[str]) -> list[str]:
    """The files to parse of `paths`: a usage error when the output is one of them."""
    if not paths:
        return []
    from ..commands.common import collect_inputs

    return collect_inputs(paths, job.include, job.exclude, job.reporter, outputs=(job.output,))


def one_per_text(documents: Sequence[Document]) -> list[Document]:
    """The first document of each id: files with one text (a copy, a page saved as
    .html and .txt) are one document, as in the tables, and their people are
    counted once."""
    firsts: dict[str, Document] = {}
    for document in documents:
        firsts.setdefault(document.id, document)
    return list(firsts.values())


def write_report(job: Job, output: str, lang: str) -> int:
    """Write the page; the number of inputs that failed (the output counts as one
    when it cannot be written). No traceback reaches the user (--debug shows it)."""
    from .data import build
    from .render import render

    documents, texts = documents_of(job)
    documents = one_per_text(documents)
    if not documents:
        job.reporter.fail_line("no documents to report")
        return job.reporter.failures or 1
    sources = [Source(d, texts[d.id] if d.id in texts else text_of(d)) for d in documents]
    unread = [s.document.source for s in sources if s.text is None]
    if unread and not job.quiet:
        click.echo(
            f"vap report: {count(len(unread), 'document')} shown without their text, which could"
            f" not be read again (first: {unread[0]})",
            err=True,
        )
    try:
        page = render(build(sources, lang, _gazetteer(job)), lang)
    except Exception as exc:  # noqa: BLE001 - a bug must still end in one line
        job.reporter.failed(output, f"internal error: {type(exc).__name__}: {exc}", format_exc())
        return job.reporter.failures
    try:
        _write_atomically(Path(output), page)
    except OSError as exc:
        from ..export.outfile import path_problem

        job.reporter.fail_line(f"{output}: cannot write the output: {path_problem(output, exc)}")
        return job.reporter.failures + 1
    return job.reporter.failures


def _gazetteer(job: Job) -> Gazetteer | None:
    """The gazetteer with the user's files, whose units the page names too (None: the
    built-in one)."""
    if not job.gazetteer:
        return None
    from ..resources import load

    return load(job.gazetteer).gazetteer


def _write_atomically(path: Path, text: str) -> None:
    from ..export import AtomicFile

    target = AtomicFile(path, newline="\n")
    try:
        target.fh.write(text)
        target.commit()
    except BaseException:
        target.abort()
        raise
