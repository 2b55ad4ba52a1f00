"""Units a passive verb acts upon, not taking part: "Мамлекеттик 12 мекеме текшерилди",
and the passive reported ("14 айыл аймагы ... бириктирилгенин айтты"), the drop rule
participants.units_acted_upon; a verb of taking part so said still counts
("тартылганын", "катыштырылганын"). Each looks at the count's clause after it."""

from __future__ import annotations

from ... import morph
from .constants import STATUS_REACH
from .phrase import Phrase
from .words import LEX, STATUS, UNIT_NOUNS, Tokens, ends_sentence_at

_REPORTED_PASSIVE = tuple(LEX["reported_passive_endings"])
_PASSIVE_PAST = (*LEX["passive_past_endings"], *_REPORTED_PASSIVE)
# ... and a vowel stem's passive ("кара-л-ды"): its -л follows a stem of two syllables
# or more, since a verb root of one syllable ending so ends in л itself and is active
# ("кал-ды", "кел-ди", "бол-ду"); not a verb of motion's л (morph.no_passive_l: "жөнөлдү":
# set off, "апкелди": brought).
_VOWEL_STEM_PASSIVE = tuple(LEX["passive_past_vowel_stem_endings"])
_VOWEL_STEM_SYLLABLES: int = LEX["passive_vowel_stem_min_syllables"]
# The passive's -л and the past's -ды after the vowel stem ("кара|лды"), and the past's
# alone ("жөнөл|дү").
_PASSIVE_PAST_LETTERS = 3
_PAST_LETTERS = 2
# The passive's own suffix kept with the stem when its reported ending is cut ("тартыл-"
# of "тартылганын"): the two letters the endings open with.
_PASSIVE_SUFFIX_LETTERS = 2
_CAUSATIVE = tuple(LEX["causative_suffixes"])
# A verb's stem left by the causative's cut is at least so long ("катыш-"): shorter ones
# open too many words.
_VERB_LETTERS = 4


def units_acted_upon(tokens: Tokens, p: Phrase) -> bool:
    """ "Мамлекеттик 12 мекеме текшерилди": units whose clause ends in a passive verb;
    also the passive reported, which closes their clause before the verb of saying
    ("123 айыл аймагы 64 айыл аймагына бириктирилгенин айтты"; round 44), unless a
    verb of taking part is so reported ("10 муниципалитет тартылганын": `STATUS`)."""
    if p.head.entry.lemma not in UNIT_NOUNS or p.head.ending.case is not None:
        return False
    last = _clause_last_word(tokens, p.end)
    return last is not None and _passive_past(last) and not _taking_part_reported(last)


def _passive_past(word: str) -> bool:
    """A verb in the passive past ("текшерилди"), a vowel stem's too ("каралды")."""
    return word.endswith(_PASSIVE_PAST) or _vowel_stem_passive_past(word)


def _vowel_stem_passive_past(word: str) -> bool:
    """ "каралды", "сакталды": a vowel stem of two syllables or more, its passive -л
    and the past; not a root of one syllable ending in л ("калды", "келди"), nor a verb
    of motion's л, which is no passive suffix (morph.no_passive_l: "жөнөлдү", "алпкелди")."""
    if not word.endswith(_VOWEL_STEM_PASSIVE) or morph.no_passive_l(word[:-_PAST_LETTERS]):
        return False
    return morph.syllables(word[:-_PASSIVE_PAST_LETTERS]) >= _VOWEL_STEM_SYLLABLES


def _taking_part_reported(word: str) -> bool:
    """A reported passive whose stem opens a status phrase's first word ("тартылганын":
    "тартылды"), or whose verb, its causative's suffix cut, does ("катыштырылганын":
    "катышты"; review41)."""
    ending = next((e for e in _REPORTED_PASSIVE if word.endswith(e)), None)
    if ending is None:
        return False
    stem = word[: len(word) - len(ending) + _PASSIVE_SUFFIX_LETTERS]
    if any(first.startswith(stem) for first in STATUS):
        return True
    active = stem[:-_PASSIVE_SUFFIX_LETTERS]
    causative = next((c for c in _CAUSATIVE if active.endswith(c)), None)
    if causative is None:
        return False
    verb = active[: -len(causative)]
    return len(verb) >= _VERB_LETTERS and any(first.startswith(verb) for first in STATUS)


def _clause_last_word(tokens: Tokens, k: int) -> str | None:
    """The last word of the clause from token k on (its verb, in Kyrgyz; a passive
    reported closes it: "... бириктирилгенин айтты")."""
    last: str | None = None
    for j in range(k, min(len(tokens), k + STATUS_REACH)):
        if ends_sentence_at(tokens, j) or tokens[j].text in (",", "("):
            break
        if tokens[j].kind == "word":
            last = tokens[j].low
            if last.endswith(_REPORTED_PASSIVE):
                break
    return last
