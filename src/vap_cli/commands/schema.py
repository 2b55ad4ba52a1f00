from __future__ import annotations

import click


@click.command()
def schema() -> None:
    """Print the JSON Schema of the Document record (the output contract)."""
    import json

    from ..models import Document

    click.echo(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2))
