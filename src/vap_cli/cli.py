"""The `vap` command line: a thin click layer over the library.

Commands live in vap_cli/commands/, one module each, imported only when run,
so `vap --help` stays fast.
"""

from __future__ import annotations

import gc
import importlib
import os
import re
import signal
import sys

import click

# name -> (module, function, one-line help shown by `vap --help`)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "clean": ("vap_cli.commands.clean", "clean", "Rewrite text documents as clean UTF-8."),
    "dedupe": ("vap_cli.commands.dedupe", "dedupe", "Find duplicate and near-duplicate documents."),
    "parse": ("vap_cli.commands.parse", "parse", "Extract structured data from documents."),
    "convert": (
        "vap_cli.commands.convert",
        "convert",
        "Write records of vap parse (edited JSON Lines) as tables again.",
    ),
    "contacts": (
        "vap_cli.commands.contacts",
        "contacts",
        "A directory of the people named across documents.",
    ),
    "eval": (
        "vap_cli.commands.eval",
        "eval_",
        "Score the parser against gold annotations, per field.",
    ),
    "places": (
        "vap_cli.commands.places",
        "places",
        "Look up a place name in the gazetteer, or list a level.",
    ),
    "report": ("vap_cli.commands.report", "report", "One self-contained HTML page about a corpus."),
    "schema": ("vap_cli.commands.schema", "schema", "Print the JSON Schema of the output records."),
}


class ReaderGone(Exception):
    """Standard output's reader went away (`vap parse dir | head`). Not an OSError:
    click turns a broken pipe into exit status 1 before `_run` could see it."""


class OneLineUsageError(click.UsageError):
    """A usage error said in one line on stderr, in the house style of vap's other
    errors: `vap parse: error: no such option '--bogus' (did you mean '--jobs'?);
    see vap parse --help`. Exit status 2, as click's own."""

    def __init__(self, error: click.UsageError) -> None:
        super().__init__(error.format_message(), error.ctx)

    def show(self, file: object = None) -> None:
        click.echo(usage_line(self.message, self.ctx), err=True)


# click's "... Did you mean '--jobs'?" and "... (Possible options: --a, --b)".
_POSSIBILITIES = re.compile(r"\.?\s+(?:Did you mean (.+\?)|\(Possible options: (.+)\))$")


def usage_line(message: str, ctx: click.Context | None) -> str:
    """`message` as one line: `PROG: error: reason (did you mean X?); see PROG --help`."""
    prog = ctx.command_path if ctx is not None else "vap"
    text = " ".join(line.strip() for line in message.splitlines() if line.strip())
    hint = ""
    found = _POSSIBILITIES.search(text)
    if found:
        hint = f" (did you mean {found[1]})" if found[1] else f" (possible options: {found[2]})"
        text = text[: found.start()]
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return f"{prog}: error: {text}{hint}; see {prog} --help"


def _one_line(error: click.UsageError) -> click.UsageError:
    # `vap` alone prints its help (click's NoArgsIsHelpError): left as it is.
    if isinstance(error, (OneLineUsageError, click.exceptions.NoArgsIsHelpError)):
        return error
    return OneLineUsageError(error)


class LazyGroup(click.Group):
    """vap's commands, imported when run; every usage error, of the group's own
    arguments or of a command's, is said in one line (`OneLineUsageError`)."""

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: object,
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)  # type: ignore[arg-type]
        except click.UsageError as error:
            raise _one_line(error) from None

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            raise ReaderGone from None
        except click.UsageError as error:
            raise _one_line(error) from None

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attr, _ = COMMANDS[name]
        return getattr(importlib.import_module(module), attr)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(name="vap", cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="vap-cli", prog_name="vap")
def cli() -> None:
    """vap: turn Kyrgyz press releases into structured, checkable data.

    \b
    Example:
        vap parse samples/ --format jsonl > out.jsonl
    """


# Signals that end a run the way Ctrl-C does: SIGTERM (kill, a service manager)
# and SIGHUP (the terminal was closed).
ENDING_SIGNALS = ("SIGTERM", "SIGHUP")


def _terminate(signum: int, frame: object) -> None:
    # Unwind like Ctrl-C, so open outputs are removed, not left half-written.
    raise SystemExit(128 + signum)


def _unraisable(event: sys.UnraisableHookArgs) -> None:
    """A signal that lands while Python runs a finalizer (a `__del__` during a regex
    compile, say) is swallowed there, with a traceback on stderr. Deliver it again
    instead, so the run still stops, the normal way and without a traceback."""
    exc = event.exc_value
    if isinstance(exc, KeyboardInterrupt):
        _deliver_again(signal.SIGINT)
    elif isinstance(exc, SystemExit) and isinstance(exc.code, int) and exc.code > 128:
        _deliver_again(exc.code - 128)  # what _terminate raised, for that signal
    else:
        sys.__unraisablehook__(event)


# Delay before a swallowed signal is sent again: long enough for the hook to return.
SIGNAL_AGAIN_DELAY_S = 0.01


def _deliver_again(signum: int) -> None:
    # Sent from inside the hook, the signal's handler would run (and raise) inside
    # the hook, and be swallowed once more; another thread sends it once it returned.
    import threading

    threading.Timer(SIGNAL_AGAIN_DELAY_S, os.kill, (os.getpid(), signum)).start()


def _output_error() -> type[Exception]:
    from .export.outfile import OutputError

    return OutputError


# Allocations between two collections of the youngest objects (Python's default: 700).
# A run keeps what its start-up builds (lexicons, patterns, the gazetteer) to the end,
# and the default walks those objects again and again while they are made: about a
# tenth of the start-up and of the time per document. Cycles are still collected.
GC_YOUNG_THRESHOLD = 10_000


def main() -> None:
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    sys.unraisablehook = _unraisable
    for name in ENDING_SIGNALS:
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _terminate)
    try:
        _run()
    finally:
        # Python collects garbage once more at exit, walking every object the run
        # made (the gazetteer, the patterns, ...), which all go with the process
        # anyway: frozen, they are skipped (about a sixth of a one-file run's CPU).
        gc.freeze()


def _run() -> None:
    try:
        result = cli.main(prog_name="vap", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except _output_error() as exc:
        # A full disk or a broken device under standard output, raised by a command.
        from .errors import one_line

        click.echo(f"vap: error: {one_line(str(exc))}", err=True)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except (click.Abort, KeyboardInterrupt):
        click.echo("vap: interrupted", err=True)
        sys.exit(130)
    except (ReaderGone, BrokenPipeError):
        # The reader went away (`vap parse dir | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(141)
    sys.exit(result if isinstance(result, int) else 0)
