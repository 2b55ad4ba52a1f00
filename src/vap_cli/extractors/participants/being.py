"""The verb closing a count's clause read as saying what there is: `existence_verbs`
("Өлкөдө 452 айыл аймагы бар"), the future of being of a body's members (`seat_verbs`),
and being somewhere in the present ("жүрөт", `being_auxiliaries`), which after the
converb of another verb is the progressive's auxiliary (revfix49). Asked by vetoes.
existence and tallies' clause readers."""

from __future__ import annotations

from ... import morph
from .constants import CLAUSE_CUTS, STATUS_REACH
from .event_words import event_words
from .phrase import Phrase
from .words import (
    LEX,
    ROSTER_LEMMAS,
    SEAT_VERBS,
    Phrases,
    Tokens,
    casefolded,
    ends_sentence_at,
    folded_stems,
)

# The verbs of what there is closing a count's clause.
_EXISTENCE_VERBS = casefolded("existence_verbs")
# Being somewhere in the present ("жүрөт"): being alone or after the converb of a verb of
# what there is ("иштеп жүрөт"), the progressive's auxiliary after another converb.
_BEING_AUXILIARIES = casefolded("being_auxiliaries")
_BEING_CONVERBS = casefolded("being_converbs")
_PROGRESSIVE_CONVERB_ENDINGS = tuple(casefolded("progressive_converb_endings"))
# Serving on duty in the present: the noun of service, then the verb.
_DUTY_NOUNS = casefolded("duty_nouns")
_DUTY_VERBS = casefolded("duty_verbs")
# The noun of a compound verb of an activity ("эс алат": resting), no habit, and the
# converb of accompanying before a verb of going ("коштоп барат").
_OF_AN_ACTIVITY = casefolded("activity_compound_nouns") | casefolded("accompanying_converbs")
# Every word that may close a clause of what there is (tallies asks a clause for one).
BEING_CLOSERS = _EXISTENCE_VERBS | _BEING_AUXILIARIES
# The verbs of living among them (`dwelling_stems`: "жашайт", "жашашат").
_DWELLING = frozenset(w for w in _EXISTENCE_VERBS if w.startswith(folded_stems("dwelling_stems")))
# An event named where people are or go: its kind word in the dative or the locative.
_EVENT_CASE_ENDINGS = morph.variants("dative") + morph.variants("locative")


def converbs_of_verbs(forms: str | None = None) -> list[list[str]]:
    """The converbs ("боз үй тигип", "билим алып", "үйрөнүшүп") of the verbs of taking part
    (lexicon `verbs`), of those limited to `forms` only when it is given."""
    out = []
    for verb in LEX["verbs"]:
        if forms is not None and verb.get("forms") != forms:
            continue
        *leading, stem = verb["words"]
        for chain in (("converb",), ("reciprocal", "converb")):
            try:
                out.append([*leading, morph.inflect(stem, *chain)])
            except ValueError:  # no such suffix after this stem
                continue
    return out


_VERB_CONVERBS = Phrases(converbs_of_verbs())


def of_an_activity(before: str | None) -> bool:
    """The word before the verb is the noun of an activity's compound verb or the converb
    of accompanying ("эс алат", "коштоп барат"): the only case where `closes_with_being`
    reads its `habit` (callers ask for the habit only then)."""
    return before in _OF_AN_ACTIVITY


def closes_with_being(
    verb: str | None,
    lemma: str,
    before: str | None = None,
    subject: bool = False,
    habit: bool = False,
) -> bool:
    """The verb closing a count's clause says what there is (`existence_verbs`), or what
    there will be of a body's members (`seat_verbs` with a `roster_lemmas` noun: "кеңеште
    21 депутат болот"), not who will come ("Фестивалда 300 адам болот"); being somewhere
    (`being_auxiliaries`, "жүрөт") unless the word `before` it is the converb of another
    verb than one of being (`being_converbs`): "кыдырып жүрөт" is going about, the
    progressive's auxiliary (revfix49); serving on duty in the present (`duty_verbs` after
    `duty_nouns`: "кызмат кылат") is a staff that is there, when the count is its
    `subject`, in the nominative (round 52). A verb of what there is after the noun of a
    compound verb of an activity (`activity_compound_nouns`: "эс алат", resting) is that
    activity's, no state, and going after the converb of accompanying (`accompanying_converbs`:
    "коштоп барат") is going along with a group, its trip (left57); both are habits again
    when the clause says so (`habit`: "Жыл сайын бул жерде 300 киши эс алат", a place's
    yearly guests; rosters.said_as_habit; revfixl57)."""
    if of_an_activity(before) and not habit:
        return False
    if verb in _BEING_AUXILIARIES:
        return not _progressive_of_another_verb(before)
    if on_duty(verb, before):
        # "25 куткаруучу кызмат кылат": a staff on duty, a roster (round 52); the count in
        # the nominative only, its subject ("700 окуучусуна кызмат кылат" serves them)
        return subject
    return verb in _EXISTENCE_VERBS or (verb in SEAT_VERBS and lemma in ROSTER_LEMMAS)


def on_duty(verb: str | None, before: str | None) -> bool:
    """Serving on duty in the present: a verb of `duty_verbs` right after a noun of
    `duty_nouns` ("кызмат кылат", "кызмат көрсөтөт")."""
    return verb in _DUTY_VERBS and before in _DUTY_NOUNS


def _progressive_of_another_verb(before: str | None) -> bool:
    """The word before "жүрөт" is a converb (`progressive_converb_endings`) of a verb
    that is no verb of what there is (`being_converbs`)."""
    return (
        before is not None
        and before.endswith(_PROGRESSIVE_CONVERB_ENDINGS)
        and before not in _BEING_CONVERBS
    )


def existence_verb_after(tokens: Tokens, p: Phrase) -> tuple[str | None, str | None]:
    """The last word of the count's clause after it (a list of counts shares its verb),
    and the word before that one."""
    last: str | None = None
    before: str | None = None
    plain = tokens.plain
    for j in range(p.end, min(len(plain), p.end + STATUS_REACH)):
        if plain[j].text == "," and j + 1 < len(plain) and plain[j + 1].kind == "num":
            continue  # "9 айыл өкмөтү, 24 айыл бар": a list of counts shares its verb
        if ends_sentence_at(tokens, j) or plain[j].text == ",":
            break
        if plain[j].kind == "word":
            last, before = plain[j].low, last
    return last, before


def way_of_living(tokens: Tokens, p: Phrase) -> bool:
    """ "Айылда 30 үй-бүлө боз үй тигип жашайт": the count's clause closes with a verb of
    living (`dwelling_stems` among `existence_verbs`) right after the converb of a verb of
    taking part (lexicon `verbs`): how its people live (in yurts), what there is, not who
    took part; not when the clause names an event in the dative or the locative (an
    events kind word: "Жарманкеде 20 үй-бүлө боз үй тигип жашашат", who stay at the fair
    take part), nor when another verb closes the clause ("майрамга 12 үй-бүлө боз үй
    тигип, азыгын сатышты"; left63)."""
    clause = tokens.clause_after(p.end, STATUS_REACH)
    stop = next((n for n, tok in enumerate(clause) if tok.text in CLAUSE_CUTS), len(clause))
    if stop == len(clause) and p.end + stop not in tokens.breaks:
        return False  # the clause runs on past the reach: no verb closes it here
    words = [n for n in range(stop) if clause[n].kind == "word"]
    if not words or clause[words[-1]].low not in _DWELLING:
        return False
    if not _VERB_CONVERBS.ending_at(clause, words[-1]):
        return False
    around = (*tokens.clause_before(p.start, STATUS_REACH), *clause[:stop])
    return not any(around[k].low.endswith(_EVENT_CASE_ENDINGS) for k, _ in event_words(around))
