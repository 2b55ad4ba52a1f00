"""Numbers whose noun names people but that count something else: complaints ("350
обращений граждан"), a body's size ("30 депутаттан турган кеңеш"), votes for a
candidate ("За кандидата проголосовали 1 200 избирателей"), who organised or ran the
event ("Иш-чараны 5 уюм уюштуруп, ага 150 адам катышты"). Asked whatever the verb
(decide.PHRASE_RULES)."""

from __future__ import annotations

from .constants import STATUS_REACH
from .phrase import Phrase, status_at
from .vetoes import VOTERS, cue_before, participant_group
from .words import (
    LEX,
    Phrases,
    Tokens,
    casefolded,
    ends_sentence_at,
    folded_stems,
    noun_ending_case,
)

_COMPLAINT_STEMS = folded_stems("complaint_stems") + folded_stems("events_counted_stems")
_CONSISTING = casefolded("consisting_after_ablative")
_VOTE_FOR = casefolded("vote_for_words")
_VOTE_FOR_STEMS = folded_stems("vote_for_dative_stems")
_ORGANIZER_VERBS = casefolded("organizer_verbs")
_ORGANIZER_PHRASES = Phrases(LEX["organizer_phrases"])
_FOR_BEFORE = frozenset(LEX["organized_for"]["before"])
_FOR_AFTER = frozenset(LEX["organized_for"]["after"])
# Tokens right before a count that an organising participle may stand in: "организованном
# 3 министерствами", "организованном (всеми) 3 ..."
_ORGANIZER_BEFORE = 2


def complaints_counted(tokens: Tokens, p: Phrase) -> bool:
    """ "поступило 350 обращений граждан", "проведено 15 сходов граждан": the number
    counts the complaints or events, and the people named after them only own them."""
    return any(
        tokens[j].low.startswith(_COMPLAINT_STEMS) for j in range(p.reading.after, p.head.first)
    )


def consisting_of(tokens: Tokens, p: Phrase) -> bool:
    """ "30 депутаттан турган кеңеш", "Кеңеш 21 депутаттан турат": the counted noun in
    the ablative with a verb of consisting is a body's size."""
    return (
        p.head.ending.case == "ablative"
        and p.end < len(tokens)
        and tokens[p.end].low in _CONSISTING
        and not participant_group(tokens, p)
    )


def votes_for(tokens: Tokens, p: Phrase) -> bool:
    """ "За кандидата проголосовали 1 200 избирателей", "Талапкерге 900 шайлоочу добуш
    берди": votes for a candidate, not a count of who voted."""
    return p.head.entry.lemma in VOTERS and cue_before(
        tokens,
        p.start,
        lambda tok: (
            tok.low in _VOTE_FOR
            or (tok.low.startswith(_VOTE_FOR_STEMS) and noun_ending_case(tok.low) == "dative")
        ),
    )


def organizers(tokens: Tokens, p: Phrase) -> bool:
    """ "Иш-чараны 5 уюм уюштуруп, ага 150 адам катышты", "Семинарды 3 адис алып барды":
    a verb of organising or running in the count's clause, before any verb of taking
    part; or an organising participle right before the count ("организованном 3
    министерствами")."""
    if p.start and tokens[p.start - 1].low in _FOR_BEFORE:
        return False  # "Для 40 глав айыл окмоту провели семинар": whom it is for
    for j in range(max(0, p.start - _ORGANIZER_BEFORE), p.start):
        if tokens[j].low in _ORGANIZER_VERBS:
            return True
    for j in range(p.end, min(len(tokens), p.end + STATUS_REACH)):
        if ends_sentence_at(tokens, j) or tokens[j].text in (",", ";"):
            return False
        if tokens[j].low in _FOR_AFTER:
            return False  # "20 мугалим ... үчүн семинар уюштурду": whom it is for
        if status_at(tokens, j) is not None:
            return False
        if _organizer_at(tokens, j):
            return True
    return False


def _organizer_at(tokens: Tokens, j: int) -> bool:
    return tokens[j].low in _ORGANIZER_VERBS or bool(_ORGANIZER_PHRASES.at(tokens, j))
