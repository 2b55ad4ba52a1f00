"""A usage error, of any command and of any kind, is one line on stderr in the house
style of vap's other errors (`vap parse: error: reason; see vap parse --help`), exit 2;
`--help` and `vap` alone still print the help."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from vap_cli.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SAMPLE = next(iter(sorted(SAMPLES.glob("*.txt"))))


def _one_line(args: list[str]) -> str:
    result = CliRunner().invoke(cli, args, prog_name="vap", catch_exceptions=False)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize(
    "args, expected",
    [
        (
            ["parse", str(SAMPLES), "--bogus"],
            "vap parse: error: no such option '--bogus' (did you mean '--jobs'?);"
            " see vap parse --help",
        ),
        (
            ["parse", str(SAMPLES), "--jobs", "-1"],
            "vap parse: error: invalid value for '-j' / '--jobs': -1 is not in the range x>=0;"
            " see vap parse --help",
        ),
        (
            ["parse", str(SAMPLES), "--since", "01.01.2020"],
            "vap parse: error: invalid value for '--since': '01.01.2020' is not a date written"
            " YYYY-MM-DD (e.g. 2020-01-31); see vap parse --help",
        ),
        # a day in the right format that does not exist is named as such
        (
            ["parse", str(SAMPLES), "--since", "2020-13-01"],
            "vap parse: error: invalid value for '--since': 2020-13-01 is not a date:"
            " there is no month 13; expected YYYY-MM-DD; see vap parse --help",
        ),
        (
            ["parse", str(SAMPLES), "--until", "2021-02-29"],
            "vap parse: error: invalid value for '--until': 2021-02-29 is not a date:"
            " 2021-02 has no day 29; expected YYYY-MM-DD; see vap parse --help",
        ),
        (
            ["eval"],
            "vap eval: error: missing argument 'GOLD_DIR'; see vap eval --help",
        ),
        (
            ["places"],
            "vap places: error: give a QUERY, or --level / --oblast to list units;"
            " see vap places --help",
        ),
        (
            ["clean", str(SAMPLES), "--in-place", "--out-dir", "x"],
            "vap clean: error: give either --out-dir DIR or --in-place, not both;"
            " see vap clean --help",
        ),
        (["bogus"], "vap: error: no such command 'bogus'; see vap --help"),
        (["--bogus"], "vap: error: no such option '--bogus'; see vap --help"),
    ],
)
def test_a_usage_error_is_one_line(args, expected):
    assert _one_line(args) == expected


@pytest.mark.parametrize(
    "args, command, reason",
    [
        (["parse", str(SAMPLES), "--format", "xml"], "parse", "'xml' is not one of"),
        (
            ["parse", str(SAMPLES), "-f", "jsonl", "-o", "{tmp}/"],
            "parse",
            "a folder: --format jsonl writes one file",
        ),
        (["parse", str(SAMPLES), "--engine", "dask"], "parse", "--engine dask writes a folder"),
        (["parse", str(SAMPLES), "--scheduler", "threads"], "parse", "--scheduler needs"),
        (["contacts", str(SAMPLES), "--delimiter", ";;"], "contacts", ""),
        (["dedupe", str(SAMPLES), "--threshold", "2"], "dedupe", "--threshold"),
        (["report"], "report", "missing argument"),
        (["schema", "extra"], "schema", "unexpected extra argument"),
        (["places", "--level", "planet"], "places", "'planet' is not one of"),
        (["places", "--oblast", "Марс"], "places", "unknown oblast 'Марс'"),
        (["report", str(SAMPLES), "-o", "rep.pdf"], "report", "an HTML page, not .pdf"),
        (["eval", str(SAMPLES), str(SAMPLES), "--lang", "en"], "eval", "'en' is not one of"),
    ],
)
def test_every_command_says_its_usage_errors_in_one_line(tmp_path, args, command, reason):
    line = _one_line([a.replace("{tmp}", str(tmp_path)) for a in args])
    assert line.startswith(f"vap {command}: error: ")
    assert reason in line
    assert line.endswith(f"; see vap {command} --help")


def test_the_installed_program_prints_one_line_too():
    run = subprocess.run(
        [sys.executable, "-m", "vap_cli", "parse", str(SAMPLE), "--bogus"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr == (
        "vap parse: error: no such option '--bogus' (did you mean '--jobs'?);"
        " see vap parse --help\n"
    )


@pytest.mark.parametrize("args", [["--help"], ["parse", "--help"], ["places", "-h"]])
def test_help_is_unchanged(args):
    result = CliRunner().invoke(cli, args, prog_name="vap")
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: vap")
    assert "Options:" in result.stdout


def test_vap_alone_still_prints_its_help():
    result = CliRunner().invoke(cli, [], prog_name="vap")
    assert "Commands:" in result.output
    assert "error" not in result.output


@pytest.mark.parametrize(
    ("arguments", "shaping", "fmt"),
    [
        (["--excel"], "--excel", "jsonl"),
        (["--delimiter", ";", "-o", "{tmp}/x.xlsx"], "--delimiter", "xlsx"),
        (["--excel", "-o", "{tmp}/x.json"], "--excel", "json"),
    ],
)
def test_excel_and_delimiter_on_another_format_than_csv_are_refused(
    tmp_path, arguments: list[str], shaping: str, fmt: str
) -> None:
    # an analyst's "Excel" file came out as JSON Lines, the flag silently ignored
    args = [a.format(tmp=tmp_path) for a in arguments]
    result = CliRunner().invoke(cli, ["parse", str(SAMPLES / "000_7de6523ac942d557.txt"), *args])
    assert result.exit_code == 2
    assert f"{shaping} shapes CSV, not {fmt}" in result.output
    assert not list(tmp_path.iterdir())


def test_excel_on_a_csv_folder_is_written(tmp_path) -> None:
    # near miss: the CSV the flags shape
    result = CliRunner().invoke(
        cli,
        [
            "parse",
            str(SAMPLES / "000_7de6523ac942d557.txt"),
            "-o",
            f"{tmp_path}/out/",
            "--excel",
            "-q",
        ],
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "documents.csv").read_bytes().startswith(b"\xef\xbb\xbf")
