""" "пгт" (an urban-type settlement) before a name takes a town or a city of the
gazetteer: SOATE lists some urban-type settlements as towns and others as cities
(Кадамжай), so "в пгт Кадамжай" is the city with its code, not a town the gazetteer
lacks. Checked over every city and town of the gazetteer by its Russian name."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from vap_cli.pipeline import parse_text

# libyaml's loader (the same safe constructor as yaml.safe_load, its scanner in C): every
# xdist worker reads the 1 MB file as it collects this module, 2.2 s each in pure Python
_GAZETTEER = yaml.load(
    (Path(__file__).resolve().parents[1] / "data" / "gazetteer.yaml").read_text(encoding="utf-8"),
    Loader=yaml.CSafeLoader,
)
_COLUMNS = _GAZETTEER["columns"]
_URBAN = [
    unit
    for unit in (dict(zip(_COLUMNS, row, strict=True)) for row in _GAZETTEER["units"])
    if unit["level"] in ("city", "town")
]


@pytest.mark.parametrize("unit", _URBAN, ids=[u["name_ru"] for u in _URBAN])
def test_pgt_before_a_towns_or_citys_name_is_that_unit(unit: dict) -> None:
    doc = parse_text(f"Встреча прошла в пгт {unit['name_ru']}.")
    assert str(unit["id"]) in {p.soate for p in doc.places}


def test_pgt_kadamjai_is_the_city() -> None:
    (place,) = parse_text("В пгт Кадамжай состоялась встреча.").places
    assert (place.level, place.name, place.soate) == ("city", "Кадамжай", "41705258610020")


def test_pgt_before_a_village_gives_it_no_towns_code() -> None:
    # near miss: Ала-Бука is a village of the gazetteer, no town or city
    assert all(p.soate is None for p in parse_text("В пгт Ала-Бука прошла встреча.").places)
