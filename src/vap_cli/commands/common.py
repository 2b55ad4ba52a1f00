"""What the commands share: one-line error reports, the progress bar, the summary."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator

import click


class Reporter:
    """Messages on stderr. A progress bar only when stderr is a terminal."""

    def __init__(self, quiet: bool = False, debug: bool = False, verb: str = "parse"):
        self.quiet, self.debug, self.verb = quiet, debug, verb
        self.failures = 0
        self.done = 0
        self._console = None

    def _echo(self, message: str) -> None:
        if self._console is not None:
            self._console.print(message, markup=False, highlight=False)
        else:
            click.echo(message, err=True)

    def failed(self, path: str, reason: str, trace: str | None = None) -> None:
        self.failures += 1
        self._echo(f"vap: error: {path}: {reason}")
        if self.debug and trace:
            self._echo(trace.rstrip())

    def fail_line(self, message: str) -> None:
        self._echo(f"vap: error: {message}")

    def skipped(self, path: str, reason: str) -> None:
        if not self.quiet:
            self._echo(f"vap: skipped: {path}: {reason}")

    @contextlib.contextmanager
    def progress(self, total: int) -> Iterator[Callable[[], None]]:
        def advance_plain() -> None:
            self.done += 1

        if self.quiet or not sys.stderr.isatty():
            yield advance_plain
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self._console = Console(stderr=True)
        columns = (
            TextColumn(f"{self.verb}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
        )
        with Progress(*columns, console=self._console, transient=True) as bar:
            task = bar.add_task(self.verb, total=total)

            def advance() -> None:
                self.done += 1
                bar.advance(task)

            try:
                yield advance
            finally:
                self._console = None

    def summary(self, seconds: float) -> None:
        if not self.quiet:
            click.echo(
                f"vap {self.verb}: {self.done} files, {self.failures} failed, {seconds:.2f} s",
                err=True,
            )
