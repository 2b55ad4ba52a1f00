"""The home region's numbering plan (lexicon/phones.yaml `region`), read once from
the phonenumbers library's own metadata and cached on disk (diskcache.py), so that
the usual Kyrgyz number is checked without importing the library (about 13% of
a one-file run's start-up).

Only the two plain shapes of a home number are decided here, as the library
decides them: "+996" and nine national digits, and the trunk prefix "0" and nine
national digits, the first of them not a "0" either (the library strips prefixes
of such numbers in ways of its own). A number is valid when its national digits fit
the region's general description and one of its number types (the library's
`_number_type_helper`, in its order); its E.164 form is "+", the country code and
those digits. Every other number goes to the library (phones.py).
tests/test_phones.py checks the two against each other on numbers of every prefix.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

import regex

from .. import diskcache, rx
from ..lexicon import load, source
from ..plain import Fields

_LEX = load("phones")
REGION: str = _LEX["region"]
_TRUNK: str = _LEX["trunk_prefix"]
_NATIONAL_DIGITS: int = int(_LEX["national_digits"])

# The library's number types, in the order its `_number_type_helper` tries them.
TYPE_ORDER = (
    "premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan",
    "voicemail", "fixed_line", "mobile",
)  # fmt: skip
MOBILE = "mobile"
FIXED_LINE = "fixed_line"

# A description: its national number pattern and its possible lengths (empty: any).
Desc = tuple[str, tuple[int, ...]]


class Plan(Fields):
    """What the library's metadata says of the region (plain data, to cache)."""

    __slots__ = ("country_code", "general", "types", "same_mobile_and_fixed_line")

    country_code: str
    general: Desc
    types: tuple[tuple[str, Desc], ...]  # in TYPE_ORDER, the types the region has
    same_mobile_and_fixed_line: bool

    def __init__(
        self,
        country_code: str,
        general: Desc,
        types: tuple[tuple[str, Desc], ...],
        same_mobile_and_fixed_line: bool,
    ) -> None:
        self.country_code = country_code
        self.general = general
        self.types = types
        self.same_mobile_and_fixed_line = same_mobile_and_fixed_line


class Verdict(Fields):
    """A home number decided here: its E.164 form (None: not a valid number) and type."""

    __slots__ = ("e164", "kind")

    e164: str | None
    kind: str | None

    def __init__(self, e164: str | None, kind: str | None) -> None:
        self.e164 = e164
        self.kind = kind


def _metadata_file() -> Path:
    """The library's metadata of the region: what the cached plan is keyed on (its
    version's data), found without importing the library."""
    spec = importlib.util.find_spec("phonenumbers")
    if spec is None or spec.origin is None:
        raise OSError("phonenumbers is not installed")
    return Path(spec.origin).parent / "data" / f"region_{REGION}.py"


def _read_plan() -> Plan | None:
    """The plan from the library; None when the region's numbers are not of the plain
    shape decided here (another trunk prefix, a prefix transform, a shared code)."""
    import phonenumbers
    from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

    meta = phonenumbers.PhoneMetadata.metadata_for_region(REGION)
    if meta is None or meta.country_code is None or meta.general_desc is None:
        return None
    plain = (
        meta.national_prefix_for_parsing == _TRUNK
        and not meta.national_prefix_transform_rule
        and COUNTRY_CODE_TO_REGION_CODE.get(meta.country_code) == (REGION,)
    )
    if not plain:
        return None

    def desc(d: phonenumbers.PhoneNumberDesc) -> Desc:
        return d.national_number_pattern or "", tuple(d.possible_length or ())

    types = tuple(
        (name, desc(d)) for name in TYPE_ORDER if (d := getattr(meta, name, None)) is not None
    )
    return Plan(
        str(meta.country_code),
        desc(meta.general_desc),
        types,
        bool(meta.same_mobile_and_fixed_line_pattern),
    )


@cache
def plan() -> Plan | None:
    """The region's plan, cached on disk keyed by the library's data and this code."""
    try:
        sources = [_metadata_file(), Path(__file__), source("phones")]
    except (OSError, ImportError, ValueError):
        return None
    return diskcache.cached(f"phone-plan-{REGION}", sources, _read_plan)


@cache
def _pattern(text: str) -> regex.Pattern[str]:
    return rx.compile(text)


def _matches(national: str, desc: Desc) -> bool:
    """The library's `_is_number_matching_desc`: a possible length, the whole pattern."""
    pattern, lengths = desc
    if lengths and len(national) not in lengths:
        return False
    return bool(pattern) and _full(pattern, national)


def _kind(national: str, region: Plan) -> str | None:
    """The library's `_number_type_helper`: None for its UNKNOWN."""
    if not _matches(national, region.general):
        return None
    types = dict(region.types)
    for name in TYPE_ORDER[: TYPE_ORDER.index(FIXED_LINE)]:
        if name in types and _matches(national, types[name]):
            return name
    if FIXED_LINE in types and _matches(national, types[FIXED_LINE]):
        return FIXED_LINE
    if not region.same_mobile_and_fixed_line and MOBILE in types:
        return MOBILE if _matches(national, types[MOBILE]) else None
    return None


def decide(digits: str) -> Verdict | None:
    """The verdict on a written number's digits ("+" kept) when it has one of the two
    plain shapes of a home number; None for any other number (the library's)."""
    region = plan()
    if region is None:
        return None
    national = _national(digits, region)
    if national is None:
        return None
    kind = _kind(national, region)
    return Verdict(f"+{region.country_code}{national}" if kind else None, kind)


def _national(digits: str, region: Plan) -> str | None:
    """The national digits of "+<code>NNNNNNNNN" or "<trunk>NNNNNNNNN", the first N no
    trunk prefix; None for any other shape."""
    international = "+" + region.country_code
    if digits.startswith(international):
        national = digits[len(international) :]
    elif digits.startswith(_TRUNK) and not digits.startswith("+"):
        national = digits[len(_TRUNK) :]
    else:
        return None
    ascii_digits = national.isascii() and national.isdigit()
    if len(national) != _NATIONAL_DIGITS or not ascii_digits or national.startswith(_TRUNK):
        return None
    pattern, lengths = region.general
    if _NATIONAL_DIGITS not in lengths or not digits.startswith("+") and _full(pattern, digits):
        return None  # the library would keep the trunk prefix as part of the number
    return national


def _full(pattern: str, digits: str) -> bool:
    return _pattern(pattern).fullmatch(digits) is not None
