"""The token stream of a long text stays small: its tokens share one string a
distinct text (tokens.SHARE_FROM), its place words one int a sentence, and both are
made a piece of the text at a time (token_pieces.PIECE_CHARS)."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

import pytest

from vap_cli import rx
from vap_cli.segment import token_pieces
from vap_cli.segment.tokens import SHARE_FROM, TokenStream, tokenize

# team-written sentences, repeated past SHARE_FROM as a long document repeats its words
_SENTENCES = (
    "Бишкек шаарында 12-мартта жаштар форуму өттү. ",
    "Иш-чарага 150дөн ашык катышуучу келди, алардын арасында Ысык-Көл облусунун өкүлдөрү бар. ",
    "В Оше 3 апреля прошло совещание по вопросам водоснабжения. ",
    "Участники обсудили план работ на 2026 год, а/а Кара-Суу получил новый насос.\n",
)
# bytes of tokens, place words and their offsets a character of this text: ~34
# measured (tokens kept as columns, token_pieces.TokenColumns), ~50 with a tuple a
# token, ~79 without shared strings and sentence numbers
_BYTES_PER_CHARACTER = 42
# and once the place words are let go (TokenStream.release_words, after places):
# ~16 measured, the tokens' columns alone
_RELEASED_BYTES_PER_CHARACTER = 24


@pytest.fixture(autouse=True)
def _compact_from_small_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests read the compact form of long texts (token_pieces.COMPACT_FROM) at
    sizes a test can afford: from two pieces on."""
    monkeypatch.setattr(token_pieces, "COMPACT_FROM", 0)


def _long_text() -> str:
    block = "".join(_SENTENCES)
    return block * (2 * SHARE_FROM // len(block) + 1)


def _sentence_ends(text: str) -> list[int]:
    return [i + 1 for i, c in enumerate(text) if c in ".\n"]


def test_a_long_texts_token_stream_stays_under_its_bytes_per_character() -> None:
    text = _long_text()
    ends = _sentence_ends(text)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        stream = TokenStream(text, ends)
        views = stream.tokens, stream.words, stream.between(0, 10), stream.name_words(0, 10)
        used = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert views[0] and views[1]
    assert used / len(text) < _BYTES_PER_CHARACTER


def test_a_long_texts_place_words_are_let_go_after_places() -> None:
    text = _long_text()
    assert token_pieces.in_pieces(text)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        stream = TokenStream(text, _sentence_ends(text))
        assert stream.tokens and stream.words
        stream.release_words()
        used = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert used / len(text) < _RELEASED_BYTES_PER_CHARACTER


def test_repeated_words_share_one_string_and_one_folded_string() -> None:
    stream = TokenStream(_long_text())
    bishkek = [tok for tok in stream.tokens if tok.text == "Бишкек"]
    assert len(bishkek) > 1
    assert len({id(tok.text) for tok in bishkek}) == 1
    assert len({id(tok.low) for tok in bishkek}) == 1
    assert bishkek[0].low == "бишкек"


# bytes held at once a character while a long Cyrillic text is case-folded: ~6.5
# measured on this text (the result, 2, and one chunk's buffer); str.casefold on the
# whole text holds ~14 (a buffer of three 4-byte code points a character, then the result)
_FOLD_BYTES_PER_CHARACTER = 8


def test_a_long_text_is_case_folded_a_chunk_at_a_time() -> None:
    text = _long_text()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        folded = rx.casefold(text)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert folded == text.casefold()
    assert peak / len(text) < _FOLD_BYTES_PER_CHARACTER


def test_case_folding_by_chunks_keeps_the_letters_that_fold_to_several() -> None:
    # "ß" folds to "ss", "İ" to "i̇": a chunk's fold is longer than the chunk
    text = ("Straße İstanbul ΣΊΣΥΦΟΣ Бишкек " * (2 * rx.FOLD_CHUNK // 30 + 1)).strip()
    assert len(text) > rx.FOLD_CHUNK
    assert rx.casefold(text) == text.casefold()
    assert rx.casefold("Нарын") == "нарын"


# A long text's tokens and place words are made a piece at a time (token_pieces.PIECE_CHARS),
# so the memory held at once while they are made is what they keep and one piece's
# working lists. Measured on this text with pieces of _SMALL_PIECE characters: peak /
# kept ~1.04 for the tokens and ~1.13 for the place words; made from the whole text at
# once ~1.97 and ~1.72 (every token's texts and offsets in lists beside the tokens).
_SMALL_PIECE = 8192
_PEAK_PER_KEPT = 1.35


def _peak_and_kept(make: Callable[[], object]) -> tuple[int, int]:
    """The bytes held at most while `make` ran, and the bytes held after, beyond those
    held before (tracemalloc is running)."""
    before = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    made = make()
    after, peak = tracemalloc.get_traced_memory()
    assert made
    return peak - before, after - before


def test_a_long_texts_tokens_and_words_are_made_a_piece_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(token_pieces, "PIECE_CHARS", _SMALL_PIECE)
    text = _long_text()
    assert len(text) > 20 * _SMALL_PIECE
    stream = TokenStream(text, _sentence_ends(text))
    tracemalloc.start()
    try:
        # a long text's place words are made with its tokens, a piece at a time
        peak, kept = _peak_and_kept(lambda: (stream.tokens, stream.words))
    finally:
        tracemalloc.stop()
    assert peak / kept < _PEAK_PER_KEPT


# Line breaks where a piece may end: beside numbers, codes, punctuation runs, joined
# words and apostrophes, each of which would read differently if glued to the next line
_EDGES = (
    "Нарын облусунда 1 500\n000 сом бөлүндү, 12.03.\n2020-жылы\n",
    "Ысык-\nКөл, а/\nа Кара-Суу: 20\nдан ашуун адам ---\n--- О’\nКонор\n",
    "В Оше 3\nапреля, тел. 0555-31\n-33-85; «Кызыл-Кыя»\n\n\nи т.д.\n",
)


def _tokens_and_words(text: str, release: bool = False) -> tuple[object, ...]:
    stream = TokenStream(text, _sentence_ends(text))
    middle = len(text) // 2
    words = stream.words
    if release:  # read again a piece at a time
        stream.release_words()
    stretches = [(0, len(text)), (middle, middle + 500), (7, 9), (middle + 3, middle + 61)]
    return (
        [(type(tok), tuple(tok)) for tok in stream.tokens],
        words,
        [stream.name_words(start, end) for start, end in stretches],
        [stream.words_between(start, end) for start, end in stretches],
        [stream.between(start, end) for start, end in stretches],
        stream.words,
    )


@pytest.mark.parametrize("piece", [1, 7, 60])
def test_a_text_read_in_pieces_gives_the_tokens_and_words_of_the_whole(
    monkeypatch: pytest.MonkeyPatch, piece: int
) -> None:
    text = "".join(_EDGES) * 30
    whole = _tokens_and_words(text)  # shorter than two pieces: read at once
    assert not token_pieces.in_pieces(text)
    monkeypatch.setattr(token_pieces, "PIECE_CHARS", piece)
    assert _tokens_and_words(text) == whole
    assert _tokens_and_words(text, release=True) == whole


@pytest.mark.parametrize("piece", [1, 7, 60])
def test_a_text_on_one_line_is_read_in_pieces_cut_at_spaces(
    monkeypatch: pytest.MonkeyPatch, piece: int
) -> None:
    # a text with its line breaks lost, or a run of "1.1 " a megabyte long, was one
    # piece: every token's working lists at once (walkthrough 23: 1.45 GB at 19.5 MB).
    # A piece with no line break ends at a space no token reaches across, never inside
    # a number's groups of thousands ("1 500", "12 3456")
    text = "".join(_EDGES).replace("\n", " ") * 30 + "1.1 1 500 12 3456 0555 313 385 " * 20
    whole = _tokens_and_words(text)
    monkeypatch.setattr(token_pieces, "PIECE_CHARS", piece)
    assert len(token_pieces.piece_spans(text)) > len(text) // (piece + 100)
    assert _tokens_and_words(text) == whole
    assert _tokens_and_words(text, release=True) == whole


def test_a_text_of_many_tokens_is_kept_as_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    # below COMPACT_FROM characters, a text of COMPACT_TOKENS tokens or more (a run of
    # "1.1 ": three tokens in four characters) is kept as a long text's, and its tokens
    # are the same
    text = "".join(_EDGES) * 30
    whole = tokenize(text)
    monkeypatch.setattr(token_pieces, "COMPACT_FROM", len(text) + 1)
    monkeypatch.setattr(token_pieces, "PIECE_CHARS", 60)
    assert isinstance(TokenStream(text).tokens, list)
    monkeypatch.setattr(token_pieces, "COMPACT_TOKENS", len(whole) // 3, raising=False)
    columns = TokenStream(text, _sentence_ends(text)).tokens
    assert isinstance(columns, token_pieces.TokenColumns)
    assert list(columns) == whole
    assert _tokens_and_words(text) == _tokens_and_words_whole(text, monkeypatch)


def _tokens_and_words_whole(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    with monkeypatch.context() as whole:
        whole.setattr(token_pieces, "PIECE_CHARS", len(text))
        return _tokens_and_words(text)


def test_a_long_texts_tokens_read_as_a_list_would_be(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "".join(_EDGES) * 30
    whole = tokenize(text)  # read at once
    monkeypatch.setattr(token_pieces, "PIECE_CHARS", 60)
    columns = TokenStream(text).tokens
    assert isinstance(columns, token_pieces.TokenColumns)
    monkeypatch.setattr(token_pieces, "MADE_AT_ONCE", 50)  # made in runs
    tokens = list(columns)
    assert tokens == whole and columns[: len(whole)] == whole
    assert columns[5] == tokens[5] and columns[-1] == tokens[-1]
    assert columns[3:9] == tokens[3:9] and columns[::7] == tokens[::7]
    with pytest.raises(IndexError):
        columns[len(tokens)]


def test_a_text_below_the_compact_size_is_read_whole_a_tuple_a_token(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = _long_text()
    monkeypatch.setattr(token_pieces, "COMPACT_FROM", len(text) + 1)
    stream = TokenStream(text, _sentence_ends(text))
    assert not token_pieces.in_pieces(text)
    assert isinstance(stream.tokens, list) and stream.tokens == tokenize(text)
    monkeypatch.setattr(token_pieces, "COMPACT_FROM", len(text))
    assert isinstance(TokenStream(text, _sentence_ends(text)).tokens, token_pieces.TokenColumns)
