"""A banner of today's date opens a line (segment/today_banner.py): its openings are
searched for after the line breaks (`today_openings`), the same matches as
TODAY_OPENING's `^` tried at every character."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vap_cli.lexicon import load
from vap_cli.segment.today_banner import BANNER_REST, TODAY_OPENING, today_banners, today_openings

_LABELS: list[str] = load("lines")["today_labels"]
_PIECES = [
    *_LABELS,
    *(label.upper() for label in _LABELS),
    *(label.title() for label in _LABELS),
    ",",
    ", ",
    " ",
    "\t",
    " " * 11,
    "\n",
    "\r\n",
    "\r",
    "\u2028",
    "6 декабря 2026, 14:10",
    "06.12.2026 | 06:47",
    "x" * BANNER_REST,
    "Бишкек",
    ":",
]


def _reference(text: str) -> list[tuple[int, int, str]]:
    return [(*m.span(), m["rest"]) for m in TODAY_OPENING.finditer(text)]


@given(st.lists(st.sampled_from(_PIECES), max_size=14))
@settings(max_examples=800, deadline=None)
def test_the_openings_after_line_breaks_are_those_of_every_line_start(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert today_openings(text) == _reference(text)


def test_banners_on_the_first_line_and_after_others_are_found() -> None:
    label = _LABELS[0].title()
    banner = f"{label}, 6 декабря 2026, 14:10"
    text = f"{banner}\nБишкек шаарында\n  {banner}\n{banner}"
    openings = today_openings(text)
    assert openings == _reference(text)
    assert [text[start:end].strip() for start, end, _ in openings] == [banner] * 3
    assert today_banners(text) == [(start, end) for start, end, _ in openings]
