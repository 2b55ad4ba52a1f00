"""The struct_ gold documents (a Russian press release, a Kyrgyz announcement
with a pipe-table schedule, a Russian letter with a space-aligned schedule)
scored on their events and on every field."""

from __future__ import annotations

from pathlib import Path

from vap_cli.evaluate import fields_of, load_gold, predict, score, select

GOLD = Path(__file__).resolve().parent / "gold"


def test_struct_gold_documents() -> None:
    gold = select(load_gold(str(GOLD)), "struct_")
    assert len(gold) >= 3
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
    assert {o.canonical_acronym for o in doc.organizations} >= {"SDC", "ӨСИ"}
    # The Russian text never writes the Kyrgyz acronym: no output quotes it.
    assert "ӨСИ" not in {o.acronym for o in doc.organizations}
    assert any(o.kind == "project" for o in doc.organizations)


def test_aligned_russian_schedule() -> None:
    from vap_cli import pipeline

    doc = pipeline.parse_path(GOLD / "docs" / "struct_03.txt")
    rows = [(e.start, e.duration_days, [p.name for p in e.places], e.venue) for e in doc.events]
    assert rows == [
        ("2023-10-17", 1, ["Ат-Башы"], "актовый зал РГА"),  # "Ат-Башинский" in a "Район" column
        ("2023-10-18", 1, ["Кочкор"], "актовый зал РГА"),
        ("2023-10-20", 1, ["Жумгал"], "Дом культуры"),
        ("2023-10-25", None, ["Нарын"], None),  # the round table, from the prose
    ]
    assert doc.doc_type == "маалымат"
