"""The token after a count's end (participants/rows.py `tokens_end_index`, read by the
rows, the trailing rows and the parts of a dropped total): a bisection of the tokens'
ends, the same index as reading the tokens one by one."""

from __future__ import annotations

from vap_cli.extractors.participants.rows import tokens_end_index
from vap_cli.segment.tokens import Token, tokenize


def read_one_by_one(tokens: list[Token], end: int) -> int:
    """The first token that ends after `end` (or the count of tokens)."""
    return next((k for k, tok in enumerate(tokens) if tok.end > end), len(tokens))


def test_the_token_after_a_count_of_people() -> None:
    text = "Жыйынга 120 тургун катышты, анын ичинде Ак-Талаа айылынан – 45."
    tokens = tokenize(text)
    count_end = text.index("тургун") + len("тургун")
    after = tokens_end_index(tokens, count_end)
    assert tokens[after].text == "катышты"


def test_every_offset_gives_the_token_one_by_one_reading_gives() -> None:
    text = "В собрании участвовали 40 человек,\nв Оше – 1 200 жителей (из них 15 детей)."
    tokens = tokenize(text)
    for end in range(-1, len(text) + 2):
        assert tokens_end_index(tokens, end) == read_one_by_one(tokens, end)


def test_no_tokens_and_an_end_before_the_first() -> None:
    # near miss: nothing ends before the first token's end
    tokens = tokenize("  45 киши")
    assert tokens_end_index(tokens, tokens[0].end - 1) == 0
    assert tokens_end_index([], 10) == 0
