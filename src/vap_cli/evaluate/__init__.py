"""Scoring extraction against gold annotations, field by field.

The key rules are those of the team's workbench scorer (an unmodified copy in
tests/fixtures/score.py; tests/test_eval.py checks that the two agree), written here
again so that the package stands alone:
set-based precision/recall/F1 over distinct keys per field, micro-averaged over
documents; names folded by fold.py, as the parser compares them.
Gold format: docs/GOLD-FORMAT.md. `vap eval` (commands/eval.py) is the CLI.
A corpus can be narrowed to one language (the gold file's `lang:`, else the
parsed record's language) and to one part of the fixed tune/check split
(`split_of`; the rule is written in docs/EVALUATION.md).

Fields are extensible: FIELDS are scored on every gold document; a field of
OPTIONAL_FIELDS (events) only on the gold documents that carry its key, so the
gold corpus can grow an annotation without re-annotating every old document.
To add a field: give it a gold rule and a prediction rule in `gold_items` and
`pred_items`, list it in FIELDS or OPTIONAL_FIELDS, and the kinds of its values in
gold_check.py.

Modules:
- keys.py: the fields, and the keys of gold and predicted records (`gold_keys`, `pred_keys`).
- scoring.py: gold loading, predictions, `score` and `overall`.
- gold_check.py: what a gold file's facts must be (`check_gold`): one that is not is
  named with its field, item, key and what was expected, and left out of the score.
- splits.py: the tune/check split (`split_of`), languages, subsets.
- evaluation.py: a whole run (`evaluate`, `Evaluation`).
- render.py: the tables of a run (rich, plain text, markdown).
"""

from __future__ import annotations

from .evaluation import Evaluation, evaluate
from .keys import (
    ALL_FIELDS,
    FIELDS,
    OPTIONAL_FIELDS,
    Item,
    day,
    fold,
    gold_keys,
    phone_key,
    pred_keys,
    url_key,
    year,
)
from .render import (
    markdown_breakdown,
    markdown_table,
    render_breakdown,
    render_documents,
    render_table,
    table_text,
)
from .scoring import FieldScore, Mismatch, fields_of, load_gold, overall, predict, score
from .splits import CHECK_DIGITS, SPLITS, in_split, lang_of, select, split_of

__all__ = [
    "ALL_FIELDS",
    "CHECK_DIGITS",
    "Evaluation",
    "FIELDS",
    "FieldScore",
    "Item",
    "Mismatch",
    "OPTIONAL_FIELDS",
    "SPLITS",
    "day",
    "evaluate",
    "fields_of",
    "fold",
    "gold_keys",
    "in_split",
    "lang_of",
    "load_gold",
    "markdown_breakdown",
    "markdown_table",
    "overall",
    "phone_key",
    "pred_keys",
    "predict",
    "render_breakdown",
    "render_documents",
    "render_table",
    "score",
    "select",
    "split_of",
    "table_text",
    "url_key",
    "year",
]
