"""Births and deaths (vital statistics): a count whose own clause says its people were
born or died ("облуста 900 бала жарык дүйнөгө келди", "родились 1 200 детей, умерли 400
человек") counts no one taking part, whatever verb of coming the idiom uses (round 63).
The Kyrgyz idioms are the lexicon's `vital_event_phrases` (stems, word by word), the
Russian finite verbs its `vital_event_verbs` (stems).

The phrase must be the count's own predicate (revfix63p): a Kyrgyz idiom closes the
clause (the verb ends a Kyrgyz clause) or stands right before the count as its
participle ("жарык дүйнөгө келген 900 бала"), not before another noun it describes ("30
ардагер дүйнөдөн кайткан жоокерлерди эскерүү иш-чарасына катышты": the veterans took
part in remembering the fallen); a Russian verb is finite (the participles "умерших",
"родившихся" describe other people) and not joined to another verb by "и" ("родились и
выросли в этом селе": where the people come from, no birth statistic)."""

from __future__ import annotations

from collections.abc import Sequence

from ...numbers import Token
from .clause_words import Stems
from .constants import STATUS_REACH
from .negation import own_clause, own_clause_before, own_clause_end, own_clause_words
from .phrase import Phrase
from .words import ROW_JOINERS, Tokens, first_words, folded_phrases, folded_stems, phrase_end

_VITAL = folded_phrases("vital_event_phrases")
_VITAL_FIRST = first_words(_VITAL)
_VITAL_VERBS = folded_stems("vital_event_verbs")
# Every word either reading needs opens with one of these: an idiom's first stem or a verb.
_VITAL_OPENS = Stems((*_VITAL_FIRST, *_VITAL_VERBS))


def born_or_died(tokens: Tokens, p: Phrase) -> bool:
    """The count's own clause says its people were born or died: a Kyrgyz idiom of
    `vital_event_phrases` as the count's predicate (`_idiom_as_predicate`), or a finite
    Russian verb of `vital_event_verbs` not joined to another verb (`_finite_verb_alone`).
    Both read the own clause's words only, so a clause without a word that opens an idiom
    or such a verb (`_VITAL_OPENS`, asked of its shared words first) says neither."""
    if not own_clause_words(tokens, p).starts(_VITAL_OPENS):
        return False
    before = own_clause_before(tokens, p.start)
    after = tokens.clause_after(p.end, STATUS_REACH)[: own_clause_end(tokens, p.end)]
    return _idiom_as_predicate(before, after) or _finite_verb_alone(own_clause(tokens, p))


def _idiom_as_predicate(before: Sequence[Token], after: Sequence[Token]) -> bool:
    """An idiom ends right before the count (its participle) or closes the clause after
    it, its last word the clause's last word (the verb)."""
    if before and phrase_end(before, _VITAL, _VITAL_FIRST) == len(before):
        return True
    words = [tok for tok in after if tok.kind == "word"]
    return bool(words) and phrase_end(words, _VITAL, _VITAL_FIRST) == len(words)


def _finite_verb_alone(clause: Sequence[Token]) -> bool:
    """A finite verb of birth or death in the clause whose next word joins no other verb
    to it ("родились и выросли")."""
    for k, tok in enumerate(clause):
        if not tok.low.startswith(_VITAL_VERBS):
            continue
        if k + 1 < len(clause) and clause[k + 1].low in ROW_JOINERS:
            continue
        return True
    return False
