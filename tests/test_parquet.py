"""Parquet tables: one file per table, its schema derived from the models through
table_schema.py's tables, readable by pandas, polars and pyarrow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SAMPLES, LazyModule
from vap_cli.export.table_schema import (
    FILE_TABLES,
    TABLES,
    Table,
    header,
    model_columns,
    pydantic_of,
    table_rows,
)
from vap_cli.models import Failure, Record, Span
from vap_cli.pipeline import parse_path, parse_text

# Arrow, pandas and polars take a second to import and every xdist worker collects this
# module: they are imported when a test first uses them, and the module's tests run on one
# worker, which alone imports them and parses the samples.
pd = LazyModule("pandas")
pl = LazyModule("polars")
pa = LazyModule("pyarrow")
pq = LazyModule("pyarrow.parquet")
parquet = LazyModule("vap_cli.export.parquet")
pytestmark = pytest.mark.xdist_group("parquet")

# Team-written: a training in Naryn with a count, a person and a phone.
NOTE = (
    "2023-жылдын 5-майында Нарын шаарында 40 адам тренингге катышты.\n"
    "Байланыш: Айгүл Токтосунова, тел.: 0555 123 456.\n"
)


@pytest.fixture(scope="module")
def samples() -> list:
    return [parse_path(str(p)) for p in sorted(SAMPLES.glob("*.txt"))]


def test_every_table_has_the_csv_header_typed_from_the_model() -> None:
    for table in TABLES:
        assert parquet.table_schema(table).names == header(table)
    participants = parquet.table_schema(next(t for t in TABLES if t.name == "participants"))
    assert participants.field("doc_id").type == pa.string()
    assert not participants.field("doc_id").nullable
    assert participants.field("count").type == pa.int64()
    assert participants.field("part_of").type == pa.int64()
    assert participants.field("span_start").type == pa.int64()
    places = parquet.table_schema(next(t for t in TABLES if t.name == "places"))
    assert places.field("score").type == pa.float64()
    assert places.field("mentions").type == pa.string()  # a list of spans, as JSON text
    assert parquet.table_schema(parquet.ERRORS_TABLE).names == ["source", "error"]


class Survey(Record):
    """A record with a field of every kind a model may grow."""

    name: str
    lat: float | None = None
    households: int
    span: Span
    tags: list[str] = []
    verified: bool = False


def test_a_field_added_to_a_model_appears_in_its_parquet_schema() -> None:
    table = Table("surveys", pydantic_of(Survey), model_columns(Survey), lambda doc: [])
    schema = parquet.table_schema(table)
    assert list(zip(schema.names, schema.types, strict=True)) == [
        ("doc_id", pa.string()),
        ("idx", pa.int64()),
        ("name", pa.string()),
        ("lat", pa.float64()),
        ("households", pa.int64()),
        ("span_start", pa.int64()),
        ("span_end", pa.int64()),
        ("tags", pa.string()),
        ("verified", pa.bool_()),
    ]
    rows = [["d1", 0, "Ак-Суу", 42.5, 120, 0, 6, '["new"]', True]]
    assert parquet.to_arrow(table, rows).to_pylist()[0]["verified"] is True


def test_a_note_gives_its_rows_in_every_table(tmp_path: Path) -> None:
    doc = parse_text(NOTE, source="note.txt")
    parquet.write_parquet([doc], tmp_path)
    participants = pd.read_parquet(tmp_path / "participants.parquet")
    assert participants[["doc_id", "idx", "count", "who"]].to_dict("records") == [
        {"doc_id": doc.id, "idx": 0, "count": 40, "who": "адам"}
    ]
    places = pd.read_parquet(tmp_path / "places.parquet")
    assert places["name"].tolist() == ["Нарын"]
    persons = pd.read_parquet(tmp_path / "persons.parquet")
    assert persons["name"].tolist() == ["Айгүл Токтосунова"]
    assert json.loads(persons["phones"][0]) == ["+996555123456"]
    dates = pd.read_parquet(tmp_path / "dates.parquet")
    assert dates[["start", "end", "text"]].to_dict("records") == [
        {"start": "2023-05-05", "end": "2023-05-05", "text": "2023-жылдын 5-майында"}
    ]
    documents = pd.read_parquet(tmp_path / "documents.parquet")
    assert documents[["doc_id", "source", "language"]].to_dict("records") == [
        {"doc_id": doc.id, "source": "note.txt", "language": doc.language}
    ]


def test_the_tables_hold_the_same_rows_as_csv_and_sqlite(tmp_path: Path, samples: list) -> None:
    written = parquet.write_parquet(samples, tmp_path)
    assert sorted(p.name for p in written) == sorted(f"{t.name}.parquet" for t in FILE_TABLES)
    sources = pd.read_parquet(tmp_path / "sources.parquet")
    assert sources.values.tolist() == [[doc.source, doc.id] for doc in samples]
    for table in TABLES:
        expected = [row for doc in samples for row in table_rows(doc)[table.name]]
        arrow = pq.read_table(tmp_path / f"{table.name}.parquet")
        assert arrow.schema.equals(parquet.table_schema(table))
        assert [list(r.values()) for r in arrow.to_pylist()] == expected
        assert pl.read_parquet(tmp_path / f"{table.name}.parquet").rows() == [
            tuple(r) for r in expected
        ]


def test_rows_are_written_in_groups_so_memory_stays_bounded(
    tmp_path: Path, samples: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("vap_cli.export.parquet.GROUP_DOCUMENTS", 2)
    parquet.write_parquet(samples, tmp_path)
    documents = pq.ParquetFile(tmp_path / "documents.parquet")
    assert documents.metadata.num_row_groups == 3  # 2 + 2 + 1 documents
    assert pd.read_parquet(tmp_path / "documents.parquet")["doc_id"].tolist() == [
        d.id for d in samples
    ]


def test_a_partition_has_an_errors_table(tmp_path: Path, samples: list) -> None:
    writer = parquet.ParquetWriter.partition(tmp_path, "part-00007")
    writer.write(samples[0])
    writer.failed(Failure(source="broken.docx", error="not a Word file"))
    writer.close()
    errors = pd.read_parquet(tmp_path / "errors")
    assert errors.to_dict("records") == [{"source": "broken.docx", "error": "not a Word file"}]
    assert pd.read_parquet(tmp_path / "documents")["doc_id"].tolist() == [samples[0].id]


def test_an_aborted_writer_leaves_no_file(tmp_path: Path, samples: list) -> None:
    writer = parquet.ParquetWriter.folder(tmp_path)
    writer.write(samples[0])
    writer.abort()
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ vap parse -o X.parquet


def test_a_parquet_suffix_writes_a_folder_of_tables_that_pandas_reads(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from vap_cli.cli import cli

    out = tmp_path / "corpus.parquet"
    result = CliRunner().invoke(cli, ["parse", str(SAMPLES), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t.name}.parquet" for t in FILE_TABLES)
    documents = pd.read_parquet(out / "documents.parquet")
    assert len(documents) == len(list(SAMPLES.glob("*.txt")))
    events = pd.read_parquet(out / "event_rows.parquet")
    assert {"doc_id", "kind_group", "oblast_soate", "participants"} <= set(events.columns)


def test_parquet_into_an_existing_file_is_a_usage_error(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from vap_cli.cli import cli

    out = tmp_path / "taken.parquet"
    out.write_text("not a folder")
    result = CliRunner().invoke(cli, ["parse", str(SAMPLES), "-o", str(out), "-q"])
    assert result.exit_code == 2
    assert out.read_text() == "not a folder"
