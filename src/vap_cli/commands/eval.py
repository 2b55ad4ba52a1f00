from __future__ import annotations

import json
import os
import sys

import click

from ..wording import count
from .common import debug_option, jobs_option, stdout_console
from .gazetteer_option import gazetteer_option, use_gazetteer_files


@click.command(name="eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("docs_dir", type=click.Path(exists=True, file_okay=False))
@click.option(
    "--strict", is_flag=True, help="Participants key on count and qualifier, not count alone."
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "markdown"]),
    default="table",
    show_default=True,
)
@click.option(
    "--show-errors",
    is_flag=True,
    help="List each miss and each extra with its document (and an extra's text and span).",
)
@click.option(
    "--lang",
    type=click.Choice(["ky", "ru"]),
    help="Only the documents of this language (the gold file's `lang:`, else the parser's).",
)
@click.option(
    "--split",
    type=click.Choice(["tune", "check", "all"]),
    default="all",
    show_default=True,
    help="Only one part of the fixed split: ids ending in 0-6 tune, 7-9 check "
    "(docs/EVALUATION.md).",
)
@click.option(
    "--per-doc",
    is_flag=True,
    help="Also F1 per language and split part, and one row per document with its errors.",
)
@click.option(
    "-q", "--quiet", is_flag=True, help="No progress bar (one is drawn on a terminal's stderr)."
)
@jobs_option
@debug_option
@gazetteer_option
def eval_(
    gold_dir,
    docs_dir,
    strict,
    fmt,
    show_errors,
    lang,
    split,
    per_doc,
    quiet,
    jobs,
    debug,
    gazetteer_files,
) -> None:
    """Score the parser against hand-made gold annotations, field by field.

    GOLD_DIR holds one YAML file per document (docs/GOLD-FORMAT.md); DOCS_DIR
    the documents they name (by the gold file's `doc:`), in the same folder or
    another one. Prints precision, recall, F1 and the counts (tp, fp, fn) of each
    field over the distinct keys of each document. Exits 1 when a gold document
    is missing from DOCS_DIR or fails to parse.

    \b
    Examples:
        vap eval tests/gold tests/gold/docs
        vap eval tests/gold/seeds samples --strict --show-errors
        vap eval GOLD_DIR TEXTS_DIR --strict --lang ky --split tune --per-doc
        vap eval tests/gold tests/gold/docs --format json > scores.json
        vap eval tests/gold tests/gold/docs --format json -q | jq .scores
    """
    from ..evaluate import evaluate

    resources = use_gazetteer_files(gazetteer_files)
    from .common import Reporter

    reporter = Reporter(quiet=quiet, debug=debug, verb="eval")
    evaluation = evaluate(
        gold_dir,
        docs_dir,
        strict=strict,
        jobs=jobs,
        on_failure=reporter.failed,
        gazetteer=resources.extra,
        lang=lang,
        split=split,
        progress=reporter.progress,
    )
    for path, why in evaluation.bad_gold.items():
        reporter.fail_line(f"{path}: not a readable gold file: {why}")
    if not evaluation.documents:
        reporter.fail_line(_nothing_to_score(evaluation.found, gold_dir, lang, split))
        sys.exit(1)
    if len(evaluation.missing) == evaluation.documents:  # a table of zeros would mislead
        reporter.fail_line(
            f"{docs_dir}: none of the {count(evaluation.documents, 'document')} the gold files name"
            f" (e.g. {evaluation.missing[0]}) is there: is it the folder of the documents?"
        )
        sys.exit(1)
    for name in evaluation.missing:
        reporter.fail_line(f"{os.path.join(docs_dir, name)}: gold file names it, no such document")
    if fmt == "json":
        out = evaluation.as_dict(errors=show_errors, per_doc=per_doc)
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        _print_human(evaluation, fmt, show_errors, per_doc)
    sys.exit(1 if evaluation.missing or evaluation.failed or evaluation.bad_gold else 0)


def _nothing_to_score(found: int, gold_dir: str, lang: str | None, split: str) -> str:
    """Why nothing was scored: no gold file at all, or none that --lang / --split keep."""
    if not found:
        return f"no gold files (*.yaml with a `doc:` key) to score in {gold_dir}"
    asked = [
        *([f"in the language asked (--lang {lang})"] if lang else []),
        *([f"in the split part asked (--split {split})"] if split != "all" else []),
    ]
    wanted = " and ".join(asked) or "readable"
    if found == 1:
        return f"{gold_dir}: its one gold file is not {wanted}"
    return f"{gold_dir}: none of the {found} gold files is {wanted}"


def _print_human(evaluation, fmt: str, show_errors: bool, per_doc: bool) -> None:
    from rich.markup import escape

    from ..evaluate import (
        markdown_breakdown,
        markdown_table,
        render_breakdown,
        render_documents,
        render_table,
    )

    console = stdout_console(highlight=False)
    if show_errors:
        for m in evaluation.mismatches():
            where = f"  {m.span[0]}-{m.span[1]} {m.text!r}" if m.span else ""
            sign = "[red]-[/red]" if m.kind == "missed" else "[yellow]+[/yellow]"
            line = f"{sign} {escape(m.doc)} {m.field} {m.kind}: {escape(m.key)}{escape(where)}"
            console.print(line, soft_wrap=True)  # one line per error, for grep
        console.print()
    if fmt == "markdown":
        click.echo(markdown_table(evaluation))
        if per_doc:
            click.echo("\n" + markdown_breakdown(evaluation))
        return
    console.print(render_table(evaluation))
    if per_doc:
        console.print(render_breakdown(evaluation))
        console.print(render_documents(evaluation))
