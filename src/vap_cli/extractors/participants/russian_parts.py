"""Russian parts of a whole with "из" (decide.py asks them of a number with no who-noun
after it): so many of a whole named after it ("18 из 21 депутата"), of people counted
before ("25 из них"), or after the whole it is taken from ("Из 40 участников 25",
"Из 95 избранных делегатов ... участвовали 88")."""

from __future__ import annotations

from ... import morph
from ...explain import Rule
from ...numbers import NumberMatch, number_at
from . import rules
from .constants import COUNT_WORDS_MAX, DASHES, MAX_STATUS_WORDS, STATUS_REACH
from .counts_without_who import PART_OF, PART_PARTICLES, won
from .partitive_reach import setting_before, units_before
from .phrase import (
    HOST_PREPOSITIONS,
    Found,
    Reading,
    head_after,
    status_after,
    status_at,
    status_before,
)
from .words import (
    LEX,
    PART_OF_THOSE,
    UNIT_NOUNS,
    Tokens,
    ends_sentence_at,
    who_at,
    who_ending_at,
)

# "Из общего числа участников 61 – женщины": a count noun of the whole, in any case.
_WHOLE_COUNT_NOUNS = frozenset(
    form.casefold()
    for noun in LEX["count_nouns_before_owner"]
    for form in morph.russian_noun_forms(noun)
)


def part_of_named_whole(tokens: Tokens, num: NumberMatch, reading: Reading) -> Found | None:
    """ "присутствовали 18 из 21 депутата": so many of a whole named after "из"; they
    are who the whole is (the whole itself: vetoes.whole_of_part). After a preposition of
    place they are where ("сходы прошли в 31 из 36 айылных аймаков"), as "в 12 районах"."""
    k = reading.after
    if num.value is None or k + 1 >= len(tokens) or tokens[k].low not in PART_OF:
        return None
    if reading.start and tokens[reading.start - 1].low in HOST_PREPOSITIONS:
        return None
    whole = number_at(tokens, k + 1)
    if whole is None or not whole.is_count or (whole.value or 0) <= num.value:
        return None
    head = head_after(tokens, whole.last)
    if head is None:
        return None
    status = status_after(tokens, head.last) or status_before(tokens, reading.start) or "unknown"
    start, end = tokens[reading.start].start, tokens[k - 1].end
    return Found(
        num.value, reading.qualifier, head.entry.lemma, status, start, end, rules.PARTITIVE
    )


def part_of_those_named(tokens: Tokens, num: NumberMatch, reading: Reading) -> Found | Rule | None:
    """A part of people counted before it in its sentence: "..., 25 из них – женщины" (the
    part before "из них"), "Из 40 участников 25 – женщины" (after the whole it is taken
    from); its who-noun may follow a dash. A part whose clause names a win or a grant and
    no verb of taking part is the winners ("из 453 айыл аймаков 386 получили гранты")."""
    k, first = reading.after, reading.start
    after_whole = _whole_before(tokens, first)
    if num.value is None or not (after_whole or _those_after(tokens, k)):
        return None
    if status_after(tokens, num.last) is None and won(tokens, num.last):
        return rules.WINNERS
    if after_whole and status_after(tokens, num.last) is None and units_before(tokens, first):
        # "из 105 айылных аймаков области 38 остаются дотационными": units that are
        return rules.PARTITIVE_WITHOUT_VERB
    if not after_whole:
        k += 2
    if k < len(tokens) and tokens[k].kind == "punct" and tokens[k].text in DASHES:
        k += 1
    named = who_at(tokens, k) if k < len(tokens) else None
    who = named.entry.lemma if named is not None else None
    end = tokens[named.last - 1].end if named is not None else num.end
    return Found(num.value, reading.qualifier, who, "unknown", num.start, end, rules.PARTITIVE_ROW)


def part_of_relative_antecedent(tokens: Tokens, num: NumberMatch, reading: Reading) -> Found | None:
    """ "Мэр поблагодарил волонтеров, 30 из которых пришли на уборку": a number
    before "из которых" right after a comma, the noun before the comma a noun of who with
    no count of its own, and a verb of taking part after the relative: so many of those
    people, with that verb's status (acc62). Not a noun of things ("домов, 300 из которых
    подключены"), nor with no verb of taking part."""
    k, first = reading.after, reading.start
    if num.value is None or k + 2 >= len(tokens) or first < 2:
        return None
    if tokens[k].low not in PART_OF or tokens[k + 1].low not in PART_OF_THOSE:
        return None
    if tokens[first - 1].text != ",":
        return None
    antecedent = who_ending_at(tokens, first - 1)
    if antecedent is None or antecedent.entry.lemma in UNIT_NOUNS:
        return None
    if antecedent.first and tokens[antecedent.first - 1].kind == "num":
        return None  # a counted whole: "25 из них" of _those_after
    status = status_after(tokens, k + 2)
    if status is None:
        return None
    return Found(
        num.value,
        reading.qualifier,
        antecedent.entry.lemma,
        status,
        num.start,
        tokens[k + 1].end,
        rules.PART_OF_RELATIVE_ANTECEDENT,
    )


def _those_after(tokens: Tokens, k: int) -> bool:
    """ "из них", "из которых" at token k, after a count earlier in the sentence."""
    if (
        k + 1 >= len(tokens)
        or tokens[k].low not in PART_OF
        or tokens[k + 1].low not in PART_OF_THOSE
    ):
        return False
    for j in range(k - 2, max(-1, k - STATUS_REACH), -1):
        if ends_sentence_at(tokens, j):
            return False
        if tokens[j].kind == "num" and who_at(tokens, j + 1) is not None:
            return True
    return False


def _whole_before(tokens: Tokens, first: int) -> bool:
    """ "Из 40 участников 25": the whole, "из" and a count of people (maybe an attribute
    between: `_attribute_after_count`), right before (and
    the body that owns them: "Из 31 депутата айылного кенеша 25"; and a verb of taking
    part: "из 21 депутата присутствовали 17", perhaps with a particle: "присутствовали
    лишь 9")."""
    if first and tokens[first - 1].low in PART_PARTICLES and _verb_ending_at(tokens, first - 1):
        first -= 1  # only after a verb: "из 58 аймаков только 9 покрывают" is no part
    verb = _verb_ending_at(tokens, first)
    first -= verb
    if verb:
        first = setting_before(tokens, first)  # "из 31 депутата в работе сессии участвовали 26"
    whole = who_ending_at(tokens, first)
    if whole is not None and whole.entry.lemma in UNIT_NOUNS and whole.first:
        whole = who_ending_at(tokens, whole.first) or whole
    if whole is None or whole.first < 2:
        return False
    before = tokens[whole.first - 1]
    count_start = count_ending_at(tokens, whole.first - 1)
    if count_start > 0:
        # "Из 40 участников", "Из трёх кандидатов": the whole's number, digits or words
        return tokens[count_start - 1].low in PART_OF
    if _attribute_after_count(tokens, whole.first - 1):
        return True  # "Из 95 избранных делегатов в работе курултая участвовали 88"
    return before.low in _WHOLE_COUNT_NOUNS and _of_whole_count(tokens, whole.first - 2)


def _attribute_after_count(tokens: Tokens, k: int) -> bool:
    """Token k one word in small letters (an adjective or a participle: "избранных",
    "зарегистрированных") between the whole's number and its noun, "из" before the number
    ("Из 95 избранных делегатов"; round 51)."""
    if k < 2 or tokens[k].kind != "word" or not tokens[k].text.islower():
        return False
    count_start = count_ending_at(tokens, k - 1)
    return count_start > 0 and tokens[count_start - 1].low in PART_OF


def count_ending_at(tokens: Tokens, k: int) -> int:
    """The first token of a count that ends at token k, in digits or in words ("40",
    "трёх", "двадцати пяти": a whole after "из" written either way; left52), or -1."""
    for first in range(max(k - COUNT_WORDS_MAX + 1, 0), k + 1):  # the longest first
        num = number_at(tokens, first)
        if num is not None and num.last == k + 1 and num.is_count:
            return first
    return -1


def _verb_ending_at(tokens: Tokens, end: int) -> int:
    """How many tokens the status phrase ending right before token `end` spans (0 if
    none)."""
    for size in range(MAX_STATUS_WORDS, 0, -1):
        found = status_at(tokens, end - size) if end - size >= 0 else None
        if found is not None and found[0] == size:
            return size
    return 0


def _of_whole_count(tokens: Tokens, k: int) -> bool:
    """ "Из общего числа участников 61": "из" at token k, or one adjective before the
    count noun and "из" before it."""
    return tokens[k].low in PART_OF or (
        k >= 1 and tokens[k].kind == "word" and tokens[k - 1].low in PART_OF
    )
