"""The benchmark: how fast vap parses, where the time goes, and how it compares
with a general date library on the same documents, in one run.

    python scripts/bench.py                       # a generated corpus of seed-like documents
    python scripts/bench.py FOLDER                # your own documents
    python scripts/bench.py --docs 2000 > bench.md     # its output is Markdown

It prints, for the machine it runs on:
- start-up: `vap --help` and `vap parse ONE_FILE`, wall time (median of runs);
- throughput of `vap parse` with --jobs 1, 2 and all cores, and with the Dask
  engine on a local cluster of 2 workers when the dask extra is installed:
  documents/s, CPU milliseconds per document (the process and the workers it
  waited for), peak memory of the largest process;
- per-stage CPU time (read, normalise, segment, each extractor, resolve, record,
  JSON) over the corpus, in this process;
- dateparser's search_dates on the same documents (when dateparser is
  installed: `pip install dateparser`), and vap's speed as a multiple of it;
- time per MB of one document from 1 KB to 10 MB (each size in its own
  process, with a time limit).

Wall-clock numbers depend on the machine and on what else runs on it: read the
ratios. Timed tests are not part of CI; this script is where speed is measured.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
VAP = [sys.executable, "-m", "vap_cli"]
DIGITS = re.compile(r"\d")
LENGTHS_KB = (1, 10, 100, 1_000, 10_000)
LENGTH_TIME_LIMIT_S = 300
STARTUP_RUNS = 5
DATEPARSER_MAX_DOCS = 200  # it runs at tens of documents per second


# --------------------------------------------------------------------------- corpus


def generate_corpus(folder: Path, count: int, seed: int = 0) -> list[Path]:
    """`count` documents like the samples: each a sample with its digits changed
    (so that no two are the same text), written as UTF-8 .txt."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        text = DIGITS.sub(lambda m: str(rng.randint(0, 9)), seeds[i % len(seeds)])
        path = folder / f"doc{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def corpus_files(folder: Path) -> list[Path]:
    from vap_cli.batch import collect

    return [Path(p) for p in collect([str(folder)]) if isinstance(p, str)]


# --------------------------------------------------------------------------- runs


@dataclass
class Run:
    wall: float
    cpu: float  # user + system of the process itself
    peak_kb: int  # peak resident memory of the process itself
    status: int


def run_command(args: list[str], timeout: float | None = None) -> Run:
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = None if timeout is None else started + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if deadline is not None and time.perf_counter() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            return Run(float("inf"), float("inf"), usage.ru_maxrss, -9)
        time.sleep(0.01)
    wall = time.perf_counter() - started
    return Run(
        wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, os.waitstatus_to_exitcode(status)
    )


def median_wall(args: list[str], runs: int) -> float:
    return statistics.median(run_command(args).wall for _ in range(runs))


# --------------------------------------------------------------------------- stages


@dataclass
class StageTimes:
    seconds: dict[str, float] = field(default_factory=dict)

    def add(self, stage: str, started: float) -> float:
        now = time.process_time()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - started
        return now


def time_stages(paths: list[Path]) -> StageTimes:
    """The pipeline of vap_cli.pipeline.parse_path, stage by stage, in CPU time of
    this process (time.process_time: waiting on a busy machine does not count)."""
    from vap_cli import pipeline
    from vap_cli.export.outfile import json_text
    from vap_cli.read import read_path
    from vap_cli.record import to_document
    from vap_cli.resolve import resolve

    times = StageTimes()
    for path in paths:
        t = time.process_time()
        raw = read_path(path)
        t = times.add("read", t)
        ctx = pipeline.build_context(raw.text, source=str(path))
        t = times.add("normalise + segment", t)
        for extractor in pipeline.EXTRACTORS:
            extractor(ctx)
            t = times.add(f"extract: {extractor.__module__.rsplit('.', 1)[-1]}", t)
        resolve(ctx)
        t = times.add("resolve", t)
        document = to_document(ctx)
        t = times.add("record", t)
        json_text(document)  # what `vap parse` writes, one JSON line per document
        times.add("JSON", t)
    return times


# --------------------------------------------------------------------------- peer


def dateparser_rate(paths: list[Path]) -> tuple[float, int] | None:
    """Documents per second of dateparser's search_dates (Kyrgyz and Russian)."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths[:DATEPARSER_MAX_DOCS]]
    search_dates(texts[0], languages=["ky", "ru"])  # load its language data first
    found = 0
    started = time.process_time()
    for text in texts:
        found += len(search_dates(text, languages=["ky", "ru"]) or [])
    return len(texts) / (time.process_time() - started), found


def vap_inprocess_rate(paths: list[Path]) -> float:
    from vap_cli.pipeline import parse_path

    parse_path(paths[0])
    started = time.process_time()
    for path in paths:
        parse_path(path)
    return len(paths) / (time.process_time() - started)


# --------------------------------------------------------------------------- lengths


def long_document(kilobytes: int) -> str:
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    target = kilobytes * 1024
    repeats = target // len(seeds.encode("utf-8")) + 1
    text = "\n\n".join([seeds] * repeats)
    return text.encode("utf-8")[:target].decode("utf-8", errors="ignore")


def time_lengths(folder: Path) -> Iterator[tuple[int, Run]]:
    for kb in LENGTHS_KB:
        path = folder / f"long_{kb}kb.txt"
        path.write_text(long_document(kb), encoding="utf-8")
        run = run_command(
            [*VAP, "parse", str(path), "-q", "--max-size", "1GB"]
            if _has_max_size()
            else [*VAP, "parse", str(path), "-q"],
            timeout=LENGTH_TIME_LIMIT_S,
        )
        yield kb, run


def _has_max_size() -> bool:
    help_text = subprocess.run(
        [*VAP, "parse", "--help"], capture_output=True, text=True, check=False
    ).stdout
    return "--max-size" in help_text


# --------------------------------------------------------------------------- report


def machine() -> str:
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{os.cpu_count()} cores ({model or platform.machine()}), Python "
        f"{platform.python_version()}, {platform.system()}; load average {load:.1f} at start"
    )


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def section(title: str, body: str, out: Callable[[str], None]) -> None:
    out(f"\n### {title}\n\n{body}\n")


def throughput_rows(folder: Path, count: int, out_dir: Path) -> tuple[list[list[str]], float]:
    rows = []
    per_core = 0.0
    for jobs in (1, 2, 0):
        out = out_dir / f"out_j{jobs}.jsonl"
        run = run_command([*VAP, "parse", str(folder), "-q", "-j", str(jobs), "-o", str(out)])
        label = f"--jobs {jobs}" + (f" (all {os.cpu_count()} cores)" if jobs == 0 else "")
        rate = count / run.wall
        if jobs == 1:
            per_core = rate
        rows.append(_row(label, run, count))
    if _has_dask():
        out = out_dir / "dask-out"
        args = [*VAP, "parse", "--engine", "dask", "-j", "2", str(folder), "-q", "-o", str(out)]
        rows.append(_row("--engine dask -j 2 (a local cluster)", run_command(args), count))
    return rows, per_core


def _row(label: str, run: Run, count: int) -> list[str]:
    return [
        label,
        f"{run.wall:.2f}",
        f"{count / run.wall:,.0f}",
        f"{1000 * run.cpu / count:.2f}",
        f"{run.peak_kb / 1024:.0f}",
        "ok" if run.status == 0 else f"exit {run.status}",
    ]


def _has_dask() -> bool:
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "folder", nargs="?", type=Path, help="documents to parse (default: generated)"
    )
    parser.add_argument("--docs", type=int, default=1000, help="generated documents (default 1000)")
    parser.add_argument("--skip-lengths", action="store_true", help="skip the 1 KB-10 MB table")
    parser.add_argument(
        "--write-corpus",
        type=Path,
        metavar="DIR",
        help="only write the generated corpus to DIR (for measuring other commands on it)",
    )
    args = parser.parse_args(argv)
    if args.write_corpus:
        generate_corpus(args.write_corpus, args.docs)
        print(f"{args.docs} documents written to {args.write_corpus}")
        return 0

    work = Path(tempfile.mkdtemp(prefix="vap-bench-"))
    try:
        if args.folder:
            folder, paths = args.folder, corpus_files(args.folder)
        else:
            folder = work / "corpus"
            paths = generate_corpus(folder, args.docs)
        size_kb = sum(p.stat().st_size for p in paths) / 1024 / max(len(paths), 1)
        print(f"## vap benchmark\n\nMachine: {machine()}.")
        print(f"Corpus: {len(paths)} documents, {size_kb:.1f} KB each on average.")

        startup = [
            ["`vap --help`", f"{median_wall([*VAP, '--help'], STARTUP_RUNS) * 1000:.0f} ms"],
            [
                "`vap parse ONE_FILE`",
                f"{median_wall([*VAP, 'parse', str(paths[0]), '-q'], STARTUP_RUNS) * 1000:.0f} ms",
            ],
        ]
        section("Start-up (median of 5 runs)", table(["command", "wall time"], startup), print)

        rows, per_core = throughput_rows(folder, len(paths), work)
        header = [
            "vap parse",
            "wall s",
            "documents/s",
            "CPU ms/document (all processes)",
            "peak MB (one process)",
            "",
        ]
        section("Throughput", table(header, rows), print)

        # The long documents run before this process grows (the in-process stages and
        # dateparser below): Linux counts a parent's resident high-water mark at exec
        # into its child's peak, so measured later each child would show this process's.
        if not args.skip_lengths:
            length_rows = []
            for kb, run in time_lengths(work):
                if run.status == -9:
                    length_rows.append([f"{kb:,} KB", f"> {LENGTH_TIME_LIMIT_S} s", "", ""])
                    continue
                if run.status != 0:
                    length_rows.append([f"{kb:,} KB", f"failed (exit {run.status})", "", ""])
                    continue
                length_rows.append(
                    [
                        f"{kb:,} KB",
                        f"{run.cpu:.2f}",
                        f"{run.cpu / (kb / 1024):.2f}",
                        f"{run.peak_kb / 1024:.0f}",
                    ]
                )
            section(
                "One long document (seed text repeated; whole process, start-up included)",
                table(["length", "CPU s", "CPU s per MB", "peak MB"], length_rows),
                print,
            )

        stages = time_stages(paths)
        total = sum(stages.seconds.values())
        stage_rows = [
            [name, f"{1000 * s / len(paths):.3f}", f"{100 * s / total:.1f}%"]
            for name, s in sorted(stages.seconds.items(), key=lambda kv: -kv[1])
        ]
        section(
            "Per stage (in one process, CPU time)",
            table(["stage", "ms/document", "share"], stage_rows),
            print,
        )

        peer = dateparser_rate(paths)
        if peer is None:
            section("Peer", "dateparser is not installed (`pip install dateparser`).", print)
        else:
            peer_rate, found = peer
            vap_rate = vap_inprocess_rate(paths[:DATEPARSER_MAX_DOCS])
            body = table(
                ["in one process, same documents", "documents/s (CPU time)"],
                [
                    ["dateparser search_dates (dates only)", f"{peer_rate:,.1f}"],
                    ["vap parse_path (every extractor)", f"{vap_rate:,.1f}"],
                    ["vap / dateparser", f"{vap_rate / peer_rate:,.1f}x"],
                ],
            )
            section(f"Beside dateparser ({found} date mentions found by it)", body, print)

        print(f"\nvap --jobs 1: {per_core:,.0f} documents/s on one core.")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
