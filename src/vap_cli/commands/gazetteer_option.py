"""The `--gazetteer FILE` option shared by every command that matches places."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from ..resources import Resources

F = TypeVar("F", bound=Callable[..., Any])


def gazetteer_option(command: F) -> F:
    """Add `--gazetteer FILE` (repeatable) to a click command; the value is a tuple of paths."""
    return click.option(
        "--gazetteer",
        "gazetteer_files",
        multiple=True,
        metavar="FILE",
        help="A YAML file of extra places or aliases (same schema as data/gazetteer.yaml); repeatable.",
    )(command)


def use_gazetteer_files(files: Sequence[str], parse: bool = True) -> Resources:
    """The resources of the built-in gazetteer plus the user's files, loaded now; a bad
    file ends the command with exit code 2 and one line naming the file and the problem.
    `parse`: the command parses texts, so the pipeline is imported now too. Both are
    kept to the end of the command: made with the garbage collector paused, then
    frozen (diskcache.long_lived)."""
    from ..diskcache import long_lived
    from ..gazetteer import GazetteerError
    from ..resources import load

    try:
        with long_lived():
            if parse:
                from .. import pipeline  # noqa: F401 - its modules, lexicons and patterns
            return load(files)
    except GazetteerError as exc:
        from ..errors import one_line

        click.echo(f"vap: error: {one_line(str(exc))}", err=True)
        sys.exit(2)
