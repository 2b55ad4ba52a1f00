"""`vap places`: look a place name up in the gazetteer, or list a level
(the lookup is the library's: vap_cli/places_lookup.py)."""

from __future__ import annotations

import sys

import click

from .gazetteer_option import gazetteer_option, use_gazetteer_files

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


@click.command()
@click.argument("query", required=False)
@click.option(
    "-l",
    "--level",
    type=click.Choice(LEVEL_CHOICES),
    default=None,
    help="Only units of this level.",
)
@click.option("-o", "--oblast", default=None, metavar="NAME",
              help="Only units in this oblast (name in any language, ISO code like KG-O, or SOATE code).")  # fmt: skip
@click.option("-n", "--limit", type=click.IntRange(min=1), default=200, show_default=True,
              help="Show at most this many rows.")  # fmt: skip
@gazetteer_option
def places(query, level, oblast, limit, gazetteer_files) -> None:
    """Look a place name up in the gazetteer (any language, any ending, fuzzy),
    or list the units of a level.

    \b
    Examples:
        vap places Нарын
        vap places Ысык-Көлдөн
        vap places "Жазыский айылный аймак"
        vap places Кара-Суу --level ayil_aimak
        vap places --level district --oblast Ош
    """
    from rich.console import Console
    from rich.table import Table

    from ..places_lookup import find, oblast_codes, parents, units_in

    resources = use_gazetteer_files(gazetteer_files)
    if query is None and level is None and oblast is None:
        raise click.UsageError("give a QUERY, or --level / --oblast to list units")
    if oblast is not None and not oblast_codes(resources, oblast):
        click.echo(f"vap: error: unknown oblast {oblast!r}", err=True)
        sys.exit(2)
    if query is None:
        units, how = units_in(resources, level, oblast), "list"
    else:
        result = find(resources, query, level, oblast)
        units, how = result.units, result.how
    if not units:
        click.echo(f"vap: no place matches {query!r}", err=True)
        sys.exit(1)
    title = f"{len(units)} unit(s)" + (f" for {query!r} ({how})" if query is not None else "")
    table = Table(title=title, title_justify="left")
    for column in ("code", "level", "name (ky)", "name (ru)", "name (en)"):
        table.add_column(column, no_wrap=True)
    table.add_column("parents", overflow="fold")
    gaz = resources.gazetteer
    for unit in units[:limit]:
        chain = ", ".join(
            f"{p.name} ({LEVEL_LABELS.get(p.level, p.level)})" for p in parents(gaz, unit)
        )
        table.add_row(unit.id, unit.level, unit.name, unit.name_ru or "", unit.name_en or "", chain)
    Console(soft_wrap=False).print(table)
    if len(units) > limit:
        click.echo(f"... {len(units) - limit} more (use --limit)", err=True)
