"""A body's make-up, or complaints, counted: "Комиссиянын курамына 5 адам кирди",
"создана группа из семи человек", "350 обращений от 200 жителей" (the drop rule
participants.body_or_complaints, asked of a count with no verb of taking part)."""

from __future__ import annotations

from collections.abc import Sequence

from ...numbers import Token
from ...who_groups import UNIT_GROUP, who_group
from .clause_words import Stems
from .constants import CUE_REACH, STATUS_REACH
from .negation import own_clause_bounds
from .phrase import Phrase, status_at, status_before
from .signing_up import GOVERNANCE_STEMS, signing_up_stems
from .vetoes import clause_has, cue_before, participant_group
from .words import CLAUSE_OPENERS, Tokens, casefolded, folded_stems, noun_ending_case

_COMPOSITION_STEMS = folded_stems("composition_stems")
_COMPLAINT_STEMS = folded_stems("complaint_stems")
_BODY_OR_COMPLAINT_OPENS = Stems(_COMPOSITION_STEMS + _COMPLAINT_STEMS)
_NOT_COMPOSITION_STEMS = folded_stems("composition_not_stems")
_TEAM_STEMS = folded_stems("working_team_stems")
_QUOTED_BEFORE = casefolded("quotative_words")
_MEMBER_STEMS = folded_stems("composition_member_stems")
# The case of members acted upon, no body's make-up ("мүчөлөрүн чакырдык").
_OBJECT_CASE = "accusative"
_BODY_STEMS = folded_stems("body_stems") + GOVERNANCE_STEMS
_BODY_JOIN_STEMS = folded_stems("body_join_stems")
# A comma between two clauses, the second opened by a conjunction ("..., а сход ...").
_CLAUSE_CUT = ","
_CONSISTING_BEFORE = casefolded("consisting_before_count")
_LIST_STEMS = folded_stems("list_of_stems")
_BODY_CREATED_STEMS = Stems(folded_stems("body_created_stems"))
_CONSISTING_VERBS = folded_stems("consisting_verbs_before")
_INTO = casefolded("body_into_prepositions")
# "В рабочую группу": the preposition a word before the body's noun (an adjective between).
_INTO_REACH = 2


def body_or_complaints(tokens: Tokens, p: Phrase) -> bool:
    """ "Комиссиянын курамына 5 адам кирди", "350 обращений от 200 жителей": the size of
    a body, or who complained or called (no verb of taking part); not a team's make-up at
    the work (`_working_team`)."""
    if participant_group(tokens, p) or _working_team(tokens, p.start):
        return False
    stems = _COMPOSITION_STEMS + _COMPLAINT_STEMS
    reckoned = _after_quote_word(tokens, p)

    def found(tok: Token) -> bool:
        return (
            tok.kind == "word"
            and tok.low.startswith(stems)
            and not tok.low.startswith(_NOT_COMPOSITION_STEMS)
            and not _members_acted_upon(tok)
            and tok.start not in reckoned
        )

    return (
        (
            tokens.words_after(p.end, STATUS_REACH).starts(_BODY_OR_COMPLAINT_OPENS)
            and clause_has(tokens, p.end, found)
        )
        or (
            tokens.words_before(p.start, CUE_REACH - 1).starts(_BODY_OR_COMPLAINT_OPENS)
            and cue_before(tokens, p.start, found)
        )
        or joined_body(tokens, p)
        or body_of(tokens, p.reading.start, p.head.entry.lemma)
    )


def sized_beyond_clause(tokens: Tokens, p: Phrase) -> bool:
    """ "обследование проведет комиссия из трех человек, а ремонт планируется начать
    весной": a body's size (`body_of`: "комиссия из N человек") whose own clause
    (negation.own_clause's cut) has no verb of taking part; the verb found past its comma
    is another clause's, whose status is not the body's (round 58). Not a body's clause
    that says it took part ("комиссия из 5 человек приняла участие в проверке"), nor a
    verb that no clause opened by a conjunction (`clause_opening_conjunctions`) parts from
    the body: a comma opening an insert about it ("комиссия из 5 депутатов, созданная
    сессией, приняла участие") leaves the verb the body's (revfix58)."""
    if not body_of(tokens, p.reading.start, p.head.entry.lemma):
        return False
    first, last = own_clause_bounds(tokens, p)
    if any(status_at(tokens, k) is not None for k in (*range(first, p.start), *range(p.end, last))):
        return False
    after = tokens.clause_after(last, STATUS_REACH)
    verb = next((n for n in range(len(after)) if status_at(tokens, last + n) is not None), None)
    return verb is not None and any(
        a.text == _CLAUSE_CUT and b.low in CLAUSE_OPENERS
        for a, b in zip(after[:verb], after[1 : verb + 1], strict=False)
    )


def _working_team(tokens: Tokens, start: int) -> bool:
    """The count's clause before it names the make-up of a team sent to the work (a
    `working_team_stems` noun beside a composition word: "бригаданын курамында", "в
    составе отряда"): its staff at the work, no body's size (round 52)."""
    before = tokens.clause_before(start, CUE_REACH)
    return any(
        (a.low.startswith(_TEAM_STEMS) and b.low.startswith(_COMPOSITION_STEMS))
        or (a.low.startswith(_COMPOSITION_STEMS) and b.low.startswith(_TEAM_STEMS))
        for a, b in zip(before, before[1:], strict=False)
    )


def _members_acted_upon(tok: Token) -> bool:
    """Members in the accusative ("кеңештин мүчөлөрүн чакырдык"): whom a verb acts upon,
    no body's make-up (`composition_member_stems`)."""
    return tok.low.startswith(_MEMBER_STEMS) and noun_ending_case(tok.low) == _OBJECT_CASE


def _after_quote_word(tokens: Tokens, p: Phrase) -> frozenset[int]:
    """The offsets of the words right after a quoting word ("деп") near the count: "500
    адам деп эсептелген" is reckoned at, no capacity (`quotative_words`; revfix49)."""
    first = max(1, p.start - CUE_REACH)
    last = min(len(tokens), p.end + STATUS_REACH)
    return frozenset(
        tokens[j].start for j in range(first, last) if tokens[j - 1].low in _QUOTED_BEFORE
    )


def body_of(tokens: Tokens, start: int, lemma: str) -> bool:
    """ "создана группа из семи человек", "сформирована комиссия из 5 депутатов": a body
    created, its noun (maybe a verb of consisting after it: `_before_consisting_verb`) and
    "из" right before the count starting at token `start` ("в
    форуме приняла участие группа из 30 студентов" took part); a body of governance
    (`governance_body_stems`) so named is its size whatever it does ("приемку провела
    комиссия из 9 человек"; round 47)."""
    body = start - 2
    if body < 0 or tokens[start - 1].low not in _CONSISTING_BEFORE:
        return False
    body = _before_consisting_verb(tokens, body)
    if body < 0:
        return False
    if tokens[body].low.startswith(_LIST_STEMS):
        return True  # "перечень из 27 сел": what a list holds (accv49)
    return tokens[body].low.startswith(_BODY_STEMS) and (
        _governance_of_people(tokens, body, lemma)
        or tokens.words_before(body, CUE_REACH - 1).starts(_BODY_CREATED_STEMS)
    )


def _before_consisting_verb(tokens: Tokens, k: int) -> int:
    """Token k, or, when it is a Russian verb of consisting ("кенеш, состоящий из 21
    депутата"), the word before it, over a comma: the body so sized (-1: none)."""
    if not tokens[k].low.startswith(_CONSISTING_VERBS):
        return k
    k -= 1
    while k >= 0 and tokens[k].kind != "word":
        k -= 1
    return k


def _governance_of_people(tokens: Tokens, body: int, lemma: str) -> bool:
    """A body of governance (token `body`) whose people the count is ("комиссия из 9
    человек"), not the units its members came from ("члены комитетов из 13 айылных
    аймаков": "из" says whence; round 42), nor a body a verb of taking part right before
    it says took part ("в проверке участвовала комиссия из 5 специалистов", as a group
    does)."""
    return (
        tokens[body].low.startswith(GOVERNANCE_STEMS)
        and who_group(lemma) != UNIT_GROUP
        and status_before(tokens, body) is None
    )


def joined_body(tokens: Tokens, p: Phrase) -> bool:
    """ "Топко 5 жаш жана 7 аксакал кирди", "В рабочую группу вошли 9 человек": the
    people a body (a group, a commission: in the dative, or after "в") takes in are its
    make-up, with a verb of joining in the clause; "Залга 50 адам кирди" (a hall) is
    none. Signing up ("жазылды") joins a body of governance ("Комиссияга 5 депутат
    жазылды") or a group just formed (signing_up.py); not a club ("Футбол тобуна ...")."""
    before = tokens.clause_before(p.start, CUE_REACH - 1)
    entered = [before[k].low for k in range(len(before)) if _body_entered(before, k)]
    if not entered:
        return False
    stems = _BODY_JOIN_STEMS + signing_up_stems(tokens, p.start, entered)

    def joining(tok: Token) -> bool:
        return tok.kind == "word" and tok.low.startswith(stems)

    return clause_has(tokens, p.end, joining) or any(map(joining, before))


def _body_entered(before: Sequence[Token], k: int) -> bool:
    """Token k of `before` names a body entered: in the dative, or after "в"."""
    tok = before[k]
    if tok.kind != "word" or not tok.low.startswith(_BODY_STEMS):
        return False
    into = before[max(0, k - _INTO_REACH) : k]
    return noun_ending_case(tok.low) == "dative" or any(t.low in _INTO for t in into)
