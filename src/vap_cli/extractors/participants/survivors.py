"""Survivors of an incident ("120 окуучу аман калды"), people moved out of their homes
after it ("25 тургун мектепке көчүрүлдү") and people rescued from it ("спасены 12
туристов"): an outcome, no one taking part (inside participants.struck_by_incident since
revfix58; round 52, the pair of words since revfix52; moved, round 58; rescued, round 65)."""

from __future__ import annotations

from .constants import CUE_REACH, STATUS_REACH
from .negation import own_clause
from .phrase import Phrase
from .words import Tokens, casefolded, folded_stems

_SURVIVAL_WORDS = casefolded("survival_words")
_SURVIVAL_VERB_STEMS = folded_stems("survival_verb_stems")
# moved out of their homes (a passive verb, whole words)
_RELOCATED_WORDS = casefolded("relocated_words")
# rescued (a passive verb, whole words), and the who-nouns of those who rescue
_RESCUED_WORDS = casefolded("rescued_words")
_RESCUER_LEMMAS = casefolded("rescuer_lemmas")


def survived(tokens: Tokens, p: Phrase) -> bool:
    """The count's clause, before or after it, says its people stayed safe: a word of
    `survival_words` right before a verb of `survival_verb_stems` ("9 тургун аман калды",
    "аман калган 120 окуучу"): survivors of an incident, an outcome (round 52; the pair,
    not the word alone, revfix52). Or it says they were moved out of their homes: a
    passive verb of moving or evacuating of `relocated_words` ("18 тургун убактылуу
    мектепке көчүрүлдү", "отселены 7 семей"): those the incident struck, aid's
    recipients (round 58); not who moved them, whose verbal noun is no passive. Or
    rescued by a passive verb of rescuing (`_rescued`; round 65)."""
    clause = [
        *tokens.clause_before(p.start, CUE_REACH - 1),
        *tokens.clause_after(p.end, STATUS_REACH),
    ]
    return (
        any(
            a.low in _SURVIVAL_WORDS and b.low.startswith(_SURVIVAL_VERB_STEMS)
            for a, b in zip(clause, clause[1:], strict=False)
        )
        or any(tok.low in _RELOCATED_WORDS for tok in clause)
        or _rescued(tokens, p)
    )


def _rescued(tokens: Tokens, p: Phrase) -> bool:
    """A passive verb of rescuing of `rescued_words` in the count's own clause
    (negation.own_clause: no comma or semicolon between; "4 человека извлечены из-под
    завала", "5 жүргүнчү куткарылды"): the people rescued. Not the rescuers, whose who-noun is one of `rescuer_lemmas` ("Силами 30
    спасателей спасены 12 человек": the 30 rescued no one), nor a count in another clause
    of the sentence ("участвовали 25 спасателей, спасены 4 человека"; revfix65)."""
    if p.who in _RESCUER_LEMMAS:
        return False
    return any(tok.low in _RESCUED_WORDS for tok in own_clause(tokens, p))
