"""The signals that end a run (Ctrl-C, kill, a closed terminal), and holding them while
a step must not be cut in two: starting a worker, setting up an output file."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator

ENDING_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)
# The mask a hold replaced; None where signals cannot be held (Windows).
SignalMask = set[int | signal.Signals] | None


def hold_ending_signals() -> SignalMask:
    """Hold the ending signals (they wait, pending); the mask to give back to
    `release_signals`."""
    if not hasattr(signal, "pthread_sigmask"):
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, ENDING_SIGNALS)


def release_signals(previous: SignalMask) -> None:
    """Give back the mask `hold_ending_signals` replaced: a signal that came meanwhile is
    delivered now, where the caller's clean-up is in place."""
    if previous is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


@contextlib.contextmanager
def ending_signals_held() -> Iterator[None]:
    """The ending signals held for the block; one that came is taken when it ends."""
    previous = hold_ending_signals()
    try:
        yield
    finally:
        release_signals(previous)


@contextlib.contextmanager
def ending_signals_let_through() -> Iterator[None]:
    """The ending signals let through for the block, even inside a hold: for a step that
    may wait without end (opening a FIFO that no one reads yet) and leaves nothing behind
    when cut; one that came during the hold is taken as the block starts."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_UNBLOCK, ENDING_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
