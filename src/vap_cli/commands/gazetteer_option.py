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


def use_gazetteer_files(files: Sequence[str]) -> Resources:
    """The resources of the built-in gazetteer plus the user's files, loaded now; a bad
    file ends the command with exit code 2 and one line naming the file and the problem."""
    from ..gazetteer import GazetteerError
    from ..resources import load

    try:
        return load(files)
    except GazetteerError as exc:
        click.echo(f"vap: error: {exc}", err=True)
        sys.exit(2)
