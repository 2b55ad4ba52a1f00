"""Start-up of a one-file run: `vap parse ONE.txt` writing JSON Lines imports only
what parsing a text file needs. Checked by what the process imported, not by the
clock: the modules listed here are each a measurable part of the start-up (or
belong to other formats and commands), and nothing on this path should need them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# A team-written release: a date, a place, a count, an e-mail and a phone, so that
# every extractor has something to do (a plain Kyrgyz number is checked on the
# region's plan, without the phone library: tests/test_phones.py).
RELEASE = (
    "2024-жылдын 12-мартында Нарын облусунда семинар өттү.\n"
    "Семинарга 25 катышуучу катышты.\n"
    "Байланыш: info@vap.kg, тел.: 0555 123 456\n"
)

# The module's two `vap parse` processes (warm_run) are started once: all its tests on one worker.
pytestmark = pytest.mark.xdist_group("startup")

# Imported by a one-file JSON Lines run: never (other formats, other commands, the
# YAML parser, pydantic and the tables derived from the models).
NOT_ON_THE_JSONL_PATH = (
    "sqlite3",  # --db and .sqlite output
    "csv",  # CSV output
    "tempfile",  # writing a file, or a cache entry; standard output needs neither
    "zipfile",
    "importlib.resources",
    "yaml",  # lexicons and the gazetteer come from the cache once it is warm
    "rich",  # the progress bar: not for one file
    "traceback",  # an internal error's trace (batch.py) and textwrap with it
    # the cache's keys, the stored tries and a record's id are hashed by the interpreter's
    # own modules (vap_cli.hashes): hashlib would load OpenSSL's library first
    "hashlib",
    "_hashlib",
    "html",  # a character reference's name (normalise), only for a text that holds one
    "rapidfuzz",  # fuzzy place names: only for a name not in the gazetteer
    "phonenumbers",  # a number that is not a plain Kyrgyz one
    # The records are light classes (record_base.py): their pydantic models are
    # built for validation, dumps with options and the schema, none of which
    # writing JSON Lines needs.
    "pydantic",
    "pydantic_core",
    "annotated_types",
    "openpyxl",
    "pyarrow",
    "pandas",
    "dask",
    "vap_cli.export.table_schema",
    "vap_cli.export.csv_style",
    "vap_cli.export.csv_tables",
    "vap_cli.export.xlsx",
    "vap_cli.export.geojson",
    "vap_cli.export.parquet",
    "vap_cli.export.sqlite_db",
    "vap_cli.readers.docx",
    "vap_cli.readers.pdf",
    "vap_cli.readers.html",
    "vap_cli.readers.archive",
    "vap_cli.report",
    "vap_cli.evaluate",
)

# The CLI, run as `vap parse FILE`, that lists the modules it imported when it exits.
RUN = (
    "import atexit, sys\n"
    "atexit.register(lambda: print(sorted(sys.modules), file=sys.stderr))\n"
    "sys.argv = ['vap', 'parse', '-q', sys.argv[1]]\n"
    "from vap_cli.cli import main\n"
    "main()\n"
)


def _parse_listing_modules(path: Path, cache: Path) -> tuple[list[dict], set[str]]:
    env = {**os.environ, "VAP_CACHE_DIR": str(cache)}
    env.pop("VAP_NO_CACHE", None)
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(path)], capture_output=True, text=True, env=env, check=True
    )
    records = [json.loads(line) for line in done.stdout.splitlines()]
    modules = set(json.loads(done.stderr.strip().splitlines()[-1].replace("'", '"')))
    return records, modules


@pytest.fixture(scope="module")
def warm_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict], set[str]]:
    folder = tmp_path_factory.mktemp("startup")
    release = folder / "release.txt"
    release.write_text(RELEASE, encoding="utf-8")
    _parse_listing_modules(release, folder / "cache")  # the first run fills the cache
    return _parse_listing_modules(release, folder / "cache")


def test_a_one_file_run_writes_its_record(warm_run: tuple[list[dict], set[str]]) -> None:
    records, _ = warm_run
    assert len(records) == 1
    assert records[0]["contacts"]["emails"] == ["info@vap.kg"]
    assert records[0]["contacts"]["phones"] == ["+996555123456"]
    assert records[0]["participants"][0]["count"] == 25


@pytest.mark.parametrize("module", NOT_ON_THE_JSONL_PATH)
def test_a_one_file_jsonl_run_does_not_import(
    module: str, warm_run: tuple[list[dict], set[str]]
) -> None:
    _, modules = warm_run
    assert "vap_cli.pipeline" in modules  # the listing is of a run that parsed
    assert module not in modules


@pytest.mark.parametrize("data", [b"", b"abc", "Нарын облусу\n".encode(), bytes(range(256)) * 40])
def test_the_hash_functions_give_hashlibs_digests(data: bytes) -> None:
    import hashlib

    from vap_cli import hashes

    assert hashes.sha256(data).digest() == hashlib.sha256(data).digest()
    assert hashes.sha1(data).hexdigest() == hashlib.sha1(data).hexdigest()
    short = hashes.blake2b(data, digest_size=16).digest()
    assert short == hashlib.blake2b(data, digest_size=16).digest()
    grown = hashes.sha256()
    grown.update(data)
    grown.update(b"\0")
    assert grown.hexdigest() == hashlib.sha256(data + b"\0").hexdigest()
    # near miss: another digest size is another digest
    assert hashes.blake2b(data, digest_size=8).digest() != short[:8] or not data
