"""Tables of an evaluation: rich tables, plain text and markdown."""

from __future__ import annotations

from typing import Any

from ..wording import count
from .evaluation import Evaluation
from .scoring import overall


def render_table(evaluation: Evaluation, title: str | None = None) -> Any:
    """A rich Table of the scores: one row per field, then the overall row."""
    from rich.table import Table

    title = title or (
        f"vap eval: {count(evaluation.documents, 'document')}"
        + (" (strict)" if evaluation.strict else "")
    )
    table = Table(title=title, title_justify="left")
    table.add_column("field")
    for name in ("P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(name, justify="right")
    rows = list(evaluation.scores.items()) + [("overall", evaluation.overall)]
    for i, (name, s) in enumerate(rows):
        table.add_row(
            name,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            str(s.tp),
            str(s.fp),
            str(s.fn),
            end_section=i == len(rows) - 2,
        )
    return table


def table_text(evaluation: Evaluation, title: str | None = None, width: int = 80) -> str:
    """The table as plain text (for logs and the README)."""
    import io

    from rich.console import Console

    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None).print(render_table(evaluation, title))
    return buffer.getvalue()


def markdown_table(evaluation: Evaluation) -> str:
    """The table in Markdown, for the README's Accuracy section."""
    lines = ["| field | P | R | F1 | tp | fp | fn |", "|---|---:|---:|---:|---:|---:|---:|"]
    rows = list(evaluation.scores.items()) + [("**overall**", evaluation.overall)]
    for name, s in rows:
        lines.append(
            f"| {name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} "
            f"| {s.tp} | {s.fp} | {s.fn} |"
        )
    return "\n".join(lines)


def _breakdown_rows(evaluation: Evaluation) -> tuple[list[str], list[list[str]]]:
    """Headers ("all (124)", "ky (82)", ..., "tune (85)") and one row of F1 per field."""
    groups = {"all": evaluation.scores, **evaluation.breakdown()}
    sizes = {"all": evaluation.documents}
    for doc in evaluation.per_document:
        for group in (evaluation.languages.get(doc, "?"), evaluation.part_of(doc)):
            sizes[group] = sizes.get(group, 0) + 1
    headers = [f"{group} ({sizes.get(group, 0)})" for group in groups]
    rows = []
    for name in [*evaluation.scores, "overall"]:
        cells = [
            f"{(overall(scores) if name == 'overall' else scores[name]).f1:.3f}"
            for scores in groups.values()
        ]
        rows.append([name, *cells])
    return headers, rows


def render_breakdown(evaluation: Evaluation) -> Any:
    """A rich Table of F1 per field for all documents, each language and each split part."""
    from rich.table import Table

    headers, rows = _breakdown_rows(evaluation)
    table = Table(title="F1 by language and split part (documents)", title_justify="left")
    table.add_column("field")
    for header in headers:
        table.add_column(header, justify="right")
    for i, row in enumerate(rows):
        table.add_row(*row, end_section=i == len(rows) - 2)
    return table


def markdown_breakdown(evaluation: Evaluation) -> str:
    """The breakdown in Markdown, for the README's Accuracy section."""
    headers, rows = _breakdown_rows(evaluation)
    lines = [
        "| field | " + " | ".join(headers) + " |",
        "|---|" + "---:|" * len(headers),
    ]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def render_documents(evaluation: Evaluation) -> Any:
    """A rich Table with one row per document: where the errors are."""
    from rich.table import Table

    table = Table(title="per document", title_justify="left")
    for name, justify in (
        ("doc", "left"),
        ("lang", "left"),
        ("split", "left"),
        ("F1", "right"),
        ("tp", "right"),
        ("fp", "right"),
        ("fn", "right"),
        ("wrong (+extra -missed)", "left"),
    ):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for row in evaluation.document_rows():
        table.add_row(
            row["doc"],
            row["lang"],
            row["split"],
            f"{row['f1']:.3f}",
            str(row["tp"]),
            str(row["fp"]),
            str(row["fn"]),
            ", ".join(row["wrong"]),
        )
    return table
