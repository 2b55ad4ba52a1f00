"""Errors about input that the CLI reports as one line naming the file."""

from __future__ import annotations

import os
import re
from pathlib import Path


class InputError(Exception):
    """A file that cannot be read or parsed: the message says why, briefly.

    `reason` is that alone (the command line prints it after the file's path);
    `path`, when the raiser knows it (the Python API: parse_path, frames), leads the
    message: "nope.txt: no such file or folder". Derived from Exception directly:
    catch it by name (`from vap_cli import InputError`)."""

    def __init__(
        self, reason: str, path: str | Path | None = None, sha256: str | None = None
    ) -> None:
        self.reason = reason
        self.path = None if path is None else str(path)
        # SHA-256 of the bytes that were read and failed (read.read_path), when they were:
        # the SQLite corpus remembers the failure with it, never reading the file again
        self.sha256 = sha256
        super().__init__(reason if self.path is None else f"{self.path}: {reason}")

    def at(self, path: str | Path) -> InputError:
        """The same error naming `path`."""
        return InputError(self.reason, path, self.sha256)

    def __reduce__(self):  # pickled whole (a worker's error), not as its message
        return (InputError, (self.reason, self.path, self.sha256))


# What a one-line report escapes in a name or a reason, so that a name holding a line
# break (or a forged "vap: error: ..." after one) cannot print two lines: the control
# characters (C0, DEL, C1), the separators str.splitlines breaks at (U+2028, U+2029),
# the lone surrogates of undecodable bytes, and the backslash that starts an escape.
# On Windows the backslash is the path separator and no name holds a control character:
# it stays as it is there, and nothing is read back.
_BACKSLASH_ESCAPED = os.sep != "\\"
_ESCAPED = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff" + ("\\\\]" if _BACKSLASH_ESCAPED else "]")
)
# Python's own escapes for the common controls, as repr() writes them.
_SHORT_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_ESCAPE = re.compile(r"\\(\\|n|t|r|x[0-9a-f]{2}|u[0-9a-f]{4})")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[char]
    return f"\\x{ord(char):02x}" if ord(char) <= 0xFF else f"\\u{ord(char):04x}"


def _unescape(match: re.Match[str]) -> str:
    code = match.group(1)
    reverse = {value[1:]: key for key, value in _SHORT_ESCAPES.items()}
    return reverse[code] if code in reverse else chr(int(code[1:], 16))


def one_line(text: str) -> str:
    """`text` (a file name, a reason) for a one-line report: control characters,
    line separators, undecodable bytes and backslashes as Python's escapes
    (`\\n`, `\\t`, `\\r`, `\\x1b`, `\\u2028`, `\\udcff`, `\\\\`)."""
    return _ESCAPED.sub(_escape, text)


def from_one_line(text: str) -> str:
    """What `one_line` escaped, back as it was."""
    return _ESCAPE.sub(_unescape, text) if _BACKSLASH_ESCAPED else text


def as_path(path: object, caller: str) -> str:
    """The path argument of the Python API (`parse_path`, `frames`) as a str: a str, an
    os.PathLike, or bytes (a name that is not UTF-8, decoded as the file system does,
    so the file is found); anything else (None, a number) is a TypeError saying so."""
    try:
        return os.fsdecode(path)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(
            f"{caller} takes a path (str, bytes or os.PathLike), not {type(path).__name__}"
        ) from None
