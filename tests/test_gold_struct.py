"""The struct_ gold documents (a Russian press release, a Kyrgyz announcement
with a pipe-table schedule) scored on their events and on every field."""

from __future__ import annotations

from pathlib import Path

from vap_cli.evaluate import fields_of, load_gold, predict, score, select

GOLD = Path(__file__).resolve().parent / "gold"


def test_struct_gold_documents() -> None:
    gold = select(load_gold(str(GOLD)), "struct_")
    assert len(gold) >= 2
    scores = score(gold, predict(str(GOLD / "docs"), gold), strict=True, fields=fields_of(gold))
    assert scores["events"].f1 == 1.0
    for name in (
        "issued",
        "dates",
        "periods",
        "participants",
        "persons",
        "phones",
        "emails",
        "urls",
    ):
        assert scores[name].f1 == 1.0, name
    # Russian coordinated district adjectives ("из Тюпского, Ак-Суйского и
    # Джети-Огузского районов") are the places extractor's to find.
    assert scores["places"].f1 >= 0.9


def test_russian_release_is_recognised_as_russian() -> None:
    from vap_cli import pipeline

    doc = pipeline.parse_path(GOLD / "docs" / "struct_01.txt")
    assert doc.language == "ru"
    assert doc.doc_type == "пресс-релиз"
    assert doc.title == "В Иссык-Кульской области пройдут трехдневные тренинги для глав айыл окмоту"
    assert [(p.name, p.role) for p in doc.places if p.role] == [("Бишкек", "dateline")]
    training = doc.events[0]
    assert (training.kind, training.duration_days, training.start, training.end) == (
        "тренинг",
        3,
        "2019-04-15",
        "2019-04-17",
    )
    assert {o.acronym for o in doc.organizations} >= {"SDC", "ӨСИ"}
    assert any(o.kind == "project" for o in doc.organizations)
