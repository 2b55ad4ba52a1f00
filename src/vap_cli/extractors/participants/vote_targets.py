"""Votes for a candidate, a list or a person, counted with people who cast them ("За
кандидата проголосовали 1 200 избирателей", "Талапкерге 900 шайлоочу добуш берди"): no
count of who took part (moved out of tallies.py, acc55)."""

from __future__ import annotations

from ...lexicon import load
from ...numbers import number_at
from .constants import CUE_REACH
from .measures import is_measure
from .phrase import Phrase, status_after
from .vetoes import VOTERS, voting_near
from .words import ROW_JOINERS, VOTING, Tokens, casefolded, folded_stems, noun_ending_case

_VOTE_FOR = casefolded("vote_for_words")
_VOTE_FOR_STEMS = folded_stems("vote_for_dative_stems")
_VOTE_FOR_PRONOUNS = casefolded("vote_for_pronouns")
_VOTE_FOR_AFTER = casefolded("vote_for_postpositions")
# the words that end a Kyrgyz name after the father's ("Айгүл Асан кызы үчүн")
_NAME_ENDS = frozenset(w.casefold() for w in load("persons")["patronymic_words"])


def votes_for(tokens: Tokens, p: Phrase) -> bool:
    """ "За кандидата проголосовали 1 200 избирателей", "Талапкерге 900 шайлоочу добуш
    берди": votes for a candidate, not a count of who voted; anyone else counted with a
    word of voting in the sentence votes for a list or a person too ("За список
    проголосовали 312 делегатов", "Ага 152 тургун добуш берди": a Kyrgyz pronoun's
    dative, `vote_for_pronouns`), with no verb of taking part after the count. Not
    "Шайлоого 3 000 шайлоочу добуш берди", "ага 3 000 шайлоочу добуш берүүгө келди"
    (turnout)."""
    if p.head.entry.lemma in VOTERS and _vote_target_before(tokens, p.start, pronouns=False):
        return True
    voting = voting_near(tokens, p.start, p.end)
    if not voting or status_after(tokens, p.end) is not None:
        return False  # "ага 3 000 шайлоочу добуш берүүгө келди": they came to vote in it
    return _vote_target_before(tokens, p.start, pronouns=True) or _vote_target_after(tokens, p.end)


def _vote_target_after(tokens: Tokens, end: int) -> bool:
    """Shortly after token `end`, in its sentence: a capitalised name (maybe ending in
    "уулу"/"кызы") or a candidate's word, the Kyrgyz postposition "for" after it ("9
    депутат Асан Бекиев үчүн"), and the vote or the tally's next row right after that
    (`_tally_goes_on`); not after a verb's noun ("добуш берүү үчүн": in order to vote),
    nor a place's funds ("12 депутат Ош үчүн бөлүнгөн каражатты талкуулап, добуш
    беришти": they voted, on something else; revfix55)."""
    clause = tokens.clause_after(end, CUE_REACH)
    for j in range(1, len(clause)):
        if clause[j].low not in _VOTE_FOR_AFTER:
            continue
        target = clause[j - 1]
        return (
            target.text[:1].isupper()
            or target.low in _NAME_ENDS
            or target.low.startswith(_VOTE_FOR_STEMS)
        ) and _tally_goes_on(tokens, end + j + 1)
    return False


def _tally_goes_on(tokens: Tokens, k: int) -> bool:
    """Token k, right after the postposition, is a word of voting ("үчүн добуш
    беришти"), or a comma or "жана" before the tally's next row ("Бекиев үчүн, 6 депутат
    Осмонов үчүн ...")."""
    if k >= len(tokens):
        return False
    nxt = tokens[k]
    return nxt.low in VOTING or nxt.text == "," or nxt.low in ROW_JOINERS


def _vote_target_before(tokens: Tokens, start: int, *, pronouns: bool) -> bool:
    """Shortly before token `start`, in its sentence: "за" (not a span of time: "за два
    дня", "за день"), a candidate's dative, or (`pronouns`) a pronoun's dative."""
    first = start - len(tokens.clause_before(start, CUE_REACH - 1))
    for j in range(first, start):
        low = tokens[j].low
        if low in _VOTE_FOR:
            if not _time_span_at(tokens, j + 1):
                return True
        elif (pronouns and low in _VOTE_FOR_PRONOUNS) or (
            low.startswith(_VOTE_FOR_STEMS) and noun_ending_case(low) == "dative"
        ):
            return True
    return False


def _time_span_at(tokens: Tokens, j: int) -> bool:
    """Token j opens a span of time after "за": a number or a unit of measure."""
    return j < len(tokens) and (
        tokens[j].kind == "num" or is_measure(tokens[j]) or number_at(tokens, j) is not None
    )
