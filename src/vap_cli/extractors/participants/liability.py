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


def noun_window(j: int, phrase_words: int) -> range:
    """Where a noun of liability may stand for a verb of taking part of `phrase_words`
    words at token j: from the word right before it (`liability_before`'s) to
    `_LIABILITY_REACH` words past the phrase (`liability_after`'s reach). The one reach
    of both readers and of the gate in `held_liable` (fr63)."""
    return range(j - 1, j + phrase_words + _LIABILITY_REACH + 1)


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
    for tok in tokens[k : noun_window(k, 0).stop]:  # (k: the phrase's end)
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
    noun = noun_window(j, 0).start
    if noun < 0:
        return False
    if tokens[noun].low in LIABILITY_WORDS:
        return True
    if tokens[noun].low not in _LIABILITY_NOUNS_RU:
        return False
    for k in range(noun - 1, max(noun - 1 - _LIABILITY_REACH, -1), -1):
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
    is whom a body punished; no verb says it took part. A clause with no noun of
    liability where the verbs' `noun_window`s reach holds none (`liable_verb_near`, the
    same answer, asked of every verb)."""
    first, last = _verbs_around(tokens, start, end)
    # the nouns `liable_verb_at` reads stand in the windows of the verbs from the first
    # to the last (the longest phrase's for each): without one there, none is held liable
    words = plain_list(tokens)
    window = range(
        max(noun_window(first, 0).start, 0),
        min(noun_window(last - 1, _LONGEST_STATUS).stop, len(words)),
    )
    if not any(words[k].low in _ANY_LIABILITY_NOUN for k in window):
        return False
    return liable_verb_near(tokens, start, end)


def liable_verb_near(tokens: Tokens, start: int, end: int) -> bool:
    """`held_liable` without its gate: `liable_verb_at` asked of every token of the
    count's clause before it and after it."""
    first, last = _verbs_around(tokens, start, end)
    return any(liable_verb_at(tokens, j) for j in (*range(first, start), *range(end, last)))


def _verbs_around(tokens: Tokens, start: int, end: int) -> tuple[int, int]:
    """The first token of the count's clause before it and the end of its clause after
    it (the status's reach): where its verbs may start."""
    first = start - len(tokens.clause_before(start, STATUS_REACH))
    return first, end + len(tokens.clause_after(end, STATUS_REACH))
