"""Counts said of what must, may or happens in general, not of an event's attendance:
a rule about who must come, a capacity, instances in general (the drop rules
participants.obligation and participants.instances). Each looks at the count's own
clause, a bounded number of tokens."""

from __future__ import annotations

from collections.abc import Collection

from ... import morph
from ...numbers import Token
from .clause_words import ClauseWords
from .constants import CUE_REACH, DASHES, JOINED_STATUS_REACH, STATUS_REACH
from .phrase import Phrase, status_at
from .unit_phrases import from_each
from .vetoes import distributive
from .words import Tokens, casefolded

_OBLIGATION_WORDS = casefolded("obligation_words")
_OBLIGATION_BEFORE = casefolded("obligation_words_before")
_POSSIBLE_WORDS = casefolded("possibility_words")
_ABILITY_WORDS = casefolded("ability_words")
_CONVERB_ENDINGS = tuple(casefolded("converb_endings"))
_INSTANCE_WORDS = casefolded("instance_words")
_CONDITIONAL_ENDINGS = tuple(casefolded("conditional_endings"))
# The participle's endings ("келген", "чакырылган"): what names the cases.
_PARTICIPLE_ENDINGS = morph.variants("participle")
_SENDING_VERBS = casefolded("distributive_verbs_before")
_CLAUSE_MARKS = frozenset(",;")  # the verb stands in the count's own clause
# How far back a per-unit figure set off by a dash after the people it restates reads
# its verb of inviting: over the people and their units ("были приглашены представители
# соседнего района и города — по 3 человека от каждого"; round 65), as far as a list's
# verb reaches its later members.
_RESTATED_REACH = JOINED_STATUS_REACH


def obligation(tokens: Tokens, p: Phrase) -> bool:
    """ "ар бир айылдан кеминде 10 өкүл катышышы керек": a rule about who must come,
    not a count of who comes ("кеминде 30 депутаттын катышуусу күтүлүүдө" is one)."""
    return (
        _own_clause_words(tokens, p.end).has(_OBLIGATION_WORDS)
        or tokens.words_before(p.start, CUE_REACH - 1).has(_OBLIGATION_BEFORE)
        or possible_only(tokens, p)
    )


def instances(tokens: Tokens, p: Phrase) -> bool:
    """ "бир тойго 500 кишиге чейин чакырылган учурлар болду": the count's participle
    names cases in the plural, instances in general, no event's attendance. The cases
    follow a participle in the count's own clause: cases a later clause talks about
    are not the count's ("Жыйынга 70 тургун катышып, мал уурдоо учурлары ...")."""
    if not _own_clause_words(tokens, p.end).has(_INSTANCE_WORDS):
        return False  # (nor in its first CUE_REACH tokens, read below)
    clause = _own_clause(tokens, p.end)[:CUE_REACH]
    return _word_after_ending(clause, _INSTANCE_WORDS, _PARTICIPLE_ENDINGS)


def _own_clause(tokens: Tokens, k: int) -> list[Token]:
    """The tokens from k on to the first comma or the sentence's end (STATUS_REACH at
    most): "must" or "may" after a comma is another clause's ("Жыйынга 50 тургун
    катышып, жолду оңдоо зарыл экенин белгилешти": 50 came)."""
    key = ("to_comma", k, STATUS_REACH)
    own = tokens.clauses.get(key)
    if own is None:
        clause = tokens.clause_after(k, STATUS_REACH)
        comma = next((j for j, tok in enumerate(clause) if tok.text == ","), len(clause))
        own = tokens.clauses[key] = clause[:comma]
    return own


def _own_clause_words(tokens: Tokens, k: int) -> ClauseWords:
    """The words of `_own_clause(tokens, k)`, read once."""
    return tokens.words_in(("to_comma", k, STATUS_REACH), _own_clause(tokens, k))


def possible_only(tokens: Tokens, p: Phrase) -> bool:
    """ "Үйлөрдө бир эле учурда 300гө чейин адам жатып калса болот": a verb in the
    conditional before "болот" says how many may come (a capacity, a limit), not who
    came; so does "can" in the present after a converb ("ар бир команда 16 оюнчуга чейин
    каттай алат")."""
    clause = _own_clause(tokens, p.end)
    words = _own_clause_words(tokens, p.end)
    # (each test below needs one of its words in the clause, asked first)
    return (
        words.has(_POSSIBLE_WORDS)
        and _word_after_ending(clause, _POSSIBLE_WORDS, _CONDITIONAL_ENDINGS)
    ) or (words.has(_ABILITY_WORDS) and _may_only(tokens, p.end, len(clause)))


def _may_only(tokens: Tokens, start: int, size: int) -> bool:
    """ "can" in the present after a converb that is no verb of taking part, in the clause
    of `size` tokens from `start` ("16 оюнчуга чейин каттай алат": a rule's cap; "150гө
    чейин тургун катыша алат" is who is expected)."""
    for j in range(start + 1, start + size):
        before = tokens[j - 1]
        if (
            tokens[j].low in _ABILITY_WORDS
            and before.kind == "word"
            and before.low.endswith(_CONVERB_ENDINGS)
        ):
            return status_at(tokens, j - 1) is None
    return False


def _word_after_ending(
    clause: list[Token], words: Collection[str], endings: tuple[str, ...]
) -> bool:
    """One of `words` in the clause right after a word with one of `endings` (a
    participle, a conditional)."""
    return any(
        tok.low in words
        and k > 0
        and clause[k - 1].kind == "word"
        and clause[k - 1].low.endswith(endings)
        for k, tok in enumerate(clause)
    )


def _after_a_set_off_dash(tokens: Tokens, k: int) -> bool:
    """A dash with a space before it, a word before the dash, right before token k: what
    follows restates the people named before it ("представители ... — по 3 человека")."""
    return (
        k >= 2
        and tokens[k - 1].text in DASHES
        and tokens[k - 2].kind == "word"
        and tokens[k - 2].end < tokens[k - 1].start
    )


def quota_not_sent(tokens: Tokens, p: Phrase) -> bool:
    """ "в каждой команде по 5 человек": so many from each unit with no verb of taking
    part (vetoes.distributive); not under a Russian verb of inviting or sending a few words
    before in its own clause ("Просим направить на семинар по 2 представителя от каждого
    айыл окмоту": a per-unit figure invited, GOLD-FORMAT), nor under a verb of taking part
    in the clause before it in its sentence."""
    if not distributive(tokens, p):
        return False
    reach = _RESTATED_REACH if _after_a_set_off_dash(tokens, p.start) else CUE_REACH - 1
    before = tokens.clause_before(p.start, reach)
    cut = max((n for n, tok in enumerate(before) if tok.text in _CLAUSE_MARKS), default=-1)
    if any(tok.low in _SENDING_VERBS for tok in before[cut + 1 :]):
        return False
    # so many from each unit (its ablative), after a verb of taking part closing the clause
    # before it in its sentence ("Мелдешке төрт айылдын командалары катышат, ар бир айылдан
    # 12 оюнчудан кирет": the teams' players under it, GOLD-FORMAT's per-unit figure under a
    # verb of taking part); not so many in each ("16 команд, в каждой по 5 человек": a size)
    if not from_each(tokens, p.reading.start):
        return True
    first = p.start - len(before)
    return not any(status_at(tokens, first + n) for n in range(cut) if before[n].kind == "word")
