"""The number of the people a clause before names, given by "алардын саны" ("Райондун
мектептеринин окуучулары да ашарга кошулду, алардын саны 450дөн ашты": their number):
the pronoun points back to the people of the clause before its comma, the subject of a
verb of taking part; the number counts them with that verb's status
(participants.number_of_those_before; left59)."""

from __future__ import annotations

from ...models import Status
from ...numbers import NumberMatch
from . import rules
from .counts_without_who import PARTITIVE_OWNERS
from .phrase import COUNT_NOUNS, NUMBER_CHANGE_STEMS, Found, Reading, status_at
from .words import (
    LEX,
    UNIT_NOUNS,
    Phrases,
    Tokens,
    WhoMatch,
    any_number_forms,
    ends_sentence_at,
    who_at,
    words_at,
)

# A plural noun of people may take a verb's singular in Kyrgyz ("окуучулары да ашарга
# кошулду"): the forms of the verbs limited to the plural (lexicon `verbs`, forms: plural),
# in either number, read after such a subject only (people, no unit: "3 айыл кошулду").
_PLURAL_LIMITED = tuple(verb for verb in LEX["verbs"] if verb.get("forms") == "plural")
# The tokens "..., алардын саны" take before the number: the comma, the pronoun, "саны".
_BEFORE_NUMBER = 3
_SINGULAR_OF_PLURAL: tuple[tuple[tuple[str, ...], Status], ...] = tuple(
    (tuple(phrase), status)
    for status in ("actual", "planned")
    for phrase in Phrases(
        [form for verb in _PLURAL_LIMITED for form in any_number_forms(verb, status)]
    ).items
)


def number_of_those_before(tokens: Tokens, num: NumberMatch, reading: Reading) -> Found | None:
    """The number after "алардын саны" (token `reading.start` right after "саны"), a comma
    right before "алардын": the people of the clause before it, with its verb of taking
    part's status; None when that clause names no people (a unit: "3 айыл кошулду"),
    says nothing of taking part ("Айылда жаштар көп, алардын саны ...": what there is),
    or a verb of change follows the number ("алардын саны 20га көбөйдү": by how much it
    grew; fix59)."""
    start = reading.start
    if start < _BEFORE_NUMBER or num.value is None or tokens[start - 1].low not in COUNT_NOUNS:
        return None
    pronoun = start - 2
    if tokens[pronoun].low not in PARTITIVE_OWNERS or tokens[pronoun - 1].text != ",":
        return None
    after = reading.after
    if after < len(tokens) and tokens[after].low.startswith(NUMBER_CHANGE_STEMS):
        return None  # "алардын саны 20га көбөйдү": by how much their number grew
    found = _people_and_verb(tokens, pronoun - 1)
    if found is None:
        return None
    who, status = found
    begin, end = tokens[pronoun].start, tokens[reading.after - 1].end
    lemma = who.entry.lemma
    return Found(
        num.value, reading.qualifier, lemma, status, begin, end, rules.NUMBER_OF_THOSE_BEFORE
    )


def _people_and_verb(tokens: Tokens, comma: int) -> tuple[WhoMatch, Status] | None:
    """The clause that ends at the comma (token `comma`): its subject, a noun of people
    in the nominative with no number before it (those the pronoun's plural points back
    to), and the status of the verb of taking part after it, right before the comma."""
    first = comma
    while first > 0 and not ends_sentence_at(tokens, first - 1) and tokens[first - 1].text != ",":
        first -= 1
    for j in range(first, comma):
        who = who_at(tokens, j)
        if who is None or who.ending.case is not None:
            continue  # an owner before the subject ("мектебинин окуучулары")
        if who.entry.lemma in UNIT_NOUNS or (j and tokens[j - 1].kind == "num"):
            return None
        status = _verb_before(tokens, who.last, comma)
        return (who, status) if status is not None else None
    return None


def _verb_before(tokens: Tokens, start: int, comma: int) -> Status | None:
    """The status of a verb of taking part that ends right before the comma, from token
    `start` on: a status phrase, or the singular of a verb limited to the plural."""
    for j in range(start, comma):
        found = status_at(tokens, j)
        if found is not None and j + found[0] == comma:
            return found[1]
    # (a singular ends at the comma too: it opens a phrase's length before it)
    for phrase, status in _SINGULAR_OF_PLURAL:
        j = comma - len(phrase)
        if j >= start and words_at(tokens, j, phrase):
            return status
    return None
