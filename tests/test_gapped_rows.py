"""A list row whose dash stands for the verb of the row before it keeps a noun counted
only with a verb (participants.gapped_row): "приняли участие 1500 избирателей, в
Ат-Башинском – 1200 избирателей". And the voter's noun ("избиратель") is no verb of
electing, though it starts like one ("избира-"). Found by a Russian-speaking analyst."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def _counts(text: str) -> list[int]:
    return [p.count for p in parse_text(text).participants]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "В Кочкорском районе в голосовании приняли участие 1500 избирателей, в "
            "Ат-Башинском – 1200 избирателей, в Нарынском – 900.",
            [1500, 1200, 900],
        ),
        (
            "Приняли участие 1500 избирателей, в Ат-Башинском районе – 1200 избирателей.",
            [1500, 1200],
        ),
    ],
)
def test_a_gapped_row_shares_the_verb_of_the_row_before(text: str, counts: list[int]) -> None:
    assert _counts(text) == counts


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the row before has no verb of taking part, or none at all
        "В Кочкорском районе зарегистрировано 1500 избирателей, в Ат-Башинском – 1200 избирателей.",
        "В Кочкорском районе 1500 избирателей, в Ат-Башинском – 1200 избирателей.",
    ],
)
def test_without_a_verb_of_taking_part_before_no_row_is_kept(text: str) -> None:
    assert 1200 not in _counts(text)
