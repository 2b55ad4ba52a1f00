#!/usr/bin/env python3
"""The swap test: does the parser still get a fact right when the construction stays and
the words change? (docs/EVALUATION.md, "The swap test")

Usage: python scripts/swap_eval.py GOLD_DIR TEXTS_DIR [--split tune|all] [--seeds 1 2 3]
           [--swaps places,unknown,numbers,days,years,persons,keyboard,all] [--out DIR]
           [--show N] [--jobs N]

Each document of the split (tune by default: the check part is never read, neither its
texts nor its gold; `all` is for a corpus with no check part) is copied, in a temporary
folder outside the repository, once per seed and named swap, with its gold transformed
to match; each copy is scored with the project's scorer (vap_cli.evaluate, --strict)
next to the unperturbed documents. A swap keeps the construction and changes the words:

- places: a gold place's name, where it stands in the text, becomes another unit of the
  same level whose name has the same shape (one word or hyphenated) and takes the same
  endings where an ending follows it (morph.suffixes_for: "Сокулукта" -> "Ноокатта",
  not "Аксыта"); a Russian name and its adjective ("Кочкорского района") where the
  gazetteer gives the new unit's. Units stay inside each other: a village swapped inside
  the district its district was swapped for, else inside its own parent; a unit whose
  child cannot follow keeps its name. Only units with a Kyrgyz name in the sources and
  no namesake at their level or a broader one; never a page's clock ("Бишкек убактысы").
- unknown: in Kyrgyz texts, a village or ayil aimak named with its type word becomes a
  name the gazetteer lacks, made of two parts of its names ("Кара-Булак"): a unit the
  sources missed or the 2023-2024 reform made.
- numbers: digits that are no date, year, phone, code or range become other numbers of
  as many digits, the same Russian agreement class (1, 2-4, 5+) and, where an ending is
  glued on, the same Kyrgyz ending class ("20дан" -> "40тан" is not made); the order of
  all the text's numbers is kept (a part stays below its whole), a total with its parts
  is left, "3 миң" counts as 3000; gold counts follow; counts in words stay.
- days: a gold date's day, in every form the text writes it (a month word after it or
  after a list of days, a numeric date), becomes another day of the same month, the
  order of the month's days kept.
- years: every year of the text and the gold shifted by one constant (negative).
- persons: a surname in -ов/-ев becomes another made from a Kyrgyz given name of the
  lexicon with the same suffix, a given name another of the same gender and section of
  the lexicon, first letter (initials stay right), last letter and ending class, in every
  case form the text writes.
- keyboard: a Kyrgyz text typed on a Russian keyboard (ң ө ү as н о у); the scorer folds
  them alike, the gold stays.
- all: the seven in turn.

--show N prints the changed lines of N documents of each swap (the first seed), to read
by eye that a swap is faithful. The report lists every fact right on the original and
wrong after a swap, with the swap's changes in that document.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import os
import random
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from vap_cli import lexicon, morph
from vap_cli.evaluate import FIELDS, evaluate, gold_keys, split_of
from vap_cli.fold import fold
from vap_cli.gazetteer import Gazetteer, Unit, default

SWAPS = ("places", "unknown", "numbers", "days", "years", "persons", "keyboard")
LEVELS = ("oblast", "district", "city", "town", "ayil_aimak", "village")
# Russian endings of a noun or name after its stem (Бишкек-е, Асанов-а, Айнур-ой).
RU_ENDINGS = frozenset("а у ы и е ю я ой ей ою ом ем ым ых ыми ам ах ями".split())
WORD_AFTER = r"(\w*)(?!\w|-\w)"
BEFORE = r"(?<![\w-])"


@dataclass
class Doc:
    name: str  # the text's file name
    text: str
    gold: dict[str, Any]
    changes: list[str] = field(default_factory=list)


Edit = tuple[int, int, str]


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """`text` with each (start, end, new) put in; an edit overlapping an earlier one is dropped."""
    out, at = [], 0
    for start, end, new in sorted(edits):
        if start < at:
            continue
        out += [text[at:start], new]
        at = end
    return "".join(out) + text[at:]


def same_case(found: str, new: str) -> str:
    return new.upper() if found.isupper() and len(found) > 1 else new


PLAIN = str.maketrans("ңөүҢӨҮ", "ноуНОУ")


def plain(word: str) -> str:
    """A Kyrgyz word typed on a Russian keyboard (ң ө ү as н о у), as pages often write it."""
    return word.translate(PLAIN)


@dataclass
class Site:
    start: int
    end: int  # the word's end, ending included
    found: str  # the stem as written
    ending: str
    typed_plain: bool  # written without the Kyrgyz letters

    def put(self, new: str) -> Edit:
        """The stem replaced by `new`, written as the text wrote the old one."""
        new = plain(new) if self.typed_plain else new
        return (self.start, self.start + len(self.found), same_case(self.found, new))


def occurrences(text: str, stem: str) -> Iterable[Site]:
    """`stem` as written and in capitals, as a word's start, with the letters after it;
    also typed without the Kyrgyz letters."""
    forms = {(stem, False), (stem.upper(), False)}
    if plain(stem) != stem:
        forms |= {(plain(stem), True), (plain(stem).upper(), True)}
    for form, typed_plain in forms:
        for m in re.finditer(BEFORE + re.escape(form) + WORD_AFTER, text):
            yield Site(m.start(), m.end(), form, m.group(1), typed_plain)


# Every Kyrgyz ending in any harmony (a page's slip, "Молдоевго", is still an ending).
ANY_KY_ENDING = frozenset().union(
    *(morph.suffixes_for(w) for w in "бала ат тоо кол китеп эт көл өт кыз үй тил".split())
)


def ending_ok(stem: str, ending: str) -> bool:
    """A Kyrgyz ending, a Russian case ending, or (a name in a vowel) its vowel and a
    Kyrgyz ending ("Айнур" + "ага")."""
    low = ending.lower()
    if not low or low in RU_ENDINGS or low in ANY_KY_ENDING:
        return True
    return low[1:] in morph.suffixes_for((stem + low[0]).lower())


def text_words(text: str) -> set[str]:
    return {fold(w) for w in re.findall(r"[\w-]+", text)}


# ---------------------------------------------------------------------------- places

BROAD = ("oblast", "city", "district", "town")


class Places:
    """Units by level; a swap takes a unit with a Kyrgyz name from the sources, whose name
    no other unit of its level or of a broader level has (no namesake brought in)."""

    def __init__(self, g: Gazetteer, given: set[str]) -> None:
        self.g = g
        self.by_level: dict[str, list[Unit]] = {
            lv: [u for u in g.units(lv) if self.usable(u, given)] for lv in LEVELS
        }

    def usable(self, unit: Unit, given: set[str]) -> bool:
        if dict(unit.sources).get("name") in ("soate-ru", "vap") or "." in unit.name:
            return False
        if fold(unit.name) in given:
            return False
        for name in filter(None, (unit.name, unit.name_ru)):
            others = [u for u in self.g.lookup(name) if u.id != unit.id]
            if any(u.level == unit.level or u.level in BROAD for u in others):
                return False
        return True


def adjective(unit: Unit | None) -> tuple[str, str] | None:
    """(stem, type words) of a unit's official Russian adjective: ("Кочкор", "район")."""
    if unit is None or not unit.name_ru_full or " " not in unit.name_ru_full:
        return None
    first, rest = unit.name_ru_full.split(" ", 1)
    stem = morph.russian_adjective_stem(first)
    return (stem, rest) if stem else None


@dataclass
class PlaceSite:
    site: Site
    kind: str  # "ky" (Kyrgyz name), "ru" (Russian name), "adj" (Russian adjective's stem)


# A site's clock after a city's name ("Бишкек убактысы", "Бишкек времени"): page chrome.
CLOCK_AFTER = re.compile(r"\s+(?:убакты|времени|время)", re.IGNORECASE)


def place_sites(text: str, name: str, unit: Unit | None) -> list[PlaceSite] | None:
    """Where the place is written; None when a word starts with its name and is no form
    of it ("Бишкекского" with no adjective known): the swap would leave it behind."""
    forms = {name: "ru" if unit and name == unit.name_ru != unit.name else "ky"}
    if unit is not None:
        forms.setdefault(unit.name, "ky")
        if unit.name_ru:
            forms.setdefault(unit.name_ru, "ru")
    adj = adjective(unit)
    if adj:
        forms.setdefault(adj[0], "adj")
    sites, stray = [], []
    for form, kind in forms.items():
        for site in occurrences(text, form):
            ok = (
                site.ending.lower() in morph.russian_unit_adjective_endings()
                if kind == "adj"
                else ending_ok(form, site.ending)
            )
            (sites if ok else stray).append(PlaceSite(site, kind))
    sites = [p for p in sites if not CLOCK_AFTER.match(text, p.site.end)]
    starts = {p.site.start for p in sites}
    if any(p.site.start not in starts for p in stray):
        return None
    return sites


def _shape(name: str) -> tuple[int, bool]:
    return name.count("-"), " " in name


def _fits(old: Unit | None, name: str, new: Unit, sites: list[PlaceSite]) -> bool:
    """`new` can stand at every site of `name` (unit `old`) with the same endings."""
    if _shape(new.name) != _shape(name):
        return False
    return all(_fits_site(old, name, new, p) for p in sites)


def _fits_site(old: Unit | None, name: str, new: Unit, p: PlaceSite) -> bool:
    ending = p.site.ending.lower()
    if p.kind == "adj":
        new_adj, old_adj = adjective(new), adjective(old)
        return bool(new_adj and old_adj and new_adj[1] == old_adj[1])
    written = new.name if p.kind == "ky" else new.name_ru
    if not written or _shape(written) != _shape(p.site.found):
        return False
    if not ending:
        return True
    if ending in RU_ENDINGS and ending not in ANY_KY_ENDING:
        return written[-1] == p.site.found[-1]
    return morph.suffixes_for(written.lower()) == morph.suffixes_for(p.site.found.lower())


def pick_unit(
    places: Places,
    level: str,
    name: str,
    old: Unit | None,
    sites: list[PlaceSite],
    taken: set[str],
    rng: random.Random,
    anchor: Unit | None,
) -> Unit | None:
    """A unit for `name`: inside the unit its parent was swapped for (`anchor`), else of
    the old unit's parent, else of its oblast, else any."""
    pool = [
        u
        for u in places.by_level[level]
        if fold(u.name) not in taken
        and fold(u.name_ru or u.name) not in taken
        and _fits(old, name, u, sites)
    ]
    tiers: list[Callable[[Unit], bool]] = []
    if anchor is not None:
        tiers.append(lambda u: anchor.id in (u.parent, u.district, u.oblast))
    elif old is not None:
        tiers += [lambda u: u.parent == old.parent, lambda u: u.oblast == old.oblast]
    tiers.append(lambda u: anchor is None)
    for near in tiers:
        chosen = [u for u in pool if near(u)]
        if chosen:
            return rng.choice(chosen)
    return None


def _site_text(p: PlaceSite, new: Unit) -> Edit:
    if p.kind == "adj":
        adj = adjective(new)
        base = adj[0] if adj else new.name
    else:
        base = new.name if p.kind == "ky" else (new.name_ru or new.name)
    return p.site.put(base)


def _anchor(old: Unit | None, swapped: dict[str, PlacePlan]) -> PlacePlan | None:
    """The swap of `old`'s nearest swapped ancestor."""
    if old is None:
        return None
    return next((swapped[c] for c in (old.parent, old.district, old.oblast) if c in swapped), None)


def _old_unit(g: Gazetteer, name: str, level: str, named: set[str]) -> Unit | None:
    """The unit of `name` the text means: of its namesakes, the one inside a unit the
    text also names."""
    units = g.lookup(name, level)
    for unit in units:
        wider = [g.get(c) for c in (unit.parent, unit.district, unit.oblast) if c]
        if any(w is not None and fold(w.name) in named for w in wider):
            return unit
    return units[0] if units else None


@dataclass
class PlacePlan:
    level: str
    name: str
    old: Unit | None
    sites: list[PlaceSite]
    new: Unit
    anchor: PlacePlan | None

    @property
    def written(self) -> str:
        old, new = self.old, self.new
        return (
            (new.name_ru or new.name) if old and self.name == old.name_ru != old.name else new.name
        )


def _plan_places(
    doc: Doc, parsed: list[tuple[str, str]], res: Resources, rng: random.Random
) -> list[PlacePlan]:
    names = Counter(fold(n) for _, n in parsed)
    person_words = {fold(w) for p in doc.gold.get("persons") or [] for w in str(p).split()}
    taken = text_words(doc.text) | set(names)
    named = {fold(n) for _, n in parsed}
    plans: list[PlacePlan] = []
    swapped: dict[str, PlacePlan] = {}
    for level, name in sorted(
        set(parsed), key=lambda p: (LEVELS.index(p[0]) if p[0] in LEVELS else 9, parsed.index(p))
    ):
        if (
            level not in LEVELS
            or names[fold(name)] > 1
            or " " in name
            or fold(name) in person_words | _inner_words(parsed)
        ):
            continue
        old = _old_unit(res.places.g, name, level, named)
        sites = place_sites(doc.text, name, old)
        anchor = _anchor(old, swapped)
        new = (
            pick_unit(
                res.places, level, name, old, sites, taken, rng, anchor.new if anchor else None
            )
            if sites
            else None
        )
        if new is None or sites is None:
            continue
        plan = PlacePlan(level, name, old, sites, new, anchor)
        plans.append(plan)
        if old is not None:
            swapped[old.id] = plan
        taken |= {fold(new.name), fold(new.name_ru or new.name)}
    return _coherent(plans, parsed, res.places.g, named)


def _coherent(
    plans: list[PlacePlan], parsed: list[tuple[str, str]], g: Gazetteer, named: set[str]
) -> list[PlacePlan]:
    """The swaps left when a unit the text names inside a swapped one could not follow it
    (its district swapped, it not): that district keeps its name, and so do the units
    swapped inside it."""
    while True:
        by_old = {p.old.id: p for p in plans if p.old is not None}
        kept = {(p.level, p.name) for p in plans}
        stuck = set()
        for level, name in parsed:
            old = _old_unit(g, name, level, named)
            if old is None or (level, name) in kept:
                continue
            stuck |= {id(by_old[c]) for c in (old.parent, old.district, old.oblast) if c in by_old}
        if not stuck:
            return plans
        plans = [
            p for p in plans if id(p) not in stuck and not (p.anchor and id(p.anchor) in stuck)
        ]
        for p in plans:
            if p.anchor is not None and p.anchor not in plans:
                p.anchor = None


def swap_places(doc: Doc, rng: random.Random, res: Resources, unknown: bool = False) -> list[Edit]:
    entries = [str(p) for p in doc.gold.get("places") or []]
    parsed = [(e.partition(":")[0].strip(), e.partition(":")[2].strip()) for e in entries]
    plans = _plan_unknown(doc, parsed, res, rng) if unknown else _plan_places(doc, parsed, res, rng)
    mapping = {f"{p.level}:{p.name}": f"{p.level}:{p.written}" for p in plans}
    for p in plans:
        doc.changes.append(f"place {p.level}:{p.name} -> {p.written} ({len(p.sites)} sites)")
    if mapping:
        doc.gold["places"] = [mapping.get(f"{lv}:{n}", f"{lv}:{n}") for lv, n in parsed]
    return [_site_text(s, p.new) for p in plans for s in p.sites]


SMALL = ("ayil_aimak", "village")


def composed_names(g: Gazetteer) -> tuple[list[str], list[str]]:
    """The first and second parts of the gazetteer's two-part Kyrgyz names (Ак-|Булак)."""
    firsts, seconds = set(), set()
    for unit in g.units():
        if (
            unit.level in SMALL
            and unit.name.count("-") == 1
            and " " not in unit.name
            and dict(unit.sources).get("name") not in ("soate-ru", "vap", "wof", "wof-namesake")
        ):
            a, b = unit.name.split("-")
            firsts.add(a)
            seconds.add(b)
    return sorted(firsts), sorted(seconds)


def _plan_unknown(
    doc: Doc, parsed: list[tuple[str, str]], res: Resources, rng: random.Random
) -> list[PlacePlan]:
    """Villages and ayil aimaks renamed to a name the gazetteer lacks, made of two parts
    of its names ("Ак-Булак", "Кара-Суу" -> "Кара-Булак" where no unit has it), as a
    page names a unit after the 2023-2024 reform or one the sources missed."""
    names = Counter(fold(n) for _, n in parsed)
    taken = text_words(doc.text) | set(names)
    firsts, seconds = res.parts
    plans = []
    if doc.gold.get("lang") != "ky":
        return plans
    for level, name in parsed:
        if (
            level not in SMALL
            or names[fold(name)] > 1
            or name.count("-") != 1
            or " " in name
            or fold(name) in _inner_words(parsed)
        ):
            continue
        sites = place_sites(doc.text, name, None)
        if not sites or not all(TYPED_AFTER.match(doc.text, p.site.end) for p in sites):
            continue
        for _ in range(100):
            new_name = f"{rng.choice(firsts)}-{rng.choice(seconds)}"
            unit = Unit("", level, new_name, None, None, (), None, None, None)
            if (
                not res.places.g.lookup(new_name)
                and fold(new_name) not in taken
                and _fits(None, name, unit, sites)
            ):
                plans.append(PlacePlan(level, name, None, sites, unit, None))
                taken.add(fold(new_name))
                break
    return plans


# A Kyrgyz type word of a small unit later in the name's sentence ("... жана Узун-Булак
# калктуу конуштары", "Ак-Жол айыл аймагы"): the level is the text's, not the gazetteer's.
TYPED_AFTER = re.compile(
    r"[^.!?\n]{0,150}?(?<!\w)(?:айыл|аймаг|өкмөт|АӨ|конуш|кыштак)", re.IGNORECASE
)


def _inner_words(parsed: list[tuple[str, str]]) -> set[str]:
    """The words of the gold's names of several words ("Ала-Буура" of "Төмөнкү Ала-Буура")."""
    return {fold(w) for _, n in parsed if " " in n for w in n.split()}


def swap_unknown_places(doc: Doc, rng: random.Random, res: Resources) -> list[Edit]:
    return swap_places(doc, rng, res, unknown=True)


# --------------------------------------------------------------------------- numbers


def kyrgyz_last_word(n: int, words: dict[str, dict[str, int]]) -> str:
    """The last word of `n` said in Kyrgyz (its endings follow it): 25 -> беш, 30 -> отуз."""
    by_value: dict[int, str] = {}
    for table in ("units", "tens", "hundreds", "scales"):
        for word, value in words[table].items():
            by_value.setdefault(value, word)  # the first spelling: жетимиш, not жетмиш
    for unit, word_of in ((10, n % 10), (100, n % 100), (1000, 100), (10**6, 1000), (10**9, 10**6)):
        if n % unit:
            return by_value[word_of]
    return by_value[10**9]


def russian_class(n: int) -> int:
    """Which form a Russian noun takes after `n`: 1 (человек), 2-4 (человека), else."""
    if n % 100 in range(11, 15):
        return 5
    return {1: 1, 2: 2, 3: 2, 4: 2}.get(n % 10, 5)


NUMBER = re.compile(r"(?<![\w.,:/+№#])(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?!\d)(\w*)")
URLISH = re.compile(r"://|www\.|@|\.(?:kg|ru|com|org|net)\b")
DASHES = "-–—"


def _chunk(text: str, start: int, end: int) -> str:
    a = text.rfind(" ", 0, start) + 1
    b = text.find(" ", end)
    return text[a : b if b >= 0 else len(text)]


def number_ok(text: str, m: re.Match[str], months: re.Pattern[str]) -> bool:
    """A digit number that is no date, year, phone, code, range or part of a URL."""
    digits, start, end = m.group(1), m.start(1), m.end(1)
    value = int(re.sub(r"\D", "", digits))
    before = text[max(0, start - 6) : start].rstrip(" \u00a0")
    after = text[end : end + 6].lstrip(" \u00a0")
    if (
        digits.startswith("0")
        or (len(digits) >= 5 and digits.isdigit())
        or (len(digits) == 4 and 1800 <= value <= 2099)
    ):
        return False
    if after[:1] in ".,:/" + DASHES and after[1:].lstrip(" \u00a0")[:1].isdigit():
        return False  # a date, a time, a decimal, a range
    if after[:1] in DASHES and not after[1:2].isspace():
        return False  # an ordinal or a day: "5-класс", "20-жылы"
    if before[-1:].isdigit() or (before[-1:] in DASHES and before[:-1].rstrip()[-1:].isdigit()):
        return False
    if after[:1].isdigit() or before[-1:] in ("(", "+", "№", "#"):
        return False
    near = text[max(0, start - 20) : end + 24]
    return not months.search(near) and not URLISH.search(_chunk(text, start, end))


@dataclass
class NumberSite:
    start: int
    end: int
    digits: str
    value: int
    glued: bool  # a Kyrgyz ending glued on ("20дан")
    scale: int  # the scale word after it: "3 миң" -> 1000


def _number_plan(text: str, res: Resources) -> tuple[list[NumberSite], set[int]]:
    """The digit numbers that may change, and the values also written where they must stay."""
    found: list[NumberSite] = []
    fixed: set[int] = set()
    for m in NUMBER.finditer(text):
        value = int(re.sub(r"\D", "", m.group(1)))
        if not number_ok(text, m, res.months):
            fixed.add(value)
            continue
        word = re.match(r"[ \u00a0]*(\w+)", text[m.end() :])
        scale = res.scale_of(word.group(1)) if word and not m.group(2) else 1
        found.append(NumberSite(m.start(1), m.end(1), m.group(1), value, bool(m.group(2)), scale))
    values = {s.value for s in found}
    sums = {a + b for a in values for b in values if a < b}
    fixed |= {v for v in values if v in sums}  # a total with its parts keeps them all
    fixed |= {a for a in values for b in values if a < b and a + b in values}
    return [s for s in found if s.value not in fixed], fixed


def new_numbers(
    sites: list[NumberSite], fixed: set[int], rng: random.Random, words: dict[str, Any]
) -> dict[int, int]:
    """Each value a new one of as many digits, the same agreement and ending class, the
    order of all the text's numbers kept (a part stays below its whole)."""
    values = sorted({s.value for s in sites})
    glued = {s.value for s in sites if s.glued}
    for _ in range(50):
        mapping = {v: _one_number(v, v in glued, rng, words) for v in values}
        if None in mapping.values():
            continue
        new = {v: n for v, n in mapping.items() if n is not None}
        if _order_kept(new, fixed):
            return new
    return {}


def _order_kept(mapping: dict[int, int], fixed: set[int]) -> bool:
    after = sorted([*((n, v) for v, n in mapping.items()), *((v, v) for v in fixed)])
    olds = [v for _, v in after]
    return olds == sorted(olds) and len({n for n, _ in after}) == len(after)


def _one_number(n: int, glued: bool, rng: random.Random, words: dict[str, Any]) -> int | None:
    width = len(str(n))
    low, high = (1, 9) if width == 1 else (10 ** (width - 1), 10**width - 1)
    endings = morph.suffixes_for(kyrgyz_last_word(n, words))
    for _ in range(200):
        m = rng.randint(low, high)
        if m == n or russian_class(m) != russian_class(n) or 1800 <= m <= 2099:
            continue
        if glued and morph.suffixes_for(kyrgyz_last_word(m, words)) != endings:
            continue
        return m
    return None


def _written(digits: str, value: int) -> str:
    """`value` laid out as `digits` is (its group spaces kept)."""
    new = iter(str(value))
    return "".join(next(new) if ch.isdigit() else ch for ch in digits)


def _counts_written(counts: list[int], sites: list[NumberSite]) -> bool:
    """No gold count is a sum of two numbers here that a swap would change."""
    values = {s.value * s.scale for s in sites}
    return not any(
        c not in values and any(c - a in values for a in values if a < c) for c in counts
    )


def swap_numbers(doc: Doc, rng: random.Random, res: Resources) -> list[Edit]:
    sites, fixed = _number_plan(doc.text, res)
    counts = [int(p["count"]) for p in doc.gold.get("participants") or []]
    if not sites or not _counts_written(counts, sites):
        return []
    mapping = new_numbers(sites, fixed, rng, res.numerals)
    if not mapping:
        return []
    scaled = {s.value * s.scale: mapping[s.value] * s.scale for s in sites}
    for p in doc.gold.get("participants") or []:
        p["count"] = scaled.get(int(p["count"]), int(p["count"]))
    doc.changes.append("numbers " + ", ".join(f"{a}->{b}" for a, b in sorted(mapping.items())))
    return [(s.start, s.end, _written(s.digits, mapping[s.value])) for s in sites]


# ------------------------------------------------------------------------------ dates


def month_pattern(data: dict[str, Any]) -> tuple[str, dict[str, int]]:
    """Every month word's stem (Kyrgyz, Russian, abbreviations, traditional names) and its number."""
    stems: dict[str, int] = {}
    for m in data["months"]:
        forms = [
            m["ky"].rstrip("ь"),
            m["ru_genitive"][:-1],
            *m.get("ru_short", []),
            *m.get("traditional", []),
            *m.get("ky_variants", []),
        ]
        for form in forms:
            stems[form.lower()] = m["number"]
    alternation = "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True))
    return alternation, stems


def _day_of(value: Any) -> tuple[str, int, int] | None:
    """(year or "--", month, day) of a gold date."""
    text = str(value)
    m = re.match(r"^(\d{4}|-)-(\d{2})-(\d{2})", text)
    return (m.group(1), int(m.group(2)), int(m.group(3))) if m else None


def _gold_days(gold: dict[str, Any]) -> set[tuple[int, int]]:
    days = set()
    for value in _gold_date_values(gold):
        d = _day_of(value)
        if d:
            days.add((d[1], d[2]))
    return days


def _gold_date_values(gold: dict[str, Any]) -> Iterable[Any]:
    if gold.get("issued"):
        yield gold["issued"]
    for d in gold.get("dates") or []:
        yield d.get("start")
        yield d.get("end", d.get("start"))


def _map_gold_dates(gold: dict[str, Any], fn: Callable[[Any], Any]) -> None:
    if gold.get("issued"):
        gold["issued"] = fn(gold["issued"])
    for d in gold.get("dates") or []:
        for key in ("start", "end"):
            if key in d:
                d[key] = fn(d[key])
    for e in gold.get("events") or []:
        if e.get("start"):
            e["start"] = fn(e["start"])


# A day, or a list or range of days, right before a month word: "5-май", "4 жана 6-июнь",
# "22–30 ноября", "1, 2 и 3 июля".
DAY_RUN = r"(?<![\w.,:/-])(\d{1,2}(?:\s?(?:,|-|–|жана|и|and)\s?\d{1,2})*)(?:-|\s|-?\s)"
NUMERIC_DATE = re.compile(
    r"(?<![\d.])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?!\d)"
    r"|(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?!\d)|(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)"
)


def day_sites(text: str, res: Resources) -> tuple[list[tuple[int, int, int]], set[tuple[int, int]]]:
    """(start, end, month) of each day number the text writes with a month, and the
    (month, day) pairs also written where a day cannot be changed."""
    sites: list[tuple[int, int, int]] = []
    for m in re.finditer(DAY_RUN + r"(" + res.month_words + r")", text, re.IGNORECASE):
        month = res.month_of(m.group(2))
        sites += [
            (m.start(1) + d.start(), m.start(1) + d.end(), month)
            for d in re.finditer(r"\d+", m.group(1))
        ]
    for m in NUMERIC_DATE.finditer(text):
        g = next(g for g in ((1, 3), (5, 6), (10, 9)) if m.group(g[0]))
        sites.append((m.start(g[0]), m.end(g[0]), int(m.group(g[1]))))
    fixed = set()
    for m in re.finditer(
        res.months.pattern
        + r"\w*(?:\s+айынын)?\s+(\d{1,2})(?!\d)(?![-\s]*(?:"
        + res.month_words
        + "))",
        text,
        re.IGNORECASE,
    ):
        fixed.add((res.month_of(m.group(0)), int(m.group(1))))
    return [s for s in sites if 1 <= s[2] <= 12], fixed


def swap_days(doc: Doc, rng: random.Random, res: Resources) -> list[Edit]:
    sites, fixed = day_sites(doc.text, res)
    wanted = _gold_days(doc.gold) - fixed
    by_month: dict[int, set[int]] = {}
    for start, end, month in sites:
        by_month.setdefault(month, set()).add(int(doc.text[start:end]))
    mapping: dict[tuple[int, int], int] = {}
    for month, days in by_month.items():
        change = sorted(d for d in days if (month, d) in wanted)
        free = [d for d in range(1, 29) if d not in days]
        if not change or len(free) < len(change):
            continue
        for old, new in zip(change, sorted(rng.sample(free, len(change))), strict=True):
            mapping[(month, old)] = new
    edits = []
    for start, end, month in sites:
        new = mapping.get((month, int(doc.text[start:end])))
        if new is not None:
            numeric = bool(
                re.match(r"[-./]\d", doc.text[end : end + 2])
                or re.match(r"\d[-./]", doc.text[max(0, start - 2) : start])
            )
            width = end - start if numeric or doc.text[start] == "0" else 1
            edits.append((start, end, str(new).zfill(width)))

    def moved(value: Any) -> Any:
        d = _day_of(value)
        if d is None or (d[1], d[2]) not in mapping:
            return value
        return f"{d[0] if d[0] != '-' else '-'}-{d[1]:02d}-{mapping[(d[1], d[2])]:02d}"

    _map_gold_dates(doc.gold, moved)
    if mapping:
        doc.changes.append(
            "days "
            + ", ".join(f"{m:02d}-{a:02d}->{b:02d}" for (m, a), b in sorted(mapping.items()))
        )
    return edits


YEAR = re.compile(r"(?<![\d№#+])(?<!\d\s)((?:18|19|20)\d\d)(?!\d)(\w*)")


def swap_years(doc: Doc, rng: random.Random, res: Resources) -> list[Edit]:
    sites = [
        m
        for m in YEAR.finditer(doc.text)
        if not URLISH.search(_chunk(doc.text, m.start(), m.end()))
    ]
    short = [m for m in NUMERIC_DATE.finditer(doc.text) if m.group(4) and len(m.group(4)) == 2]
    if not sites and not short:
        return []
    leap = any((d := _day_of(v)) and d[1:] == (2, 29) for v in _gold_date_values(doc.gold))
    shifts = [-4, -8] if leap else rng.sample([-1, -2, -3, -5, -6, -7], 6)
    glued = [m for m in sites if m.group(2)]
    k = next(
        (k for k in shifts if all(_same_year_endings(int(m.group(1)), k, res) for m in glued)), None
    )
    if k is None:
        return []
    edits = [(m.start(1), m.end(1), str(int(m.group(1)) + k)) for m in sites]
    edits += [(m.start(4), m.end(4), f"{(int(m.group(4)) + k) % 100:02d}") for m in short]

    def shifted(value: Any) -> Any:
        if isinstance(value, dt.date):
            value = value.isoformat()
        d = _day_of(value)
        if d is None or d[0] == "-":
            return value
        return f"{int(d[0]) + k:04d}{str(value)[4:]}"

    _map_gold_dates(doc.gold, shifted)
    for p in doc.gold.get("periods") or []:
        for key in ("start", "end"):
            if key in p and p[key] is not None:
                p[key] = int(str(p[key])[:4]) + k
    doc.changes.append(f"years {k:+d}")
    return edits


def _same_year_endings(year: int, k: int, res: Resources) -> bool:
    a, b = kyrgyz_last_word(year, res.numerals), kyrgyz_last_word(year + k, res.numerals)
    return morph.suffixes_for(a) == morph.suffixes_for(b)


# ---------------------------------------------------------------------------- persons

SURNAME = re.compile(r"^(\w+?)(ов|ев)(а?)$", re.IGNORECASE)


def given_name_groups() -> dict[str, tuple[str, str]]:
    """Each given name of the lexicon -> (gender, the section it is listed in: Kyrgyz,
    Russian, Uzbek, Kazakh, foreign), read from the list's own section comments."""
    groups: dict[str, tuple[str, str]] = {}
    gender, section = "", ""
    for line in lexicon.source("given_names").read_text(encoding="utf-8").splitlines():
        if re.match(r"^\w+:", line):
            gender = "male" if line.startswith("male") else "female"
            section = "foreign" if "foreign" in line else ""
        elif re.match(r"^  # [A-Z]", line) and section != "foreign":
            section = line.split()[1].strip(",").lower()
        elif line.startswith("  - "):
            name = line[4:].split("#")[0].strip().strip("'\"")
            groups.setdefault(name, (gender, section))
    return groups


def _surname_stems(res: Resources, suffix: str) -> list[str]:
    """Surname stems made from the lexicon's Kyrgyz male given names: Асан -> Асанов,
    Бакай -> Бакаев."""
    out = []
    for name, (gender, section) in res.given.items():
        last = name[-1]
        if gender != "male" or section != "kyrgyz" or len(name) < 4:
            continue
        if suffix == "ов" and last in "бвгдзклмнпрстфх":
            out.append(name + "ов")
        elif suffix == "ев" and last == "й":
            out.append(name[:-1] + "ев")
        elif suffix == "ев" and last in "жшчц":
            out.append(name + "ев")
    return sorted(out)


def _given_stem(name: str) -> str:
    return name[:-1] if name[-1] in "ая" else name


def _name_pairs(doc: Doc, res: Resources, rng: random.Random) -> list[tuple[str, str]]:
    """(old stem, new stem) of each surname and given name of the gold persons that the
    text writes."""
    words = text_words(doc.text)
    pairs: dict[str, str] = {}
    for person in doc.gold.get("persons") or []:
        for token in re.findall(r"[\w-]+", str(person)):
            old, new = _new_name(token, res, words, rng)
            if old and new and old not in pairs and any(True for _ in occurrences(doc.text, old)):
                pairs[old] = new
                words.add(fold(new))
    return list(pairs.items())


def _new_name(
    token: str, res: Resources, words: set[str], rng: random.Random
) -> tuple[str | None, str | None]:
    m = SURNAME.match(token)
    if m and len(token) >= 5 and token[:1].isupper() and token not in res.given:
        stem = token[: len(token) - len(m.group(3))]
        pool = [
            s
            for s in _surname_stems(res, m.group(2).lower())
            if not any(w.startswith(fold(s)) for w in words)
        ]
        return stem, (rng.choice(pool) if pool else None)
    if token in res.given:
        new = _new_given(token, res, words, rng)
        return _given_stem(token), (_given_stem(new) if new else None)
    return None, None


def _new_given(name: str, res: Resources, words: set[str], rng: random.Random) -> str | None:
    group = res.given[name]
    if res.places.g.lookup(name) or any(
        g != group for n, g in res.given.items() if fold(n) == fold(name)
    ):
        return None
    endings = morph.suffixes_for(name.lower())
    pool = [
        n
        for n, g in sorted(res.given.items())
        if g == group
        and n != name
        and n[0] == name[0]
        and n[-1] == name[-1]
        and fold(n) not in words
        and not any(w.startswith(fold(_given_stem(n))) for w in words)
        and not res.places.g.lookup(n)
        and morph.suffixes_for(n.lower()) == endings
    ]
    return rng.choice(pool) if pool else None


def rename(text: str, pairs: list[tuple[str, str]]) -> list[Edit]:
    return [
        site.put(new)
        for old, new in pairs
        for site in occurrences(text, old)
        if ending_ok(old, site.ending)
    ]


def swap_persons(doc: Doc, rng: random.Random, res: Resources) -> list[Edit]:
    pairs = _name_pairs(doc, res, rng)
    if not pairs:
        return []
    edits = rename(doc.text, pairs)
    doc.gold["persons"] = [
        apply_edits(str(p), rename(str(p), pairs)) for p in doc.gold.get("persons") or []
    ]
    doc.changes.append(
        "persons " + ", ".join(f"{a}->{b}" for a, b in pairs) + f" ({len(edits)} sites)"
    )
    return edits


# ------------------------------------------------------------------------------- run


class Resources:
    def __init__(self) -> None:
        self.given = given_name_groups()
        self.places = Places(default(), {fold(n) for n in self.given})
        self.parts = composed_names(self.places.g)
        self.month_words, self._month_stems = month_pattern(lexicon.load("dates"))
        self.months = re.compile(rf"(?<![\w])(?:{self.month_words})", re.IGNORECASE)
        self.numerals = lexicon.load("numbers")
        self.scales = {w: v for w, v in self.numerals["scales"].items()}
        self.scales.update(
            {
                "тыс": 1000,
                "тысяч": 1000,
                "тысячи": 1000,
                "тысяча": 1000,
                "миллиона": 10**6,
                "миллионов": 10**6,
            }
        )

    def scale_of(self, word: str) -> int:
        """1000 for "миң", "миңге", "тыс", "тысяч"; 1 for any other word."""
        low = word.lower()
        return next(
            (
                v
                for w, v in sorted(self.scales.items(), key=lambda x: -len(x[0]))
                if low == w or (low.startswith(w) and low[len(w) :] in ANY_KY_ENDING)
            ),
            1,
        )

    def month_of(self, word: str) -> int:
        low = word.lower()
        return next(
            n
            for s, n in sorted(self._month_stems.items(), key=lambda x: -len(x[0]))
            if low.startswith(s)
        )


def swap_keyboard(doc: Doc, rng: random.Random, res: Resources) -> list[Edit]:
    """A Kyrgyz page typed on a Russian keyboard: ң ө ү written н о у throughout (the
    scorer folds them alike, so the gold stays)."""
    if doc.gold.get("lang") != "ky" or plain(doc.text) == doc.text:
        return []
    doc.changes.append("keyboard")
    return [(m.start(), m.end(), plain(m.group(0))) for m in re.finditer("[ңөүҢӨҮ]", doc.text)]


SWAP_FUNCTIONS: dict[str, Callable[[Doc, random.Random, Resources], list[Edit]]] = {
    "places": swap_places,
    "numbers": swap_numbers,
    "days": swap_days,
    "years": swap_years,
    "persons": swap_persons,
    "keyboard": swap_keyboard,
    "unknown": swap_unknown_places,
}


def read_corpus(gold_dir: str, texts_dir: str, split: str) -> list[Doc]:
    """The documents of one part of the split: gold files of the other part are not opened."""
    docs = []
    for path in sorted(Path(gold_dir).glob("*.yaml")):
        if split != "all" and split_of(path.stem) != split:
            continue
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        name = gold.get("doc") or path.stem + ".txt"
        if split != "all" and split_of(name) != split:
            continue
        text = Path(texts_dir, name).read_text(encoding="utf-8")
        docs.append(Doc(name, text, gold))
    return docs


def perturb(doc: Doc, swaps: list[str], seed: int, res: Resources) -> Doc:
    out = Doc(doc.name, doc.text, yaml.safe_load(yaml.safe_dump(doc.gold, allow_unicode=True)))
    for name in swaps:
        rng = random.Random(f"{seed}:{name}:{doc.name}")
        out.text = apply_edits(out.text, SWAP_FUNCTIONS[name](out, rng, res))
    return out


def write_corpus(docs: list[Doc], folder: Path) -> None:
    (folder / "gold").mkdir(parents=True, exist_ok=True)
    (folder / "texts").mkdir(parents=True, exist_ok=True)
    for d in docs:
        (folder / "texts" / d.name).write_text(d.text, encoding="utf-8")
        gold = dict(d.gold, doc=d.name)
        stem = os.path.splitext(d.name)[0]
        (folder / "gold" / f"{stem}.yaml").write_text(
            yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8"
        )


def score(folder: Path, jobs: int) -> Any:
    return evaluate(str(folder / "gold"), str(folder / "texts"), strict=True, jobs=jobs)


def show_diff(before: Doc, after: Doc) -> None:
    print(f"--- {before.name}: {'; '.join(after.changes)}")
    a, b = before.text.splitlines(), after.text.splitlines()
    for line in difflib.unified_diff(a, b, lineterm="", n=0):
        if line.startswith(("-", "+")) and not line.startswith(("---", "+++")):
            print("   " + line[:200])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold_dir")
    parser.add_argument("texts_dir")
    # the check part is never read: "all" is for a corpus with no check part (team-written)
    parser.add_argument("--split", default="tune", choices=["tune", "all"])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--swaps", default=",".join([*SWAPS, "all"]))
    parser.add_argument(
        "--out", help="folder for the perturbed copies (default: a new temporary one)"
    )
    parser.add_argument(
        "--show", type=int, default=0, help="print the changed lines of N documents per swap"
    )
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    out = Path(args.out or tempfile.mkdtemp(prefix="vap-swap-"))
    res = Resources()
    docs = read_corpus(args.gold_dir, args.texts_dir, args.split)
    write_corpus(docs, out / "original")
    base = score(out / "original", args.jobs)
    base_errors = wrong_counts(base)
    runs = {}
    for swap in args.swaps.split(","):
        names = list(SWAPS) if swap == "all" else [swap]
        per_seed = []
        for seed in args.seeds:
            perturbed = [perturb(d, names, seed, res) for d in docs]
            folder = out / f"{swap}-{seed}"
            write_corpus(perturbed, folder)
            evaluation = score(folder, args.jobs)
            per_seed.append(evaluation)
            changed = [(a, b) for a, b in zip(docs, perturbed, strict=True) if b.changes]
            if seed == args.seeds[0]:
                for a, b in changed[: args.show]:
                    show_diff(a, b)
            report_new_errors(swap, seed, evaluation, base_errors, {b.name: b for _, b in changed})
        first = [perturb(d, names, args.seeds[0], res) for d in docs]
        runs[swap] = (per_seed, sum(1 for d in first if d.changes))
        print(f"[{swap}] gold facts changed (seed {args.seeds[0]}): {changed_facts(docs, first)}")
    print_table(base, runs, len(docs))
    print(f"perturbed copies in {out}")
    return 0


def wrong_counts(evaluation: Any) -> Counter[tuple[str, str]]:
    """Misses and extras of each (document, field)."""
    return Counter((m.doc, m.field) for m in evaluation.mismatches())


def report_new_errors(
    swap: str, seed: int, evaluation: Any, base: Counter[tuple[str, str]], changed: dict[str, Doc]
) -> None:
    """The facts right on the original and wrong after the swap: each (document, field)
    with more misses and extras than on the original, its errors and the swap's changes."""
    now = wrong_counts(evaluation)
    worse = sorted(key for key, n in now.items() if n > base.get(key, 0))
    for doc in sorted({d for d, _ in worse}):
        what = "; ".join(changed[doc].changes) if doc in changed else "unchanged"
        print(f"[{swap} seed {seed}] {doc}: {what}")
        for m in evaluation.mismatches():
            if m.doc == doc and (doc, m.field) in worse:
                print(f"    {m.field} {m.kind} {m.key}" + (f" ({m.text!r})" if m.text else ""))


def changed_facts(before: list[Doc], after: list[Doc]) -> str:
    """How many gold facts of each field a swap changed, of how many: "places 120/545"."""
    changed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for a, b in zip(before, after, strict=True):
        old, new = gold_keys(a.gold, strict=True), gold_keys(b.gold, strict=True)
        for name in FIELDS:
            total[name] += len(old[name])
            changed[name] += len(old[name] - new[name])
    return ", ".join(f"{n} {changed[n]}/{total[n]}" for n in FIELDS if changed[n])


def print_table(base: Any, runs: dict[str, tuple[list[Any], int]], n_docs: int) -> None:
    swaps = list(runs)
    print()
    print(
        f"| field | original ({n_docs}) | "
        + " | ".join(f"{s} ({runs[s][1]})" for s in swaps)
        + " |"
    )
    print("|---|---:|" + "---:|" * len(swaps))
    for name in [*FIELDS, "overall"]:
        row = [_f1(base, name)]
        for s in swaps:
            values = [_f1(e, name) for e in runs[s][0]]
            row.append(sum(values) / len(values))
        print(f"| {name} | " + " | ".join(f"{v:.3f}" for v in row) + " |")


def _f1(evaluation: Any, name: str) -> float:
    return float(evaluation.overall.f1 if name == "overall" else evaluation.scores[name].f1)


if __name__ == "__main__":
    sys.exit(main())
