"""The whole pipeline stays linear on hostile input: long runs of digits,
dashes, spaces, dots, capitals, repeated phrases, hyphen-split words and
character references."""

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
    # a hyphen at a word's end before a line break (normalise/wraps.py), character references
    "а-",
    "жерги-\n",
    "&laquo;",
    "&",
]


@pytest.mark.parametrize("unit", HOSTILE_UNITS)
def test_parse_text_is_linear(unit, assert_linear):
    assert_linear(parse_text, unit, size=60_000, budget=20.0)
