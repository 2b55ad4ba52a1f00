"""CPU time per document of what a Dask worker does (read, parse, write JSONL and
Parquet), the basis of the cost per million documents in README "Scale out".

    python scripts/cpu_per_doc.py tests/gold/docs [--repeat 3]

Runs in this process, without Dask: resources are built first (as a worker
does when it starts), then every document is parsed and written `repeat` times
(time.process_time, so waiting on a busy machine does not count).
"""

from __future__ import annotations

import argparse
import tempfile
import time

from vap_cli.batch import Skipped
from vap_cli.dask import build_resources, expand_inputs, make_partitions, write_partition


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    inputs = [p for p in expand_inputs(args.inputs) if not isinstance(p, Skipped)]
    build_resources(())
    parts = make_partitions(inputs)  # the engine's partition size: the same files per task
    with tempfile.TemporaryDirectory() as out:
        started = time.process_time()
        for _ in range(args.repeat):
            for part in parts:
                write_partition(part, out)
        seconds = (time.process_time() - started) / (args.repeat * len(inputs))
    print(f"{len(inputs)} documents x {args.repeat}: {seconds * 1000:.1f} ms CPU per document")
    print(f"per million documents: {seconds * 1e6 / 3600:.1f} core-hours")


if __name__ == "__main__":
    main()
