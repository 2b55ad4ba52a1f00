"""`vap parse --explain` traces every fact of a record: each fact with a span (a date, a
period, a place, a count of participants, a person, a contact's mention, an event, an
organisation) has a keep decision of its extractor whose span covers the fact's (a
rule may decide a wider span than the fact's: an event's year with its dash, a
dateline's city with its comma), and the candidate's last word is keep. The issued date
is the dates mention of role issued, kept by the rule that chose its line, and with no
issued date no such rule speaks; the title is the text its line rule kept.

Over samples/, the team's gold documents and a slice of the held-out ones (every
HELDOUT_STEP-th file): a fact without a trace fails here."""

from __future__ import annotations

import functools
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from vap_cli.explain import Decision, verdicts
from vap_cli.models import Document, Span
from vap_cli.pipeline import explain_path

ROOT = Path(__file__).resolve().parent.parent
# One held-out document in this many: the slice keeps the test's time down; the rest
# of the held-out set is the same pipeline on more pages.
HELDOUT_STEP = 8
PATHS = [
    *sorted((ROOT / "samples").glob("*.txt")),
    *sorted((ROOT / "tests" / "gold" / "docs").iterdir()),
    *sorted((ROOT / "tests" / "heldout" / "docs").iterdir())[::HELDOUT_STEP],
    # an issued date of dates.issued_posted_sentence and of dates.issued_type_line
    ROOT / "tests" / "heldout" / "docs" / "round45_05.txt",
    ROOT / "tests" / "heldout" / "docs" / "round45_12.txt",
]


def _path_id(path: Path) -> str:
    return f"{path.parent.parent.name}/{path.name}"


# The three checks of a document below read one explained parse of it (explained): each
# document's three tests are one xdist group, so they run on one worker and the
# document is parsed there once, not three times (issue 15: the suite's time).
EXPLAINED_PATHS = [
    pytest.param(path, id=_path_id(path), marks=pytest.mark.xdist_group(f"explain-{path.stem}"))
    for path in PATHS
]


@functools.cache
def _explained_once(path: Path) -> bytes:
    return pickle.dumps(explain_path(path))


def explained(path: Path) -> tuple[Document, list[Decision]]:
    """explain_path(path), parsed once per test process: each call unpickles a copy of
    its own, so no test can change what another reads."""
    document, decisions = pickle.loads(_explained_once(path))
    return document, decisions


# The rules that choose the issued date's line (dates/explained.py, and the saved
# post's last line of issued.py).
ISSUED_RULES = "dates.issued_"
POST_LAST_LINE = "dates.post_last_line"
CONTACT_EXTRACTORS = {"phone": "phones", "email": "emails", "url": "urls"}


def facts(document: Document) -> Iterator[tuple[str, str, Span]]:
    """(extractor, what, span) of each fact of the record that has a span, and of each
    of its mentions."""
    for date in document.dates:
        yield "dates", f"date {date.text!r}", date.span
    for period in document.periods:
        for span in [period.span, *period.mentions]:
            yield "periods", f"period {period.start}-{period.end}", span
    for place in document.places:
        for span in [place.span, *place.mentions]:
            yield "places", f"place {place.name}", span
    for count in document.participants:
        yield "participants", f"participants {count.text!r}", count.span
    for person in document.persons:
        for span in [person.span, *person.mentions]:
            yield "persons", f"person {person.name}", span
    for mention in document.contacts.mentions:
        yield CONTACT_EXTRACTORS[mention.kind], f"{mention.kind} {mention.text!r}", mention.span
    for event in document.events:
        yield "events", f"event {event.kind} {event.text[:40]!r}", event.span
    for org in document.organizations:
        for span in [org.span, *org.mentions]:
            yield "organizations", f"organization {org.name}", span


def kept_spans(decisions: list[Decision]) -> dict[str, list[tuple[int, int]]]:
    """The spans of each extractor's candidates whose last word is keep."""
    kept: dict[str, list[tuple[int, int]]] = {}
    for verdict in verdicts(decisions):
        if verdict.kept:
            final = verdict.final
            kept.setdefault(final.rule.extractor, []).append((final.start, final.end))
    return kept


def untraced(document: Document, decisions: list[Decision]) -> list[str]:
    """The facts of the record no kept candidate of their extractor covers."""
    kept = kept_spans(decisions)
    return [
        f"{what} at {span.start}-{span.end}"
        for extractor, what, span in facts(document)
        if not any(s <= span.start and span.end <= e for s, e in kept.get(extractor, []))
    ]


@pytest.mark.parametrize("path", EXPLAINED_PATHS)
def test_every_fact_of_the_record_has_its_keep_decision(path: Path) -> None:
    document, decisions = explained(path)
    assert untraced(document, decisions) == []


def issued_decisions(decisions: list[Decision]) -> list[Decision]:
    return [
        d
        for d in decisions
        if d.kept and (d.rule.code.startswith(ISSUED_RULES) or d.rule.code == POST_LAST_LINE)
    ]


@pytest.mark.parametrize("path", EXPLAINED_PATHS)
def test_the_issued_date_is_traced_to_its_line_and_none_is_invented(path: Path) -> None:
    document, decisions = explained(path)
    chosen = issued_decisions(decisions)
    if document.issued is None:
        assert chosen == []
        return
    (issued,) = [d for d in document.dates if d.role == "issued"]
    assert [(d.start, d.end) for d in chosen] == [(issued.span.start, issued.span.end)]


@pytest.mark.parametrize("path", EXPLAINED_PATHS)
def test_the_title_is_the_text_its_line_rule_kept(path: Path) -> None:
    document, decisions = explained(path)
    titles = [" ".join(d.text.split()) for d in decisions if d.rule.extractor == "title"]
    if document.title is None:
        assert titles == []
    else:
        assert [t[: len(document.title)] for t in titles] == [document.title]


def test_a_fact_without_its_decision_is_caught() -> None:
    """The check above fails when a decision goes: a date whose keep is left out."""
    document, decisions = explain_path(ROOT / "samples" / "001_09dcb3baf791aa0b.txt")
    assert document.dates and untraced(document, decisions) == []
    first = document.dates[0].span
    without = [
        d
        for d in decisions
        if not (d.rule.extractor == "dates" and (d.start, d.end) == (first.start, first.end))
    ]
    assert untraced(document, without) == [
        f"date {document.dates[0].text!r} at {first.start}-{first.end}"
    ]


# The code that says why, reached only when an explanation is asked for: (module, name).
EXPLAINING = [
    ("vap_cli.extractors.dates", "explain_kept"),
    ("vap_cli.extractors.dates.explained", "form_rule"),
    ("vap_cli.extractors.periods", "_explain_kept"),
    ("vap_cli.extractors.persons", "explain_kept"),
    ("vap_cli.extractors.persons.explained", "anchor_rule"),
    ("vap_cli.extractors.organizations", "_explain_kept"),
    ("vap_cli.extractors.title", "_skipped"),
]


def test_a_plain_parse_does_none_of_the_explaining(monkeypatch: pytest.MonkeyPatch) -> None:
    """Explaining costs nothing when no one asked: the plain parse never reaches the code
    that finds a fact's rule again (each replaced here by one that fails), and gives the
    record the explained parse gives."""
    import importlib

    from vap_cli.pipeline import parse_path

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("explaining in a plain parse")

    for module, name in EXPLAINING:
        assert callable(getattr(importlib.import_module(module), name))
        monkeypatch.setattr(importlib.import_module(module), name, refuse)
    for path in PATHS[: len(PATHS) // HELDOUT_STEP]:
        document = parse_path(path)
        monkeypatch.undo()
        assert explain_path(path)[0] == document
        for module, name in EXPLAINING:
            monkeypatch.setattr(importlib.import_module(module), name, refuse)
