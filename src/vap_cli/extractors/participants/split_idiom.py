"""Russian's idiom of taking part parted by what is taken part in: its noun first, its
verb right before the count ("Участие в районной спартакиаде приняли 14 команд"; lexicon
`taking_part_split_ru`, acc55). The verb is a cue of taking part only where its noun
stands earlier in its own clause (`split_taking_part`); "не" before the verb denies it
(`split_taking_part_denied`, read by negation.negated)."""

from __future__ import annotations

from .constants import COMMA, CUE_REACH
from .words import LEX, Tokens

_SPLIT_IDIOM = LEX["taking_part_split_ru"]
_SPLIT_NOUNS = frozenset(w.casefold() for w in _SPLIT_IDIOM["nouns"])
_IDIOM_WORDS = 2  # a pair of the idiom in generic_verbs_before: its noun and its verb


def _split_verbs(nouns: frozenset[str]) -> frozenset[str]:
    """The idiom's verbs: the other word of each pair of `generic_verbs_before` that
    holds one of its nouns ("приняли участие", "участие принимали"), and its
    `more_verbs`."""
    paired = (
        {w.casefold() for w in pair} - nouns
        for pair in LEX["generic_verbs_before"]
        if len(pair) == _IDIOM_WORDS and nouns.intersection(w.casefold() for w in pair)
    )
    return frozenset().union(*paired, (w.casefold() for w in _SPLIT_IDIOM["more_verbs"]))


_SPLIT_VERBS = _split_verbs(_SPLIT_NOUNS)
_DENIED = frozenset(w.casefold() for w in LEX["negation"]["before"])


def split_taking_part(tokens: Tokens, start: int) -> bool:
    """ "Участие в отборочном туре приняли 40 спортсменов": the idiom's verb right before
    the count at token `start`, its noun earlier in the same clause, what is taken part
    in between; with no noun of the idiom before ("приняли 40 заявок") it is no cue."""
    if not _verb_before(tokens, start) or _denied_before(tokens, start - 1):
        # "участие ... не приняли 20": denied, no cue of taking part (this early return,
        # not negation.py, keeps voters counted only with a cue uncounted; revfix55)
        return False
    return _noun_before(tokens, start - 1)


def split_taking_part_denied(tokens: Tokens, start: int) -> bool:
    """ "Участие в турнире так и не приняли 6 клубов": "не" right before the idiom's
    verb, right before the count at token `start`, its noun earlier in its clause: the
    count's taking part is denied, whatever noun counts."""
    return (
        _verb_before(tokens, start)
        and _denied_before(tokens, start - 1)
        and _noun_before(tokens, start - 2)
    )


def _verb_before(tokens: Tokens, k: int) -> bool:
    """One of the idiom's verbs right before token k."""
    return k > 0 and tokens[k - 1].low in _SPLIT_VERBS


def _denied_before(tokens: Tokens, k: int) -> bool:
    """A word of denial ("не") right before token k (the idiom's verb)."""
    return k > 0 and tokens[k - 1].low in _DENIED


def _noun_before(tokens: Tokens, k: int) -> bool:
    """The idiom's noun in the clause before token k (the verb, or "не" before it), and
    no comma between them but one closing an aside right before token k ("Участие в
    сходе, посвящённом бюджету, приняли ..."): a comma with words after it before the
    verb opens another clause ("Участие бесплатное, на участке приняли ...": the verb
    is that clause's, with its own object)."""
    before = tokens.clause_before(k, CUE_REACH - 1)
    nouns = [i for i, tok in enumerate(before) if tok.low in _SPLIT_NOUNS]
    if not nouns:
        return False
    between = before[nouns[-1] + 1 :]
    return before[-1].text == COMMA or all(tok.text != COMMA for tok in between)
