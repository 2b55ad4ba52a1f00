"""What there is ("Өлкөдө 452 айыл аймагы бар", "В школе 30 учителей"): the count's clause
says it exists, no one takes part (participants.existence); and a count joined by "и" or
"жана" right after such a count shares it (participants.joined_to_what_there_is; left52).
Moved out of vetoes.py by left52 (output identical)."""

from __future__ import annotations

from ..events.kinds import kinds_in
from .being import closes_with_being, existence_verb_after, of_an_activity, on_duty
from .constants import CUE_REACH
from .phrase import HOST_PREPOSITIONS, Phrase
from .rosters import GOING_VERBS, said_as_habit, studying_at_event
from .russian_parts import count_ending_at
from .vetoes import counts_participants, participant_group
from .words import (
    ENTRANT_LEMMAS,
    LEX,
    MODIFIER_JOINERS,
    PARTICIPATION_STEMS,
    Tokens,
    casefolded,
    who_ending_at,
)

_EXISTENCE_BEFORE = casefolded("existence_verbs_before")
_RUSSIAN_LOCATIVE = tuple(LEX["russian_locative_endings"])


def existence(tokens: Tokens, p: Phrase) -> bool:
    """ "Өлкөдө 452 айыл аймагы бар": the clause's verb says what there is; in Russian
    before the count ("В селе проживает 3000 человек") or left out after a place ("В
    школе 30 учителей")."""
    if participant_group(tokens, p) or counts_participants(p):
        return False
    if existence_before(tokens, p.start, p.head.entry.lemma):
        return not studying_at_event(tokens, p)
    verb, before = existence_verb_after(tokens, p)
    if on_duty(verb, before) and _event_before(tokens, p):
        return False  # "Жарманкеде 15 медайым кызмат көрсөтөт": serving at an event
    return closes_with_being(
        verb,
        p.head.entry.lemma,
        before,
        subject=p.head.ending.case is None,
        habit=of_an_activity(before) and said_as_habit(tokens, p),
    )


def _event_before(tokens: Tokens, p: Phrase) -> bool:
    """A kind word of the events lexicon (the events extractor's matcher) before the count
    in its clause: serving on duty in the present there ("Акция учурунда 40 дарыгер
    акысыз кызмат көрсөтөт", "Жарманкеде 15 медайым кызмат кылат") is serving at that
    event, who take part, no staff that is there ("Ооруканада 12 дарыгер кызмат
    көрсөтөт"; revfix63p)."""
    before = tokens.clause_before(p.start, CUE_REACH)
    return bool(kinds_in(" ".join(tok.text for tok in before)))


def going_verb_closes(tokens: Tokens, p: Phrase) -> bool:
    """The verb that closes the count's clause, as `existence` reads it, is one of going
    (`going_verbs`: "барат"), a Kyrgyz habit unless an event is where they go
    (kept_anyway: participants.going_to_event)."""
    return (
        not existence_before(tokens, p.start, p.head.entry.lemma)
        and existence_verb_after(tokens, p)[0] in GOING_VERBS
    )


def existence_before(tokens: Tokens, start: int, lemma: str) -> bool:
    """Before the count at `start` (of `lemma`), a Russian place or a verb of being."""
    if (
        start >= 2
        and tokens[start - 2].low in HOST_PREPOSITIONS
        and tokens[start - 1].kind == "word"
        and tokens[start - 1].low.endswith(_RUSSIAN_LOCATIVE)
        and not tokens[start - 1].low.startswith(PARTICIPATION_STEMS)
        and lemma not in ENTRANT_LEMMAS
    ):
        return True  # "В школе 30 учителей", not "в присутствии 50 жителей"
    return tokens.words_before(start, CUE_REACH - 1).has(_EXISTENCE_BEFORE)


def joined_to_what_there_is(tokens: Tokens, p: Phrase) -> bool:
    """The count is joined by a joiner of `modifiers.joiners` right after a count of
    people (its number in digits or words right before its who-noun) that a Russian place
    or a verb of being before it says there is ("В районе 5 ветеринаров и 12 зоотехников",
    "В селе 300 жителей и 40 учителей"): the joined count is what there is too. After a
    count that takes part ("К ремонту привлечены 12 учителей и 4 зоотехника") it stays.
    Russian alone reaches it (`existence_before` reads a Russian place or verb): a Kyrgyz
    count of what there is, joined by "жана" or not, is read by the verb of being after it
    (`existence`; revfixl52)."""
    joiner = p.start - 1
    if joiner < 1 or tokens[joiner].low not in MODIFIER_JOINERS:
        return False
    first_noun = who_ending_at(tokens, joiner)  # the who-noun of the count before the joiner
    if first_noun is None:
        return False
    count_start = count_ending_at(tokens, first_noun.first - 1)
    return (
        count_start >= 0
        and existence_before(tokens, count_start, first_noun.entry.lemma)
        and not studying_at_event(tokens, p)
    )
