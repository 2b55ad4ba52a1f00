"""Births and deaths (vital statistics): a count whose own clause says its people were
born or died ("облуста 900 бала жарык дүйнөгө келди", "родились 1 200 детей, умерли 400
человек") counts no one taking part, whatever verb of coming the idiom uses (round 63).
The Kyrgyz idioms are the lexicon's `vital_event_phrases` (stems, word by word), the
Russian finite verbs its `vital_event_verbs` (the masculine past, each past form read
whole by the morphology, `morph.russian_past_forms`: "умер", "умерла", "умерли"; left65).

The phrase must be the count's own predicate (revfix63p): a Kyrgyz idiom closes the
clause (the verb ends a Kyrgyz clause) or stands right before the count as its
participle ("жарык дүйнөгө келген 900 бала"), not before another noun it describes ("30
ардагер дүйнөдөн кайткан жоокерлерди эскерүү иш-чарасына катышты": the veterans took
part in remembering the fallen); a Russian verb is finite (the participles "умерших",
"родившихся" describe other people), the verb of the clause nearest the count (the one
that governs it: "Родились в этом селе и выросли здесь 14 участников" is governed by
"выросли"; left65; a verb between them is one joined by "и", no noun that ends as a past
does: "Умерли в больнице села 3 жителя"; revfixl65), and not joined to another verb by "и" ("родились и выросли в этом
селе": where the people come from, no birth statistic)."""

from __future__ import annotations

from collections.abc import Sequence

from ... import morph
from ...numbers import Token
from .clause_words import Stems
from .constants import STATUS_REACH
from .finite_verbs import finite_verb
from .negation import own_clause_before, own_clause_end, own_clause_words
from .phrase import Phrase
from .words import LEX, ROW_JOINERS, Tokens, first_words, folded_phrases, phrase_end

_VITAL = folded_phrases("vital_event_phrases")
_VITAL_FIRST = first_words(_VITAL)
_VITAL_LEX = LEX["vital_event_verbs"]
_VITAL_VERBS: frozenset[str] = frozenset(
    form for past in _VITAL_LEX["past"] for form in morph.russian_past_forms(past)
) | frozenset(word.casefold() for word in _VITAL_LEX["other"])
# Every word either reading needs opens with one of these: an idiom's first stem or a verb.
_VITAL_OPENS = Stems((*_VITAL_FIRST, *_VITAL_VERBS))


def born_or_died(tokens: Tokens, p: Phrase) -> bool:
    """The count's own clause says its people were born or died: a Kyrgyz idiom of
    `vital_event_phrases` as the count's predicate (`_idiom_as_predicate`), or a finite
    Russian verb of `vital_event_verbs` governing the count and not joined to another verb
    (`_vital_verb_governs`). Both read the own clause's words only, so a clause without a
    word that opens an idiom or such a verb (`_VITAL_OPENS`, asked of its shared words
    first) says neither."""
    if not own_clause_words(tokens, p).starts(_VITAL_OPENS):
        return False
    before = own_clause_before(tokens, p.start)
    after = tokens.clause_after(p.end, STATUS_REACH)[: own_clause_end(tokens, p.end)]
    return _idiom_as_predicate(before, after) or _vital_verb_governs(before, after)


def _idiom_as_predicate(before: Sequence[Token], after: Sequence[Token]) -> bool:
    """An idiom ends right before the count (its participle) or closes the clause after
    it, its last word the clause's last word (the verb)."""
    if before and phrase_end(before, _VITAL, _VITAL_FIRST) == len(before):
        return True
    words = [tok for tok in after if tok.kind == "word"]
    return bool(words) and phrase_end(words, _VITAL, _VITAL_FIRST) == len(words)


def _is_verb(side: Sequence[Token], k: int) -> bool:
    """The word at side[k] is a form of `vital_event_verbs` ("умер"), or a Russian verb
    joined by a word of `row_joiners` to what stands before it, the second of two
    predicates ("... и выросли здесь", "... и переехали"): one that ends as a finite verb
    (`finite_verbs.finite_verb`) or as a past of `morph.RU_PAST_ENDINGS` ("собрались").
    Without the joiner a word that only ends so is no verb read: nouns end so too ("в
    больнице села", "числа", "земли"; revfixl65)."""
    tok = side[k]
    if tok.kind != "word":
        return False
    if tok.low in _VITAL_VERBS:
        return True
    joined = k > 0 and side[k - 1].low in ROW_JOINERS
    return joined and (finite_verb(tok.low) or tok.low.endswith(morph.RU_PAST_ENDINGS))


def _vital_verb_governs(before: Sequence[Token], after: Sequence[Token]) -> bool:
    """The finite verb nearest the count in its clause (`_is_verb`; before it on a tie: a
    Russian count follows its verb) is one of `vital_event_verbs` and the next word joins
    no other verb to it ("родились и выросли")."""
    back = next((k for k in range(len(before) - 1, -1, -1) if _is_verb(before, k)), None)
    ahead = next((k for k in range(len(after)) if _is_verb(after, k)), None)
    nearest: list[tuple[int, Sequence[Token], int]] = []  # (distance, side, index)
    if back is not None:
        nearest.append((len(before) - 1 - back, before, back))
    if ahead is not None:
        nearest.append((ahead, after, ahead))
    if not nearest:
        return False
    _, clause, k = min(nearest, key=lambda item: item[0])  # the first, before, on a tie
    if clause[k].low not in _VITAL_VERBS:
        return False
    return not (k + 1 < len(clause) and clause[k + 1].low in ROW_JOINERS)
