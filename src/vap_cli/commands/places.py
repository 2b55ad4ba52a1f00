"""`vap places`: look a place name up in the gazetteer, or list a level."""

from __future__ import annotations

import sys
from dataclasses import dataclass

import click

from ..csv_style import CsvStyle
from .common import csv_options, output_option
from .gazetteer_option import gazetteer_option, use_gazetteer_files
from .tabular import LISTING_FORMATS

LEVEL_CHOICES = ("oblast", "city", "district", "town", "ayil_aimak", "village")

# How the levels are named in the table (Kyrgyz type words the press uses).
LEVEL_LABELS = {
    "oblast": "облус",
    "city": "шаар",
    "district": "район",
    "town": "шаарча",
    "ayil_aimak": "айыл аймагы",
    "village": "айыл",
}


@dataclass
class Found:
    units: list  # list[gazetteer.Unit]; untyped to keep the import lazy
    how: str  # "exact", "ending -дан", "fuzzy", ...


def find(gaz, query: str, level: str | None = None, oblast: str | None = None) -> Found:
    """Units for a query in any language: exact name, then without a type word and
    a common ending, then the Russian adjective, then fuzzy over the index keys."""
    from ..gazetteer import fold_key
    from ..lexicon import load

    lexicon = load("gazetteer_query")
    oblast_codes = _oblast_codes(gaz, oblast)

    def keep(units) -> list:
        return [
            u
            for u in units
            if (level is None or u.level == level)
            and (oblast_codes is None or u.oblast in oblast_codes or u.id in oblast_codes)
        ]

    query = " ".join(query.split())
    found = keep(gaz.lookup(query))
    if found:
        return Found(found, "exact")
    name = _without_type_words(query, lexicon)
    if name != query:
        found = keep(gaz.lookup(name))
        if found:
            return Found(found, "without type word")
    key = fold_key(name)
    for ending in _endings(lexicon):
        folded = fold_key(ending)
        if key.endswith(folded) and len(key) - len(folded) >= 2:
            stem = key[: -len(folded)]
            found = keep(gaz.lookup(stem))
            if not found and len(stem) > 2 and stem[-1] == stem[-2]:
                found = keep(gaz.lookup(stem[:-1]))  # a doubled final consonant
            if found:
                return Found(found, f"ending -{ending}")
    adjectives = _adjective_index(gaz)
    stem = _adjective_stem(fold_key(name), lexicon)
    if stem and stem in adjectives:
        found = keep(adjectives[stem])
        if found:
            return Found(found, "Russian adjective")
    return _fuzzy(gaz, name, keep, adjectives)


def _fuzzy(gaz, name: str, keep, adjectives: dict) -> Found:
    from rapidfuzz import fuzz, process

    from ..gazetteer import fold_key

    key = fold_key(name)
    if not MIN_FUZZY_LENGTH <= len(key) <= MAX_NAME_LENGTH:
        return Found([], "none")
    choices = sorted(gaz.keys() | adjectives.keys())
    best = process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=8)
    units: list = []
    for choice, _score, _ in best:
        for unit in gaz.lookup(choice) if choice in gaz.keys() else adjectives[choice]:
            if unit not in units:
                units.append(unit)
    units = keep(units)
    return Found(units, "fuzzy" if units else "none")


# A fuzzy match needs this rapidfuzz ratio (0-100) on folded keys: "Жалалабад" vs
# "жалалабад" is exact, "Джалалабат" vs "джалалабад" scores 90, "Нарин" vs "нарын" 80.
FUZZY_CUTOFF = 80
# Fuzzy matching is only tried on keys of plausible length (the longest name in the
# gazetteer folds to about 30 letters); this also bounds the cost of a hostile query.
MIN_FUZZY_LENGTH = 3
MAX_NAME_LENGTH = 60


def _without_type_words(query: str, lexicon: dict) -> str:
    from ..gazetteer import fold_key

    prefixes = tuple(fold_key(p) for group in lexicon["type_word_prefixes"].values() for p in group)
    abbreviations = {fold_key(a) for a in lexicon["type_abbreviations"] + lexicon["prepositions"]}
    words = [
        w
        for w in query.split()
        if not (fold_key(w).startswith(prefixes) or fold_key(w) in abbreviations)
    ]
    return " ".join(words) or query


def _endings(lexicon: dict) -> list[str]:
    endings = {e for language in lexicon["endings"].values() for group in language for e in group}
    return sorted(endings, key=lambda e: (-len(e), e))


def _adjective_stem(key: str, lexicon: dict) -> str | None:
    from ..gazetteer import fold_key

    for ending in sorted(lexicon["endings"]["ru"][0], key=len, reverse=True):
        ending = fold_key(ending)
        if key.endswith(ending) and len(key) > len(ending) + 1:
            return key[: -len(ending)]
    return None


_ADJECTIVES: dict[int, dict] = {}


def _adjective_index(gaz) -> dict:
    """Folded stems of the official Russian adjectives ("атбашын" for
    "Ат-Башынский район") -> units; built once per gazetteer."""
    from ..gazetteer import fold_key

    cached = _ADJECTIVES.get(id(gaz))
    if cached is not None:
        return cached
    from ..lexicon import load

    lexicon = load("gazetteer_query")
    index: dict[str, list] = {}
    for unit in gaz.units():
        if not unit.name_ru_full:
            continue
        words = [
            w
            for w in unit.name_ru_full.split()
            if fold_key(w).endswith(("ский", "ская", "кий", "кая"))
        ]
        for word in words[:1]:
            stem = _adjective_stem(fold_key(word), lexicon)
            if stem:
                index.setdefault(stem, []).append(unit)
    _ADJECTIVES.clear()
    _ADJECTIVES[id(gaz)] = index
    return index


def _oblast_codes(gaz, oblast: str | None) -> set[str] | None:
    if oblast is None:
        return None
    if gaz.get(oblast) is not None:
        return {oblast}
    iso = {u.iso.casefold(): u.id for u in gaz.units() if u.iso}
    if oblast.casefold() in iso:
        return {iso[oblast.casefold()]}
    found = [u.id for u in gaz.lookup(oblast) if u.level == "oblast" or u.iso]
    if not found:
        found = [u.id for u in find(gaz, oblast, level="oblast").units]
    return set(found)


def _parents(gaz, unit) -> str:
    chain = []
    code = unit.parent
    while code:
        parent = gaz.get(code)
        if parent is None:
            break
        chain.append(f"{parent.name} ({LEVEL_LABELS.get(parent.level, parent.level)})")
        code = parent.parent
    return ", ".join(chain)


@click.command()
@click.argument("query", required=False)
@click.option(
    "-l",
    "--level",
    type=click.Choice(LEVEL_CHOICES),
    default=None,
    help="Only units of this level.",
)
@click.option("--oblast", default=None, metavar="NAME",
              help="Only units in this oblast (name in any language, ISO code like KG-O, or SOATE code).")  # fmt: skip
@click.option("-n", "--limit", type=click.IntRange(min=1), default=200, show_default=True,
              help="Show at most this many rows.")  # fmt: skip
@click.option("-f", "--format", "fmt", type=click.Choice(LISTING_FORMATS), default="table",
              show_default=True,
              help="table: boxes on a terminal, tab-separated lines into a pipe or file.")  # fmt: skip
@output_option("Write to FILE instead of standard output.")
@csv_options
@gazetteer_option
def places(query, level, oblast, limit, fmt, output, delimiter, excel, gazetteer_files) -> None:
    """Look a place name up in the gazetteer (any language, any ending, fuzzy),
    or list the units of a level.

    \b
    Examples:
        vap places Нарын
        vap places Ысык-Көлдөн
        vap places "Жазыский айылный аймак"
        vap places Кара-Суу --level ayil_aimak
        vap places --level district --oblast Ош
        vap places --level oblast --format csv -o oblasts.csv
    """
    from ..gazetteer import default

    use_gazetteer_files(gazetteer_files)
    if query is None and level is None and oblast is None:
        raise click.UsageError("give a QUERY, or --level / --oblast to list units")
    gaz = default()
    if oblast is not None and not _oblast_codes(gaz, oblast):
        click.echo(f"vap: error: unknown oblast {oblast!r}", err=True)
        sys.exit(2)
    if query is None:
        codes = _oblast_codes(gaz, oblast)
        units = [u for u in gaz.units(level) if codes is None or u.oblast in codes or u.id in codes]
        how = "list"
    else:
        result = find(gaz, query, level, oblast)
        units, how = result.units, result.how
    if not units:
        click.echo(f"vap: no place matches {query!r}", err=True)
        sys.exit(1)
    title = f"{len(units)} unit(s)" + (f" for {query!r} ({how})" if query is not None else "")
    _show(gaz, units[:limit], title, fmt, output, CsvStyle(delimiter, excel))
    if len(units) > limit:
        click.echo(f"... {len(units) - limit} more (use --limit)", err=True)


PLACE_COLUMNS = ("soate", "level", "name", "name_ru", "name_en", "parents")


def _show(gaz, units: list, title: str, fmt: str, output: str | None, style: CsvStyle) -> None:
    from .tabular import to_terminal, write_listing

    rows = [
        [u.id, u.level, u.name, u.name_ru or "", u.name_en or "", _parents(gaz, u)] for u in units
    ]
    if fmt == "table" and to_terminal(output):
        from rich.console import Console
        from rich.table import Table

        table = Table(title=title, title_justify="left")
        for column in ("code", "level", "name (ky)", "name (ru)", "name (en)"):
            table.add_column(column, no_wrap=True)
        table.add_column("parents", overflow="fold")
        for row in rows:
            table.add_row(*row)
        Console(soft_wrap=False).print(table)
        return
    if fmt == "table":
        click.echo(title, err=True)  # the data lines stay clean for the next program
    records = [dict(zip(PLACE_COLUMNS, row, strict=True)) for row in rows]
    write_listing(fmt, output, PLACE_COLUMNS, rows, records, style)
