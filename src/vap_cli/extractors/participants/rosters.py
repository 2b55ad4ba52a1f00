"""Counts of units or people that say what a project covers or what a place holds, not
who took part: units a project covers ("проект охватил 24 муниципалитета",
participants.units_covered) and people doing a habit in a place, in a participle before
its noun ("480 окуучу окуган мектеп", participants.habit_of_place), or after a Russian
verb of what there is right before the count ("объединяет 64 фермера",
participants.existence), units after a Russian preposition of place, where people met
("в 12 районах", participants.host_preposition), commuters (participants.daily_commute),
and units a passive verb acts upon ("12 мекеме текшерилди", participants.units_acted_upon).
Each looks at a few tokens around the count."""

from __future__ import annotations

from ... import morph
from ...lexicon import load
from .constants import CUE_REACH, STATUS_REACH
from .phrase import HOST_PREPOSITIONS, Phrase
from .words import (
    LEX,
    STATUS,
    UNIT_NOUNS,
    Phrases,
    Tokens,
    casefolded,
    ends_sentence_at,
    folded_stems,
)

_COVERING = folded_stems("covering_stems")
_COVERING_REACH: int = LEX["covering_reach"]
_HABIT_PARTICIPLES = casefolded("habit_participles")
_BEING_BEFORE = casefolded("existence_verbs_before")
_HOST_DETERMINERS = casefolded("host_determiners")
_HOST_VENUES = frozenset(LEX["host_venue_lemmas"])
_HOST_EACH_OF = casefolded("host_each_of")
_OUT_OF = "из"
_DAILY = Phrases(LEX["daily_habit_words"])
_COMING_PRESENT = casefolded("daily_coming_present")
_TRAVELLING_PRESENT = casefolded("travelling_present")
GOING_VERBS = casefolded("going_verbs")
# The events lexicon's one-word kind stems ("спартакиад", "форум", "фестивал"), of at
# least _EVENT_STEM_LETTERS letters.
_EVENT_STEM_LETTERS = 4
_EVENT_STEMS = tuple(
    sorted(
        {
            stem.casefold()
            for stems in load("events")["kinds"].values()
            for stem in stems
            if " " not in stem and len(stem) >= _EVENT_STEM_LETTERS
        }
    )
)


def going_to_event(tokens: Tokens, p: Phrase) -> bool:
    """ "спартакиада болот, ага биздин айылдан 3 команда барат": a kind word of the
    events lexicon before the count in its sentence (a few clauses back) names where they
    go: going to an event, taking part, no habit ("мектепке 300 бала барат"; round 44)."""
    for j in range(p.start - 1, max(-1, p.start - 1 - STATUS_REACH), -1):
        if ends_sentence_at(tokens, j):
            return False
        if tokens[j].kind == "word" and tokens[j].low.startswith(_EVENT_STEMS):
            return True
    return False


def units_covered(tokens: Tokens, p: Phrase) -> bool:
    """ "за три года проект охватил 24 пилотных муниципалитета", "Долбоор 12 айыл
    аймагын камтыды": a verb of covering a few words before the units, in their sentence,
    or right after their noun: the project's targets (the real README: target
    municipalities are not counted)."""
    if p.head.entry.lemma not in UNIT_NOUNS:
        return False
    for j in range(p.start - 1, max(-1, p.start - 1 - _COVERING_REACH), -1):
        if ends_sentence_at(tokens, j) or tokens[j].kind != "word":
            break
        if tokens[j].low.startswith(_COVERING):
            return True
    return p.end < len(tokens) and tokens[p.end].low.startswith(_COVERING)


def habit_of_place(tokens: Tokens, p: Phrase) -> bool:
    """ "кичи райондогу 480 окуучу окуган мектепке класс куруу": a participle of a habit
    right after the count, a noun after it, the place it describes ("300 тургун жашаган
    конушта"): its roster or its population."""
    k = p.end
    return (
        k + 1 < len(tokens)
        and tokens[k].low in _HABIT_PARTICIPLES
        and tokens[k + 1].kind == "word"
        and not ends_sentence_at(tokens, k)
    )


def being_right_before(tokens: Tokens, p: Phrase) -> bool:
    """ "Участники посетили кооператив, который объединяет 64 фермера": a Russian verb of
    what there is right before the count is its own verb (a roster, a population), though
    another clause of the sentence has a verb of taking part."""
    return p.start > 0 and tokens[p.start - 1].low in _BEING_BEFORE


def host_preposition(tokens: Tokens, p: Phrase) -> bool:
    """ "в 12 районах", and "во всех четырех центрах" (a determiner of
    `host_determiners` between, before a venue of `host_venue_lemmas`), and "в каждом из
    пяти сел" (`host_each_of` and "из" between, any units): where it happened, not who
    took part."""
    k = p.start - 1
    if k > 0 and tokens[k].low in _HOST_DETERMINERS and p.head.entry.lemma in _HOST_VENUES:
        k -= 1
    elif k > 1 and tokens[k].low == _OUT_OF and tokens[k - 1].low in _HOST_EACH_OF:
        k -= 2  # "в каждом из пяти сел" (round 43)
    return k >= 0 and tokens[k].low in HOST_PREPOSITIONS


def daily_commute(tokens: Tokens, p: Phrase) -> bool:
    """ "откуда ежедневно в город приезжают на работу более 2 тысяч человек", "шаарга күн
    сайын 500дөй адам жумушка каттайт": a word of a daily habit before the count in its
    clause and a verb of coming in the present in the clause: commuters, no event's
    people ("ежедневно семинар посещали 30 человек", a past verb, is who came); the
    present of a verb of going to and fro says the habit itself ("40тан ашык окуучу
    ошол жол менен каттайт", round 37)."""
    after = tokens.clause_after(p.end, CUE_REACH)
    if any(tok.low in _TRAVELLING_PRESENT for tok in after):
        return True  # "быйыл да 40тан ашык окуучу ошол жол менен каттайт": a habit
    before = tokens.clause_before(p.start, CUE_REACH - 1)
    if not any(_DAILY.at(before, i) for i in range(len(before))):
        return False
    return any(tok.low in _COMING_PRESENT for tok in (*before, *after))


_GATHERING_BEFORE = casefolded("gathering_present_before")
_GATHERING_PLURAL_BEFORE = casefolded("gathering_present_plural_before")
_GATHERING_AFTER = casefolded("gathering_present_after")
_HABIT_CUES = Phrases(LEX["habit_cue_words"])
_PLURAL_ENDINGS = morph.variants("plural")


def habitual_gathering(tokens: Tokens, p: Phrase) -> bool:
    """ "собрания по бюджету собирают до 200 жителей", "жыйындар адатта 150дөй тургунду
    чогултат": a verb of gathering in the present in the count's clause, before it in
    Russian, after it in Kyrgyz, said as a habit (a word of `habit_cue_words` in the
    clause, or a plural subject): what gatherings usually draw (round 44). The past is
    who came ("сход собрал 120 жителей"), and so is the present of one event ("Сегодня
    форум собирает 300 участников"; review41)."""
    before = tokens.clause_before(p.start, CUE_REACH - 1)
    after = tokens.clause_after(p.end, CUE_REACH)
    verb_before = next((tok.low for tok in before if tok.low in _GATHERING_BEFORE), None)
    if verb_before is None and not any(tok.low in _GATHERING_AFTER for tok in after):
        return False
    clause = (*before, *after)
    if any(_HABIT_CUES.at(clause, i) for i in range(len(clause))):
        return True
    if verb_before is not None:
        return verb_before in _GATHERING_PLURAL_BEFORE  # "собрания ... собирают"
    return any(tok.kind == "word" and tok.low.endswith(_PLURAL_ENDINGS) for tok in before)


_REPORTED_PASSIVE = tuple(LEX["reported_passive_endings"])
_PASSIVE_PAST = (*LEX["passive_past_endings"], *_REPORTED_PASSIVE)
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
    return last is not None and last.endswith(_PASSIVE_PAST) and not _taking_part_reported(last)


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
