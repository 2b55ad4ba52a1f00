"""One option vocabulary across commands: -o is always the output, --format,
--gazetteer, --jobs, --excel and --delimiter mean the same everywhere."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from vap_cli.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _options(command: str) -> dict[str, list[str]]:
    """long option name -> every spelling of it, for a command."""
    group = cli
    found = group.get_command(None, command)
    return {p.opts[-1] if p.opts else p.name: [*p.opts] for p in found.params}


@pytest.mark.parametrize(
    "command, expected",
    [
        ("parse", {"-o", "--format", "--gazetteer", "--jobs", "--excel", "--delimiter"}),
        ("contacts", {"-o", "--format", "--gazetteer", "--jobs", "--excel", "--delimiter"}),
        ("dedupe", {"-o", "--format", "--jobs", "--excel", "--delimiter"}),
        ("places", {"-o", "--format", "--gazetteer", "--excel", "--delimiter"}),
        ("clean", {"-o"}),
    ],
)
def test_every_command_speaks_the_same_options(command, expected):
    spellings = {s for names in _options(command).values() for s in names}
    assert expected <= spellings
    o = next(names for names in _options(command).values() if "-o" in names)
    assert "--output" in o  # -o is always the output, never --oblast


def test_places_oblast_has_no_short_o():
    names = next(n for n in _options("places").values() if "--oblast" in n)
    assert names == ["--oblast"]


# --------------------------------------------------------------------------- places


def test_places_into_a_pipe_is_plain_tab_separated_text():
    result = invoke("places", "--level", "oblast")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == ["soate", "level", "name", "name_ru", "name_en", "parents"]
    assert len(lines) == 8
    assert not any(ch in result.stdout for ch in "│┃━─")


def test_places_as_csv_to_a_file_for_excel(tmp_path):
    out = tmp_path / "oblasts.csv"
    result = invoke(
        "places", "--level", "oblast", "-f", "csv", "-o", str(out), "--excel", "--delimiter", ";"
    )
    assert result.exit_code == 0, result.output
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert ['="41704000000000"', "oblast", "Нарын"] == rows[[r[2] for r in rows].index("Нарын")][:3]


def test_places_as_json():
    result = invoke("places", "Нарын", "--level", "oblast", "--format", "json")
    assert json.loads(result.stdout) == [
        {
            "soate": "41704000000000",
            "level": "oblast",
            "name": "Нарын",
            "name_ru": "Нарын",
            "name_en": "Naryn",
            "parents": [],
        }
    ]


# ----------------------------------------------------- the -o suffix chooses the format


def test_a_listing_to_file_csv_is_csv_as_for_parse(tmp_path):
    out = tmp_path / "oblasts.csv"
    result = invoke("places", "--level", "oblast", "-o", str(out), "--excel")
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # --excel honoured, not lost
    with open(out, encoding="utf-8-sig", newline="") as fh:
        assert next(csv.reader(fh))[:3] == ["soate", "level", "name"]


def test_a_listing_to_file_json_is_json(tmp_path):
    out = tmp_path / "people.json"
    result = invoke("contacts", str(SAMPLES), "-q", "-o", str(out))
    assert result.exit_code == 0, result.output
    people = json.loads(out.read_text(encoding="utf-8"))
    assert "Бекболот Бекиев" in {p["name"] for p in people}


def test_another_suffix_keeps_the_plain_lines_and_format_still_wins(tmp_path):
    plain, forced = tmp_path / "oblasts.txt", tmp_path / "oblasts.csv"
    assert invoke("places", "--level", "oblast", "-o", str(plain)).exit_code == 0
    assert plain.read_text(encoding="utf-8").splitlines()[0].split("\t")[:2] == ["soate", "level"]
    assert invoke("places", "--level", "oblast", "-o", str(forced), "-f", "json").exit_code == 0
    assert json.loads(forced.read_text(encoding="utf-8"))[0]["level"] == "oblast"


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["contacts", str(SAMPLES), "-q"], "people.xlsx"),
        (["places", "--level", "oblast"], "oblasts.sqlite"),
        (["dedupe", str(SAMPLES), "-q"], "copies.parquet"),
    ],
)
def test_a_listing_refuses_the_suffix_of_a_format_it_cannot_write(tmp_path, command, name):
    """`-o people.xlsx` wrote tab-separated lines that Excel cannot open."""
    out = tmp_path / name
    result = CliRunner().invoke(cli, [*command, "-o", str(out)])
    assert result.exit_code == 2
    assert f"{name}: a listing is written as table, csv, json" in " ".join(result.output.split())
    assert not out.exists()


@pytest.mark.parametrize("command", [["contacts", str(SAMPLES), "-q"], ["dedupe", str(SAMPLES)]])
def test_a_listing_into_a_folder_is_a_usage_error(tmp_path, command):
    result = CliRunner().invoke(cli, [*command, "-o", f"{tmp_path / 'out'}/"])
    assert result.exit_code == 2
    assert "names a folder: a listing is one file" in " ".join(result.output.split())
    assert list(tmp_path.iterdir()) == []  # not a file named out either


LISTINGS = [
    (["places", "Кочкор", "-q"], "soate,level,name"),
    (["contacts", str(SAMPLES), "-q"], "name,kind,variants"),
    (["dedupe", str(SAMPLES), "-q"], "group,path,kind,similarity"),
]


@pytest.mark.parametrize("command, header", LISTINGS)
def test_excel_asks_for_csv_when_no_format_is_given(command, header):
    result = CliRunner().invoke(cli, [*command, "--excel"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("\ufeff" + header)  # Excel's CSV: a BOM and CRLF
    assert result.stdout_bytes.split(b"\n")[0].endswith(b"\r")
    assert result.stderr == ""


@pytest.mark.parametrize("command, header", LISTINGS)
@pytest.mark.parametrize("other", [["--format", "json"], ["--format", "table"]])
def test_excel_with_another_format_is_a_usage_error_not_silently_lost(command, header, other):
    result = CliRunner().invoke(cli, [*command, "--excel", *other])
    assert result.exit_code == 2
    assert f"--excel shapes CSV, not {other[1]}: drop --excel or --format {other[1]}" in (
        result.stderr
    )


def test_excel_with_a_json_file_is_a_usage_error(tmp_path):
    out = tmp_path / "oblasts.json"
    result = CliRunner().invoke(cli, ["places", "-l", "oblast", "--excel", "-o", str(out)])
    assert result.exit_code == 2
    assert f"--excel shapes CSV, not json: drop --excel or -o {out}" in result.stderr
    assert not out.exists()


def test_places_quiet_leaves_out_the_summary_line():
    loud = CliRunner().invoke(cli, ["places", "Кочкор"])
    quiet = CliRunner().invoke(cli, ["places", "Кочкор", "-q"])
    assert loud.stderr == "3 units for 'Кочкор' (exact)\n"
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert quiet.stdout == loud.stdout


# --------------------------------------------------------------------------- contacts


def test_contacts_csv_for_excel_to_a_file(tmp_path):
    out = tmp_path / "people.csv"
    result = invoke(
        "contacts", str(SAMPLES), "-q", "-f", "csv", "-o", str(out), "--excel", "--delimiter", ";"
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    phones = {row["phones"] for row in rows if row["phones"]}
    # every phone cell is Excel text (="..."), never a number Excel would round
    assert phones and all(p.startswith('="+996') for p in phones)


def test_contacts_takes_a_gazetteer_file(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("units: 5\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["contacts", str(SAMPLES), "--gazetteer", str(bad)])
    assert result.exit_code == 2
    assert "bad.yaml" in result.output


# --------------------------------------------------------------------------- dedupe


def test_dedupe_with_jobs_gives_the_same_groups(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt"))[:3]:
        text = sample.read_text(encoding="utf-8")
        (folder / sample.name).write_text(text, encoding="utf-8")
        (folder / f"copy_{sample.name}").write_text(text + "\n\n", encoding="utf-8")
    serial = invoke("dedupe", str(folder), "-q", "-f", "json")
    out = tmp_path / "groups.json"
    parallel = invoke("dedupe", str(folder), "-q", "-f", "json", "--jobs", "2", "-o", str(out))
    assert serial.exit_code == parallel.exit_code == 0
    assert parallel.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8")) == json.loads(serial.stdout)
    assert len(json.loads(serial.stdout)) == 3
