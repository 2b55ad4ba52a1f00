"""The word views read fast (TokenStream.words off the text in one pattern's pass) are
the views read from the tokens (`_words_from_tokens`, the reference), on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vap_cli.tokens import WORD_MAX_PARTS, WORD_PART_MAX, TokenStream, _odd_name

# Letters of both languages and others, digits, the joiners and apostrophes, signs that
# are no letter, spaces, a combining mark, letters folding longer ("İ", "ß").
_CHARS = "аБөҮңЖzQéßİ'’-/-.,:;()«»\"  \u00a0\n\t0123456789²\u0301№_"
_PIECES = [
    "Ысык-Көл",
    "а/а",
    "20-жылдан",
    "20дан",
    "1 500",
    "12.03.2020",
    "Д'Арт",
    "-а" * WORD_MAX_PARTS,
    "б" * (WORD_PART_MAX - 1),
    "Б" * (WORD_PART_MAX + 3),
    "д" * 12 + "а" * 5,
]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    pieces = draw(
        st.lists(
            st.one_of(st.text(alphabet=_CHARS, min_size=1, max_size=8), st.sampled_from(_PIECES)),
            max_size=40,
        )
    )
    return "".join(pieces)


def _check(text: str, ends: list[int]) -> None:
    stream = TokenStream(text, ends)
    reference = stream._words_from_tokens()
    assert stream.words == reference
    assert stream._odd_names == [
        i for i, w in enumerate(reference) if _odd_name(text, w.start, w.end)
    ]


@given(_texts(), st.lists(st.integers(min_value=0, max_value=400), max_size=8))
@settings(max_examples=1500, deadline=None)
def test_place_words_read_fast_are_the_words_of_the_tokens(text: str, cuts: list[int]) -> None:
    _check(text, sorted(set(cuts)))


@given(st.text(max_size=60))
@settings(max_examples=1000, deadline=None)
def test_place_words_of_any_characters(text: str) -> None:
    _check(text, [len(text) // 2])


def test_place_words_of_team_sentences() -> None:
    text = (
        "Нарын облусунун Ат-Башы районунда 2024-жылы 5-мартта 20дан ашык киши, "
        "а/а башчысы Д'Арт жана Токтогул-уулу катышты.\nВ г. Бишкек (Кыргызстан) "
        "прошла встреча; «Ала-Тоо» аянтында 1 500 адам."
    )
    _check(text, [text.index("."), text.index(";")])
