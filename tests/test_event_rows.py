"""Events an analyst can count: a text and the events it must give, grouped,
deduplicated and linked to their participant counts, and their flat rows."""

from __future__ import annotations

import csv
import sqlite3

import pytest
from click.testing import CliRunner

from vap_cli.cli import cli
from vap_cli.export.event_table import event_rows, sum_qualifier
from vap_cli.extractors.events import kind_group
from vap_cli.lexicon import load
from vap_cli.models import EventRow
from vap_cli.pipeline import parse_text
from vap_cli.resolve.headcount import people_total


@pytest.mark.parametrize(
    ("text", "kind", "group", "word"),
    [
        ("2024-жылдын 3-мартында Нарында тренинг өттү.", "тренинг", "training", "тренинг"),
        ("3-мартта Нарында окуу тренингдери өттү.", "тренинг", "training", "окуу тренингдери"),
        (
            "3-мартта Нарында семинар-тренинг өттү.",
            "семинар-тренинг",
            "training",
            "семинар-тренинг",
        ),
        ("3-мартта Нарында семинар өттү.", "семинар", "seminar", "семинар"),
        ("3 марта в Нарыне прошел семинар.", "семинар", "seminar", "семинар"),
        ("3-мартта айылда коомдук угуу өттү.", "коомдук угуу", "hearing", "коомдук угуу"),
        ("3 марта прошли публичные слушания.", "коомдук угуу", "hearing", "публичные слушания"),
        ("3-мартта кеңештин сессиясы өттү.", "сессия", "session", "сессиясы"),
        ("3-мартта жаштар форуму өттү.", "форум", "meeting", "форуму"),
        ("3-мартта жолугушуу өттү.", "жолугушуу", "meeting", "жолугушуу"),
        ("3 марта прошёл районный конкурс.", "конкурс", "competition", "конкурс"),
        ("3-мартта спорттук мелдеш өттү.", "конкурс", "competition", "мелдеш"),
        (
            "3-мартта мектептин салтанаттуу ачылышы өттү.",
            "ачылыш",
            "opening",
            "салтанаттуу ачылышы",
        ),
    ],
)
def test_an_event_has_its_kind_group_and_its_word_as_written(text, kind, group, word):
    (event,) = parse_text(text).events
    assert (event.kind, event.kind_group, event.kind_text) == (kind, group, word)
    assert word in text


def test_every_kind_of_the_lexicon_has_a_group():
    for kind in load("events")["kinds"]:
        assert kind_group(kind) in {
            "training", "seminar", "meeting", "hearing", "session", "competition", "opening",
            "other",
        }, kind  # fmt: skip
    assert kind_group("иш-чара") == "other"


# ------------------------------------------------------------------ deduplication


def test_the_same_event_told_twice_is_one_event():
    text = (
        "2024-жылдын 3-мартында Нарын шаарында семинар өттү. "
        "Семинар 2024-жылдын 3-мартында Нарын шаарындагы залда болуп өттү."
    )
    events = parse_text(text).events
    assert [(e.kind, e.start) for e in events] == [("семинар", "2024-03-03")]


def test_the_days_of_a_programme_are_one_event():
    text = (
        "2024-жылдын 4-мартынан 6-мартына чейин Ош шаарында тренинг өтөт. "
        "Тренингдин программасы:\n"
        "· 4-март – жергиликтүү бюджет;\n"
        "· 5-март – мүлк салыгы;\n"
        "· 6-март – практикалык сабактар.\n"
    )
    events = parse_text(text).events
    assert [(e.kind, e.start, e.end) for e in events] == [("тренинг", "2024-03-04", "2024-03-06")]


def test_one_day_at_two_places_is_two_events():
    text = (
        "2024-жылдын 3-мартында Нарын шаарында семинар өттү. "
        "2024-жылдын 3-мартында Талас шаарында да семинар өттү."
    )
    events = parse_text(text).events
    assert [[p.name for p in e.places] for e in events] == [["Нарын"], ["Талас"]]


def test_same_day_different_groups_stay_apart():
    text = "2024-жылдын 3-мартында Нарында семинар өттү. 2024-жылдын 3-мартында форум өттү."
    assert [e.kind_group for e in parse_text(text).events] == ["seminar", "meeting"]


# ------------------------------------------------------------------ linked counts


def test_a_count_in_the_next_sentence_belongs_to_the_event_before_it():
    text = (
        "2024-жылдын 3-мартында Нарын шаарында семинар өттү. "
        "Анда 45 депутат окуудан өттү. "
        "2024-жылдын 10-мартында Талас шаарында жолугушуу болду. "
        "Ага 30 тургун катышты."
    )
    doc = parse_text(text)
    linked = [[doc.participants[i].count for i in e.participants] for e in doc.events]
    assert linked == [[45], [30]]


def test_a_headline_count_belongs_to_the_one_event():
    text = "120 депутат окуудан өттү\n\n2024-жылдын 3-мартында Нарын шаарында тренинг өттү."
    doc = parse_text(text)
    (event,) = doc.events
    assert [doc.participants[i].count for i in event.participants] == [120]


def test_a_schedule_row_keeps_its_own_count():
    text = (
        "Тренингдердин жыйынтыгы\n\n"
        "| № | Район | Күнү | Катышуучулар |\n"
        "|---|-------|------|--------------|\n"
        "| 1 | Кемин | 10.04.2024 | 18 |\n"
        "| 2 | Жайыл | 17.04.2024 | 15 |\n"
        "| Бардыгы | | | 33 |\n\n"
        "Тренингдерден 33 муниципалдык кызматчы өттү.\n"
    )
    doc = parse_text(text)
    rows = event_rows(doc)
    assert [(r.district, r.participants) for r in rows] == [("Кемин", 18), ("Жайыл", 15)]
    assert people_total(doc) == 33


# ------------------------------------------------------------------ flat rows


def test_an_event_row_carries_its_place_hierarchy_and_people():
    text = (
        "2024-жылдын 3-мартында Өзгөн районунун Жазы айыл аймагында коомдук угуу өттү. "
        "Угууга 120 тургун жана 5 айыл өкмөтү катышты."
    )
    doc = parse_text(text, source="x.txt")
    (row,) = event_rows(doc)
    assert row == EventRow(
        doc_id=doc.id,
        source="x.txt",
        start="2024-03-03",
        end="2024-03-03",
        kind="коомдук угуу",
        kind_text="коомдук угуу",
        kind_group="hearing",
        oblast="Ош",
        oblast_soate="41706000000000",
        district="Өзгөн",
        district_soate="41706255000000",
        ayil_aimak="Жазы",
        ayil_aimak_soate="41706255824000",
        participants=120,
        qualifier="exact",
        who="тургун",
        who_group="residents",
        units=5,
        span_start=0,
        span_end=doc.events[0].span.end,
    )


def test_an_event_in_several_districts_lists_them_in_one_cell():
    text = "2024-жылдын 3-мартында Кочкор жана Жумгал райондорунда семинарлар өттү."
    (row,) = event_rows(parse_text(text))
    assert (row.oblast, row.district) == ("Нарын", "Кочкор; Жумгал")
    assert row.district_soate == "41704235000000; 41704230000000"


def test_an_event_without_counts_has_no_participants():
    (row,) = event_rows(parse_text("2024-жылдын 3-мартында семинар өттү."))
    assert (row.participants, row.qualifier, row.who_group) == (None, None, None)


@pytest.mark.parametrize(
    ("qualifiers", "expected"),
    [
        (["exact", "exact"], "exact"),
        (["exact", "more_than"], "more_than"),
        (["at_least", "exact"], "at_least"),
        (["up_to"], "up_to"),
        (["more_than", "up_to"], "about"),
    ],
)
def test_the_qualifier_of_a_sum(qualifiers, expected):
    assert sum_qualifier(qualifiers) == expected


def test_event_rows_are_a_csv_sheet_and_an_sqlite_table(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(
        "2024-жылдын 3-мартында Нарын шаарында семинар өттү. Анда 45 депутат катышты.",
        encoding="utf-8",
    )
    runner = CliRunner()
    assert (
        runner.invoke(
            cli, ["parse", str(doc), "-f", "csv", "-o", str(tmp_path / "c"), "-q"]
        ).exit_code
        == 0
    )
    with open(tmp_path / "c" / "event_rows.csv", encoding="utf-8", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert (row["kind_group"], row["city"], row["participants"]) == ("seminar", "Нарын", "45")
    assert (
        runner.invoke(
            cli, ["parse", str(doc), "-f", "sqlite", "-o", str(tmp_path / "v.db"), "-q"]
        ).exit_code
        == 0
    )
    db = sqlite3.connect(tmp_path / "v.db")
    found = db.execute(
        "SELECT d.source, e.kind_group, e.participants FROM event_rows e "
        "JOIN documents d ON d.doc_id = e.doc_id"
    ).fetchall()
    assert found == [(str(doc), "seminar", 45)]
    overview = db.execute("SELECT language, kind_group, city, participants FROM events_view")
    assert overview.fetchall() == [("ky", "seminar", "Нарын", 45)]


# Every field of an event row reaches every table of them: the CSV sheet, the
# workbook's sheet, the SQLite table and its events view (built from the model's
# columns, not listed by hand: review 24, item 3).
COUNTED_EVENT = (
    "2024-жылдын 3-мартында Нарын шаарында семинар өттү. Анда 45 депутат катышты.\n"
    "Нарын облусунун 12 айыл аймагы катышты."
)


@pytest.fixture()
def event_outputs(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text(COUNTED_EVENT, encoding="utf-8")
    for output in ("c/", "v.db", "v.xlsx"):
        target = str(tmp_path / output) + ("/" if output.endswith("/") else "")
        result = CliRunner().invoke(cli, ["parse", str(doc), "-o", target, "-q"])
        assert result.exit_code == 0, result.output
    return tmp_path


def test_every_event_row_field_is_a_column_of_the_csv_and_xlsx_sheets(event_outputs):
    openpyxl = pytest.importorskip("openpyxl")
    with open(event_outputs / "c" / "event_rows.csv", encoding="utf-8", newline="") as fh:
        csv_header = next(csv.reader(fh))
    sheet = openpyxl.load_workbook(event_outputs / "v.xlsx", read_only=True)["event_rows"]
    xlsx_header = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
    assert set(EventRow.model_fields) <= set(csv_header)
    assert set(EventRow.model_fields) <= set(xlsx_header)


def test_every_event_row_field_is_a_column_of_the_events_view(event_outputs):
    db = sqlite3.connect(event_outputs / "v.db")
    view = [row[1] for row in db.execute("PRAGMA table_info(events_view)")]
    assert set(EventRow.model_fields) - set(view) == set()
    table = [row[1] for row in db.execute("PRAGMA table_info(event_rows)")]
    assert [c for c in view if c in table] == table  # in the table's order
    fields = ", ".join(f'"{name}"' for name in table if name != "oblast")
    assert (
        db.execute(f"SELECT {fields} FROM events_view").fetchall()
        == db.execute(f"SELECT {fields} FROM event_rows").fetchall()
    )
    who = db.execute("SELECT who, who_group, participants FROM events_view").fetchall()
    assert who == [("депутат", "deputies", 45)], who


def test_every_column_the_corpus_metadata_names_exists(event_outputs):
    from vap_cli.export.sqlite_db import metadata

    db = sqlite3.connect(event_outputs / "v.db")
    for name, table in metadata("v")["databases"]["v"]["tables"].items():
        columns = {row[1] for row in db.execute(f'PRAGMA table_info("{name}")')}
        named = {*table.get("columns", {}), *table.get("facets", ())}
        assert named <= columns, (name, named - columns)
        assert table.get("label_column", next(iter(columns))) in columns


# --- a schedule table's place column named by a place noun ("Жери"), and its caption ---


def _schedule_docx(path, lines_above: list[str], header: list[str], rows: list[list[str]]):
    """A .docx of paragraphs, then a table of a header row and `rows`."""
    import docx

    document = docx.Document()
    for line in lines_above:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows) + 1, cols=len(header))
    for i, cells in enumerate([header, *rows]):
        for j, cell in enumerate(cells):
            table.cell(i, j).text = cell
    document.save(path)
    return path


def _rows_of(document) -> list[tuple[str, str | None, list[str]]]:
    return [(e.kind, e.start, [p.name for p in e.places]) for e in document.events]


def test_a_place_noun_column_gives_each_row_s_event_its_place_in_a_docx(tmp_path) -> None:
    from vap_cli.pipeline import explain_path

    path = _schedule_docx(
        tmp_path / "schedule.docx",
        ["Айыл өкмөтүнүн кызматкерлери үчүн семинарлар уюштурулат."],
        ["Күнү", "Жери", "Катышуучулар"],
        [["11.04.2024", "Ала-Бука району", "16"], ["12.04.2024", "Чаткал району", "19"]],
    )
    document, decisions = explain_path(path)
    assert _rows_of(document) == [
        ("семинар", "2024-04-11", ["Ала-Бука"]),
        ("семинар", "2024-04-12", ["Чаткал"]),
    ]
    cells = {d.text for d in decisions if d.rule.code == "events.table_place_cell" and d.kept}
    assert cells == {"Ала-Бука району", "Чаткал району"}


def test_a_place_noun_column_as_text_rows_gives_the_places_of_any_level() -> None:
    text = (
        "Тренинги для членов айыльных кенешей.\n"
        "Дата\tНаселенный пункт\tУчастники\n"
        "03.10.2023\tсело Барскоон\t14\n"
        "05.10.2023\tТонский район\t21\n"
    )
    assert _rows_of(parse_text(text)) == [
        ("тренинг", "2023-10-03", ["Барскоон"]),
        ("тренинг", "2023-10-05", ["Тоң"]),
    ]


def test_a_column_that_only_starts_like_a_place_noun_gives_no_place() -> None:
    # near miss: "Жергиликтүү кеңеш" (a local council) starts like "жер" but is no place
    # column; the district stays a place of the document, not of the row's event
    text = (
        "Депутаттар үчүн тренингдер өтөт.\n"
        "Күнү\tЖергиликтүү кеңеш\tКатышуучулар\n"
        "08.11.2023\tАксы району\t12\n"
        "09.11.2023\tАла-Бука району\t15\n"
    )
    document = parse_text(text)
    assert _rows_of(document) == [("тренинг", "2023-11-08", []), ("тренинг", "2023-11-09", [])]
    assert "Аксы" in [p.name for p in document.places]


def _row_source(text: str) -> str:
    from vap_cli.pipeline import explain_text

    rows = [d for d in explain_text(text)[1] if d.rule.code == "events.table_row"]
    assert len(rows) == 2
    return rows[0].detail


@pytest.mark.parametrize(
    "text",
    [
        "Жарыяланды: 01.06.2024\nСеминарлардын графиги:\nКүнү\tРайону\n10.06.2024\tКочкор\n11.06.2024\tНарын\n",
        "Опубликовано: 01.06.2024\nГРАФИК СЕМИНАРОВ\nДата\tРайон\n10.06.2024\tКочкор\n11.06.2024\tНарын\n",
    ],
)
def test_a_kind_on_the_heading_line_above_a_table_is_its_caption(text: str) -> None:
    assert _row_source(text).startswith("the caption's семинар")


def test_a_kind_in_a_sentence_above_a_table_is_no_caption() -> None:
    # near miss: the line right above the table is a sentence of the prose
    text = (
        "Жарыяланды: 01.06.2024\nРайондо семинар өтөт. Анын максаты маалымат берүү.\n"
        "Күнү\tРайону\n10.06.2024\tКочкор\n11.06.2024\tНарын\n"
    )
    assert _row_source(text).startswith("the text above's семинар")
