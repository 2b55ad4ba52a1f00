"""`vap places`: look a place name up in the gazetteer, or list a level
(the lookup is the library's: vap_cli/places_lookup.py)."""

from __future__ import annotations

import sys

import click

from ..export.csv_style import CsvStyle
from ..models import UNIT_LEVELS
from ..wording import count
from .common import csv_options, output_option
from .gazetteer_option import gazetteer_option, use_gazetteer_files
from .tabular import listing_format, listing_format_option

LEVEL_CHOICES = UNIT_LEVELS
# The language the table names the levels in (the Kyrgyz type words the press uses:
# report/i18n.yaml `level_<level>`).
LEVEL_LABELS_LANGUAGE = "ky"


def level_label(level: str) -> str:
    """A level's name in the table ("айыл аймагы"): the report's word for it."""
    from ..report.render import labels

    return labels(LEVEL_LABELS_LANGUAGE).get(f"level_{level}", level)


# The rows a table shows unless --limit says otherwise (CSV and JSON give every row).
TABLE_LIMIT = 200


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
@click.option("-n", "--limit", type=click.IntRange(min=1), default=None,
              help=f"Show at most this many rows [default: {TABLE_LIMIT} for --format table,"
              " every row for csv and json].")  # fmt: skip
@listing_format_option("boxes on a terminal, tab-separated lines into a pipe or file")
@output_option("Write to FILE instead of standard output.")
@csv_options
@gazetteer_option
@click.option("-q", "--quiet", is_flag=True, help="No summary line.")
def places(
    query, level, oblast, limit, fmt, output, delimiter, excel, gazetteer_files, quiet
) -> None:
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
    from ..places_lookup import find, oblast_codes, units_in

    fmt = listing_format(fmt, output, excel)
    resources = use_gazetteer_files(gazetteer_files, parse=False)
    if query is None and level is None and oblast is None:
        raise click.UsageError("give a QUERY, or --level / --oblast to list units")
    if oblast is not None and not oblast_codes(resources, oblast):
        raise click.BadParameter(f"unknown oblast {oblast!r}", param_hint="--oblast")
    if query is None:
        units, how = units_in(resources, level, oblast), "list"
    else:
        result = find(resources, query, level, oblast)
        units, how = result.units, result.how
    if not units:
        click.echo(f"vap: no place matches {query!r}", err=True)
        sys.exit(1)
    if limit is None:  # a table is read by a person; CSV and JSON by a program: all of it
        limit = TABLE_LIMIT if fmt == "table" else len(units)
    title = count(len(units), "unit") + (f" for {query!r} ({how})" if query is not None else "")
    _show(
        resources.gazetteer,
        units[:limit],
        None if quiet else title,
        fmt,
        output,
        CsvStyle(delimiter, excel),
    )
    if len(units) > limit:
        click.echo(f"... {len(units) - limit} more (use --limit)", err=True)


PLACE_COLUMNS = ("soate", "level", "name", "name_ru", "name_en", "parents")


def _parents(gaz, unit) -> str:
    from ..places_lookup import parents

    return ", ".join(f"{p.name} ({level_label(p.level)})" for p in parents(gaz, unit))


def _show(
    gaz, units: list, title: str | None, fmt: str, output: str | None, style: CsvStyle
) -> None:
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
    if fmt == "table" and title:
        click.echo(title, err=True)  # the data lines stay clean for the next program
    records = [_record(gaz, u) for u in units] if fmt == "json" else []
    write_listing(fmt, output, PLACE_COLUMNS, rows, records, style)


def _record(gaz, unit) -> dict[str, object]:
    """A unit as JSON: names missing are null, and its parents a list (the nearest
    first) of objects a script reads without splitting a string."""
    from ..places_lookup import parents

    return {
        "soate": unit.id,
        "level": unit.level,
        "name": unit.name,
        "name_ru": unit.name_ru,
        "name_en": unit.name_en,
        "parents": [{"soate": p.id, "level": p.level, "name": p.name} for p in parents(gaz, unit)],
    }
