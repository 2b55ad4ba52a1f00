"""A grade made a kind by its adjective: "28 жогорку класстын окуучусу катышты" (28
pupils of the upper grades). Right after a number a grade word is its ordinal ("9
класстын окуучулары": lexicon `grade_words`, read as measure words); a bare word between
(an adjective: "жогорку", "башталгыч", "бүтүрүүчү") makes the grade a kind, and the noun
of who it owns, in the possessive singular (a noun after a number is singular), is what
the number counts (participants.grade_kind_owned; left63)."""

from __future__ import annotations

from ...numbers import NumberMatch
from . import rules
from .measures import is_measure
from .phrase import Found, Reading, status_after
from .words import Tokens, folded_stems, noun_ending_case, who_at

_GRADE_WORDS = folded_stems("grade_words")
_GENITIVE = "genitive"


def grade_kind_owned(tokens: Tokens, num: NumberMatch, reading: Reading) -> Found | None:
    """The count of "N <adjective> <grade>-GEN <who>-POSS" with a verb of taking part
    after it; None for any other phrase. Not a plural possessive ("3 жогорку класстын
    окуучулары": the pupils of three classes, no count of them), nor no bare word between
    ("9 класстын окуучусу": the ninth grade's pupil, a measure)."""
    kind, grade, owned = reading.after, reading.after + 1, reading.after + 2
    if num.value is None or owned >= len(tokens):
        return None
    adjective = tokens[kind]
    if adjective.kind != "word" or not adjective.text.islower() or is_measure(adjective):
        return None
    if noun_ending_case(adjective.low) is not None:
        return None
    low = tokens[grade].low
    if not low.startswith(_GRADE_WORDS) or noun_ending_case(low) != _GENITIVE:
        return None
    who = who_at(tokens, owned)
    if who is None or who.ending.case is not None or not who.ending.possessive:
        return None
    if who.ending.plural:
        return None
    status = status_after(tokens, who.last)
    if status is None:
        return None
    start, end = tokens[reading.start].start, tokens[who.last - 1].end
    lemma = who.entry.lemma
    return Found(num.value, reading.qualifier, lemma, status, start, end, rules.GRADE_KIND_OWNED)
