"""An analyst's messy folder, built by the tests: Word, web page, PDF, cp1251 and
UTF-16 text, a duplicate, a near duplicate and a file of an unknown format."""

from __future__ import annotations

import csv
import functools
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from make_inputs import build_inbox, to_docx, to_html, to_pdf
from vap_cli.cli import cli
from vap_cli.evaluate import FIELDS, load_gold, pred_keys, score
from vap_cli.models import Document
from vap_cli.pipeline import parse_path as _parse_path
from vap_cli.read import read_path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = ROOT / "tests" / "gold" / "seeds"


@functools.cache
def parse_path(path: Path) -> Document:
    """vap_cli.parse_path, once per file: the same files are compared several ways."""
    return _parse_path(path)


CONVERTERS = {".docx": to_docx, ".html": to_html, ".pdf": to_pdf}


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_inbox(SAMPLES, tmp_path_factory.mktemp("inbox"))


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every sample in every format, named like the sample."""
    folder = tmp_path_factory.mktemp("formats")
    for sample in sorted(SAMPLES.glob("*.txt")):
        text = sample.read_text(encoding="utf-8")
        for suffix, convert in CONVERTERS.items():
            convert(text, folder / (sample.stem + suffix))
    return folder


@pytest.fixture(scope="module")
def wrapped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every sample as a PDF whose lines wrap like a printed page's."""
    folder = tmp_path_factory.mktemp("wrapped")
    for sample in sorted(SAMPLES.glob("*.txt")):
        to_pdf(sample.read_text(encoding="utf-8"), folder / (sample.stem + ".pdf"), width=90)
    return folder


def _f1_by_field(folder: Path, suffix: str) -> dict[str, float]:
    gold = load_gold(str(SEEDS))
    preds = {
        name: parse_path(folder / (Path(name).stem + suffix)).model_dump(mode="json")
        for name in gold
    }
    return {field: round(s.f1, 6) for field, s in score(gold, preds).items()}


@pytest.mark.parametrize("suffix", [".docx", ".html", ".pdf"])
def test_same_f1_per_field_as_the_txt(converted: Path, suffix: str) -> None:
    assert _f1_by_field(converted, suffix) == _f1_by_field(SAMPLES, ".txt")


def test_a_pdf_with_wrapped_lines_scores_like_the_txt(wrapped: Path) -> None:
    """Wrapped lines split names, dates and counts: the PDF reader joins them again."""
    assert _f1_by_field(wrapped, ".pdf") == _f1_by_field(SAMPLES, ".txt")


@pytest.mark.parametrize("suffix", [".docx", ".html", ".pdf"])
def test_same_facts_as_the_txt(converted: Path, suffix: str) -> None:
    """Beyond the scored fields: every extracted value, without spans."""
    for sample in sorted(SAMPLES.glob("*.txt")):
        from_txt = pred_keys(parse_path(sample).model_dump(mode="json"))
        other = pred_keys(parse_path(converted / (sample.stem + suffix)).model_dump(mode="json"))
        assert other == from_txt, sample.name
        assert set(FIELDS) <= set(from_txt)


def test_spans_index_the_text_of_the_other_format(converted: Path) -> None:
    for path in sorted(converted.iterdir()):
        document = parse_path(path)
        text = read_path(path).text
        for mention in document.contacts.mentions:
            assert text[mention.span.start : mention.span.end] == mention.text


def test_encodings_are_decoded(inbox: dict[str, Path]) -> None:
    assert read_path(inbox["utf16"]).text == (SAMPLES / "002_3d7c7275433fab36.txt").read_text(
        encoding="utf-8"
    )
    raw = read_path(inbox["cp1251"])
    assert raw.encoding == "cp1251" and "Нарынской области" in raw.text


def test_parse_handles_the_mixed_folder(inbox: dict[str, Path]) -> None:
    folder = inbox["original"].parent
    result = CliRunner().invoke(cli, ["parse", str(folder)])
    assert result.exit_code == 0, result.stderr
    sources = {json.loads(line)["source"] for line in result.stdout.splitlines()}
    expected = {str(p) for role, p in inbox.items() if role != "unsupported"}
    assert sources == expected
    assert f"vap: skipped: {inbox['unsupported']}: unsupported format '.odt'" in result.stderr
    assert "Traceback" not in result.stderr


def test_dedupe_finds_both_groups_and_nothing_else(inbox: dict[str, Path]) -> None:
    folder = inbox["original"].parent
    result = CliRunner().invoke(cli, ["dedupe", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    groups = json.loads(result.stdout)
    found = [{m["path"]: m["kind"] for m in g["members"]} for g in groups]
    assert found == [
        {str(inbox["original"]): "kept", str(inbox["duplicate"]): "exact"},
        {str(inbox["near_of"]): "kept", str(inbox["near"]): "near"},
    ]
    near = groups[1]["members"][1]["similarity"]
    assert 0.9 <= near < 1.0
    assert groups[1]["pairs"] == [
        {"a": str(inbox["near_of"]), "b": str(inbox["near"]), "similarity": near, "kind": "near"}
    ]


def test_dedupe_groups_the_formats_of_one_document(converted: Path, tmp_path: Path) -> None:
    sample = SAMPLES / "004_e37ebce198a118f2.txt"
    shutil.copy(sample, tmp_path / sample.name)
    for suffix in CONVERTERS:
        shutil.copy(converted / (sample.stem + suffix), tmp_path)
    result = CliRunner().invoke(cli, ["dedupe", str(tmp_path), "--format", "csv"])
    rows = result.stdout.splitlines()
    assert rows[0] == "group,path,kind,similarity"
    assert sorted(row.split(",")[2] for row in rows[1:]) == ["exact", "exact", "exact", "kept"]


def test_dedupe_names_a_members_kind_alike_in_csv_and_json(inbox: dict[str, Path]) -> None:
    folder = str(inbox["original"].parent)
    as_csv = CliRunner().invoke(cli, ["dedupe", folder, "--format", "csv", "-q"]).stdout
    rows = list(csv.DictReader(io.StringIO(as_csv)))
    as_json = json.loads(CliRunner().invoke(cli, ["dedupe", folder, "--format", "json"]).stdout)
    members = [m for group in as_json for m in group["members"]]
    assert [(r["path"], r["kind"]) for r in rows] == [(m["path"], m["kind"]) for m in members]
    assert {r["kind"] for r in rows} == {"kept", "exact", "near"}


def test_parse_dedupe_keeps_one_of_each_group(inbox: dict[str, Path]) -> None:
    folder = inbox["original"].parent
    result = CliRunner().invoke(cli, ["parse", str(folder), "--dedupe"])
    records = {json.loads(line)["source"]: json.loads(line) for line in result.stdout.splitlines()}
    assert str(inbox["duplicate"]) not in records and str(inbox["near"]) not in records
    assert records[str(inbox["original"])]["duplicates"] == [str(inbox["duplicate"])]
    assert records[str(inbox["near_of"])]["duplicates"] == [str(inbox["near"])]
    assert records[str(inbox["pdf"])]["duplicates"] == []
