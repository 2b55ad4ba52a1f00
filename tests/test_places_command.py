"""`vap places QUERY`: a name in any language and (simple) ending gives its units;
`--level`/`--oblast` filter or list; `--gazetteer FILE` adds the user's places."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from vap_cli import resources
from vap_cli.cli import cli
from vap_cli.places_lookup import find

WIDE = {"COLUMNS": "200"}  # rich would otherwise crop the table to 80 columns


def run(*args: str):
    return CliRunner().invoke(cli, ["places", *args], env=WIDE)


@pytest.mark.parametrize(
    ("query", "level", "code"),
    [
        ("Нарын", "oblast", "41704000000000"),
        ("Ысык-Көлдөн", "oblast", "41702000000000"),
        ("Жалал-Абаддан", "oblast", "41703000000000"),
        ("Оштон", "city", "41721000000000"),
        ("Кочкорго", "district", "41704235000000"),
        ("Нарын облусунан", "oblast", "41704000000000"),
        ("Ош облусундагы", "oblast", "41706000000000"),
        ("Өзгөн районуна", "district", "41706255000000"),
        ("Кемин шаарынан", "city", "41708213600020"),
        ("Жазы АА", "ayil_aimak", "41706255824000"),
        ("Гүлистан айыл өкмөтү", "ayil_aimak", "41706242811000"),
        ("Таластын", "oblast", "41707000000000"),
        ("Баткенде", "oblast", "41705000000000"),
        ("Нарынская область", "oblast", "41704000000000"),
        ("в Нарынской области", "oblast", "41704000000000"),
        ("Ат-Башинский район", "district", "41704220000000"),
        ("Ат-Башынского района", "district", "41704220000000"),
        ("Жазыский айылный аймак", "ayil_aimak", "41706255824000"),
        ("г. Кемин", "city", "41708213600020"),
        ("в Бишкеке", "city", "41711000000000"),
        ("из Оша", "city", "41721000000000"),
        ("Issyk-Kul", "oblast", "41702000000000"),
        ("Джалалабат", "oblast", "41703000000000"),  # fuzzy
        ("Токтогулский", "district", "41703225000000"),
        # endings only the parser's morphology reads (plural, possessive + case)
        ("Нарындарда", "oblast", "41704000000000"),
        ("Кочкорунан", "district", "41704235000000"),
    ],
)
def test_find(query: str, level: str, code: str) -> None:
    found = find(resources.default(), query, level=level)
    assert code in [u.id for u in found.units], found.how


def test_find_nothing_for_a_word_that_is_no_place() -> None:
    assert find(resources.default(), "жыйынтыктоо").units == []
    assert find(resources.default(), "ж").units == []


def test_command_prints_a_table_with_codes_names_and_parents() -> None:
    result = run("Жазы", "--level", "ayil_aimak")
    assert result.exit_code == 0, result.output
    assert "41706255824000" in result.output
    assert (
        "Jazy" in result.output
        and "Өзгөн (район)" in result.output
        and "Ош (облус)" in result.output
    )


def test_json_gives_the_parents_as_a_list_of_units_nearest_first() -> None:
    result = run("Жазы", "--level", "ayil_aimak", "--format", "json")
    assert result.exit_code == 0, result.output
    [unit] = json.loads(result.output)
    assert unit["soate"] == "41706255824000"
    assert unit["parents"] == [
        {"soate": "41706255000000", "level": "district", "name": "Өзгөн"},
        {"soate": "41706000000000", "level": "oblast", "name": "Ош"},
    ]


def test_json_gives_an_oblast_no_parents_and_csv_keeps_the_joined_string() -> None:
    [oblast] = json.loads(run("Ысык-Көл", "--level", "oblast", "--format", "json").output)
    assert oblast["parents"] == []
    rows = list(
        csv.DictReader(io.StringIO(run("Жазы", "--level", "ayil_aimak", "--format", "csv").output))
    )
    assert rows[0]["parents"] == "Өзгөн (район), Ош (облус)"


def test_command_lists_a_level() -> None:
    result = run("--level", "oblast")
    assert result.exit_code == 0
    for name in ("Баткен", "Жалал-Абад", "Нарын", "Ош", "Талас", "Чүй", "Ысык-Көл"):
        assert name in result.output
    assert "7 units" in result.output


@pytest.mark.parametrize("oblast", ["Нарын", "KG-N", "41704000000000", "Naryn", "Нарынская"])
def test_command_oblast_filter(oblast: str) -> None:
    result = run("Кара-Суу", "--level", "ayil_aimak", "--oblast", oblast)
    assert result.exit_code == 0, result.output
    assert "41704220836000" in result.output and "41704235812000" in result.output
    assert "41707232861000" not in result.output  # Talas's Кара-Суу
    listing = run("--level", "district", "--oblast", oblast)
    assert "5 units" in listing.output


def test_csv_and_json_give_every_unit_and_a_table_the_first_200() -> None:
    """A script asking for CSV or JSON wants the whole list, not 200 rows and a note
    on stderr it may never read; a table is for a person, and stops at 200."""
    villages = len(json.loads(run("--level", "village", "--format", "json").stdout))
    assert villages > 1000
    as_csv = run("--level", "village", "--format", "csv")
    assert len(list(csv.reader(io.StringIO(as_csv.stdout)))) == villages + 1  # and a header
    assert "more (use --limit)" not in as_csv.stderr
    table = run("--level", "village", "--format", "table")
    assert len(table.stdout.splitlines()) == 201  # header and 200 rows (pipe lines)
    assert f"... {villages - 200} more (use --limit)" in table.stderr
    # near miss: --limit still cuts CSV when asked
    assert len(run("--level", "village", "--format", "csv", "-n", "5").stdout.splitlines()) == 6


def test_command_no_match_exits_1() -> None:
    result = run("Qwertyuiop")
    assert result.exit_code == 1
    assert "no place matches" in result.output


def test_command_needs_a_query_or_a_filter() -> None:
    result = run()
    assert result.exit_code == 2


def test_command_unknown_oblast_exits_2() -> None:
    assert run("Нарын", "--oblast", "Атлантида").exit_code == 2


def test_command_uses_the_users_gazetteer(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "units:\n  - id: '41706255899000'\n    level: ayil_aimak\n    name: Жылалды\n"
        "    parent: '41706255000000'\n",
        encoding="utf-8",
    )
    result = run("Жылалдыдан", "--gazetteer", str(extra))
    assert result.exit_code == 0, result.output
    assert "41706255899000" in result.output and "Өзгөн (район)" in result.output


@pytest.mark.parametrize("command", [["places", "Нарын"], ["parse", "-"]])
def test_a_bad_gazetteer_file_exits_2_with_one_line(tmp_path: Path, command: list[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "units:\n  - id: '41799999999999'\n    level: hamlet\n    name: X\n", encoding="utf-8"
    )
    result = CliRunner().invoke(cli, [*command, "--gazetteer", str(bad)], input="Нарын", env=WIDE)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"vap: error: {bad}:") and "hamlet" in lines[0]


@pytest.mark.perf  # timed: run by `pytest -m perf` (scripts/bench.py), not CI
@pytest.mark.parametrize("hostile", ["1" * 200_000, "-" * 200_000, "ан" * 100_000, " " * 200_000])
def test_a_hostile_query_is_answered_quickly(hostile: str) -> None:
    import time

    started = time.perf_counter()
    assert find(resources.default(), hostile).units == []
    assert time.perf_counter() - started < 1.0
