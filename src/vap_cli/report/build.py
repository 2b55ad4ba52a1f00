"""`vap report` end to end: inputs -> Documents and texts -> data -> HTML file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..commands.common import Reporter
from ..errors import InputError
from ..models import Document
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
    reporter: Reporter = field(init=False)

    def __post_init__(self) -> None:
        self.reporter = Reporter(quiet=self.quiet, debug=self.debug, verb=self.verb)


def text_of(document: Document) -> str | None:
    """The text the document's spans index, read again from its source; None
    when it cannot be (standard input, a file moved since it was parsed)."""
    from ..read import read_path

    if document.source == "-":
        return None
    try:
        return read_path(document.source).text
    except InputError:
        return None


def documents_of(job: Job) -> list[Document]:
    """Documents from `vap parse` outputs given, then from parsing the other paths."""
    from ..batch import run
    from .records import is_records_file, read_records

    documents: list[Document] = []
    files = [p for p in job.paths if is_records_file(p) and not Path(p).is_dir()]
    for path in files:
        job.reporter.done += 1
        try:
            documents.extend(read_records(path))
        except InputError as exc:
            job.reporter.failed(path, str(exc))
    others = [p for p in job.paths if p not in files]
    if not others:
        return documents
    from ..commands.common import collect_inputs

    inputs = collect_inputs(others, job.include, job.exclude, job.reporter)
    with job.reporter.progress(len(inputs)) as advance:
        for result in run(inputs, jobs=job.jobs):
            advance()
            if result.error is not None:
                job.reporter.failed(result.path, result.error, result.trace)
            else:
                documents.append(result.document)
    return documents


def write_report(job: Job, output: str, lang: str) -> int:
    """Write the page; the number of inputs that failed."""
    from ..export import AtomicFile
    from ..gazetteer import default
    from .data import build
    from .render import render

    documents = documents_of(job)
    if not documents:
        job.reporter.fail_line("no documents to report")
        return job.reporter.failures or 1
    sources = [Source(d, text_of(d)) for d in documents]
    page = render(build(sources, default()), lang)
    target = AtomicFile(Path(output), newline="\n")
    try:
        target.fh.write(page)
        target.commit()
    except BaseException:
        target.abort()
        raise
    return job.reporter.failures
