"""Schedule tables in plain text: every layout gives rows of cells with offsets."""

from __future__ import annotations

import pytest

from conftest import SAMPLES, check_linear
from vap_cli.normalise import normalise
from vap_cli.segment import segment
from vap_cli.segment.tables import Table, aligned_pair


def tables(text: str) -> tuple[str, list[Table]]:
    norm = normalise(text).text
    return norm, segment(norm).tables


def records(text: str) -> list[tuple[str | None, list[str]]]:
    norm, found = tables(text)
    assert len(found) == 1
    out = []
    for record in found[0].records:
        # Every cell's offsets point at its text.
        for cell in record.cells:
            assert norm[cell.start : cell.end] == cell.text
        out.append((record.group.text if record.group else None, [c.text for c in record.cells]))
    return out


TAB = "Графиги:\nКүнү\tРайону\tЖайы\n24.10.17\tАт-Башы\tРМА жыйындар залы\n25.10.17\tНарын\tРМА залы\n"
PIPE = (
    "Графиги:\n"
    "| Күнү | Району | Жайы |\n"
    "|------|--------|------|\n"
    "| 24.10.17 | Ат-Башы | РМА жыйындар залы |\n"
    "| 25.10.17 | Нарын | РМА залы |\n"
)
ALIGNED = (
    "Графиги:\n"
    "Күнү        Району      Жайы\n"
    "24.10.17    Ат-Башы     РМА жыйындар залы\n"
    "25.10.17    Нарын       РМА залы\n"
    "\nКийинки абзац.\n"
)
ROWS = [
    (None, ["24.10.17", "Ат-Башы", "РМА жыйындар залы"]),
    (None, ["25.10.17", "Нарын", "РМА залы"]),
]


@pytest.mark.parametrize(("text", "layout"), [(TAB, "tab"), (PIPE, "pipe"), (ALIGNED, "aligned")])
def test_each_layout_gives_header_and_rows(text: str, layout: str) -> None:
    _, found = tables(text)
    assert [t.layout for t in found] == [layout]
    assert [c.text for c in found[0].header] == ["Күнү", "Району", "Жайы"]
    assert records(text) == ROWS
    assert found[0].column(["район"]) == 1


WORD = (
    "Семинар-тренингдердин өткөрүү графиги:\n\n"
    "\tКүнү \n\tРайону\n\tӨткөрүлүүчү жайы\n\tКүнү \n\tРайону\n\tӨткөрүлүүчү жайы\n\n"
    "\tНарын облусу\n\tОш облусу\n\n"
    "\t24.10.17\n\tАт-Башы\n\tРМА жыйындар залы\n\t08.11.17\n\tНоокат\n\tРМА жыйындар залы\n\n"
    "\t\n\t\n\t\n\t16.11.17\n\tКара-Кулжа\n\tРМА жыйындар залы\n\n\n"
    "Кошумча маалымат алуу үчүн: тел.: (0555) 313-385\n"
)


def test_word_layout_with_side_by_side_groups() -> None:
    _, found = tables(WORD)
    assert found[0].layout == "word"
    assert [c.text for c in found[0].header] == ["Күнү", "Району", "Өткөрүлүүчү жайы"]
    assert [c.text for c in found[0].groups] == ["Нарын облусу", "Ош облусу"]
    # Empty cells (lone tabs) leave no record for the left group.
    assert records(WORD) == [
        ("Нарын облусу", ["24.10.17", "Ат-Башы", "РМА жыйындар залы"]),
        ("Ош облусу", ["08.11.17", "Ноокат", "РМА жыйындар залы"]),
        ("Ош облусу", ["16.11.17", "Кара-Кулжа", "РМА жыйындар залы"]),
    ]


def test_sample_004_schedule_has_twelve_rows() -> None:
    text = (SAMPLES / "004_e37ebce198a118f2.txt").read_text(encoding="utf-8")
    rows = records(text)
    assert len(rows) == 12
    assert [r for g, r in rows if g == "Нарын облусу"][0] == [
        "24.10.17",
        "Ат-Башы",
        "РМА жыйындар залы",
    ]
    assert sum(1 for g, _ in rows if g == "Нарын облусу") == 5
    assert sum(1 for g, _ in rows if g == "Ош облусу") == 7


@pytest.mark.parametrize(
    "text",
    [
        # Prose with a double space, and lists, are not tables.
        "Кыргыз Республикасынын ЖӨБ Союзунун  2020-2025 – жж. Стратегиясы\n\nТалкуулоо болуп өттү.",
        "· Жазы АА (Өзгөн району), 21-ноябрь: 20дан ашуун өкүл.\n· Гүлистан АА, 28-ноябрь: 18ден ашуун.\n",
        # Tab-indented paragraphs: one cell per row.
        "\tБиринчи абзац, узун сүйлөм.\n\n\tЭкинчи абзац, дагы бир сүйлөм.\n",
        # Two spaced lines whose columns do not line up.
        "Бул бир  сап.\nЖана башка бир сап  дагы.\n",
    ],
)
def test_not_tables(text: str) -> None:
    assert tables(text)[1] == []


def test_sample_prose_has_no_tables() -> None:
    for path in sorted(SAMPLES.glob("*.txt")):
        if not path.name.startswith("004"):
            assert tables(path.read_text(encoding="utf-8"))[1] == [], path.name


@pytest.mark.perf  # timed: run by `pytest -m perf` (scripts/bench.py), not CI
@pytest.mark.parametrize(
    "unit",
    ["\t", "|", " ", "\t\n", "a  ", "| a ", "а\n", "\tа\n\n", "Күнү\tРайону\n24.10.17\tАт-Башы\n"],
)
def test_hostile_tables_are_linear(unit: str) -> None:
    check_linear(tables, unit, size=200_000, budget=5.0)


def test_tab_rows_keep_leading_empty_cells() -> None:
    text = (
        "Күнү\tРайону\tЖайы\tКүнү\tРайону\tЖайы\n"
        "Нарын облусу\t\t\tОш облусу\n"
        "24.10.17\tАт-Башы\tРМА залы\t08.11.17\tНоокат\tРМА залы\n"
        "\t\t\t16.11.17\tКара-Кулжа\tРМА залы\n"
    )
    assert records(text) == [
        ("Нарын облусу", ["24.10.17", "Ат-Башы", "РМА залы"]),
        ("Ош облусу", ["08.11.17", "Ноокат", "РМА залы"]),
        ("Ош облусу", ["16.11.17", "Кара-Кулжа", "РМА залы"]),
    ]


def test_indented_tab_table() -> None:
    text = "\tКүнү\tРайону\n\t24.10.17\tАт-Башы\n\t25.10.17\tНарын\n"
    assert records(text) == [(None, ["24.10.17", "Ат-Башы"]), (None, ["25.10.17", "Нарын"])]


def test_html_table_keeps_empty_cells_for_the_right_hand_group() -> None:
    from vap_cli.readers import html

    rows = [
        ["Күнү", "Району", "Жайы", "Күнү", "Району", "Жайы"],
        ["Нарын облусу", "", "", "Ош облусу", "", ""],
        ["24.10.17", "Ат-Башы", "РМА залы", "08.11.17", "Ноокат", "РМА залы"],
        ["", "", "", "16.11.17", "Кара-Кулжа", "РМА залы"],
    ]
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    text = html.read(f"<html><body><table>{cells}</table></body></html>".encode()).text
    assert records(text)[-1] == ("Ош облусу", ["16.11.17", "Кара-Кулжа", "РМА залы"])


# --- two lines around a break, read by the tables' rule (aligned_pair) --------------------
# The persons extractor asks whether a line break parts two rows of an aligned table
# (persons/words._table_row_break) by the same rule `find_tables` reads (tidy65).


@pytest.mark.parametrize(
    ("first", "second"),
    [("Нарын  Бакыт", "Асанов  Талас"), ("Району      Катышкандар", "Ат-Башы     40")],
)
def test_two_lines_in_columns_are_an_aligned_pair(first: str, second: str) -> None:
    assert aligned_pair(first, second)
    assert [t.layout for t in tables(first + "\n" + second)[1]] == ["aligned"]


def test_near_miss_doubled_spaces_in_prose_are_no_aligned_pair() -> None:
    assert not aligned_pair("Нарындан келген  Бакыт", "Асанов  сүйлөдү.")
