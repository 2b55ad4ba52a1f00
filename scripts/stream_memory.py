"""Memory over a long stream of documents: does the parser's memory stay flat?

    python scripts/stream_memory.py --docs 100000            # the library, in this process
    python scripts/stream_memory.py --docs 20000 --cli       # `vap parse FOLDER` (files on disk)

Documents are generated like bench.py's (a sample with its digits changed), each with
one more sentence naming a made-up village and person, so that the words of the
stream keep changing (a cache keyed by words or names would show as growth). Every
`--every` documents it prints the resident memory (RSS) of the parsing process.
The library mode parses with `parse_text` and writes each record's JSON to nowhere;
the CLI mode writes the corpus to a temporary folder and samples the RSS of
`vap parse FOLDER` (JSON Lines to /dev/null) every second.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench import DIGITS, SAMPLES, VAP, table

LETTERS = "абвгдежзиклмнопрстуфхөүң"
SYLLABLES_PER_NAME = (2, 4)


def _made_up(rng: random.Random) -> str:
    count = rng.randint(*SYLLABLES_PER_NAME)
    word = "".join(rng.choice(LETTERS) + rng.choice("аеиоуыөү") for _ in range(count))
    return word.capitalize()


def documents(count: int, seed: int = 0) -> Iterator[str]:
    """`count` seed-like documents, each different in its digits and its made-up names."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    for i in range(count):
        text = DIGITS.sub(lambda m: str(rng.randint(0, 9)), seeds[i % len(seeds)])
        village, person = _made_up(rng), _made_up(rng) + "ов"
        extra = f"\n{village} айылында {rng.randint(5, 500)} киши катышты, {person} Асан айтты.\n"
        yield text + extra


def rss_mb(pid: int | str = "self") -> float:
    """Resident memory of a process, from /proc (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def stream_library(count: int, every: int) -> list[list[str]]:
    from vap_cli.export.outfile import json_text
    from vap_cli.pipeline import parse_text

    rows = []
    started = last = time.perf_counter()
    with open("/dev/null", "w", encoding="utf-8") as sink:
        for i, text in enumerate(documents(count), 1):
            sink.write(json_text(parse_text(text, source=f"doc{i:06d}.txt")) + "\n")
            if i % every == 0 or i == count:
                now = time.perf_counter()
                done = every if i % every == 0 else i % every
                rows.append(
                    [
                        f"{i:,}",
                        f"{rss_mb():.0f}",
                        f"{now - started:.0f}",
                        f"{done / (now - last):.0f}",
                    ]
                )
                print(" | ".join(rows[-1]), file=sys.stderr)
                last = now
    return rows


def stream_cli(count: int) -> list[list[str]]:
    work = Path(tempfile.mkdtemp(prefix="vap-stream-"))
    try:
        for i, text in enumerate(documents(count)):
            (work / f"doc{i:06d}.txt").write_text(text, encoding="utf-8")
        rows = []
        started = time.perf_counter()
        proc = subprocess.Popen(
            [*VAP, "parse", str(work), "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        while proc.poll() is None:
            try:
                rss = rss_mb(proc.pid)
            except OSError:
                break
            rows.append([f"{time.perf_counter() - started:.0f}", f"{rss:.0f}"])
            print(" | ".join(rows[-1]), file=sys.stderr)
            time.sleep(1)
        return rows
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000, help="documents (default 100000)")
    parser.add_argument("--every", type=int, default=10_000, help="print RSS every N documents")
    parser.add_argument("--cli", action="store_true", help="measure `vap parse FOLDER` instead")
    args = parser.parse_args(argv)
    if args.cli:
        rows = stream_cli(args.docs)
        print(table(["seconds", "RSS MB (vap parse)"], rows[:: max(1, len(rows) // 20)]))
        return 0
    rows = stream_library(args.docs, args.every)
    print(table(["documents", "RSS MB", "elapsed s", "documents/s"], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
