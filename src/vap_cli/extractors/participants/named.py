"""A number said to be the count of a noun named before it: "катышуучулардын саны 75ке
жетти", "Общее количество участников — 75", "Форумга катышкандар 300дөн ашты",
"Катышуучулар: 45". The owner must name who takes part (entrants, or people after a
participle of taking part) unless a verb says so: "тургундардын саны 3 500" is a
population."""

from __future__ import annotations

from collections.abc import Sequence

from ... import morph
from ...numbers import NumberMatch, Token
from . import rules
from .constants import DASHES
from .phrase import COUNT_NOUNS, NUMBER_CHANGE_STEMS, Found, Reading, status_after, status_before
from .words import (
    ENTRANT_LEMMAS,
    ENTRY_LEMMAS,
    LEX,
    RESIDENT_LEMMAS,
    ROSTER_LEMMAS,
    SPECTATOR_STEMS,
    Tokens,
    WhoMatch,
    casefolded,
    ends_sentence_at,
    noun_ending,
    who_ending_at,
)

_COUNT_NOUNS_BEFORE = casefolded("count_nouns_before_owner")
_COUNT_VERBS = casefolded("count_verbs")
_EVENT_GENITIVE_ENDINGS = tuple(LEX["owner_event_endings"])
_COUNT_PREDICATES = casefolded("count_predicates")
_TOTAL_WORDS = casefolded("total_words")
_COUNT_DASHES = DASHES | frozenset(":")
_LABEL_ENDS = frozenset(",;")
# Two dashes (a count's but the colon) set a number off as a parenthesis ("финалистов —
# 12 — выставил"): the one before the number is this many tokens before the one after it
# (a number of one token: "— 12 —").
_DASH_BEFORE = 2


def count_of_named_noun(tokens: Tokens, num: NumberMatch, reading: Reading) -> Found | None:
    """A number after "<who> саны": "катышуучулардын саны 75ке жетти",
    "Катышуучулардын жалпы саны – 120"; not one a verb of change follows ("саны 15ке
    көбөйдү": by how much the number grew)."""
    k = _before_count_words(tokens, reading.start)
    if not k:
        return None
    if tokens[k - 1].low not in COUNT_NOUNS:
        return _count_before_owner(tokens, num, reading, k) or _count_of_subject(
            tokens, num, reading, k
        )
    if reading.after < len(tokens) and tokens[reading.after].low.startswith(NUMBER_CHANGE_STEMS):
        return None  # "катышуучулардын саны 15ке көбөйдү": by how much it grew, no count
    owner = named_count_owner(tokens, reading.start)
    if owner is None and participle_owner(tokens, reading.start) and num.value is not None:
        status = status_after(tokens, reading.after) or "actual"
        start, end = tokens[k - 2].start, tokens[reading.after - 1].end
        who = tokens[k - 2].low
        return Found(num.value, reading.qualifier, who, status, start, end, rules.NAMED_NOUN_COUNT)
    if owner is None or num.value is None:
        return None
    status = status_after(tokens, reading.after) or "unknown"
    rule = rules.NAMED_NOUN_COUNT
    if status == "unknown" and spectators_owner(owner):
        rule = rules.SPECTATORS_NUMBER
    elif status == "unknown" and not named_as_taking_part(tokens, owner):
        return None  # "шайлоочулардын саны 70 миң", "тургундардын саны 3 500": a population
    start, end = tokens[owner.first].start, tokens[reading.after - 1].end
    lemma = owner.entry.lemma
    return Found(num.value, reading.qualifier, lemma, status, start, end, rule)


def spectators_owner(owner: WhoMatch) -> bool:
    """The owner of "<who> саны" is spectators (`spectators.noun_stems`: "көрүүчү",
    "көрөрман", "күйөрман"): their number is of people who came to watch, so it counts
    with no verb of taking part, unlike a population's ("тургундардын саны")."""
    return owner.entry.lemma.casefold().startswith(SPECTATOR_STEMS)


def _before_count_words(tokens: Sequence[Token], start: int) -> int:
    """The token index before a count's verb and dash ("саны – 120", "составило 120")."""
    k = start
    if k and tokens[k - 1].kind == "punct" and tokens[k - 1].text in _COUNT_DASHES:
        k -= 1
    if k and tokens[k - 1].low in _COUNT_VERBS:
        k -= 1
    return k


def named_count_owner(tokens: Sequence[Token], start: int) -> WhoMatch | None:
    """The who-noun in the genitive of "<who> (жалпы) саны" or "число/количество <who>"
    right before token `start`: the number there is their count ("катышуучулардын саны
    120 кишиге жетти", "Количество жителей села составляет 3500 человек")."""
    k = _before_count_words(tokens, start)
    if not k:
        return None
    if tokens[k - 1].low not in COUNT_NOUNS:
        return _russian_owner(tokens, k)
    k -= 1
    while k and tokens[k - 1].low in _TOTAL_WORDS:
        k -= 1
    owner = who_ending_at(tokens, k)
    return owner if owner is not None and owner.ending.case == "genitive" else None


def _participles() -> tuple[str, ...]:
    """The participle of each one-word verb of taking part ("катышкан", "чыккан",
    "келген"), whatever forms the verb limits its status to."""
    out = set()
    for verb in LEX["verbs"]:
        if len(verb["words"]) == 1:
            out.add(morph.inflect(verb["words"][0], "participle"))
    return tuple(sorted(out, key=len, reverse=True))


_PARTICIPLES = _participles()


def participle_owner(tokens: Sequence[Token], start: int) -> bool:
    """ "Ишембиликке чыккандардын саны 300дөн ашты": those who came, a participle of a
    verb of taking part made a noun (plural, genitive), own the count after "саны"."""
    k = _before_count_words(tokens, start)
    if k < 2 or tokens[k - 1].low not in COUNT_NOUNS:
        return False
    word = tokens[k - 2].low
    for participle in _PARTICIPLES:
        if word.startswith(participle):
            ending = noun_ending(word[len(participle) :])
            return ending is not None and ending.plural and ending.case == "genitive"
    return False


def named_as_taking_part(tokens: Sequence[Token], owner: WhoMatch) -> bool:
    """The owner of a count names who takes part: entrants ("катышуучулардын",
    "катышкандардын", "делегаттардын") or people after a participle of taking part
    ("семинарга катышкан адамдардын"); not residents, voters or a roster. Russian
    says so of any people but residents, voters and a body's roster ("Число волонтеров
    составило 300"; not "Число депутатов – 21", "Число жителей составляет 3000")."""
    lemma = owner.entry.lemma
    if owner.ending.russian:
        return not (owner.entry.needs_verb or lemma in RESIDENT_LEMMAS or lemma in ROSTER_LEMMAS)
    if lemma in ENTRANT_LEMMAS and not owner.entry.needs_verb:
        return True
    return status_before(tokens, owner.first) is not None


def _russian_owner(tokens: Sequence[Token], k: int) -> WhoMatch | None:
    """ "Общее количество участников", "Число участников форума": the Russian owner of
    the count, right before token k (and its event in the genitive)."""
    ends = [k]
    if k > 1 and tokens[k - 1].low.endswith(_EVENT_GENITIVE_ENDINGS):
        ends.append(k - 1)  # "участников форума", "жителей села"
    for end in ends:
        owner = who_ending_at(tokens, end)
        if (
            owner is not None
            and owner.ending.russian
            and owner.first
            and tokens[owner.first - 1].low in _COUNT_NOUNS_BEFORE
        ):
            return owner
    return None


def _count_before_owner(tokens: Tokens, num: NumberMatch, reading: Reading, k: int) -> Found | None:
    """ "Общее количество участников — 75", "Число слушателей составило 120", "Число
    участников форума составило 500": Russian names the count before its owner (and the
    event after it, in the genitive); token k is right after them."""
    owner = _russian_owner(tokens, k)
    if owner is None or num.value is None:
        return None
    status = status_after(tokens, reading.after) or "unknown"
    if status == "unknown" and not named_as_taking_part(tokens, owner):
        return None  # "Число жителей составляет 3000": a population
    start, end = tokens[owner.first - 1].start, tokens[reading.after - 1].end
    lemma = owner.entry.lemma
    return Found(num.value, reading.qualifier, lemma, status, start, end, rules.NAMED_NOUN_COUNT)


def _count_of_subject(tokens: Tokens, num: NumberMatch, reading: Reading, k: int) -> Found | None:
    """ "Форумга катышкандар 300дөн ашты", "Делегаттар 120га жетти": entrants, or people
    a participle says took part ("катышкан тургундар"), in the nominative plural right
    before the number (token k), are said to number so many; or a label names them
    ("Катышуучулар: 45", "Участники – 120")."""
    owner = who_ending_at(tokens, k)
    if owner is None or num.value is None:
        return None
    taking_part = status_before(tokens, owner.first)
    if owner.entry.lemma not in ENTRANT_LEMMAS and taking_part is None:
        return None  # "Депутаттар 21 болду" may be a council's size
    if owner.ending.case is not None or owner.entry.lemma in ENTRY_LEMMAS:
        return None
    last = reading.after  # the predicate: a qualifier verb ("ашты") or the word after
    if k != reading.start:
        if not _label_value(tokens, last):
            return None
    else:
        if last < len(tokens) and tokens[last].low in _COUNT_PREDICATES:
            last += 1
        if tokens[last - 1].low not in _COUNT_PREDICATES or not owner.ending.plural:
            return None
    status = taking_part or "unknown"
    start, end = tokens[owner.first].start, tokens[last - 1].end
    lemma = owner.entry.lemma
    return Found(num.value, reading.qualifier, lemma, status, start, end, rules.NAMED_NOUN_COUNT)


def _label_value(tokens: Tokens, k: int) -> bool:
    """The number after a label ends its line, sentence or list item (token k is the one
    after it), or is set off by a dash on both sides, a parenthesis ("Финалистов — 12 —
    выставил ...": `_set_off_by_dashes`)."""
    return (
        k >= len(tokens)
        or tokens[k].kind == "nl"
        or tokens[k].text in _LABEL_ENDS
        or ends_sentence_at(tokens, k)
        or _set_off_by_dashes(tokens, k)
    )


def _set_off_by_dashes(tokens: Tokens, k: int) -> bool:
    """A dash before the number (token k - 1) and one after it (token k), then a word (the
    sentence's verb; not a range's second number, "14 - 18 лет")."""
    return (
        k >= _DASH_BEFORE
        and k + 1 < len(tokens)
        and tokens[k].text in DASHES
        and tokens[k - _DASH_BEFORE].text in DASHES
        and tokens[k + 1].kind == "word"
    )
