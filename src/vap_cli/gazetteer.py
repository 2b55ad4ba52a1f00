"""The gazetteer of Kyrgyzstan: administrative units keyed by SOATE code, with a
name index built once per process.

Data: data/gazetteer.yaml (built by scripts/build_gazetteer.py from the public
sources in data/sources/; packaged as vap_cli/data/gazetteer.yaml in the wheel).
Users add units or aliases with their own files: `with_extra(files)` (through
resources.load, the `--gazetteer FILE` option of the commands that match places).

The contract is GAZETTEER-API.md: other modules rely on `Unit`, `Gazetteer`,
`fold_key` (fold.fold), `default` and `GazetteerError` exactly as written there (`use_extra`,
a process-global switch, gave way to `with_extra(files)` and resources.py).
Additions: `Unit.name_ru_full` (official Russian with type word, "Ат-Башынский
район") and `Unit.sources` (field -> source key); `load(path, extra)`,
`read_file(path)`, `builtin_path()`.

Levels: city = every шаар (republican, oblast and district significance: Бишкек,
Каракол, Кемин); town = шаарча (urban-type settlement: Орто-Токой, Бордун).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import cache
from pathlib import Path
from typing import Any

from .fold import fold as fold_key  # the one name folding (fold.py), kept under its API name
from .models import UNIT_LEVELS

LEVELS: tuple[str, ...] = UNIT_LEVELS
_LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}

# Keys a unit may carry in the YAML (the built-in file and a user's file alike).
UNIT_KEYS = frozenset(
    {"id", "level", "name", "name_ru", "name_en", "name_ru_full", "aliases", "parent", "iso",
     "lat", "lon", "src"}
)  # fmt: skip


@dataclass(frozen=True)
class Unit:
    id: str  # SOATE code (string of digits)
    level: str  # one of LEVELS
    name: str  # Kyrgyz canonical name without type word
    name_ru: str | None
    name_en: str | None
    aliases: tuple[str, ...]
    parent: str | None  # code of the immediate parent unit
    oblast: str | None  # code of the unit's oblast
    district: str | None  # code of its district
    iso: str | None = None  # ISO 3166-2 (oblasts and the two republican cities)
    lat: float | None = None
    lon: float | None = None
    # Additions beyond GAZETTEER-API.md (defaults keep the contract's constructor working):
    # the official Russian name with its type word ("Ат-Башынский район",
    # "Жазыский айылный аймак"), for matching Russian adjectival forms.
    name_ru_full: str | None = None
    # Where each field comes from: (("name", "open-admin"), ("name_ru", "soate-ru"), ...).
    sources: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    # The aliases a user's `--gazetteer` file gives the unit: a spelling the user says is
    # this unit wins over the other units of that name (places.unit_user_alias).
    user_aliases: tuple[str, ...] = field(default=(), compare=False)

    def __reduce__(self) -> tuple[Callable[..., Unit], tuple[Any, ...]]:
        """Pickled as its fields' values, in their order, read back by `_unit_of`: the
        disk cache's gazetteer (resources.py) holds ~2,400 units, and pickle's own way,
        a dict of the fields' names and values set one by one on each, was an eighth of
        reading it."""
        values = self.__dict__
        return _unit_of, tuple([values[name] for name in _UNIT_FIELDS])


# The fields of a Unit, in their order (`Unit.__reduce__`).
_UNIT_FIELDS: tuple[str, ...] = tuple(one.name for one in fields(Unit))


def _unit_of(*values: Any) -> Unit:
    """The Unit of these fields' values (as `Unit.__reduce__` gives them), made as pickle
    makes an object of its fields: no `__init__`, each field set in its order."""
    unit = object.__new__(Unit)
    unit.__dict__.update(zip(_UNIT_FIELDS, values, strict=True))
    return unit


class GazetteerError(Exception):
    """A gazetteer YAML file that cannot be used; the message names the file and the problem."""


class Gazetteer:
    """Units by code, and an index from folded names to units (built once)."""

    def __init__(self, units: Sequence[Unit]) -> None:
        self._by_id: dict[str, Unit] = {u.id: u for u in units}
        self._children: dict[str, list[Unit]] = {}
        index: dict[str, list[Unit]] = {}
        for unit in sorted(self._by_id.values(), key=_unit_order):
            if unit.parent is not None:
                self._children.setdefault(unit.parent, []).append(unit)
            for key in {fold_key(n) for n in _names_of(unit)}:
                if key:
                    index.setdefault(key, []).append(unit)
        self._index: dict[str, tuple[Unit, ...]] = {k: tuple(v) for k, v in index.items()}
        self._keys = frozenset(self._index)

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, code: str) -> Unit | None:
        return self._by_id.get(code)

    def lookup(self, name: str, level: str | None = None) -> list[Unit]:
        """Units whose name, Russian/English name or alias folds to fold_key(name),
        broader levels first (oblast, city, district, town, ayil_aimak, village)."""
        found = self._index.get(fold_key(name), ())
        if level is None:
            return list(found)
        return [u for u in found if u.level == level]

    def keys(self) -> frozenset[str]:
        return self._keys

    def units(self, level: str | None = None) -> Iterator[Unit]:
        for unit in sorted(self._by_id.values(), key=_unit_order):
            if level is None or unit.level == level:
                yield unit

    def children(self, code: str) -> list[Unit]:
        return list(self._children.get(code, ()))

    def oblast_name(self, unit: Unit) -> str | None:
        found = self._by_id.get(unit.oblast) if unit.oblast else None
        return found.name if found else None

    def district_name(self, unit: Unit) -> str | None:
        found = self._by_id.get(unit.district) if unit.district else None
        return found.name if found else None


def _unit_order(unit: Unit) -> tuple[int, str]:
    return (_LEVEL_RANK.get(unit.level, len(LEVELS)), unit.id)


def _names_of(unit: Unit) -> Iterator[str]:
    yield unit.name
    if unit.name_ru:
        yield unit.name_ru
    if unit.name_en:
        yield unit.name_en
    yield from unit.aliases


# ---------------------------------------------------------------- loading


def builtin_path() -> Path:
    """The packaged copy first (installed wheel), then <repo>/data/gazetteer.yaml."""
    packaged = Path(__file__).resolve().parent / "data" / "gazetteer.yaml"
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "data" / "gazetteer.yaml"


def _yaml_load(text: str, name: str = "the gazetteer") -> Any:
    """The YAML text of the file `name`; GazetteerError when it is not valid YAML, or
    holds a value the safe loader cannot build (a date "2024-13-01", `!!int x`: it
    raises ValueError for those). Nothing else is caught: a bug is no bad file."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except (yaml.YAMLError, ValueError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise GazetteerError(f"{name}: not valid YAML: {first}") from None


_ROWS_MARK = "\nunits:\n- ["


def _load_rows_fast(text: str, name: str = "the gazetteer") -> dict[str, Any] | None:
    """The built-in file's layout, parsed fast: a YAML header, then `units:` with one
    flow sequence per line written in JSON syntax (valid YAML too). json reads those
    rows about 30 times faster than a YAML parser. None when the text is not laid out
    so (a user's file): the caller parses it as YAML."""
    import json

    cut = text.find(_ROWS_MARK)
    if cut < 0:
        return None
    rows = text[cut + len("\nunits:\n") :].splitlines()
    if not all(row.startswith("- [") and row.endswith("]") for row in rows):
        return None
    try:
        units = json.loads("[" + ",".join(row[2:] for row in rows) + "]")
    except ValueError:
        return None
    data = _yaml_load(text[: cut + 1], name)
    if not isinstance(data, dict) or "units" in data:
        return None
    data["units"] = units
    return data


def read_file(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """The raw unit records of one gazetteer YAML file, validated (GazetteerError)."""
    name = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerError(f"{name}: cannot read: {exc}") from None
    data = _load_rows_fast(text, name)
    if data is None:
        data = _yaml_load(text, name)
    if not isinstance(data, Mapping) or not isinstance(data.get("units"), list):
        raise GazetteerError(f"{name}: expected a mapping with a list `units:`")
    columns = data.get("columns")
    if columns is not None and (
        not isinstance(columns, list) or "id" not in columns or set(columns) - UNIT_KEYS
    ):
        raise GazetteerError(
            f"{name}: `columns` must list unit keys ({', '.join(sorted(UNIT_KEYS))})"
        )
    records: list[dict[str, Any]] = []
    for number, raw in enumerate(data["units"], start=1):
        if isinstance(raw, list):
            # Compact row layout (the built-in file): values in the order of `columns`.
            if columns is None or len(raw) != len(columns):
                raise GazetteerError(
                    f"{name}: unit {number}: a row needs `columns:` and one value per column"
                )
            raw = {k: v for k, v in zip(columns, raw, strict=True) if v is not None}
        records.append(_check_record(name, number, raw))
    return records


def _check_record(file: str, number: int, raw: Any) -> dict[str, Any]:
    where = f"{file}: unit {number}"
    if not isinstance(raw, Mapping):
        raise GazetteerError(f"{where}: expected a mapping, got {type(raw).__name__}")
    unknown = sorted(str(k) for k in raw if k not in UNIT_KEYS)
    if unknown:
        raise GazetteerError(f"{where}: unknown key(s) {', '.join(unknown)}")
    code = raw.get("id")
    if isinstance(code, int) and not isinstance(code, bool):
        code = str(code)
    if not isinstance(code, str) or not code.isdigit() or not code.isascii():
        raise GazetteerError(f"{where}: `id` must be a SOATE code of digits, got {code!r}")
    where = f"{file}: unit {code}"
    record: dict[str, Any] = dict(raw)
    record["id"] = code
    level = record.get("level")
    if level is not None and level not in LEVELS:
        raise GazetteerError(f"{where}: level {level!r} is not one of {', '.join(LEVELS)}")
    for key in ("name", "name_ru", "name_en", "name_ru_full", "iso"):
        value = record.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise GazetteerError(f"{where}: `{key}` must be a non-empty string")
    parent = record.get("parent")
    if isinstance(parent, int) and not isinstance(parent, bool):
        record["parent"] = parent = str(parent)
    if parent is not None and (not isinstance(parent, str) or not parent.isdigit()):
        raise GazetteerError(f"{where}: `parent` must be a SOATE code of digits")
    aliases = record.get("aliases", [])
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise GazetteerError(f"{where}: `aliases` must be a list of names")
    record["aliases"] = aliases
    for key in ("lat", "lon"):
        value = record.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise GazetteerError(f"{where}: `{key}` must be a number")
    if record.get("src") is not None:
        record["src"] = _check_sources(where, record["src"])
    return record


def _check_sources(where: str, src: Any) -> Mapping[str, Any]:
    """A unit's `src`: a mapping field -> source, or its compact form
    "name=open-admin name_ru=soate-ru"."""
    if isinstance(src, str):
        pairs = [item.partition("=") for item in src.split()]
        if not all(sep and key and value for key, sep, value in pairs):
            raise GazetteerError(f"{where}: `src` must be `field=source ...` or a mapping")
        return {key: value for key, _, value in pairs}
    if not isinstance(src, Mapping):
        raise GazetteerError(f"{where}: `src` must be a mapping field -> source")
    return src


def _build(
    records: Sequence[dict[str, Any]], extra: Sequence[tuple[str, dict[str, Any]]]
) -> Gazetteer:
    """Units from the built-in records, then the user's records merged in (by id)."""
    merged: dict[str, dict[str, Any]] = {}
    for record in records:
        merged[record["id"]] = dict(record)
    for file, record in extra:
        code = record["id"]
        if code in merged:
            # An existing unit: aliases add up, other given fields replace.
            old = merged[code]
            aliases = list(old.get("aliases") or [])
            aliases += [a for a in record.get("aliases", []) if a not in aliases]
            old.update({k: v for k, v in record.items() if k != "aliases" and v is not None})
            old["aliases"] = aliases
        else:
            if record.get("level") is None or record.get("name") is None:
                raise GazetteerError(f"{file}: unit {code}: a new unit needs `level` and `name`")
            merged[code] = dict(record)
            merged[code]["_file"] = file
        mine = merged[code].setdefault("_user_aliases", [])
        mine += [a for a in record.get("aliases", []) if a not in mine]
    for code, record in merged.items():
        parent = record.get("parent")
        if parent is not None and parent not in merged:
            file = record.get("_file", "built-in gazetteer")
            raise GazetteerError(f"{file}: unit {code}: parent {parent} is not in the gazetteer")
    units: dict[str, Unit] = {}

    def make(code: str, depth: int = 0) -> Unit:
        if code in units:
            return units[code]
        if depth > 10:
            raise GazetteerError(f"unit {code}: its parents form a cycle")
        record = merged[code]
        parent_code = record.get("parent")
        oblast: str | None = None
        district: str | None = None
        if parent_code is not None:
            parent = make(parent_code, depth + 1)
            oblast = parent.id if parent.level == "oblast" else parent.oblast
            district = parent.id if parent.level == "district" else parent.district
        src = record.get("src") or {}
        unit = Unit(
            id=code,
            level=record["level"],
            name=record["name"],
            name_ru=record.get("name_ru"),
            name_en=record.get("name_en"),
            aliases=tuple(record.get("aliases") or ()),
            parent=parent_code,
            oblast=oblast,
            district=district,
            iso=record.get("iso"),
            lat=_float(record.get("lat")),
            lon=_float(record.get("lon")),
            name_ru_full=record.get("name_ru_full"),
            sources=tuple((str(k), str(v)) for k, v in src.items()),
            user_aliases=tuple(record.get("_user_aliases") or ()),
        )
        units[code] = unit
        return unit

    for code in merged:
        make(code)
    return Gazetteer(list(units.values()))


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def load(path: str | os.PathLike[str] | None = None, extra: Sequence[str] = ()) -> Gazetteer:
    """A gazetteer from `path` (default: the built-in file) plus extra user files."""
    # The user's files first: a bad one fails before the big file is read.
    extra_records = [(str(p), r) for p in extra for r in read_file(p)]
    records = read_file(path) if path is not None else _builtin_records()
    return _build(records, extra_records)


@cache
def _builtin_records() -> list[dict[str, Any]]:
    """The built-in file's records, parsed once per process (_build copies them)."""
    return read_file(builtin_path())


@cache
def with_extra(extra: tuple[str, ...] = ()) -> Gazetteer:
    """The built-in gazetteer plus these user files, loaded once per process for each
    set of files (GazetteerError for a bad file). resources.load wraps it."""
    return load(None, extra)


def default() -> Gazetteer:
    """The built-in gazetteer alone, loaded once per process. What a user's
    `--gazetteer FILE` adds is in resources.load(files).gazetteer."""
    return with_extra(())


__all__ = [
    "LEVELS",
    "Gazetteer",
    "GazetteerError",
    "Unit",
    "default",
    "fold_key",
    "load",
    "with_extra",
]
