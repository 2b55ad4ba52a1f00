"""The cues that make a count's people recipients of something rather than who take part,
read after the count in its clause or as the nearest cue before it: a benefit, aid or an
outcome (`BENEFIT_CUES`, `GIVEN_CUES` for a count in the dative: participants.beneficiaries)
and an incident (`INCIDENT_CUES`: participants.struck_by_incident; left65). One reader,
`cued`, for every set (recipients.py asks it)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ... import morph
from ...numbers import Token
from .benefit_beside_parts import benefit_cue_tokens
from .clause_words import Stems
from .constants import CUE_REACH, STATUS_REACH
from .finite_verbs import finite_verb
from .phrase import Phrase
from .service_object import agent_after_fronted_object
from .vetoes import AID_STEMS, aid_word_as_means
from .words import (
    CLAUSE_OPENERS,
    PARTICIPATION_STEMS,
    Tokens,
    agent_at,
    casefolded,
    folded_stems,
    who_at,
)

BENEFICIARY_STEMS = folded_stems("beneficiary_stems")
# The verb of occupying a place, whose words open with a beneficiary's stem ("ээледи"),
# and the words of a contest's place it takes ("орунду"; acc64).
_OCCUPYING = casefolded("occupying_words")
_CONTEST_PLACES = casefolded("contest_place_words")
_OUTCOME_STEMS = folded_stems("outcome_stems")
_OUTCOME_WORDS = casefolded("outcome_words")
_GIVEN_STEMS = folded_stems("given_stems")
_SERVICE_GIVEN = casefolded("service_given_words")
_INCIDENT_STEMS = folded_stems("incident_stems")
_INCIDENT_WORDS = casefolded("incident_words")
_PARTICIPLE_ENDINGS = tuple(morph.variants("participle"))
# A cue's participle phrase: the cue word, or it and the light verb after it ("жабыр
# тарткан"), the participle the last.
_CUE_PHRASE_WORDS = 2


@dataclass(frozen=True)
class Cues:
    """The words that make a count's people recipients of something, read by `cued`:
    stems and whole words in the rest of its clause (`opens`: those stems, which the
    clause is searched for first), and those of the nearest cue before it."""

    after: tuple[str, ...]
    words: frozenset[str]
    before: tuple[str, ...]
    before_words: frozenset[str]
    opens: Stems
    # a cue after the count in a participle before a noun of who describes those people
    # (`_describes_people_after`), not the count's (the incidents'; revfixl65)
    describes_others: bool = False


def _cues(
    after: tuple[str, ...],
    words: frozenset[str],
    before: tuple[str, ...],
    before_words: frozenset[str],
    describes_others: bool = False,
) -> Cues:
    """The cues, with the stems after the count made once for the clause's search."""
    return Cues(after, words, before, before_words, Stems(after), describes_others)


_BENEFIT_AFTER = BENEFICIARY_STEMS + AID_STEMS + _OUTCOME_STEMS
_BENEFIT_BEFORE = AID_STEMS + _OUTCOME_STEMS
# Beneficiaries (recipients.beneficiaries): of a benefit, aid or an outcome.
BENEFIT_CUES = _cues(_BENEFIT_AFTER, _OUTCOME_WORDS, _BENEFIT_BEFORE, _OUTCOME_WORDS)
# ... a count in the dative: also what is given to it ("12 ардагерге үй берилди").
GIVEN_CUES = _cues(
    _BENEFIT_AFTER + _GIVEN_STEMS, _OUTCOME_WORDS | _SERVICE_GIVEN, _BENEFIT_BEFORE, _OUTCOME_WORDS
)
# People an incident struck (recipients.incident_cued; left65).
INCIDENT_CUES = _cues(
    _INCIDENT_STEMS, _INCIDENT_WORDS, _INCIDENT_STEMS, _INCIDENT_WORDS, describes_others=True
)


def cued(tokens: Tokens, p: Phrase, cues: Cues) -> bool:
    """A word of `cues` in the rest of the count's clause (its parts' words left out), or
    the nearest cue before the count in its clause, no word of taking part nearer."""
    if _cued_after(tokens, p, cues):
        return True
    if agent_after_fronted_object(tokens, p):
        return False  # "Пострадавших осмотрели 7 врачей": the cue is the fronted object's
    before = cues.before
    # the nearest cue decides: "обеспечили участие 40 человек" is their taking part
    before_count = tokens.clause_before(p.start, CUE_REACH - 1)
    for n in range(len(before_count) - 1, -1, -1):
        tok = before_count[n]
        if tok.text == "," and _comma_closes_clause(before_count, n):
            break  # "32 адам жумушка орношту, дагы 45 кишиге ...": the cue is another clause's
        if tok.kind != "word":
            continue
        if tok.low.startswith(PARTICIPATION_STEMS):
            return False
        k = p.start - len(before_count) + n
        if aid_as_means(tokens, k) or _aid_of_people(tokens, k):
            continue  # "с помощью фонда подготовят 300 служащих": the means, no aid
        if tok.low.startswith(before) or tok.low in cues.before_words:
            return True
    return False


def _cued_after(tokens: Tokens, p: Phrase, cues: Cues) -> bool:
    """A word of `cues` in the rest of the count's clause, its parts' words left out; not
    the verb of occupying a contest's place, nor (`cues.describes_others`) a cue that
    describes the people named after it (`_describes_people_after`)."""
    clause = tokens.words_after(p.end, STATUS_REACH)
    after, words = cues.after, cues.words
    if not (clause.starts(cues.opens) or clause.has(words)):
        return False
    said = benefit_cue_tokens(tokens, p.end)  # not its parts' words (left57)
    place_taken = any(tok.low in _CONTEST_PLACES for tok in said)
    return any(
        tok.kind == "word"
        and (tok.low.startswith(after) or tok.low in words)
        and not (place_taken and tok.low in _OCCUPYING)  # "биринчи орунду ... ээледи"
        and not (cues.describes_others and _describes_people_after(said, i))
        for i, tok in enumerate(said)
    )


def _describes_people_after(said: Sequence[Token], i: int) -> bool:
    """The cue at said[i], or it and the word after it, a Kyrgyz participle right before a
    noun of who: the cue describes those people, the object or subject of another verb,
    not the count's ("25 дарыгер ооруга чалдыккан балдарды дарылоону талкуулады": the
    doctors discussed treating the children; revfixl65). A participle that closes the
    clause is the count's predicate ("214 адам ооруга чалдыккан")."""
    for m in range(i, min(i + _CUE_PHRASE_WORDS, len(said) - 1)):
        if said[m].kind == "word" and said[m].low.endswith(_PARTICIPLE_ENDINGS):
            return who_at(said, m + 1) is not None
    return False


def aid_as_means(tokens: Tokens, k: int) -> bool:
    """The word of aid at token k stands in a phrase of means ("с помощью", "при помощи",
    "жардамы менен"): what the thing is done by, no aid given to people (`as_means`)."""
    return tokens[k].low.startswith(AID_STEMS) and aid_word_as_means(tokens.plain, k)


def _aid_of_people(tokens: Tokens, k: int) -> bool:
    """The word of aid at token k names the people before it ("получателей помощи"):
    a list's earlier noun, no aid given to a later count of it (acc55)."""
    if k < 1 or not tokens[k].low.startswith(AID_STEMS):
        return False
    return who_at(tokens, k - 1) is not None or agent_at(tokens, k - 1) is not None


def _comma_closes_clause(clause: Sequence[Token], n: int) -> bool:
    """The comma at clause[n] ends a clause, not an item of a list ("помощь получили 12
    семей, 30 пенсионеров"): a finite verb before it, or a conjunction opening a clause
    after it."""
    before = clause[n - 1].low if n else ""
    after = clause[n + 1].low if n + 1 < len(clause) else ""
    return finite_verb(before) or after in CLAUSE_OPENERS
