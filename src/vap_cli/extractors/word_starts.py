"""The lexicon word sets that dates, participants, events, organizations and persons look for where
their words begin, searched for together: one search of a document's case-folded text
finds where a word of any of them begins (rx_word_sets.WordSets), once per document on its token
stream (TokenStream.starts), and each extractor reads the places of its own set.

Each set holds the words every match of its pattern opens with (rx.Beginnings):
- the dates' (dates/form_starts.py WORD_BEGINS): the words the dates' forms searched by
  their words open with (month names, a year's first digits, quotes), and each
  form's own (FORM_BEGINS: a form is tried at its own words' places);
- NUMBER_BEGINS (numbers/): number words, where a participant count may start;
- KIND_BEGINS, VERB_BEGINS, DURATION_UNIT_BEGINS, DURATION_WORD_BEGINS: the first
  words of event kinds and verbs, duration units and words (events/kinds.py);
- ALIAS_BEGINS: the first words of the known bodies' aliases (organizations.py);
- HEAD_BEGINS: the head words of ministries, agencies and services (state_bodies.py);
- PATRONYMIC_BEGINS: the father's-name words ("уулу", "кызы") where a name may stand
  (persons/tables.py ANCHOR).

A place right after a small letter of NOT_AFTER (inside a word) is not kept: none of
the patterns tried at the places matches there.
"""

from __future__ import annotations

from functools import cache

from .. import fold, rx
from ..lexicon import load
from ..numbers import NUMBER_BEGINS
from ..rx_word_sets import WordSets
from ..segment.tokens import TokenStream

_EVENTS = load("events")
_ORGS = load("organizations")
_PERSONS = load("persons")

# The kind words' first words, each also as a Russian keyboard types it (events40).
KIND_BEGINS = rx.Beginnings(
    s.split()[0]
    for table in (
        _EVENTS["kinds"],
        _EVENTS["kinds_whole_words"],
        _EVENTS["kinds_with_holding_verb"],
    )
    for stems in table.values()
    for s in fold.typed_too(stems)
)
# The event verbs, each also as a Russian keyboard types it ("болуп отту"; round 40).
EVENT_VERBS = fold.typed_too(_EVENTS["event_verbs"])
VERB_BEGINS = rx.Beginnings([*(v.split()[0] for v in EVENT_VERBS), *_EVENTS["event_verbs_whole"]])
DURATION_UNIT_BEGINS = rx.Beginnings(_EVENTS["duration_units"])
DURATION_WORD_BEGINS = rx.Beginnings(_EVENTS["duration_words"])
ALIAS_BEGINS = rx.Beginnings(
    alias.split()[0] for body in _ORGS["known_bodies"] for alias in body["aliases"]
)
PATRONYMIC_BEGINS = rx.Beginnings(_PERSONS["patronymic_words"])


# The small letters (ASCII, Cyrillic, Kyrgyz: language.yaml `small_letters`); the sets'
# places are not kept after them (WordSets `not_after`): every pattern tried at them
# opens with a look-behind that rejects a letter right before its first word
# (tests/test_word_starts.py tries each after each of them).
SMALL_LETTERS: str = load("language")["small_letters"]
NOT_AFTER = SMALL_LETTERS


@cache
def word_sets() -> WordSets:
    """The sets searched for together, made on first use: the dates' set is the dates
    package's, which imports this module (through events' kinds) before it is made."""
    from .dates.form_starts import FORM_BEGINS, WORD_BEGINS
    from .state_bodies import HEAD_BEGINS

    return WordSets(
        (
            WORD_BEGINS,
            *FORM_BEGINS.values(),
            NUMBER_BEGINS,
            KIND_BEGINS,
            VERB_BEGINS,
            DURATION_UNIT_BEGINS,
            DURATION_WORD_BEGINS,
            ALIAS_BEGINS,
            HEAD_BEGINS,
            PATRONYMIC_BEGINS,
        ),
        NOT_AFTER,
    )


def starts(stream: TokenStream, begins: rx.Beginnings) -> list[int] | None:
    """Where a word of `begins` (one of `word_sets`) begins in the stream's text
    (TokenStream.starts); None when folding changes the text's length."""
    return stream.starts(word_sets(), begins)
