"""Taking part denied: "Из 12 айылных аймаков 5 не участвовали", "Сессияга 3 депутат
катышкан жок", "2 депутат катышпады". A count whose clause says so is no count of who
took part (lexicon `negation`)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count

from ... import morph
from ...numbers import Token
from ...segment.tokens import WORD_LOW, WORD_TEXT
from .clause_words import ClauseWords, Stems
from .constants import CLAUSE_CUTS, CUE_REACH, STATUS_REACH
from .phrase import STATUS_BLOCKERS, Phrase
from .split_idiom import split_taking_part_denied
from .words import (
    LEX,
    STATUS,
    Tokens,
    ends_sentence_at,
    first_words,
    standing_status,
)

_NEGATION = LEX["negation"]
_BEFORE = frozenset(_NEGATION["before"])
_AFTER = frozenset(_NEGATION["after"])
_FORMS = frozenset(_NEGATION["forms"])
_REFUSAL = tuple(tuple(w.casefold() for w in phrase) for phrase in _NEGATION["refusal"])
_REFUSAL_FIRST = first_words(_REFUSAL)
_REFUSAL_OPENS = Stems(_REFUSAL_FIRST)
_STAYED = _NEGATION["stayed_at_home"]
_HOME_WORDS = frozenset(w.casefold() for w in _STAYED["home_words"])
_HOME_OPENS = Stems(sorted(_HOME_WORDS))
_STAYING = tuple(w.casefold() for w in _STAYED["verb_stems"])
_NOT_STAYING = tuple(w.casefold() for w in _STAYED["verb_not_stems"])
_HOUSE_PREPOSITIONS = frozenset(_STAYED["house_prepositions"])
_VERB_JOINERS = frozenset(_STAYED["verb_joiners"])
_HOUSE_ADJECTIVE_ENDINGS = tuple(_STAYED["house_adjective_endings"])
# ... read only after at least this many letters of stem: "всего" (in all) and "этого",
# "того", "него" end alike with fewer.
_HOUSE_ADJECTIVE_MIN_STEM = 3
# a converb's endings ("калып", "отуруп"): a verb of staying so written ends no clause
_CONVERB_ENDINGS = tuple(LEX["progressive_converb_endings"])
# what negated_after tries a token for: a denied form, or a status phrase's first word
_TRIED = _FORMS | frozenset(STATUS)
# "не проходили курсов": a denied verb's stem and its object in the genitive
_GENITIVE_VERBS = tuple(_NEGATION["genitive_verb_stems"])
_GENITIVE_OBJECTS = frozenset(_NEGATION["genitive_objects"])
_GENITIVE_VERB_OPENS = Stems(_GENITIVE_VERBS)
# how many words after the verb its genitive object may stand ("не проходили никаких курсов")
GENITIVE_OBJECT_REACH = 2
# a participle's endings: "алган жок", "келген эмес" deny what the clause says
_PARTICIPLE_ENDINGS = tuple(morph.variants("participle"))
# the words before a verb of taking part that make it none, but for "не" (made once)
_BLOCKERS_NOT_DENYING = STATUS_BLOCKERS - _BEFORE


def _status_length(tokens: Tokens, j: int) -> int:
    """The length of the status phrase at token j, read even after "не" (0 if none)."""
    standing = standing_status(tokens, j)
    return len(standing[0]) if standing else 0


def negated_after(tokens: Tokens, k: int) -> bool:
    """The first verb of taking part in the clause from token k on is denied."""
    clause = tokens.clause_after(k, STATUS_REACH)
    # up to a comma or semicolon; only the denied forms and the words a status phrase
    # starts with are tried (found in one pass)
    stop = next(compress(count(), map(CLAUSE_CUTS.__contains__, map(WORD_TEXT, clause))), None)
    lows = map(WORD_LOW, clause[:stop])
    for j in compress(count(k), map(_TRIED.__contains__, lows)):
        if tokens[j].low in _FORMS:
            return True
        n = _status_length(tokens, j)
        if n and not (j and tokens[j - 1].low in _BLOCKERS_NOT_DENYING):
            after = j + n
            return tokens[j - 1].low in _BEFORE or (
                after < len(tokens) and tokens[after].low in _AFTER
            )
    return False


def denied_clause(tokens: Tokens, k: int) -> bool:
    """The clause from token k on (up to a comma, a semicolon or the sentence's end) has
    a participle denied ("экөө окууну аягына чыгара алган жок", "экөө келген жок"): what
    its count did not do, whatever the verb."""
    clause = tokens.clause_after(k, STATUS_REACH)
    stop = next(compress(count(), map(CLAUSE_CUTS.__contains__, map(WORD_TEXT, clause))), None)
    clause = clause[:stop]
    return any(
        tok.low in _AFTER and j and clause[j - 1].low.endswith(_PARTICIPLE_ENDINGS)
        for j, tok in enumerate(clause)
    )


def negated(tokens: Tokens, p: Phrase) -> bool:
    """ "5 депутат катышкан жок", "не приняли участие 5 депутатов": the count's verb of
    taking part, after it or shortly before it in Russian, is denied (the idiom parted
    too: "Участие в турнире не приняли 6 клубов", split_idiom.py); or, in Russian, its
    own clause denies a verb of taking part whose object is in the genitive ("не
    проходили курсов", `genitive_denied`)."""
    # (its sentence's words first, shared with the rules after it: the clause is a part)
    if _may_deny_genitive(sentence_words(tokens, p)) and genitive_denied(own_clause(tokens, p)):
        return True
    if tokens.words_after(p.end, STATUS_REACH).has(_TRIED) and negated_after(tokens, p.end):
        return True
    if split_taking_part_denied(tokens, p.start):
        return True  # "Участие в турнире так и не приняли 6 клубов"
    if not tokens.words_before(p.start, CUE_REACH - 1).has(_BEFORE):
        return False  # (the loop below reads only that clause: no word of "не", no denial)
    for j in range(p.start - 1, max(-1, p.start - CUE_REACH), -1):
        if ends_sentence_at(tokens, j):
            return False
        if tokens[j].low in _BEFORE and _status_length(tokens, j + 1):
            return True
    return False


def _may_deny_genitive(words: ClauseWords) -> bool:
    """The words hold the three `genitive_denied` looks for, anywhere among them: "не"
    (a `negation.before` word), a verb of `genitive_verb_stems` and a `genitive_objects`
    word; without one of them it finds nothing (its loop is not run)."""
    return (
        words.has(_BEFORE) and words.has(_GENITIVE_OBJECTS) and words.starts(_GENITIVE_VERB_OPENS)
    )


def genitive_denied(clause: Sequence[Token]) -> bool:
    """ "не проходили курсов", "не принимали участия": "не", right after it a verb of
    taking part (lexicon `negation.genitive_verb_stems`), then its object in the genitive
    of negation (`negation.genitive_objects`) within GENITIVE_OBJECT_REACH words; the
    status phrases read the accusative ("прошли курсы") alone."""
    for j, tok in enumerate(clause[:-2]):
        if tok.low in _BEFORE and clause[j + 1].low.startswith(_GENITIVE_VERBS):
            after = clause[j + 2 : j + 2 + GENITIVE_OBJECT_REACH]
            if any(word.low in _GENITIVE_OBJECTS for word in after):
                return True
    return False


def refused(tokens: Tokens, p: Phrase) -> bool:
    """ "40тан ашык ата-эне эмдөөдөн баш тартты", "отказались от прививки 30 родителей":
    people who refused took no part (a phrase of refusing in the count's own clause,
    after it or before it: up to a comma or semicolon, as a denied verb; "50 тургун
    келди, бирок айрымдары сөз сүйлөөдөн баш тартышты" counts the 50)."""
    # (its sentence's words first, shared by the rules after it: the clause is a part)
    return sentence_words(tokens, p).starts(_REFUSAL_OPENS) and _has_refusal(own_clause(tokens, p))


def stayed_at_home(tokens: Tokens, p: Phrase) -> bool:
    """ "140 бала үйдө калышты", "дома оставались 30 пенсионеров": people who stayed at
    home took no part in what the text reports: in the count's own clause a word of home
    (lexicon `negation.stayed_at_home.home_words`, whole) right beside a verb of staying
    (`verb_stems`), the word no house's genitive (`_house_genitive`), the verb not one
    that goes on to a verb of taking part (`_goes_on_to_take_part`: "үйдө отуруп, онлайн
    катышты", "остались дома и участвовали онлайн" took part from home; fix59)."""
    if not sentence_words(tokens, p).starts(_HOME_OPENS):
        return False
    first, last = own_clause_bounds(tokens, p)
    at = [j for j in (*range(first, p.start), *range(p.end, last)) if tokens[j].kind == "word"]
    words = [tokens[j].low for j in at]
    return any(
        low in _HOME_WORDS
        and not _house_genitive(words, k)
        and any(
            _staying(words, v) and not _goes_on_to_take_part(tokens, at[v], at[max(k, v)])
            for v in (k - 1, k + 1)
        )
        for k, low in enumerate(words)
    )


def _goes_on_to_take_part(tokens: Tokens, v: int, last: int) -> bool:
    """The verb of staying at token v (with its word of home, up to token `last`) is a
    converb ("калып", "отуруп": lexicon `progressive_converb_endings`), which ends no
    clause, or is joined by a word of `stayed_at_home.verb_joiners` ("и", "жана") to the
    next verb, and the clause that follows (past a comma after the converb) holds a verb
    of taking part (a status phrase), whose subject the converb's or the joined verbs'
    shares: "30 окуучу үйдө отуруп, онлайн сабакка катышты", "40 студентов остались
    дома и участвовали в вебинаре" took part from home."""
    nxt = last + 1
    if tokens[v].low.endswith(_CONVERB_ENDINGS):
        nxt += nxt < len(tokens) and tokens[nxt].text in CLAUSE_CUTS
    elif nxt < len(tokens) and tokens[nxt].low in _VERB_JOINERS:
        nxt += 1
    else:
        return False
    clause = tokens.clause_after(nxt, STATUS_REACH)
    stop = next((n for n, tok in enumerate(clause) if tok.text in CLAUSE_CUTS), len(clause))
    return any(_status_length(tokens, j) for j in range(nxt, nxt + stop))


def _staying(words: Sequence[str], k: int) -> bool:
    """Word k is a verb of staying ("калышты", "остались"; not "остальных", "калыбына")."""
    return (
        0 <= k < len(words)
        and words[k].startswith(_STAYING)
        and not words[k].startswith(_NOT_STAYING)
    )


def _house_genitive(words: Sequence[str], k: int) -> bool:
    """The word of home at k is a house's genitive ("возле дома", "около нового дома"):
    a preposition of `house_prepositions` before it, only adjectives in the genitive
    between (morphology `adjective_genitive_endings`); or an adjective agreeing with the
    house right before it (`_agrees_with_house`: "во дворе нового дома")."""
    before = k - 1
    if before >= 0 and _agrees_with_house(words[before]):
        return True  # "во дворе нового дома": the adverb takes no adjective (left63)
    while before >= 0 and words[before].endswith(morph.RU_ADJECTIVE_GENITIVE_ENDINGS):
        before -= 1
    return before >= 0 and words[before] in _HOUSE_PREPOSITIONS


def _agrees_with_house(word: str) -> bool:
    """An adjective in the genitive singular that agrees with "дом" (`house_adjective_
    endings` after a stem of `_HOUSE_ADJECTIVE_MIN_STEM` letters): "нового", "жилого"."""
    return any(
        word.endswith(ending) and len(word) - len(ending) >= _HOUSE_ADJECTIVE_MIN_STEM
        for ending in _HOUSE_ADJECTIVE_ENDINGS
    )


def own_clause(tokens: Tokens, p: Phrase) -> list[Token]:
    """The count's own clause around it, without the count: its sentence's tokens from
    the last comma or semicolon before it to the first after it (the cue's and the
    status's reach at most)."""
    key = ("own", p.start, p.end)
    clause = tokens.clauses.get(key)
    if clause is None:
        after = tokens.clause_after(p.end, STATUS_REACH)
        before = own_clause_before(tokens, p.start)
        clause = tokens.clauses[key] = [*before, *after[: own_clause_end(tokens, p.end)]]
    return clause


def own_clause_before(tokens: Tokens, start: int) -> list[Token]:
    """The tokens of the clause before `start`: from the last comma or semicolon (the
    cue's reach at most). Shared by the rules that read a count's own clause."""
    before = tokens.clause_before(start, CUE_REACH)
    cut = next((n for n in range(len(before) - 1, -1, -1) if before[n].text in CLAUSE_CUTS), -1)
    return before[cut + 1 :]


def own_clause_end(tokens: Tokens, end: int) -> int:
    """How many tokens after `end` the clause runs: to its first comma or semicolon (the
    status's reach at most). Shared by the rules that read a count's own clause."""
    after = tokens.clause_after(end, STATUS_REACH)
    return next((n for n, tok in enumerate(after) if tok.text in CLAUSE_CUTS), len(after))


def own_clause_bounds(tokens: Tokens, p: Phrase) -> tuple[int, int]:
    """Where the count's own clause begins and ends, as token indices (`own_clause`'s
    cut): its tokens are those from the first to the count and from the count's end to
    the last."""
    return p.start - len(own_clause_before(tokens, p.start)), p.end + own_clause_end(tokens, p.end)


def own_clause_words(tokens: Tokens, p: Phrase) -> ClauseWords:
    """The words of `own_clause(tokens, p)`, read once."""
    return tokens.words_in(("own", p.start, p.end), own_clause(tokens, p))


def _has_refusal(clause: Sequence[Token]) -> bool:
    """A phrase of `refusal` stands in `clause`: its last word a stem (the verb), the
    words before it whole ("баш тартты", not "башка тартуулар")."""
    for k, tok in enumerate(clause):
        if not tok.low.startswith(_REFUSAL_FIRST):
            continue
        for phrase in _REFUSAL:
            last = len(phrase) - 1
            if k + last < len(clause) and all(
                clause[k + n].low.startswith(word) if n == last else clause[k + n].low == word
                for n, word in enumerate(phrase)
            ):
                return True
    return False


def sentence_of(tokens: Tokens, p: Phrase) -> list[Token]:
    """The count's sentence around it, without the count (its cue's and status's reach):
    its own clause (`own_clause`) is a part of it."""
    return sentence_between(tokens, p.start, p.end)


def sentence_between(tokens: Tokens, start: int, end: int) -> list[Token]:
    """The sentence around tokens [start, end), without them (CUE_REACH before, STATUS_REACH
    after at most)."""
    key = ("sentence", start, end)
    sentence = tokens.clauses.get(key)
    if sentence is None:
        before = tokens.clause_before(start, CUE_REACH)
        sentence = tokens.clauses[key] = [*before, *tokens.clause_after(end, STATUS_REACH)]
    return sentence


def sentence_words_at(tokens: Tokens, start: int, end: int) -> ClauseWords:
    """The words of `sentence_between(tokens, start, end)`, read once."""
    key = ("sentence", start, end)
    words = tokens.clause_words.get(key)
    return tokens.words_in(key, sentence_between(tokens, start, end)) if words is None else words


def sentence_words(tokens: Tokens, p: Phrase) -> ClauseWords:
    """The words of `sentence_of(tokens, p)`, read once."""
    return sentence_words_at(tokens, p.start, p.end)
