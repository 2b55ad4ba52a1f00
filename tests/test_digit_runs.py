"""The runs of digits read once a document (TokenStream.digit_runs) and what the
dates, periods, phones and participants stages read from them: the same places and
matches as each one's own search of the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vap_cli.extractors import event_name_years, periods, phones
from vap_cli.extractors.participants import candidates
from vap_cli.normalise import normalise
from vap_cli.numbers import DIGIT_PIECE
from vap_cli.segment.tokens import DIGIT_RUN, TokenStream

ROOT = Path(__file__).resolve().parents[1]

TEXTS = [
    "Форум аймактары - 2023, конкурс «Мыкты айыл» -  2024 жана 2018-2022-жылдар, 1999.",
    'Тел.: +996 (312) 62-11-45, (0555) 31-33-85, 0555313385; "Жаш демилге" – 2025 форуму.',
    "12.03.2020, 05. 03. 2021, 5.06 саат 10.00дө; 2021-05-24; №2020; 20215; 19-кылым.",
    "1" * 150 + " адам, 20" + "0" * 70 + " сом, ٣٤ ٢٠٢١ жыл, ２０２３, -2019, x-2020.",
    "",
    "жок",
]


def _texts() -> list[str]:
    samples = sorted((ROOT / "samples").glob("*.txt"))
    return TEXTS + [normalise(p.read_text(encoding="utf-8")).text for p in samples]


def _own_runs(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in DIGIT_RUN.finditer(text)]


@pytest.mark.parametrize("text", _texts())
def test_the_runs_and_each_stages_reading_of_them_match_its_own_search(text: str) -> None:
    runs = TokenStream(text).digit_runs()
    assert list(runs) == _own_runs(text)
    # participants: DIGIT_PIECE's matches
    pieces = [m.span() for m in DIGIT_PIECE.finditer(text)]
    assert list(candidates._digit_pieces(runs)) == pieces
    # periods: the years, and the dashed years after a word
    assert periods.year_starts(text, runs) == periods.year_starts(text)
    years = periods.year_starts(text, runs)
    dashed = periods.rx.matches_at(
        event_name_years._DASHED_YEAR, text, event_name_years._dashed_year_starts(years)
    )
    assert [m.span() for m in dashed] == [
        m.span() for m in event_name_years._DASHED_YEAR.finditer(text)
    ]
    # phones: the candidates, and the numbers found
    tried = periods.rx.matches_at(phones.CANDIDATE, text, phones._candidate_starts(text, runs))
    assert [m.span() for m in tried] == [m.span() for m in phones.CANDIDATE.finditer(text)]
    assert phones.find_phones(text, runs) == phones.find_phones(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='0123456789٣２ -–+(),.:/\n"жыл Форум', max_size=80))
def test_generated_texts_give_the_same_years_phones_and_pieces(text: str) -> None:
    runs = TokenStream(text).digit_runs()
    assert list(runs) == _own_runs(text)
    assert list(candidates._digit_pieces(runs)) == [m.span() for m in DIGIT_PIECE.finditer(text)]
    years = periods.year_starts(text, runs)
    assert years == periods.year_starts(text)
    dashed = periods.rx.matches_at(
        event_name_years._DASHED_YEAR, text, event_name_years._dashed_year_starts(years)
    )
    assert [m.span() for m in dashed] == [
        m.span() for m in event_name_years._DASHED_YEAR.finditer(text)
    ]
    tried = periods.rx.matches_at(phones.CANDIDATE, text, phones._candidate_starts(text, runs))
    assert [m.span() for m in tried] == [m.span() for m in phones.CANDIDATE.finditer(text)]
