"""Counts in the messages a person reads: "1 file", "2 files", never "1 files" nor a
hedged "file(s)" (wording.count)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from click.testing import CliRunner

from vap_cli.cli import cli
from vap_cli.wording import count

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "000_7de6523ac942d557.txt"
SOURCES = ROOT / "src" / "vap_cli"


def test_one_is_singular_and_other_numbers_plural():
    assert count(1, "file") == "1 file"
    assert [count(n, "file") for n in (0, 2, 11)] == ["0 files", "2 files", "11 files"]
    assert count(1, "person", "people") == "1 person"
    assert count(3, "person", "people") == "3 people"


def test_a_run_over_one_file_says_one_file(tmp_path: Path):
    result = CliRunner().invoke(cli, ["parse", str(SAMPLE), "-o", str(tmp_path / "x.jsonl")])
    assert result.exit_code == 0, result.output
    assert "vap parse: 1 file, 0 failed" in result.stderr


def test_dedupe_of_one_copy_says_one_group_and_one_duplicate(tmp_path: Path):
    for name in ("a.txt", "b.txt"):
        shutil.copy(SAMPLE, tmp_path / name)
    result = CliRunner().invoke(cli, ["dedupe", str(tmp_path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "vap dedupe: 2 files, 1 group, 1 duplicate, 0 failed" in result.stderr


def test_every_command_counts_the_failed_files_among_its_files(tmp_path: Path):
    """'N files, K failed': N is every file the run took, the failed included, in
    the summary of dedupe as in those of parse, contacts and clean."""
    for name in ("a.txt", "b.txt"):
        shutil.copy(SAMPLE, tmp_path / name)
    (tmp_path / "empty.txt").write_bytes(b"")
    runs = {
        "dedupe": ["dedupe", str(tmp_path), "--format", "csv"],
        "parse": ["parse", str(tmp_path), "-o", str(tmp_path / "out.jsonl")],
        "contacts": ["contacts", str(tmp_path), "--format", "csv"],
    }
    for verb, args in runs.items():
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 1, result.output
        assert re.search(rf"^vap {verb}: 3 files, (.*, )?1 failed", result.stderr, re.M), (
            result.stderr
        )


def test_explain_of_one_decision_says_one_decision(tmp_path: Path):
    path = tmp_path / "one.txt"
    # (its one line is the title, the one fact: every fact of a record has its decision)
    path.write_text("Баары жакшы.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", "--explain", str(path)])
    assert result.exit_code == 0, result.output
    assert f"== {path}: 1 decision\n" in result.stdout


# A count before a plural noun in a message, or a hedged plural: the source has none.
COUNT_BEFORE_PLURAL = re.compile(
    r"\{[^{}]+\} (files|documents|decisions|groups|duplicates|units|partitions|organisations)\b"
)
HEDGED_PLURAL = re.compile(r"\b(file|document|unit|byte|letter|row|place|group|decision)\(s\)")


def test_no_message_puts_a_count_before_a_fixed_plural():
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted(SOURCES.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if COUNT_BEFORE_PLURAL.search(line) or HEDGED_PLURAL.search(line)
    ]
    assert offenders == []


def test_the_guard_sees_a_count_before_a_fixed_plural():
    assert COUNT_BEFORE_PLURAL.search('f"vap parse: {done} files, 0 failed"')
    assert HEDGED_PLURAL.search('f"{n} unit(s)"')
    assert not COUNT_BEFORE_PLURAL.search("f\"vap parse: {count(done, 'file')}, 0 failed\"")
