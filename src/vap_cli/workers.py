"""Worker processes for batch.run: results in input order, and a shutdown that never hangs.

multiprocessing.Pool shares one task queue, guarded by a lock, between its
workers. A worker killed while it holds that lock (Ctrl-C or a closed terminal
reach the whole process group; the kernel's OOM killer picks one) leaves
Pool.terminate waiting for the lock forever. Here each worker has a pipe of its
own and nothing is shared, so any worker can die, or be killed, at any moment:
its unfinished items are reported lost and a new worker takes its place.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

from .signals import ENDING_SIGNALS, ending_signals_held

Item = TypeVar("Item")
Output = TypeVar("Output")

# Items sent ahead to each worker, so that it never waits for the next one.
AHEAD = 2
# Results kept waiting for an earlier slow one, per worker, before sending stops.
WINDOW = 4
# prctl's option that has the kernel send a signal to a process when its parent dies
# (linux/prctl.h).
PR_SET_PDEATHSIG = 1
# Where prctl is missing: how often a worker's watchdog looks whether its parent lives.
PARENT_POLL_SECONDS = 0.5
# A worker's exit status when it finds its parent gone.
ORPHAN_EXIT = 1


@dataclass
class _Worker:
    process: Any  # a multiprocessing Process
    conn: Connection
    sent: deque[int] = field(default_factory=deque)  # indices of unfinished items


@dataclass
class Job(Generic[Item, Output]):
    """What the workers run: `task` on each item, after `setup(*setup_args)`;
    `lost(item)` stands for the output of an item whose worker died."""

    task: Callable[[Item], Output]
    setup: Callable[..., None]
    setup_args: tuple
    lost: Callable[[Item], Output]


def _kill_when_parent_dies() -> bool:
    """Have the kernel SIGKILL this process when its parent dies (Linux); False
    where that cannot be asked."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    """A watchdog thread's loop: end the process once its parent is gone."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(ORPHAN_EXIT)


def end_with_parent(parent: int) -> None:
    """A worker ends when its parent `parent` dies, by any signal, SIGKILL included:
    its pipe never reports the end, since the other workers hold copies of it. The
    parent may have died before this runs (its orphan has another parent already)."""
    if not _kill_when_parent_dies():
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:
        os._exit(ORPHAN_EXIT)


def _serve(conn: Connection, job: Job, parent: int) -> None:
    """A worker's life: ended with its parent, default signal handling, setup, then
    items until None. SIGTERM and SIGHUP end it at once (the parent's handlers,
    inherited by fork, would raise SystemExit in here); Ctrl-C is the parent's to act on."""
    end_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for signum in ENDING_SIGNALS:
        if signum != signal.SIGINT:
            signal.signal(signum, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, ENDING_SIGNALS)
    job.setup(*job.setup_args)
    while True:
        try:
            item = conn.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        conn.send(job.task(item))


def _start(context: Any, job: Job) -> _Worker:
    ours, theirs = context.Pipe()
    process = context.Process(target=_serve, args=(theirs, job, os.getpid()), daemon=True)
    # (a signal mid-way would leave a worker that no one stops)
    with ending_signals_held():
        process.start()
    theirs.close()
    return _Worker(process, ours)


def ordered_map(
    job: Job[Item, Output], items: Sequence[Item], jobs: int
) -> Generator[Output, None, None]:
    """job.task over `items` on `jobs` processes, yielded in the order of `items`.
    Stopped early (a signal, the caller closing the generator), it kills the workers."""
    context = multiprocessing.get_context("spawn" if os.name == "nt" else "fork")
    workers: list[_Worker] = []
    try:
        workers.extend(_start(context, job) for _ in range(min(jobs, len(items))))
        yield from _drive(context, job, items, workers)
    except BaseException:
        for worker in workers:
            worker.process.kill()
        for worker in workers:
            worker.process.join(timeout=5)
        raise
    for worker in workers:
        with contextlib.suppress(OSError):
            worker.conn.send(None)
    for worker in workers:
        worker.process.join(timeout=30)
        if worker.process.is_alive():
            worker.process.kill()


def _drive(
    context: Any, job: Job[Item, Output], items: Sequence[Item], workers: list[_Worker]
) -> Iterator[Output]:
    done: dict[int, Output] = {}
    next_out = next_in = 0
    while next_out < len(items):
        limit = min(len(items), next_out + WINDOW * len(workers))
        for worker in workers:
            while len(worker.sent) < AHEAD and next_in < limit:
                if not _send(worker, items[next_in]):
                    break  # it died: its sentinel is ready below, and a new worker takes over
                worker.sent.append(next_in)
                next_in += 1
        if next_out in done:
            yield done.pop(next_out)
            next_out += 1
            continue
        ready = wait([w.conn for w in workers] + [w.process.sentinel for w in workers])
        for worker in list(workers):
            if worker.conn in ready or worker.process.sentinel in ready:
                _collect(context, job, items, workers, worker, done)


def _send(worker: _Worker, item: Any) -> bool:
    """Hand a worker an item; False when it has died (its pipe is closed)."""
    try:
        worker.conn.send(item)
    except OSError:  # BrokenPipeError, ConnectionResetError: killed from outside
        return False
    return True


def _collect(
    context: Any,
    job: Job[Item, Output],
    items: Sequence[Item],
    workers: list[_Worker],
    worker: _Worker,
    done: dict[int, Output],
) -> None:
    """Take a worker's result; or, when it died, report its items lost and replace it."""
    try:
        if worker.conn.poll():
            done[worker.sent.popleft()] = worker.conn.recv()
            return
    except (EOFError, OSError):
        pass
    if worker.process.is_alive():
        return
    for index in worker.sent:
        done[index] = job.lost(items[index])
    worker.conn.close()
    workers[workers.index(worker)] = _start(context, job)
