"""A Russian count joined by "и" (no comma before it) or ", а также" to a count whose verb
stands before both takes that verb's status: both take part. Found by an analyst's
walkthrough ("приняли участие 23 депутата и около 15 жителей": 15 had no status)."""

from __future__ import annotations

import pytest

from vap_cli.pipeline import parse_text


def _statuses(text: str) -> dict[int, str]:
    return {p.count: p.status for p in parse_text(text).participants}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("В совещании приняли участие 23 депутата и около 15 жителей.", 15),
        ("В работе участвовали 25 врачей и 40 медсестер.", 40),
        ("Приняли участие 17 депутатов, а также 35 жителей.", 35),
    ],
)
def test_a_joined_count_shares_the_verb_before_the_first(text: str, count: int) -> None:
    assert _statuses(text)[count] == "actual"


def test_a_lone_conjunction_after_a_comma_opens_a_clause_of_its_own() -> None:
    # near miss: "и" after a comma starts a new clause; its count does not take part
    statuses = _statuses("Приняли участие 23 депутата, и 15 жителей обратились с жалобами.")
    assert statuses.get(15) != "actual"
