"""The token stream of a long text stays small: its tokens share one string a
distinct text (tokens.SHARE_FROM), and its place words one int a sentence."""

from __future__ import annotations

import tracemalloc

from vap_cli import rx
from vap_cli.tokens import SHARE_FROM, TokenStream

# team-written sentences, repeated past SHARE_FROM as a long document repeats its words
_SENTENCES = (
    "Бишкек шаарында 12-мартта жаштар форуму өттү. ",
    "Иш-чарага 150дөн ашык катышуучу келди, алардын арасында Ысык-Көл облусунун өкүлдөрү бар. ",
    "В Оше 3 апреля прошло совещание по вопросам водоснабжения. ",
    "Участники обсудили план работ на 2026 год, а/а Кара-Суу получил новый насос.\n",
)
# bytes of tokens, place words and their offsets a character of this text: ~56
# measured (shared strings and sentence numbers, five-field tokens), ~79 without them
_BYTES_PER_CHARACTER = 65


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
