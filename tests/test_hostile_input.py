"""The whole pipeline stays linear on hostile input: long runs of digits,
dashes, spaces, dots, capitals and repeated phrases."""

from __future__ import annotations

import pytest

from vap_cli import parse_text

HOSTILE_UNITS = [
    "1",
    "-",
    "1-",
    " ",
    "1.",
    "\t\n",
    "Аа ",
    "Ө.",
    "(0",
    "20-",
    "Нарын облусу ",
    "Бекболот Бекиев, ",
    "2017-жылдын 25-октябры ",
    "сексенден ашуун ",
    "«",
    "www.",
    "a@",
]


@pytest.mark.parametrize("unit", HOSTILE_UNITS)
def test_parse_text_is_linear(unit, assert_linear):
    assert_linear(parse_text, unit, size=60_000, budget=20.0)
