"""Job-seekers at a job fair are counted as those taking part: the Kyrgyz two-word agent
noun ("жумуш издөөчү") and the Russian "соискатель", with a verb of taking part or of
coming (lexicon participation.yaml `who`, needs_verb). A district's register of them, or
their number on record, is none. Found by held-out round 56 (acc56); the sentences are
the team's own."""

from __future__ import annotations

import pytest

from record_fields import qualified_counts
from vap_cli.pipeline import explain_text

HEAD_KY = "Жарыяланды: 11.04.2024\n"
HEAD_RU = "Бишкек, 11 апреля 2024 г.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HEAD_KY + "Жарманкеге 300дөн ашык жумуш издөөчү катышты.", [(300, "more_than")]),
        (HEAD_KY + "Бош орундар жарманкесине 125 жумуш издөөчү келди.", [(125, "exact")]),
        (HEAD_RU + "В ярмарке вакансий приняли участие 240 соискателей.", [(240, "exact")]),
        # near misses: a register of job-seekers, their number on record, no verb
        (HEAD_KY + "Райондо 540 жумуш издөөчү катталган.", []),
        (HEAD_RU + "В районе на учете состоят 300 соискателей.", []),
    ],
)
def test_job_seekers_coming_to_a_fair_are_counted(text, expected):
    assert qualified_counts(text) == expected


def test_review_ordinary_text_about_job_search_gives_no_count():
    # a service given to job-seekers (the dative, a verb of giving) counts no one taking part
    text = HEAD_KY + "Борбор өткөн айда 40 жумуш издөөчүгө акысыз кеңеш берди."
    assert qualified_counts(text) == []
    codes = {(d.rule.code, d.kept) for d in explain_text(text)[1]}
    assert ("participants.who_noun", True) not in codes
