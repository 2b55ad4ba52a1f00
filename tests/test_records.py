"""Records (models.py on record_base.py): light classes a parse makes without
pydantic, with pydantic's interface through the pydantic model built from the same
declarations (validation, dumps, the JSON Schema, the fields)."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError

from conftest import QUALITY_GATE_GROUP, parsed
from vap_cli.models import Contacts, DateMention, Document, Participation, Place, Span
from vap_cli.record_base import default_value, field_names, plain, pydantic_model


def _mention(day: str = "2024-03-12") -> DateMention:
    return DateMention.model_construct(
        start=day, end=day, text="12-мартта", span=Span.model_construct(start=4, end=13)
    )


def test_a_record_made_without_validation_has_every_field_in_declared_order() -> None:
    mention = _mention()
    assert list(mention.__dict__) == list(field_names(DateMention))
    assert mention.role == "event" and mention.time is None  # the declared defaults
    assert plain(mention) == {
        "start": "2024-03-12",
        "end": "2024-03-12",
        "role": "event",
        "text": "12-мартта",
        "span": {"start": 4, "end": 13},
        "time": None,
    }


def test_a_record_made_from_its_fields_in_another_order_keeps_the_declared_order() -> None:
    # every field given in the declared order is the common case (kept as given);
    # given in another order, the record's fields are still in the declared order
    in_order = Span.model_construct(start=4, end=13)
    other_order = Span.model_construct(end=13, start=4)
    assert list(in_order.__dict__) == list(other_order.__dict__) == ["start", "end"]
    assert in_order == other_order
    assert plain(other_order) == {"start": 4, "end": 13}


def test_a_list_default_is_a_new_list_for_each_record() -> None:
    first, second = Contacts.model_construct(), Contacts.model_construct()
    first.phones.append("+996555123456")
    assert second.phones == []
    assert default_value(Document, "dates") == [] and default_value(Document, "language") == (
        "unknown"
    )
    assert Document.model_construct(id="a", source="-").contacts == Contacts.model_construct()


def test_records_are_equal_by_type_and_values_and_copy_with_updates() -> None:
    assert _mention() == _mention()
    assert _mention() != _mention("2024-03-13")
    assert Span.model_construct(start=1, end=2) != Contacts.model_construct()
    moved = _mention().model_copy(update={"start": "2024-03-11"})
    assert (moved.start, moved.end) == ("2024-03-11", "2024-03-12")
    assert pickle.loads(pickle.dumps(moved)) == moved  # worker processes send them
    span = Span.model_construct(start=0, end=8)
    assert (repr(span), str(span)) == ("Span(start=0, end=8)", "start=0 end=8")  # pydantic's


def test_a_record_dumps_as_its_pydantic_model_does() -> None:
    place = Place.model_construct(
        level="village", name="Ак-Талаа", text="Ак-Талаа айылында", span=Span(start=0, end=8)
    )
    twin = pydantic_model(Place)
    assert issubclass(twin, BaseModel) and twin.__name__ == "Place"
    assert place.model_dump_json() == json.dumps(
        plain(place), ensure_ascii=False, separators=(",", ":")
    )
    assert place.model_dump(include={"name", "span"}) == {
        "name": "Ак-Талаа",
        "span": {"start": 0, "end": 8},
    }
    assert list(Place.model_fields) == list(field_names(Place))
    assert Place.model_fields["span"].description is None  # declared without one
    assert "from 0 to 1" in (Place.model_fields["score"].description or "")
    assert "SOATE" in (Place.model_fields["soate"].description or "")


def test_validated_records_are_records_and_bad_data_is_refused() -> None:
    row = Participation(count="25", text="25 катышуучу", span={"start": 3, "end": 15})
    assert isinstance(row, Participation) and isinstance(row.span, Span)
    assert (row.count, row.qualifier) == (25, "exact")  # coerced, defaults filled
    back = Document.model_validate({"id": "x", "source": "-", "participants": [plain(row)]})
    assert back.participants == [row]
    with pytest.raises(ValidationError):
        Span(start=-1, end=2)  # Field(ge=0)
    with pytest.raises(ValidationError):
        Participation.model_validate(
            {"count": 1, "text": "", "span": {"start": 0, "end": 0}, "x": 1}
        )


def test_the_json_schema_names_the_records_and_their_descriptions() -> None:
    schema = Document.model_json_schema()
    assert schema["title"] == "Document" and schema["additionalProperties"] is False
    assert schema["$defs"]["Span"]["description"].startswith("Character offsets")
    assert schema["$defs"]["Span"]["properties"]["start"]["minimum"] == 0


def test_the_json_of_a_record_is_its_plain_data_written() -> None:
    """outfile.json_text lets the encoder walk the records (record_base.json_default):
    the same text as the records' plain data, nested records, lists and enums alike."""
    from vap_cli.export.outfile import json_text
    from vap_cli.models import ParseWarning, WarningCode

    doc = Document.model_construct(
        id="d",
        source="x.txt",
        places=[Place.model_construct(level="oblast", name="Нарын", span=Span(start=0, end=5))],
        warnings=[ParseWarning.model_construct(code=WarningCode.NUL_BYTES_REMOVED, message="m")],
    )
    for indent in (None, 2):
        separators = (",", ": ") if indent else (",", ":")
        data = plain(doc)
        assert data["warnings"][0]["code"] == "nul_bytes_removed"
        assert json_text(doc, indent) == json.dumps(
            data, ensure_ascii=False, indent=indent, separators=separators
        )


# The records a parse writes (plain, json_default) are the pydantic twin's data, on
# every document of the team's corpora: the two serialisers cannot drift apart, and the
# values a parse makes without validating them pass the twin's validation (review 24,
# item 4).
_TESTS = Path(__file__).resolve().parent
CORPORA = [
    *sorted((_TESTS.parent / "samples").glob("*.txt")),
    *sorted((_TESTS / "gold" / "docs").glob("*.txt")),
    *sorted((_TESTS / "heldout" / "docs").glob("*.txt")),
]


@pytest.mark.xdist_group(QUALITY_GATE_GROUP)  # parsed once with the quality gate's
@pytest.mark.parametrize("path", CORPORA, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_parsed_record_is_its_pydantic_twins_data_and_validates(path: Path) -> None:
    from vap_cli.export.outfile import json_text
    from vap_cli.record_base import to_pydantic

    document = parsed(path).document
    assert document is not None
    dumped = to_pydantic(document).model_dump(mode="json")
    written = plain(document)
    # the same data, keys in the same order, as `vap parse` writes it (json_default)
    assert json.dumps(written, ensure_ascii=False) == json.dumps(dumped, ensure_ascii=False)
    assert json_text(document) == json.dumps(dumped, ensure_ascii=False, separators=(",", ":"))
    validated = pydantic_model(Document).model_validate(written)
    assert validated.model_dump(mode="json") == dumped
    assert Document.model_validate(written) == document
