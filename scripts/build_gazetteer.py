#!/usr/bin/env python3
"""Build data/gazetteer.yaml from the public sources copied into data/sources/.

    python scripts/build_gazetteer.py            # writes data/gazetteer.yaml
    python scripts/build_gazetteer.py --check    # exit 1 if the committed file is stale

Deterministic: the same sources give a byte-identical file (sorted units, fixed
number formats, no timestamps). See data/sources/SOURCES-README.md for what each
source holds, its licence and its known errors; the fixes applied here are listed
in the header of the output.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "data" / "sources"
OUTPUT = ROOT / "data" / "gazetteer.yaml"

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gazetteer_names import (  # noqa: E402 - the build's name rules
    add_named_after_aliases,
    clean,
    clean_village,
    fold,
    is_cyrillic,
    ky_from_ru,
    kyrgyz_spelling,
    looks_like_a_typo,
    ru_nominal,
    russian_to_kyrgyz_spellings,
    russified,
    strip_suffix,
)

# Short source keys used in every unit's `src` mapping, described in the header.
SOURCE_INFO: dict[str, dict[str, str]] = {
    "open-admin": {
        "title": "open-admin-data/kyrgyzstan-administrative-divisions",
        "url": "https://github.com/open-admin-data/kyrgyzstan-administrative-divisions",
        "commit": "b7c8acf2b87f51e3f2bca4a2936ef0be59e7617c",
        "licence": "CC-BY-4.0 (attribution: data/sources/open-admin-data-kg/CITATION.cff)",
        "gives": "Kyrgyz and English names, coordinates (approximate centroids)",
    },
    "soate-ru": {
        "title": "ГК СОАТЕ as transcribed in bomorov/KSTUHostel (CoateRecordSeed.cs)",
        "url": "https://github.com/bomorov/KSTUHostel",
        "commit": "123251fa814b1aebbc048bf65690ba5e170ae096",
        "licence": "none stated; the data is the official national classifier ГК СОАТЕ",
        "gives": "the SOATE tree, Russian names, villages",
    },
    "hdx-cod-ab": {
        "title": "HDX/OCHA COD-AB ADM2 (Ministry of Emergency Situations, 2018-11-19) via WFP-VAM/prism-app",
        "url": "https://github.com/WFP-VAM/prism-app",
        "commit": "d60adbde8b76fc12bc3c923834accf1d265f4029",
        "licence": "MIT (repository); COD-AB on HDX, usually CC BY-IGO",
        "gives": "district and city names in ky/ru/en, representative points",
    },
    "wfp": {
        "title": "WFP DataViz district and province tables via WFP-VAM/prism-app",
        "url": "https://github.com/WFP-VAM/prism-app",
        "commit": "d60adbde8b76fc12bc3c923834accf1d265f4029",
        "licence": "MIT (repository)",
        "gives": "other English romanisations (aliases)",
    },
    "wof": {
        "title": "Who's On First, whosonfirst-data-admin-kg (localities mostly from GeoNames)",
        "url": "https://github.com/whosonfirst-data/whosonfirst-data-admin-kg",
        "commit": "8d126343dd9220dc59f0cc5ef214781d484acd84",
        "licence": "CC-BY (Who's On First, data/sources/whosonfirst-kg/LICENSE.md); GeoNames CC-BY-4.0",
        "gives": "Kyrgyz names and coordinates of villages (matched on Russian name and distance)",
    },
    "wof-namesake": {
        "title": "Who's On First: the Kyrgyz spelling of same-named localities of the oblast",
        "url": "https://github.com/whosonfirst-data/whosonfirst-data-admin-kg",
        "commit": "8d126343dd9220dc59f0cc5ef214781d484acd84",
        "licence": "CC-BY (as wof)",
        "gives": "the Kyrgyz name of a village WOF lacks, when every namesake is spelled alike",
    },
    "iso3166": {
        "title": "ISO 3166-2:KG from Debian iso-codes via pycountry 26.2.16",
        "url": "https://salsa.debian.org/iso-codes-team/iso-codes",
        "commit": "pycountry 26.2.16",
        "licence": "LGPL-2.1",
        "gives": "ISO 3166-2 codes of the oblasts and the two republican cities",
    },
    "vap": {
        "title": "data/sources/aliases.yaml (hand-made for vap) and rules of this script",
        "url": "",
        "commit": "",
        "licence": "MIT (vap)",
        "gives": "aliases, fixes of source errors, Russian nominatives derived from adjectives"
        " and from a person's genitive (Им. Кирова -> Киров)",
    },
}

MISSING = [
    "The 2023-2024 reform (235 enlarged ayil aimaks replacing 452, enlarged cities, "
    "renames such as Jalal-Abad city -> Manas in 2025) is NOT in this file: no public "
    "data source lists the new units. Every unit here is pre-reform (SOATE about 2019-2021).",
    "17 ayil aimaks have no Kyrgyz name in any source; their `name` is derived from the "
    "Russian (src name: vap).",
    "About a third of the villages have no Kyrgyz name in any source: they carry the "
    "Russian name as `name` (src name: soate-ru; count below), plus a Kyrgyz-spelling "
    "alias where the rules Дж->Ж, Кек-->Көк- apply.",
    "Villages under Osh city are missing from the SOATE transcription; Bishkek's four city "
    "districts are districts of the city (Kyrgyz names: vap); their settlements are "
    "attached to Bishkek itself.",
    "Coordinates are approximate (polygon centroids or GeoNames points).",
]

LEVEL_OF_TYPE = {
    "oblast": "oblast",
    "city_republican": "city",
    "city_oblast_significance": "city",
    "district": "district",
    # Bishkek's four city districts (Ленин району, Ленинский район): districts of the
    # city, named in the press like any district; their Kyrgyz names are hand data.
    "city_district": "district",
    "ayil_aimak": "ayil_aimak",
    # Kyrgyz calls every city "шаар" (Кемин шаары, Кант шаары, Өзгөн шаары), whatever
    # its significance; "town" is the шаарча, the urban-type settlement.
    "town_district_significance": "city",
    "urban_type_settlement": "town",
    "village_under_town_or_city": "village",
    "other": "village",
}
BISHKEK = "41711000000000"


@dataclass
class Rec:
    id: str
    level: str
    name: str
    name_ru: str | None = None
    name_en: str | None = None
    name_ru_full: str | None = None
    aliases: list[str] = field(default_factory=list)
    parent: str | None = None
    iso: str | None = None
    lat: float | None = None
    lon: float | None = None
    src: dict[str, str] = field(default_factory=dict)


# ------------------------------------------------------------ text helpers


def num(value: str | None, digits: int = 3) -> float | None:
    if value in (None, ""):
        return None
    return round(float(value), digits)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat = math.radians(lat2 - lat1)
    dlon = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(dlat, dlon)


# ------------------------------------------------------------ readers


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def build_records() -> tuple[dict[str, Rec], dict[str, int]]:
    records: dict[str, Rec] = {}
    stats: dict[str, int] = defaultdict(int)
    _level12_records(records)
    _level3_records(records, stats)
    add_villages(records, stats)
    apply_hand_data(records)
    add_named_after_aliases(records)
    return records, stats


def _level12_records(records: dict[str, Rec]) -> None:
    # Levels 1-2: oblasts, republican cities, districts, cities of oblast significance.
    for row in read_csv(SOURCES / "derived" / "level1_2_crosswalk_pre_reform.csv"):
        level = LEVEL_OF_TYPE.get(row["unit_type"])
        if level is None:  # the malformed Osh duplicate
            continue
        ky = clean(row["name_ky_open_admin"] or row["name_ky_hdx"])
        ky = strip_suffix(ky, (" ш.",))
        en = strip_suffix(clean(row["name_en_open_admin"] or row["name_en_hdx"]), (" (city)",))
        ru_official = clean(row["name_ru_kstuhostel"])
        rec = Rec(
            id=row["soate"],
            level=level,
            name=ky,
            name_ru=ru_nominal(ru_official, ky),
            name_en=en or None,
            name_ru_full=ru_official if level in ("district", "oblast") else None,
            parent=row["parent_soate"] or None,
            iso=row["iso3166_2"] or None,
            src={"name": "open-admin", "name_ru": "soate-ru", "name_en": "open-admin"},
        )
        if not en:  # Bishkek's city districts have no English name there
            del rec.src["name_en"]
        if row["iso3166_2"]:
            rec.src["iso"] = "iso3166"
        lat, lon = num(row["lat_open_admin"]), num(row["lon_open_admin"])
        if lat is not None and lon is not None:
            rec.lat, rec.lon = lat, lon
            rec.src["latlon"] = "open-admin"
        wfp_en = clean(row["name_en_wfp"])
        if wfp_en:
            rec.aliases.append(wfp_en)
        wfp_ky = clean(row["name_ky_wfp"])
        if wfp_ky and not wfp_ky.endswith("ский"):
            rec.aliases.append(wfp_ky)
        hdx_ru = clean(row["name_ru_hdx"])
        if hdx_ru.startswith("г."):
            rec.aliases.append(hdx_ru[2:].strip())
        records[rec.id] = rec


def _level3_records(records: dict[str, Rec], stats: dict[str, int]) -> None:
    # Level 3: ayil aimaks, towns, urban-type settlements, villages under towns.
    for row in read_csv(SOURCES / "derived" / "level3_crosswalk_pre_reform.csv"):
        level = LEVEL_OF_TYPE[row["unit_type"]]
        if not row["name_ru"]:  # polygon artefacts of open-admin ("Чатыр Көл", "Белгисиз")
            continue
        ru_official = clean(row["name_ru"])
        ky = clean(row["name_ky"])
        ky = strip_suffix(ky, (" атындагы",))  # "Токтомат Зулпуев атындагы" -> the person's name
        name_ru = ru_nominal(ru_official, ky or None) if level == "ayil_aimak" else ru_official
        src = {"name_ru": "soate-ru"}
        if ky:
            src["name"] = "open-admin"
        else:
            ky = ky_from_ru(name_ru)
            src["name"] = "vap" if level == "ayil_aimak" else "soate-ru"
        en = strip_suffix(clean(row["name_en"]), (" (city)",))
        if en:
            src["name_en"] = "open-admin"
        parent = row["parent_soate"]
        code = row["soate"]
        if level == "village" and code[8] == "6":
            # A village of a town of district significance (41703211610810 of Кербен
            # 41703211610010): the SOATE list puts it under the district; its code says the town.
            towns = [c for c, r in records.items() if c[:11] == code[:11] and r.level == "city"]
            parent = towns[0] if len(towns) == 1 else parent
        if parent.startswith("41711") and parent != BISHKEK:
            parent = BISHKEK  # a village of Bishkek is the city's (SOATE lists it by district)
        rec = Rec(
            id=code,
            level=level,
            name=ky,
            name_ru=name_ru,
            name_en=en or None,
            name_ru_full=ru_official if level == "ayil_aimak" else None,
            parent=parent,
            src=src,
        )
        lat, lon = num(row["lat"]), num(row["lon"])
        if lat is not None and lon is not None:
            rec.lat, rec.lon = lat, lon
            rec.src["latlon"] = "open-admin"
        records[code] = rec
        stats[f"level3 {row['unit_type']}"] += 1


def _village_localities(
    villages: list[Rec], records: dict[str, Rec], wof: dict[str, list[dict[str, Any]]]
) -> dict[str, dict[str, Any]]:
    """The locality of each village that has one, by village code."""
    # Every (village, locality) pair that could match, best first; each village and
    # each locality is used once, so a near namesake cannot take a village's name twice.
    pairs = []
    for rec in villages:
        for rank, locality in wof_candidates(
            rec.name_ru or "", rec.id[3:5], records[rec.parent or ""], wof
        ):
            pairs.append((rank, rec.id, locality["wof_id"], locality))
    pairs.sort(key=lambda p: (p[0], p[1], p[2]))
    code_name = {rec.id: rec.name_ru or "" for rec in villages}
    matched: dict[str, dict[str, Any]] = {}
    used: set[str] = set()
    for rank, code, wof_id, locality in pairs:
        if code in matched:
            continue
        if wof_id not in used:
            matched[code] = locality
            used.add(wof_id)
        elif (
            rank[0] == 0
            and max(fuzz.ratio(fold(code_name[code]), k) for k in locality["ky_keys"])
            >= KY_SIMILARITY_MIN
        ):
            # Two villages of one exact name near each other: the Kyrgyz name is the
            # same, but the point belongs to the other one.
            matched[code] = {**locality, "lat": None, "lon": None}
    return matched


def add_villages(records: dict[str, Rec], stats: dict[str, int]) -> None:
    """The 1,855 villages of the SOATE list, with Kyrgyz names where a source gives one."""
    rows = read_csv(SOURCES / "kstuhostel-soate-2021" / "soate_ru_2021.csv")
    seed_code = {r["seed_id"]: r["soate"] for r in rows}
    wof = load_wof()
    villages: list[Rec] = []
    for row in rows:
        if row["coate_type"] != "Village":
            continue
        code = row["soate"]
        parent = seed_code[row["parent_seed_id"]]
        if parent not in records:
            stats["village without parent (skipped)"] += 1
            continue
        name_ru = clean_village(row["name_ru"])
        villages.append(Rec(id=code, level="village", name=name_ru, name_ru=name_ru, parent=parent,
                            src={"name_ru": "soate-ru"}))  # fmt: skip
    # The settlements the SOATE list puts directly under towns and cities (level 3).
    villages += [r for r in records.values() if r.level == "village"]
    matched = _village_localities(villages, records, wof)
    namesakes = wof_spellings(wof)
    for rec in villages:
        aa = records[rec.parent or ""]
        match = matched.get(rec.id)
        if match is not None:
            rec.name = match["ky"]
            rec.src["name"] = "wof"
            if looks_like_a_typo(match["ky"], rec.name_ru or ""):
                # "Кызык-Арык" for Кызыл-Арык, "Ынтырмак" for Ынтымак: the official
                # name wins, in Kyrgyz spelling; the locality's spelling stays an alias.
                rec.aliases.append(match["ky"])
                rec.name = kyrgyz_spelling(rec.name_ru or "")
                rec.src["name"] = "soate-ru"
                stats["village ky: wof spelling rejected as a likely typo (Russian kept)"] += 1
            else:
                stats["village ky from wof"] += 1
            if match["en"]:
                rec.name_en = match["en"]
                rec.src["name_en"] = "wof"
            if match["lat"] is not None:
                rec.lat, rec.lon = match["lat"], match["lon"]
                rec.src["latlon"] = "wof"
        elif (
            aa.name_ru
            and fold(aa.name_ru) == fold(rec.name_ru or "")
            and aa.src.get("name") == "open-admin"
        ):
            # The village that gives its ayil aimak its name: "Жазы" in Жазы AA.
            rec.name = aa.name
            rec.src["name"] = "open-admin"
            stats["village ky from its ayil aimak"] += 1
        elif (rec.id[3:5], fold(rec.name_ru or "")) in namesakes:
            # No locality here, but every namesake in the oblast is spelled one way in Kyrgyz.
            rec.name = namesakes[(rec.id[3:5], fold(rec.name_ru or ""))]
            rec.src["name"] = "wof-namesake"
            stats["village ky from a namesake in wof"] += 1
        else:
            rec.src["name"] = "soate-ru"
            stats["village ky unknown (Russian name kept)"] += 1
        rec.aliases += russian_to_kyrgyz_spellings(rec.name_ru or "")
        records[rec.id] = rec


def wof_spellings(wof: dict[str, list[dict[str, Any]]]) -> dict[tuple[str, str], str]:
    """(oblast, folded Russian name) -> Kyrgyz name, when all the localities of that
    Russian name in the oblast agree on it and it looks like the Russian
    (so that a rename such as Комсомольское -> Кытай is not spread to namesakes)."""
    spellings: dict[tuple[str, str], set[str]] = defaultdict(set)
    for oblast, localities in wof.items():
        for c in localities:
            for key in c["primary_keys"]:
                if max(fuzz.ratio(key, k) for k in c["ky_keys"]) >= NAMESAKE_SIMILARITY_MIN:
                    spellings[(oblast, key)].add(c["ky"])
    return {k: next(iter(v)) for k, v in spellings.items() if len(v) == 1}


def load_wof() -> dict[str, list[dict[str, Any]]]:
    """Who's On First localities with a Kyrgyz name, by oblast code (2 digits)."""
    rows = read_csv(SOURCES / "whosonfirst-kg" / "wof_kg_places.csv")
    regions: dict[str, str] = {}
    iso_oblast = {"KG-Y": "02", "KG-J": "03", "KG-N": "04", "KG-B": "05", "KG-O": "06",
                  "KG-T": "07", "KG-C": "08", "KG-GB": "11", "KG-GO": "21"}  # fmt: skip
    by_name = {"Ysyk-Köl": "02", "Issyk-Kul": "02", "Jalal-Abad": "03", "Naryn": "04",
               "Batken": "05", "Osh": "06", "Talas": "07", "Chüy": "08", "Chuy": "08",
               "Bishkek": "11", "Osh City": "21"}  # fmt: skip
    for row in rows:
        if row["placetype"] == "region":
            # The Jalal-Abad region carries Chüy's ISO code: trust the name first.
            code = by_name.get(row["name"]) or iso_oblast.get(row["iso_code"])
            if code:
                regions[row["wof_id"]] = code
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        if row["placetype"] != "locality" or not row["name_kir"] or row["deprecated"]:
            continue
        oblast = regions.get(row["region_id"])
        if oblast is None or not row["lat"]:
            continue
        ru_names = [clean(n) for n in [row["name_rus"], *row["name_rus_variant"].split("|")] if n]
        ky = clean(row["name_kir"])
        ky = ky[:1].upper() + ky[1:]  # "чоюнчу"
        if not is_cyrillic(ky):
            continue
        out[oblast].append({
            "wof_id": row["wof_id"],
            "ky": ky,
            "en": clean(row["name_eng"]) or None,
            "ru_keys": {fold(n) for n in ru_names if is_cyrillic(n)} | {fold(ky)},
            "primary_keys": {fold(n) for n in ru_names[:1] if is_cyrillic(n)} | {fold(ky)},
            "ky_keys": {fold(n) for n in russified(ky)},
            "lat": round(float(row["lat"]), 3),
            "lon": round(float(row["lon"]), 3),
        })  # fmt: skip
    return out


# A locality matches a village when its Russian name is the same (folded) or very
# close, and it lies near the village's ayil aimak (whose centroid we know).
MAX_KM_EXACT = 40.0
MAX_KM_FUZZY = 25.0
FUZZY_MIN = 88
KY_SIMILARITY_MIN = 60
NAMESAKE_SIMILARITY_MIN = 70


def wof_candidates(
    name_ru: str, oblast: str, aa: Rec, wof: dict[str, list[dict[str, Any]]]
) -> list[tuple[tuple[int, float, float], dict[str, Any]]]:
    """Localities that may be this village, each with a rank (smaller is better):
    exact Russian name first, then by fuzzy score, then by distance."""
    key = fold(name_ru)
    near = aa.lat is not None and aa.lon is not None
    out = []
    for c in wof.get(oblast, []):
        if (
            key not in c["primary_keys"]
            and max(fuzz.ratio(key, k) for k in c["ky_keys"]) < KY_SIMILARITY_MIN
        ):
            # Matched only through a variant (often a former Soviet name: "Нариман" for
            # Жийдалик): the Kyrgyz name must then look like the Russian one.
            continue
        d = distance_km(aa.lat, aa.lon, c["lat"], c["lon"]) if near else 0.0  # type: ignore[arg-type]
        if key in c["ru_keys"]:
            if not near or d <= MAX_KM_EXACT:
                out.append(((0, 0.0, round(d, 3)), c))
        elif near and d <= MAX_KM_FUZZY:
            score = max(fuzz.ratio(key, k) for k in c["ru_keys"])
            if score >= FUZZY_MIN:
                out.append(((1, -round(score, 3), round(d, 3)), c))
    return out


def apply_hand_data(records: dict[str, Rec]) -> None:
    with (SOURCES / "aliases.yaml").open(encoding="utf-8") as handle:
        hand = yaml.safe_load(handle)
    for code, fixes in (hand.get("fixes") or {}).items():
        rec = records[str(code)]
        for key, value in fixes.items():
            old = getattr(rec, key)
            if key == "name" and old and old not in rec.aliases:
                rec.aliases.append(old)  # the source's spelling stays findable
            setattr(rec, key, value)
            rec.src[key] = "vap"
    for code, aliases in (hand.get("aliases") or {}).items():
        rec = records[str(code)]
        rec.aliases.extend(aliases or [])
    # Aliases that fold to a key the unit already has add nothing.
    for rec in records.values():
        seen = {fold(n) for n in (rec.name, rec.name_ru, rec.name_en) if n}
        kept = []
        for alias in rec.aliases:
            alias = clean(alias)
            key = fold(alias)
            if key and key not in seen:
                seen.add(key)
                kept.append(alias)
        rec.aliases = kept


# ------------------------------------------------------------ output


def q(value: Any) -> str:
    """A YAML scalar: strings JSON-quoted (valid YAML, and fast to parse)."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float):
        text = f"{value:.3f}".rstrip("0")
        return text + "0" if text.endswith(".") else text
    return str(value)


COLUMNS = ("id", "level", "name", "name_ru", "name_en", "name_ru_full", "aliases", "parent",
           "iso", "lat", "lon", "src")  # fmt: skip


def unit_row(rec: Rec) -> str:
    """One unit as a flow sequence in the order of COLUMNS (a compact layout that
    loads about three times faster than one mapping per unit)."""
    src = " ".join(f"{k}={v}" for k, v in sorted(rec.src.items()))
    values: list[Any] = [rec.id, rec.level, rec.name, rec.name_ru, rec.name_en, rec.name_ru_full,
                         rec.aliases, rec.parent, rec.iso, rec.lat, rec.lon, src]  # fmt: skip
    out = []
    for value in values:
        if value is None:
            out.append("null")
        elif isinstance(value, list):
            out.append("[" + ", ".join(q(v) for v in value) + "]")
        else:
            out.append(q(value))
    return "- [" + ", ".join(out) + "]"


LEVEL_ORDER = ("oblast", "city", "district", "town", "ayil_aimak", "village")


def render(records: dict[str, Rec], stats: dict[str, int]) -> str:
    counts = {lvl: sum(1 for r in records.values() if r.level == lvl) for lvl in LEVEL_ORDER}
    lines = [
        "# Gazetteer of Kyrgyzstan: administrative-territorial units keyed by SOATE code.",
        "# GENERATED by scripts/build_gazetteer.py from data/sources/ -- do not edit by hand;",
        "# edit data/sources/aliases.yaml (aliases, fixes) and rebuild.",
        "#",
        "# Each unit (one row, see `columns`): id (SOATE), level, name (Kyrgyz, without type word), name_ru, name_en,",
        "# name_ru_full (official Russian with type word), aliases, parent (code), iso",
        "# (ISO 3166-2), lat/lon (approximate), src (field -> source key, see `sources`).",
        "#",
        "# Fixes applied to the sources: U+04CA ӊ -> ң; Latin look-alike letters inside",
        '# Cyrillic names; "Ak-Bashy" -> At-Bashy, "Kochokor" -> Kochkor; Jalal-Abad oblast',
        '# "Жалалабат" -> Жалал-Абад (kept as alias); "Тонский районрайон"; double spaces;',
        "# Who's On First region/county layers are not used (misplaced names, Jalal-Abad with",
        "# Chüy's ISO code): only its localities, matched by Russian name near the ayil aimak.",
        "#",
        "# KNOWN TO BE MISSING:",
        *[f"#  - {m}" for m in MISSING],
        "#",
        "# Counts: " + ", ".join(f"{k} {v}" for k, v in counts.items()),
        *[f"#   {k}: {v}" for k, v in sorted(stats.items())],
        "",
        "format: 1",
        "sources:",
    ]
    for key, info in SOURCE_INFO.items():
        lines.append(f"  {key}:")
        for field_name in ("title", "url", "commit", "licence", "gives"):
            lines.append(f"    {field_name}: {q(info[field_name])}")
    lines.append("missing:")
    lines += [f"  - {q(m)}" for m in MISSING]
    lines.append("counts: {" + ", ".join(f"{k}: {v}" for k, v in counts.items()) + "}")
    lines.append("# One row per unit, values in the order of `columns` (null = not known).")
    lines.append("columns: [" + ", ".join(COLUMNS) + "]")
    lines.append("units:")
    for rec in sorted(records.values(), key=lambda r: r.id):
        lines.append(unit_row(rec))
    return "\n".join(lines) + "\n"


def build() -> str:
    records, stats = build_records()
    return render(records, stats)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date: run scripts/build_gazetteer.py", file=sys.stderr)
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
