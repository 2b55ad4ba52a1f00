"""Each piece of data is defined once (a lexicon or models.py) and imported elsewhere:
the alphabet, the place levels and their names, the document types of a sender's own
page, a schedule row's fallback kind."""

from __future__ import annotations

import ast
from typing import get_args

import pytest

from source_trees import SOURCE_TREES_GROUP, SRC, sources, syntax_tree, walk
from vap_cli import gazetteer, models
from vap_cli.lexicon import load


def level_lists(tree: ast.AST) -> list[int]:
    """The lines of a tuple, list or set literal of the levels of a list models.py
    defines: the units' levels, a place's chain (a subset of levels that decides
    something, "the small levels", is a rule's own)."""
    defined = (frozenset(models.UNIT_LEVELS), frozenset(models.CHAIN_LEVELS))
    return [
        node.lineno
        for node in walk(tree)
        if isinstance(node, (ast.Tuple, ast.List, ast.Set))
        and all(isinstance(e, ast.Constant) for e in node.elts)
        and frozenset(e.value for e in node.elts if isinstance(e, ast.Constant)) in defined
    ]


# reads the source trees the architecture guards read (source_trees), on their worker
@pytest.mark.xdist_group(SOURCE_TREES_GROUP)
def test_the_lists_of_place_levels_are_spelled_in_models_only() -> None:
    found = {
        path.relative_to(SRC).as_posix(): lines
        for path in sources()
        if path.name != "models.py" and (lines := level_lists(syntax_tree(path)))
    }
    assert not found, f"import the levels from models.py: {found}"


def test_the_level_list_guard_catches_an_offender() -> None:
    tree = ast.parse('A = ("oblast", "district", "ayil_aimak")\nB = ("oblast", "district")')
    assert level_lists(tree) == [1]


def test_the_gazetteer_and_the_places_command_share_the_models_levels() -> None:
    from vap_cli.commands.places import LEVEL_CHOICES, level_label
    from vap_cli.report.render import translations

    assert gazetteer.LEVELS == LEVEL_CHOICES == models.UNIT_LEVELS
    assert models.UNIT_LEVELS == tuple(lv for lv in get_args(models.PlaceLevel) if lv != "country")
    words = translations()
    assert [level_label(lv) for lv in models.UNIT_LEVELS] == [
        words[f"level_{lv}"]["ky"] for lv in models.UNIT_LEVELS
    ]
    assert level_label("ayil_aimak") == "айыл аймагы"


def test_a_places_chain_levels_are_columns_of_place() -> None:
    columns = models.Place.model_fields if hasattr(models.Place, "model_fields") else {}
    names = set(columns) or set(vars(models.Place).get("__annotations__", {}))
    assert all(lv in names and f"{lv}_soate" in names for lv in models.CHAIN_LEVELS)


def test_the_alphabet_is_spelled_in_the_lexicon_only() -> None:
    alphabet = load("language")["small_letters"]
    assert {"a", "я", "ң", "ө", "ү"} <= set(alphabet)
    spelled = [
        path.relative_to(SRC).as_posix()
        for path in sorted(SRC.rglob("*.py"))
        if "абвгд" in path.read_text() or "abcdefghij" in path.read_text()
    ]
    assert not spelled, f"spell the letters in the lexicon (language.yaml): {spelled}"


def test_a_senders_own_document_types_are_document_types() -> None:
    from vap_cli.directory import SENDER_DOCUMENT_TYPES

    structure = load("structure")
    assert SENDER_DOCUMENT_TYPES == frozenset(structure["sender_document_types"])
    assert SENDER_DOCUMENT_TYPES <= set(structure["document_types"].values())


def test_a_schedule_rows_fallback_kind_is_the_events_lexicons() -> None:
    from vap_cli.extractors.events.tables import FALLBACK_KIND

    assert FALLBACK_KIND == load("events")["table_fallback_kind"] == "иш-чара"
