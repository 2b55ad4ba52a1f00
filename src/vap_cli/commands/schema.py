from __future__ import annotations

import click

NO_NAME = "-"
OTHER_GROUP = "other"  # a kind no group of the lexicon lists (Event.kind_group)


@click.command()
@click.option(
    "--event-kinds",
    is_flag=True,
    help="Print the event kinds instead, one a line: the kind as records and gold files "
    "write it (lexicon/events.yaml), its group (kind_group), its English and Russian names.",
)
def schema(event_kinds: bool) -> None:
    """Print the JSON Schema of the Document record (the output contract)."""
    import json

    if event_kinds:
        for line in event_kind_lines():
            click.echo(line)
        return
    from ..models import Document

    click.echo(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2))


def event_kind_lines() -> list[str]:
    """`kind<TAB>group<TAB>English<TAB>Russian` of each kind the events lexicon names, in
    its order, then its table fallback (a schedule row naming no kind), group `other`;
    a name the lexicon does not give is "-"."""
    from ..lexicon import load

    lexicon = load("events")
    group_of = {kind: group for group, kinds in lexicon["kind_groups"].items() for kind in kinds}
    labels = lexicon["kind_labels"]
    fallback = lexicon["table_fallback_kind"]
    rows = []
    for kind in [*lexicon["kinds"], fallback]:
        names = labels.get(kind, {})
        english, russian = names.get("en", NO_NAME), names.get("ru", NO_NAME)
        rows.append("\t".join([kind, group_of.get(kind, OTHER_GROUP), english, russian]))
    return rows
