"""Errors about input that the CLI reports as one line naming the file."""


class InputError(Exception):
    """A file that cannot be read or parsed: the message says why, briefly."""
