"""Counts of units or people that say what a project covers or what a place holds, not
who took part: units a project covers ("проект охватил 24 муниципалитета",
participants.units_covered) and people doing a habit in a place, in a participle before
its noun ("480 окуучу окуган мектеп", participants.habit_of_place), or after a Russian
verb of what there is right before the count ("объединяет 64 фермера",
participants.existence), units after a Russian preposition of place, where people met
("в 12 районах", participants.host_preposition), commuters (participants.daily_commute),
and what gatherings usually draw ("собрания собирают до 200 жителей",
participants.habitual_gathering). Each looks at a few tokens around the count."""

from __future__ import annotations

from collections.abc import Sequence

from ... import morph
from ...numbers import Token
from ..events.kinds import kinds_in
from .constants import CUE_REACH, CUE_TOKENS_BEFORE
from .phrase import HOST_PREPOSITIONS, Phrase
from .words import (
    LEX,
    SOURCE_PREPOSITIONS,
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
_HOST_ROLE = Phrases(LEX["host_role_phrases"])
_HOST_PARTNERS = casefolded("host_role_partners")
_COMING_PRESENT = casefolded("daily_coming_present")
_TRAVELLING_PRESENT = casefolded("travelling_present")
GOING_VERBS = casefolded("going_verbs")


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
    another clause of the sentence has a verb of taking part; not one of studying at an
    event (`studying_at_event`)."""
    return (
        p.start > 0
        and tokens[p.start - 1].low in _BEING_BEFORE
        and not studying_at_event(tokens, p)
    )


_STUDYING = casefolded("studying_verbs_before")


def studying_at_event(tokens: Tokens, p: Phrase) -> bool:
    """ "На семинаре будут учиться 30 фермеров", "На курсах обучаются 25 учителей": a verb
    of studying (`studying_verbs_before`) before the count in its clause, an event's kind
    word (the events extractor's matcher) before that verb: who are trained there, who
    take part (a school's pupils, "в лицее будут учиться 640 школьников", are its
    roster)."""
    before = tokens.clause_before(p.start, CUE_REACH)
    verb = next((n for n, tok in enumerate(before) if tok.low in _STUDYING), None)
    return verb is not None and bool(kinds_in(" ".join(tok.text for tok in before[:verb])))


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
    return (k >= 0 and tokens[k].low in HOST_PREPOSITIONS) or _host_role(tokens, p)


def _host_role(tokens: Tokens, p: Phrase) -> bool:
    """Units named the receiving side in their clause ("принимающей стороной стали три
    айыл окмоту", "беш айыл аймагы кабыл алуучу тарап болду": lexicon
    `host_role_phrases`; accv49): the hosts, where it happened. Only units in the
    nominative, the role's own subject: the guests the hosts receive and the units they
    come from are who came ("Принимающая сторона встретила 40 гостей из пяти районов";
    revfix49)."""
    if p.head.entry.lemma not in UNIT_NOUNS or p.head.ending.case is not None:
        return False
    if p.start > 0 and tokens[p.start - 1].low in SOURCE_PREPOSITIONS:
        return False  # "из пяти районов": whence the guests came
    before = tokens.clause_before(p.start, CUE_REACH - 1)
    after = tokens.clause_after(p.end, CUE_REACH)
    return _units_role(before) or _units_role(after)


def _units_role(clause: Sequence[Token]) -> bool:
    """A receiving side's phrase in `clause` that is no party met with ("встретились с
    принимающей стороной", "кабыл алуучу тарап менен жолугушту": a word of
    `host_role_partners` right before or after it; revfix49)."""
    for i in range(len(clause)):
        n = _HOST_ROLE.at(clause, i)
        if not n:
            continue
        before = clause[i - 1].low if i > 0 else ""
        after = clause[i + n].low if i + n < len(clause) else ""
        if before not in _HOST_PARTNERS and after not in _HOST_PARTNERS:
            return True
    return False


def daily_commute(tokens: Tokens, p: Phrase) -> bool:
    """ "откуда ежедневно в город приезжают на работу более 2 тысяч человек", "шаарга күн
    сайын 500дөй адам жумушка каттайт": a word of a daily habit before the count in its
    clause and a verb of coming in the present in the clause: commuters, no event's
    people ("ежедневно семинар посещали 30 человек", a past verb, is who came); the
    present of a verb of going to and fro says the habit itself ("40тан ашык окуучу
    ошол жол менен каттайт", round 37)."""
    after = tokens.words_after(p.end, CUE_REACH)
    if after.has(_TRAVELLING_PRESENT):
        return True  # "быйыл да 40тан ашык окуучу ошол жол менен каттайт": a habit
    before_words = tokens.words_before(p.start, CUE_TOKENS_BEFORE)
    if not before_words.has(_DAILY.first_words):
        return False  # (no word opens a phrase of a daily habit there)
    before = tokens.clause_before(p.start, CUE_TOKENS_BEFORE)
    if not any(_DAILY.at(before, i) for i in range(len(before))):
        return False
    return before_words.has(_COMING_PRESENT) or after.has(_COMING_PRESENT)


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
    if not (
        tokens.words_before(p.start, CUE_TOKENS_BEFORE).has(_GATHERING_BEFORE)
        or tokens.words_after(p.end, CUE_REACH).has(_GATHERING_AFTER)
    ):
        return False  # (the verb, before or after, is read below only then)
    before = tokens.clause_before(p.start, CUE_TOKENS_BEFORE)
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


def said_as_habit(tokens: Tokens, p: Phrase) -> bool:
    """The count's clause says a habit: a word of `habit_cue_words` ("жыл сайын", "ар
    жылы", "ежегодно") or of `daily_habit_words` ("күн сайын") in it. Asked for the
    present of an activity's compound verb and of accompanying ("эс алат", "коштоп
    барат"), which without one tell this season's activity (being.closes_with_being;
    revfixl57)."""
    clause = (
        *tokens.clause_before(p.start, CUE_TOKENS_BEFORE),
        *tokens.clause_after(p.end, CUE_REACH),
    )
    return any(_HABIT_CUES.at(clause, i) or _DAILY.at(clause, i) for i in range(len(clause)))
