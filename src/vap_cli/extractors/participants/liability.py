"""Held liable: a verb of taking part ("привлечены", "тартылды") that a noun of liability
right before it or after it makes being held liable, no taking part ("жоопкерчиликке
тартылды", "к ответственности привлечены", "привлечены к административной
ответственности"; lexicon `liability_words`). phrase.status_at reads no status there,
and the count is a penalty's (participants.penalised; left63)."""

from __future__ import annotations

from collections.abc import Sequence

from ... import morph
from ...numbers import Token
from .constants import STATUS_REACH
from .words import MODIFIER_JOINERS, Tokens, casefolded, plain_list, status_phrases_at, words_at

LIABILITY_WORDS = casefolded("liability_words")
_LIABILITY_PREPOSITIONS = casefolded("liability_prepositions_ru")
# The Russian liability noun after the verb stands at most this many words after it
# (a preposition, two adjectives and their joiner: "к административной и уголовной").
_LIABILITY_REACH = 4


def liability_after(tokens: Sequence[Token], k: int) -> bool:
    """From token k on, a noun of `liability_words` with only a preposition of
    `liability_prepositions_ru`, Russian adjectives and `modifiers.joiners` before it
    ("привлечены к административной ответственности": held liable, no taking part)."""
    for tok in tokens[k : k + _LIABILITY_REACH + 1]:
        if tok.low in LIABILITY_WORDS:
            return True
        if not (
            tok.low in _LIABILITY_PREPOSITIONS
            or tok.low in MODIFIER_JOINERS
            or (tok.kind == "word" and morph.russian_plain_adjective_stem(tok.low) is not None)
        ):
            return False
    return False


def liable_verb_at(tokens: Sequence[Token], j: int) -> bool:
    """A verb of taking part starts at token j that a noun of `liability_words` right
    before it or after it (`liability_after`) makes being held liable."""
    tokens = plain_list(tokens)
    before = j > 0 and tokens[j - 1].low in LIABILITY_WORDS
    return any(
        words_at(tokens, j, phrase) and (before or liability_after(tokens, j + len(phrase)))
        for phrase, _ in status_phrases_at(tokens, j)
    )


def held_liable(tokens: Tokens, start: int, end: int) -> bool:
    """In the clause of the count from token `start` to `end`, before it or after it, a
    verb of taking part held liable (`liable_verb_at`): "К ответственности привлечены 5
    жителей", "12 водителей привлечены к административной ответственности". The count
    is whom a body punished; no verb says it took part."""
    first = start - len(tokens.clause_before(start, STATUS_REACH))
    last = end + len(tokens.clause_after(end, STATUS_REACH))
    return any(liable_verb_at(tokens, j) for j in (*range(first, start), *range(end, last)))
