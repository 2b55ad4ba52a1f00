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
from .words import (
    MODIFIER_JOINERS,
    STATUS,
    Tokens,
    casefolded,
    plain_list,
    status_phrases_at,
    words_at,
)

LIABILITY_WORDS = casefolded("liability_words")
# ... the Russian noun, liability only after "к" ("об ответственности" is no liability)
_LIABILITY_NOUNS_RU = casefolded("liability_words_ru")
_LIABILITY_PREPOSITIONS = casefolded("liability_prepositions_ru")
# The Russian liability noun stands at most this many words from the verb after it, and
# its preposition as many before the noun (a preposition, two adjectives and their
# joiner: "к административной и уголовной").
_LIABILITY_REACH = 4
# Every noun of liability, either language: a clause without one holds no verb held liable.
_ANY_LIABILITY_NOUN = LIABILITY_WORDS | _LIABILITY_NOUNS_RU
# The words of the longest phrase of taking part (the lexicon's), after which a liability
# noun is read.
_LONGEST_STATUS = max(len(phrase) for phrases in STATUS.values() for phrase, _ in phrases)


def _between(tok: Token) -> bool:
    """A word that may stand between the liability noun and its preposition: a Russian
    adjective or a joiner of `modifiers.joiners` ("административной и уголовной")."""
    return tok.low in MODIFIER_JOINERS or (
        tok.kind == "word" and morph.russian_plain_adjective_stem(tok.low) is not None
    )


def liability_after(tokens: Sequence[Token], k: int) -> bool:
    """From token k on, a noun of `liability_words` with only Russian adjectives and
    `modifiers.joiners` (`_between`) before it, or the Russian noun of `liability_words_ru`
    after a preposition of `liability_prepositions_ru` ("привлечены к административной
    ответственности": held liable, no taking part)."""
    governed = False
    for tok in tokens[k : k + _LIABILITY_REACH + 1]:
        if tok.low in LIABILITY_WORDS or (governed and tok.low in _LIABILITY_NOUNS_RU):
            return True
        if tok.low in _LIABILITY_PREPOSITIONS:
            governed = True
        elif not _between(tok):
            return False
    return False


def liability_before(tokens: Sequence[Token], j: int) -> bool:
    """Right before token j, a noun of `liability_words` ("жоопкерчиликке тартылды"), or
    the Russian noun of `liability_words_ru` with a preposition of
    `liability_prepositions_ru` before it, only `_between` words between ("к
    ответственности привлечены", "к уголовной ответственности привлечены"); not after
    another preposition ("об ответственности выступили": about it; revfixl63)."""
    if j == 0:
        return False
    if tokens[j - 1].low in LIABILITY_WORDS:
        return True
    if tokens[j - 1].low not in _LIABILITY_NOUNS_RU:
        return False
    for k in range(j - 2, max(j - 2 - _LIABILITY_REACH, -1), -1):
        if tokens[k].low in _LIABILITY_PREPOSITIONS:
            return True
        if not _between(tokens[k]):
            return False
    return False


def liable_verb_at(tokens: Sequence[Token], j: int) -> bool:
    """A verb of taking part starts at token j that a noun of liability right before it
    (`liability_before`) or after it (`liability_after`) makes being held liable."""
    tokens = plain_list(tokens)
    before = liability_before(tokens, j)
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
    # the nouns `liable_verb_at` reads stand from the word before the first verb to the
    # reach after the last one's longest phrase: without one there, no verb is held liable
    words = plain_list(tokens)
    reach = range(max(first - 1, 0), min(last + _LONGEST_STATUS + _LIABILITY_REACH, len(words)))
    if not any(words[k].low in _ANY_LIABILITY_NOUN for k in reach):
        return False
    return any(liable_verb_at(tokens, j) for j in (*range(first, start), *range(end, last)))
