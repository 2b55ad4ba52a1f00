"""What pydantic would cost a parse: start-up and time per document.

    python scripts/pydantic_cost.py [--runs 5] [FOLDER ...]

Start-up, in CPU time (medians of --runs fresh processes; CPU time, not wall time, so
that a machine busy with other work changes the numbers less): `vap parse ONE_FILE`
as it is, importing pydantic, and building the pydantic twin of Document with its
validator and serializer (what a run that validated or dumped its records through
pydantic would pay before its first record).
Per document (the documents of FOLDER, default the samples, the gold and held-out
corpora, parsed once): writing a record's JSON data as `vap parse` does
(record_base.plain), by the twin (`model_dump(mode="json")`), and validating it
(`model_validate`).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [ROOT / "samples", ROOT / "tests" / "gold" / "docs", ROOT / "tests" / "heldout" / "docs"]

IMPORT = "import time; t = time.process_time(); import pydantic; print(time.process_time() - t)"
TWIN = """
import time
from vap_cli.models import Document
from vap_cli.pipeline import parse_text
from vap_cli.record_base import plain, pydantic_model, to_pydantic
data = plain(parse_text("2024-жылдын 3-мартында Нарында семинар өттү, 40 адам катышты."))
t = time.process_time()
import pydantic
twin = pydantic_model(Document)
twin.model_validate(data)
to_pydantic(twin.model_validate(data)).model_dump(mode="json")
print(time.process_time() - t)
"""


def fresh(code: str, runs: int) -> float:
    """Median CPU seconds a snippet prints, each run in a fresh process."""
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        if out.returncode != 0:
            raise SystemExit(out.stderr)
        times.append(float(out.stdout.split()[-1]))
    return statistics.median(times)


def one_file(runs: int) -> float:
    """Median CPU seconds of `vap parse ONE_FILE` (a sample), output thrown away."""
    sample = ROOT / "samples" / "000_7de6523ac942d557.txt"
    times = []
    for _ in range(runs + 1):  # the first run warms the cache: not counted
        proc = subprocess.Popen(
            [sys.executable, "-m", "vap_cli", "parse", "-q", str(sample)],
            stdout=subprocess.DEVNULL,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit("vap parse failed")
        times.append(usage.ru_utime + usage.ru_stime)
    return statistics.median(times[1:])


def per_document(paths: list[Path]) -> tuple[int, float, float, float]:
    """(documents, seconds of plain, of the twin's model_dump, of model_validate)."""
    from vap_cli.models import Document
    from vap_cli.pipeline import parse_path
    from vap_cli.record_base import plain, pydantic_model, to_pydantic

    documents = [parse_path(path) for path in paths]
    twin = pydantic_model(Document)
    twin.model_validate(plain(documents[0]))  # built before timing
    to_pydantic(documents[0]).model_dump(mode="json")
    started = time.process_time()
    data = [plain(document) for document in documents]
    plain_s = time.process_time() - started
    started = time.process_time()
    for document in documents:
        to_pydantic(document).model_dump(mode="json")
    dump_s = time.process_time() - started
    started = time.process_time()
    for item in data:
        twin.model_validate(item)
    validate_s = time.process_time() - started
    return len(documents), plain_s, dump_s, validate_s


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=FOLDERS)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"vap parse ONE_FILE: {one_file(args.runs) * 1000:.0f} ms of CPU")
    print(f"import pydantic: {fresh(IMPORT, args.runs) * 1000:.0f} ms of CPU")
    twin = fresh(TWIN, args.runs) * 1000
    print(
        f"import pydantic, build Document's twin, its validator and serializer: {twin:.0f} ms of CPU"
    )
    paths = sorted(p for folder in args.folders for p in folder.glob("*.txt"))
    count, plain_s, dump_s, validate_s = per_document(paths)
    for name, seconds in (
        ("plain (what vap parse writes)", plain_s),
        ('twin model_dump(mode="json")', dump_s),
        ("twin model_validate", validate_s),
    ):
        print(f"{name}: {seconds / count * 1e6:.0f} µs of CPU a document ({count} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
