"""How CSV is written for the program that opens it: the delimiter, and for Excel
a byte order mark and cells that Excel must not turn into numbers or formulas.

Excel reads "+996555313385" or "41711000000000" as a number (9.97E+11, digits
lost), "0555..." loses its leading zero, and a cell starting with = + - @ runs as
a formula. With `excel`, such cells are written as the formula ="..." (shown as
the text itself) or, when too long for a formula, behind an apostrophe.
"""

from __future__ import annotations

import csv
import typing
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .. import rx

# Digits Excel would store as a number and mangle: long codes, phones, leading zeros.
_NUMBER_LIKE = rx.compile(r"\+?\d{6,}|0\d+|\d+(?:[.,]\d+)?[eE][+-]?\d+")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Excel refuses a string constant longer than this inside a formula.
_MAX_FORMULA_TEXT = 255


@dataclass(frozen=True)
class CsvStyle:
    delimiter: str = ","
    excel: bool = False

    @property
    def encoding(self) -> str:
        return "utf-8-sig" if self.excel else "utf-8"

    def writer(self, out: typing.TextIO) -> Any:
        return csv.writer(
            out, delimiter=self.delimiter, lineterminator="\r\n" if self.excel else "\n"
        )

    def row(self, values: Iterable[Any]) -> list[Any]:
        return [self.cell(v) for v in values] if self.excel else list(values)

    def cell(self, value: Any) -> Any:
        """One value as Excel should show it (only called with `excel`)."""
        if isinstance(value, float) and self.delimiter == ";":
            return repr(value).replace(".", ",")  # the locales that want ';' want a comma
        if not isinstance(value, str) or not value:
            return value
        if _NUMBER_LIKE.fullmatch(value) or value.startswith(_FORMULA_START):
            if len(value) <= _MAX_FORMULA_TEXT:
                return '="' + value.replace('"', '""') + '"'
            return "'" + value
        return value
