"""Errors about input that the CLI reports as one line naming the file."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """A file that cannot be read or parsed: the message says why, briefly.

    `reason` is that alone (the command line prints it after the file's path);
    `path`, when the raiser knows it (the Python API: parse_path, frames), leads the
    message: "nope.txt: no such file or folder". Derived from Exception directly:
    catch it by name (`from vap_cli import InputError`)."""

    def __init__(self, reason: str, path: str | Path | None = None):
        self.reason = reason
        self.path = None if path is None else str(path)
        super().__init__(reason if self.path is None else f"{self.path}: {reason}")

    def at(self, path: str | Path) -> InputError:
        """The same error naming `path`."""
        return InputError(self.reason, path)

    def __reduce__(self):  # pickled whole (a worker's error), not as its message
        return (InputError, (self.reason, self.path))
