"""An output never replaces a file the run reads: `-o` naming one of the inputs is a
usage error (exit 2) that leaves the input as it was, whatever the command and however
the path is spelt; `vap clean -o DIR` into the inputs' own folder fails those files (exit
1) and rewrites none of them. An output beside the inputs that is no input is written."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from vap_cli.cli import cli

RELEASE = "Бишкек шаарында 20 киши катышкан жыйын өттү.  \n\n\n\nТел.: 0312 62 45 87\n"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "press"
    folder.mkdir()
    (folder / "a.txt").write_text(RELEASE, encoding="utf-8")
    (folder / "b.txt").write_text(RELEASE.replace("20", "30"), encoding="utf-8")
    return folder


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.md5(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize(
    "arguments",
    [
        ["parse", "{a}", "-o", "{a}", "--format", "jsonl"],
        ["parse", "{dir}", "-o", "{b}", "--format", "csv", "--table", "events"],
        ["parse", "{dir}", "-o", "{dir}/../press/b.txt", "--format", "json"],
        ["contacts", "{dir}", "-o", "{a}"],
        ["dedupe", "{dir}", "-o", "{b}"],
        ["report", "{dir}", "-o", "{a}"],
    ],
)
def test_an_output_naming_an_input_is_refused_and_the_input_kept(
    tmp_path: Path, arguments: list[str]
) -> None:
    folder = _folder(tmp_path)
    before = _digests(folder)
    names = {"a": folder / "a.txt", "b": folder / "b.txt", "dir": folder}
    result = CliRunner().invoke(cli, [a.format(**names) for a in arguments])
    assert result.exit_code == 2, result.output
    assert "is one of the inputs" in result.output
    assert _digests(folder) == before


def test_a_report_into_the_folder_it_reads_is_refused_once_it_is_there(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    page = folder / "report.html"
    first = CliRunner().invoke(cli, ["report", str(folder), "-o", str(page), "-q"])
    assert first.exit_code == 0, first.output  # not there yet: no input it could be
    written = page.read_bytes()
    again = CliRunner().invoke(cli, ["report", str(folder), "-o", str(page), "-q"])
    assert again.exit_code == 2
    assert page.read_bytes() == written


def test_an_output_beside_the_inputs_is_written(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    out = folder / "out.jsonl"
    for _ in range(2):  # the second run finds out.jsonl in the folder: no input, skipped
        result = CliRunner().invoke(cli, ["parse", str(folder), "-o", str(out), "-q"])
        assert result.exit_code == 0, result.output
        assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_clean_into_the_inputs_own_folder_rewrites_none_of_them(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    before = _digests(folder)
    result = CliRunner().invoke(cli, ["clean", str(folder), "-o", str(folder)])
    assert result.exit_code == 1
    assert result.output.count("-o would write over this file itself") == 2
    assert _digests(folder) == before


def test_clean_of_a_page_onto_a_text_input_beside_it_is_refused(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    (folder / "a.html").write_text("<html><body><p>Салам</p></body></html>", encoding="utf-8")
    before = _digests(folder)
    result = CliRunner().invoke(cli, ["clean", str(folder), "-o", str(folder)])
    assert result.exit_code == 1
    assert "another input of this run" in result.output
    assert _digests(folder) == before


def test_clean_into_another_folder_writes_every_file(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "clean"
    result = CliRunner().invoke(cli, ["clean", str(folder), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "b.txt"]
